#!/usr/bin/env node
// How fast plain Node can get through a big log, as a floor for the CLI's own reader: each variant
// reads the file with fs.createReadStream in 1 MB chunks and adds one step. Run after `npm run bench`
// (which makes the log), or pass any file.
// Usage: node scripts/bench/read-speed.mjs [file] [--runs N]
import { createReadStream, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt === -1 ? 3 : Number(args.splice(runsAt, 2)[1]);
const benchDir = process.env.AKS_TRIAGE_BENCH_DIR || join(os.tmpdir(), 'aks-triage-bench');
const file = args.find((a) => !a.startsWith('--')) ?? join(benchDir, 'bench-100mb.log');
const CHUNK = 1024 * 1024;

// latin1Slice is the undocumented fast path behind toString('latin1'); fall back if it ever goes away.
const hasLatin1Slice = typeof Buffer.prototype.latin1Slice === 'function';
const latin1Range = hasLatin1Slice
  ? (b, start, end) => b.latin1Slice(start, end)
  : (b, start, end) => b.toString('latin1', start, end);
const latin1 = (b) => latin1Range(b, 0, b.length);
const decoder = new TextDecoder('utf-8', { fatal: false });

/** Each variant returns a number derived from the work, so none of it can be optimised away. */
const variants = {
  'a) read 1 MB chunks, nothing else': async () => {
    let bytes = 0;
    for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) bytes += chunk.length;
    return bytes;
  },
  'b) + chunk.latin1Slice()': async () => {
    let chars = 0;
    for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) chars += latin1(chunk).length;
    return chars;
  },
  'c) + /rror|xit status|AADSTS|Code/g over each chunk string': async () => {
    const re = /rror|xit status|AADSTS|Code/g;
    let matches = 0;
    for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) {
      const text = latin1(chunk);
      re.lastIndex = 0;
      while (re.test(text)) matches++;
    }
    return matches;
  },
  "d) split into lines: Buffer indexOf('\\n') loop": async () => {
    let lines = 0;
    for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) {
      for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, nl + 1)) lines++;
    }
    return lines;
  },
  'e) d + a latin1 string per line (extra)': async () => {
    let chars = 0;
    for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) {
      let start = 0;
      for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
        chars += latin1Range(chunk, start, nl).length;
        start = nl + 1;
      }
    }
    return chars;
  },
  'f) d + TextDecoder utf-8 per line (extra; what src/input/read-lines.ts does)': async () => {
    let chars = 0;
    for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) {
      let start = 0;
      for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
        chars += decoder.decode(chunk.subarray(start, nl)).length;
        start = nl + 1;
      }
    }
    return chars;
  },
};

const size = statSync(file).size;
const MiB = 1024 * 1024;
console.log(
  `${file}: ${(size / MiB).toFixed(1)} MiB, Node ${process.version}, ${os.cpus().length} CPU, median of ${runs}`,
);
await variants['a) read 1 MB chunks, nothing else'](); // warm the page cache
const results = [];
for (const [name, run] of Object.entries(variants)) {
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = await run();
    times.push(performance.now() - started);
  }
  const ms = times.sort((x, y) => x - y)[Math.floor(times.length / 2)];
  results.push({ name, ms: Math.round(ms), mibPerSecond: Math.round(size / MiB / (ms / 1000)), result });
  console.log(
    `${name.padEnd(80)} ${String(Math.round(ms)).padStart(6)} ms ${String(results.at(-1).mibPerSecond).padStart(6)} MiB/s  (${result})`,
  );
}
if (args.includes('--json')) console.log(JSON.stringify(results, null, 2));
