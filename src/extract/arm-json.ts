// ARM / Bicep deployment JSON and any JSON error body: `"code": "X"` at any escape depth
// (`\"code\": \"X\"` inside a JSON string inside JSON). Later codes on a line sit deeper in the
// nesting (details[] follow their parent), so the order on the line is the depth.
import { CODE_TOKEN, cap, type ErrorRecord, type Extractor } from './types.js';

const JSON_CODE = new RegExp(
  `\\\\{0,8}"(?:code|Code|errorCode|subcode|subCode)\\\\{0,8}"\\s{0,4}:\\s{0,4}\\\\{0,8}"(${CODE_TOKEN})\\\\{0,8}"`,
  'g',
);
// A power state (`"powerState": { "code": "Running" }`), in every managed-cluster and agent-pool
// body: not an error code, and a line holding nothing else need not be read at all.
const POWER_STATES = new Set(['Running', 'Stopped']);
const POWER_STATE_VALUE = String.raw`\s{0,4}:\s{0,4}"(?:Running|Stopped)"`;
const JSON_MESSAGE = /\\{0,8}"(?:message|Message)\\{0,8}"\s{0,4}:\s{0,4}(\\{0,8})"/;
const MAX_MESSAGE = 600;

/**
 * Reads a JSON string value that starts at `start` and was opened by a quote with `escapes`
 * backslashes before it: it ends at the first quote with exactly as many (a quote with more is
 * escaped text of a deeper level).
 */
function readString(text: string, start: number, escapes: number): string {
  let i = start;
  while (i < text.length && i - start < MAX_MESSAGE) {
    if (text[i] === '\\' || text[i] === '"') {
      let run = 0;
      while (text[i + run] === '\\') run++;
      if (text[i + run] === '"' && run === escapes) return text.slice(start, i);
      i += run + 1;
    } else {
      i++;
    }
  }
  return text.slice(start, i);
}

export const armJsonExtractor: Extractor = {
  format: 'arm-json',
  // The key, closed by its quote (or the backslash of an escaped quote).
  triggers: [
    { word: 'code"', notFollowedBy: POWER_STATE_VALUE },
    'code\\',
    'Code"',
    'Code\\',
    'errorCode',
    'subcode',
    'subCode',
  ],
  extract(line, lineNumber) {
    if (!line.includes('ode')) return [];
    const records: ErrorRecord[] = [];
    let order = 0;
    for (const m of line.matchAll(JSON_CODE)) {
      if (POWER_STATES.has(m[1]!)) continue;
      const after = line.slice(m.index + m[0].length, m.index + m[0].length + 2000);
      const found = JSON_MESSAGE.exec(after);
      const message = found ? readString(after, found.index + found[0].length, found[1]!.length) : '';
      records.push({
        code: m[1]!,
        message: cap(message.replace(/\\+(["'/\\])/g, '$1').replace(/\\+[nrt]/g, ' ')),
        line: lineNumber,
        depth: order++,
        format: 'arm-json',
        structured: true,
      });
    }
    return records;
  },
};
