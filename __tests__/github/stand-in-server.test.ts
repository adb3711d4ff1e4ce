// The stand-in GitHub's own routes, as other tests (and the end-to-end tests) rely on them.
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { startStandInGitHub, type StandInGitHub } from './stand-in-server.js';

let server: StandInGitHub;
let client: GitHubClient;

beforeEach(async () => {
  server = await startStandInGitHub({ viewer: 'aks-bot' });
  client = await createGitHubClient('test-token', {
    apiUrl: server.url,
    retryBaseMs: 1,
    minWriteIntervalMs: 0,
  });
});

afterEach(() => server.close());

test('requests without an authorization header get 401 and are still recorded', async () => {
  const response = await fetch(`${server.url}/repos/o/r/issues/1/comments`);
  expect(response.status).toBe(401);
  expect(await response.json()).toMatchObject({ message: 'Requires authentication' });
  expect(server.requests).toMatchObject([{ method: 'GET', path: '/repos/o/r/issues/1/comments', body: '' }]);
});

test('REST comments: create, list with Link pagination, get, update, delete', async () => {
  server.seedComments(3, 45);
  const created = await client.rest.issues.createComment({
    owner: 'o',
    repo: 'r',
    issue_number: 3,
    body: 'hi',
  });
  expect(created.data).toMatchObject({ body: 'hi', user: { login: 'aks-bot', type: 'User' } });
  expect(created.data.html_url).toBe(`https://github.com/o/r/pull/3#issuecomment-${created.data.id}`);

  const firstPage = await client.rest.issues.listComments({
    owner: 'o',
    repo: 'r',
    issue_number: 3,
    per_page: 20,
  });
  expect(firstPage.data).toHaveLength(20);
  expect(firstPage.headers.link).toContain('page=2>; rel="next"');
  const all = await client.paginate(client.rest.issues.listComments, {
    owner: 'o',
    repo: 'r',
    issue_number: 3,
  });
  expect(all.map((c) => c.id)).toEqual(server.comments(3).map((c) => c.id));
  expect(all).toHaveLength(46);

  const id = created.data.id;
  await client.rest.issues.updateComment({ owner: 'o', repo: 'r', comment_id: id, body: 'edited' });
  expect((await client.rest.issues.getComment({ owner: 'o', repo: 'r', comment_id: id })).data.body).toBe(
    'edited',
  );
  await client.rest.issues.deleteComment({ owner: 'o', repo: 'r', comment_id: id });
  expect(server.comments(3)).toHaveLength(45);
});

test('GraphQL pages 100 comments at a time with cursors; author logins drop [bot]', async () => {
  const bot = await startStandInGitHub();
  try {
    const botClient = await createGitHubClient('t', { apiUrl: bot.url, minWriteIntervalMs: 0 });
    bot.seedComments(8, 150, { isMinimized: true });
    await botClient.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 8, body: 'mine' });
    const query = `query($owner:String!,$repo:String!,$number:Int!,$after:String){ viewer{login} repository(owner:$owner,name:$repo){ pullRequest(number:$number){ comments(first:100, after:$after){ nodes{ id databaseId url body isMinimized author{login} } pageInfo{ hasNextPage endCursor } } } } }`;
    type Page = {
      viewer: { login: string };
      repository: {
        pullRequest: {
          comments: {
            nodes: Array<{ body: string; isMinimized: boolean; author: { login: string } }>;
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        };
      };
    };
    const vars = { owner: 'o', repo: 'r', number: 8 };
    const first = await botClient.graphql<Page>(query, { ...vars, after: null });
    const { nodes, pageInfo } = first.repository.pullRequest.comments;
    expect(first.viewer.login).toBe('github-actions[bot]');
    expect([nodes.length, pageInfo.hasNextPage, nodes[0]!.isMinimized]).toEqual([100, true, true]);
    const second = await botClient.graphql<Page>(query, { ...vars, after: pageInfo.endCursor });
    const rest = second.repository.pullRequest.comments;
    expect([rest.nodes.length, rest.pageInfo.hasNextPage]).toEqual([51, false]);
    expect(rest.nodes.at(-1)).toMatchObject({ body: 'mine', author: { login: 'github-actions' } });
  } finally {
    await bot.close();
  }
});

test('pull requests answer GET once set, 404 before', async () => {
  const get = () => client.rest.pulls.get({ owner: 'o', repo: 'r', pull_number: 4 });
  await expect(get()).rejects.toMatchObject({ status: 404 });
  server.setPullRequest(4, { headSha: 'c'.repeat(40) });
  expect((await get()).data).toMatchObject({ number: 4, state: 'open', head: { sha: 'c'.repeat(40) } });
});

test('failNext answers matching requests in order, then normal handling resumes', async () => {
  server.failNext({ method: 'GET', path: /\/pulls\// }, [{ status: 500 }, { status: 500 }]);
  server.setPullRequest(4, { headSha: 'c'.repeat(40) });
  const pr = await client.rest.pulls.get({ owner: 'o', repo: 'r', pull_number: 4 });
  expect(pr.status).toBe(200);
  expect(server.requests.map((r) => r.path)).toEqual(Array(3).fill('/repos/o/r/pulls/4'));
});
