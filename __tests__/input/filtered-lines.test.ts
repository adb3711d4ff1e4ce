// The filtered reader must yield exactly what a plain line split would give for the lines of
// interest and their neighbours, however the bytes are chunked, and count every line.
import fc from 'fast-check';
import { readLines, type LineFilter, type LogLine } from '../../src/input/read-lines.js';

async function collect(lines: AsyncIterable<LogLine>): Promise<LogLine[]> {
  const out: LogLine[] = [];
  for await (const l of lines) out.push(l);
  return out;
}

/** Reads like the scan does: a line the gate matches asks for `after` more lines. */
async function consume(lines: AsyncIterable<LogLine>, filter: LineFilter, after: number): Promise<LogLine[]> {
  const probe = new RegExp(filter.gate()!.source);
  const out: LogLine[] = [];
  for await (const l of lines) {
    if (probe.test(l.text)) {
      out.push(...(l.before?.() ?? []));
      filter.keepUntil = Math.max(filter.keepUntil, l.number + after);
    }
    const plain = { ...l };
    delete plain.before;
    out.push(plain);
  }
  return out;
}

/** What the filter should yield, computed the slow, obvious way. */
function expected(
  text: string,
  filter: LineFilter,
  after: number,
  max: number,
): { lines: LogLine[]; total: number; truncated: number } {
  const all = text.split('\n');
  if (all.at(-1) === '') all.pop();
  const probe = new RegExp(filter.gate()!.source);
  const keep = new Set<number>();
  all.forEach((line, i) => {
    const kept = Buffer.from(line).subarray(0, max).toString('latin1');
    if (!probe.test(kept)) return;
    for (let j = Math.max(0, i - filter.before); j <= Math.min(all.length - 1, i + after); j++) keep.add(j);
  });
  const decode = (line: string) => new TextDecoder().decode(Buffer.from(line).subarray(0, max));
  return {
    lines: [...keep]
      .sort((a, b) => a - b)
      .map((i) => ({
        number: i + 1,
        text: decode(all[i]!),
        truncated: Buffer.byteLength(all[i]!) > max,
        ...(probe.test(Buffer.from(all[i]!).subarray(0, max).toString('latin1'))
          ? {}
          : { contextOnly: true }),
      })),
    total: all.length,
    truncated: all.filter((l) => Buffer.byteLength(l) > max).length,
  };
}

function chunk(text: string, sizes: number[]): Buffer[] {
  const bytes = Buffer.from(text);
  const out: Buffer[] = [];
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = sizes.length ? sizes[i % sizes.length]! : bytes.length;
    out.push(bytes.subarray(at, at + size));
    at += size;
  }
  return out;
}

const words = fc.constantFrom(
  'alpha',
  'ERROR',
  'beta',
  'QuotaExceeded',
  'é',
  ' ',
  'gamma',
  'exit status=50',
  '',
);

test('yields the lines of interest, the lines before them and what the reader asks for, for any chunking', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(
        fc.array(words, { maxLength: 6 }).map((w) => w.join(' ')),
        { maxLength: 60 },
      ),
      fc.boolean(),
      fc.array(fc.integer({ min: 1, max: 40 }), { maxLength: 5 }),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 5 }),
      fc.integer({ min: 8, max: 64 }),
      async (lines, finalNewline, sizes, before, after, max) => {
        const text = lines.join('\n') + (finalNewline && lines.length ? '\n' : '');
        const filter = { gate: () => /ERROR|QuotaExceeded|xit/g, before, keepUntil: 0, minBytes: 0 };
        const totals = { lines: 0, truncated: 0 };
        const got = await consume(
          readLines(chunk(text, sizes), { filter, totals, maxLineBytes: max }),
          filter,
          after,
        );
        const want = expected(text, filter, after, max);
        expect(got).toEqual(want.lines);
        expect(totals).toEqual({ lines: want.total, truncated: want.truncated, filtered: true });
      },
    ),
    { numRuns: 300 },
  );
});

test('a 5 MB line without a match costs no memory and is counted as truncated', async () => {
  const giant = 'x'.repeat(5 * 1024 * 1024);
  const chunks = chunk(`first ERROR\n${giant}\nlast\n`, [64 * 1024]);
  const totals = { lines: 0, truncated: 0 };
  const got = await collect(
    readLines(chunks, { filter: { gate: () => /ERROR/g, before: 0, keepUntil: 0, minBytes: 0 }, totals }),
  );
  expect(got.map((l) => l.text)).toEqual(['first ERROR']);
  expect(totals).toEqual({ lines: 3, truncated: 1, filtered: true });
});

test('a match on a giant line yields its capped start', async () => {
  const giant = `ERROR ${'y'.repeat(600_000)}`;
  const filter = { gate: () => /ERROR/g, before: 0, keepUntil: 0, minBytes: 0 };
  const got = await consume(readLines(chunk(`${giant}\nnext\n`, [100_000]), { filter }), filter, 1);
  expect(got.map((l) => [l.number, l.text.length, l.truncated])).toEqual([
    [1, 256 * 1024, true],
    [2, 4, false],
  ]);
});

test('a gate without the global flag is refused', async () => {
  await expect(
    collect(readLines(['a\n'], { filter: { gate: () => /a/, before: 0, keepUntil: 0, minBytes: 0 } })),
  ).rejects.toThrow(/global/);
});

test('a log smaller than minBytes is read whole, without the gate', async () => {
  const totals = { lines: 0, truncated: 0 };
  const got = await collect(
    readLines(['a\nERROR b\nc\n'], {
      filter: { gate: () => /ERROR/g, before: 0, keepUntil: 0, minBytes: 100 },
      totals,
    }),
  );
  expect(got.map((l) => l.text)).toEqual(['a', 'ERROR b', 'c']);
  expect(totals).toEqual({ lines: 3, truncated: 0 });
});

test('a large log whose filter has no gate is read whole', async () => {
  const totals = { lines: 0, truncated: 0 };
  const got = await collect(
    readLines(['a\nb\n'], {
      filter: { gate: () => undefined, before: 0, keepUntil: 0, minBytes: 0 },
      totals,
    }),
  );
  expect(got.map((l) => l.text)).toEqual(['a', 'b']);
  expect(totals).toEqual({ lines: 2, truncated: 0 });
});

test('a word right after an ANSI colour code still opens the gate', async () => {
  const filter: LineFilter = {
    gate: () => /\b(?:QuotaExceeded|az aks)/g,
    before: 0,
    keepUntil: 0,
    minBytes: 0,
  };
  const text =
    'noise\n\x1b[36;1maz aks create -g rg -n c\x1b[0m\nnoise\n\x1b[91mERROR: (QuotaExceeded) x\nmore\n';
  const got = await collect(readLines([text], { filter }));
  expect(got.map((l) => l.number)).toEqual([2, 4]);
  // Without colour codes in the block, a word glued to an `m` stays out.
  const plain = await collect(
    readLines(['noise\nmQuotaExceeded\n'], { filter: { ...filter, keepUntil: 0 } }),
  );
  expect(plain).toEqual([]);
});
