// The anchor of a wording pattern: a literal phrase that every match of the pattern contains. The line
// gate (gate.ts) looks for anchors before any pattern runs, and the scan runs a pattern only on lines
// holding its anchor. Computing anchors means parsing every pattern, which costs more than the action's
// whole start-up budget allows, so scripts/build-catalog.mjs computes them for the built-in catalog
// (this module has no imports so that the script can load it) and only extra catalogs pay at run time.

const MIN_ANCHOR = 6;
/** Anchors grow word by word until they are at least this long. */
const ANCHOR_LENGTH = 12;

/**
 * Literals one of which any match of a case-insensitive pattern contains, each starting at a word
 * start: the pattern's longest literal phrase (a phrase is rarer than any of its words), as written,
 * with its first letter's case flipped, in lower case and in upper case. Quotes, slashes and
 * backslashes end a phrase, because the gate sees lines before JSON escapes are undone. Undefined
 * when the pattern has no phrase long enough.
 */
export function patternAnchors(source: string): string[] | undefined {
  if (topLevelAlternation(source)) return undefined;
  let best = '';
  for (const { text, atStart } of literalRuns(source)) {
    for (const [i, piece] of text.split(/["'`\\/]/).entries()) {
      // Only a phrase that starts at a word start can be matched after \b.
      const words = piece.split(/(?<=[^A-Za-z0-9_])(?=[A-Za-z0-9_])/);
      const fromWordStart =
        i === 0 && atStart && /^[A-Za-z0-9_]/.test(piece) ? piece : words.slice(1).join('');
      const phrase = leadingWords(fromWordStart.replace(/^[^A-Za-z0-9_]+/, '').trimEnd());
      if (rarity(phrase) > rarity(best)) best = phrase;
    }
  }
  if (best.length < MIN_ANCHOR) return undefined;
  const flipped =
    (best[0] === best[0]!.toUpperCase() ? best[0]!.toLowerCase() : best[0]!.toUpperCase()) + best.slice(1);
  const title = best.replace(
    /(^|[^A-Za-z0-9_])([a-z])/g,
    (_, before: string, letter: string) => before + letter.toUpperCase(),
  );
  return [...new Set([best, flipped, best.toLowerCase(), best.toUpperCase(), title])];
}

/**
 * How rare a phrase is likely to be in a log, for choosing the anchor: any phrase of two words or
 * more beats a single word, however long (one word such as `ContainerService` can sit in every line
 * of a debug log's URLs), then the longer phrase wins. Phrases under MIN_ANCHOR rank last.
 */
function rarity(phrase: string): number {
  if (phrase.length < MIN_ANCHOR) return phrase.length - 1000;
  return (
    phrase.length + (/[A-Za-z0-9_][^A-Za-z0-9_]+[A-Za-z0-9_]/.test(phrase) && / /.test(phrase) ? 1000 : 0)
  );
}

/**
 * The phrase's first words, just enough of them to be rare: a longer phrase is more likely to
 * change case somewhere in a real message ("exceeding quota limits of Core").
 */
function leadingWords(phrase: string): string {
  const words = phrase.split(/(?<= )/);
  let out = '';
  for (const [i, word] of words.entries()) {
    // Two words at least: one common word ("subscription") would let half a debug log through.
    if (out.trimEnd().length >= ANCHOR_LENGTH && (i >= 2 || out.length >= 2 * ANCHOR_LENGTH)) break;
    out += word;
  }
  return out.trimEnd();
}

function topLevelAlternation(source: string): boolean {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (ch === '[') {
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    } else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

/** Runs of characters that every match contains literally, outside groups and classes. */
function literalRuns(source: string): { text: string; atStart: boolean }[] {
  const runs: { text: string; atStart: boolean }[] = [];
  let current = '';
  let currentStart = 0;
  let depth = 0;
  const flush = () => {
    if (current)
      runs.push({ text: current, atStart: currentStart === 0 || source[currentStart - 1] === '^' });
    current = '';
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      const next = source[++i] ?? '';
      if (/[A-Za-z0-9]/.test(next)) flush();
      else if (depth === 0) {
        if (!current) currentStart = i - 1;
        current += next;
      }
    } else if (ch === '(') {
      depth++;
      flush();
    } else if (ch === ')') {
      depth--;
      flush();
      // A quantified group may be absent; the run after it is still literal.
    } else if (depth > 0) continue;
    else if (ch === '[') {
      flush();
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    } else if (ch === '?' || ch === '*' || ch === '{') {
      // The quantified character is optional: it is not part of the run.
      current = current.slice(0, -1);
      flush();
      if (ch === '{') while (i < source.length && source[i] !== '}') i++;
    } else if (ch === '+' || ch === '.' || ch === '^' || ch === '$') flush();
    else {
      if (!current) currentStart = i;
      current += ch;
    }
  }
  flush();
  return runs;
}
