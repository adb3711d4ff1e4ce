// Turns the scan's findings into ranked diagnoses. Ranking, strongest first: a specific error code
// (inner codes before outer ones), a node-provisioning exit status read with the node OS, then the
// message wording alone. Wrapper codes diagnose nothing; codes the catalog does not know are listed
// as unrecognized instead of being forced onto an entry.
import type { Confidence, Diagnosis, Evidence, Result, Unrecognized } from '../report/result.js';
import type { Catalog, CodeClaimRef } from './catalog.js';
import type { CatalogEntry } from './catalog-types.js';
import { conditionHolds } from './conditions.js';
import { extractDetails } from './details.js';
import { mentionsAks, type FailureContext } from './context.js';
import {
  CALLER_TOKEN,
  CLUSTER_CREDENTIALS,
  OTHER_RESOURCE_NOTE,
  SELF_MANAGED_MASTER,
  SIGN_IN_NOTE,
  ofOtherTerraformResource,
  recoveredNote,
} from './ownership.js';
import type { Finding, ScanOutput } from './scan.js';

type EvidenceKind = 'code' | 'exit' | 'phrase';

interface Candidate {
  entry: CatalogEntry;
  score: number;
  kinds: Set<EvidenceKind>;
  /** The code the log actually showed, when a code matched. */
  code?: string;
  exitCode?: number;
  /** The node OS whose exit-status table gave the match. */
  exitOs?: 'linux' | 'windows';
  findings: Finding[];
  firstLine: number;
}

const SCORE: Record<EvidenceKind, number> = { code: 100, exit: 90, phrase: 70 };
const MAX_EVIDENCE = 5;
const MAX_UNRECOGNIZED = 20;
/** How far apart two mentions of one code can be and still belong to one error block. */
const SAME_BLOCK_LINES = 15;
// A token that looks like an error code rather than a word: CamelCase, UPPER_SNAKE or with digits.
const CODE_SHAPE = /^(?:[A-Z][a-z0-9]+[A-Z][A-Za-z0-9_]*|[A-Z][A-Z0-9]*_[A-Z0-9_]+|[A-Za-z]+\d+)$/;

export function resolve(scanned: ScanOutput, catalog: Catalog): Result {
  const { context } = scanned;
  const candidates = new Map<string, Candidate>();
  const unrecognized: Unrecognized[] = [];
  const seenUnrecognized = new Set<string>();

  const support = (entry: CatalogEntry, kind: EvidenceKind, finding: Finding, bonus: number): Candidate => {
    let c = candidates.get(entry.id);
    if (!c) {
      c = { entry, score: 0, kinds: new Set(), findings: [], firstLine: finding.line };
      candidates.set(entry.id, c);
    }
    c.kinds.add(kind);
    c.score = Math.max(c.score, SCORE[kind] + bonus);
    c.firstLine = Math.min(c.firstLine, finding.line);
    if (!c.findings.some((f) => f.line === finding.line && f.source === finding.source))
      c.findings.push(finding);
    return c;
  };
  const markUnrecognized = (code: string, finding: Finding, message: string): void => {
    if (seenUnrecognized.has(code) || unrecognized.length >= MAX_UNRECOGNIZED) return;
    seenUnrecognized.add(code);
    unrecognized.push({
      code,
      message,
      line: finding.line,
      ...(finding.source ? { source: finding.source } : {}),
    });
  };

  // A shared code's condition may hold where the code first appears and not where the same error is
  // repeated lower down (`SubCode: X` above the message, `Code="X"` below it): within one error
  // block, a code keeps the entries its condition chose.
  const ruledBlocks: { code: string; finding: Finding; claims: CodeClaimRef[] }[] = [];
  const codeFindings = scanned.findings.filter(
    (f) => f.record?.code && !catalog.genericCodes.has(f.record.code),
  );
  for (const finding of codeFindings) {
    const record = finding.record!;
    const text = `${record.message}\n${finding.context}`;
    const ruled = catalog.claims(record.code!).filter((c) => c.when && conditionHolds(c.when, text, context));
    if (ruled.length) ruledBlocks.push({ code: record.code!, finding, claims: ruled });
  }
  const claimsFor = (finding: Finding, code: string): CodeClaimRef[] => {
    const near = ruledBlocks.filter(
      (b) =>
        b.code === code &&
        b.finding.source === finding.source &&
        Math.abs(b.finding.line - finding.line) <= SAME_BLOCK_LINES,
    );
    if (near.length) return [...new Set(near.flatMap((b) => b.claims))];
    return catalog.claims(code).filter((c) => !c.when);
  };

  // An Entra ID error while the CI job signs in to Azure, or while a tool gets its own token, is about
  // the pipeline's own credentials; the catalog's authentication entries describe the cluster's
  // service principal, which AKS reports inside its own wording (ServicePrincipalProfile).
  const signInLines = new Set<string>();
  const signInError = (entry: CatalogEntry, finding: Finding): boolean => {
    if (entry.category !== 'authentication') return false;
    const callerToken = CALLER_TOKEN.test(finding.context) && !CLUSTER_CREDENTIALS.test(finding.context);
    if (!finding.duringLogin && !callerToken) return false;
    const where = `${finding.source ?? ''}:${finding.line}`;
    if (signInLines.has(where)) return true;
    signInLines.add(where);
    const message = finding.record?.message ?? finding.evidence;
    markUnrecognized(finding.record?.code ?? 'Azure sign-in', finding, `${SIGN_IN_NOTE}${message}`);
    return true;
  };

  // An Azure-wide code (QuotaExceeded, InvalidParameter ...) from a log about another kind of
  // resource, in which nothing involves AKS, is that resource's error.
  const aboutOtherResource = (finding: Finding): boolean =>
    scanned.targets.other && !scanned.targets.aks && !mentionsAks(finding.context);
  const notAboutAks = (code: string, finding: Finding): boolean =>
    catalog.azureWideCodes.has(code) && (aboutOtherResource(finding) || ofOtherTerraformResource(finding));

  const wrappers: Finding[] = [];
  const recoveredLines = new Set<string>();
  for (const finding of scanned.findings) {
    const record = finding.record;
    // An error the run got past is not why it failed: listed, never diagnosed.
    if (finding.recoveredBy) {
      // One note per line: a wording pattern on the line restates the code found on it.
      const where = `${finding.source ?? ''}:${finding.line}`;
      if ((record?.code && catalog.genericCodes.has(record.code)) || recoveredLines.has(where)) continue;
      recoveredLines.add(where);
      const what =
        record?.code ??
        (record?.exitCode !== undefined
          ? `CSE exit status ${record.exitCode}`
          : primaryCode(finding.pattern!.entry));
      const message = record?.message || finding.evidence;
      markUnrecognized(what, finding, `${recoveredNote(finding.recoveredBy)}${message}`);
      continue;
    }
    if (finding.pattern) {
      const entry = finding.pattern.entry;
      // Wording alone is weaker than a code: in a log about another resource it diagnoses nothing.
      if (aboutOtherResource(finding) || ofOtherTerraformResource(finding)) {
        markUnrecognized(primaryCode(entry), finding, `${OTHER_RESOURCE_NOTE}${finding.evidence}`);
        continue;
      }
      if (!signInError(entry, finding)) support(entry, 'phrase', finding, 0);
      continue;
    }
    if (!record) continue;
    if (record.code) {
      if (catalog.genericCodes.has(record.code)) {
        wrappers.push(finding);
        continue;
      }
      if (catalog.claims(record.code).length === 0) {
        if (record.structured && CODE_SHAPE.test(record.code))
          markUnrecognized(record.code, finding, record.message);
        continue;
      }
      if (notAboutAks(record.code, finding)) {
        markUnrecognized(record.code, finding, `${OTHER_RESOURCE_NOTE}${record.message || finding.evidence}`);
        continue;
      }
      const chosen = claimsFor(finding, record.code);
      if (chosen.length === 0) {
        markUnrecognized(record.code, finding, record.message);
        continue;
      }
      for (const claim of chosen) {
        if (signInError(claim.entry, finding)) continue;
        const c = support(claim.entry, 'code', finding, (claim.when ? 5 : 0) + Math.min(record.depth, 5));
        c.code ??= record.code;
      }
    } else if (record.exitCode !== undefined) {
      // AKS runs no control-plane VMs in the customer's subscription: a master's setup script belongs
      // to a self-managed cluster (aks-engine, acs-engine).
      if (SELF_MANAGED_MASTER.test(`${record.message}\n${finding.context}`)) {
        markUnrecognized(
          `CSE exit status ${record.exitCode}`,
          finding,
          `${OTHER_RESOURCE_NOTE}${record.message}`,
        );
        continue;
      }
      const os = record.os ?? context.os ?? 'linux';
      const entries = catalog.entriesForExit(os, record.exitCode);
      if (entries.length === 0) {
        markUnrecognized(`CSE exit status ${record.exitCode} (${os})`, finding, record.message);
        continue;
      }
      for (const entry of entries) {
        const c = support(entry, 'exit', finding, 0);
        c.exitCode ??= record.exitCode;
        c.exitOs ??= os;
      }
    }
  }

  // Nothing else to say: the innermost wrapper's own message is the error the log holds.
  if (candidates.size === 0 && unrecognized.length === 0) {
    const told = innermostMessage(wrappers);
    if (told) {
      const note = aboutOtherResource(told) ? OTHER_RESOURCE_NOTE : '';
      markUnrecognized(told.record!.code!, told, `${note}${told.record!.message}`);
    }
  }

  const ranked = dropRestatements([...candidates.values()])
    .map((c) => ({ ...c, score: c.score + (c.kinds.size > 1 ? 10 : 0) + operationFit(c, context) }))
    .sort((a, b) => b.score - a.score || a.firstLine - b.firstLine);
  const diagnoses = ranked.map((c) => toDiagnosis(c, catalog, context));
  return {
    schemaVersion: 1,
    found: diagnoses.length > 0,
    diagnoses,
    unrecognized,
    context,
    stats: { lines: scanned.lines, truncatedLines: scanned.truncatedLines },
  };
}

// What a wrapper says when it only points elsewhere: no use as the error's message.
const POINTER_MESSAGE =
  /^\s*$|at least one resource deployment operation failed|please list deployment operations|terminal provisioning state|^(?:an )?internal (?:server )?error(?: occurred)?\.?$/i;

/** The deepest (then last) wrapper whose message says something of its own. */
function innermostMessage(wrappers: Finding[]): Finding | undefined {
  let best: Finding | undefined;
  for (const f of wrappers) {
    if (POINTER_MESSAGE.test(f.record!.message)) continue;
    if (
      !best ||
      f.record!.depth > best.record!.depth ||
      (f.record!.depth === best.record!.depth && f.line > best.line)
    )
      best = f;
  }
  return best;
}

/** Lines after a code that still belong to its message (a `Message:` line, a JSON body). */
const SAME_MESSAGE_AFTER = 10;
const SAME_MESSAGE_BEFORE = 3;

/**
 * A wording match inside the message of an error whose code or exit status was already matched
 * restates that error; listing it as a second cause would be noise. Wording matches elsewhere in
 * the log stay.
 */
function dropRestatements(all: Candidate[]): Candidate[] {
  const anchors = all.filter((c) => c.kinds.has('code') || c.kinds.has('exit')).flatMap((c) => c.findings);
  const explained = (f: Finding): boolean =>
    anchors.some(
      (a) =>
        a.source === f.source &&
        f.line >= a.line - SAME_MESSAGE_BEFORE &&
        f.line <= a.line + SAME_MESSAGE_AFTER,
    );
  return all.filter((c) => !(c.kinds.size === 1 && c.kinds.has('phrase') && c.findings.every(explained)));
}

/**
 * Between two wordings of one message, the entry written for the operation the log ran wins ("the
 * version is invalid" is a skew on a node pool upgrade, a bad parameter on create). Only for wording:
 * codes rank by depth, which a bonus must not outweigh.
 */
function operationFit(c: Candidate, context: FailureContext): number {
  const phraseOnly = c.kinds.size === 1 && c.kinds.has('phrase');
  return phraseOnly && context.operation !== null && c.entry.operations.includes(context.operation) ? 2 : 0;
}

function confidenceOf(c: Candidate, context: FailureContext): Confidence {
  const contradicts =
    (c.entry.os !== 'any' && context.os !== null && context.os !== c.entry.os) ||
    (context.operation !== null &&
      !c.entry.operations.includes(context.operation) &&
      c.kinds.has('phrase') &&
      c.kinds.size === 1);
  if (c.kinds.has('code')) return contradicts ? 'medium' : 'high';
  if (c.kinds.size > 1) return 'high';
  return contradicts ? 'low' : 'medium';
}

function primaryCode(entry: CatalogEntry): string {
  const first = entry.codes?.find((c) => typeof c === 'string') ?? entry.codes?.[0];
  if (first === undefined) return entry.id;
  return typeof first === 'string' ? first : first.code;
}

function toDiagnosis(c: Candidate, catalog: Catalog, context: FailureContext): Diagnosis {
  const text = c.findings.map((f) => f.context).join('\n');
  const conditions = catalog.docConditionsOf(c.entry);
  const doc =
    c.entry.docs.find((_, i) => {
      const when = conditions[i];
      return !when || conditionHolds(when, text, context);
    }) ?? c.entry.docs[c.entry.docs.length - 1]!;
  const evidence: Evidence[] = c.findings
    .slice()
    .sort((a, b) => a.line - b.line)
    .slice(0, MAX_EVIDENCE)
    .map((f) => ({ line: f.line, text: f.evidence, ...(f.source ? { source: f.source } : {}) }));
  // The message and the lines around it, error line first: the first value found for a key wins.
  const details: Record<string, string | number> = extractDetails(
    c.findings
      .slice()
      .sort((a, b) => a.line - b.line)
      .map((f) => f.context)
      .join('\n'),
  );
  if (c.exitCode !== undefined) details.exitCode = c.exitCode;
  // The table the exit status was read with; a Windows command does not make a Linux node's status Windows.
  if (c.exitOs) details.nodeOs = c.exitOs;
  else if (c.entry.exitCodes?.length && context.os) details.nodeOs = context.os;
  return {
    id: c.entry.id,
    code: c.code ?? primaryCode(c.entry),
    title: c.entry.title,
    summary: c.entry.summary,
    cause: c.entry.cause,
    mitigation: c.entry.mitigation,
    url: doc.url,
    docsTitle: doc.title,
    category: c.entry.category,
    retryable: c.entry.retryable,
    confidence: confidenceOf(c, context),
    evidence,
    details,
  };
}
