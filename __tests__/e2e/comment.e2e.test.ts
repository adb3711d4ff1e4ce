// End to end: the bundled action against a stand-in GitHub on 127.0.0.1. One living comment per PR
// and key: created on the first failure, updated (never duplicated) on the next, turned into a
// resolved note when a later run finds nothing; and faults that must never fail the step.
import { jest } from '@jest/globals';
import { join } from 'node:path';
import { startStandInGitHub, type StandInGitHub } from '../github/stand-in-server.js';
import { repoRoot } from '../helpers.js';
import { runAction } from './action-run.js';

// Each test runs the bundled action one to three times, with real retry waits.
jest.setTimeout(60_000);

const quotaLog = join(repoRoot, 'examples', 'az-aks-create-quota.log');
const subnetLog = join(repoRoot, 'examples', 'az-aks-upgrade-subnet-full.log');
const successLog = join(repoRoot, 'examples', 'az-aks-create-success.log');
const PR = 42;

let github: StandInGitHub;
beforeEach(async () => {
  github = await startStandInGitHub();
});
afterEach(async () => {
  await github.close();
});

function writes(): string[] {
  return github.requests
    .filter((r) => r.method === 'POST' || r.method === 'PATCH')
    .map((r) => `${r.method} ${r.path}`);
}

test('first failure creates one comment; the next run updates it; a passing run resolves it', async () => {
  const first = await runAction({
    inputs: { 'log-file': quotaLog },
    event: 'pull_request',
    apiUrl: github.url,
  });
  expect(first.code).toBe(0);
  let comments = github.comments(PR);
  expect(comments).toHaveLength(1);
  expect(comments[0]!.body).toContain('<!-- aks-triage');
  expect(comments[0]!.body).toMatch(/AKS operation failed: `QuotaExceeded`/);
  expect(first.outputs['comment-url']).toBe(comments[0]!.htmlUrl);
  expect(first.outputs.found).toBe('true');

  const second = await runAction({
    inputs: { 'log-file': subnetLog },
    event: 'pull_request',
    apiUrl: github.url,
  });
  expect(second.code).toBe(0);
  comments = github.comments(PR);
  expect(comments).toHaveLength(1);
  expect(comments[0]!.body).toMatch(/\*\*New:\*\* `SubnetIsFull`/);
  expect(comments[0]!.body).toMatch(/\*\*No longer seen:\*\* `QuotaExceeded`/);

  const third = await runAction({
    inputs: { 'log-file': successLog },
    event: 'pull_request',
    apiUrl: github.url,
  });
  expect(third.code).toBe(0);
  comments = github.comments(PR);
  expect(comments).toHaveLength(1);
  expect(comments[0]!.body).toMatch(/Resolved: the AKS error no longer occurs/);
  expect(comments[0]!.body).toContain('`SubnetIsFull`');
  expect(writes().filter((w) => w.startsWith('POST /repos'))).toHaveLength(1);
});

test('a passing run with no earlier comment posts nothing (comment: auto)', async () => {
  const run = await runAction({
    inputs: { 'log-file': successLog },
    event: 'pull_request',
    apiUrl: github.url,
  });
  expect(run.code).toBe(0);
  expect(github.comments(PR)).toHaveLength(0);
  expect(writes().filter((w) => !w.startsWith('POST /graphql'))).toEqual([]);
  expect(run.outputs['comment-url']).toBe('');
});

test('150 earlier comments: ours is found on the second page and updated', async () => {
  github.seedComments(PR, 119);
  github.seedComments(PR, 1, {
    author: github.viewerAuthor,
    authorIsBot: true,
    body: '<!-- aks-triage:comment key="Deploy AKS/deploy" codes="SubnetIsFull" state="failing" -->\nold body',
  });
  github.seedComments(PR, 30);
  const run = await runAction({
    inputs: { 'log-file': quotaLog },
    event: 'pull_request',
    apiUrl: github.url,
  });
  expect(run.code).toBe(0);
  const comments = github.comments(PR);
  expect(comments).toHaveLength(150);
  const ours = comments.filter((c) => c.body.includes('aks-triage'));
  expect(ours).toHaveLength(1);
  expect(ours[0]!.body).toContain('QuotaExceeded');
  expect(github.requests.filter((r) => r.path === '/graphql').length).toBeGreaterThanOrEqual(2);
});

test('matrix legs with different comment keys keep separate comments', async () => {
  await runAction({
    inputs: { 'log-file': quotaLog, 'comment-key': 'eastus' },
    event: 'pull_request',
    apiUrl: github.url,
  });
  await runAction({
    inputs: { 'log-file': subnetLog, 'comment-key': 'westeurope' },
    event: 'pull_request',
    apiUrl: github.url,
  });
  const bodies = github.comments(PR).map((c) => c.body);
  expect(bodies).toHaveLength(2);
  expect(bodies.some((b) => b.includes('QuotaExceeded'))).toBe(true);
  expect(bodies.some((b) => b.includes('SubnetIsFull'))).toBe(true);
});

test("403 on write (a fork's read-only token) is one warning; summary and outputs are written", async () => {
  github.failNext({ method: 'POST', path: /\/issues\/42\/comments$/ }, [
    { status: 403, body: { message: 'Resource not accessible by integration' } },
  ]);
  const run = await runAction({
    inputs: { 'log-file': quotaLog },
    event: 'pull_request',
    apiUrl: github.url,
  });
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/::warning::.*fork-safe-pull-request-comments/);
  expect(run.stdout.match(/::warning::/g)).toHaveLength(1);
  expect(run.outputs.found).toBe('true');
  expect(run.summary).toContain('QuotaExceeded');
  expect(github.comments(PR)).toHaveLength(0);
});

test('one 500 is retried and then succeeds', async () => {
  github.failNext({ method: 'POST', path: /\/issues\/42\/comments$/ }, [
    { status: 500, body: { message: 'boom' } },
  ]);
  const run = await runAction({
    inputs: { 'log-file': quotaLog },
    event: 'pull_request',
    apiUrl: github.url,
  });
  expect(run.code).toBe(0);
  expect(github.comments(PR)).toHaveLength(1);
  expect(writes().filter((w) => w === `POST /repos/contoso/aks-platform/issues/${PR}/comments`)).toHaveLength(
    2,
  );
});

test('one 429 with retry-after is waited out and then succeeds', async () => {
  github.failNext({ method: 'POST', path: /\/issues\/42\/comments$/ }, [
    {
      status: 429,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit.' },
    },
  ]);
  const started = Date.now();
  const run = await runAction({
    inputs: { 'log-file': quotaLog },
    event: 'pull_request',
    apiUrl: github.url,
  });
  expect(run.code).toBe(0);
  expect(github.comments(PR)).toHaveLength(1);
  expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
});

test('no pull request (a push) posts nothing and talks to no API', async () => {
  const run = await runAction({ inputs: { 'log-file': quotaLog }, event: 'push', apiUrl: github.url });
  expect(run.code).toBe(0);
  expect(github.requests).toHaveLength(0);
  expect(run.outputs.found).toBe('true');
});

test('comment: always posts a note even when nothing was found', async () => {
  const run = await runAction({
    inputs: { 'log-file': successLog, comment: 'always' },
    event: 'pull_request',
    apiUrl: github.url,
  });
  expect(run.code).toBe(0);
  expect(github.comments(PR).map((c) => c.body)).toEqual([expect.stringContaining('No AKS error found')]);
});

test('no token is one warning, never a failed step', async () => {
  const run = await runAction({
    inputs: { 'log-file': quotaLog, 'github-token': '' },
    event: 'pull_request',
    apiUrl: github.url,
  });
  expect(run.code).toBe(0);
  expect(run.stdout.match(/::warning::/g)).toHaveLength(1);
  expect(run.stdout).toMatch(/::warning::.*github-token/);
  expect(github.requests).toHaveLength(0);
  expect(run.outputs.found).toBe('true');
});

test('a pull request that is gone (404) is one warning', async () => {
  github.failNext({ path: /\/graphql$/ }, [{ status: 404, body: { message: 'Not Found' } }]);
  const run = await runAction({
    inputs: { 'log-file': quotaLog },
    event: 'pull_request',
    apiUrl: github.url,
  });
  expect(run.code).toBe(0);
  expect(run.stdout.match(/::warning::/g)).toHaveLength(1);
  expect(run.summary).toContain('QuotaExceeded');
});
