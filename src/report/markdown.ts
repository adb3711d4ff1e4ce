// Markdown for the job summary, the PR comment and `--format markdown`. Log text is hostile input:
// it appears only inside code fences longer than any backtick run it contains, and text from the
// log outside fences is escaped so it cannot ping people, link issues or inject HTML.
import type { Diagnosis, Result } from './result.js';

/** A fence one backtick longer than the longest run in the text (at least three). */
export function fence(text: string, lang = ''): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(Math.max(3, longest + 1));
  return `${ticks}${lang}\n${text}\n${ticks}`;
}

/** Escapes text for inline markdown: no HTML, no @mentions, no #123 links, no emphasis or links. */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()<>#+!|~]/g, (ch) => `\\${ch}`)
    .replace(/@/g, '@\u200b')
    .replace(/\r?\n/g, ' ');
}

function stepMarkdown(step: Diagnosis['mitigation'][number], index: number): string {
  const lines = [`${index + 1}. ${step.step}`];
  if (step.commands?.length) lines.push('', fence(step.commands.join('\n'), 'sh').replace(/^/gm, '   '));
  return lines.join('\n');
}

export function diagnosisMarkdown(d: Diagnosis, index: number): string {
  const heading = `### ${index + 1}. \`${d.code.replace(/`/g, '')}\`: ${d.title}`;
  const meta = [
    `**Confidence:** ${d.confidence}`,
    `**Retry may help:** ${d.retryable ? 'yes' : 'no'}`,
    `**Category:** ${d.category}`,
  ].join(' · ');
  const parts = [
    heading,
    '',
    d.summary,
    '',
    meta,
    '',
    `**Why it happens.** ${d.cause}`,
    '',
    '**What to do**',
    '',
    d.mitigation.map(stepMarkdown).join('\n'),
    '',
    `📖 [${d.docsTitle}](${d.url})`,
  ];
  const detailRows = Object.entries(d.details);
  if (detailRows.length) {
    parts.push('', '| detail | value |', '| --- | --- |');
    for (const [k, v] of detailRows) parts.push(`| ${escapeInline(k)} | ${escapeInline(String(v))} |`);
  }
  if (d.evidence.length) {
    const lines = d.evidence.map((e) => `${e.source ? `${e.source}:` : ''}${e.line}: ${e.text}`).join('\n');
    parts.push('', '<details><summary>Evidence from the log</summary>', '', fence(lines), '', '</details>');
  }
  return parts.join('\n');
}

export function resultMarkdown(result: Result): string {
  const parts = ['## AKS failure explained by aks-triage', ''];
  if (!result.found) {
    parts.push('No AKS error found in the log.');
  } else {
    const n = result.diagnoses.length;
    parts.push(n === 1 ? 'One cause found.' : `${n} causes found, most likely first.`, '');
    parts.push(result.diagnoses.map(diagnosisMarkdown).join('\n\n'));
  }
  if (result.unrecognized.length) {
    parts.push('', '**Codes not in the catalog**', '');
    for (const u of result.unrecognized) {
      parts.push(
        `- \`${u.code.replace(/`/g, '')}\` (line ${u.line}): ${escapeInline(u.message.slice(0, 200))}`,
      );
    }
  }
  return parts.join('\n') + '\n';
}
