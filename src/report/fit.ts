// Every sink has a size limit: the job summary 1 MiB per step, a PR comment 65,536 characters. Rather
// than let GitHub reject the upload, render less: drop the evidence, then the details, then the
// later diagnoses, and say what was left out.
import { FULL_MARKDOWN, type MarkdownOptions } from './markdown.js';

export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export type Measure = (text: string) => number;
export const utf8Bytes: Measure = (text) => Buffer.byteLength(text, 'utf8');
export const characters: Measure = (text) => text.length;

const NOTE = {
  evidence: '> Evidence lines were left out to stay within the size limit; the full log has them.',
  details: '> Evidence and details were left out to stay within the size limit; the full log has them.',
  diagnoses: '> Only the first causes are shown to stay within the size limit; the `json` output lists all.',
};

/**
 * Renders with `render` at decreasing levels of detail until the text fits in `limit`. The last
 * resort cuts the text at a line boundary, closing any open fence, so the sink still gets something.
 */
export function fitMarkdown(
  render: (options: MarkdownOptions) => string,
  limit: number,
  measure: Measure,
  base: MarkdownOptions = FULL_MARKDOWN,
): { text: string; reduced: boolean } {
  const full = render(base);
  if (measure(full) <= limit) return { text: full, reduced: false };
  const attempts: [MarkdownOptions, string][] = [
    [{ ...base, evidence: false }, NOTE.evidence],
    [{ ...base, evidence: false, details: false }, NOTE.details],
  ];
  for (const n of [10, 3, 1])
    attempts.push([{ ...base, evidence: false, details: false, maxDiagnoses: n }, NOTE.diagnoses]);
  for (const [options, note] of attempts) {
    const text = `${render(options)}\n${note}\n`;
    if (measure(text) <= limit) return { text, reduced: true };
  }
  return { text: cut(`${render(attempts.at(-1)![0])}`, limit, measure), reduced: true };
}

function cut(text: string, limit: number, measure: Measure): string {
  const tail = '\n\n> Cut to stay within the size limit.\n';
  const lines = text.split('\n');
  let kept = '';
  let open: string | null = null;
  for (const line of lines) {
    const next = `${kept}${line}\n`;
    const closing = open ? `${open}\n` : '';
    if (measure(next + closing + tail) > limit) break;
    kept = next;
    const fenceMark = /^\s*(`{3,})/.exec(line)?.[1];
    if (fenceMark) open = open === null ? fenceMark : fenceMark.length >= open.length ? null : open;
  }
  return `${kept}${open ? `${open}\n` : ''}${tail}`;
}
