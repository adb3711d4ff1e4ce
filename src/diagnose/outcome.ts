// How a log's run ended, as far as the log itself says: an error that the run got past (Terraform
// retried and went on to print "Apply complete!", a retry action's later attempt passed) is not why
// anything failed, and diagnosing it would keep a resolved pull-request comment red.
import type { Trigger } from '../extract/index.js';

/**
 * Lines that only a run which finished its work prints. Terraform prints "Apply complete!" only when
 * every resource of the apply succeeded; nick-fields/retry prints "Command completed after N
 * attempt(s)" only when an attempt passed.
 */
const SUCCESS = /^\s*(?:(?:Apply|Destroy) complete! Resources: \d+|Command completed after \d+ attempt)/;
/**
 * A step that failed, in the runner's own words (GitHub Actions, Azure DevOps, Jenkins, GitLab) or
 * hashicorp/setup-terraform's wrapper: an error above it ended a step, whatever follows.
 */
const STEP_FAILED =
  /\b(?:Process completed with exit code [1-9]|Script failed with exit code:? [1-9]|exited with code '?[1-9]|script returned exit code [1-9]|Job failed: exit code [1-9])/;

/** Words every outcome line holds, for the reader's line gate (see gate.ts). */
export const OUTCOME_TRIGGERS: readonly Trigger[] = [
  'Apply complete!',
  'Destroy complete!',
  'Command completed after',
  'Process completed with exit code',
  'Script failed with exit code',
  'exited with code',
  'script returned exit code',
  'Job failed',
];

export interface Recovery {
  /** The line that says the run went on to succeed. */
  line: number;
  /** That line, trimmed. */
  text: string;
}

/** Watches one log for the lines that say how its run ended. */
export class RunOutcome {
  private readonly successes: Recovery[] = [];
  private readonly failures: number[] = [];

  observe(text: string, line: number): void {
    if (SUCCESS.test(text)) this.successes.push({ line, text: text.trim().slice(0, 120) });
    else if (STEP_FAILED.test(text)) this.failures.push(line);
  }

  /**
   * The success a finding on `line` was followed by, with no failed step in between; undefined when
   * the error may still be why the run failed.
   */
  recoveryAfter(line: number): Recovery | undefined {
    const success = this.successes.find((s) => s.line > line);
    if (!success) return undefined;
    return this.failures.some((f) => f >= line && f < success.line) ? undefined : success;
  }
}
