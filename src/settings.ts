// The action's inputs, read and checked once into a typed settings object. A bad value fails the
// step with one line naming the input and the values it accepts.
import { getInput } from './runner.js';

export type CommentMode = 'auto' | 'always' | 'never';

export interface Settings {
  logFiles: string[];
  log: string;
  githubToken: string;
  comment: CommentMode;
  commentKey: string;
  summary: boolean;
  annotations: boolean;
  catalogFiles: string[];
  prNumber: number | undefined;
  failOnFound: boolean;
  /** A saved result to publish instead of reading logs (the fork-safe second run). */
  resultFile: string;
  /** Where to save this run's result for a later run to publish. */
  saveResult: string;
  /** Mask subscription and tenant IDs in everything rendered. */
  maskIds: boolean;
}

export class InputError extends Error {}

function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
}

function bool(name: string, fallback: boolean): boolean {
  const value = getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off'].includes(value)) return false;
  throw new InputError(`input '${name}' must be true or false, not '${value}'`);
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`input '${name}' must be one of ${allowed.join(', ')}, not '${value}'`);
  }
  return value as T;
}

export function readSettings(): Settings {
  const pr = getInput('pr-number').trim();
  if (pr !== '' && !/^[1-9]\d{0,9}$/.test(pr)) {
    throw new InputError(`input 'pr-number' must be a pull request number, not '${pr}'`);
  }
  const settings = {
    logFiles: lines(getInput('log-file')),
    log: getInput('log'),
    githubToken: getInput('github-token'),
    comment: oneOf('comment', ['auto', 'always', 'never'] as const, 'auto'),
    commentKey: getInput('comment-key').trim(),
    summary: bool('summary', true),
    annotations: bool('annotations', true),
    catalogFiles: lines(getInput('catalog')),
    prNumber: pr === '' ? undefined : Number(pr),
    failOnFound: bool('fail-on-found', false),
    resultFile: getInput('result-file').trim(),
    saveResult: getInput('save-result').trim(),
    maskIds: bool('mask-ids', true),
  };
  if (settings.resultFile && (settings.logFiles.length || settings.log)) {
    throw new InputError(`input 'result-file' publishes a saved result: do not also set 'log-file' or 'log'`);
  }
  return settings;
}
