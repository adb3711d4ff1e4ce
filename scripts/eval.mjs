#!/usr/bin/env node
// Scores the aks-triage CLI against labelled samples: the real-world fixture set in eval/real-world and the
// Microsoft docs examples in __tests__/fixtures/docs-examples.json. It is a report, not a gate: it exits 0
// whatever the scores are, and non-zero only when the script itself cannot run.
//
// Usage: node scripts/eval.mjs [--set real-world|real-world-2|...|docs] [--cli dist/cli.js] [--jobs 2] [--json]
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = path.join(repoRoot, 'eval');
const docsExamplesPath = path.join(repoRoot, '__tests__', 'fixtures', 'docs-examples.json');
const seedRowUrlsPath = path.join(repoRoot, '__tests__', 'fixtures', 'seed-row-urls.json');
// Every eval/real-world* folder is a set (real-world, real-world-2, ...), plus the docs corpus.
const realWorldSets = readdirSync(evalDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name.startsWith('real-world'))
  .map((d) => d.name)
  .sort();
const setNames = [...realWorldSets, 'docs'];

function parseArgs(argv) {
  const options = { sets: setNames, cli: 'dist/cli.js', jobs: 2, json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      return argv[++i];
    };
    if (arg === '--json') options.json = true;
    else if (arg === '--set') {
      const set = value();
      if (!setNames.includes(set)) throw new Error(`--set must be one of ${setNames.join(', ')}`);
      options.sets = [set];
    } else if (arg === '--cli') options.cli = value();
    else if (arg === '--jobs') {
      options.jobs = Number.parseInt(value(), 10);
      if (!(options.jobs >= 1)) throw new Error('--jobs must be a positive integer');
    } else if (arg === '--help' || arg === '-h') options.help = true;
    else throw new Error(`unknown argument: ${arg}`);
  }
  options.cli = path.resolve(repoRoot, options.cli);
  return options;
}

// One sample = { name, expected: [url], input: {file} | {text} }.
async function loadRealWorld(set) {
  const dir = path.join(evalDir, set);
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
  return manifest.samples.map((sample) => ({
    name: sample.file,
    format: sample.format,
    expected: sample.expected,
    input: { file: path.join(dir, sample.file) },
  }));
}

async function loadDocs() {
  const examples = JSON.parse(await readFile(docsExamplesPath, 'utf8'));
  const { rows } = JSON.parse(await readFile(seedRowUrlsPath, 'utf8'));
  const urlByRow = new Map(rows.map((row) => [row.row, row.url]));
  return examples.map((example) => {
    const unknownRows = example.expected.filter((row) => !urlByRow.has(row));
    if (unknownRows.length > 0)
      throw new Error(`${example.id}: no URL for seed row(s) ${unknownRows.join(', ')}`);
    return {
      name: example.id,
      format: 'docs-example',
      expected: [...new Set(example.expected.map((row) => urlByRow.get(row)))],
      input: { text: example.text },
    };
  });
}

function runCli(cliPath, input) {
  const args = [cliPath, 'explain', input.file ?? '-', '--format', 'json'];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => resolve({ error: error.message }));
    child.on('close', (code) => {
      try {
        resolve({ result: JSON.parse(stdout) });
      } catch {
        resolve({ error: `exit ${code}, output is not JSON: ${(stderr || stdout).trim().slice(0, 300)}` });
      }
    });
    child.stdin.on('error', () => {}); // the CLI may exit before reading everything; the close handler reports it
    child.stdin.end(input.text ?? '');
  });
}

// Runs at most `jobs` CLI processes at a time, keeping the results in sample order.
async function runAll(samples, cliPath, jobs) {
  const outcomes = new Array(samples.length);
  let next = 0;
  const worker = async () => {
    while (next < samples.length) {
      const index = next++;
      outcomes[index] = await runCli(cliPath, samples[index].input);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, samples.length) }, worker));
  return outcomes;
}

function judge(sample, outcome) {
  const diagnoses = outcome.result?.diagnoses ?? [];
  const got = diagnoses.map((d) => ({ id: d.id, code: d.code, url: d.url, confidence: d.confidence }));
  const unrecognized = (outcome.result?.unrecognized ?? []).map((u) => (typeof u === 'string' ? u : u.code));
  const positive = sample.expected.length > 0;
  const top1 = positive && got.length > 0 && sample.expected.includes(got[0].url);
  const anyHit = positive && got.some((d) => sample.expected.includes(d.url));
  return {
    name: sample.name,
    format: sample.format,
    expected: sample.expected,
    got,
    unrecognized,
    error: outcome.error,
    positive,
    top1,
    anyHit,
    wrong: positive && got.length > 0 && !top1,
    empty: positive && got.length === 0,
    falsePositive: !positive && got.length > 0,
  };
}

function summarize(set, judged) {
  const positives = judged.filter((j) => j.positive);
  const negatives = judged.filter((j) => !j.positive);
  const percent = (n, d) => (d === 0 ? null : Math.round((1000 * n) / d) / 10);
  return {
    set,
    samples: judged.length,
    positives: positives.length,
    negatives: negatives.length,
    top1: percent(positives.filter((j) => j.top1).length, positives.length),
    anyHit: percent(positives.filter((j) => j.anyHit).length, positives.length),
    wrong: positives.filter((j) => j.wrong).length,
    noDiagnosis: positives.filter((j) => j.empty).length,
    falsePositives: negatives.filter((j) => j.falsePositive).length,
    errors: judged.filter((j) => j.error).length,
    misses: positives.filter((j) => !j.top1),
    falsePositiveSamples: negatives.filter((j) => j.falsePositive),
    failedRuns: judged.filter((j) => j.error),
  };
}

const shortUrl = (url) =>
  url.replace('https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/', '~/');
const describeGot = (got) =>
  got.length === 0
    ? '(no diagnosis)'
    : got.map((d) => `${d.code ?? d.id} -> ${shortUrl(d.url)} [${d.confidence}]`).join('; ');

function printReport(summary) {
  const pct = (value) => (value === null ? 'n/a' : `${value}%`);
  const lines = [
    `== ${summary.set}: ${summary.samples} samples (${summary.positives} to diagnose, ${summary.negatives} negatives)`,
    `   top-1: ${pct(summary.top1)}   any-hit: ${pct(summary.anyHit)}   wrong top-1: ${summary.wrong}` +
      `   no diagnosis: ${summary.noDiagnosis}   negatives with a diagnosis: ${summary.falsePositives}` +
      (summary.errors > 0 ? `   CLI errors: ${summary.errors}` : ''),
  ];
  if (summary.misses.length > 0) {
    lines.push(`   misses (top-1 not expected):`);
    for (const miss of summary.misses) {
      lines.push(`   - ${miss.name} [${miss.format}]${miss.anyHit ? ' (expected URL ranked lower)' : ''}`);
      lines.push(`       expected: ${miss.expected.map(shortUrl).join(' | ')}`);
      lines.push(`       got:      ${miss.error ? `ERROR ${miss.error}` : describeGot(miss.got)}`);
    }
  }
  if (summary.falsePositiveSamples.length > 0) {
    lines.push(`   false positives (negatives with a diagnosis):`);
    for (const fp of summary.falsePositiveSamples) {
      lines.push(`   - ${fp.name} [${fp.format}]`);
      lines.push(`       got:      ${describeGot(fp.got)}`);
    }
  }
  const failedNegatives = summary.failedRuns.filter((run) => !run.positive);
  for (const run of failedNegatives) lines.push(`   - CLI error on ${run.name}: ${run.error}`);
  console.log(lines.join('\n'));
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.help) {
    console.log(
      'usage: node scripts/eval.mjs [--set real-world|real-world-2|...|docs] [--cli dist/cli.js] [--jobs 2] [--json]',
    );
    return;
  }
  const load = (set) => (set === 'docs' ? loadDocs() : loadRealWorld(set));
  const summaries = [];
  for (const set of options.sets) {
    const samples = await load(set);
    const outcomes = await runAll(samples, options.cli, options.jobs);
    summaries.push(
      summarize(
        set,
        samples.map((sample, i) => judge(sample, outcomes[i])),
      ),
    );
  }
  if (options.json) {
    console.log(JSON.stringify({ cli: path.relative(repoRoot, options.cli), sets: summaries }, null, 2));
  } else {
    summaries.forEach((summary, i) => {
      if (i > 0) console.log('');
      printReport(summary);
    });
  }
}

main().catch((error) => {
  console.error(`eval: ${error.message}`);
  process.exitCode = 2;
});
