// Resolves the action's `log-file` paths and globs and its `log` text into log sources. A path or
// glob that matches nothing is reported back, never fatal: the step still explains what it has.
import { statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
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
export const GLOB_SYNTAX = /[*?[\]{}()!+@\\]/;

export async function globFiles(pattern: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const files = await glob(pattern, { dot: true, onlyFiles: true, expandDirectories: false });
  return files.map(displayName).sort();
}

/** The file a plain path names. */
function literalFile(path: string): string[] {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats?.isFile() ? [displayName(path)] : [];
}

/**
 * How a log is named in evidence and annotations: relative to the working directory (the workspace)
 * when it lies inside it, else its absolute path (`/home/runner/work/_temp/az.log`, not `../../_temp`).
 */
function displayName(path: string): string {
  const absolute = resolve(path);
  const inside = relative(process.cwd(), absolute);
  const name = inside === '' || inside.startsWith('..') || isAbsolute(inside) ? absolute : inside;
  return name.split(sep).join('/');
}
