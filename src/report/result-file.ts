// Saving a result for a later run to publish, and reading it back. A result file comes from a
// pull request's run, possibly a fork's, and is published by a run holding a write token, so it is
// untrusted: it is validated against a strict schema, checked to belong to this repository, its
// catalog text is taken again from this run's catalog (an entry it does not know is refused), and what
// remains is redacted.
import { readFile, writeFile } from 'node:fs/promises';
import type { Catalog } from '../diagnose/catalog.js';
import { escapeInline } from './markdown.js';
import { redactResult, type RedactOptions } from './redact.js';
import type { Diagnosis, Result } from './result.js';
import { resultSchema } from './result-schema.js';

const MAX_FILE_BYTES = 5 * 1024 * 1024;

export class ResultFileError extends Error {}

export async function saveResult(path: string, result: Result): Promise<void> {
  await writeFile(path, `${JSON.stringify(result, null, 2)}\n`, 'utf8');
}

/**
 * Catalog text (title, cause, steps, commands, article) comes from this run's catalog, never from the
 * file. An entry this run does not know is refused: its text and links would be the file's own, and
 * the file may come from a fork.
 */
function rehydrate(d: Diagnosis, catalog: Catalog, path: string): Diagnosis {
  const entry = catalog.entries.find((e) => e.id === d.id);
  if (!entry) {
    throw new ResultFileError(
      `result-file ${path} names catalog entry '${escapeInline(d.id)}', which this run's catalog does not have; publish with the same catalog input as the run that saved it`,
    );
  }
  const doc = entry.docs.find((x) => x.url === d.url) ?? entry.docs[entry.docs.length - 1]!;
  return {
    ...d,
    title: entry.title,
    summary: entry.summary,
    cause: entry.cause,
    mitigation: entry.mitigation,
    url: doc.url,
    docsTitle: doc.title,
    category: entry.category,
    retryable: entry.retryable,
  };
}

export async function loadResultFile(
  path: string,
  catalog: Catalog,
  repository: string | undefined,
  redaction: RedactOptions,
): Promise<Result> {
  let text: string;
  try {
    const buffer = await readFile(path);
    if (buffer.length > MAX_FILE_BYTES) throw new ResultFileError(`result-file ${path} is larger than 5 MiB`);
    text = buffer.toString('utf8');
  } catch (err) {
    if (err instanceof ResultFileError) throw err;
    throw new ResultFileError(
      `cannot read result-file ${path}: ${(err as NodeJS.ErrnoException).code ?? err}`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ResultFileError(`result-file ${path} is not JSON: ${(err as Error).message}`);
  }
  const ajv = await import('ajv');
  const Ajv = ajv.Ajv ?? (ajv.default as unknown as { Ajv: typeof ajv.Ajv }).Ajv;
  const validate = new Ajv({ allErrors: false, strict: false }).compile(resultSchema);
  if (!validate(data)) {
    const e = validate.errors?.[0];
    throw new ResultFileError(
      `result-file ${path} is not an aks-triage result: ${e?.instancePath || '/'} ${e?.message ?? 'is invalid'}`,
    );
  }
  const result = data as unknown as Result;
  const from = result.origin?.repository;
  if (repository && from && from.toLowerCase() !== repository.toLowerCase()) {
    throw new ResultFileError(`result-file ${path} belongs to ${from}, not to ${repository}`);
  }
  const found = result.diagnoses.length > 0;
  if (result.found !== found)
    throw new ResultFileError(`result-file ${path}: 'found' contradicts its diagnoses`);
  return redactResult(
    { ...result, diagnoses: result.diagnoses.map((d) => rehydrate(d, catalog, path)) },
    redaction,
  );
}
