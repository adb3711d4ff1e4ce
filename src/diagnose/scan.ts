// One streaming pass over the log: normalise each line, run the extractors and the catalog's wording
// patterns on it, and keep a bounded window of the lines around every finding so that conditions
// ("OperationNotAllowed when the message speaks of quota") can be checked once the pass is over.
import { createExtractors, extractLine, type ErrorRecord } from '../extract/index.js';
import { isWarningLine, normalizeLine } from '../input/normalize.js';
import type { LineFilter, LineSource, LogLine, ReadTotals } from '../input/read-lines.js';
import type { Catalog, CompiledPattern } from './catalog.js';
import { ContextDetector } from './context.js';
import { RunOutcome, type Recovery } from './outcome.js';
import { buildGate, buildPatternGate } from './gate.js';
import { ScriptListing } from './script-listing.js';

const LINES_BEFORE = 3;
// Long enough for a pretty-printed error body (policy details, ARM details[]) below its code.
const LINES_AFTER = 40;
const CONTEXT_LINE_CHARS = 2000;
const WINDOW_LINES = LINES_BEFORE + LINES_AFTER + 1;
const EVIDENCE_CHARS = 300;
/** Lines longer than this (a debug log's JSON bodies) meet the anchors' combined regex first. */
const LONG_LINE = 1024;
// A log repeating one error a million times still yields one finding; one that repeats a code with a
// different message each time (a request ID in every poll) yields a few, and later errors still count.
/** Distinct findings kept per code, exit status or pattern: enough for conditions and evidence. */
const MAX_PER_KIND = 10;
/** Codes the catalog does not know are listed once each, and at most this many of them. */
const MAX_UNKNOWN_CODES = 200;
/** Wrapper codes (BadRequest ...) kept for their messages, per scan. */
const MAX_GENERIC = 20;

export interface Finding {
  record?: ErrorRecord;
  pattern?: CompiledPattern;
  line: number;
  source?: string;
  /** The log line, shortened around the match. */
  evidence: string;
  /** The lines around the finding, joined: what message conditions are checked against. */
  context: string;
  /** How many times the same finding occurred. */
  count: number;
  /** Found inside the CI job's own Azure sign-in step (see context.ts). */
  duringLogin?: boolean;
  /** The run got past this error: the log later says it succeeded (see outcome.ts). */
  recoveredBy?: Recovery;
  /** The line of the same finding's last repetition in the same log, if it repeated. */
  lastLine?: number;
  /** The Terraform resource type whose diagnostic holds the finding (its `with` or `in resource` line). */
  terraformResource?: string;
}

// Terraform names the resource an error belongs to below the message, in the same diagnostic box:
// `with azurerm_subnet.aks,` (0.15+) or `on main.tf line 12, in resource "azurerm_subnet" "aks":`.
const TERRAFORM_RESOURCE =
  /^(?:\S{0,40}Z )?[\s│|]{0,8}with (azurerm_\w{1,80})\.|\bon \S{1,300} line \d{1,6}, in resource \\?"(azurerm_\w{1,80})\\?"/;

export interface LogSource {
  name?: string;
  lines: LineSource;
}

export interface ScanOptions {
  /** Read every line instead of only those the gate lets through (for tests of the gate itself). */
  ungated?: boolean;
  /** Use the gate on logs of any size, not only on large ones (for tests of the gate itself). */
  gateSmallLogs?: boolean;
}

export interface ScanOutput {
  findings: Finding[];
  context: ReturnType<ContextDetector['result']>;
  targets: ReturnType<ContextDetector['targets']>;
  lines: number;
  truncatedLines: number;
}

/** Undoes the JSON escaping that nested error bodies carry, so wording patterns see plain text. */
export function unescapeText(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\+(["'/])/g, '$1').replace(/(?:\\+[nrt])+/g, ' ');
}

function around(text: string, index: number, width = EVIDENCE_CHARS): string {
  const trimmed = text.trim();
  if (trimmed.length <= width) return trimmed;
  const offset = text.length - text.trimStart().length;
  const start = Math.max(0, Math.min(index - offset - Math.floor(width / 3), trimmed.length - width));
  return `${start > 0 ? '…' : ''}${trimmed.slice(start, start + width)}${start + width < trimmed.length ? '…' : ''}`;
}

export async function scan(
  sources: LogSource[],
  catalog: Catalog,
  options: ScanOptions = {},
): Promise<ScanOutput> {
  const extractors = createExtractors(catalog.codes());
  // Built on the first long line: a small log of short lines never pays for compiling it.
  let patternGate: RegExp | null | undefined;
  const filter: LineFilter | undefined = options.ungated
    ? undefined
    : {
        // Built only when a log is large enough to be filtered (see read-lines.ts).
        gate: () => buildGate(catalog, extractors),
        before: LINES_BEFORE,
        keepUntil: 0,
        ...(options.gateSmallLogs ? { minBytes: 0 } : {}),
      };
  const totals: ReadTotals = { lines: 0, truncated: 0 };
  const detector = new ContextDetector();
  const findings: Finding[] = [];
  const byKey = new Map<string, Finding>();
  const perKind = new Map<string, number>();
  let unknownCodes = 0;
  let genericKept = 0;

  for (const source of sources) {
    const listing = new ScriptListing();
    const outcome = new RunOutcome();
    const firstFinding = findings.length;
    // Line numbers start again in each log.
    if (filter) filter.keepUntil = 0;
    detector.startLog();
    // The window holds the recent lines; a finding waits for LINES_AFTER more before its context is final.
    const window: { number: number; text: string }[] = [];
    let waiting: { finding: Finding; until: number }[] = [];
    const contextOf = (from: number, to: number): string =>
      window
        .filter((l) => l.number >= from && l.number <= to)
        .map((l) => l.text)
        .join('\n');
    const settle = (force: boolean, current: number): void => {
      if (waiting.length === 0) return;
      const still: typeof waiting = [];
      for (const w of waiting) {
        if (force || current >= w.until)
          w.finding.context = contextOf(w.finding.line - LINES_BEFORE, w.until);
        else still.push(w);
      }
      waiting = still;
    };
    const windowLine = (line: LogLine) => ({
      number: line.number,
      text: unescapeText(normalizeLine(line.text)).slice(0, CONTEXT_LINE_CHARS),
    });
    // The lines the reader skipped before the recent lines, wanted once one of them holds a finding.
    // A line the gate let through that held nothing still sits between a finding and its context
    // (`##[endgroup]` between an `env:` block and the error), so the last few such sets are kept.
    let skipped: { at: number; lines: NonNullable<LogLine['before']> }[] = [];
    const takeBefore = (): void => {
      if (skipped.length === 0) return;
      const current = window.pop()!;
      const have = new Set(window.map((l) => l.number));
      const lines = skipped
        .flatMap((s) => s.lines())
        .filter((l) => l.number >= current.number - LINES_BEFORE && !have.has(l.number));
      for (const line of lines) window.push(windowLine(line));
      window.sort((a, b) => a.number - b.number);
      window.push(current);
      while (window.length > WINDOW_LINES) window.shift();
      skipped = [];
    };
    const add = (
      finding: Omit<Finding, 'context' | 'count'>,
      key: string,
      kind: string,
      unknown = false,
    ): void => {
      const seen = byKey.get(key);
      if (seen) {
        seen.count++;
        if (seen.source === finding.source) seen.lastLine = finding.line;
        return;
      }
      const kept = perKind.get(kind) ?? 0;
      if (kept >= (unknown ? 1 : MAX_PER_KIND)) return;
      if (unknown && unknownCodes++ >= MAX_UNKNOWN_CODES) return;
      perKind.set(kind, kept + 1);
      takeBefore();
      const full: Finding = { ...finding, context: '', count: 1 };
      byKey.set(key, full);
      findings.push(full);
      waiting.push({ finding: full, until: finding.line + LINES_AFTER });
      // The reader skips lines nobody asked for: ask for the finding's context.
      if (filter && filter.keepUntil < finding.line + LINES_AFTER)
        filter.keepUntil = finding.line + LINES_AFTER;
    };

    for await (const raw of source.lines(filter, totals)) {
      const text = normalizeLine(raw.text);
      const plain = unescapeText(text);
      window.push({ number: raw.number, text: plain.slice(0, CONTEXT_LINE_CHARS) });
      if (window.length > WINDOW_LINES) window.shift();
      if (raw.before) skipped.push({ at: raw.number, lines: raw.before });
      if (skipped.length && skipped[0]!.at < raw.number - LINES_BEFORE)
        skipped = skipped.filter((s) => s.at >= raw.number - LINES_BEFORE);
      settle(false, raw.number);
      // The first resource line below a finding is its own diagnostic's.
      const resource = text.includes('azurerm_') ? TERRAFORM_RESOURCE.exec(text) : null;
      if (resource)
        for (const w of waiting)
          if (w.finding.line < raw.number) w.finding.terraformResource ??= resource[1] ?? resource[2];
      listing.observe(raw.text, raw.number);
      // A line the gate let through only as a neighbour yields nothing (see gate.ts): context only.
      if (raw.contextOnly || text.trim().length === 0) continue;
      detector.observe(text, raw.number);
      // The step's own script, printed before it runs: source code, not output.
      if (listing.contains(raw.number)) continue;
      outcome.observe(text, raw.number);
      const duringLogin = detector.inLoginStep(raw.number);
      // A warning that names an error code is a harmless mention: it diagnoses nothing.
      if (isWarningLine(raw.text)) continue;

      for (const record of extractLine(extractors, text, raw.number)) {
        // Wrapper codes diagnose nothing (see resolve.ts); a few are kept for their message, which is
        // all a log whose real error is not in the catalog has to say.
        const generic = record.code !== undefined && catalog.genericCodes.has(record.code);
        if (generic && (!record.structured || genericKept >= MAX_GENERIC)) continue;
        if (generic) genericKept++;
        const what = record.code ?? `exit:${record.os ?? ''}:${record.exitCode}`;
        const at = record.code ? text.indexOf(record.code) : text.indexOf(String(record.exitCode));
        add(
          {
            record,
            line: raw.number,
            source: source.name,
            evidence: around(text, Math.max(0, at)),
            ...(duringLogin ? { duringLogin } : {}),
          },
          `r|${what}|${record.format}|${record.message.slice(0, 160)}`,
          generic ? `g|${what}|${record.message.slice(0, 160)}` : `r|${what}`,
          !generic && record.code !== undefined && catalog.claims(record.code).length === 0,
        );
      }
      // A pattern runs only on a line holding its anchor: most lines hold none, and a pattern's regex
      // is compiled only once some line does.
      if (plain.length > LONG_LINE && patternGate !== null) patternGate ??= buildPatternGate(catalog) ?? null;
      if (catalog.patterns.length && (plain.length <= LONG_LINE || !patternGate || patternGate.test(plain))) {
        const lower = plain.toLowerCase();
        for (const pattern of catalog.patterns) {
          if (pattern.lowerAnchor !== undefined && !lower.includes(pattern.lowerAnchor)) continue;
          const m = pattern.regex.exec(plain);
          if (!m) continue;
          add(
            {
              pattern,
              line: raw.number,
              source: source.name,
              evidence: around(plain, m.index),
              ...(duringLogin ? { duringLogin } : {}),
            },
            `p|${pattern.entry.id}|${pattern.source}|${m[0].slice(0, 160)}`,
            `p|${pattern.source}`,
          );
        }
      }
    }
    settle(true, Number.MAX_SAFE_INTEGER);
    for (const finding of findings.slice(firstFinding)) {
      // Got past only if its last repetition was.
      const recovery = outcome.recoveryAfter(finding.lastLine ?? finding.line);
      if (recovery) finding.recoveredBy = recovery;
    }
  }
  return {
    findings,
    context: detector.result(),
    targets: detector.targets(),
    lines: totals.lines,
    truncatedLines: totals.truncated,
  };
}
