#!/usr/bin/env node
// Renders the examples in docs/ by running the BUNDLED action (dist/index.js) the way the runner does:
// inputs as INPUT_* variables, outputs and the job summary in temporary files, a pull_request event
// payload, and a stand-in GitHub API on 127.0.0.1 that records the comment the action posts.
//
//   Run 1: a failing log on PR #42 with no earlier comment -> the job summary and the new comment.
//   Run 2: a successful log on the same PR, the server now returning run 1's comment -> the PATCHed
//          ("resolved") comment.
//
// Deterministic: fixed run variables, log paths relative to the repository (they appear in the
// evidence), fixed comment ids. Exits non-zero when a run fails or does not write what it should.
//
// Usage: node scripts/render-docs.mjs   (after `npm run bundle` when src/ changed)
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const docsDir = path.join(repoRoot, 'docs');
// Relative to repoRoot on purpose: the action names the log file in the evidence it quotes.
const FAILING_LOG = 'examples/az-aks-create-quota.log';
const PASSING_LOG = 'examples/az-aks-create-success.log';
const OWNER = 'contoso';
const REPO = 'aks-platform';
const PR = 42; // the number in the event payload below
const EVENT_PATH = path.join(repoRoot, '__tests__', 'fixtures', 'events', 'pull_request.json');
const VIEWER = 'github-actions[bot]';
// GraphQL names the GITHUB_TOKEN user `github-actions[bot]` as viewer but `github-actions` as author.
const VIEWER_AS_AUTHOR = 'github-actions';
const FIRST_COMMENT_ID = 2501234567;

function parseJson(text) {
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    return {};
  }
}

/** A stand-in for the two GitHub calls the comment needs: the GraphQL comment list and the REST writes. */
function startStandInGitHub() {
  const comments = []; // { id, body }
  const writes = []; // every request but the GraphQL query: { method, path }
  let nextId = FIRST_COMMENT_ID;
  const htmlUrl = (id) => `https://github.com/${OWNER}/${REPO}/pull/${PR}#issuecomment-${id}`;
  const restComment = (c) => ({
    id: c.id,
    node_id: `IC_kwDOrender${c.id}`,
    html_url: htmlUrl(c.id),
    body: c.body,
    user: { login: VIEWER, type: 'Bot' },
  });
  const routes = {
    graphql: () => ({
      status: 200,
      body: {
        data: {
          viewer: { login: VIEWER },
          repository: {
            pullRequest: {
              comments: {
                nodes: comments.map((c) => ({
                  id: `IC_kwDOrender${c.id}`,
                  databaseId: c.id,
                  url: htmlUrl(c.id),
                  body: c.body,
                  isMinimized: false,
                  author: { login: VIEWER_AS_AUTHOR },
                })),
                pageInfo: { hasNextPage: false, endCursor: null },
              },
            },
          },
        },
      },
    }),
    create: (body) => {
      const comment = { id: nextId++, body: body.body };
      comments.push(comment);
      return { status: 201, body: restComment(comment) };
    },
    update: (id, body) => {
      const comment = comments.find((c) => c.id === id);
      if (!comment) return { status: 404, body: { message: 'Not Found' } };
      comment.body = body.body;
      return { status: 200, body: restComment(comment) };
    },
  };

  function route(method, urlPath, body) {
    if (method === 'POST' && urlPath === '/graphql') return routes.graphql();
    const list = new RegExp(`^/repos/${OWNER}/${REPO}/issues/${PR}/comments$`).exec(urlPath);
    if (method === 'POST' && list) return routes.create(body);
    const single = new RegExp(`^/repos/${OWNER}/${REPO}/issues/comments/(\\d+)$`).exec(urlPath);
    if (method === 'PATCH' && single) return routes.update(Number(single[1]), body);
    return { status: 404, body: { message: `stand-in GitHub: no route for ${method} ${urlPath}` } };
  }

  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const urlPath = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const body = parseJson(Buffer.concat(chunks).toString('utf8'));
      const answer = route(req.method ?? 'GET', urlPath, body);
      if (req.method !== 'POST' || urlPath !== '/graphql') writes.push({ method: req.method, path: urlPath });
      res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(answer.body));
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        comments,
        writes,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

/** Runs dist/index.js with the runner's variables; hyphenated INPUT_ names only work through `env`. */
function runAction(workDir, name, logFile, apiUrl) {
  const summaryFile = path.join(workDir, `${name}-summary.md`);
  const outputFile = path.join(workDir, `${name}-output.txt`);
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_WORKFLOW: 'Deploy AKS',
    GITHUB_JOB: 'deploy',
    GITHUB_RUN_ID: '12034567890',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: EVENT_PATH,
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    'INPUT_LOG-FILE': logFile,
    'INPUT_GITHUB-TOKEN': 'dummy',
  };
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [path.join(repoRoot, 'dist', 'index.js')],
      { env, cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          reject(
            new Error(`${name}: dist/index.js failed (${error.code ?? error.message})\n${stdout}${stderr}`),
          );
          return;
        }
        // A warning means the comment or the summary was skipped (errors are the diagnoses' annotations).
        const problems = stdout.split('\n').filter((line) => line.startsWith('::warning'));
        if (problems.length > 0) {
          reject(new Error(`${name}: the action reported problems\n${problems.join('\n')}`));
          return;
        }
        resolve({ summary: readFileSync(summaryFile, 'utf8'), outputs: readFileSync(outputFile, 'utf8') });
      },
    );
  });
}

/** One hidden first line naming the generator; the body follows byte for byte (the marker intact). */
function generated(body, logFile, what) {
  const note = `<!-- Generated by \`node scripts/render-docs.mjs\` from ${logFile} (${what}); do not edit. -->`;
  return `${note}\n${body.endsWith('\n') ? body : `${body}\n`}`;
}

function write(file, text) {
  writeFileSync(path.join(docsDir, file), text, 'utf8');
  console.log(`wrote docs/${file} (${Buffer.byteLength(text)} bytes)`);
}

async function main() {
  const workDir = mkdtempSync(path.join(tmpdir(), 'aks-triage-render-docs-'));
  const github = await startStandInGitHub();
  try {
    const first = await runAction(workDir, 'run1', FAILING_LOG, github.url);
    if (!first.summary.trim()) throw new Error('run1: the job summary is empty');
    if (github.comments.length !== 1 || github.writes.length !== 1 || github.writes[0].method !== 'POST') {
      throw new Error(`run1: expected one new comment, got ${JSON.stringify(github.writes)}`);
    }
    const posted = github.comments[0].body;

    const second = await runAction(workDir, 'run2', PASSING_LOG, github.url);
    if (github.writes.length !== 2 || github.writes[1].method !== 'PATCH') {
      throw new Error(`run2: expected the comment to be updated, got ${JSON.stringify(github.writes)}`);
    }
    if (!/^found<<.*\nfalse\n/m.test(second.outputs))
      throw new Error('run2: the passing log found something');
    const resolved = github.comments[0].body;

    mkdirSync(docsDir, { recursive: true });
    write('example-summary.md', generated(first.summary, FAILING_LOG, 'the job summary'));
    write('example-comment.md', generated(posted, FAILING_LOG, 'the pull-request comment, first run'));
    write(
      'example-comment-resolved.md',
      generated(resolved, PASSING_LOG, `the same comment after a passing run, updated from ${FAILING_LOG}`),
    );
  } finally {
    await github.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
