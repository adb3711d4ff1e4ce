import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import {
  describeCommentFailure,
  FORK_SAFE_LINK,
  GitHubCommentError,
  MissingTokenError,
  scrubTokens,
} from '../../src/github/errors.js';
import { upsertStickyComment, type StickyCommentRequest } from '../../src/github/sticky-comment.js';
import { startStandInGitHub, type StandInGitHub } from './stand-in-server.js';

// Token-shaped, so a leak would be visible (and scrubbed).
const TOKEN = `ghs_${'A1b2C3d4E5'.repeat(4)}`;
let server: StandInGitHub;
let client: GitHubClient;

beforeEach(async () => {
  server = await startStandInGitHub();
  client = await createGitHubClient(TOKEN, { apiUrl: server.url, retryBaseMs: 1, minWriteIntervalMs: 0 });
});

afterEach(() => server.close());

const request: StickyCommentRequest = {
  owner: 'octo-org',
  repo: 'octo-repo',
  issueNumber: 12,
  key: 'ci/deploy',
  codes: ['QuotaExceeded'],
  mode: 'auto',
  render: () => 'Found: QuotaExceeded',
};

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (err: unknown) => err,
  );
}

function describeOnce(err: unknown): string {
  const described = describeCommentFailure(err);
  expect(described.level).toBe('warning');
  expect(described.message).not.toContain(TOKEN);
  expect(described.message).not.toContain('\n');
  return described.message;
}

test('403 "Resource not accessible by integration" explains forks and the permission', async () => {
  server.failNext({ method: 'POST', path: /\/comments$/ }, [
    { status: 403, body: { message: 'Resource not accessible by integration' } },
  ]);
  const message = describeOnce(await failureOf(upsertStickyComment(client, request)));
  expect(message).toBe(
    'Could not comment on octo-org/octo-repo#12: the token cannot write to this pull request ' +
      '(403 Resource not accessible by integration). This is typical for pull requests from forks, ' +
      'whose GITHUB_TOKEN is read-only. Give the job `permissions: pull-requests: write`, or for forks ' +
      `use the fork-safe recipe in ${FORK_SAFE_LINK}.`,
  );
});

test('a raw Octokit 403 (not wrapped) gets the same advice, naming the repository from the URL', async () => {
  server.failNext({ method: 'POST', path: /\/comments$/ }, [
    { status: 403, body: { message: 'Resource not accessible by integration' } },
  ]);
  const err = await failureOf(
    client.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 1, body: 'x' }),
  );
  const message = describeOnce(err);
  expect(message).toMatch(/^Could not comment on o\/r: the token cannot write/);
  expect(message).toContain(FORK_SAFE_LINK);
});

test('a 403 for another reason is not mistaken for the fork case', () => {
  const err = Object.assign(new Error('Must have admin rights to Repository.'), { status: 403 });
  expect(describeOnce(err)).toBe(
    'Could not comment on the pull request: 403 Must have admin rights to Repository.',
  );
});

test('404 from GraphQL (NOT_FOUND) names the repository and pull request', async () => {
  server.failNext({ path: /^\/graphql$/ }, [
    {
      status: 200,
      body: {
        data: { viewer: { login: server.viewer }, repository: { pullRequest: null } },
        errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a PullRequest with the number of 12.' }],
      },
    },
  ]);
  const message = describeOnce(await failureOf(upsertStickyComment(client, request)));
  expect(message).toMatch(/^Could not comment on octo-org\/octo-repo#12: not found \(404\)/);
  expect(message).toContain('pull request #12 exists in octo-org/octo-repo');
});

test('404 from REST is described the same way', async () => {
  const err = await failureOf(
    client.rest.issues.updateComment({ owner: 'o', repo: 'r', comment_id: 424242, body: 'x' }),
  );
  expect(describeOnce(err)).toMatch(/not found \(404\)\. Check that the pull request exists in o\/r/);
});

test('401 bad credentials and a missing token are warnings about the token', async () => {
  server.failNext({}, [{ status: 401, body: { message: 'Bad credentials' } }]);
  const message = describeOnce(await failureOf(upsertStickyComment(client, request)));
  expect(message).toBe(
    'Could not comment on octo-org/octo-repo#12: the token was rejected (401 Bad credentials). ' +
      'Check the github-token input.',
  );
  const missing = await failureOf(createGitHubClient('  '));
  expect(missing).toBeInstanceOf(MissingTokenError);
  expect(describeOnce(missing)).toMatch(/no GitHub token\. Set the github-token input/);
});

test('422 body too long (the stand-in enforces the real limit) is named as such', async () => {
  const err = await failureOf(
    client.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 1, body: 'z'.repeat(65_537) }),
  );
  expect(describeOnce(err)).toBe(
    'Could not comment on o/r: GitHub rejected the body as too long ' +
      '(422 Validation Failed: body is too long (maximum is 65536 characters)).',
  );
});

test('anything else carries its status and message, without the token', async () => {
  server.failNext({ method: 'POST', path: /\/comments$/ }, [
    { status: 418, body: { message: `teapot refused token ${TOKEN} and ghp_${'x'.repeat(36)}` } },
  ]);
  const err = await failureOf(upsertStickyComment(client, request));
  expect(err).toBeInstanceOf(GitHubCommentError);
  expect((err as GitHubCommentError).status).toBe(418);
  expect(server.requests.filter((r) => r.method === 'POST' && r.path !== '/graphql')).toHaveLength(1);
  expect(describeOnce(err)).toBe(
    'Could not comment on octo-org/octo-repo#12: 418 teapot refused token [REDACTED] and [REDACTED]',
  );
});

test('errors without a status (network, programming) still give one warning line', () => {
  expect(describeOnce(new TypeError('fetch failed\n  at x'))).toBe(
    'Could not comment on the pull request: error fetch failed at x',
  );
  expect(describeOnce('plain string')).toBe('Could not comment on the pull request: error plain string');
});

test('scrubTokens removes every GitHub token shape', () => {
  const shapes = [
    `ghp_${'a'.repeat(36)}`,
    `gho_${'b'.repeat(36)}`,
    `github_pat_${'c'.repeat(60)}`,
    `ghs_${'d'.repeat(36)}`,
  ];
  for (const token of shapes) expect(scrubTokens(`x ${token} y`)).toBe('x [REDACTED] y');
  expect(scrubTokens('Authorization: bearer abcdefghijklmnopqrstuvwxyz')).toBe(
    'Authorization: bearer [REDACTED]',
  );
});
