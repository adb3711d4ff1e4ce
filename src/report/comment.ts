// The PR comment's body (without the hidden marker, which the github stage owns). It says what the
// latest run found, how that differs from the comment's previous state, and links the run, so a
// reviewer can tell at a glance whether the deployment is still broken.
import { fitMarkdown, characters } from './fit.js';
import { FULL_MARKDOWN, findingsMarkdown, inlineCode } from './markdown.js';
import type { Result } from './result.js';

export interface CommentContext {
  /** Link to the workflow run that produced the result. */
  runUrl?: string;
  headSha?: string;
  /** The comment key, shown so several comments in one PR can be told apart. */
  key?: string;
}

export interface PreviousComment {
  codes: string[];
  state: 'failing' | 'resolved';
}

function codes(list: string[]): string {
  return list.map(inlineCode).join(', ');
}

function footer(ctx: CommentContext): string {
  const bits: string[] = [];
  if (ctx.runUrl && /^https?:\/\/[^\s)]+$/.test(ctx.runUrl)) bits.push(`[workflow run](${ctx.runUrl})`);
  if (ctx.headSha && /^[0-9a-f]{7,64}$/i.test(ctx.headSha))
    bits.push(`commit ${inlineCode(ctx.headSha.slice(0, 12))}`);
  if (ctx.key) bits.push(`key ${inlineCode(ctx.key.slice(0, 100))}`);
  return bits.length ? `<sub>aks-triage · ${bits.join(' · ')}</sub>` : '<sub>aks-triage</sub>';
}

/** What changed since the comment's last state: new, still failing, no longer seen. */
export function changeLine(now: string[], previous: PreviousComment | undefined): string | undefined {
  if (!previous || previous.state !== 'failing' || previous.codes.length === 0) return undefined;
  const before = new Set(previous.codes);
  const after = new Set(now);
  const added = now.filter((c) => !before.has(c));
  const still = now.filter((c) => before.has(c));
  const gone = previous.codes.filter((c) => !after.has(c));
  if (!added.length && !gone.length) return `Still failing with the same error as the previous run.`;
  const parts: string[] = [];
  if (added.length) parts.push(`**New:** ${codes(added)}`);
  if (still.length) parts.push(`**Still failing:** ${codes(still)}`);
  if (gone.length) parts.push(`**No longer seen:** ${codes(gone)}`);
  return `${parts.join(' · ')}`;
}

export function commentMarkdown(
  result: Result,
  previous: PreviousComment | undefined,
  ctx: CommentContext,
  budget: number,
): string {
  const now = [...new Set(result.diagnoses.map((d) => d.code))];
  if (!result.found) {
    const gone = previous?.state === 'failing' ? previous.codes : [];
    const head = gone.length
      ? `## ✅ Resolved: the AKS error no longer occurs\n\nThe latest run found no AKS error. **No longer seen:** ${codes(gone)}`
      : previous?.state === 'resolved'
        ? '## ✅ Resolved: the AKS error no longer occurs\n\nThe latest run found no AKS error either.'
        : '## ✅ No AKS error found\n\nThe latest run found no AKS error in the log.';
    const unknown = result.unrecognized.length
      ? `\n\nOther errors seen, not diagnosed: ${codes(result.unrecognized.map((u) => u.code))}.`
      : '';
    return `${head}${unknown}\n\n${footer(ctx)}\n`;
  }
  const first = result.diagnoses[0]!;
  const headline = `## ❌ AKS operation failed: ${inlineCode(first.code)}: ${first.title}`;
  const change = changeLine(now, previous);
  const top = `${headline}\n\n${change ? `${change}\n\n` : ''}`;
  const bottom = `\n${footer(ctx)}\n`;
  const room = budget - characters(top) - characters(bottom);
  const body = fitMarkdown(
    (options) => findingsMarkdown(result, options, true),
    Math.max(0, room),
    characters,
    {
      ...FULL_MARKDOWN,
      headingLevel: 3,
    },
  ).text;
  return `${top}${body}${bottom}`;
}
