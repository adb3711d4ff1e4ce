// The diagnose stage: scan the log once, then rank what was found against the catalog.
import type { Result } from '../report/result.js';
import type { Catalog } from './catalog.js';
import { resolve } from './resolve.js';
import { scan, type LogSource, type ScanOptions } from './scan.js';

export type { LogSource } from './scan.js';
export { Catalog, builtinCatalogData, mergeCatalogs } from './catalog.js';

export async function diagnose(
  sources: LogSource[],
  catalog: Catalog,
  options: ScanOptions = {},
): Promise<Result> {
  return resolve(await scan(sources, catalog, options), catalog);
}

/**
 * The result, and the log text around its findings: where a secret may sit labelled (`az login -p X`
 * two lines above an error) that the result repeats bare. Redaction learns from it; it is never shown.
 */
export async function diagnoseWithContext(
  sources: LogSource[],
  catalog: Catalog,
  options: ScanOptions = {},
): Promise<{ result: Result; context: string[] }> {
  const scanned = await scan(sources, catalog, options);
  return { result: resolve(scanned, catalog), context: scanned.findings.map((f) => f.context) };
}
