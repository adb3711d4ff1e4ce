// The line gate: one regex of plain words that every line able to yield a finding must contain. The
// reader runs it over whole blocks of a log and decodes only the lines it matches (and their
// neighbours), so a 100 MB debug log costs little more than reading it. The words come from the
// parts that decide what a line yields: the catalog's codes, a literal word of every wording
// pattern, each extractor's triggers and the context detector's triggers.
import type { Extractor } from '../extract/index.js';
import type { Catalog } from './catalog.js';
import { CONTEXT_TRIGGERS } from './context.js';
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
  const words = new Set<string>([...CONTEXT_TRIGGERS, ...SCRIPT_LISTING_TRIGGERS, ...anchors]);
  for (const code of catalog.codes()) words.add(code);
  for (const extractor of extractors) for (const t of extractor.triggers) words.add(t);
  return wordRegex(words, 'g');
}

/**
 * One regex of every pattern's anchors: a line must match it before any wording pattern is tried. On a
 * long line one pass of it is cheaper than looking for each anchor in turn.
 */
export function buildPatternGate(catalog: Catalog): RegExp | undefined {
  const anchors = anchorsOf(catalog);
  return anchors && anchors.length ? wordRegex(new Set(anchors), '') : undefined;
}

function wordRegex(words: Set<string>, flags: string): RegExp {
  // A word that starts with another adds nothing: the shorter one already lets the line through.
  // Both are tried at word starts only, so only a prefix makes a word redundant.
  const list = [...words].filter((w) => w.length > 0);
  const minimal = list.filter((w) => !list.some((o) => o !== w && o.length < w.length && w.startsWith(o)));
  minimal.sort();
  // Every word starts at a word start, so the engine tries only there: several times faster.
  return new RegExp(`\\b(?:${minimal.map((w) => w.replace(REGEX_SPECIAL, '\\$&')).join('|')})`, flags);
}
