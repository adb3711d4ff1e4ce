// Markdown for the job summary, the PR comment and `--format markdown`. Log text is hostile input:
// it appears only inside code fences longer than any backtick run it contains, and text from the
// log outside fences is escaped so it cannot ping people, link issues, show images or inject HTML.
import { OTHER_ERRORS_HEADING, truncationNote } from './notes.js';
import { DETAIL_LABELS, SUPPORT_HANDLE_KEYS } from '../diagnose/details.js';
import type { Diagnosis, Result } from './result.js';

/** What to include; the sinks with a size limit drop parts in this order (see fit.ts). */
export interface MarkdownOptions {
  evidence: boolean;
  details: boolean;
  /** Render only this many diagnoses (the rest are counted). */
  maxDiagnoses: number;
  /** Heading level of the title: 2 in the job summary, 3 in a PR comment under its own headline. */
  headingLevel: 2 | 3;
}

export const FULL_MARKDOWN: MarkdownOptions = {
  evidence: true,
  details: true,
  maxDiagnoses: Infinity,
  headingLevel: 2,
};

/** A fence one backtick longer than the longest run in the text (at least three). */
export function fence(text: string, lang = ''): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(Math.max(3, longest + 1));
  return `${ticks}${lang}\n${text}\n${ticks}`;
}

/**
 * Escapes text for inline markdown: no HTML, no @mentions, no #123 or GH-123 links, no emphasis or
 * links. `&` too: GitHub decodes `&commat;` and `&num;` into the characters escaped here.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_{}[\]()<>#+!|~]/g, (ch) => `\\${ch}`)
    .replace(/@/g, '@\u200b')
    .replace(/\b(GH)-(?=\d)/gi, '$1\u200b-')
    .replace(/\r?\n/g, ' ');
}

/** A code token in backticks; a token never holds a backtick, but a tampered result might. */
export function inlineCode(text: string): string {
  return `\`${text.replace(/[`\r\n]/g, '')}\``;
}

function stepMarkdown(step: Diagnosis['mitigation'][number], index: number): string {
  const lines = [`${index + 1}. ${step.step}`];
  if (step.commands?.length) lines.push('', fence(step.commands.join('\n'), 'sh').replace(/^/gm, '   '));
  return lines.join('\n');
}

function detailsTable(details: Diagnosis['details']): string[] {
  const known = new Map(DETAIL_LABELS);
  const rows = Object.entries(details).filter(([k]) => !SUPPORT_HANDLE_KEYS.includes(k));
  if (!rows.length) return [];
  rows.sort(([a], [b]) => order(a) - order(b));
  const out = ['', '| detail | value |', '| --- | --- |'];
  for (const [k, v] of rows) out.push(`| ${escapeInline(known.get(k) ?? k)} | ${escapeInline(String(v))} |`);
  return out;
}

function order(key: string): number {
  const i = DETAIL_LABELS.findIndex(([k]) => k === key);
  return i < 0 ? DETAIL_LABELS.length : i;
}

function supportHandles(details: Diagnosis['details']): string[] {
  const labels = new Map(DETAIL_LABELS);
  const handles = SUPPORT_HANDLE_KEYS.filter((k) => details[k] !== undefined).map(
    (k) => `${escapeInline(labels.get(k) ?? k)} ${inlineCode(String(details[k]))}`,
  );
  return handles.length ? ['', `**For a support request:** ${handles.join(' · ')}`] : [];
}

export function diagnosisMarkdown(
  d: Diagnosis,
  index: number,
  options: MarkdownOptions = FULL_MARKDOWN,
  heading = true,
): string {
  const h = '#'.repeat(options.headingLevel + 1);
  const meta = [
    `**Confidence:** ${d.confidence}`,
    `**Retry may help:** ${d.retryable ? 'yes' : 'no'}`,
    `**Category:** ${d.category}`,
  ].join(' · ');
  const parts = [
    ...(heading ? [`${h} ${index + 1}. ${inlineCode(d.code)}: ${d.title}`, ''] : []),
    d.summary,
    '',
    meta,
    '',
    `**Why it happens.** ${d.cause}`,
    '',
    '**What to do**',
    '',
    d.mitigation.map(stepMarkdown).join('\n'),
    '',
    `📖 [${d.docsTitle}](${d.url})`,
  ];
  if (options.details) parts.push(...detailsTable(d.details), ...supportHandles(d.details));
  if (options.evidence && d.evidence.length) {
    const lines = d.evidence.map((e) => `${e.source ? `${e.source}:` : ''}${e.line}: ${e.text}`).join('\n');
    parts.push('', '<details><summary>Evidence from the log</summary>', '', fence(lines), '', '</details>');
  }
  return parts.join('\n');
}

/**
 * The body without a title: what was found, then the unrecognized codes. `namedInTitle`: the caller's
 * own heading already names the first diagnosis (the PR comment's headline), so a lone diagnosis is
 * not announced and titled a second time.
 */
export function findingsMarkdown(
  result: Result,
  options: MarkdownOptions = FULL_MARKDOWN,
  namedInTitle = false,
): string {
  const parts: string[] = [];
  if (!result.found) {
    parts.push('No AKS error found in the log.');
  } else {
    const n = result.diagnoses.length;
    const alone = n === 1 && namedInTitle;
    if (!alone) parts.push(n === 1 ? 'One cause found.' : `${n} causes found, most likely first.`, '');
    const shown = result.diagnoses.slice(0, options.maxDiagnoses);
    parts.push(shown.map((d, i) => diagnosisMarkdown(d, i, options, !alone)).join('\n\n'));
    if (shown.length < n) {
      parts.push(
        '',
        `…and ${n - shown.length} more: ${result.diagnoses
          .slice(shown.length)
          .map((d) => inlineCode(d.code))
          .join(', ')}.`,
      );
    }
  }
  if (result.unrecognized.length) {
    parts.push('', `**${OTHER_ERRORS_HEADING}**`, '');
    for (const u of result.unrecognized) {
      parts.push(`- ${inlineCode(u.code)} (line ${u.line}): ${escapeInline(u.message.slice(0, 200))}`);
    }
  }
  const cut = truncationNote(result);
  if (cut) parts.push('', `> ${cut}`);
  return parts.join('\n') + '\n';
}

export function resultMarkdown(result: Result, options: MarkdownOptions = FULL_MARKDOWN): string {
  return `${'#'.repeat(options.headingLevel)} AKS failure explained by aks-triage\n\n${findingsMarkdown(result, options)}`;
}
