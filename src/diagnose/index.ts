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
