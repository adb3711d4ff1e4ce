// One living comment per pull request and key: created when something is found, rewritten on later
// runs, switched to "resolved" when a later run finds nothing. The earlier comment is found with
// GraphQL because REST cannot tell whether a comment was minimized (hidden as outdated/resolved).
import type { GitHubClient, Logger } from './client.js';
import { GitHubCommentError } from './errors.js';
import { buildMarker, parseMarker, type CommentMarker, type CommentState } from './marker.js';

/** GitHub rejects a longer issue/PR comment body with 422 "Body is too long". */
export const COMMENT_LIMIT = 65_536;
/** 100 comments a page: a pull request with more than 10,000 comments is not searched past that. */
const MAX_PAGES = 100;

export interface StickyCommentRequest {
  owner: string;
  repo: string;
  issueNumber: number;
  key: string;
  /** Primary codes found in this run; [] = nothing found. */
  codes: string[];
  /** 'never' is handled by the caller. */
  mode: 'auto' | 'always';
  /** Renders the body WITHOUT the marker; `previous` = the earlier comment's marker (undefined when none). */
  render(previous: { codes: string[]; state: CommentState } | undefined, budget: number): string;
}

export interface StickyCommentOutcome {
  action: 'created' | 'updated' | 'resolved' | 'unchanged' | 'skipped';
  url?: string;
  id?: number;
}

export interface EarlierComment {
  databaseId: number;
  url: string;
  body: string;
  codes: string[];
  state: CommentState;
}

const FIND_COMMENTS_QUERY = `query($owner:String!,$repo:String!,$number:Int!,$after:String){ viewer{login} repository(owner:$owner,name:$repo){ pullRequest(number:$number){ comments(first:100, after:$after){ nodes{ id databaseId url body isMinimized author{login} } pageInfo{ hasNextPage endCursor } } } } }`;

interface CommentNode {
  id: string;
  databaseId: number | null;
  url: string;
  body: string;
  isMinimized: boolean;
  author: { login: string } | null;
}

interface FindCommentsResponse {
  viewer: { login: string };
  repository: {
    pullRequest: {
      comments: {
        nodes: Array<CommentNode | null> | null;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } | null;
  } | null;
}

const silentLogger: Logger = { warning: () => {}, info: () => {} };

// GraphQL names the GITHUB_TOKEN viewer `github-actions[bot]` but its comments' author `github-actions`.
function sameLogin(a: string, b: string): boolean {
  const plain = (login: string) => login.replace(/\[bot\]$/i, '').toLowerCase();
  return plain(a) === plain(b);
}

/** The last comment by the token's own user that carries our marker with `key` and is not minimized. */
export async function findEarlierComment(
  client: GitHubClient,
  target: { owner: string; repo: string; issueNumber: number; key: string },
): Promise<EarlierComment | undefined> {
  let after: string | null = null;
  let found: EarlierComment | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const data: FindCommentsResponse = await client.graphql<FindCommentsResponse>(FIND_COMMENTS_QUERY, {
      owner: target.owner,
      repo: target.repo,
      number: target.issueNumber,
      after,
    });
    const comments = data.repository?.pullRequest?.comments;
    if (!comments) {
      throw Object.assign(new Error(`pull request #${target.issueNumber} not found`), { status: 404 });
    }
    for (const node of comments.nodes ?? []) {
      if (!node || node.isMinimized || node.databaseId === null || !node.author) continue;
      if (!sameLogin(node.author.login, data.viewer.login)) continue;
      const marker = parseMarker(node.body);
      if (marker?.key !== target.key) continue;
      found = {
        databaseId: node.databaseId,
        url: node.url,
        body: node.body,
        codes: marker.codes,
        state: marker.state,
      };
    }
    const { hasNextPage, endCursor } = comments.pageInfo;
    if (!hasNextPage || !endCursor || endCursor === after) break;
    after = endCursor;
  }
  return found;
}

const CUT_NOTE = '\n\n_The rest was cut: GitHub allows at most 65,536 characters in a comment._';

const MAX_FENCE = 10;

/** The fence of a code block left open at the end of `text`, if any. */
function openFence(text: string): string | undefined {
  let open: string | undefined;
  for (const match of text.matchAll(/^ {0,3}(`{3,}|~{3,})/gm)) {
    const fence = match[1]!.slice(0, MAX_FENCE);
    if (!open) open = fence;
    else if (fence[0] === open[0] && fence.length >= open.length) open = undefined;
  }
  return open;
}

/** Marker line + rendered text, never longer than COMMENT_LIMIT; an overlong render is cut at a line end. */
export function composeBody(
  marker: string,
  render: (budget: number) => string,
  log: Logger = silentLogger,
): string {
  const budget = COMMENT_LIMIT - marker.length - 1;
  if (budget < 1000) throw new Error(`comment key is too long (${marker.length} characters in the marker)`);
  const text = render(budget);
  if (text.length <= budget) return `${marker}\n${text}`;
  log.info(`comment text of ${text.length} characters cut to fit GitHub's ${COMMENT_LIMIT}-character limit`);
  // Room for the note and for closing a code block the cut may leave open.
  const room = budget - CUT_NOTE.length - 1 - MAX_FENCE;
  let cut = text.lastIndexOf('\n', room);
  if (cut <= 0) cut = room;
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut -= 1; // never split a surrogate pair
  let kept = text.slice(0, cut);
  const fence = openFence(kept);
  if (fence) kept += `\n${fence}`;
  return `${marker}\n${kept}${CUT_NOTE}`;
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\r\n/g, '\n').trimEnd();
  return norm(a) === norm(b);
}

export async function upsertStickyComment(
  client: GitHubClient,
  request: StickyCommentRequest,
  log: Logger = silentLogger,
): Promise<StickyCommentOutcome> {
  const { owner, repo, issueNumber, key } = request;
  try {
    const earlier = await findEarlierComment(client, { owner, repo, issueNumber, key });
    const previous = earlier ? { codes: earlier.codes, state: earlier.state } : undefined;

    let marker: CommentMarker;
    if (request.codes.length > 0) {
      marker = { key, codes: [...new Set(request.codes)], state: 'failing' };
    } else if (earlier) {
      // Keep the codes that were failing, so the resolved comment can say what was fixed.
      marker = { key, codes: earlier.codes, state: 'resolved' };
    } else if (request.mode === 'always') {
      marker = { key, codes: [], state: 'resolved' };
    } else {
      return { action: 'skipped' };
    }

    const body = composeBody(buildMarker(marker), (budget) => request.render(previous, budget), log);
    if (earlier) {
      if (sameText(earlier.body, body)) {
        return { action: 'unchanged', url: earlier.url, id: earlier.databaseId };
      }
      const { data } = await client.rest.issues.updateComment({
        owner,
        repo,
        comment_id: earlier.databaseId,
        body,
      });
      const action = earlier.state === 'failing' && marker.state === 'resolved' ? 'resolved' : 'updated';
      return { action, url: data.html_url, id: data.id };
    }
    const { data } = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
    return { action: 'created', url: data.html_url, id: data.id };
  } catch (err) {
    throw new GitHubCommentError(`${owner}/${repo}`, issueNumber, err);
  }
}
