// Shared test helpers: run the engine on a string, load fixtures.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Catalog, builtinCatalogData, diagnose } from '../src/diagnose/index.js';
import { textSource } from '../src/input/read-lines.js';
import type { Result } from '../src/report/result.js';

export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

export function fixture(name: string): string {
  return readFileSync(join(fixturesDir, name), 'utf8');
}

export const builtinCatalog = new Catalog(builtinCatalogData());

export function explain(text: string, catalog: Catalog = builtinCatalog): Promise<Result> {
  return diagnose([{ lines: textSource(text) }], catalog);
}

export async function ids(text: string): Promise<string[]> {
  return (await explain(text)).diagnoses.map((d) => d.id);
}
