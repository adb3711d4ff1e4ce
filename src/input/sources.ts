// Resolves the action's `log-file` paths and globs and its `log` text into log sources. A path or
// glob that matches nothing is reported back, never fatal: the step still explains what it has.
import { glob } from 'tinyglobby';
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
    const files = (await glob(pattern, { dot: true, onlyFiles: true, expandDirectories: false })).sort();
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
