// Reads a log as a stream of lines with bounded memory: a multi-gigabyte `az --debug` log or a single
// 50 MB line never has to fit in memory. Bytes are split on '\n' before decoding (a '\n' byte never
// occurs inside a multi-byte UTF-8 sequence), and invalid UTF-8 decodes to U+FFFD instead of failing.
import { createReadStream } from 'node:fs';

/** The longest part of one line that is kept; the rest of that line is dropped and counted. */
export const MAX_LINE_BYTES = 256 * 1024;

export interface LogLine {
  /** 1-based line number in its source. */
  number: number;
  text: string;
  /** True when the line was longer than MAX_LINE_BYTES and only its start was kept. */
  truncated: boolean;
}

const decoder = new TextDecoder('utf-8', { fatal: false });

export async function* readLines(
  stream: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  maxLineBytes = MAX_LINE_BYTES,
): AsyncGenerator<LogLine> {
  let parts: Buffer[] = [];
  let kept = 0;
  let truncated = false;
  let number = 0;

  const finish = (): LogLine => {
    const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, kept);
    const line = { number: ++number, text: decoder.decode(bytes), truncated };
    parts = [];
    kept = 0;
    truncated = false;
    return line;
  };
  const keep = (chunk: Buffer): void => {
    const room = maxLineBytes - kept;
    if (room <= 0) {
      if (chunk.length > 0) truncated = true;
      return;
    }
    const piece = chunk.length > room ? chunk.subarray(0, room) : chunk;
    if (chunk.length > room) truncated = true;
    if (piece.length > 0) {
      // Copy: the stream may reuse its buffer, and a small slice must not pin a 64 kB chunk.
      parts.push(Buffer.from(piece));
      kept += piece.length;
    }
  };

  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      keep(chunk.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    keep(chunk.subarray(start));
  }
  if (kept > 0 || truncated) yield finish();
}

export function readFileLines(path: string): AsyncGenerator<LogLine> {
  return readLines(createReadStream(path, { highWaterMark: 1024 * 1024 }));
}

export async function* readTextLines(text: string): AsyncGenerator<LogLine> {
  yield* readLines([text]);
}
