// Annotations as the runner shows them on the run page: one error per distinct diagnosis. The runner
// keeps at most 10 errors per step and drops the rest without a word, so the tenth says how many
// more the job summary holds. Codes the catalog does not know become one notice.
import type { Result } from './result.js';

export const MAX_ERROR_ANNOTATIONS = 10;
const MAX_TITLE = 255;
const MAX_MESSAGE = 4000;

export interface Annotation {
  level: 'error' | 'notice';
  title?: string;
  message: string;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function annotationsFor(result: Result): Annotation[] {
  const seen = new Set<string>();
  const distinct = result.diagnoses.filter((d) => !seen.has(d.id) && seen.add(d.id));
  const shown = distinct.slice(0, MAX_ERROR_ANNOTATIONS);
  const out: Annotation[] = shown.map((d, i) => {
    const more = i === shown.length - 1 ? distinct.length - shown.length : 0;
    const tail = more > 0 ? ` (and ${more} more in the job summary)` : '';
    return {
      level: 'error',
      title: clip(`${d.code}: ${d.title}`, MAX_TITLE),
      message: `${clip(d.summary, MAX_MESSAGE)} ${d.url}${tail}`,
    };
  });
  if (result.unrecognized.length) {
    const codes = result.unrecognized.map((u) => u.code);
    out.push({
      level: 'notice',
      title: 'AKS error codes not in the aks-triage catalog',
      message: clip(`Seen in the log, not diagnosed: ${codes.join(', ')}`, MAX_MESSAGE),
    });
  }
  return out;
}
