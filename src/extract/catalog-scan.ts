// Known code words found in running text ("Resource request failed due to RequestDisallowedByPolicy",
// "BadRequest - NodePoolMcVersionIncompatible"): what a careful grep would find, minus the decoys a
// grep falls for: shell variables and assignments (`ERR_OUTBOUND_CONN_FAIL=50`, `$ERR_X`), and lines
// of a shell trace or script listing.
import { cap, type ErrorRecord, type Extractor } from './types.js';

const SHELL_TRACE = /^\s{0,8}\+{1,4} /;

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
      if (!scan || SHELL_TRACE.test(line)) return [];
      const records: ErrorRecord[] = [];
      for (const m of line.matchAll(scan)) {
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
