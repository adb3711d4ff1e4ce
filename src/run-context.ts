// What the workflow run says about itself: the repository, the pull request (from the event or the
// `pr-number` input), the comment key and a link to the run. Read from the runner's environment
// without the GitHub toolkit, which only the comment path loads.
import { commentKeyOrDefault } from './github/marker.js';
import { findPullRequest, readEventPayload } from './github/pull-request.js';
import type { Settings } from './settings.js';

export interface RunContext {
  repository?: string;
  eventName?: string;
  pullRequest?: { number: number; headSha?: string };
  commentKey: string;
  runUrl?: string;
  /** In a `workflow_run` run: the commit the triggering run built, which a saved result must match. */
  triggerHeadSha?: string;
}

export function readRunContext(settings: Settings, env: NodeJS.ProcessEnv = process.env): RunContext {
  const repository = env.GITHUB_REPOSITORY || undefined;
  const payload = env.GITHUB_EVENT_PATH ? readEventPayload(env.GITHUB_EVENT_PATH).payload : {};
  const pr = findPullRequest(env, payload, settings.prNumber);
  const trigger = (payload as { workflow_run?: { head_sha?: unknown } }).workflow_run?.head_sha;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  return {
    ...(repository ? { repository } : {}),
    ...(env.GITHUB_EVENT_NAME ? { eventName: env.GITHUB_EVENT_NAME } : {}),
    ...(pr ? { pullRequest: { number: pr.number, ...(pr.headSha ? { headSha: pr.headSha } : {}) } } : {}),
    ...(typeof trigger === 'string' ? { triggerHeadSha: trigger } : {}),
    commentKey: commentKeyOrDefault(settings.commentKey, env),
    ...(repository && env.GITHUB_RUN_ID
      ? { runUrl: `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {}),
  };
}
