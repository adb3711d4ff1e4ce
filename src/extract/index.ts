// The extract stage: every extractor runs on every normalised line; each returns the error records of
// its own output format. Adding a format means adding one module to this list.
import { aadExtractor } from './aad.js';
import { armJsonExtractor } from './arm-json.js';
import { azureCliExtractor } from './azure-cli.js';
import { createCatalogScanExtractor } from './catalog-scan.js';
import { goAutorestExtractor } from './go-autorest.js';
import { nodeProvisioningExtractor } from './node-provisioning.js';
import type { ErrorRecord, Extractor } from './types.js';

export type { ErrorRecord, Extractor, NodeOs, SourceFormat, Trigger } from './types.js';

export function createExtractors(knownCodes: Iterable<string>): Extractor[] {
  return [
    azureCliExtractor,
    armJsonExtractor,
    goAutorestExtractor,
    nodeProvisioningExtractor,
    aadExtractor,
    createCatalogScanExtractor(knownCodes),
  ];
}

export function extractLine(extractors: Extractor[], line: string, lineNumber: number): ErrorRecord[] {
  const records: ErrorRecord[] = [];
  for (const extractor of extractors) {
    for (const record of extractor.extract(line, lineNumber)) records.push(record);
  }
  return records;
}
