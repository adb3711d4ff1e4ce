// The built-in catalog as data: schema-valid, every seed row covered by exactly one entry, every
// article linked, no code claimed twice without a rule, every regex compiles and is ReDoS-safe.
import { Ajv } from 'ajv';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import safeRegex from 'safe-regex2';
import { parse } from 'yaml';
import schema from '../../catalog/schema.json' with { type: 'json' };
import { builtinCatalogData } from '../../src/diagnose/catalog.js';
import { entryRegexes } from '../../src/diagnose/catalog-file.js';
import type { CatalogEntry } from '../../src/diagnose/catalog-types.js';
import { fixture, repoRoot } from '../helpers.js';

const data = builtinCatalogData();
const entries = data.entries;

/** The "Error code" cell of every row of the seed table (tables with a header and a --- line). */
function seedTableRows(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| ---') && !line.startsWith('| **'))
    .map((line) => line.split('|')[1]!.trim())
    .filter((cell) => cell.length > 0);
}

const seedRows = seedTableRows(fixture('aks-error-codes.md'));
const rowUrls = new Map<string, string>(
  (JSON.parse(fixture('seed-row-urls.json')) as { rows: { row: string; url: string }[] }).rows.map((r) => [
    r.row,
    r.url,
  ]),
);

describe('built-in catalog', () => {
  test('the seed table has 71 rows and the fixture knows each row', () => {
    expect(seedRows).toHaveLength(71);
    for (const row of seedRows) expect(rowUrls.has(row)).toBe(true);
  });

  test('catalog.json is exactly the compiled YAML entries', () => {
    const dir = join(repoRoot, 'catalog', 'entries');
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files).toHaveLength(entries.length);
    for (const file of files) {
      const yamlEntry = parse(readFileSync(join(dir, file), 'utf8')) as CatalogEntry & { $schema?: string };
      delete yamlEntry.$schema;
      expect(entries.find((e) => e.id === yamlEntry.id)).toEqual(yamlEntry);
    }
  });

  test('every entry is valid against catalog/schema.json', () => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    for (const entry of entries) {
      const ok = validate(entry);
      expect({ id: entry.id, errors: ok ? null : validate.errors }).toEqual({ id: entry.id, errors: null });
    }
  });

  test('ids are unique', () => {
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  });

  test('every seed row is covered by exactly one entry, and nothing else is claimed as a seed row', () => {
    const claimed = entries.flatMap((e) => (e.seedRows ?? []).map((row) => ({ row, id: e.id })));
    for (const row of seedRows) {
      expect({ row, by: claimed.filter((c) => c.row === row).map((c) => c.id).length }).toEqual({
        row,
        by: 1,
      });
    }
    for (const { row } of claimed) expect(seedRows).toContain(row);
  });

  test("each seed row's article is among the docs of the entry covering it", () => {
    for (const entry of entries) {
      const urls = entry.docs.map((d) => d.url);
      for (const row of entry.seedRows ?? [])
        expect({ row, urls }).toEqual({ row, urls: expect.arrayContaining([rowUrls.get(row)]) });
    }
  });

  test('the docs cover all 69 articles the seed links to', () => {
    const linked = new Set(rowUrls.values());
    expect(linked.size).toBe(69);
    const documented = new Set(entries.flatMap((e) => e.docs.map((d) => d.url)));
    for (const url of linked) expect(documented).toContain(url);
  });

  test('every URL is an absolute learn.microsoft.com AKS article', () => {
    for (const url of entries.flatMap((e) => e.docs.map((d) => d.url))) {
      expect(url).toMatch(
        /^https:\/\/learn\.microsoft\.com\/en-us\/(troubleshoot\/azure\/azure-kubernetes|azure\/aks)\//,
      );
    }
  });

  test('the default article of every entry is the last one, without a condition', () => {
    for (const entry of entries) expect(entry.docs.at(-1)!.when).toBeUndefined();
  });

  test('no code is claimed by two entries without a rule that tells them apart', () => {
    const unconditional = new Map<string, string[]>();
    const conditions = new Map<string, string[]>();
    for (const entry of entries) {
      for (const claim of entry.codes ?? []) {
        const code = (typeof claim === 'string' ? claim : claim.code).toLowerCase();
        if (typeof claim === 'string')
          unconditional.set(code, [...(unconditional.get(code) ?? []), entry.id]);
        else conditions.set(code, [...(conditions.get(code) ?? []), JSON.stringify(claim.when)]);
      }
    }
    // At most one entry owns a code outright; the others need a condition, and no two the same one.
    for (const [code, owners] of unconditional)
      expect({ code, owners: owners.length }).toEqual({ code, owners: 1 });
    for (const [code, whens] of conditions)
      expect({ code, distinct: new Set(whens).size }).toEqual({ code, distinct: whens.length });
  });

  test('wrapper codes are never claimed: alone they diagnose nothing', () => {
    const generic = new Set(data.genericCodes.map((c) => c.toLowerCase()));
    for (const entry of entries) {
      for (const claim of entry.codes ?? []) {
        const code = typeof claim === 'string' ? claim : claim.code;
        expect({ id: entry.id, code, generic: generic.has(code.toLowerCase()) }).toEqual({
          id: entry.id,
          code,
          generic: false,
        });
      }
    }
  });

  test('the row names that are not real codes are not claimed as codes', () => {
    const codes = new Set(
      entries.flatMap((e) => (e.codes ?? []).map((c) => (typeof c === 'string' ? c : c.code))),
    );
    // AKSCapacityError was thought to be a row name only, but real output carries it (Azure/AKS#4113).
    for (const fake of ['OperationIsNotAllowed']) {
      expect(codes.has(fake)).toBe(false);
    }
    expect(codes.has('AKSCapacityError')).toBe(true);
    for (const real of [
      'OperationNotAllowed',
      'AksCapacityHeavyUsage',
      'VMExtensionProvisioningTimeout',
      'ErrCode_InsufficientVCPUQuota',
    ]) {
      expect(codes.has(real)).toBe(true);
    }
  });

  test('exit codes are tied to the right OS table (5, 41, 50, 65 differ on Windows)', () => {
    const exits = entries.flatMap((e) => (e.exitCodes ?? []).map((x) => ({ ...x, id: e.id })));
    const find = (code: number, os: string) =>
      exits.filter((x) => x.code === code && x.os === os).map((x) => x.id);
    expect(find(50, 'linux')).toEqual(['outbound-conn-fail']);
    expect(find(51, 'linux')).toEqual(['k8s-api-server-conn-fail']);
    expect(find(52, 'linux')).toEqual(['k8s-api-server-dns-lookup-fail']);
    expect(find(41, 'linux')).toEqual(['cni-download-timeout']);
    expect(find(65, 'linux')).toEqual(['vhd-file-not-found']);
    expect(find(5, 'windows')).toEqual(['windows-cse-check-api-server-connectivity']);
    expect(find(5, 'linux')).toEqual([]);
    expect(find(50, 'windows')).toEqual([]);
    expect(find(65, 'windows')).toEqual([]);
  });

  test('every regex compiles and is ReDoS-safe', () => {
    for (const entry of entries) {
      for (const source of entryRegexes(entry)) {
        expect(() => new RegExp(source, 'i')).not.toThrow();
        expect({ id: entry.id, source, safe: safeRegex(source) }).toEqual({
          id: entry.id,
          source,
          safe: true,
        });
      }
    }
  });

  test('every entry can be found: it has a code, an exit code or a pattern', () => {
    for (const entry of entries) {
      const ways =
        (entry.codes?.length ?? 0) + (entry.exitCodes?.length ?? 0) + (entry.patterns?.length ?? 0);
      expect({ id: entry.id, ways: ways > 0 }).toEqual({ id: entry.id, ways: true });
    }
  });
});
