// Private key blocks in log text, for redact.ts: a whole PEM block keeps its BEGIN/END lines and
// loses its body; a block cut off by the log (only its start, or only its end) loses the base64 lines
// next to its marker. Also the constants redact.ts shares with it.

/** Replaces a secret value; the label, the quotes and the rest of the line stay. */
export const REDACTED = '[REDACTED]';
/** Longest value removed in one piece (a 4096-bit client-key-data is about 4.5 kB). */
export const N = 32768;
export const LOG_TIMESTAMP = String.raw`\d{4}-\d\d-\d\dT[\d:.]{8,20}Z[ \t]`;

const PEM_BEGIN = /-----BEGIN (?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY-----/g;
const PEM_END = /-----END (?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY-----/g;
const MAX_PEM_BODY = 20000;
const KEY_TEXT_AFTER = new RegExp(String.raw`[ \t]*(?:[A-Za-z0-9+/=]|\\[nr]){0,${N}}`, 'y');
const BLANK_TO_LINE_END = /[ \t\r]{0,4096}(?:\n|$)/y;
const KEY_LINE = new RegExp(
  String.raw`^(?:${LOG_TIMESTAMP})?[ \t]{0,40}(?:[A-Za-z0-9+/=]|\\[nr]){1,${N}}[ \t\r]{0,40}$`,
);
const LINE_PREFIX = new RegExp(String.raw`^(?:${LOG_TIMESTAMP})?[ \t]{0,40}$`);

/** Keeps line breaks (real or JSON-escaped) around a key body and replaces what is between them. */
function maskBody(body: string): string {
  const lead = /^(?:\s|\\[nr]){0,64}/.exec(body)![0].length;
  let to = body.length;
  for (let step = 1; step > 0 && to > lead; to -= step) {
    step = /\s/.test(body.charAt(to - 1)) ? 1 : /\\[nr]$/.test(body.slice(to - 2, to)) ? 2 : 0;
  }
  const core = body.slice(lead, to);
  return core === '' || core === REDACTED ? body : body.slice(0, lead) + REDACTED + body.slice(to);
}

/** End of the key text after a BEGIN line that has no END: the rest of that line, then base64 lines. */
function keyTextAfter(text: string, from: number): number {
  KEY_TEXT_AFTER.lastIndex = from;
  const run = KEY_TEXT_AFTER.exec(text)?.[0] ?? '';
  let stop = from + run.length;
  BLANK_TO_LINE_END.lastIndex = stop;
  const lineEnds = BLANK_TO_LINE_END.test(text);
  // After a space, a short word followed by more text is prose (`... KEY----- Authorization: ...`).
  if (!lineEnds && run !== run.trimStart() && run.trimStart().length < 40) return from;
  if (!lineEnds) return stop;
  for (let start = text.indexOf('\n', stop) + 1; start > 0 && start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (!KEY_LINE.test(text.slice(start, end))) break;
    stop = end;
    start = end + 1;
  }
  return stop;
}

/** Start of the key text before an END line that has no BEGIN (the log holds only the block's tail).
 *  Scans back no further than `floor`, the end of the previous block, so many markers stay linear. */
function keyTextBefore(text: string, floor: number, endStart: number): number {
  const lineStartOf = (end: number) => {
    let start = end;
    while (start > floor && text.charAt(start - 1) !== '\n') start--;
    return start;
  };
  const lineStart = lineStartOf(endStart);
  const prefix = text.slice(lineStart, endStart);
  let start = endStart;
  if (!LINE_PREFIX.test(prefix)) {
    if (!KEY_LINE.test(prefix)) {
      // Other text precedes on this line: take the run of key characters just before the marker.
      while (start > lineStart && ' \t'.includes(text.charAt(start - 1))) start--;
      while (start > lineStart && /[A-Za-z0-9+/=\\]/.test(text.charAt(start - 1))) start--;
      return start;
    }
    start = lineStart;
  }
  for (let lineEnd = lineStart - 1; lineEnd > floor;) {
    const previous = lineStartOf(lineEnd);
    if (!KEY_LINE.test(text.slice(previous, lineEnd))) break;
    start = previous;
    lineEnd = previous - 1;
  }
  return start;
}

/** Private key blocks: a whole block keeps its BEGIN/END lines; a partial one loses what follows or precedes. */
export function redactPrivateKeys(text: string): string {
  if (!text.includes('PRIVATE KEY-----')) return text;
  const begins = [...text.matchAll(PEM_BEGIN)].map((m) => [m.index, m.index + m[0].length] as const);
  const ends = [...text.matchAll(PEM_END)].map((m) => [m.index, m.index + m[0].length] as const);
  const spans: [number, number][] = [];
  let floor = 0;
  let e = 0;
  const unpairedEnd = ([start, after]: readonly [number, number]) => {
    if (start >= floor) spans.push([keyTextBefore(text, floor, start), start]);
    floor = Math.max(floor, after);
  };
  for (const [start, after] of begins) {
    if (start < floor) continue;
    while (e < ends.length && ends[e]![0] < start) unpairedEnd(ends[e++]!);
    const end = ends[e];
    if (end && end[0] - after <= MAX_PEM_BODY) {
      spans.push([after, end[0]]);
      floor = end[1];
      e++;
    } else {
      floor = keyTextAfter(text, after);
      spans.push([after, floor]);
    }
  }
  while (e < ends.length) unpairedEnd(ends[e++]!);
  let out = '';
  let at = 0;
  for (const [from, to] of spans) {
    out += text.slice(at, from) + maskBody(text.slice(from, to));
    at = to;
  }
  return out + text.slice(at);
}
