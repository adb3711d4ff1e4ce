import { readLines, readTextLines, type LogLine } from '../../src/input/read-lines.js';

async function collect(source: AsyncIterable<LogLine>): Promise<LogLine[]> {
  const out: LogLine[] = [];
  for await (const line of source) out.push(line);
  return out;
}

describe('readLines', () => {
  test('splits on \\n across chunk boundaries and numbers lines from 1', async () => {
    const chunks = ['ab', 'c\nde', 'f\n\ng', 'h'].map((s) => Buffer.from(s));
    expect((await collect(readLines(chunks))).map((l) => [l.number, l.text])).toEqual([
      [1, 'abc'],
      [2, 'def'],
      [3, ''],
      [4, 'gh'],
    ]);
  });

  test('a multi-byte character split across chunks decodes whole', async () => {
    const bytes = Buffer.from('héllo→\n');
    const chunks = [bytes.subarray(0, 2), bytes.subarray(2, 7), bytes.subarray(7)];
    expect((await collect(readLines(chunks)))[0]!.text).toBe('héllo→');
  });

  test('invalid UTF-8 and binary bytes decode to U+FFFD instead of failing', async () => {
    const lines = await collect(readLines([Buffer.from([0xff, 0xfe, 0x41, 0x0a, 0xc3, 0x28])]));
    expect(lines.map((l) => l.text)).toEqual(['\uFFFD\uFFFDA', '\uFFFD(']);
  });

  test('an over-long line keeps only its start and is marked truncated', async () => {
    const chunks = [Buffer.alloc(70, 'a'), Buffer.alloc(70, 'b'), Buffer.from('\nnext')];
    const lines = await collect(readLines(chunks, { maxLineBytes: 100 }));
    expect(lines[0]!.text).toBe('a'.repeat(70) + 'b'.repeat(30));
    expect(lines[0]!.truncated).toBe(true);
    expect(lines[1]).toEqual({ number: 2, text: 'next', truncated: false });
  });

  test('no trailing empty line after a final newline; empty input gives no lines', async () => {
    expect((await collect(readTextLines('a\n'))).map((l) => l.text)).toEqual(['a']);
    expect(await collect(readTextLines(''))).toEqual([]);
  });
});
