// Sentences every renderer adds in the same words.
import type { Result } from './result.js';

/** The heading over `unrecognized`: codes the catalog does not know, and errors it set aside. */
export const OTHER_ERRORS_HEADING = 'Other errors in the log, not diagnosed';

/** Says that over-long lines were cut, so a reader knows an error past the cut was not seen. */
export function truncationNote(result: Result): string | undefined {
  const n = result.stats.truncatedLines;
  if (!n) return undefined;
  return `${n === 1 ? 'One line was' : `${n} lines were`} longer than 256 KiB; only the first 256 KiB of ${n === 1 ? 'it was' : 'each was'} read.`;
}
