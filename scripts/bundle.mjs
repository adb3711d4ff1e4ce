#!/usr/bin/env node
// Bundles the action (src/index.ts -> dist/index.js) and the CLI (src/cli.ts -> dist/cli/index.js,
// started through the one-line dist/cli.js) with ncc. ncc does not empty its output folder, so dist/
// is rebuilt from scratch; each entry point keeps its own folder because both emit lazily loaded
// chunks with colliding names.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync, chmodSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const build = (entry, out) =>
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  });

rmSync(dist, { recursive: true, force: true });
build('src/index.ts', 'dist');
build('src/cli.ts', 'dist/cli');
writeFileSync(join(dist, 'cli.js'), "#!/usr/bin/env node\nimport './cli/index.js';\n");
chmodSync(join(dist, 'cli.js'), 0o755);
