// Metamorphic test: the decoration a CI system or terminal puts around each line (timestamps, colour
// codes, CRLF, runner markers) must not change what a log means. Every labelled log that gets a
// diagnosis keeps exactly the same diagnoses when each of its lines is decorated the same way.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, ids, repoRoot } from '../helpers.js';

function labelledLogs(): [string, string][] {
  const out: [string, string][] = [];
  for (const set of readdirSync(join(repoRoot, 'eval')).filter((d) => d.startsWith('real-world'))) {
    const dir = join(repoRoot, 'eval', set);
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.log')))
      out.push([`${set}/${f}`, readFileSync(join(dir, f), 'utf8')]);
  }
  const samples = JSON.parse(fixture('docs-examples.json')) as { text: string }[];
  samples.forEach((s, i) => out.push([`docs #${i}`, s.text]));
  return out;
}

// Already-decorated lines are decorated again: real logs nest decorations (a Jenkins timestamp before
// a runner's timestamp), and the normaliser strips one layer of each kind, outermost first.
const decorations: [string, (line: string, i: number) => string][] = [
  ['CRLF line ends', (l) => `${l}\r`],
  ['Jenkins timestamps', (l, i) => `[2024-05-01T12:00:${String(i % 60).padStart(2, '0')}.123Z] ${l}`],
  ['Jenkins short timestamps', (l, i) => `12:00:${String(i % 60).padStart(2, '0')} ${l}`],
  ['colour around every line', (l) => (l ? `\x1b[0;31m${l}\x1b[0m` : l)],
  ['colour reset after every line', (l) => `${l}\x1b[0m`],
  ['cloud build step prefix', (l) => `Step #3 - "deploy": ${l}`],
  ['kubectl --prefix', (l) => `[pod/deploy-7d9f/az] ${l}`],
];

const logs = labelledLogs();

describe.each(decorations)('%s change no diagnosis', (_name, decorate) => {
  test('every labelled log', async () => {
    const changed: string[] = [];
    for (const [name, text] of logs) {
      const plain = await ids(text);
      const decorated = await ids(text.split('\n').map(decorate).join('\n'));
      if (plain.join() !== decorated.join()) changed.push(`${name}: ${plain.join()} -> ${decorated.join()}`);
    }
    expect(changed).toEqual([]);
  });
});
