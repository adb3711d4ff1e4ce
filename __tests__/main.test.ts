// The action run the way the runner does it: inputs from INPUT_* variables, outputs and the job
// summary written to the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name, annotations on stdout.
import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../src/main.js';
import { repoRoot } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'aks-triage-action-'));
// @actions/core remembers the summary file of its first write, so every test uses this one.
const summaryFile = join(dir, 'summary');
process.env.GITHUB_STEP_SUMMARY = summaryFile;
let stdout: string;

function outputs(): Record<string, string> {
  // The runner's file format: name<<DELIMITER\nvalue\nDELIMITER
  const text = readFileSync(process.env.GITHUB_OUTPUT!, 'utf8');
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

async function runAction(inputs: Record<string, string>): Promise<void> {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
  const stamp = `${Date.now()}-${Math.random()}`;
  process.env.GITHUB_OUTPUT = join(dir, `output-${stamp}`);
  writeFileSync(process.env.GITHUB_OUTPUT, '');
  writeFileSync(summaryFile, '');
  process.exitCode = undefined;
  await run();
}

beforeEach(() => {
  stdout = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
});
afterEach(() => {
  jest.restoreAllMocks();
  process.exitCode = undefined;
});

test('a failure log: outputs, summary and one annotation per diagnosis', async () => {
  await runAction({ 'log-file': join(repoRoot, 'examples', 'az-aks-upgrade-subnet-full.log') });
  const out = outputs();
  expect(out).toMatchObject({
    found: 'true',
    codes: 'SubnetIsFull',
    'primary-code': 'SubnetIsFull',
    retryable: 'false',
  });
  expect(out['primary-url']).toMatch(/error-code-subnetisfull-upgrade$/);
  expect(JSON.parse(out.json!).diagnoses[0].id).toBe('subnet-is-full');
  const summary = readFileSync(summaryFile, 'utf8');
  expect(summary).toContain('## AKS failure explained by aks-triage');
  expect(stdout).toMatch(/^::error title=SubnetIsFull%3A The node subnet has no free IP addresses::/m);
  expect(process.exitCode).toBeUndefined();
});

test('retryable is true only when every diagnosis is retryable', async () => {
  await runAction({
    log: 'Code: AksCapacityHeavyUsage\nMessage: AKS is experiencing heavy usage in region westeurope.',
  });
  expect(outputs().retryable).toBe('true');
});

test('a glob that matches nothing is a warning named in the summary, not a failure', async () => {
  await runAction({ 'log-file': 'no/such/*.log', log: 'all good' });
  expect(outputs().found).toBe('false');
  expect(stdout).toContain("::warning::log-file 'no/such/*.log' matched no file");
  expect(readFileSync(summaryFile, 'utf8')).toContain('No file matched log-file `no/such/*.log`.');
  expect(process.exitCode).toBeUndefined();
});

test('a bad input value fails with one line naming the input and the allowed values', async () => {
  await runAction({ log: 'x', comment: 'sometimes' });
  expect(stdout).toContain("::error::input 'comment' must be one of auto, always, never, not 'sometimes'");
  expect(process.exitCode).toBe(1);
});

test('fail-on-found fails the step after the outputs are written', async () => {
  await runAction({
    log: '(SubnetIsFull) full',
    'fail-on-found': 'true',
    summary: 'false',
    annotations: 'false',
  });
  expect(outputs().found).toBe('true');
  expect(stdout).toContain('::error::aks-triage found: SubnetIsFull');
  expect(stdout).not.toContain('::error title=');
  expect(readFileSync(summaryFile, 'utf8')).toBe('');
  expect(process.exitCode).toBe(1);
});
