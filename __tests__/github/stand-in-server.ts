// A stand-in for the parts of the GitHub API the pull-request comment uses, on 127.0.0.1 with a free
// port: the GraphQL comment query, issue-comment REST routes, token check, a record of every request
// and queued failure answers (pull requests: only GET, for a head-SHA check). Unit tests point createGitHubClient at `url`; end-to-end tests pass it to
// the bundled action as GITHUB_API_URL. Shapes follow GitHub's documented responses: GraphQL names the
// GITHUB_TOKEN user `github-actions[bot]` as viewer but `github-actions` as comment author.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON when the body is JSON, else the raw text ('' when empty). */
  body: unknown;
}

export interface StandInComment {
  id: number;
  nodeId: string;
  owner: string;
  repo: string;
  issue: number;
  body: string;
  /** The login GraphQL shows as author (no `[bot]` suffix). */
  author: string;
  authorIsBot: boolean;
  isMinimized: boolean;
  createdAt: string;
  updatedAt: string;
  htmlUrl: string;
}

export interface SeedOptions {
  /** Default: `someone-<n>`, a different user for each comment. */
  author?: string;
  authorIsBot?: boolean;
  body?: string | ((index: number) => string);
  isMinimized?: boolean;
  owner?: string;
  repo?: string;
}

export interface CannedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface StandInGitHub {
  url: string;
  /** GraphQL `viewer.login` of every token. */
  viewer: string;
  /** Author login of the comments created through the API. */
  viewerAuthor: string;
  requests: RecordedRequest[];
  comments(issue: number): StandInComment[];
  seedComments(issue: number, n: number, opts?: SeedOptions): StandInComment[];
  /** Makes GET /repos/:o/:r/pulls/:n answer (404 until set). */
  setPullRequest(number: number, pr: { headSha: string; state?: 'open' | 'closed' }): void;
  /** Answers the next requests that match with these responses, one each, before normal handling. */
  failNext(match: { method?: string; path?: RegExp }, responses: CannedResponse[]): void;
  close(): Promise<void>;
}

export const COMMENT_LIMIT = 65_536;
export const SECONDARY_RATE_LIMIT_MESSAGE =
  'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';

const DOCS = 'https://docs.github.com/rest';

export async function startStandInGitHub(opts: { viewer?: string } = {}): Promise<StandInGitHub> {
  const viewer = opts.viewer ?? 'github-actions[bot]';
  const viewerIsBot = /\[bot\]$/.test(viewer);
  const viewerAuthor = viewer.replace(/\[bot\]$/, '');
  const requests: RecordedRequest[] = [];
  const store: StandInComment[] = [];
  const pulls = new Map<number, { headSha: string; state: 'open' | 'closed' }>();
  const failures: Array<{ method?: string; path?: RegExp; responses: CannedResponse[] }> = [];
  let nextId = 1000;
  let baseUrl = '';

  function addComment(fields: Omit<StandInComment, 'id' | 'nodeId' | 'createdAt' | 'updatedAt' | 'htmlUrl'>) {
    const id = nextId++;
    const createdAt = new Date(Date.UTC(2026, 0, 1) + id * 1000).toISOString();
    const comment: StandInComment = {
      ...fields,
      id,
      nodeId: `IC_kwDOstandin${id}`,
      createdAt,
      updatedAt: createdAt,
      htmlUrl: `https://github.com/${fields.owner}/${fields.repo}/pull/${fields.issue}#issuecomment-${id}`,
    };
    store.push(comment);
    return comment;
  }

  function restComment(c: StandInComment) {
    return {
      id: c.id,
      node_id: c.nodeId,
      url: `${baseUrl}/repos/${c.owner}/${c.repo}/issues/comments/${c.id}`,
      html_url: c.htmlUrl,
      issue_url: `${baseUrl}/repos/${c.owner}/${c.repo}/issues/${c.issue}`,
      body: c.body,
      user: { login: c.authorIsBot ? `${c.author}[bot]` : c.author, type: c.authorIsBot ? 'Bot' : 'User' },
      created_at: c.createdAt,
      updated_at: c.updatedAt,
      author_association: 'NONE',
    };
  }

  const commentsOf = (issue: number) => store.filter((c) => c.issue === issue);

  function graphql(body: unknown): CannedResponse {
    const { query, variables } = (body ?? {}) as { query?: string; variables?: Record<string, unknown> };
    if (typeof query !== 'string') return { status: 400, body: { message: 'Problems parsing JSON' } };
    if (!/pullRequest\s*\(/.test(query) || !/comments\s*\(/.test(query)) {
      return { status: 200, body: { errors: [{ message: 'stand-in GitHub: unsupported query' }] } };
    }
    const all = commentsOf(Number(variables?.number));
    const first = Math.min(Number(/comments\s*\(\s*first\s*:\s*(\d+)/.exec(query)?.[1] ?? 100), 100);
    const after = typeof variables?.after === 'string' ? variables.after : undefined;
    const start = after
      ? Number(Buffer.from(after, 'base64').toString('utf8').replace('cursor:', '')) + 1
      : 0;
    const page = all.slice(start, start + first);
    const cursor = (index: number) => Buffer.from(`cursor:${index}`).toString('base64');
    const nodes = page.map((c) => ({
      id: c.nodeId,
      databaseId: c.id,
      url: c.htmlUrl,
      body: c.body,
      isMinimized: c.isMinimized,
      author: { login: c.author },
    }));
    const pageInfo = {
      hasNextPage: start + page.length < all.length,
      endCursor: page.length ? cursor(start + page.length - 1) : null,
    };
    return {
      status: 200,
      body: {
        data: { viewer: { login: viewer }, repository: { pullRequest: { comments: { nodes, pageInfo } } } },
      },
    };
  }

  function invalidBody(body: unknown): CannedResponse | undefined {
    const text = (body as { body?: unknown } | undefined)?.body;
    if (typeof text !== 'string') {
      return {
        status: 422,
        body: { message: 'Invalid request.\n\n"body" wasn\'t supplied.', documentation_url: DOCS },
      };
    }
    if ([...text].length > COMMENT_LIMIT) {
      return {
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [
            {
              resource: 'IssueComment',
              code: 'custom',
              field: 'body',
              message: `body is too long (maximum is ${COMMENT_LIMIT} characters)`,
            },
          ],
          documentation_url: DOCS,
        },
      };
    }
    return undefined;
  }

  function rest(req: RecordedRequest): CannedResponse {
    const pull = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(req.path);
    const known = pull && req.method === 'GET' ? pulls.get(Number(pull[3])) : undefined;
    if (pull && known) {
      const [, owner, repo, number] = pull;
      const html_url = `https://github.com/${owner}/${repo}/pull/${number}`;
      return {
        status: 200,
        body: { number: Number(number), state: known.state, html_url, head: { sha: known.headSha } },
      };
    }
    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(req.path);
    const single = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(req.path);
    if (list && req.method === 'GET') {
      const [, owner, repo, issue] = list;
      const all = commentsOf(Number(issue));
      const perPage = Math.min(Math.max(Number(req.query.per_page ?? 30) || 30, 1), 100);
      const page = Math.max(Number(req.query.page ?? 1) || 1, 1);
      const last = Math.max(Math.ceil(all.length / perPage), 1);
      const link = (p: number, rel: string) =>
        `<${baseUrl}/repos/${owner}/${repo}/issues/${issue}/comments?per_page=${perPage}&page=${p}>; rel="${rel}"`;
      const links = [
        ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
        ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : []),
      ];
      return {
        status: 200,
        headers: links.length ? { link: links.join(', ') } : {},
        body: all.slice((page - 1) * perPage, page * perPage).map(restComment),
      };
    }
    if (list && req.method === 'POST') {
      const [, owner, repo, issue] = list;
      const invalid = invalidBody(req.body);
      if (invalid) return invalid;
      const comment = addComment({
        owner: owner!,
        repo: repo!,
        issue: Number(issue),
        body: (req.body as { body: string }).body,
        author: viewerAuthor,
        authorIsBot: viewerIsBot,
        isMinimized: false,
      });
      return { status: 201, body: restComment(comment) };
    }
    if (single) {
      const comment = store.find((c) => c.id === Number(single[3]));
      if (!comment) return { status: 404, body: { message: 'Not Found', documentation_url: DOCS } };
      if (req.method === 'GET') return { status: 200, body: restComment(comment) };
      if (req.method === 'PATCH') {
        const invalid = invalidBody(req.body);
        if (invalid) return invalid;
        comment.body = (req.body as { body: string }).body;
        comment.updatedAt = new Date().toISOString();
        return { status: 200, body: restComment(comment) };
      }
      if (req.method === 'DELETE') {
        store.splice(store.indexOf(comment), 1);
        return { status: 204 };
      }
    }
    return { status: 404, body: { message: 'Not Found', documentation_url: DOCS } };
  }

  function takeFailure(req: RecordedRequest): CannedResponse | undefined {
    const entry = failures.find(
      (f) =>
        f.responses.length > 0 &&
        (!f.method || f.method.toUpperCase() === req.method) &&
        (!f.path || f.path.test(req.path)),
    );
    return entry?.responses.shift();
  }

  async function handle(message: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of message) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : '';
    } catch {
      // not JSON: keep the text
    }
    const url = new URL(message.url ?? '/', 'http://stand-in');
    const req: RecordedRequest = {
      method: (message.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: message.headers,
      body,
    };
    requests.push(req);
    let answer = takeFailure(req);
    if (!answer && !message.headers.authorization) {
      answer = { status: 401, body: { message: 'Requires authentication', documentation_url: DOCS } };
    }
    answer ??= req.path === '/graphql' && req.method === 'POST' ? graphql(body) : rest(req);
    const payload = answer.body === undefined ? '' : JSON.stringify(answer.body);
    res.writeHead(answer.status, {
      ...(payload ? { 'content-type': 'application/json; charset=utf-8' } : {}),
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      ...answer.headers,
    });
    res.end(payload);
  }

  const server = createServer((message, res) => {
    handle(message, res).catch((err: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `stand-in GitHub failed: ${String(err)}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl,
    viewer,
    viewerAuthor,
    requests,
    comments: (issue) => commentsOf(issue).map((c) => ({ ...c })),
    seedComments(issue, n, seed = {}) {
      return Array.from({ length: n }, (_, i) => {
        const author = seed.author ?? `someone-${nextId}`;
        return addComment({
          owner: seed.owner ?? 'octo-org',
          repo: seed.repo ?? 'octo-repo',
          issue,
          body:
            typeof seed.body === 'function' ? seed.body(i) : (seed.body ?? `comment ${i + 1} by ${author}`),
          author,
          authorIsBot: seed.authorIsBot ?? false,
          isMinimized: seed.isMinimized ?? false,
        });
      });
    },
    setPullRequest(number, pr) {
      pulls.set(number, { state: 'open', ...pr });
    },
    failNext(match, responses) {
      failures.push({ ...match, responses: [...responses] });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
