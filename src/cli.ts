#!/usr/bin/env node
// Entry point of the CLI bundle (dist/cli.js).
import { runCli } from './cli-run.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
