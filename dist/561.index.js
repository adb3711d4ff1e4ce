export const id = 561;
export const ids = [561];
export const modules = {

/***/ 7561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  publishComment: () => (/* binding */ publishComment)
});

// EXTERNAL MODULE: ./src/report/fit.ts
var fit = __webpack_require__(877);
// EXTERNAL MODULE: ./src/report/markdown.ts + 1 modules
var markdown = __webpack_require__(7241);
;// CONCATENATED MODULE: ./src/report/comment.ts
// The PR comment's body (without the hidden marker, which the github stage owns). It says what the
// latest run found, how that differs from the comment's previous state, and links the run, so a
// reviewer can tell at a glance whether the deployment is still broken.


function codes(list) {
    return list.map(markdown/* inlineCode */.ti).join(', ');
}
function footer(ctx) {
    const bits = [];
    if (ctx.runUrl && /^https?:\/\/[^\s)]+$/.test(ctx.runUrl))
        bits.push(`[workflow run](${ctx.runUrl})`);
    if (ctx.headSha && /^[0-9a-f]{7,64}$/i.test(ctx.headSha))
        bits.push(`commit ${(0,markdown/* inlineCode */.ti)(ctx.headSha.slice(0, 12))}`);
    if (ctx.key)
        bits.push(`key ${(0,markdown/* inlineCode */.ti)(ctx.key.slice(0, 100))}`);
    return bits.length ? `<sub>aks-triage · ${bits.join(' · ')}</sub>` : '<sub>aks-triage</sub>';
}
/** What changed since the comment's last state: new, still failing, no longer seen. */
function changeLine(now, previous) {
    if (!previous || previous.state !== 'failing' || previous.codes.length === 0)
        return undefined;
    const before = new Set(previous.codes);
    const after = new Set(now);
    const added = now.filter((c) => !before.has(c));
    const still = now.filter((c) => before.has(c));
    const gone = previous.codes.filter((c) => !after.has(c));
    if (!added.length && !gone.length)
        return `Still failing with the same error as the previous run.`;
    const parts = [];
    if (added.length)
        parts.push(`**New:** ${codes(added)}`);
    if (still.length)
        parts.push(`**Still failing:** ${codes(still)}`);
    if (gone.length)
        parts.push(`**No longer seen:** ${codes(gone)}`);
    return `${parts.join(' · ')}`;
}
function commentMarkdown(result, previous, ctx, budget) {
    const now = [...new Set(result.diagnoses.map((d) => d.code))];
    if (!result.found) {
        const gone = previous?.state === 'failing' ? previous.codes : [];
        const head = gone.length
            ? `## ✅ Resolved: the AKS error no longer occurs\n\nThe latest run found no AKS error. **No longer seen:** ${codes(gone)}`
            : previous?.state === 'resolved'
                ? '## ✅ Resolved: the AKS error no longer occurs\n\nThe latest run found no AKS error either.'
                : '## ✅ No AKS error found\n\nThe latest run found no AKS error in the log.';
        const unknown = result.unrecognized.length
            ? `\n\nOther errors seen, not diagnosed: ${codes(result.unrecognized.map((u) => u.code))}.`
            : '';
        return `${head}${unknown}\n\n${footer(ctx)}\n`;
    }
    const first = result.diagnoses[0];
    const headline = `## ❌ AKS operation failed: ${(0,markdown/* inlineCode */.ti)(first.code)}: ${first.title}`;
    const change = changeLine(now, previous);
    const top = `${headline}\n\n${change ? `${change}\n\n` : ''}`;
    const bottom = `\n${footer(ctx)}\n`;
    const room = budget - (0,fit/* characters */.hg)(top) - (0,fit/* characters */.hg)(bottom);
    const body = (0,fit/* fitMarkdown */.DJ)((options) => (0,markdown/* findingsMarkdown */.O9)(result, options, true), Math.max(0, room), fit/* characters */.hg, {
        ...markdown/* FULL_MARKDOWN */.IX,
        headingLevel: 3,
    }).text;
    return `${top}${body}${bottom}`;
}

;// CONCATENATED MODULE: ./src/github/errors.ts
// Turns a failed comment into one warning a person can act on. A comment is an extra: the caller logs
// the warning and carries on. Messages never contain the token (Octokit already redacts the
// authorization header; token-shaped strings are scrubbed here as well).
// A full URL: the warning is read in a workflow log of another repository, where a relative README
// path points nowhere.
const FORK_SAFE_LINK = 'https://github.com/aks-triage/aks-triage#fork-safe-pull-request-comments';
class MissingTokenError extends Error {
    constructor() {
        super('no GitHub token: set the github-token input (it defaults to github.token)');
        this.name = 'MissingTokenError';
    }
}
/** A failure while reading or writing the pull-request comment, with the pull request it was for. */
class GitHubCommentError extends Error {
    repo;
    issueNumber;
    status;
    constructor(
    /** `owner/repo` */
    repo, issueNumber, cause) {
        const inner = errorFacts(cause);
        super(`comment on ${repo}#${issueNumber} failed: ${inner.status ?? 'error'} ${inner.message}`, { cause });
        this.repo = repo;
        this.issueNumber = issueNumber;
        this.name = 'GitHubCommentError';
        this.status = inner.status;
    }
}
function errorFacts(err) {
    if (err instanceof GitHubCommentError && err.cause !== undefined) {
        return errorFacts(err.cause);
    }
    const e = (typeof err === 'object' && err !== null ? err : {});
    let status = typeof e.status === 'number' ? e.status : undefined;
    // GraphQL answers 200 with errors; "NOT_FOUND" is its 404.
    if (status === undefined && Array.isArray(e.errors) && e.errors.some((x) => x?.type === 'NOT_FOUND')) {
        status = 404;
    }
    // GitHub's own message, plus the details of a 422 ("Validation Failed: body is too long ...").
    const data = e.response?.data;
    const details = Array.isArray(data?.errors)
        ? data.errors.map((x) => x?.message ?? x?.code).filter(Boolean)
        : [];
    const message = typeof data?.message === 'string' && data.message
        ? [data.message, details.join('; ')].filter(Boolean).join(': ')
        : typeof e.message === 'string'
            ? e.message
            : String(err);
    const url = typeof e.request?.url === 'string' ? e.request.url : '';
    const repo = /\/repos\/([^/]+\/[^/?#]+)/.exec(url)?.[1];
    return { status, message: scrubTokens(oneLine(message)), repo };
}
function oneLine(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat.length > 300 ? `${flat.slice(0, 297)}...` : flat;
}
/** Removes anything shaped like a GitHub token (classic, fine-grained, app/installation, OAuth). */
function scrubTokens(text) {
    return text
        .replace(/\b(gh[pousr]_[A-Za-z0-9_]{20,}|github_pat_[A-Za-z0-9_]{20,})\b/g, '[REDACTED]')
        .replace(/\b(token|bearer)\s+[A-Za-z0-9_.-]{20,}/gi, '$1 [REDACTED]');
}
function describeCommentFailure(err) {
    const facts = errorFacts(err);
    const repo = err instanceof GitHubCommentError ? err.repo : facts.repo;
    const pull = err instanceof GitHubCommentError ? `pull request #${err.issueNumber}` : 'the pull request';
    const where = `Could not comment on ${err instanceof GitHubCommentError ? `${repo}#${err.issueNumber}` : (repo ?? pull)}`;
    const warn = (message) => ({ level: 'warning', message });
    if (err instanceof MissingTokenError) {
        return warn(`${where}: no GitHub token. Set the github-token input (default: github.token).`);
    }
    if (facts.status === 403 && /resource not accessible by integration/i.test(facts.message)) {
        return warn(`${where}: the token cannot write to this pull request (403 Resource not accessible by integration). ` +
            'This is typical for pull requests from forks, whose GITHUB_TOKEN is read-only. ' +
            'Give the job `permissions: pull-requests: write`, or for forks use the fork-safe recipe in ' +
            `${FORK_SAFE_LINK}.`);
    }
    if (facts.status === 404) {
        return warn(`${where}: not found (404). Check that ${pull} exists${repo ? ` in ${repo}` : ''} ` +
            'and that the token can read it.');
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

;// CONCATENATED MODULE: ./src/github/client.ts

/** Rate-limit retries per request; each one is logged as a warning. */
const RATE_LIMIT_RETRIES = 2;
/** A rate limit asking for a longer wait than this is not waited for: a comment is not worth stalling CI. */
const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
/**
 * The retry plugin retries every status >= 400 not listed here; only 5xx (and network failures, which
 * Octokit reports as 500) are worth it. Rate limits (403/429) are the throttling plugin's: it honours
 * retry-after, where the retry plugin would not.
 */
const DO_NOT_RETRY = Array.from({ length: 100 }, (_, i) => 400 + i);
const silentLogger = { warning: () => { }, info: () => { } };
async function createGitHubClient(token, opts = {}) {
    if (!token.trim())
        throw new MissingTokenError();
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
        __webpack_require__.e(/* import() */ 758).then(__webpack_require__.bind(__webpack_require__, 1758)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(735)]).then(__webpack_require__.bind(__webpack_require__, 9735)),
        Promise.all(/* import() */[__webpack_require__.e(251), __webpack_require__.e(856)]).then(__webpack_require__.bind(__webpack_require__, 6856)),
    ]);
    const log = opts.log ?? silentLogger;
    const baseMs = opts.retryBaseMs ?? 1000;
    const onLimit = (kind) => (retryAfter, request, _octokit, retryCount) => {
        const what = `${kind} on ${request.method} ${request.url}`;
        if (retryCount >= RATE_LIMIT_RETRIES) {
            log.warning(`GitHub ${what}: giving up after ${retryCount} retries`);
            return false;
        }
        if (retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) {
            log.warning(`GitHub ${what}: asked to wait ${retryAfter}s, more than ${MAX_RATE_LIMIT_WAIT_SECONDS}s; not retrying`);
            return false;
        }
        log.warning(`GitHub ${what}: retrying in ${retryAfter}s (retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES})`);
        return true;
    };
    const throttle = {
        retryAfterBaseValue: baseMs,
        onRateLimit: onLimit('rate limit'),
        onSecondaryRateLimit: onLimit('secondary rate limit'),
    };
    if (opts.minWriteIntervalMs !== undefined) {
        throttle.write = spacedGroup(opts.minWriteIntervalMs);
        throttle.notifications = spacedGroup(opts.minWriteIntervalMs);
    }
    const retryOptions = { retryAfterBaseValue: baseMs, doNotRetry: DO_NOT_RETRY };
    return getOctokit(token, { ...(opts.apiUrl ? { baseUrl: opts.apiUrl.replace(/\/+$/, '') } : {}), throttle, retry: retryOptions }, retry, throttling);
}
/**
 * The part of a Bottleneck group the throttling plugin uses for its write and notification queues
 * (`group.key(id).schedule(options, job)`): jobs of one key start at least `intervalMs` apart, in order.
 * Bottleneck itself is only a dependency of the plugin, so it is not imported here.
 */
function spacedGroup(intervalMs) {
    const queues = new Map();
    const key = (id = '') => {
        let queue = queues.get(id);
        if (!queue) {
            let turn = Promise.resolve();
            let nextStart = 0;
            queue = {
                schedule: (...args) => {
                    // Bottleneck's schedule takes an optional options object before the job.
                    const [first, ...rest] = args;
                    const [job, ...jobArgs] = (typeof first === 'function' ? args : rest);
                    const start = turn.then(async () => {
                        const wait = nextStart - Date.now();
                        if (wait > 0)
                            await new Promise((resolve) => setTimeout(resolve, wait));
                        nextStart = Date.now() + intervalMs;
                    });
                    turn = start;
                    return start.then(() => job(...jobArgs));
                },
            };
            queues.set(id, queue);
        }
        return queue;
    };
    return { key };
}

// EXTERNAL MODULE: ./src/github/marker.ts
var github_marker = __webpack_require__(4329);
;// CONCATENATED MODULE: ./src/github/sticky-comment.ts


/** GitHub rejects a longer issue/PR comment body with 422 "Body is too long". */
const COMMENT_LIMIT = 65_536;
/** 100 comments a page: a pull request with more than 10,000 comments is not searched past that. */
const MAX_PAGES = 100;
const FIND_COMMENTS_QUERY = `query($owner:String!,$repo:String!,$number:Int!,$after:String){ viewer{login} repository(owner:$owner,name:$repo){ pullRequest(number:$number){ comments(first:100, after:$after){ nodes{ id databaseId url body isMinimized author{login} } pageInfo{ hasNextPage endCursor } } } } }`;
const sticky_comment_silentLogger = { warning: () => { }, info: () => { } };
// GraphQL names the GITHUB_TOKEN viewer `github-actions[bot]` but its comments' author `github-actions`.
function sameLogin(a, b) {
    const plain = (login) => login.replace(/\[bot\]$/i, '').toLowerCase();
    return plain(a) === plain(b);
}
/** The last comment by the token's own user that carries our marker with `key` and is not minimized. */
async function findEarlierComment(client, target) {
    let after = null;
    let found;
    for (let page = 0; page < MAX_PAGES; page++) {
        const data = await client.graphql(FIND_COMMENTS_QUERY, {
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
            if (!node || node.isMinimized || node.databaseId === null || !node.author)
                continue;
            if (!sameLogin(node.author.login, data.viewer.login))
                continue;
            const marker = (0,github_marker/* parseMarker */.gY)(node.body);
            if (marker?.key !== target.key)
                continue;
            found = {
                databaseId: node.databaseId,
                url: node.url,
                body: node.body,
                codes: marker.codes,
                state: marker.state,
            };
        }
        const { hasNextPage, endCursor } = comments.pageInfo;
        if (!hasNextPage || !endCursor || endCursor === after)
            break;
        after = endCursor;
    }
    return found;
}
const CUT_NOTE = '\n\n_The rest was cut: GitHub allows at most 65,536 characters in a comment._';
const MAX_FENCE = 10;
/** The fence of a code block left open at the end of `text`, if any. */
function openFence(text) {
    let open;
    for (const match of text.matchAll(/^ {0,3}(`{3,}|~{3,})/gm)) {
        const fence = match[1].slice(0, MAX_FENCE);
        if (!open)
            open = fence;
        else if (fence[0] === open[0] && fence.length >= open.length)
            open = undefined;
    }
    return open;
}
/** Marker line + rendered text, never longer than COMMENT_LIMIT; an overlong render is cut at a line end. */
function composeBody(marker, render, log = sticky_comment_silentLogger) {
    const budget = COMMENT_LIMIT - marker.length - 1;
    if (budget < 1000)
        throw new Error(`comment key is too long (${marker.length} characters in the marker)`);
    const text = render(budget);
    if (text.length <= budget)
        return `${marker}\n${text}`;
    log.info(`comment text of ${text.length} characters cut to fit GitHub's ${COMMENT_LIMIT}-character limit`);
    // Room for the note and for closing a code block the cut may leave open.
    const room = budget - CUT_NOTE.length - 1 - MAX_FENCE;
    let cut = text.lastIndexOf('\n', room);
    if (cut <= 0)
        cut = room;
    if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1)))
        cut -= 1; // never split a surrogate pair
    let kept = text.slice(0, cut);
    const fence = openFence(kept);
    if (fence)
        kept += `\n${fence}`;
    return `${marker}\n${kept}${CUT_NOTE}`;
}
function sameText(a, b) {
    const norm = (s) => s.replace(/\r\n/g, '\n').trimEnd();
    return norm(a) === norm(b);
}
async function upsertStickyComment(client, request, log = sticky_comment_silentLogger) {
    const { owner, repo, issueNumber, key } = request;
    try {
        const earlier = await findEarlierComment(client, { owner, repo, issueNumber, key });
        const previous = earlier ? { codes: earlier.codes, state: earlier.state } : undefined;
        let marker;
        if (request.codes.length > 0) {
            marker = { key, codes: [...new Set(request.codes)], state: 'failing' };
        }
        else if (earlier) {
            // Keep the codes that were failing, so the resolved comment can say what was fixed.
            marker = { key, codes: earlier.codes, state: 'resolved' };
        }
        else if (request.mode === 'always') {
            marker = { key, codes: [], state: 'resolved' };
        }
        else {
            return { action: 'skipped' };
        }
        const body = composeBody((0,github_marker/* buildMarker */.hQ)(marker), (budget) => request.render(previous, budget), log);
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
    }
    catch (err) {
        throw new GitHubCommentError(`${owner}/${repo}`, issueNumber, err);
    }
}

;// CONCATENATED MODULE: ./src/github/publish.ts
// The comment step of the action: decide whether and where to comment, then keep the one comment
// up to date. Every failure here becomes a warning; the summary and outputs are already written.




/** Posts or updates the PR comment; returns its URL, or undefined when there is none. */
async function publishComment(result, settings, run, log) {
    const fromFile = settings.resultFile ? result.origin : undefined;
    const number = settings.prNumber ?? fromFile?.pullRequest ?? run.pullRequest?.number;
    if (!number) {
        log.info('aks-triage: not a pull request run and no pr-number given: no comment');
        return undefined;
    }
    if (!settings.githubToken) {
        log.warning('aks-triage: no github-token: the pull-request comment was skipped');
        return undefined;
    }
    const [owner, repo] = (run.repository ?? '').split('/');
    if (!owner || !repo) {
        log.warning('aks-triage: GITHUB_REPOSITORY is not set: the pull-request comment was skipped');
        return undefined;
    }
    if (fromFile && run.triggerHeadSha && fromFile.headSha && fromFile.headSha !== run.triggerHeadSha) {
        log.warning(`aks-triage: result-file was made for commit ${fromFile.headSha.slice(0, 12)}, not for the triggering run's ${run.triggerHeadSha.slice(0, 12)}: no comment`);
        return undefined;
    }
    const key = settings.commentKey || fromFile?.commentKey || run.commentKey;
    const headSha = fromFile?.headSha ?? run.pullRequest?.headSha;
    const runUrl = fromFile?.runUrl ?? run.runUrl;
    try {
        const client = await createGitHubClient(settings.githubToken, { log });
        if (fromFile && run.triggerHeadSha) {
            // A fork's result names its own PR number; comment only if that PR is the one the run built.
            const pr = await client.rest.pulls.get({ owner, repo, pull_number: number });
            if (pr.data.head.sha !== run.triggerHeadSha) {
                log.warning(`aks-triage: pull request #${number} is not at the commit the triggering run built: no comment`);
                return undefined;
            }
        }
        const outcome = await upsertStickyComment(client, {
            owner,
            repo,
            issueNumber: number,
            key,
            codes: [...new Set(result.diagnoses.map((d) => d.code))],
            mode: settings.comment === 'always' ? 'always' : 'auto',
            render: (previous, budget) => commentMarkdown(result, previous, { ...(runUrl ? { runUrl } : {}), ...(headSha ? { headSha } : {}), key }, budget),
        }, log);
        if (outcome.action !== 'skipped')
            log.info(`aks-triage: pull-request comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}`);
        return outcome.url;
    }
    catch (err) {
        log.warning(describeCommentFailure(err).message);
        return undefined;
    }
}


/***/ })

};
