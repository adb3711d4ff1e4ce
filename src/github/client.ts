// The GitHub API client for the pull-request comment. Everything heavy (@actions/github, undici, the
// Octokit plugins) is imported inside createGitHubClient, so a run that posts no comment never loads it.
// Type-only imports are erased at build time and keep that promise.
import type { getOctokit } from '@actions/github';
import type { RetryOptions } from '@octokit/plugin-retry';
import type { ThrottlingOptions } from '@octokit/plugin-throttling';
import { MissingTokenError } from './errors.js';

export interface Logger {
  warning(message: string): void;
  info(message: string): void;
}

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface GitHubClientOptions {
  /** API root; defaults to GITHUB_API_URL (read by @actions/github), then https://api.github.com. */
  apiUrl?: string;
  log?: Logger;
  /** Milliseconds per backoff unit: 5xx retries wait (n+1)^2 units, rate limits retry-after units. Default 1000. */
  retryBaseMs?: number;
  /**
   * Minimum gap between writes (GraphQL counts as a write for the throttling plugin). Leave unset in
   * production: the plugin then keeps GitHub's advice of 1 s between writes and 3 s between writes that
   * notify. Tests set 0 so they do not spend seconds waiting.
   */
  minWriteIntervalMs?: number;
}

/** Rate-limit retries per request; each one is logged as a warning. */
export const RATE_LIMIT_RETRIES = 2;
/** A rate limit asking for a longer wait than this is not waited for: a comment is not worth stalling CI. */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 60;
/**
 * The retry plugin retries every status >= 400 not listed here; only 5xx (and network failures, which
 * Octokit reports as 500) are worth it. Rate limits (403/429) are the throttling plugin's: it honours
 * retry-after, where the retry plugin would not.
 */
const DO_NOT_RETRY = Array.from({ length: 100 }, (_, i) => 400 + i);

const silentLogger: Logger = { warning: () => {}, info: () => {} };

export async function createGitHubClient(
  token: string,
  opts: GitHubClientOptions = {},
): Promise<GitHubClient> {
  if (!token.trim()) throw new MissingTokenError();
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@octokit/plugin-throttling'),
  ]);
  const log = opts.log ?? silentLogger;
  const baseMs = opts.retryBaseMs ?? 1000;

  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
      const what = `${kind} on ${request.method} ${request.url}`;
      if (retryCount >= RATE_LIMIT_RETRIES) {
        log.warning(`GitHub ${what}: giving up after ${retryCount} retries`);
        return false;
      }
      if (retryAfter > MAX_RATE_LIMIT_WAIT_SECONDS) {
        log.warning(
          `GitHub ${what}: asked to wait ${retryAfter}s, more than ${MAX_RATE_LIMIT_WAIT_SECONDS}s; not retrying`,
        );
        return false;
      }
      log.warning(
        `GitHub ${what}: retrying in ${retryAfter}s (retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES})`,
      );
      return true;
    };

  const throttle: ThrottlingOptions = {
    retryAfterBaseValue: baseMs,
    onRateLimit: onLimit('rate limit'),
    onSecondaryRateLimit: onLimit('secondary rate limit'),
  };
  if (opts.minWriteIntervalMs !== undefined) {
    throttle.write = spacedGroup(opts.minWriteIntervalMs);
    throttle.notifications = spacedGroup(opts.minWriteIntervalMs);
  }
  const retryOptions: RetryOptions = { retryAfterBaseValue: baseMs, doNotRetry: DO_NOT_RETRY };

  return getOctokit(
    token,
    { ...(opts.apiUrl ? { baseUrl: opts.apiUrl.replace(/\/+$/, '') } : {}), throttle, retry: retryOptions },
    retry,
    throttling,
  );
}

type Group = NonNullable<ThrottlingOptions['write']>;

/**
 * The part of a Bottleneck group the throttling plugin uses for its write and notification queues
 * (`group.key(id).schedule(options, job)`): jobs of one key start at least `intervalMs` apart, in order.
 * Bottleneck itself is only a dependency of the plugin, so it is not imported here.
 */
function spacedGroup(intervalMs: number): Group {
  const queues = new Map<string, { schedule: (...args: unknown[]) => Promise<unknown> }>();
  const key = (id = '') => {
    let queue = queues.get(id);
    if (!queue) {
      let turn: Promise<void> = Promise.resolve();
      let nextStart = 0;
      queue = {
        schedule: (...args: unknown[]) => {
          // Bottleneck's schedule takes an optional options object before the job.
          const [first, ...rest] = args;
          const [job, ...jobArgs] = (typeof first === 'function' ? args : rest) as [
            (...a: unknown[]) => unknown,
            ...unknown[],
          ];
          const start = turn.then(async () => {
            const wait = nextStart - Date.now();
            if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
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
  return { key } as unknown as Group;
}
