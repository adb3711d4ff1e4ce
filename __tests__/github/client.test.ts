import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createGitHubClient } from '../../src/github/client.js';
import { upsertStickyComment } from '../../src/github/sticky-comment.js';
import { repoRoot } from '../helpers.js';
import { startStandInGitHub } from './stand-in-server.js';

test('src/github loads @actions/github and the plugins only lazily, and never @actions/core', () => {
  const dir = join(repoRoot, 'src', 'github');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(join(dir, file), 'utf8');
    const staticImports = [...source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)'/gms)];
    for (const [, typeOnly, module] of staticImports) {
      if (/^@actions\/|^@octokit\//.test(module!))
        expect({ file, module, typeOnly }).toMatchObject({ typeOnly: 'type ' });
    }
    expect({ file, core: /@actions\/core/.test(source) }).toEqual({ file, core: false });
  }
});

test('with the production defaults, writes are spaced as GitHub asks (about 1 s)', async () => {
  const server = await startStandInGitHub();
  try {
    const client = await createGitHubClient('test-token', { apiUrl: `${server.url}/`, retryBaseMs: 1 });
    const started = Date.now();
    const outcome = await upsertStickyComment(client, {
      owner: 'o',
      repo: 'r',
      issueNumber: 1,
      key: 'k',
      codes: ['A'],
      mode: 'auto',
      render: () => 'A',
    });
    expect(outcome.action).toBe('created');
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /graphql',
      'POST /repos/o/r/issues/1/comments',
    ]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  } finally {
    await server.close();
  }
});
