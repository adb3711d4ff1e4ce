// The action's inputs, read and checked once into a typed settings object. A bad value fails the
// step with one line naming the input and the values it accepts.
import * as core from '@actions/core';

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
}

export class InputError extends Error {}

function lines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
}

function bool(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (['true', 'yes', '1', 'on'].includes(value)) return true;
  if (['false', 'no', '0', 'off'].includes(value)) return false;
  throw new InputError(`input '${name}' must be true or false, not '${value}'`);
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(`input '${name}' must be one of ${allowed.join(', ')}, not '${value}'`);
  }
  return value as T;
}

export function readSettings(): Settings {
  const pr = core.getInput('pr-number').trim();
  if (pr !== '' && !/^[1-9]\d{0,9}$/.test(pr)) {
    throw new InputError(`input 'pr-number' must be a pull request number, not '${pr}'`);
  }
  return {
    logFiles: lines(core.getInput('log-file')),
    log: core.getInput('log'),
    githubToken: core.getInput('github-token'),
    comment: oneOf('comment', ['auto', 'always', 'never'] as const, 'auto'),
    commentKey: core.getInput('comment-key').trim(),
    summary: bool('summary', true),
    annotations: bool('annotations', true),
    catalogFiles: lines(core.getInput('catalog')),
    prNumber: pr === '' ? undefined : Number(pr),
    failOnFound: bool('fail-on-found', false),
  };
}
