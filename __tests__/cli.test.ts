// The CLI contract: formats, exit codes (0 ran, 1 with --fail-on-found, 2 usage/input error with
// one line on stderr), extra catalogs validated with the entry and field at fault.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { runCli } from '../src/cli-run.js';
import { repoRoot } from './helpers.js';

async function cli(args: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdin: Readable.from([Buffer.from(stdin)]),
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env: {},
  });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'aks-triage-cli-'));
const file = (name: string, text: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const quotaLog =
  'ERROR: (QuotaExceeded) Operation could not be completed as it results in exceeding approved Total Regional Cores quota.';

describe('explain', () => {
  test('text output names the cause and the article; exit 0', async () => {
    const r = await cli(['explain', file('q.log', quotaLog)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('QuotaExceeded');
    expect(r.stdout).toContain('https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/');
    expect(r.stdout).not.toContain('\x1b['); // not a TTY: no colour
  });

  test('json output follows the contract', async () => {
    const r = await cli(['explain', '-', '--format', 'json'], quotaLog);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ schemaVersion: 1, found: true, unrecognized: [] });
    expect(Object.keys(json.context).sort()).toEqual(['operation', 'os', 'tool']);
    const d = json.diagnoses[0];
    for (const key of [
      'id',
      'code',
      'title',
      'summary',
      'cause',
      'mitigation',
      'url',
      'retryable',
      'confidence',
      'evidence',
      'details',
    ]) {
      expect(d).toHaveProperty(key);
    }
    expect(d.evidence[0]).toEqual({ line: 1, text: expect.stringContaining('QuotaExceeded') });
  });

  test('markdown output is what the summary shows', async () => {
    const r = await cli(['explain', '--format', 'markdown', '-'], quotaLog);
    expect(r.stdout).toMatch(/^## AKS failure explained/);
  });

  test('--fail-on-found exits 1 when found, 0 when not', async () => {
    expect((await cli(['explain', '-', '--fail-on-found'], quotaLog)).code).toBe(1);
    expect((await cli(['explain', '-', '--fail-on-found'], 'all fine')).code).toBe(0);
  });

  test('empty input prints "no AKS error found"', async () => {
    const r = await cli(['explain', file('empty.log', '')]);
    expect(r).toEqual({ code: 0, stdout: 'no AKS error found\n', stderr: '' });
  });

  test('binary input does not crash', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const r = await cli(['explain', file('bin.log', bytes), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).schemaVersion).toBe(1);
  });

  test.each([
    [['explain', join(dir, 'missing.log')], /^aks-triage: no such file: .*missing\.log\n/],
    [['explain', dir], /is a directory/],
    [['explain', '-', '--format', 'yaml'], /--format must be one of text, markdown, json/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [[], /missing command/],
    [['explain', '--bogus'], /Unknown option '--bogus'/],
  ])('usage and input errors exit 2 with one line: %j', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});

describe('extra catalogs', () => {
  const entry = {
    id: 'my-policy',
    title: 'Our platform policy blocked it',
    category: 'policy',
    summary: 'The platform team policy refused the deployment.',
    codes: ['ContosoPolicyDenied'],
    operations: ['create'],
    os: 'any',
    retryable: false,
    cause: 'The Contoso landing-zone policy refuses clusters without the cost-center tag.',
    mitigation: [{ step: 'Add the cost-center tag.' }],
    docs: [
      {
        url: 'https://learn.microsoft.com/en-us/azure/aks/operator-best-practices-cluster-security',
        title: 'Security',
      },
    ],
  };

  test('an extra YAML/JSON catalog adds entries', async () => {
    const path = file('extra.json', JSON.stringify({ entries: [entry] }));
    const r = await cli(
      ['explain', '-', '--catalog', path, '--format', 'json'],
      '(ContosoPolicyDenied) no tag',
    );
    expect(JSON.parse(r.stdout).diagnoses[0].id).toBe('my-policy');
  });

  test('the example team catalog takes over RequestDisallowedByPolicy for its own policy', async () => {
    const log = join(repoRoot, 'examples', 'az-aks-create-policy.log');
    const extra = join(repoRoot, 'examples', 'catalog', 'platform-tags.yaml');
    const idsOf = async (args: string[]) =>
      JSON.parse((await cli(['explain', log, '--format', 'json', ...args])).stdout).diagnoses.map(
        (d: { id: string }) => d.id,
      );
    expect(await idsOf([])).toEqual(['request-disallowed-by-policy']);
    expect(await idsOf(['--catalog', extra])).toEqual(['platform-required-tags']);
  });

  test('a bad entry is rejected with the entry and the field at fault', async () => {
    const path = file('bad.yaml', `- id: my-policy\n  title: ${entry.title}\n  category: nonsense\n`);
    const r = await cli(['explain', '-', '--catalog', path], 'x');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^aks-triage: catalog file .*bad\.yaml: entry 'my-policy': /);
  });

  test('an unsafe regex is rejected', async () => {
    const path = file('redos.json', JSON.stringify([{ ...entry, patterns: ['(a+)+$'] }]));
    const r = await cli(['explain', '-', '--catalog', path], 'x');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/may backtrack catastrophically/);
  });
});

describe('catalog', () => {
  test('json lists every entry; markdown is a table', async () => {
    const json = JSON.parse((await cli(['catalog'])).stdout);
    expect(json.entries.length).toBeGreaterThanOrEqual(50);
    const md = (await cli(['catalog', '--format', 'markdown'])).stdout;
    expect(md).toMatch(/^# aks-triage catalog \(\d+ entries\)/);
    expect(md).toContain('| subnet-is-full |');
  });
});

test('a line cut at 256 KiB is reported, so an error past the cut is not silently missed', async () => {
  const long = `${'x'.repeat(300 * 1024)} ERROR: (SubnetIsFull) full`;
  const text = await cli(['explain', '-'], `${long}\nok\n`);
  expect(text.stdout).toContain('One line was longer than 256 KiB');
  const md = await cli(['explain', '-', '--format', 'markdown'], `${long}\n`);
  expect(md.stdout).toContain('> One line was longer than 256 KiB');
});

test('a quoted glob is expanded; one that matches nothing is a usage error', async () => {
  const glob = `${dir}/glob-*.log`;
  file('glob-a.log', 'ERROR: (SubnetIsFull) Subnet s is full.\n');
  file('glob-b.log', 'fine\n');
  const r = await cli(['explain', glob, '--format', 'json']);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).diagnoses[0].evidence[0].source).toMatch(/glob-a\.log$/);
  const none = await cli(['explain', `${dir}/nothing-*.log`]);
  expect(none.code).toBe(2);
  expect(none.stderr).toContain('no file matches');
});

test('a secret labelled on a log line near the error is removed where the error repeats it bare', async () => {
  const log = [
    '+ az login --service-principal -u 11111111-2222-3333-4444-555555555555 -p pa55Word!xyz99 --tenant t',
    '+ az aks create -g rg -n aks',
    'ERROR: (QuotaExceeded) Operation could not be completed as it results in exceeding approved standardDSv3Family Cores quota. debug: pa55Word!xyz99',
  ].join('\n');
  for (const format of ['json', 'text', 'markdown']) {
    const r = await cli(['explain', '-', '--format', format], log);
    expect(r.stdout).toContain('QuotaExceeded');
    expect(r.stdout).not.toContain('pa55Word');
  }
});
