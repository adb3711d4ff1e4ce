// The line gate: one regex of plain words that every line able to yield a finding must contain. The
// reader runs it over whole blocks of a log and decodes only the lines it matches (and their
// neighbours), so a 100 MB debug log costs little more than reading it. The words come from the
// parts that decide what a line yields: the catalog's codes, a literal word of every wording
// pattern, each extractor's triggers, the context detector's and the run outcome's.
import type { Extractor, Trigger } from '../extract/index.js';
import type { Catalog } from './catalog.js';
import { CONTEXT_TRIGGERS } from './context.js';
import { OUTCOME_TRIGGERS } from './outcome.js';
import { SCRIPT_LISTING_TRIGGERS } from './script-listing.js';

export { patternAnchors } from './anchors.js';

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

function anchorsOf(catalog: Catalog): string[] | undefined {
  const all: string[] = [];
  for (const pattern of catalog.patterns) {
    if (!pattern.anchors) return undefined;
    all.push(...pattern.anchors);
  }
  return all;
}

/** The gate regex, or undefined when some pattern has no anchor (then every line is read). */
export function buildGate(catalog: Catalog, extractors: Extractor[]): RegExp | undefined {
  const anchors = anchorsOf(catalog);
  if (!anchors) return undefined;
  const words: Trigger[] = [
    ...CONTEXT_TRIGGERS,
    ...OUTCOME_TRIGGERS,
    ...SCRIPT_LISTING_TRIGGERS,
    ...anchors,
    ...catalog.codes(),
  ];
  for (const extractor of extractors) words.push(...extractor.triggers);
  return wordRegex(words, 'g');
}

/**
 * One regex of every pattern's anchors: a line must match it before any wording pattern is tried. On a
 * long line one pass of it is cheaper than looking for each anchor in turn.
 */
export function buildPatternGate(catalog: Catalog): RegExp | undefined {
  const anchors = anchorsOf(catalog);
  return anchors && anchors.length ? wordRegex(anchors, '') : undefined;
}

function wordRegex(triggers: Iterable<Trigger>, flags: string): RegExp {
  // Plain words, and words that count only when not followed by something (`word(?!...)`). A word
  // guarded in two different ways counts either way: it is plain.
  const plain = new Set<string>();
  const guarded = new Map<string, string>();
  for (const t of triggers) {
    if (typeof t === 'string') plain.add(t);
    else if (guarded.has(t.word) && guarded.get(t.word) !== t.notFollowedBy) plain.add(t.word);
    else guarded.set(t.word, t.notFollowedBy);
  }
  plain.delete('');
  // A word that starts with a plain word adds nothing: the shorter one already lets the line
  // through. Both are tried at word starts only, so only a prefix makes a word redundant.
  const covered = (w: string, orEqual: boolean): boolean =>
    [...plain].some((o) => (o.length < w.length || (orEqual && o === w)) && w.startsWith(o));
  const alternatives = [...plain].filter((w) => !covered(w, false)).map(escape);
  for (const [word, guard] of guarded)
    if (!covered(word, true)) alternatives.push(`${escape(word)}(?!${guard})`);
  alternatives.sort();
  // Every word starts at a word start, so the engine tries only there: several times faster.
  return new RegExp(`\\b(?:${alternatives.join('|')})`, flags);
}

function escape(word: string): string {
  return word.replace(REGEX_SPECIAL, '\\$&');
}
