// go-autorest (old Terraform azurerm, old Pulumi, AKS's own wrapped errors):
// `Code="X" Message="Y"` and `Code='X' Message='Y'`, possibly escaped, several per line when wrapped.
import { CODE_TOKEN, cap, type ErrorRecord, type Extractor } from './types.js';

const AUTOREST_CODE = new RegExp(`\\bCode=\\\\{0,8}["'](${CODE_TOKEN})\\\\{0,8}["']`, 'g');
const AUTOREST_MESSAGE = /^\s{0,4}Message=\\{0,8}["']((?:[^"'\\]|\\.){0,600})/;

export const goAutorestExtractor: Extractor = {
  format: 'go-autorest',
  triggers: ['Code='],
  extract(line, lineNumber) {
    if (!line.includes('Code=')) return [];
    const records: ErrorRecord[] = [];
    let order = 0;
    for (const m of line.matchAll(AUTOREST_CODE)) {
      const message = AUTOREST_MESSAGE.exec(line.slice(m.index + m[0].length))?.[1] ?? '';
      records.push({
        code: m[1]!,
        message: cap(message),
        line: lineNumber,
        depth: order++,
        format: 'go-autorest',
        structured: true,
      });
    }
    return records;
  },
};
