// Resolves the action's `log-file` paths and globs and its `log` text into log sources. A path or
// glob that matches nothing is reported back, never fatal: the step still explains what it has.
import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { LogSource } from '../diagnose/scan.js';
import { fileSource, textSource } from './read-lines.js';

export interface ResolvedSources {
  sources: LogSource[];
  /** Paths or globs that matched no file. */
  unmatched: string[];
}

export async function resolveSources(patterns: string[], text: string): Promise<ResolvedSources> {
  const sources: LogSource[] = [];
  const unmatched: string[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    const files = GLOB_SYNTAX.test(pattern) ? await globFiles(pattern) : literalFile(pattern);
    if (files.length === 0) unmatched.push(pattern);
    for (const file of files) {
      if (seen.has(file)) continue;
      seen.add(file);
      sources.push({ name: file, lines: fileSource(file) });
    }
  }
  if (text.trim() !== '') sources.push({ name: 'log input', lines: textSource(text) });
  return { sources, unmatched };
}

// Characters that may make a path a glob (or escape one). A path without any is looked up directly:
// loading the glob library costs about 10 ms of the action's start-up, spent on every failed deploy.
const GLOB_SYNTAX = /[*?[\]{}()!+@\\]/;

async function globFiles(pattern: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  return (await glob(pattern, { dot: true, onlyFiles: true, expandDirectories: false })).sort();
}

/** The file a plain path names, relative to the working directory as the glob would give it. */
function literalFile(path: string): string[] {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats?.isFile()) return [];
  return [relative(process.cwd(), resolve(path)).split(sep).join('/')];
}
