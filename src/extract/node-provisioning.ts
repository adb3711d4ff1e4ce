// Node provisioning (the vmssCSE custom script extension): exit statuses and CSE error names.
// The `Output` field of a CSE failure is the tail of a bash xtrace full of `ERR_X=50` assignments;
// those are decoys, so names are taken only from the forms AKS uses to report a failure, and exit
// statuses only from the extension's own report, never from script text.
import { cap, SHELL_SOURCE, type ErrorRecord, type Extractor, type NodeOs } from './types.js';

const EXIT_STATUS = [
  // CustomScript: "command terminated with exit status=51"; RP summary: "vmssCSE exit status=50".
  // Only these: "exit status=50" in prose or a test name is no node's report.
  /(?:\bterminated with|CSE) exit status=(\d{1,3})\b/g,
  // AgentBaker's JSON on stdout, at any escape depth: "ExitCode": "51".
  /\\{0,8}"ExitCode\\{0,8}"\s{0,4}:\s{0,4}\\{0,8}"(\d{1,3})\\{0,8}"/g,
  // Instance view status: ProvisioningState/failed/51.
  /\bProvisioningState\/failed\/(\d{1,3})\b/g,
];
const WINDOWS_EXIT = [/\bExitCode: \|(\d{1,3})\|/g, /\bExit Code: (\d{1,3})\b/g];
const CSE_NAMES = [
  /\bCSE failed with '(VMExtensionError_[A-Za-z0-9]+)'/g,
  /\b(?:CSE Error: |Output: \|)(WINDOWS_CSE_ERROR_[A-Z0-9_]+)/g,
];
const WINDOWS_MARKER =
  /WINDOWS_CSE_ERROR_|ExitCode: \|\d|'CustomScriptExtension'|Microsoft\.Compute\.CustomScriptExtension/;
const LINUX_MARKER = /Microsoft\.Azure\.Extensions|\[stdout\]|"ExitCode\\{0,8}"|\/var\/log\/azure/;

// Every form above starts with one of these words.
const TRIGGER_WORDS = ['exit status', 'ExitCode', 'Exit Code', 'CSE', 'Output', 'ProvisioningState'];
const TRIGGERS = new RegExp(`\\b(?:${TRIGGER_WORDS.join('|')})`);

function lineOs(line: string): NodeOs | undefined {
  if (WINDOWS_MARKER.test(line)) return 'windows';
  if (LINUX_MARKER.test(line)) return 'linux';
  return undefined;
}

function collect(
  patterns: RegExp[],
  line: string,
  make: (m: RegExpExecArray) => Omit<ErrorRecord, 'line' | 'format' | 'depth' | 'structured'>,
  lineNumber: number,
  into: ErrorRecord[],
): void {
  for (const pattern of patterns) {
    for (const m of line.matchAll(pattern)) {
      into.push({ ...make(m), line: lineNumber, depth: 2, format: 'node-provisioning', structured: true });
    }
  }
}

export const nodeProvisioningExtractor: Extractor = {
  format: 'node-provisioning',
  triggers: TRIGGER_WORDS,
  extract(line, lineNumber) {
    if (!TRIGGERS.test(line) || SHELL_SOURCE.test(line)) return [];
    const records: ErrorRecord[] = [];
    const os = lineOs(line);
    const message = (m: RegExpExecArray) => cap(line.slice(m.index, m.index + 400));
    collect(
      EXIT_STATUS,
      line,
      (m) => ({ exitCode: Number(m[1]), os, message: message(m) }),
      lineNumber,
      records,
    );
    collect(
      WINDOWS_EXIT,
      line,
      (m) => ({ exitCode: Number(m[1]), os: 'windows', message: message(m) }),
      lineNumber,
      records,
    );
    collect(CSE_NAMES, line, (m) => ({ code: m[1]!, os, message: message(m) }), lineNumber, records);
    // The same status is often reported twice on one line (exit status=N and "ExitCode": "N").
    return records.filter(
      (r, i) => records.findIndex((o) => o.exitCode === r.exitCode && o.code === r.code) === i,
    );
  },
};
