#!/usr/bin/env node
// Compiles catalog/entries/*.yaml into catalog/catalog.json, the one file the bundle embeds.
// Every entry is validated against catalog/schema.json first, so a bad entry fails the build with
// the file and field at fault. `--check` only verifies that catalog.json is up to date (CI); `--lint` only validates.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Ajv } from 'ajv';
import safeRegex from 'safe-regex2';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entriesDir = join(root, 'catalog', 'entries');
const outFile = join(root, 'catalog', 'catalog.json');
const schema = JSON.parse(readFileSync(join(root, 'catalog', 'schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);

const problems = [];
const entries = [];
for (const file of readdirSync(entriesDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  const where = `catalog/entries/${file}`;
  let entry;
  try {
    entry = parse(readFileSync(join(entriesDir, file), 'utf8'));
  } catch (err) {
    problems.push(`${where}: not valid YAML: ${err.message.split('\n')[0]}`);
    continue;
  }
  if (!validate(entry)) {
    for (const e of validate.errors) problems.push(`${where}: ${e.instancePath || '/'} ${e.message}`);
    continue;
  }
  if (entry.id !== basename(file, '.yaml'))
    problems.push(`${where}: id '${entry.id}' must equal the file name`);
  const regexes = [
    ...(entry.patterns ?? []),
    ...(entry.codes ?? []).flatMap((c) => (typeof c === 'object' ? (c.when.message ?? []) : [])),
    ...entry.docs.flatMap((d) => d.when?.message ?? []),
  ];
  for (const source of regexes) {
    try {
      new RegExp(source, 'i');
    } catch (err) {
      problems.push(`${where}: regex ${JSON.stringify(source)} does not compile: ${err.message}`);
      continue;
    }
    if (!safeRegex(source))
      problems.push(`${where}: regex ${JSON.stringify(source)} may backtrack catastrophically`);
  }
  if (entry.docs.at(-1).when)
    problems.push(`${where}: the last docs item must have no 'when' (it is the default)`);
  delete entry.$schema;
  entries.push(entry);
}

const generic = parse(readFileSync(join(root, 'catalog', 'generic-codes.yaml'), 'utf8'));
if (!Array.isArray(generic?.genericCodes) || !generic.genericCodes.every((c) => typeof c === 'string')) {
  problems.push('catalog/generic-codes.yaml: genericCodes must be a list of strings');
}
if (!Array.isArray(generic?.azureWideCodes) || !generic.azureWideCodes.every((c) => typeof c === 'string')) {
  problems.push('catalog/generic-codes.yaml: azureWideCodes must be a list of strings');
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}

// Each pattern's anchors, computed here so that the action does not parse every pattern at start-up.
// The one implementation lives in src/diagnose/anchors.ts (no imports), loaded as transpiled JS.
const anchorsModule = ts.transpileModule(readFileSync(join(root, 'src', 'diagnose', 'anchors.ts'), 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
}).outputText;
const { patternAnchors } = await import(
  `data:text/javascript;base64,${Buffer.from(anchorsModule).toString('base64')}`
);
const anchors = {};
for (const source of entries.flatMap((e) => e.patterns ?? []))
  anchors[source] = patternAnchors(source) ?? null;

const text =
  JSON.stringify(
    {
      source:
        'Built from catalog/entries/*.yaml by scripts/build-catalog.mjs; do not edit. Content derived from Microsoft Learn AKS troubleshooting articles (CC BY 4.0), see catalog/NOTICE.md.',
      genericCodes: generic.genericCodes,
      azureWideCodes: generic.azureWideCodes,
      entries,
      patternAnchors: anchors,
    },
    null,
    2,
  ) + '\n';

if (process.argv.includes('--lint')) {
  console.log(`${entries.length} entries valid`);
} else if (process.argv.includes('--check')) {
  if (!existsSync(outFile) || readFileSync(outFile, 'utf8') !== text) {
    console.error('catalog/catalog.json is out of date: run `npm run catalog:build` and commit it.');
    process.exit(1);
  }
  console.log(`catalog/catalog.json is up to date (${entries.length} entries).`);
} else {
  writeFileSync(outFile, text);
  console.log(`wrote catalog/catalog.json (${entries.length} entries)`);
}
