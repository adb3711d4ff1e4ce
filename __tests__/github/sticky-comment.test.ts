import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { describeCommentFailure, GitHubCommentError } from '../../src/github/errors.js';
import { buildMarker, parseMarker } from '../../src/github/marker.js';
import {
  COMMENT_LIMIT,
  upsertStickyComment,
  type StickyCommentRequest,
} from '../../src/github/sticky-comment.js';
import { SECONDARY_RATE_LIMIT_MESSAGE, startStandInGitHub, type StandInGitHub } from './stand-in-server.js';

const PR = 7;
let server: StandInGitHub;
let client: GitHubClient;
let warnings: string[];
let renderCalls: Array<{ previous: unknown; budget: number }>;

beforeEach(async () => {
  server = await startStandInGitHub();
  warnings = [];
  renderCalls = [];
  const log = { warning: (m: string) => warnings.push(m), info: () => {} };
  client = await createGitHubClient('test-token', {
    apiUrl: server.url,
    retryBaseMs: 5,
    minWriteIntervalMs: 0,
    log,
  });
});

afterEach(() => server.close());

function request(codes: string[], overrides: Partial<StickyCommentRequest> = {}): StickyCommentRequest {
  return {
    owner: 'octo-org',
    repo: 'octo-repo',
    issueNumber: PR,
    key: 'ci/deploy',
    codes,
    mode: 'auto',
    render(previous, budget) {
      renderCalls.push({ previous, budget });
      if (codes.length) return `### AKS operation failed\n\nFound: ${codes.join(', ')}`;
      return `### Resolved\n\nNo longer failing: ${previous?.codes.join(', ') || 'nothing'}`;
    },
    ...overrides,
  };
}

const restWrites = () => server.requests.filter((r) => r.path !== '/graphql' && r.method !== 'GET').length;
const posts = () => server.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'));
const graphqlCalls = () => server.requests.filter((r) => r.path === '/graphql');

/** A comment body as this action writes it, for seeding. */
const ourBody = (key: string, codes: string[]) =>
  `${buildMarker({ key, codes, state: 'failing' })}\nFound: ${codes.join(', ')}`;

test('the first run creates one comment with the marker first', async () => {
  const outcome = await upsertStickyComment(client, request(['QuotaExceeded']));
  const [comment] = server.comments(PR);
  expect(outcome).toEqual({ action: 'created', url: comment!.htmlUrl, id: comment!.id });
  expect(outcome.url).toMatch(/^https:\/\/github\.com\/octo-org\/octo-repo\/pull\/7#issuecomment-\d+$/);
  expect(parseMarker(comment!.body)).toEqual({
    key: 'ci/deploy',
    codes: ['QuotaExceeded'],
    state: 'failing',
  });
  expect(comment!.body.split('\n')[1]).toBe('### AKS operation failed');
  expect(renderCalls).toEqual([
    { previous: undefined, budget: COMMENT_LIMIT - comment!.body.indexOf('\n') - 1 },
  ]);
  expect(posts()).toHaveLength(1);
  expect(server.requests.every((r) => r.headers.authorization === 'token test-token')).toBe(true);
});

test('a second run updates the same comment instead of adding one', async () => {
  const first = await upsertStickyComment(client, request(['QuotaExceeded']));
  const second = await upsertStickyComment(client, request(['SubnetIsFull', 'QuotaExceeded']));
  expect(second).toMatchObject({ action: 'updated', id: first.id, url: first.url });
  expect(server.comments(PR)).toHaveLength(1);
  expect(parseMarker(server.comments(PR)[0]!.body)?.codes).toEqual(['SubnetIsFull', 'QuotaExceeded']);
  expect(renderCalls[1]!.previous).toEqual({ codes: ['QuotaExceeded'], state: 'failing' });
  expect(server.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
});

test('the same codes again leave the comment untouched', async () => {
  const first = await upsertStickyComment(client, request(['QuotaExceeded']));
  const again = await upsertStickyComment(client, request(['QuotaExceeded']));
  expect(again).toEqual({ action: 'unchanged', url: first.url, id: first.id });
  expect(restWrites()).toBe(1);
});

test('nothing found after a failure marks the comment resolved, keeping the fixed codes', async () => {
  const first = await upsertStickyComment(client, request(['QuotaExceeded']));
  const resolved = await upsertStickyComment(client, request([]));
  expect(resolved).toMatchObject({ action: 'resolved', id: first.id });
  const [comment] = server.comments(PR);
  expect(parseMarker(comment!.body)).toEqual({
    key: 'ci/deploy',
    codes: ['QuotaExceeded'],
    state: 'resolved',
  });
  expect(comment!.body).toContain('No longer failing: QuotaExceeded');
});

test('an already resolved comment stays unchanged', async () => {
  await upsertStickyComment(client, request(['QuotaExceeded']));
  await upsertStickyComment(client, request([]));
  const before = restWrites();
  const outcome = await upsertStickyComment(client, request([]));
  expect(outcome.action).toBe('unchanged');
  expect(restWrites()).toBe(before);
  expect(parseMarker(server.comments(PR)[0]!.body)?.state).toBe('resolved');
});

test('nothing found and no earlier comment: auto skips, always creates a resolved comment', async () => {
  expect(await upsertStickyComment(client, request([]))).toEqual({ action: 'skipped' });
  expect(posts()).toHaveLength(0);
  const outcome = await upsertStickyComment(client, request([], { mode: 'always' }));
  expect(outcome.action).toBe('created');
  expect(parseMarker(server.comments(PR)[0]!.body)).toMatchObject({ codes: [], state: 'resolved' });
});

test('finds our comment at position 120 of 150 through pagination', async () => {
  server.seedComments(PR, 119);
  const [ours] = server.seedComments(PR, 1, {
    author: server.viewerAuthor,
    authorIsBot: true,
    body: ourBody('ci/deploy', ['QuotaExceeded']),
  });
  server.seedComments(PR, 30);
  const outcome = await upsertStickyComment(client, request(['SubnetIsFull']));
  expect(outcome).toMatchObject({ action: 'updated', id: ours!.id });
  expect(server.comments(PR)).toHaveLength(150);
  expect(graphqlCalls().map((r) => (r.body as { variables: { after: unknown } }).variables.after)).toEqual([
    null,
    expect.any(String),
  ]);
});

test('the last of several matching comments is the one updated', async () => {
  const body = ourBody('ci/deploy', ['QuotaExceeded']);
  const [older] = server.seedComments(PR, 1, { author: server.viewerAuthor, authorIsBot: true, body });
  const [newer] = server.seedComments(PR, 1, { author: server.viewerAuthor, authorIsBot: true, body });
  const outcome = await upsertStickyComment(client, request(['SubnetIsFull']));
  expect(outcome.id).toBe(newer!.id);
  expect(server.comments(PR).find((c) => c.id === older!.id)!.body).toBe(body);
});

test('a minimized earlier comment of ours is ignored', async () => {
  const body = ourBody('ci/deploy', ['QuotaExceeded']);
  const [hidden] = server.seedComments(PR, 1, {
    author: server.viewerAuthor,
    authorIsBot: true,
    body,
    isMinimized: true,
  });
  const outcome = await upsertStickyComment(client, request(['QuotaExceeded']));
  expect(outcome.action).toBe('created');
  expect(outcome.id).not.toBe(hidden!.id);
  expect(server.comments(PR).find((c) => c.id === hidden!.id)!.body).toBe(body);
});

test('a comment with our marker by another author is ignored', async () => {
  const body = ourBody('ci/deploy', ['QuotaExceeded']);
  const [foreign] = server.seedComments(PR, 1, { author: 'mallory', body });
  const outcome = await upsertStickyComment(client, request(['SubnetIsFull']));
  expect(outcome.action).toBe('created');
  expect(server.comments(PR)).toHaveLength(2);
  expect(server.comments(PR).find((c) => c.id === foreign!.id)!.body).toBe(body);
});

test('two keys keep two comments', async () => {
  const linux = await upsertStickyComment(client, request(['QuotaExceeded'], { key: 'ci/deploy linux' }));
  const windows = await upsertStickyComment(client, request(['SubnetIsFull'], { key: 'ci/deploy windows' }));
  expect(linux.action).toBe('created');
  expect(windows.action).toBe('created');
  const updated = await upsertStickyComment(
    client,
    request(['ZonalAllocationFailed'], { key: 'ci/deploy linux' }),
  );
  expect(updated).toMatchObject({ action: 'updated', id: linux.id });
  const keys = server.comments(PR).map((c) => parseMarker(c.body));
  expect(keys).toEqual([
    { key: 'ci/deploy linux', codes: ['ZonalAllocationFailed'], state: 'failing' },
    { key: 'ci/deploy windows', codes: ['SubnetIsFull'], state: 'failing' },
  ]);
});

test('403 on create rejects with an error that reads as the fork warning', async () => {
  server.failNext({ method: 'POST', path: /\/comments$/ }, [
    { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'x' } },
  ]);
  const failure = await upsertStickyComment(client, request(['QuotaExceeded'])).catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(GitHubCommentError);
  const { level, message } = describeCommentFailure(failure);
  expect(level).toBe('warning');
  expect(message).toContain('octo-org/octo-repo#7');
  expect(message).toContain('forks');
  expect(message).toContain('#fork-safe-pull-request-comments');
  expect(message).toContain('pull-requests: write');
  expect(message).not.toContain('test-token');
  expect(posts()).toHaveLength(1);
});

test('one 500 then success: created after exactly 2 POSTs', async () => {
  server.failNext({ method: 'POST', path: /\/comments$/ }, [
    { status: 500, body: { message: 'Server Error' } },
  ]);
  const outcome = await upsertStickyComment(client, request(['QuotaExceeded']));
  expect(outcome.action).toBe('created');
  expect(posts()).toHaveLength(2);
  expect(server.comments(PR)).toHaveLength(1);
});

test('a 5xx that does not go away is retried 3 times, then rejects', async () => {
  const bad = { status: 502, body: { message: 'Bad Gateway' } };
  server.failNext({ method: 'POST', path: /\/comments$/ }, [bad, bad, bad, bad]);
  const failure = await upsertStickyComment(client, request(['QuotaExceeded'])).catch((e: unknown) => e);
  expect(describeCommentFailure(failure).message).toMatch(/502 Bad Gateway/);
  expect(posts()).toHaveLength(4);
});

test('one 429 secondary rate limit with retry-after: 1 is waited out, with a warning', async () => {
  server.failNext({ method: 'POST', path: /\/comments$/ }, [
    { status: 429, headers: { 'retry-after': '1' }, body: { message: SECONDARY_RATE_LIMIT_MESSAGE } },
  ]);
  const outcome = await upsertStickyComment(client, request(['QuotaExceeded']));
  expect(outcome.action).toBe('created');
  expect(posts()).toHaveLength(2);
  expect(warnings).toEqual([expect.stringMatching(/secondary rate limit .*retrying in 1s \(retry 1 of 2\)/)]);
});

test('a 403 secondary rate limit is retried too; a third one gives up', async () => {
  const limited = {
    status: 403,
    headers: { 'retry-after': '1' },
    body: { message: SECONDARY_RATE_LIMIT_MESSAGE },
  };
  server.failNext({ method: 'POST', path: /\/comments$/ }, [limited, limited, limited]);
  const failure = await upsertStickyComment(client, request(['QuotaExceeded'])).catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(GitHubCommentError);
  expect(posts()).toHaveLength(3);
  expect(warnings).toHaveLength(3);
  expect(warnings[2]).toMatch(/giving up after 2 retries/);
});

test('an oversized render is cut to at most 65,536 characters at a line end', async () => {
  const line = 'x'.repeat(99);
  const huge = Array.from({ length: 2000 }, (_, i) => `${i} ${line}`).join('\n');
  const outcome = await upsertStickyComment(client, request(['QuotaExceeded'], { render: () => huge }));
  expect(outcome.action).toBe('created');
  const sent = (posts()[0]!.body as { body: string }).body;
  expect(sent.length).toBeLessThanOrEqual(COMMENT_LIMIT);
  expect(sent.length).toBeGreaterThan(COMMENT_LIMIT - 300);
  expect(sent).toMatch(/\n\d+ x{99}\n\n_The rest was cut/);
  expect(parseMarker(sent)?.codes).toEqual(['QuotaExceeded']);
});

test('a cut inside a code block closes the block', async () => {
  const huge = '```text\n' + 'y'.repeat(80).concat('\n').repeat(1000);
  await upsertStickyComment(client, request(['QuotaExceeded'], { render: () => huge }));
  const sent = (posts()[0]!.body as { body: string }).body;
  expect(sent.length).toBeLessThanOrEqual(COMMENT_LIMIT);
  expect(sent).toMatch(/y\n```\n\n_The rest was cut/);
});
