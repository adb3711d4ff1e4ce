// The comment step of the action: decide whether and where to comment, then keep the one comment
// up to date. Every failure here becomes a warning; the summary and outputs are already written.
import { commentMarkdown } from '../report/comment.js';
import type { Result } from '../report/result.js';
import type { RunContext } from '../run-context.js';
import type { Settings } from '../settings.js';
import { createGitHubClient } from './client.js';
import { describeCommentFailure } from './errors.js';
import { upsertStickyComment } from './sticky-comment.js';

export interface PublishLog {
  warning(message: string): void;
  info(message: string): void;
}

/** Posts or updates the PR comment; returns its URL, or undefined when there is none. */
export async function publishComment(
  result: Result,
  settings: Settings,
  run: RunContext,
  log: PublishLog,
): Promise<string | undefined> {
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
    log.warning(
      `aks-triage: result-file was made for commit ${fromFile.headSha.slice(0, 12)}, not for the triggering run's ${run.triggerHeadSha.slice(0, 12)}: no comment`,
    );
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
        log.warning(
          `aks-triage: pull request #${number} is not at the commit the triggering run built: no comment`,
        );
        return undefined;
      }
    }
    const outcome = await upsertStickyComment(
      client,
      {
        owner,
        repo,
        issueNumber: number,
        key,
        codes: [...new Set(result.diagnoses.map((d) => d.code))],
        mode: settings.comment === 'always' ? 'always' : 'auto',
        render: (previous, budget) =>
          commentMarkdown(
            result,
            previous,
            { ...(runUrl ? { runUrl } : {}), ...(headSha ? { headSha } : {}), key },
            budget,
          ),
      },
      log,
    );
    if (outcome.action !== 'skipped')
      log.info(`aks-triage: pull-request comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ''}`);
    return outcome.url;
  } catch (err) {
    log.warning(describeCommentFailure(err).message);
    return undefined;
  }
}
