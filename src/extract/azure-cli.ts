// Azure CLI output, modern (azure-core: `(Code) Message`, `Code: X`, `Message: ...`) and the labelled
// variants AKS puts inside messages (`SubCode: X;`, `internalErrorCode: "X"`, `Error Code: "X"`) and
// azcore's `ERROR CODE: X` used by Pulumi.
import { CODE_TOKEN, cap, type ErrorRecord, type Extractor } from './types.js';

const PAREN_CODE = new RegExp(`^(?:ERROR: )?\\((${CODE_TOKEN})\\) (.*)$`);
const LABELLED_CODE = new RegExp(
  `\\b(Code|Error Code|ERROR CODE|SubCode|internalErrorCode|ErrorCode)\\s*[:=]\\s*"?(${CODE_TOKEN})"?`,
  'g',
);
// A label whose value is not a code: `Code: 400`, or the message of a prose sentence.
const INNER_LABELS = new Set(['SubCode', 'internalErrorCode']);

// `(Code) Message` comes after `ERROR: `; labelled codes say `Code`, `SubCode`, `internalErrorCode`,
// `ErrorCode` or `Error Code` (lower-case `code` is JSON's, read by arm-json).
const TRIGGER_WORDS = [
  'ERROR',
  'Code',
  'SubCode',
  'internalErrorCode',
  'ErrorCode',
  'Error Code',
  'Exception',
];
const TRIGGERS = new RegExp(`\\b(?:${TRIGGER_WORDS.join('|')})`);

export const azureCliExtractor: Extractor = {
  format: 'azure-cli',
  triggers: TRIGGER_WORDS,
  extract(line, lineNumber) {
    const records: ErrorRecord[] = [];
    if (!TRIGGERS.test(line)) return records;
    const paren = PAREN_CODE.exec(line);
    if (paren) {
      records.push({
        code: paren[1]!,
        message: cap(paren[2]!),
        line: lineNumber,
        depth: 0,
        format: 'azure-cli',
        structured: true,
      });
    }
    if (!line.includes('ode')) return records;
    let order = 0;
    for (const m of line.matchAll(LABELLED_CODE)) {
      const label = m[1]!;
      records.push({
        code: m[2]!,
        message: cap(line.slice(m.index + m[0].length).replace(/^[\s;,."'-]+/, '')),
        line: lineNumber,
        depth: (INNER_LABELS.has(label) ? 1 : 0) + order++,
        format: 'azure-cli',
        structured: true,
      });
    }
    return records;
  },
};
