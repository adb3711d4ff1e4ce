#!/usr/bin/env node
// Entry point of the CLI bundle (dist/cli.js).
import { runCli } from './cli-run.js';

// `aks-triage explain big.log | head` closes the pipe early: stop quietly, as other Unix tools do,
// instead of dying with an unhandled EPIPE stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
