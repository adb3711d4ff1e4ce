// Reads a log as a stream of lines with bounded memory: a multi-gigabyte `az --debug` log or a single
// 50 MB line never has to fit in memory. Bytes are split on '\n' before decoding (a '\n' byte never
// occurs inside a multi-byte UTF-8 sequence), and invalid UTF-8 decodes to U+FFFD instead of failing.
//
// With a filter, only the lines that can matter are decoded and yielded: a line where the filter's
// gate matches, a few lines before it and some after it. The gate runs once over each chunk (as
// latin1, where one byte is one character, so offsets stay byte offsets), which is what makes a
// 100 MB debug log take about as long as grep instead of a decode and a dozen regexes per line.
import { closeSync, openSync, readSync } from 'node:fs';
import { filteredLines } from './filtered-lines.js';

/** The longest part of one line that is kept; the rest of that line is dropped and counted. */
export const MAX_LINE_BYTES = 256 * 1024;
// Below V8's large-object size: the latin1 copy of each chunk dies young instead of piling up in
// large-object space until a full collection (measured: 146 MB peak on 1 GB with 1 MB chunks). Small
// enough that few chunk copies are alive when a scavenge runs, so V8 does not grow the young
// generation to its maximum: on a machine with 24 GB (16 MB semi-spaces) the 1 GB peak was 124 MB
// with 120 kB chunks, 93 MB with 64 kB, at the same speed.
const CHUNK_BYTES = 64 * 1024;
/** Logs smaller than this are read line by line without the gate. */
export const SMALL_LOG_BYTES = 1024 * 1024;

export interface LogLine {
  /** 1-based line number in its source. */
  number: number;
  text: string;
  /** True when the line was longer than MAX_LINE_BYTES and only its start was kept. */
  truncated: boolean;
  /** Set by a filtered read: the gate did not match this line, it is there only as context. */
  contextOnly?: boolean;
  /**
   * Set by a filtered read on a line the gate matched: the up to `before` lines just before it,
   * which the reader skipped, decoded only if the consumer asks (when the line held a finding).
   */
  before?: () => LogLine[];
}

export interface LineFilter {
  /**
   * Makes the gate: a global, non-sticky regex; a line is of interest when it matches somewhere in
   * the line. Called only for a log that is not small; undefined means read every line.
   */
  gate: () => RegExp | undefined;
  /** Lines kept before each line of interest, for context (see LogLine.before). */
  before: number;
  /**
   * The consumer's request: yield every line up to this number. Raised while reading a yielded line
   * (before asking for the next one), so context after a finding can be read. Starts at 0.
   */
  keepUntil: number;
  /** Logs smaller than this are read whole, without the gate. Default SMALL_LOG_BYTES. */
  minBytes?: number;
}

/** Counts of every line read, yielded or not. */
export interface ReadTotals {
  lines: number;
  truncated: number;
  /** Set when the filter was applied (the log was not small). */
  filtered?: boolean;
}

export interface ReadOptions {
  maxLineBytes?: number;
  filter?: LineFilter;
  totals?: ReadTotals;
}

/** Where a log source's lines come from; called once per scan with that scan's filter. */
export type LineSource = (filter?: LineFilter, totals?: ReadTotals) => AsyncIterable<LogLine>;

const decoder = new TextDecoder('utf-8', { fatal: false });

/** Splits a byte stream into complete lines, each capped at maxLineBytes (the rest dropped). */
async function* rawLines(
  stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  maxLineBytes: number,
): AsyncGenerator<{ bytes: Buffer; truncated: boolean }> {
  let parts: Buffer[] = [];
  let kept = 0;
  let truncated = false;
  const keep = (chunk: Buffer): void => {
    const room = maxLineBytes - kept;
    if (chunk.length > room) truncated = true;
    if (room <= 0) return;
    const piece = chunk.length > room ? chunk.subarray(0, room) : chunk;
    if (piece.length > 0) {
      // Copy: the stream may reuse its buffer, and a small slice must not pin a large chunk.
      parts.push(Buffer.from(piece));
      kept += piece.length;
    }
  };
  const take = () => {
    const line = { bytes: parts.length === 1 ? parts[0]! : Buffer.concat(parts, kept), truncated };
    parts = [];
    kept = 0;
    truncated = false;
    return line;
  };
  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      keep(chunk.subarray(start, nl));
      yield take();
      start = nl + 1;
    }
    keep(chunk.subarray(start));
  }
  if (kept > 0 || truncated) yield take();
}

export async function* readLines(
  stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  options: ReadOptions = {},
): AsyncGenerator<LogLine> {
  const maxLineBytes = options.maxLineBytes ?? MAX_LINE_BYTES;
  const totals = options.totals ?? { lines: 0, truncated: 0 };
  if (!options.filter) {
    yield* allLines(stream, maxLineBytes, totals);
    return;
  }
  // A small log is read whole: the gate would save nothing and costs a regex compilation.
  const head: Buffer[] = [];
  let size = 0;
  const iterator = (
    Symbol.asyncIterator in stream ? stream[Symbol.asyncIterator]() : stream[Symbol.iterator]()
  ) as AsyncIterator<Buffer | string> | Iterator<Buffer | string>;
  const minBytes = options.filter.minBytes ?? SMALL_LOG_BYTES;
  while (size < minBytes) {
    const next = await iterator.next();
    if (next.done) {
      yield* allLines(head, maxLineBytes, totals);
      return;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : Buffer.from(next.value);
    head.push(chunk);
    size += chunk.length;
  }
  async function* rest(): AsyncGenerator<Buffer | string> {
    yield* head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  const gate = options.filter.gate();
  if (!gate) {
    yield* allLines(rest(), maxLineBytes, totals);
    return;
  }
  totals.filtered = true;
  yield* filteredLines(rest(), maxLineBytes, options.filter, gate, totals);
}

async function* allLines(
  stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  maxLineBytes: number,
  totals: ReadTotals,
): AsyncGenerator<LogLine> {
  // Numbers count within this log; the totals count across every log of a scan.
  let number = 0;
  for await (const raw of rawLines(stream, maxLineBytes)) {
    number++;
    totals.lines++;
    if (raw.truncated) totals.truncated++;
    yield { number, text: decoder.decode(raw.bytes), truncated: raw.truncated };
  }
}

/**
 * A file's bytes in chunks read into one reused buffer: reading a gigabyte allocates 64 kB. Each
 * chunk is valid only until the next is requested; the readers copy what they keep. Reads are
 * synchronous: nothing else runs while a log is read, and a thread-pool round trip per chunk left
 * the process idle for a quarter of the time on a 100 MB log.
 */
function* fileChunks(path: string): Generator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
      const bytesRead = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    closeSync(fd);
  }
}

export function readFileLines(path: string, options: ReadOptions = {}): AsyncGenerator<LogLine> {
  return readLines(fileChunks(path), options);
}

export async function* readTextLines(text: string, options: ReadOptions = {}): AsyncGenerator<LogLine> {
  yield* readLines([text], options);
}

/** A source's lines, read afresh for each scan with that scan's filter. */
export function fileSource(path: string): LineSource {
  return (filter, totals) =>
    readFileLines(path, { ...(filter ? { filter } : {}), ...(totals ? { totals } : {}) });
}

export function textSource(text: string): LineSource {
  return (filter, totals) =>
    readTextLines(text, { ...(filter ? { filter } : {}), ...(totals ? { totals } : {}) });
}

/** A stream can be read only once: the source refuses a second read. */
export function streamSource(stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>): LineSource {
  let used = false;
  return (filter, totals) => {
    if (used) throw new Error('a stream log source can be read only once');
    used = true;
    return readLines(stream, { ...(filter ? { filter } : {}), ...(totals ? { totals } : {}) });
  };
}
