// Microsoft Entra ID (Azure AD) errors inside AKS messages: `AADSTS7000222: The provided client
// secret keys ... are expired`. The number names the cause; the surrounding code is usually BadRequest.
import { cap, type ErrorRecord, type Extractor } from './types.js';

const AADSTS = /\b(AADSTS\d{5,8})\b:?\s?(.{0,300})/g;

export const aadExtractor: Extractor = {
  format: 'aad',
  triggers: ['AADSTS'],
  extract(line, lineNumber) {
    if (!line.includes('AADSTS')) return [];
    const records: ErrorRecord[] = [];
    for (const m of line.matchAll(AADSTS)) {
      records.push({
        code: m[1]!,
        message: cap(m[2]!),
        line: lineNumber,
        depth: 3,
        format: 'aad',
        structured: true,
      });
    }
    return records;
  },
};
