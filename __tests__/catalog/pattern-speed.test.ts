// Every regex the catalog carries runs on every line of untrusted logs, so none may backtrack
// catastrophically. fast-check builds adversarial 100 kB lines out of each pattern's own pieces
// (its words, the separators and escapes its classes accept) and every regex must finish quickly.
// The bound is loose on purpose: a linear regex takes milliseconds on 100 kB, a catastrophic one
// takes seconds to hours, so this catches blow-ups without being a flaky timing test.
import fc from 'fast-check';
import { entryRegexes } from '../../src/diagnose/catalog-file.js';
import { createExtractors, extractLine } from '../../src/extract/index.js';
import { builtinCatalog } from '../helpers.js';

const LINE_BYTES = 100_000;
const LOOSE_BOUND_MS = 1500;

const sources = [...new Set(builtinCatalog.entries.flatMap(entryRegexes))];
const pieces = (source: string): string[] => [
  ...source.split(/[^A-Za-z0-9 :'"/.-]+/).filter((p) => p.length > 0),
  ' ',
  '  ',
  '\\',
  '\\"',
  '"',
  "'",
  ':',
  '/',
  '.',
  '-',
  '0',
  '10250',
  'a',
  'Z',
  '\t',
];

function adversarialLine(parts: string[]): string {
  let line = '';
  for (let i = 0; line.length < LINE_BYTES; i++) line += parts[i % parts.length];
  return line.slice(0, LINE_BYTES);
}

test.each(sources.map((s) => [s]))('pattern %s stays fast on adversarial 100 kB lines', (source) => {
  const regex = new RegExp(source, 'i');
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces(source)), { minLength: 1, maxLength: 12 }), (parts) => {
      const line = adversarialLine(parts);
      const started = performance.now();
      regex.exec(line);
      expect(performance.now() - started).toBeLessThan(LOOSE_BOUND_MS);
    }),
    { numRuns: 8 },
  );
});

test('the extractors and every pattern whose anchor a line holds stay fast on adversarial 100 kB lines', () => {
  const extractors = createExtractors(builtinCatalog.codes());
  const all = [...new Set(sources.flatMap(pieces))].concat([
    'Code: ',
    '"code": "',
    'exit status=',
    'AADSTS',
    'ERROR: (',
  ]);
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...all), { minLength: 1, maxLength: 16 }), (parts) => {
      const line = adversarialLine(parts);
      const started = performance.now();
      extractLine(extractors, line, 1);
      const lower = line.toLowerCase();
      for (const p of builtinCatalog.patterns) if (lower.includes(p.lowerAnchor!)) p.regex.exec(line);
      expect(performance.now() - started).toBeLessThan(LOOSE_BOUND_MS);
    }),
    { numRuns: 30 },
  );
});
