// Which pull request to comment on: the pr-number input when given, else the one the triggering event
// is about. The event payload is the JSON file GITHUB_EVENT_PATH names.
import { readFileSync } from 'node:fs';

export interface PullRequestRef {
  number: number;
  headSha?: string;
  source: 'input' | 'event';
}

type Env = Record<string, string | undefined>;
type Json = Record<string, unknown>;

/** Events whose payload carries `pull_request` itself. */
const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);

function object(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

function prNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

function sha(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(value) ? value : undefined;
}

function withSha(
  number: number,
  headSha: string | undefined,
  source: PullRequestRef['source'],
): PullRequestRef {
  return headSha ? { number, headSha, source } : { number, source };
}

/** The pull request the event is about, or undefined when it is about none. */
function fromEvent(eventName: string, payload: Json): { number: number; headSha?: string } | undefined {
  if (PULL_REQUEST_EVENTS.has(eventName)) {
    const pr = object(payload.pull_request);
    const number = prNumber(pr?.number);
    return number ? { number, headSha: sha(object(pr?.head)?.sha) } : undefined;
  }
  if (eventName === 'issue_comment') {
    const issue = object(payload.issue);
    // A comment on a plain issue has no `pull_request` key on its issue.
    return issue && object(issue.pull_request) ? numberOnly(prNumber(issue.number)) : undefined;
  }
  if (eventName === 'workflow_run') {
    // GitHub leaves pull_requests empty when the head branch lives in a fork: the fork-safe recipe
    // passes the number on (pr-number) instead.
    const run = object(payload.workflow_run);
    const prs = Array.isArray(run?.pull_requests) ? run.pull_requests : [];
    const pr = object(prs[0]);
    const number = prNumber(pr?.number);
    return number ? { number, headSha: sha(object(pr?.head)?.sha) ?? sha(run?.head_sha) } : undefined;
  }
  return undefined;
}

function numberOnly(number: number | undefined): { number: number } | undefined {
  return number ? { number } : undefined;
}

/**
 * The pull request to comment on. An explicit `prNumberInput` wins; the event's head SHA is kept only
 * when the event is about that same pull request.
 */
export function findPullRequest(
  env: Env,
  eventPayload: Json,
  prNumberInput?: number,
): PullRequestRef | undefined {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const event = fromEvent(eventName, eventPayload);
  const input = prNumber(prNumberInput);
  if (input) return withSha(input, event?.number === input ? event.headSha : undefined, 'input');
  return event ? withSha(event.number, event.headSha, 'event') : undefined;
}

/** The event payload, or {} with the reason it could not be read (a missing payload is not an error). */
export function readEventPayload(path: string | undefined): { payload: Json; reason?: string } {
  if (!path) return { payload: {}, reason: 'GITHUB_EVENT_PATH is not set' };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'read error';
    return { payload: {}, reason: `cannot read event payload ${path} (${code})` };
  }
  try {
    const payload = object(JSON.parse(text));
    return payload ? { payload } : { payload: {}, reason: `event payload ${path} is not a JSON object` };
  } catch {
    return { payload: {}, reason: `event payload ${path} is not valid JSON` };
  }
}
