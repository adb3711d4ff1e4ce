// What every extractor produces: error records found in normalised log lines. One extractor per
// output format; all share this interface so the diagnosis stage never needs to know the format.

export type SourceFormat =
  'azure-cli' | 'arm-json' | 'go-autorest' | 'node-provisioning' | 'aad' | 'catalog-scan';

export type NodeOs = 'linux' | 'windows';

export interface ErrorRecord {
  /** An error code token (`SubnetIsFull`, `AADSTS7000222`), or undefined for a bare exit status. */
  code?: string;
  /** A node-provisioning (CSE) exit status. */
  exitCode?: number;
  /** The node OS whose exit-code table applies, when the record itself says so. */
  os?: NodeOs;
  /** The message text the output put next to the code, when there is one on the same line. */
  message: string;
  /** 1-based line number of the record in the normalised log. */
  line: number;
  /**
   * How deep the record sits in the output's nesting: 0 for an outermost error, more for an error
   * found inside another's details, message or JSON. Inner records are usually the root cause.
   */
  depth: number;
  /** Which extractor found it. */
  format: SourceFormat;
  /** True when the output format marks the token as an error code (`Code:`, `"code":`, `(X)`), false
   * when it is a known code word found in running text. Only structured tokens can be unrecognized. */
  structured: boolean;
}

/**
 * A gate word (see Extractor.triggers), or a word that does not count when `notFollowedBy` (a regex
 * source) follows it: a JSON `"code": "Running"` is a power state in every managed-cluster body, and
 * a 100 MB debug log holds thousands of them.
 */
export type Trigger = string | { word: string; notFollowedBy: string };

export interface Extractor {
  readonly format: SourceFormat;
  /**
   * Words one of which every line this extractor finds something on contains at a word start
   * (case-sensitive). The reader skips lines with none of any extractor's triggers, so this must
   * never be too narrow.
   */
  readonly triggers: readonly Trigger[];
  /** Finds the records on one normalised line. Must not throw and must stay linear in the line length. */
  extract(line: string, lineNumber: number): ErrorRecord[];
}

/** A code token: starts with a letter, then letters, digits, underscores; dotted codes are allowed. */
export const CODE_TOKEN = '[A-Za-z][A-Za-z0-9_]{2,80}(?:\\.[A-Za-z0-9_]{1,80}){0,3}';

export function cap(text: string, max = 500): string {
  const trimmed = text.trim();
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
}

/**
 * A line of shell source rather than output: an xtrace line (`+ grep -q "exit status=50" ...`) or a
 * comment (`# troubleshoot QuotaExceeded errors`). Text-based extractors take nothing from it.
 */
export const SHELL_SOURCE = /^\s{0,8}(?:\+{1,4} |#)/;
