// The action: wires the stages. Read the inputs, get a result (from the logs, or from a saved result
// in the fork-safe second run), redact it, then report to every sink the inputs ask for: outputs and
// the summary first, the PR comment last, because a comment can fail and must never cost the rest.
import { loadCatalogFile } from './diagnose/catalog-file.js';
import { Catalog, builtinCatalogData, diagnoseWithContext, mergeCatalogs } from './diagnose/index.js';
import { resolveSources } from './input/sources.js';
import { annotationsFor } from './report/annotations.js';
import { fitMarkdown, SUMMARY_LIMIT_BYTES, utf8Bytes } from './report/fit.js';
import { resultMarkdown } from './report/markdown.js';
import { redactFindings } from './report/redact-findings.js';
import { loadResultFile, saveResult } from './report/result-file.js';
import type { Result, ResultOrigin } from './report/result.js';
import * as runner from './runner.js';
import { readSettings, type Settings } from './settings.js';
import { readRunContext, type RunContext } from './run-context.js';

function writeOutputs(result: Result): void {
  const primary = result.diagnoses[0];
  runner.setOutput('found', String(result.found));
  runner.setOutput('codes', [...new Set(result.diagnoses.map((d) => d.code))].join(','));
  runner.setOutput('primary-code', primary?.code ?? '');
  runner.setOutput('primary-url', primary?.url ?? '');
  runner.setOutput('retryable', String(result.found && result.diagnoses.every((d) => d.retryable)));
  runner.setOutput('json', JSON.stringify(result));
}

function writeSummary(result: Result, notes: string[]): void {
  const extra = notes.length ? `\n${notes.map((n) => `> ${n}`).join('\n>\n')}\n` : '';
  const { text } = fitMarkdown(
    (options) => resultMarkdown(result, options),
    SUMMARY_LIMIT_BYTES - utf8Bytes(extra),
    utf8Bytes,
  );
  if (!runner.appendSummary(text + extra))
    runner.warning('GITHUB_STEP_SUMMARY is not set: no job summary written');
}

async function readResult(
  settings: Settings,
  catalog: Catalog,
  run: RunContext,
  notes: string[],
): Promise<Result> {
  const redaction = { maskIds: settings.maskIds };
  if (settings.resultFile) {
    return loadResultFile(settings.resultFile, catalog, run.repository, redaction);
  }
  const { sources, unmatched } = await resolveSources(settings.logFiles, settings.log);
  for (const pattern of unmatched) {
    runner.warning(`log-file '${pattern}' matched no file`);
    notes.push(`No file matched log-file \`${pattern.replace(/`/g, '')}\`.`);
  }
  if (sources.length === 0) {
    runner.warning('no log to read: set log-file or log');
    notes.push('No log was read: set `log-file` or `log`.');
  }
  const origin: ResultOrigin = {
    ...(run.repository ? { repository: run.repository } : {}),
    ...(run.pullRequest ? { pullRequest: run.pullRequest.number } : {}),
    ...(run.pullRequest?.headSha ? { headSha: run.pullRequest.headSha } : {}),
    commentKey: run.commentKey,
    ...(run.runUrl ? { runUrl: run.runUrl } : {}),
  };
  const { result, context } = await diagnoseWithContext(sources, catalog);
  return redactFindings({ ...result, origin }, redaction, context);
}

export async function run(): Promise<void> {
  let result: Result | undefined;
  let settings: Settings | undefined;
  try {
    settings = readSettings();
    const extras = [];
    for (const file of settings.catalogFiles) extras.push(...(await loadCatalogFile(file)));
    const catalog = new Catalog(mergeCatalogs(builtinCatalogData(), extras));
    const runContext = readRunContext(settings);
    const notes: string[] = [];
    result = await readResult(settings, catalog, runContext, notes);

    writeOutputs(result);
    if (settings.summary) writeSummary(result, notes);
    if (settings.annotations) {
      for (const a of annotationsFor(result)) runner[a.level](a.message, a.title ? { title: a.title } : {});
    }
    if (settings.saveResult) await saveResult(settings.saveResult, result);
    let commentUrl: string | undefined;
    if (settings.comment !== 'never') {
      // Loaded only here: the GitHub client is most of the bundle and most runs never comment.
      const { publishComment } = await import('./github/publish.js');
      commentUrl = await publishComment(result, settings, runContext, runner);
    }
    runner.setOutput('comment-url', commentUrl ?? '');
  } catch (err) {
    runner.setFailed(err instanceof Error ? err.message : String(err));
    return;
  }
  if (settings.failOnFound && result.found) {
    runner.setFailed(`aks-triage found: ${result.diagnoses.map((d) => d.code).join(', ')}`);
  }
}
