// Extra catalog files (`--catalog FILE`, the action's `catalog` input): YAML or JSON holding one
// entry, a list of entries, or `{ entries: [...] }`. Each entry is validated against the same schema
// as the built-in catalog; a bad file is rejected with the entry and field at fault.
import { readFile } from 'node:fs/promises';
import schema from '../../catalog/schema.json' with { type: 'json' };
import type { CatalogEntry } from './catalog-types.js';

export class CatalogFileError extends Error {}

/** Every regex an entry carries: its patterns and the message conditions of its codes and docs. */
export function entryRegexes(entry: CatalogEntry): string[] {
  return [
    ...(entry.patterns ?? []),
    ...(entry.codes ?? []).flatMap((c) => (typeof c === 'object' ? (c.when.message ?? []) : [])),
    ...entry.docs.flatMap((d) => d.when?.message ?? []),
  ];
}

export async function loadCatalogFile(path: string): Promise<CatalogEntry[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new CatalogFileError(
      `cannot read catalog file ${path}: ${(err as NodeJS.ErrnoException).code ?? err}`,
    );
  }
  return parseCatalogText(text, path);
}

export async function parseCatalogText(text: string, name: string): Promise<CatalogEntry[]> {
  // Loaded only when an extra catalog is given: the common path starts without a YAML parser or
  // schema compiler.
  const [yaml, ajv, safeRegexModule] = await Promise.all([
    import('yaml'),
    import('ajv'),
    import('safe-regex2'),
  ]);
  // ajv and safe-regex2 are CommonJS: under Node's ESM loader their exports sit on the namespace,
  // in the bundle's interop they sit on `default`. Take whichever is there.
  const parse = yaml.parse;
  const Ajv = ajv.Ajv ?? (ajv.default as unknown as { Ajv: typeof ajv.Ajv }).Ajv;
  const safeRegex = (safeRegexModule.default ?? safeRegexModule) as unknown as (source: string) => boolean;
  let data: unknown;
  try {
    data = parse(text);
  } catch (err) {
    throw new CatalogFileError(
      `catalog file ${name}: not valid YAML or JSON: ${(err as Error).message.split('\n')[0]}`,
    );
  }
  const list: unknown[] = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { entries?: unknown }).entries)
      ? (data as { entries: unknown[] }).entries
      : [data];
  const validate = new Ajv({ allErrors: false, strict: false }).compile(schema);
  const entries: CatalogEntry[] = [];
  list.forEach((item, index) => {
    const label = `catalog file ${name}: entry ${
      item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
        ? `'${(item as { id: string }).id}'`
        : `#${index + 1}`
    }`;
    if (!validate(item)) {
      const e = validate.errors?.[0];
      const field = e?.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(entry)';
      throw new CatalogFileError(`${label}: ${field} ${e?.message ?? 'is invalid'}`);
    }
    const entry = item as unknown as CatalogEntry;
    for (const source of entryRegexes(entry)) {
      try {
        new RegExp(source, 'i');
      } catch (err) {
        throw new CatalogFileError(
          `${label}: regex ${JSON.stringify(source)} does not compile: ${(err as Error).message}`,
        );
      }
      if (!safeRegex(source)) {
        throw new CatalogFileError(
          `${label}: regex ${JSON.stringify(source)} may backtrack catastrophically`,
        );
      }
    }
    entries.push(entry);
  });
  return entries;
}
