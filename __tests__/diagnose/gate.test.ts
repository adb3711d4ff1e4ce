// The gate lets the reader skip lines. It is right only if no skipped line could have yielded
// anything: checked on every line of the examples, the docs corpus and the real-world fixtures,
// and by comparing gated and ungated diagnoses of whole logs.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContextDetector } from '../../src/diagnose/context.js';
import { diagnose } from '../../src/diagnose/index.js';
import { buildGate, patternAnchors } from '../../src/diagnose/gate.js';
import { unescapeText } from '../../src/diagnose/scan.js';
import { createExtractors, extractLine } from '../../src/extract/index.js';
import { colorTolerant } from '../../src/input/filtered-lines.js';
import { textSource } from '../../src/input/read-lines.js';
import { normalizeLine } from '../../src/input/normalize.js';
import { builtinCatalog, fixture, repoRoot } from '../helpers.js';
// @ts-expect-error -- the benchmark's generator is a plain .mjs script without type declarations
import { generateDebugLog } from '../../scripts/bench/generate-debug-log.mjs';

function logs(): [string, string][] {
  const out: [string, string][] = [];
  for (const f of readdirSync(join(repoRoot, 'examples')).filter((f) => f.endsWith('.log')))
    out.push([`examples/${f}`, readFileSync(join(repoRoot, 'examples', f), 'utf8')]);
  for (const set of readdirSync(join(repoRoot, 'eval')).filter((d) => d.startsWith('real-world'))) {
    const dir = join(repoRoot, 'eval', set);
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.log')))
      out.push([`eval/${set}/${f}`, readFileSync(join(dir, f), 'utf8')]);
  }
  const samples = JSON.parse(fixture('docs-examples.json')) as { text: string }[];
  samples.forEach((s, i) => out.push([`docs #${i}`, s.text]));
  return out;
}

describe('patternAnchors', () => {
  test.each([
    ['Argument list too long', ['Argument list', 'argument list', 'ARGUMENT LIST', 'Argument List']],
    [
      'Changing property \\W{0,2}imageReference[\\w.]{0,30}',
      ['Changing property', 'changing property', 'CHANGING PROPERTY', 'Changing Property'],
    ],
    [
      'exec user process caused:? \\\\?"?argument list too long',
      ['exec user process', 'Exec user process', 'EXEC USER PROCESS', 'Exec User Process'],
    ],
    // The run after a group may start inside a word: the phrase starts at the next word.
    [
      '(?:cannot|can.t) scale cluster autoscaler',
      ['scale cluster', 'Scale cluster', 'SCALE CLUSTER', 'Scale Cluster'],
    ],
    ['Route table \\S{1,200} is in use', ['Route table', 'route table', 'ROUTE TABLE', 'Route Table']],
    ['x(?:y)Bootstrap registry', ['registry', 'Registry', 'REGISTRY']],
    // A phrase beats a longer single word: `ContainerService` is in every URL of a debug log.
    [
      'perform action \\W{0,2}Microsoft\\.ContainerService/managedClusters',
      ['perform action', 'Perform action', 'PERFORM ACTION', 'Perform Action'],
    ],
  ])('%s', (source, anchors) => {
    expect(patternAnchors(source)).toEqual(anchors);
  });
  test('no anchor when the pattern has a top-level alternative or no long literal word', () => {
    expect(patternAnchors('quota|limit')).toBeUndefined();
    expect(patternAnchors('\\d+ (?:abc|def)')).toBeUndefined();
  });
  test('the anchors stored in catalog.json are the ones the patterns give', () => {
    for (const p of builtinCatalog.patterns)
      expect([p.source, p.anchors]).toEqual([p.source, patternAnchors(p.source)]);
  });
  test('every built-in pattern has an anchor, so the built-in catalog always gets a gate', () => {
    const missing = builtinCatalog.patterns.filter((p) => !patternAnchors(p.source)).map((p) => p.source);
    expect(missing).toEqual([]);
  });
});

describe('the gate skips only lines that yield nothing', () => {
  const extractors = createExtractors(builtinCatalog.codes());
  // As the reader applies it: tolerant of colour codes (the same as the plain gate on lines without).
  const probe = new RegExp(colorTolerant(buildGate(builtinCatalog, extractors)!).source);

  test('line by line: no record, no pattern, no context from a line the gate rejects', () => {
    const leaks: string[] = [];
    let rejected = 0;
    for (const [name, text] of logs()) {
      text.split('\n').forEach((raw, i) => {
        if (probe.test(raw)) return;
        rejected++;
        const line = normalizeLine(raw);
        const plain = unescapeText(line);
        const detector = new ContextDetector();
        detector.observe(line);
        const context = detector.result();
        if (
          extractLine(extractors, line, i + 1).length ||
          builtinCatalog.patterns.some((p) => p.regex.test(plain)) ||
          context.tool ||
          context.operation ||
          context.os
        )
          leaks.push(`${name}:${i + 1}: ${raw.slice(0, 120)}`);
      });
    }
    expect(leaks).toEqual([]);
    expect(rejected).toBeGreaterThan(100);
  });

  test('whole logs: gated and ungated diagnoses are the same', async () => {
    for (const [name, text] of logs()) {
      const gated = await diagnose([{ lines: textSource(text) }], builtinCatalog, { gateSmallLogs: true });
      const ungated = await diagnose([{ lines: textSource(text) }], builtinCatalog, { ungated: true });
      expect({ name, ...gated }).toEqual({ name, ...ungated });
    }
  });
});

describe('guarded gate words', () => {
  const gate = new RegExp(buildGate(builtinCatalog, createExtractors(builtinCatalog.codes()))!.source);
  test.each([
    ['{"powerState": {"code": "Running"}, "osType": "Linux", "mode": "System"}', false],
    ['{"powerState":{"code":"Stopped"}}', false],
    ['{"powerState": {"code": "Running"}, "error": {"code": "SomethingNew", "message": "x"}}', true],
    ['{"code": "Runningish"}', true],
    ['{"osType": "Windows", "name": "win1"}', true],
    ['  "code": "SomeInnerCode",', true],
  ])('%s -> %s', (line, passes) => {
    expect(gate.test(line)).toBe(passes);
  });
  test('a power state is never read as an error code', () => {
    const extractors = createExtractors(builtinCatalog.codes());
    const codes = extractLine(extractors, '{"powerState": {"code": "Running"}, "x": {"code": "Other1"}}', 1);
    expect(codes.map((r) => r.code)).toEqual(['Other1']);
  });
});

// Speed itself is the benchmark's business (npm run bench); what keeps it is how few lines of a debug
// log the gate lets through, which is deterministic. One catalog anchor that occurs in every request
// URL (`ContainerService`) once let 7 % through and doubled the time on 100 MB.
describe('the gate is selective on an az --debug log', () => {
  test('few lines reach the extractors, fewer the wording patterns', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'aks-triage-gate-')), 'debug.log');
    await generateDebugLog(path, 4 * 1024 * 1024);
    const lines = readFileSync(path, 'utf8').split('\n');
    const gate = buildGate(builtinCatalog, createExtractors(builtinCatalog.codes()))!;
    const lineGate = new RegExp(gate.source);
    const passed = lines.filter((l) => lineGate.test(l));
    expect(passed.length / lines.length).toBeLessThan(0.03);
    // Most of a debug log's bytes are one-line JSON bodies: every one of them says
    // `"powerState": {"code": "Running"}` and `"osType": "Linux"`, and the gate must not let them in.
    const bytes = (ls: string[]) => ls.reduce((n, l) => n + l.length + 1, 0);
    expect(bytes(passed) / bytes(lines)).toBeLessThan(0.01);
    // A wording pattern runs only on a line holding its anchor.
    const anchors = builtinCatalog.patterns.map((p) => p.lowerAnchor!);
    const worded = passed.filter((l) => anchors.some((a) => unescapeText(l).toLowerCase().includes(a)));
    expect(worded.length / lines.length).toBeLessThan(0.005);
  });
});
