// Known code words found in running text ("Resource request failed due to RequestDisallowedByPolicy",
// "BadRequest - NodePoolMcVersionIncompatible"): what a careful grep would find, minus the decoys a
// grep falls for: shell variables and assignments (`ERR_OUTBOUND_CONN_FAIL=50`, `$ERR_X`), and lines
// of a shell trace or script listing.
import { cap, SHELL_SOURCE, type ErrorRecord, type Extractor } from './types.js';

// A code word reports an error only on a line that says something went wrong. Prose, test names,
// step names and scripts that merely name a code ("docs on SubnetIsFull", "grep -q QuotaExceeded",
// "- name: Retry on SubscriptionRequestsThrottled") say no such thing. Checked with the code words
// themselves removed: QuotaExceeded must not vouch for itself.
const ERROR_CUE =
  /error|fail|denied|disallow|invalid|exceed|cannot|can ?not|can't|unable|not (?:allowed|found|supported|available|permitted|valid)|refus|reject|conflict|throttl|status|reason|exception|\bcode\b|insufficient|timed? ?out|unavailable|abort|cancel|forbidden|unauthori[sz]ed|bad request|too many requests/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function createCatalogScanExtractor(codes: Iterable<string>): Extractor {
  const known = [...new Set(codes)];
  const words = [...known].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const scan = words.length
    ? new RegExp(`(?<![A-Za-z0-9_$\\{])(${words.join('|')})(?![A-Za-z0-9_]|=\\d)`, 'g')
    : undefined;
  return {
    format: 'catalog-scan',
    triggers: known,
    extract(line, lineNumber) {
      if (!scan || SHELL_SOURCE.test(line)) return [];
      const matches = [...line.matchAll(scan)];
      // A line that starts with `(Code) ` is az's error line printed to a terminal (no `ERROR: `).
      const cue = line.startsWith(`(${matches[0]?.[1]}) `) || ERROR_CUE.test(line.replace(scan, ' '));
      if (matches.length === 0 || !cue) return [];
      const records: ErrorRecord[] = [];
      for (const m of matches) {
        records.push({
          code: m[1]!,
          message: cap(line.slice(m.index + m[0].length).replace(/^[\s:;,."'-]+/, ''), 300),
          line: lineNumber,
          depth: 0,
          format: 'catalog-scan',
          structured: false,
        });
      }
      return records;
    },
  };
}
