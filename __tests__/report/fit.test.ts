// Sinks with a size limit get less detail rather than a rejected upload: evidence goes first, then
// details, then later diagnoses, and the text says so. Small limits here stand in for 1 MiB / 65,536.
import { changeLine, commentMarkdown } from '../../src/report/comment.js';
import { characters, fitMarkdown, utf8Bytes } from '../../src/report/fit.js';
import { resultMarkdown } from '../../src/report/markdown.js';
import { annotationsFor } from '../../src/report/annotations.js';
import type { Result } from '../../src/report/result.js';
import { explain } from '../helpers.js';

async function bigResult(): Promise<Result> {
  const log = [
    'ERROR: (SubnetIsFull) Subnet aks-subnet with address prefix 10.0.0.0/24 does not have enough capacity for 5 IP addresses.',
    'Code: QuotaExceeded',
    'Message: Operation could not be completed as it results in exceeding approved standardDSv3Family Cores quota. Location: westeurope, Current Limit: 10, Current Usage: 8, Additional Required: 4',
    'Code: AksCapacityHeavyUsage',
    'Message: AKS is experiencing heavy usage in region westeurope.',
    `evidence ${'`'.repeat(7)} ${'x'.repeat(250)}`,
  ].join('\n');
  return explain(log);
}

test('a result that fits is rendered whole', async () => {
  const result = await bigResult();
  const full = resultMarkdown(result);
  expect(fitMarkdown((o) => resultMarkdown(result, o), 1024 * 1024, utf8Bytes)).toEqual({
    text: full,
    reduced: false,
  });
});

test('evidence goes first, then details, then later diagnoses, each with a note', async () => {
  const result = await bigResult();
  expect(result.diagnoses.length).toBeGreaterThanOrEqual(3);
  const full = resultMarkdown(result);
  const noEvidence = resultMarkdown(result, {
    evidence: false,
    details: true,
    maxDiagnoses: Infinity,
    headingLevel: 2,
  });
  const fitted = fitMarkdown((o) => resultMarkdown(result, o), noEvidence.length + 200, characters);
  expect(fitted.reduced).toBe(true);
  expect(fitted.text).not.toContain('Evidence from the log');
  expect(fitted.text).toContain('Evidence lines were left out');
  expect(fitted.text.length).toBeLessThan(full.length);

  const tiny = fitMarkdown((o) => resultMarkdown(result, o), 3000, characters);
  expect(tiny.text.length).toBeLessThanOrEqual(3000);
  expect(tiny.text).toMatch(/left out|Only the first causes|Cut to stay/);
});

test('the last resort cuts at a line and closes an open fence', () => {
  const render = () =>
    ['# title', '````', ...Array.from({ length: 200 }, (_, i) => `line ${i}`), '````', 'end'].join('\n');
  const { text } = fitMarkdown(render, 500, characters);
  expect(text.length).toBeLessThanOrEqual(500);
  const fences = text.split('\n').filter((l) => l.startsWith('````'));
  expect(fences.length % 2).toBe(0);
});

test('comment body: headline, changes since the last run, within its budget', async () => {
  const result = await bigResult();
  const body = commentMarkdown(
    result,
    { codes: ['SubnetIsFull', 'Throttled'], state: 'failing' },
    { key: 'k' },
    4000,
  );
  expect(body.length).toBeLessThanOrEqual(4000);
  const first = result.diagnoses[0]!;
  expect(body.startsWith(`## ❌ AKS operation failed: \`${first.code}\`: ${first.title}`)).toBe(true);
  expect(body).toContain('**New:** `QuotaExceeded`');
  expect(body).toContain('**Still failing:** `SubnetIsFull`');
  expect(body).toContain('**No longer seen:** `Throttled`');
  expect(changeLine(['A'], { codes: ['A'], state: 'failing' })).toMatch(/same error/);
  expect(changeLine(['A'], undefined)).toBeUndefined();
});

test('comment with one diagnosis: its headline names it once, several are numbered', async () => {
  const one = await explain(
    'ERROR: (QuotaExceeded) Operation could not be completed as it results in exceeding approved Total Regional Cores quota.',
  );
  const body = commentMarkdown(one, undefined, { key: 'k' }, 65_536);
  const title = one.diagnoses[0]!.title;
  expect(body.split(title)).toHaveLength(2);
  expect(body).not.toContain('One cause found');
  expect(body).toContain(one.diagnoses[0]!.summary);
  const many = await bigResult();
  const numbered = commentMarkdown(many, undefined, { key: 'k' }, 65_536);
  expect(numbered).toContain(`### 1. \`${many.diagnoses[0]!.code}\``);
  expect(numbered).toContain(`### 2. \`${many.diagnoses[1]!.code}\``);
});

test('resolved comment names the codes that no longer occur', () => {
  const clean: Result = {
    schemaVersion: 1,
    found: false,
    diagnoses: [],
    unrecognized: [],
    context: { tool: null, operation: null, os: null },
    stats: { lines: 3, truncatedLines: 0 },
  };
  const body = commentMarkdown(
    clean,
    { codes: ['QuotaExceeded'], state: 'failing' },
    { runUrl: 'https://github.com/o/r/actions/runs/1' },
    65_536,
  );
  expect(body).toContain('Resolved');
  expect(body).toContain('`QuotaExceeded`');
  expect(body).toContain('[workflow run](https://github.com/o/r/actions/runs/1)');
  // A run URL that is not a plain https URL is not rendered as a link.
  expect(commentMarkdown(clean, undefined, { runUrl: 'javascript:alert(1)' }, 65_536)).not.toContain(
    'javascript',
  );
});

test('annotations: at most 10 errors, the last counts the rest; titles within 255 characters', async () => {
  const result = await bigResult();
  const many: Result = {
    ...result,
    diagnoses: Array.from({ length: 14 }, (_, i) => ({
      ...result.diagnoses[0]!,
      id: `e${i}`,
      title: 'T'.repeat(400),
    })),
  };
  const notes = annotationsFor(many);
  const errors = notes.filter((a) => a.level === 'error');
  expect(errors).toHaveLength(10);
  expect(errors.at(-1)!.message).toContain('and 4 more in the job summary');
  for (const a of errors) expect(a.title!.length).toBeLessThanOrEqual(255);
});
