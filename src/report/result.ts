// The one result object every sink renders: CLI text, markdown (job summary, PR comment), JSON (the
// `json` output and `--format json`). `schemaVersion` changes only when a field changes meaning.
import type { FailureContext } from '../diagnose/context.js';
import type { MitigationStep } from '../diagnose/catalog-types.js';

export type Confidence = 'high' | 'medium' | 'low';

export interface Evidence {
  line: number;
  text: string;
  /** The file the line came from, when several logs were read. */
  source?: string;
}

export interface Diagnosis {
  id: string;
  code: string;
  title: string;
  summary: string;
  cause: string;
  mitigation: MitigationStep[];
  url: string;
  docsTitle: string;
  category: string;
  retryable: boolean;
  confidence: Confidence;
  evidence: Evidence[];
  details: Record<string, string | number>;
}

export interface Unrecognized {
  code: string;
  message: string;
  line: number;
  source?: string;
}

/** Where a result came from, recorded so a later `workflow_run` job can publish it (fork-safe). */
export interface ResultOrigin {
  /** `owner/name` of the repository the run belonged to. */
  repository?: string;
  pullRequest?: number;
  headSha?: string;
  commentKey?: string;
  runUrl?: string;
}

export interface Result {
  schemaVersion: 1;
  found: boolean;
  diagnoses: Diagnosis[];
  unrecognized: Unrecognized[];
  context: FailureContext;
  stats: { lines: number; truncatedLines: number };
  origin?: ResultOrigin;
}
