// Redaction applied to a result: only what came from the log (evidence, details, codes, messages,
// file names, the origin) is redacted. The catalog's own text (causes, steps, commands with
// placeholders) is ours and is left alone, which also keeps the action's start-up short.
import { redactResult, type RedactOptions } from './redact.js';
import type { Result } from './result.js';

/** `logContext`: the log lines around the findings, learned from (a secret labelled there is also
 *  removed where the result repeats it bare) but never rendered. */
export function redactFindings(
  result: Result,
  options: RedactOptions,
  logContext: readonly string[] = [],
): Result {
  const fromLog = {
    diagnoses: result.diagnoses.map((d) => ({ code: d.code, evidence: d.evidence, details: d.details })),
    unrecognized: result.unrecognized,
    origin: result.origin,
  };
  // One call: a secret learned anywhere in the log's text is removed everywhere.
  const clean = redactResult(fromLog, options, logContext);
  return {
    ...result,
    diagnoses: result.diagnoses.map((d, i) => ({ ...d, ...clean.diagnoses[i]! })),
    unrecognized: clean.unrecognized,
    ...(clean.origin ? { origin: clean.origin } : {}),
  };
}
