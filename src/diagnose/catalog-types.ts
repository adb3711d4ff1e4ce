// The shape of a catalog entry, as catalog/schema.json defines it.

export type Operation =
  | 'create'
  | 'update'
  | 'upgrade'
  | 'scale'
  | 'delete'
  | 'start'
  | 'stop'
  | 'nodepool-add'
  | 'nodepool-upgrade'
  | 'nodepool-scale'
  | 'nodepool-delete'
  | 'autoscaler'
  | 'kubectl'
  | 'workload';

export type EntryOs = 'any' | 'linux' | 'windows';

export interface Condition {
  message?: string[];
  operations?: Operation[];
  os?: 'linux' | 'windows';
}

export type CodeClaim = string | { code: string; when: Condition };

export interface MitigationStep {
  step: string;
  commands?: string[];
}

export interface DocLink {
  url: string;
  title: string;
  when?: Condition;
}

export interface CatalogEntry {
  id: string;
  title: string;
  category: string;
  summary: string;
  codes?: CodeClaim[];
  exitCodes?: { code: number; os: 'linux' | 'windows'; note?: string }[];
  patterns?: string[];
  operations: Operation[];
  os: EntryOs;
  retryable: boolean;
  cause: string;
  mitigation: MitigationStep[];
  docs: DocLink[];
  seedRows?: string[];
  relatedCodes?: string[];
}

export interface CatalogData {
  genericCodes: string[];
  /** Codes any Azure resource provider returns: an AKS diagnosis only when AKS is involved. */
  azureWideCodes?: string[];
  entries: CatalogEntry[];
  /** Each wording pattern's anchors, computed when catalog.json is built (null: it has none). */
  patternAnchors?: Record<string, string[] | null>;
}
