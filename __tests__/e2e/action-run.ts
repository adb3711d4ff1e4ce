// Runs the bundled action (dist/index.js) the way the runner does: inputs as INPUT_* variables,
// outputs and the job summary in the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name, the event
// payload at GITHUB_EVENT_PATH, the REST/GraphQL API at GITHUB_API_URL.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers.js';

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface ActionRunOptions {
  inputs: Record<string, string>;
  apiUrl?: string;
  /** `pull_request` (the fixture payload), `workflow_run`, or none. */
  event?: 'pull_request' | 'workflow_run' | 'push';
  env?: Record<string, string>;
}

export const TOKEN = 'ghs_standInToken0123456789abcdefABCDEF';
const workDir = mkdtempSync(join(tmpdir(), 'aks-triage-e2e-'));
let counter = 0;

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const id = ++counter;
  const outputFile = join(workDir, `output-${id}`);
  const summaryFile = join(workDir, `summary-${id}`);
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'contoso/aks-platform',
    GITHUB_WORKFLOW: 'Deploy AKS',
    GITHUB_JOB: 'deploy',
    GITHUB_RUN_ID: '12034567890',
    GITHUB_SERVER_URL: 'https://github.com',
    'INPUT_GITHUB-TOKEN': TOKEN,
    ...options.env,
  };
  if (options.apiUrl) {
    env.GITHUB_API_URL = options.apiUrl;
    env.GITHUB_GRAPHQL_URL = `${options.apiUrl}/graphql`;
  }
  if (options.event && options.event !== 'push') {
    env.GITHUB_EVENT_NAME = options.event;
    env.GITHUB_EVENT_PATH = join(repoRoot, '__tests__', 'fixtures', 'events', `${options.event}.json`);
  } else if (options.event === 'push') {
    env.GITHUB_EVENT_NAME = 'push';
  }
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(repoRoot, 'dist', 'index.js')],
      { env, cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({
          code: error ? ((error as { code?: number }).code ?? 1) : 0,
          stdout,
          stderr,
          outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
          summary: readFileSync(summaryFile, 'utf8'),
        });
      },
    );
  });
}

export function writeTemp(name: string, text: string): string {
  const path = join(workDir, name);
  writeFileSync(path, text);
  return path;
}

export { workDir };
