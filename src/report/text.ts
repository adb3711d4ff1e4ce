// Plain text for a terminal; colour only when the output is a TTY (and NO_COLOR is not set).
import { OTHER_ERRORS_HEADING, truncationNote } from './notes.js';
import type { Result } from './result.js';

export interface TextOptions {
  color: boolean;
}

export function resultText(result: Result, { color }: TextOptions): string {
  const paint = (code: string) => (s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const bold = paint('1');
  const red = paint('31');
  const dim = paint('2');
  const cyan = paint('36');
  const cut = truncationNote(result);
  if (!result.found && result.unrecognized.length === 0)
    return `no AKS error found\n${cut ? `${cut}\n` : ''}`;
  const out: string[] = [];
  if (!result.found) out.push('no AKS error found in the catalog');
  result.diagnoses.forEach((d, i) => {
    if (i > 0) out.push('');
    out.push(`${red(bold(`${i + 1}. ${d.code}`))} ${bold(d.title)}`);
    out.push(`   ${d.summary}`);
    out.push(
      dim(`   confidence: ${d.confidence} · retry may help: ${d.retryable ? 'yes' : 'no'} · ${d.category}`),
    );
    out.push('', `   ${bold('Why:')} ${d.cause}`, '', `   ${bold('What to do:')}`);
    d.mitigation.forEach((step, n) => {
      out.push(`   ${n + 1}. ${step.step}`);
      for (const command of step.commands ?? []) out.push(`      ${cyan(`$ ${command}`)}`);
    });
    out.push('', `   ${bold('Read:')} ${d.url}`);
    if (Object.keys(d.details).length) {
      out.push(
        `   ${bold('Details:')} ${Object.entries(d.details)
          .map(([k, v]) => `${k}=${v}`)
          .join(', ')}`,
      );
    }
    for (const e of d.evidence) out.push(dim(`   ${e.source ? `${e.source}:` : ''}${e.line}: ${e.text}`));
  });
  if (result.unrecognized.length) {
    out.push('', bold(`${OTHER_ERRORS_HEADING}:`));
    for (const u of result.unrecognized)
      out.push(`   ${u.code} (line ${u.line}): ${u.message.slice(0, 200)}`);
  }
  if (cut) out.push('', dim(cut));
  return out.join('\n') + '\n';
}
