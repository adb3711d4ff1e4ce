// The terminal front end: `aks-triage explain [FILE|-]` and `aks-triage catalog`. Same engine as the
// action, no GitHub toolkit loaded. Exit 0 when it ran, 1 with --fail-on-found when something was
// found, 2 on a usage or input error (one line on stderr).
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import {
  Catalog,
  builtinCatalogData,
  diagnoseWithContext,
  mergeCatalogs,
  type LogSource,
} from './diagnose/index.js';
import { CatalogFileError, loadCatalogFile } from './diagnose/catalog-file.js';
import { fileSource, streamSource } from './input/read-lines.js';
import { GLOB_SYNTAX, globFiles } from './input/sources.js';
import { catalogMarkdown } from './report/catalog-markdown.js';
import { resultMarkdown } from './report/markdown.js';
import { redactFindings } from './report/redact-findings.js';
import { resultText } from './report/text.js';

const USAGE = `usage: aks-triage explain [FILE|-]... [--format text|markdown|json] [--catalog FILE]... [--fail-on-found] [--show-ids]
       aks-triage catalog [--format json|markdown] [--catalog FILE]...

explain   read AKS failure logs (files or quoted globs, or - / nothing for standard input) and explain them
catalog   print the error catalog

Secrets (client secrets, passwords, tokens, keys) are always removed from the output; subscription
and tenant IDs are masked unless --show-ids is given.`;

class UsageError extends Error {}

/** Where the CLI reads and writes; the real process streams, or test doubles. */
export interface CliIo {
  stdin: Readable & { isTTY?: boolean };
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
}

async function sourcesFor(path: string, io: CliIo): Promise<LogSource[]> {
  if (path === '-') return [{ lines: streamSource(io.stdin) }];
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // A quoted glob (or one from a shell that does not expand globs, like cmd.exe) is expanded here.
    if (code === 'ENOENT' && GLOB_SYNTAX.test(path)) {
      const files = await globFiles(path);
      if (files.length === 0) throw new UsageError(`no file matches ${path}`);
      return files.map((file) => ({ name: file, lines: fileSource(file) }));
    }
    throw new UsageError(code === 'ENOENT' ? `no such file: ${path}` : `cannot read ${path}: ${code ?? err}`);
  }
  if (info.isDirectory()) throw new UsageError(`${path} is a directory, not a log file`);
  return [{ name: path, lines: fileSource(path) }];
}

async function loadCatalog(files: string[]): Promise<Catalog> {
  const extras = [];
  for (const file of files) extras.push(...(await loadCatalogFile(file)));
  return new Catalog(mergeCatalogs(builtinCatalogData(), extras));
}

function pick(value: string | undefined, allowed: string[], fallback: string): string {
  if (value === undefined) return fallback;
  if (!allowed.includes(value))
    throw new UsageError(`--format must be one of ${allowed.join(', ')}, not '${value}'`);
  return value;
}

async function run(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f' },
        catalog: { type: 'string', multiple: true },
        'fail-on-found': { type: 'boolean' },
        'show-ids': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const catalog = await loadCatalog(values.catalog ?? []);

  if (command === 'catalog') {
    if (rest.length) throw new UsageError(`catalog takes no file argument`);
    const format = pick(values.format, ['json', 'markdown'], 'json');
    const data = { genericCodes: [...catalog.genericCodes], entries: catalog.entries };
    io.stdout.write(format === 'json' ? `${JSON.stringify(data, null, 2)}\n` : catalogMarkdown(data));
    return 0;
  }
  if (command !== 'explain') {
    throw new UsageError(command ? `unknown command '${command}'` : 'missing command');
  }
  const format = pick(values.format, ['text', 'markdown', 'json'], 'text');
  const paths = rest.length ? rest : ['-'];
  if (paths.filter((p) => p === '-').length > 1)
    throw new UsageError('standard input (-) can be read only once');
  if (paths.includes('-') && io.stdin.isTTY) {
    throw new UsageError('no log given: pass a file, or pipe the log into standard input');
  }
  const sources = (await Promise.all(paths.map((p) => sourcesFor(p, io)))).flat();
  // Secrets never reach the output; subscription and tenant IDs are masked unless asked for.
  const found = await diagnoseWithContext(sources, catalog);
  const result = redactFindings(found.result, { maskIds: !values['show-ids'] }, found.context);
  const output =
    format === 'json'
      ? `${JSON.stringify(result, null, 2)}\n`
      : format === 'markdown'
        ? resultMarkdown(result)
        : resultText(result, { color: Boolean(io.stdout.isTTY) && !io.env.NO_COLOR });
  io.stdout.write(output);
  return values['fail-on-found'] && result.found ? 1 : 0;
}

/** Runs one CLI invocation and returns its exit code; errors become one line on stderr and exit 2. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (err) {
    const known = err instanceof UsageError || err instanceof CatalogFileError;
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`aks-triage: ${known ? message : `unexpected error: ${message}`}\n`);
    if (err instanceof UsageError) io.stderr.write(`${USAGE.split('\n')[0]}\n`);
    return 2;
  }
}
