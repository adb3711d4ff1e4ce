// The action: wires the stages. Read the inputs, read the logs, diagnose, then report to every sink
// the inputs ask for. Nothing here knows an output format or a catalog entry.
import * as core from '@actions/core';
import { loadCatalogFile } from './diagnose/catalog-file.js';
import { Catalog, builtinCatalogData, diagnose, mergeCatalogs } from './diagnose/index.js';
import { resolveSources } from './input/sources.js';
import { resultMarkdown } from './report/markdown.js';
import type { Result } from './report/result.js';
import { readSettings } from './settings.js';

const MAX_ANNOTATIONS = 10;

function writeOutputs(result: Result): void {
  const primary = result.diagnoses[0];
  core.setOutput('found', String(result.found));
  core.setOutput('codes', [...new Set(result.diagnoses.map((d) => d.code))].join(','));
  core.setOutput('primary-code', primary?.code ?? '');
  core.setOutput('primary-url', primary?.url ?? '');
  core.setOutput('retryable', String(result.found && result.diagnoses.every((d) => d.retryable)));
  core.setOutput('json', JSON.stringify(result));
}

function annotate(result: Result): void {
  const shown = result.diagnoses.slice(0, MAX_ANNOTATIONS);
  shown.forEach((d, i) => {
    const more = i === shown.length - 1 ? result.diagnoses.length - shown.length : 0;
    core.error(`${d.summary} ${d.url}${more > 0 ? ` (and ${more} more in the job summary)` : ''}`, {
      title: `${d.code}: ${d.title}`,
    });
  });
  if (result.unrecognized.length) {
    core.notice(`Codes not in the aks-triage catalog: ${result.unrecognized.map((u) => u.code).join(', ')}`);
  }
}

export async function run(): Promise<void> {
  try {
    const settings = readSettings();
    const extras = [];
    for (const file of settings.catalogFiles) extras.push(...(await loadCatalogFile(file)));
    const catalog = new Catalog(mergeCatalogs(builtinCatalogData(), extras));
    const { sources, unmatched } = await resolveSources(settings.logFiles, settings.log);
    for (const pattern of unmatched) core.warning(`log-file '${pattern}' matched no file`);
    if (sources.length === 0) core.warning('no log to read: set log-file or log');
    const result = await diagnose(sources, catalog);

    writeOutputs(result);
    if (settings.summary) {
      const note = unmatched.length
        ? `\n> No file matched: ${unmatched.map((u) => `\`${u}\``).join(', ')}\n`
        : '';
      await core.summary.addRaw(resultMarkdown(result) + note).write();
    }
    if (settings.annotations) annotate(result);
    if (settings.failOnFound && result.found) {
      core.setFailed(`aks-triage found: ${result.diagnoses.map((d) => d.code).join(', ')}`);
    }
  } catch (err) {
    core.setFailed(err instanceof Error ? err.message : String(err));
  }
}
