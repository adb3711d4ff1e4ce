// The catalog, indexed for matching: which entries claim a code (and on what condition), which
// entries an exit status means on each node OS, and every wording pattern compiled once.
import builtin from '../../catalog/catalog.json' with { type: 'json' };
import { patternAnchors } from './anchors.js';
import type { CatalogData, CatalogEntry, Condition } from './catalog-types.js';

export interface CodeClaimRef {
  entry: CatalogEntry;
  when?: CompiledCondition;
}

export interface CompiledCondition {
  message?: RegExp[];
  operations?: Condition['operations'];
  os?: Condition['os'];
}

export interface CompiledPattern {
  entry: CatalogEntry;
  source: string;
  regex: RegExp;
  /** Literals one of which every match contains (see anchors.ts); undefined when there are none. */
  anchors?: string[];
  /** The anchor in lower case: a line without it cannot match (the pattern is case-insensitive). */
  lowerAnchor?: string;
}

export class Catalog {
  readonly entries: CatalogEntry[];
  readonly genericCodes: Set<string>;
  readonly azureWideCodes: Set<string>;
  private readonly claimsByCode = new Map<string, CodeClaimRef[]>();
  // Some services change a code's case across versions (VMExtensionError_OutBoundConnFail).
  private readonly claimsByLowerCode = new Map<string, CodeClaimRef[]>();
  private readonly exitIndex = new Map<string, CatalogEntry[]>();
  private readonly docConditions = new Map<CatalogEntry, (CompiledCondition | undefined)[]>();
  readonly patterns: CompiledPattern[] = [];

  constructor(data: CatalogData) {
    this.entries = data.entries;
    this.genericCodes = new Set(data.genericCodes);
    this.azureWideCodes = new Set(data.azureWideCodes ?? []);
    for (const entry of data.entries) {
      for (const claim of entry.codes ?? []) {
        const code = typeof claim === 'string' ? claim : claim.code;
        const ref: CodeClaimRef = {
          entry,
          when: typeof claim === 'string' ? undefined : compile(claim.when),
        };
        const list = this.claimsByCode.get(code) ?? [];
        list.push(ref);
        this.claimsByCode.set(code, list);
        this.claimsByLowerCode.set(code.toLowerCase(), list);
      }
      for (const exit of entry.exitCodes ?? []) {
        const key = `${exit.os}:${exit.code}`;
        this.exitIndex.set(key, [...(this.exitIndex.get(key) ?? []), entry]);
      }
      for (const source of entry.patterns ?? []) {
        // The built-in catalog carries its anchors; an extra catalog's are computed here.
        const known = data.patternAnchors?.[source];
        const anchors = known === undefined ? patternAnchors(source) : (known ?? undefined);
        const pattern: CompiledPattern = { entry, source, regex: new RegExp(source, 'i') };
        if (anchors) {
          pattern.anchors = anchors;
          pattern.lowerAnchor = anchors[0]!.toLowerCase();
        }
        this.patterns.push(pattern);
      }
      this.docConditions.set(
        entry,
        entry.docs.map((d) => (d.when ? compile(d.when) : undefined)),
      );
    }
  }

  /** Every code any entry claims: what the running-text scan looks for. */
  codes(): string[] {
    return [...this.claimsByCode.keys()];
  }

  claims(code: string): CodeClaimRef[] {
    return this.claimsByCode.get(code) ?? this.claimsByLowerCode.get(code.toLowerCase()) ?? [];
  }

  entriesForExit(os: 'linux' | 'windows', exitCode: number): CatalogEntry[] {
    return this.exitIndex.get(`${os}:${exitCode}`) ?? [];
  }

  docConditionsOf(entry: CatalogEntry): (CompiledCondition | undefined)[] {
    return this.docConditions.get(entry) ?? [];
  }
}

function compile(condition: Condition): CompiledCondition {
  return {
    message: condition.message?.map((source) => new RegExp(source, 'i')),
    operations: condition.operations,
    os: condition.os,
  };
}

export function builtinCatalogData(): CatalogData {
  return builtin as unknown as CatalogData;
}

/** The built-in catalog plus extra entries; an extra entry with a built-in id replaces it. */
export function mergeCatalogs(base: CatalogData, extras: CatalogEntry[]): CatalogData {
  const ids = new Set(extras.map((e) => e.id));
  return {
    genericCodes: base.genericCodes,
    ...(base.azureWideCodes ? { azureWideCodes: base.azureWideCodes } : {}),
    entries: [...base.entries.filter((e) => !ids.has(e.id)), ...extras],
    ...(base.patternAnchors ? { patternAnchors: base.patternAnchors } : {}),
  };
}
