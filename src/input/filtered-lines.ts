// The filtered reader behind `readLines(..., { filter })`: yields only the lines where the filter's
// gate matches (each carrying the `before` lines ahead of it, decoded on demand), plus the lines up
// to `filter.keepUntil`, which the consumer raises while it reads (when a line held a finding whose
// context it needs); and it counts every line.
// Lines that are not yielded are never decoded: the gate runs once over each block of whole lines
// and the rest is newline counting with Buffer/String indexOf.
import type { LineFilter, LogLine, ReadTotals } from './read-lines.js';

const decoder = new TextDecoder('utf-8', { fatal: false });

interface HeldLine {
  number: number;
  bytes: Buffer;
  truncated: boolean;
}

class LineFilterState {
  /** Lines consumed so far (the number of the last line seen). */
  lineNo = 0;
  /** Every line numbered up to this one is yielded. */
  yieldUntil = 0;
  /** The last few lines that were not yielded, for the `before` context of the next match. */
  held: HeldLine[] = [];
  private readonly probe: RegExp;
  private readonly colorGate: RegExp;
  private readonly colorProbe: RegExp;

  constructor(
    private readonly filter: LineFilter,
    private readonly gate: RegExp,
    private readonly maxLineBytes: number,
    private readonly totals: ReadTotals,
  ) {
    this.probe = new RegExp(gate.source, gate.flags.replace(/[gy]/g, ''));
    this.colorGate = colorTolerant(gate);
    this.colorProbe = new RegExp(this.colorGate.source, this.probe.flags);
  }

  private line(number: number, bytes: Buffer, truncated: boolean, contextOnly: boolean): LogLine {
    const cut = bytes.length > this.maxLineBytes ? bytes.subarray(0, this.maxLineBytes) : bytes;
    const line: LogLine = {
      number,
      text: decoder.decode(cut),
      truncated: truncated || bytes.length > this.maxLineBytes,
    };
    if (contextOnly) line.contextOnly = true;
    return line;
  }

  private hold(number: number, bytes: Buffer, truncated: boolean): void {
    if (this.filter.before === 0) return;
    this.held.push({ number, bytes: Buffer.from(bytes.subarray(0, this.maxLineBytes)), truncated });
    if (this.held.length > this.filter.before) this.held.shift();
  }

  /** Counts and yields the line [start, end) of the block; the consumer may then ask for more. */
  private take(
    block: Buffer,
    start: number,
    end: number,
    forceTruncated: boolean,
    contextOnly: boolean,
  ): LogLine {
    const number = ++this.lineNo;
    this.totals.lines++;
    if (end - start > this.maxLineBytes || forceTruncated) this.totals.truncated++;
    return this.line(number, block.subarray(start, end), forceTruncated, contextOnly);
  }

  /** Takes up the consumer's request for the lines after what it just read. */
  sync(): void {
    if (this.filter.keepUntil > this.yieldUntil) this.yieldUntil = this.filter.keepUntil;
  }

  /** Start of the first line at or after `from` whose kept part the gate matches, or -1. */
  private nextMatchLine(s: string, from: number, gate: RegExp): number {
    gate.lastIndex = from;
    for (let m = gate.exec(s); m; m = gate.exec(s)) {
      const lineStart = startOfLine(s, m.index);
      if (m.index + m[0].length - lineStart <= this.maxLineBytes) return lineStart;
      // The match lies in the dropped part of a long line: go on from the next line.
      const end = s.indexOf('\n', m.index);
      if (end === -1) return -1;
      gate.lastIndex = end + 1;
    }
    return -1;
  }

  /** Processes whole lines: `block` ends with '\n', or is the last line of the stream. */
  *block(block: Buffer, forceTruncated = false): Generator<LogLine> {
    const s = block.toString('latin1');
    const n = s.length;
    let pos = 0;
    // Colour codes glue a word to the `m` that ends them; the slower tolerant gate only where they occur.
    const colored = s.includes('\x1b');
    const gate = colored ? this.colorGate : this.gate;
    const probe = colored ? this.colorProbe : this.probe;
    while (pos < n) {
      if (this.lineNo < this.yieldUntil) {
        let end = s.indexOf('\n', pos);
        if (end === -1) end = n;
        const ofInterest = probe.test(s.slice(pos, Math.min(end, pos + this.maxLineBytes)));
        yield this.take(block, pos, end, forceTruncated, !ofInterest);
        this.sync();
        pos = end + 1;
        continue;
      }
      const matchLine = this.nextMatchLine(s, pos, gate);
      const match = matchLine !== -1;
      const stop = match ? matchLine : n;
      // Count the lines before the match without decoding them, then take the last few for context.
      const before = this.filter.before;
      const firstNumber = this.lineNo + 1;
      for (let lineStart = pos; lineStart < stop;) {
        let end = s.indexOf('\n', lineStart);
        if (end === -1 || end > stop) end = stop;
        this.lineNo++;
        if (end - lineStart > this.maxLineBytes || forceTruncated) this.totals.truncated++;
        lineStart = end + 1;
      }
      this.totals.lines += this.lineNo - firstNumber + 1;
      const recent: [number, number][] = [];
      for (let end = stop; recent.length < before && end > pos;) {
        const lineEnd = s[end - 1] === '\n' ? end - 1 : end;
        const lineStart = startOfLine(s, lineEnd);
        recent.unshift([Math.max(lineStart, pos), lineEnd]);
        end = Math.max(lineStart, pos);
      }
      const firstRecent = this.lineNo - recent.length + 1;
      if (recent.length < before) {
        // Older context lines from earlier blocks are still held; keep only the adjacent ones.
        const oldest = firstRecent - (before - recent.length);
        this.held = this.held.filter((h) => h.number < firstRecent && h.number >= oldest);
      } else this.held = [];
      recent.forEach(([a, b], i) =>
        this.hold(firstRecent + i, block.subarray(a, b), forceTruncated || b - a > this.maxLineBytes),
      );
      pos = stop;
      if (!match) break;
      const held = this.held;
      this.held = [];
      let end = s.indexOf('\n', pos);
      if (end === -1) end = n;
      const line = this.take(block, pos, end, forceTruncated, false);
      // Decoding the lines before costs more than the line itself on a debug log's JSON bodies:
      // only a line that held a finding needs them.
      if (held.length) line.before = () => held.map((h) => this.line(h.number, h.bytes, h.truncated, true));
      yield line;
      this.sync();
      pos = end + 1;
    }
  }
}

export async function* filteredLines(
  stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  maxLineBytes: number,
  filter: LineFilter,
  gate: RegExp,
  totals: ReadTotals,
): AsyncGenerator<LogLine> {
  if (!gate.global) throw new Error('the line filter gate must be a global regex');
  const state = new LineFilterState(filter, gate, maxLineBytes, totals);
  // The start of a line that began in an earlier chunk, and whether it outgrew the cap.
  let carry: Buffer[] = [];
  let carried = 0;
  let carryTruncated = false;
  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    const first = chunk.indexOf(10);
    if (first === -1) {
      const room = maxLineBytes - carried;
      if (chunk.length > room) carryTruncated = true;
      if (room > 0) {
        const piece = Buffer.from(chunk.subarray(0, Math.min(room, chunk.length)));
        carry.push(piece);
        carried += piece.length;
      }
      continue;
    }
    let rest = chunk;
    if (carried > 0 || carryTruncated) {
      const room = maxLineBytes - carried;
      if (first > room) carryTruncated = true;
      const head = Buffer.concat([...carry, chunk.subarray(0, Math.min(first, Math.max(0, room))), NEWLINE]);
      yield* state.block(head, carryTruncated);
      carry = [];
      carried = 0;
      carryTruncated = false;
      rest = chunk.subarray(first + 1);
    }
    const last = rest.lastIndexOf(10);
    if (last !== -1) yield* state.block(rest.subarray(0, last + 1));
    const tail = rest.subarray(last + 1);
    if (tail.length) {
      const piece = Buffer.from(tail.subarray(0, maxLineBytes));
      carry = [piece];
      carried = piece.length;
      carryTruncated = tail.length > maxLineBytes;
    }
  }
  if (carried > 0 || carryTruncated) yield* state.block(Buffer.concat(carry), carryTruncated);
}

const NEWLINE = Buffer.from('\n');

/**
 * The gate, also matching right after an ANSI colour sequence (`\x1b[36;1maz aks`): a gate that
 * looks for words at word starts (`\b`) misses them there, since the sequence ends in a letter.
 */
export function colorTolerant(gate: RegExp): RegExp {
  if (!gate.source.startsWith('\\b')) return gate;
  return new RegExp(`(?:\\b|(?<=\\x1b\\[[\\d;]{0,20}m))${gate.source.slice(2)}`, gate.flags);
}

/** Start of the line holding index `i` (lastIndexOf with a negative start would look at index 0). */
function startOfLine(s: string, i: number): number {
  return i === 0 ? 0 : s.lastIndexOf('\n', i - 1) + 1;
}
