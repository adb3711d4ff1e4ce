// Turns a failed comment into one warning a person can act on. A comment is an extra: the caller logs
// the warning and carries on. Messages never contain the token (Octokit already redacts the
// authorization header; token-shaped strings are scrubbed here as well).

// A full URL: the warning is read in a workflow log of another repository, where a relative README
// path points nowhere.
export const FORK_SAFE_LINK = 'https://github.com/aks-triage/aks-triage#fork-safe-pull-request-comments';

export class MissingTokenError extends Error {
  constructor() {
    super('no GitHub token: set the github-token input (it defaults to github.token)');
    this.name = 'MissingTokenError';
  }
}

/** A failure while reading or writing the pull-request comment, with the pull request it was for. */
export class GitHubCommentError extends Error {
  readonly status: number | undefined;
  constructor(
    /** `owner/repo` */
    readonly repo: string,
    readonly issueNumber: number,
    cause: unknown,
  ) {
    const inner = errorFacts(cause);
    super(`comment on ${repo}#${issueNumber} failed: ${inner.status ?? 'error'} ${inner.message}`, { cause });
    this.name = 'GitHubCommentError';
    this.status = inner.status;
  }
}

interface ErrorFacts {
  status: number | undefined;
  message: string;
  /** `owner/repo` taken from the request URL when there is one. */
  repo: string | undefined;
}

function errorFacts(err: unknown): ErrorFacts {
  if (err instanceof GitHubCommentError && err.cause !== undefined) {
    return errorFacts(err.cause);
  }
  const e = (typeof err === 'object' && err !== null ? err : {}) as {
    status?: unknown;
    message?: unknown;
    response?: { data?: { message?: unknown; errors?: unknown } };
    request?: { url?: unknown };
    errors?: Array<{ type?: unknown; message?: unknown }>;
  };
  let status = typeof e.status === 'number' ? e.status : undefined;
  // GraphQL answers 200 with errors; "NOT_FOUND" is its 404.
  if (status === undefined && Array.isArray(e.errors) && e.errors.some((x) => x?.type === 'NOT_FOUND')) {
    status = 404;
  }
  // GitHub's own message, plus the details of a 422 ("Validation Failed: body is too long ...").
  const data = e.response?.data;
  const details = Array.isArray(data?.errors)
    ? data.errors.map((x: { message?: unknown; code?: unknown }) => x?.message ?? x?.code).filter(Boolean)
    : [];
  const message =
    typeof data?.message === 'string' && data.message
      ? [data.message, details.join('; ')].filter(Boolean).join(': ')
      : typeof e.message === 'string'
        ? e.message
        : String(err);
  const url = typeof e.request?.url === 'string' ? e.request.url : '';
  const repo = /\/repos\/([^/]+\/[^/?#]+)/.exec(url)?.[1];
  return { status, message: scrubTokens(oneLine(message)), repo };
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 297)}...` : flat;
}

/** Removes anything shaped like a GitHub token (classic, fine-grained, app/installation, OAuth). */
export function scrubTokens(text: string): string {
  return text
    .replace(/\b(gh[pousr]_[A-Za-z0-9_]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g, '[REDACTED]')
    .replace(/\b(token|bearer)\s+[A-Za-z0-9_.-]{20,}/gi, '$1 [REDACTED]');
}

export function describeCommentFailure(err: unknown): { level: 'warning'; message: string } {
  const facts = errorFacts(err);
  const repo = err instanceof GitHubCommentError ? err.repo : facts.repo;
  const pull = err instanceof GitHubCommentError ? `pull request #${err.issueNumber}` : 'the pull request';
  const where = `Could not comment on ${err instanceof GitHubCommentError ? `${repo}#${err.issueNumber}` : (repo ?? pull)}`;
  const warn = (message: string) => ({ level: 'warning' as const, message });

  if (err instanceof MissingTokenError) {
    return warn(`${where}: no GitHub token. Set the github-token input (default: github.token).`);
  }
  if (facts.status === 403 && /resource not accessible by integration/i.test(facts.message)) {
    return warn(
      `${where}: the token cannot write to this pull request (403 Resource not accessible by integration). ` +
        'This is typical for pull requests from forks, whose GITHUB_TOKEN is read-only. ' +
        'Give the job `permissions: pull-requests: write`, or for forks use the fork-safe recipe in ' +
        `${FORK_SAFE_LINK}.`,
    );
  }
  if (facts.status === 404) {
    return warn(
      `${where}: not found (404). Check that ${pull} exists${repo ? ` in ${repo}` : ''} ` +
        'and that the token can read it.',
    );
  }
  if (facts.status === 401) {
    return warn(`${where}: the token was rejected (401 ${facts.message}). Check the github-token input.`);
  }
  if (facts.status === 422 && /too long/i.test(facts.message)) {
    return warn(`${where}: GitHub rejected the body as too long (422 ${facts.message}).`);
  }
  const status = facts.status === undefined ? 'error' : String(facts.status);
  return warn(`${where}: ${status} ${facts.message}`);
}
