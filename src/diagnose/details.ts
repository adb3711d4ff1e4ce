// "Details worth reading" in an AKS error: the region, VM size, quota numbers, names of the subnet,
// node pool, policy, versions, and the IDs support asks for. Each key has a few rules (detail-rules.ts);
// the earliest valid match wins, because the text is ordered from the error line outward.

import { RULES, type Rule } from './detail-rules.js';

export interface Details {
  [key: string]: string | number;
}

/** Human labels for the keys, in display order (for the summary table). */
export const DETAIL_LABELS: ReadonlyArray<[key: string, label: string]> = [
  ['cluster', 'Cluster'],
  ['nodePool', 'Node pool'],
  ['region', 'Region'],
  ['vmSize', 'VM size'],
  ['vmFamily', 'VM family'],
  ['quotaLimit', 'Quota limit'],
  ['quotaUsage', 'Quota in use'],
  ['quotaRequired', 'Additional quota required'],
  ['quotaNewLimit', 'New limit required'],
  ['quotaRemaining', 'Quota remaining'],
  ['subnet', 'Subnet'],
  ['vnet', 'Virtual network'],
  ['policyAssignment', 'Policy assignment'],
  ['policyDefinition', 'Policy definition'],
  ['kubernetesVersion', 'Kubernetes version'],
  ['currentVersion', 'Current version'],
  ['targetVersion', 'Target version'],
  ['nodePoolVersion', 'Node pool version'],
  ['exitCode', 'Exit code'],
  ['nodeOs', 'Node OS'],
  ['link', 'Link in the message'],
  ['correlationId', 'Correlation ID'],
  ['requestId', 'Request ID'],
  ['trackingId', 'Tracking ID'],
  ['traceId', 'Trace ID'],
  ['operationId', 'Operation ID'],
  ['timestamp', 'Timestamp'],
];

/** The support-handle subset (correlation/request/trace IDs, timestamp) */
export const SUPPORT_HANDLE_KEYS: readonly string[] = [
  'correlationId',
  'requestId',
  'trackingId',
  'traceId',
  'operationId',
  'timestamp',
];

let useHints = true;
/** For the test that proves the hints change nothing: run every rule on every text. */
export function ignoreHintsForTest(ignore: boolean): void {
  useHints = !ignore;
}

/** The first valid match of `rule` that starts before `before`, or undefined. */
function firstMatch(
  rule: Rule,
  input: string,
  lower: string,
  before: number,
): { at: number; value: string | number } | undefined {
  if (useHints && rule.hints && !rule.hints.some((hint) => lower.includes(hint))) return undefined;
  rule.re.lastIndex = 0;
  for (let m = rule.re.exec(input); m && m.index < before; m = rule.re.exec(input)) {
    const raw = m.groups?.v;
    const value = raw === undefined ? undefined : rule.clean(raw);
    if (value !== undefined) return { at: m.index, value };
    if (m[0].length === 0) rule.re.lastIndex++;
  }
  return undefined;
}

const RULES_BY_KEY = new Map<string, Rule[][]>();
for (const r of RULES) {
  const tiers = RULES_BY_KEY.get(r.key) ?? [];
  (tiers[r.tier] ??= []).push(r);
  RULES_BY_KEY.set(r.key, tiers);
}

/** Details found in `text` (an error message plus the lines around it, already JSON-unescaped; may be
 *  several kB and may contain several errors). Keys are fixed camelCase names; values are short
 *  strings (≤ 200 chars) or numbers. Unknown = key absent. Never throws; linear time. */
export function extractDetails(text: string): Details {
  const details: Details = {};
  if (typeof text !== 'string' || !text) return details;
  const lower = text.toLowerCase();
  for (const [key, tiers] of RULES_BY_KEY) {
    for (const tier of tiers) {
      let best: { at: number; value: string | number } | undefined;
      for (const r of tier ?? []) best = firstMatch(r, text, lower, best ? best.at : Infinity) ?? best;
      if (best) {
        details[key] = best.value;
        break;
      }
    }
  }
  return details;
}
