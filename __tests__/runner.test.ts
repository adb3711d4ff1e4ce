// src/runner.ts speaks the runner protocol without @actions/core (for start-up time). It must say
// exactly what @actions/core 3 says for the same calls: checked here against the real thing.
import { jest } from '@jest/globals';
import * as core from '@actions/core';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as runner from '../src/runner.js';

const dir = mkdtempSync(join(tmpdir(), 'aks-triage-runner-'));

function captureStdout(fn: () => void): string {
  let out = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    fn();
  } finally {
    spy.mockRestore();
  }
  return out;
}

/** The output file with the random heredoc delimiters replaced, so two writers can be compared. */
function outputFile(fn: () => void): string {
  const file = join(dir, `out-${Math.random()}`);
  writeFileSync(file, '');
  const saved = process.env.GITHUB_OUTPUT;
  process.env.GITHUB_OUTPUT = file;
  try {
    fn();
  } finally {
    process.env.GITHUB_OUTPUT = saved;
  }
  return readFileSync(file, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER');
}

const text = fc.string({ unit: 'binary', maxLength: 200 });

test('annotations and log commands are byte-identical to @actions/core', () => {
  fc.assert(
    fc.property(text, text, (message, title) => {
      for (const level of ['error', 'warning', 'notice'] as const) {
        const ours = captureStdout(() => runner[level](message, { title }));
        const theirs = captureStdout(() => core[level](message, { title }));
        expect(ours).toBe(theirs);
      }
      expect(captureStdout(() => runner.info(message))).toBe(captureStdout(() => core.info(message)));
    }),
    { numRuns: 200 },
  );
});

test('outputs are written to GITHUB_OUTPUT exactly as @actions/core writes them', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[a-z][a-z-]{0,20}$/), text, (name, value) => {
      expect(outputFile(() => runner.setOutput(name, value))).toBe(
        outputFile(() => core.setOutput(name, value)),
      );
    }),
    { numRuns: 100 },
  );
});

test('inputs are read like @actions/core reads them (upper-cased, hyphen kept, trimmed)', () => {
  process.env['INPUT_LOG-FILE'] = '  a.log\n b.log  ';
  process.env['INPUT_MY_INPUT'] = 'x';
  expect(runner.getInput('log-file')).toBe(core.getInput('log-file'));
  expect(runner.getInput('my input')).toBe(core.getInput('my input'));
  expect(runner.getInput('unset-input')).toBe(core.getInput('unset-input'));
  delete process.env['INPUT_LOG-FILE'];
  delete process.env['INPUT_MY_INPUT'];
});

test('setFailed sets exit code 1 and prints the error command', () => {
  const out = captureStdout(() => runner.setFailed('bad: input, really'));
  expect(out).toBe('::error::bad: input, really\n');
  expect(process.exitCode).toBe(1);
  process.exitCode = undefined;
});

test('the job summary is appended to the file the runner names', () => {
  const file = join(dir, 'summary');
  writeFileSync(file, 'before\n');
  const saved = process.env.GITHUB_STEP_SUMMARY;
  process.env.GITHUB_STEP_SUMMARY = file;
  expect(runner.appendSummary('## hello\n')).toBe(true);
  expect(readFileSync(file, 'utf8')).toBe('before\n## hello\n');
  delete process.env.GITHUB_STEP_SUMMARY;
  expect(runner.appendSummary('x')).toBe(false);
  process.env.GITHUB_STEP_SUMMARY = saved;
});
