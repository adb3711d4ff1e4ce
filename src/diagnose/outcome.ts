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

/** An `az aks` command the log echoes (`+ az aks nodepool add ...`, `$ az aks ...`, `[command]`). */
const AZ_AKS_COMMAND = /^(?:[+$>] |\[command\]\S*\/)?az aks (?:nodepool )?[a-z-]{2,30}\b/;
/** az prints the resource on success; its top-level provisioningState is indented by two spaces. */
const AZ_SUCCEEDED = /^ {2}"provisioningState": "Succeeded",?\s*$/;

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
  'provisioningState": "Succeeded',
];

export interface Recovery {
  /** The line that says the run went on to succeed. */
  line: number;
  /** That line, trimmed. */
  text: string;
}

interface Success extends Recovery {
  /** Only errors after this line and before the retry's own line count as got past. */
  covers?: { after: number; before: number };
}

/** Watches one log for the lines that say how its run ended. */
export class RunOutcome {
  private readonly successes: Success[] = [];
  private readonly failures: number[] = [];
  private readonly commands: { line: number; command: string }[] = [];

  observe(text: string, line: number): void {
    if (SUCCESS.test(text)) this.successes.push({ line, text: text.trim().slice(0, 120) });
    else if (STEP_FAILED.test(text)) this.failures.push(line);
    else if (text.startsWith('  "') && AZ_SUCCEEDED.test(text)) this.azSucceeded(line);
    else if (text.includes('az aks ')) {
      const command = AZ_AKS_COMMAND.exec(text.trim())?.[0].replace(/^.*?az aks/, 'az aks');
      if (command) this.commands.push({ line, command });
    }
  }

  /**
   * A script that ran the same `az aks` command again after it failed (a retry loop, a smaller size)
   * and got the resource back: the earlier run's error was got past. Another command's success (an
   * `az aks show` after a failed upgrade) says nothing about it.
   */
  private azSucceeded(line: number): void {
    const retry = this.commands.at(-1);
    if (!retry) return;
    const first = this.commands.find((c) => c.line < retry.line && c.command === retry.command);
    if (!first) return;
    this.successes.push({
      line,
      text: `${retry.command} run again at line ${retry.line} succeeded`,
      covers: { after: first.line, before: retry.line },
    });
  }

  /**
   * The success a finding on `line` was followed by, with no failed step in between; undefined when
   * the error may still be why the run failed.
   */
  recoveryAfter(line: number): Recovery | undefined {
    const success = this.successes.find(
      (s) => s.line > line && (!s.covers || (line > s.covers.after && line < s.covers.before)),
    );
    if (!success || this.failures.some((f) => f >= line && f < success.line)) return undefined;
    return { line: success.line, text: success.text };
  }
}
