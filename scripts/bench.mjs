#!/usr/bin/env node
// `npm run bench`: how fast and how small aks-triage is on big `az --debug` logs, against `grep` as the
// floor, plus the action's cold start against a bare `node`. It reports; it does not gate: the exit
// status is 0 unless something crashed. Uses the committed bundles in dist/ (run `npm run bundle` first
// after changing src/).
// Flags: --quick (10 MB / 100 MB instead of 100 MB / 1 GB), --skip-1gb, --json (print JSON only).
import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  openSync,
  closeSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDebugLog, headerLine, readHeaderLine, PLANTED } from './bench/generate-debug-log.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const flags = new Set(process.argv.slice(2));
const quick = flags.has('--quick');
const skipLarge = flags.has('--skip-1gb');
const jsonOnly = flags.has('--json');
const benchDir = process.env.AKS_TRIAGE_BENCH_DIR || join(os.tmpdir(), 'aks-triage-bench');
const MiB = 1024 * 1024;
const small = quick ? { label: '10mb', bytes: 10 * MiB } : { label: '100mb', bytes: 100 * MiB };
const large = quick ? { label: '100mb', bytes: 100 * MiB } : { label: '1gb', bytes: 1024 * MiB };
const RUNS = 5;
const COLD_WARMUPS = 5;
const COLD_RUNS = 30;
const cli = join(root, 'dist', 'cli.js');
const action = join(root, 'dist', 'index.js');

const progress = (text) => process.stderr.write(`${text}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

function timed(command, args, options) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { maxBuffer: 256 * MiB, ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error) throw result.error;
  return { ms, result };
}

async function warmPageCache(path) {
  for await (const chunk of createReadStream(path, { highWaterMark: MiB })) void chunk;
}

async function ensureLog({ label, bytes }) {
  const path = join(benchDir, `bench-${label}.log`);
  if (readHeaderLine(path) === headerLine(bytes)) {
    return { path, bytes: statSync(path).size, generatedSeconds: null, reused: true };
  }
  progress(`generating ${path} (${bytes / MiB} MiB)...`);
  const made = await generateDebugLog(path, bytes);
  return {
    path,
    bytes: made.bytes,
    lines: made.lines,
    planted: made.planted,
    generatedSeconds: round(made.ms / 1000),
    reused: false,
  };
}

function writeCodesFile() {
  const catalog = JSON.parse(readFileSync(join(root, 'catalog', 'catalog.json'), 'utf8'));
  const codes = new Set();
  for (const entry of catalog.entries) {
    for (const code of entry.codes ?? []) codes.add(typeof code === 'string' ? code : code.code);
  }
  const path = join(benchDir, 'codes.txt');
  writeFileSync(path, [...codes].join('\n') + '\n');
  return { path, count: codes.size };
}

/** A fast wrong answer does not count: the planted QuotaExceeded and exit-status-50 failures must be found. */
function checkAnswer(stdout) {
  const result = JSON.parse(stdout);
  const diagnoses = result.diagnoses ?? [];
  const quota = diagnoses.some((d) => d.code === 'QuotaExceeded');
  const exit50 = diagnoses.some((d) => d.details?.exitCode === 50);
  const codes = diagnoses.map((d) => d.code);
  const unrecognized = (result.unrecognized ?? []).map((u) => u.code ?? JSON.stringify(u));
  return { ok: quota && exit50, quota, exit50, codes, unrecognized };
}
const describeAnswer = (a) =>
  `${a.ok ? 'correct' : 'WRONG'}: ${a.codes.join(', ') || 'nothing'}` +
  (a.unrecognized.length ? ` (unrecognized: ${a.unrecognized.join(', ')})` : '');

function runExplain(file) {
  const { ms, result } = timed(process.execPath, [cli, 'explain', file, '--format', 'json'], {
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new Error(`explain exited ${result.status}: ${result.stderr.trim().slice(0, 300)}`);
  return { ms, stdout: result.stdout };
}

function runGrep(codesFile, file) {
  // Not /dev/null: GNU grep notices its output is /dev/null and stops at the first match like -q,
  // which would time a partial read. A regular file costs the same as a real reader.
  const outPath = join(benchDir, 'grep-out.txt');
  const out = openSync(outPath, 'w');
  try {
    const { ms, result } = timed('grep', ['-F', '-w', '-f', codesFile, file], {
      stdio: ['ignore', out, 'pipe'],
    });
    if (result.status !== 0 && result.status !== 1)
      throw new Error(`grep exited ${result.status}: ${result.stderr}`);
    return { ms, matchedLines: readFileSync(outPath, 'utf8').split('\n').length - 1 };
  } finally {
    closeSync(out);
  }
}

async function speedVsGrep(log, codes, rows, details) {
  await warmPageCache(log.path);
  const grepRuns = [];
  for (let i = 0; i < RUNS; i++) grepRuns.push(runGrep(codes.path, log.path));
  const cliRuns = [];
  for (let i = 0; i < RUNS; i++) cliRuns.push(runExplain(log.path));
  const answer = checkAnswer(cliRuns.at(-1).stdout);
  const grepMs = median(grepRuns.map((r) => r.ms));
  const cliMs = median(cliRuns.map((r) => r.ms));
  const ratio = cliMs / grepMs;
  rows.push({
    metric: `grep -F -w -f codes, ${small.label} (median of ${RUNS})`,
    value: `${round(grepMs / 1000, 3)} s`,
  });
  rows.push({
    metric: `explain --format json, ${small.label} (median of ${RUNS})`,
    value: `${round(cliMs / 1000, 3)} s`,
  });
  rows.push({
    metric: `explain / grep, ${small.label}`,
    value: `${round(ratio)}x`,
    target: '<= 2x',
    pass: ratio <= 2,
  });
  rows.push({
    metric: `explain answer, ${small.label}`,
    value: describeAnswer(answer),
    target: 'QuotaExceeded + exit 50',
    pass: answer.ok,
  });
  Object.assign(details, {
    grepRunsMs: grepRuns.map((r) => round(r.ms)),
    grepMatchedLines: grepRuns[0].matchedLines,
    explainRunsMs: cliRuns.map((r) => round(r.ms)),
    explainSmall: answer,
  });
}

function peakMemory(log, rows, details) {
  if (!existsSync('/usr/bin/time')) {
    rows.push({
      metric: `peak RSS, explain ${large.label}`,
      value: 'n/a: /usr/bin/time not installed',
      target: '<= 100 MiB',
      pass: null,
    });
    return;
  }
  const { ms, result } = timed(
    '/usr/bin/time',
    ['-v', process.execPath, cli, 'explain', log.path, '--format', 'json'],
    {
      encoding: 'utf8',
    },
  );
  if (result.status !== 0)
    throw new Error(`explain on ${large.label} exited ${result.status}: ${result.stderr.slice(-500)}`);
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1]);
  const mib = kb / 1024;
  const answer = checkAnswer(result.stdout);
  rows.push({
    metric: `peak RSS, explain ${large.label}`,
    value: `${round(mib, 1)} MiB`,
    target: '<= 100 MiB',
    pass: mib <= 100,
  });
  rows.push({ metric: `wall time, explain ${large.label}`, value: `${round(ms / 1000)} s` });
  rows.push({
    metric: `explain answer, ${large.label}`,
    value: describeAnswer(answer),
    target: 'QuotaExceeded + exit 50',
    pass: answer.ok,
  });
  Object.assign(details, { largeMaxRssKiB: kb, largeWallMs: round(ms), explainLarge: answer });
}

function coldStart(rows, details) {
  const outputFile = join(benchDir, 'github-output.txt');
  const summaryFile = join(benchDir, 'step-summary.md');
  // Hyphenated names (INPUT_LOG-FILE) cannot be set through a shell, hence the env object.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(INPUT_|GITHUB_|RUNNER_)/.test(k)),
  );
  Object.assign(env, {
    'INPUT_LOG-FILE': 'examples/az-aks-create-quota.log',
    INPUT_COMMENT: 'never',
    INPUT_SUMMARY: 'true',
    INPUT_ANNOTATIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'o/r',
  });
  const options = { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] };
  const runAction = () => {
    writeFileSync(outputFile, '');
    writeFileSync(summaryFile, '');
    const run = timed(process.execPath, [action], options);
    if (run.result.status !== 0)
      throw new Error(`action exited ${run.result.status}: ${run.result.stdout}${run.result.stderr}`);
    return run.ms;
  };
  const runNode = () => timed(process.execPath, ['-e', '0'], options).ms;
  for (let i = 0; i < COLD_WARMUPS; i++) {
    runAction();
    runNode();
  }
  const primary = /primary-code<<(\S+)\n(.*)\n/.exec(readFileSync(outputFile, 'utf8'))?.[2];
  const actionMs = [];
  const nodeMs = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    nodeMs.push(runNode());
    actionMs.push(runAction());
  }
  const ratio = median(actionMs) / median(nodeMs);
  rows.push({ metric: `node -e 0 (median of ${COLD_RUNS})`, value: `${round(median(nodeMs), 1)} ms` });
  rows.push({
    metric: `action, quota example, no PR (median of ${COLD_RUNS})`,
    value: `${round(median(actionMs), 1)} ms`,
  });
  rows.push({
    metric: 'action / node -e 0',
    value: `${round(ratio)}x`,
    target: '<= 1.6x',
    pass: ratio <= 1.6,
  });
  rows.push({
    metric: 'action primary-code output',
    value: primary ?? 'none',
    target: 'QuotaExceeded',
    pass: primary === 'QuotaExceeded',
  });
  Object.assign(details, {
    nodeRunsMs: nodeMs.map((x) => round(x)),
    actionRunsMs: actionMs.map((x) => round(x)),
  });
}

function printTable(report) {
  const cells = report.metrics.map((r) => [
    r.metric,
    r.value,
    r.target ?? '',
    r.pass === undefined ? '' : r.pass === null ? 'n/a' : r.pass ? 'pass' : 'FAIL',
  ]);
  const head = ['metric', 'value', 'target', 'result'];
  const widths = head.map((h, i) => Math.min(90, Math.max(h.length, ...cells.map((c) => c[i].length))));
  const line = (c) =>
    c
      .map((x, i) => (x.length > widths[i] ? x.slice(0, widths[i] - 1) + '…' : x.padEnd(widths[i])))
      .join(' | ');
  console.log(
    `aks-triage bench — Node ${report.node}, ${report.cpus} CPU (${report.cpuModel}), ${report.platform}`,
  );
  console.log(`logs in ${report.benchDir}`);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const c of cells) console.log(line(c));
  for (const e of report.errors) console.log(`ERROR in ${e.section}: ${e.message}`);
}

const report = {
  node: process.version,
  platform: `${os.platform()} ${os.arch()}`,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
  totalMemoryMiB: Math.round(os.totalmem() / MiB),
  quick,
  benchDir,
  planted: PLANTED,
  files: [],
  metrics: [],
  details: {},
  errors: [],
};
const section = async (name, fn) => {
  progress(`${name}...`);
  try {
    await fn();
  } catch (error) {
    report.errors.push({ section: name, message: error instanceof Error ? error.message : String(error) });
  }
};

mkdirSync(benchDir, { recursive: true });
const codes = writeCodesFile();
report.details.catalogCodes = codes.count;
let smallLog;
let largeLog;
await section(`log ${small.label}`, async () => {
  smallLog = await ensureLog(small);
  report.files.push(smallLog);
});
if (!skipLarge) {
  await section(`log ${large.label}`, async () => {
    largeLog = await ensureLog(large);
    report.files.push(largeLog);
  });
}
for (const f of report.files) {
  const how = f.reused ? 'reused' : `generated in ${f.generatedSeconds} s`;
  report.metrics.push({
    metric: `log ${f.path.split('/').pop()}`,
    value: `${round(f.bytes / MiB, 1)} MiB, ${how}`,
  });
}
if (smallLog)
  await section('explain vs grep', () => speedVsGrep(smallLog, codes, report.metrics, report.details));
if (largeLog) await section('peak memory', () => peakMemory(largeLog, report.metrics, report.details));
await section('cold start', () => coldStart(report.metrics, report.details));

writeFileSync(join(benchDir, 'bench-results.json'), JSON.stringify(report, null, 2) + '\n');
if (jsonOnly) console.log(JSON.stringify(report, null, 2));
else printTable(report);
process.exitCode = report.errors.length ? 1 : 0;
