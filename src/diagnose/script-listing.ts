// Script listings: GitHub Actions prints a `run:` step's script inside `##[group]Run ...` before running
// it, and Azure DevOps prints `Script contents:` before `Starting Command Output`. Those lines are the
// user's source code (`if grep -q QuotaExceeded aks.log`, `echo "exit status=50"`), never output, so
// nothing found in them is a finding. The operation they echo still counts as context.

const GHA_RUN_GROUP = /##\[group\]Run /;
const ADO_SCRIPT = /^(?:\S{0,40}Z )?Script contents:/;
// What ends a listing: the group's end, or any other runner marker or the start of the command's output.
const LISTING_END = /##\[(?:endgroup|error|warning|section)\]|Starting Command Output/;
// A line no script holds but az, Terraform and the Azure SDKs print when they fail: the listing
// ended unseen (a pasted log often loses the `##[endgroup]` along with the step's env block).
const OUTPUT_LINE =
  /^(?:\S{0,40}Z )?(?:ERROR: |Error: |│ Error: |Deployment failed\. Correlation ID|RESPONSE \d{3}: |ERROR CODE: )|Service returned an error\. Status=|-- Original Error: /;
/** A listing longer than this is taken to have ended unseen (the reader may skip lines of a big log). */
const MAX_LISTING_LINES = 300;

/** Words at a word start that every line changing the listing state contains (for the line gate). */
export const SCRIPT_LISTING_TRIGGERS: readonly string[] = [
  'group]Run',
  'Script contents',
  'endgroup]',
  'error]',
  'warning]',
  'section]',
  'Starting Command Output',
  'ERROR: ',
  'Error: ',
  'Deployment failed',
  'RESPONSE ',
  'ERROR CODE',
  'Service returned an error',
  'Original Error',
];

export class ScriptListing {
  private startedAt: number | null = null;

  /** Looks at one raw line (runner markers intact). */
  observe(raw: string, lineNumber: number): void {
    const line = raw.length > 512 ? raw.slice(0, 512) : raw;
    if (GHA_RUN_GROUP.test(line) || ADO_SCRIPT.test(line)) this.startedAt = lineNumber;
    else if (this.startedAt !== null && (LISTING_END.test(line) || OUTPUT_LINE.test(line)))
      this.startedAt = null;
  }

  /** True when `lineNumber` (the line last observed) belongs to a script listing. */
  contains(lineNumber: number): boolean {
    return this.startedAt !== null && lineNumber - this.startedAt <= MAX_LISTING_LINES;
  }
}
