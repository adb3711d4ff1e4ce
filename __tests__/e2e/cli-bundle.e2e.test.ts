// The bundled CLI (dist/cli.js) the way a terminal runs it: through a pipe that may close early.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../helpers.js';

const cli = join(repoRoot, 'dist', 'cli.js');
const example = join(repoRoot, 'examples', 'az-aks-create-quota.log');

test('a reader that closes the pipe early (| head) ends the CLI quietly', () => {
  // `true` exits before the CLI has started writing: every write hits a closed pipe.
  const run = spawnSync(
    'bash',
    ['-c', `node "${cli}" explain "${example}" --format json | true; echo "exit=\${PIPESTATUS[0]}"`],
    {
      encoding: 'utf8',
    },
  );
  expect(run.stderr).not.toMatch(/EPIPE|Error/);
  expect(run.stdout.trim()).toBe('exit=0');
});

test('the bundled CLI explains the bundled example', () => {
  const run = spawnSync(process.execPath, [cli, 'explain', example, '--format', 'json'], {
    encoding: 'utf8',
  });
  expect(run.status).toBe(0);
  expect(JSON.parse(run.stdout).diagnoses[0].code).toBe('QuotaExceeded');
});
