// Property tests: whatever bytes arrive, the engine returns a well-formed result and never throws.
import fc from 'fast-check';
import { diagnose } from '../../src/diagnose/index.js';
import { streamSource } from '../../src/input/read-lines.js';
import { builtinCatalog, explain } from '../helpers.js';

const catalogUrls = new Set(builtinCatalog.entries.flatMap((e) => e.docs.map((d) => d.url)));

// Fragments of real output formats, so random input often looks like the real thing.
const fragment = fc.constantFrom(
  'Code: ',
  '(SubnetIsFull) ',
  'Code="OperationNotAllowed" Message="',
  '\\"code\\": \\"',
  'exit status=',
  '"ExitCode": "5',
  'ExitCode: |',
  'WINDOWS_CSE_ERROR_',
  'ERR_OUTBOUND_CONN_FAIL=',
  'AADSTS7000',
  '\x1b[31m',
  '2024-01-01T00:00:00.0000000Z ',
  '##[error]',
  '│ ',
  '\r\n',
  '\n',
  '\\\\\\"',
  '`',
  '+ az aks upgrade ',
  'Another operation (x) is in progress',
);
const logText = fc
  .array(fc.oneof(fragment, fc.string({ maxLength: 40 }), fc.integer({ min: 0, max: 300 }).map(String)), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

function wellFormed(result: Awaited<ReturnType<typeof explain>>): void {
  expect(result.schemaVersion).toBe(1);
  expect(result.found).toBe(result.diagnoses.length > 0);
  for (const d of result.diagnoses) {
    expect(catalogUrls.has(d.url)).toBe(true);
    expect(['high', 'medium', 'low']).toContain(d.confidence);
    expect(d.evidence.length).toBeGreaterThan(0);
  }
  expect(new Set(result.diagnoses.map((d) => d.id)).size).toBe(result.diagnoses.length);
}

test('arbitrary log-like text never throws and gives a well-formed result', async () => {
  await fc.assert(
    fc.asyncProperty(logText, async (text) => {
      wellFormed(await explain(text));
    }),
    { numRuns: 300 },
  );
});

test('arbitrary bytes in arbitrary chunks never throw', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 200 }), { maxLength: 10 }), async (chunks) => {
      const result = await diagnose(
        [{ lines: streamSource(chunks.map((c) => Buffer.from(c))) }],
        builtinCatalog,
      );
      wellFormed(result);
    }),
    { numRuns: 200 },
  );
});
