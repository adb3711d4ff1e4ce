// The runner's side of the action protocol: inputs from `INPUT_*` variables, outputs and the job
// summary through the files the runner names, annotations and log lines as workflow commands.
//
// Why not @actions/core: importing it also loads its OIDC client and @actions/http-client, which
// doubles the action's start-up (measured: 128 ms against 83 ms for the same work, `node -e 0` being
// 52 ms), and this action runs after every failed deployment. The few functions below follow
// @actions/core 3.0.1 byte for byte; `__tests__/runner.test.ts` checks them against it.
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
}

/** The value of input `name` as the runner passes it, trimmed; '' when unset. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function issueCommand(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: string,
) {
  const props = Object.entries(properties)
    .filter(([, v]) => Boolean(v))
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  // Like @actions/core: a space follows the command whenever properties were given, even if empty.
  const space = Object.keys(properties).length > 0 ? ' ' : '';
  process.stdout.write(`::${command}${space}${props}::${escapeData(message)}${EOL}`);
}

/** @actions/core's toCommandProperties: no keys at all for no properties, else all three keys. */
function annotation(properties: AnnotationProperties): Record<string, string | number | undefined> {
  if (Object.keys(properties).length === 0) return {};
  return { title: properties.title, file: properties.file, line: properties.startLine };
}

/**
 * A delimiter shaped like @actions/core's (`ghadelimiter_` and a UUID v4). Math.random, not
 * node:crypto: loading crypto (and the streams it pulls in) costs 3-4 ms of a ~85 ms start, and
 * unpredictability buys nothing here since the value is checked not to contain the delimiter.
 */
function randomDelimiter(): string {
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  const variant = '89ab'[Math.floor(Math.random() * 4)]!;
  return `ghadelimiter_${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}

function issueFileCommand(envName: string, name: string, value: string): void {
  const delimiter = randomDelimiter();
  // The runner would read a value containing the delimiter as the end of the value.
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  appendFileSync(
    process.env[envName]!,
    `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`,
    'utf8',
  );
}

export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand('GITHUB_OUTPUT', name, value);
    return;
  }
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, value);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', annotation(properties), message);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', annotation(properties), message);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('notice', annotation(properties), message);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** Appends markdown to the job summary; false when the runner gave no summary file. */
export function appendSummary(markdown: string): boolean {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, markdown, 'utf8');
  return true;
}
