// log-file paths and globs: a plain path is looked up directly, a glob through the glob library; both
// name files the same way (relative to the working directory), and what matches nothing is reported.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { resolveSources } from '../../src/input/sources.js';
import { repoRoot } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'aks-triage-sources-'));
mkdirSync(join(dir, 'logs'));
writeFileSync(join(dir, 'logs', 'a.log'), 'ERROR: (QuotaExceeded) x\n');
writeFileSync(join(dir, 'logs', 'b.log'), 'b\n');
// Inside the working directory a log is named relative to it, outside by its absolute path.
const rel = (p: string) => {
  const inside = relative(process.cwd(), p);
  return (inside.startsWith('..') ? p : inside).split('\\').join('/');
};

async function names(patterns: string[], text = '') {
  const { sources, unmatched } = await resolveSources(patterns, text);
  return { names: sources.map((s) => s.name), unmatched };
}

test('a plain path, absolute or relative, names the file as the glob would', async () => {
  const absolute = join(dir, 'logs', 'a.log');
  expect(await names([absolute])).toEqual({ names: [rel(absolute)], unmatched: [] });
  const dotted = `./${relative(process.cwd(), absolute)}`;
  expect(await names([dotted])).toEqual({ names: [rel(absolute)], unmatched: [] });
  // Inside the working directory (the workspace), the name is relative to it.
  const example = join(repoRoot, 'examples', 'az-aks-create-quota.log');
  expect(await names([example])).toEqual({ names: [rel(example)], unmatched: [] });
  expect(rel(example)).not.toMatch(/^\.\.|^\//);
});

test('a glob matches every file, sorted; a file named twice is read once', async () => {
  const glob = `${rel(dir)}/logs/*.log`;
  const a = rel(join(dir, 'logs', 'a.log'));
  const b = rel(join(dir, 'logs', 'b.log'));
  expect(await names([glob, a])).toEqual({ names: [a, b], unmatched: [] });
});

test('a missing file, a directory and an empty glob are reported, not fatal', async () => {
  const missing = join(dir, 'nope.log');
  const folder = join(dir, 'logs');
  const empty = `${rel(dir)}/logs/*.txt`;
  expect(await names([missing, folder, empty])).toEqual({ names: [], unmatched: [missing, folder, empty] });
});

test('the log input is a source of its own; blank text is not', async () => {
  expect(await names([], 'ERROR: x')).toEqual({ names: ['log input'], unmatched: [] });
  expect(await names([], '  \n ')).toEqual({ names: [], unmatched: [] });
});
