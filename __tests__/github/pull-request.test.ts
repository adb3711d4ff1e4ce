import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPullRequest, readEventPayload } from '../../src/github/pull-request.js';

const SHA = 'a'.repeat(40);
const OTHER_SHA = 'b'.repeat(40);
const prPayload = { action: 'synchronize', pull_request: { number: 42, head: { sha: SHA } } };

test.each(['pull_request', 'pull_request_target', 'pull_request_review'])('%s event', (event) => {
  expect(findPullRequest({ GITHUB_EVENT_NAME: event }, prPayload)).toEqual({
    number: 42,
    headSha: SHA,
    source: 'event',
  });
});

test('issue_comment on a pull request, but not on a plain issue', () => {
  const onPr = { issue: { number: 9, pull_request: { url: 'https://api.github.com/repos/o/r/pulls/9' } } };
  expect(findPullRequest({ GITHUB_EVENT_NAME: 'issue_comment' }, onPr)).toEqual({
    number: 9,
    source: 'event',
  });
  expect(findPullRequest({ GITHUB_EVENT_NAME: 'issue_comment' }, { issue: { number: 9 } })).toBeUndefined();
});

test('workflow_run with pull requests, and without (fork heads)', () => {
  const env = { GITHUB_EVENT_NAME: 'workflow_run' };
  const run = { workflow_run: { head_sha: OTHER_SHA, pull_requests: [{ number: 5, head: { sha: SHA } }] } };
  expect(findPullRequest(env, run)).toEqual({ number: 5, headSha: SHA, source: 'event' });
  const noHead = { workflow_run: { head_sha: OTHER_SHA, pull_requests: [{ number: 5 }] } };
  expect(findPullRequest(env, noHead)).toEqual({ number: 5, headSha: OTHER_SHA, source: 'event' });
  expect(findPullRequest(env, { workflow_run: { head_sha: SHA, pull_requests: [] } })).toBeUndefined();
});

test('events about no pull request give none', () => {
  expect(findPullRequest({ GITHUB_EVENT_NAME: 'push' }, { after: SHA })).toBeUndefined();
  expect(findPullRequest({ GITHUB_EVENT_NAME: 'push' }, prPayload)).toBeUndefined();
  expect(findPullRequest({}, {})).toBeUndefined();
});

test('the pr-number input wins; the head SHA is kept only for the same pull request', () => {
  const env = { GITHUB_EVENT_NAME: 'pull_request' };
  expect(findPullRequest(env, prPayload, 42)).toEqual({ number: 42, headSha: SHA, source: 'input' });
  expect(findPullRequest(env, prPayload, 7)).toEqual({ number: 7, source: 'input' });
  expect(findPullRequest({ GITHUB_EVENT_NAME: 'workflow_dispatch' }, {}, 3)).toEqual({
    number: 3,
    source: 'input',
  });
});

test('malformed payload values are ignored, not trusted', () => {
  const env = { GITHUB_EVENT_NAME: 'pull_request' };
  expect(findPullRequest(env, { pull_request: { number: '42' } })).toBeUndefined();
  expect(findPullRequest(env, { pull_request: { number: -1 } })).toBeUndefined();
  expect(findPullRequest(env, { pull_request: { number: 42, head: { sha: 'not-a-sha' } } })).toEqual({
    number: 42,
    source: 'event',
  });
  expect(findPullRequest(env, prPayload, 0)).toEqual({ number: 42, headSha: SHA, source: 'event' });
});

describe('readEventPayload', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'aks-triage-event-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('reads a JSON object', () => {
    const path = join(dir, 'event.json');
    writeFileSync(path, JSON.stringify(prPayload));
    expect(readEventPayload(path)).toEqual({ payload: prPayload });
  });

  test('missing, unreadable or invalid files give {} and a reason', () => {
    expect(readEventPayload(undefined)).toEqual({ payload: {}, reason: 'GITHUB_EVENT_PATH is not set' });
    expect(readEventPayload(join(dir, 'nope.json'))).toEqual({
      payload: {},
      reason: expect.stringMatching(/cannot read event payload .*nope\.json \(ENOENT\)/),
    });
    const invalid = join(dir, 'invalid.json');
    writeFileSync(invalid, '{"pull_request": ');
    expect(readEventPayload(invalid)).toEqual({
      payload: {},
      reason: expect.stringMatching(/not valid JSON/),
    });
    const list = join(dir, 'list.json');
    writeFileSync(list, '[1, 2]');
    expect(readEventPayload(list)).toEqual({
      payload: {},
      reason: expect.stringMatching(/not a JSON object/),
    });
  });
});
