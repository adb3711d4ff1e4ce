// Removes secrets, and by default subscription and tenant IDs, from everything aks-triage renders. The
// text comes from users' CI logs, and the job summary, PR comment and `json` output can be read by more
// people than the log, so a credential that reached the log must not be repeated there.
//
// Linear time: every quantifier is bounded, each value class excludes the character that ends it (so a
// match cannot backtrack into another split), and patterns that could start anywhere inside a long run
// (JWTs) are pinned to the run's start by a lookbehind.

import { LOG_TIMESTAMP, N, REDACTED, redactPrivateKeys } from './redact-keys.js';

export interface RedactOptions {
  /** Mask subscription and tenant IDs (default true). Secrets are removed either way. */
  maskIds: boolean;
}

export { REDACTED } from './redact-keys.js';
/** Replace subscription and tenant IDs (GUIDs) when `maskIds` is on. */
export const SUBSCRIPTION_ID_MASK = '<subscription-id>';
export const TENANT_ID_MASK = '<tenant-id>';

type Sink = (value: string) => void;
type IdKind = 'subscription' | 'tenant';

const MIN_LEARNED = 8; // shorter values are removed only where labelled: replacing them bare would eat words
const MAX_LEARNED = 256; // bounds the bare-value pass on adversarial input to 256 scans of the text
const MAX_ROUNDS = 3;
const BT = '`';

// Names that end in one of these hold a secret: client_secret, clientSecret, ARM_CLIENT_SECRET, adminPassword,
// access_token, AccountKey, SharedAccessKey, SharedAccessSignature, sig (SAS), kubeconfig key data.
const SECRET_NAME = String.raw`(?:secret|passw(?:or)?d|passphrase|token|(?:account|access|storage|private|api|primary|secondary|subscription)[-_]?key|shared[-_]?access[-_]?signature|client[-_]?(?:key|certificate)[-_]?data|(?<![A-Za-z0-9])sig)`;
const FLAG_NAME = String.raw`-{1,2}[A-Za-z0-9-]{0,40}?(?:passw(?:or)?d|passphrase|secret|token|account-?key)`;
// A value ends where another label that a later match removes starts, so that `sig= ARM_CLIENT_SECRET="x"`
// cannot hide x inside the first value (matches do not overlap; the second label must stay visible). Only
// labels some rule matches anywhere are listed: a cut before any other label would leak the rest.
const NOT_LABEL = String.raw`(?!${SECRET_NAME}(?:\\?["'][ \t]{0,8}[:=]|[ \t]{0,8}=)|(?<![\w-])${FLAG_NAME}(?:[ \t]{1,8}|[=:])|ConvertTo-SecureString[ \t])`;
// A labelled value: double-quoted (also JSON-escaped \"), single-quoted, or one bare word. The closing
// quote is optional, so a cut-off value is still removed. A bare value never starts a structure, a
// placeholder like <secret>, `(sensitive value)` or another flag; after `name =` it must touch the `=`
// (`sig= NAME="x"` is an empty sig, then a name). Groups: 1 double-quoted, 2 single-quoted, 3 bare.
const value = (bareAfterSpace: boolean) =>
  String.raw`(?:\\?"((?:${NOT_LABEL}[^"\\\r\n]){1,${N}})|'((?:${NOT_LABEL}[^'\r\n]){1,${N}})|${bareAfterSpace ? '' : String.raw`(?<![ \t])`}(?![(<{\[]|--)((?:${NOT_LABEL}[^\s"'${BT};&]){1,${N}}))`;
const VALUE = value(true);
const GUID = String.raw`[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}`;

/** `name=value` anywhere, `"name": value` / `'name': value` anywhere (JSON, HCL, env, query strings). */
const ASSIGNMENT = new RegExp(
  String.raw`${SECRET_NAME}(?:\\?["'][ \t]{0,8}[:=]|[ \t]{0,8}=)[ \t]{0,8}${value(false)}`,
  'gi',
);
/** `name: value` unquoted only at a line start (YAML, kubeconfig, a step's env) or in `{a: b, name: c}`:
 *  in the middle of prose `token: ` is usually a Go error chain (`failed to get token: ...`). */
const YAML_ENTRY = new RegExp(
  String.raw`(?:^(?:${LOG_TIMESTAMP})?[ \t]{0,40}(?:-[ \t]{1,4})?|[{,][ \t]{0,4})[\w.-]{0,60}?${SECRET_NAME}[ \t]{0,8}:[ \t]{1,8}${VALUE}`,
  'gim',
);
/** `--client-secret X`, `--password=X`, `--windows-admin-password X`, `-Password X`, `--sas-token X`. */
const FLAG = new RegExp(String.raw`(?<![\w-])${FLAG_NAME}(?:[ \t]{1,8}|[=:])${VALUE}`, 'gi');
const SECURE_STRING = new RegExp(
  String.raw`ConvertTo-SecureString(?:[ \t]{1,8}-String)?[ \t]{1,8}(?!-)${VALUE}`,
  'gi',
);
/** `-p X` only means a password on a login command (`az login`, `docker login`, Connect-AzAccount). */
const LOGIN_COMMAND = /\blogin\b|\bConnect-AzAccount\b/i;
const SHORT_PASSWORD = new RegExp(String.raw`(?<![\w-])-p(?:[ \t]{1,8}|=)${VALUE}`, 'g');
const SHORT_TENANT = new RegExp(String.raw`(?<![\w-])-t(?:[ \t]{1,8}|=)["']?(${GUID})(?![0-9A-Fa-f])`, 'g');
const AUTH_HEADER = new RegExp(
  String.raw`authorization\\?["']?[ \t]{0,8}[:=][ \t]{0,8}\\?["']?(?:bearer|basic|digest|negotiate|pop|sharedkey(?:lite)?|sharedaccesssignature|token)[ \t]{1,8}((?:${NOT_LABEL}[^\s"'${BT}\\]){1,${N}})`,
  'gi',
);
const BEARER = new RegExp(
  String.raw`(?<![A-Za-z0-9])bearer[ \t]{1,8}((?:${NOT_LABEL}[A-Za-z0-9._~+/=-]){20,${N}})`,
  'gi',
);
const URL_PASSWORD =
  /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/[^\s/:@"'<>]{0,256}:([^\s/@"'<>]{1,256})(?=@)/g;
const JWT = new RegExp(
  String.raw`(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{4,${N}}\.[A-Za-z0-9_-]{4,${N}}\.[A-Za-z0-9_-]{0,${N}}`,
  'g',
);
const GITHUB_TOKEN = /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})/g;
/** Runs of base64 long enough to be key material; looksLikeKeyMaterial() decides. */
const BASE64_RUN = new RegExp(String.raw`[A-Za-z0-9+/]{60,${N}}={0,2}`, 'g');
const PLACEHOLDER = /^(?:null|true|false|none|nil|undefined|\*+)$/i;

const ID_LABEL = new RegExp(
  String.raw`(subscription|tenant|directory|login\.microsoftonline\.(?:com|us)|login\.windows\.net|sts\.windows\.net)(?:s|[-_ ]?id)?(?:[\s"'${BT}:=/\\(]|%2[27Ff]|%3[Aa]){0,12}(${GUID})(?![0-9A-Fa-f])`,
  'gi',
);
/** A cheap first look for ID_LABEL and ANY_GUID: they need a GUID's 8-4 hex shape. */
const GUID_SHAPE = /[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-/;
// A GUID not inside a longer hex run; `%22<guid>` (URL-encoded JSON in portal links) still counts.
const ANY_GUID = new RegExp(String.raw`(?<=^|[^0-9A-Fa-f]|%[0-9A-Fa-f]{2})${GUID}(?![0-9A-Fa-f])`, 'g');

/** Replaces the value at the end of a VALUE match; skips markers, `***` (already masked) and null/true. */
function valueReplacer(sink: Sink, labelCheck = false) {
  return (match: string, dq?: string, sq?: string, bare?: string): string => {
    const raw = dq ?? sq ?? bare ?? '';
    let value = raw;
    if (bare !== undefined) {
      let end = raw.length;
      while (end > 0 && ',)]}>\\'.includes(raw.charAt(end - 1))) end--;
      value = raw.slice(0, end);
      // `token: failed:` at a line start is a label of an error chain, not a value.
      if (PLACEHOLDER.test(value) || (labelCheck && value.endsWith(':'))) return match;
    }
    if (value === '' || value === REDACTED || /^\*+$/.test(value)) return match;
    sink(value);
    return match.slice(0, match.length - raw.length) + REDACTED + raw.slice(value.length);
  };
}

/** Replaces the last capture group, which ends the match. */
function tailReplacer(sink: Sink) {
  return (match: string, value: string): string => {
    if (value === REDACTED || /^\*+$/.test(value)) return match;
    sink(value);
    return match.slice(0, match.length - value.length) + REDACTED;
  };
}

/** Key material mixes cases and digits throughout; paths, identifiers and hex digests do not. */
function looksLikeKeyMaterial(run: string): boolean {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let slash = 0;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c >= 48 && c <= 57) digit++;
    else if (c === 47) slash++;
  }
  return upper >= 3 && lower >= 3 && digit >= 2 && upper * 10 >= run.length && slash * 12 <= run.length;
}

/** Splits a shell line at `;`, `&&`, `||` and `|` outside quotes, keeping each separator as its own part:
 *  the login command ends there (`docker login ... -p x; mkdir -p dir` keeps its dir). */
function shellCommands(line: string): string[] {
  const parts: string[] = [];
  let quote = '';
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const ch = line.charAt(i);
    if (quote) {
      if (ch === quote) quote = '';
      else if (ch === '\\' && quote === '"') i++;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === ';' || ch === '|' || (ch === '&' && line.charAt(i + 1) === '&')) {
      const length = ch !== ';' && line.charAt(i + 1) === ch ? 2 : 1;
      parts.push(line.slice(start, i), line.slice(i, i + length));
      start = i + length;
      i = start - 1;
    }
  }
  parts.push(line.slice(start));
  return parts;
}

/** `-p` and `-t` on a login command, which may continue over lines ending in `\` or a backtick. */
function redactLoginLines(text: string, sink: Sink, ids: Map<string, IdKind> | null): string {
  if (!/(?<![\w-])-[pt][ \t=]/.test(text)) return text;
  const lines = text.split('\n');
  let login = false;
  for (let i = 0; i < lines.length; i++) {
    const commands = shellCommands(lines[i]!);
    for (let c = 0; c < commands.length; c += 2) {
      if (c > 0) login = false;
      login ||= LOGIN_COMMAND.test(commands[c]!);
      if (!login) continue;
      if (ids) for (const m of commands[c]!.matchAll(SHORT_TENANT)) learnId(ids, m[1]!, 'tenant');
      commands[c] = commands[c]!.replace(SHORT_PASSWORD, valueReplacer(sink));
    }
    lines[i] = commands.join('');
    const trimmed = lines[i]!.trimEnd();
    login &&= trimmed.endsWith('\\') || trimmed.endsWith(BT);
  }
  return lines.join('\n');
}

// Words one of which every match of ASSIGNMENT, YAML_ENTRY and FLAG contains (see SECRET_NAME and
// FLAG_NAME), lower-cased; `key` only in the names those rules know (not `--generate-ssh-keys`).
const SECRET_WORDS = ['secret', 'passw', 'passphrase', 'token', 'sig', 'certificate'];
const SECRET_KEY_NAME =
  /(?:account|access|storage|private|api|primary|secondary|subscription|client)[-_]?key/;

/** True when `text` holds a run of at least `min` base64 characters, the least BASE64_RUN needs. */
function hasBase64Run(text: string, min: number): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const base64 = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 47 && c <= 57) || c === 43;
    run = base64 ? run + 1 : 0;
    if (run >= min) return true;
  }
  return false;
}

function redactPatterns(text: string, sink: Sink, ids: Map<string, IdKind> | null): string {
  // Each rule runs only on text holding a literal that every match of it contains. The rules are large
  // regexes that V8 compiles on first use; most strings hold none of the literals, and skipping them
  // keeps that compile cost off the action's start-up. The checks are necessary conditions only.
  const lower = text.toLowerCase();
  let out = redactPrivateKeys(text);
  if (out.includes('eyJ')) out = out.replace(JWT, REDACTED);
  if (out.includes('github_pat_') || /gh[pousr]_/.test(out)) out = out.replace(GITHUB_TOKEN, REDACTED);
  if (lower.includes('authorization')) out = out.replace(AUTH_HEADER, tailReplacer(sink));
  if (lower.includes('bearer')) out = out.replace(BEARER, tailReplacer(sink));
  if (out.includes('://') && out.includes('@')) out = out.replace(URL_PASSWORD, tailReplacer(sink));
  if (SECRET_WORDS.some((word) => lower.includes(word)) || SECRET_KEY_NAME.test(lower)) {
    out = out
      .replace(ASSIGNMENT, valueReplacer(sink))
      .replace(YAML_ENTRY, valueReplacer(sink, true))
      .replace(FLAG, valueReplacer(sink));
  }
  if (lower.includes('convertto-securestring')) out = out.replace(SECURE_STRING, valueReplacer(sink));
  out = redactLoginLines(out, sink, ids);
  if (!hasBase64Run(out, 60)) return out;
  return out.replace(BASE64_RUN, (run) => (looksLikeKeyMaterial(run) ? REDACTED : run));
}

function learnId(ids: Map<string, IdKind>, guid: string, kind: IdKind): void {
  if (!ids.has(guid.toLowerCase())) ids.set(guid.toLowerCase(), kind);
}

const ignore: Sink = () => {};

/** Learns secret values and IDs from every string first, then removes them everywhere. */
class Redactor {
  private readonly secrets = new Set<string>();
  private readonly ids = new Map<string, IdKind>();
  private bare: string[] | null = null;

  constructor(private readonly maskIds: boolean) {}

  learn(text: string): void {
    try {
      redactPatterns(text, (value) => this.learnSecret(value), this.maskIds ? this.ids : null);
      if (this.maskIds && GUID_SHAPE.test(text))
        for (const m of text.matchAll(ID_LABEL)) learnId(this.ids, m[2]!, idKind(m[1]!));
    } catch {
      // Learning is best effort; the patterns still run on this string in redact().
    }
  }

  /** Applies every rule until nothing changes, so that redacting again changes nothing. */
  redact(text: string): string {
    try {
      let out = text;
      for (let round = 0; round < MAX_ROUNDS; round++) {
        const next = this.redactOnce(out);
        if (next === out) break;
        out = next;
      }
      return out;
    } catch {
      return REDACTED; // never render a string that could not be checked
    }
  }

  private redactOnce(text: string): string {
    let out = redactPatterns(text, ignore, null);
    this.bare ??= [...this.secrets].sort((a, b) => b.length - a.length);
    for (const secret of this.bare) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
    if (this.ids.size === 0 || !GUID_SHAPE.test(out)) return out;
    return out.replace(ANY_GUID, (guid) => {
      const kind = this.ids.get(guid.toLowerCase());
      return kind === undefined ? guid : kind === 'subscription' ? SUBSCRIPTION_ID_MASK : TENANT_ID_MASK;
    });
  }

  /** Only distinctive values are replaced bare: a plain word would take ordinary text with it. */
  private learnSecret(value: string): void {
    if (this.secrets.size >= MAX_LEARNED || value.length < MIN_LEARNED || /[[\]<>]/.test(value)) return;
    if (!/[^A-Za-z]/.test(value) && !(/[a-z]/.test(value) && /[A-Z]/.test(value))) return;
    this.secrets.add(value);
    this.bare = null;
  }
}

function idKind(label: string): IdKind {
  return label.toLowerCase().startsWith('subscription') ? 'subscription' : 'tenant';
}

/** Removes secrets (and with maskIds, the subscription and tenant IDs) from one string. Never throws. */
export function redactText(text: string, options?: RedactOptions): string {
  const redactor = new Redactor(options?.maskIds ?? true);
  redactor.learn(text);
  return redactor.redact(text);
}

/** Deep copy of the result with every string redacted (keys kept). Two passes: first learn every
 *  secret value and subscription/tenant GUID that appears anywhere in the result (or in `learnFrom`,
 *  text that is never shown, such as the log lines around the findings), then replace
 *  every occurrence of those values in every string, so a secret seen once in a labelled form is
 *  also removed where it appears bare elsewhere. Arrays and plain objects are copied (shared and
 *  cyclic references stay shared); other objects are kept as they are. */
export function redactResult<T>(value: T, options?: RedactOptions, learnFrom: readonly string[] = []): T {
  const redactor = new Redactor(options?.maskIds ?? true);
  for (const text of learnFrom) redactor.learn(text);
  mapStrings(value, (text) => {
    redactor.learn(text);
    return text;
  });
  return mapStrings(value, (text) => redactor.redact(text)) as T;
}

const PLAIN_PROPERTY = { enumerable: true, writable: true, configurable: true };

function isContainer(value: unknown): value is Record<string, unknown> {
  if (Array.isArray(value)) return true;
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Copies arrays and plain objects with `map` applied to every string; iterative, so depth cannot overflow. */
function mapStrings(root: unknown, map: (text: string) => string): unknown {
  const copies = new Map<object, unknown>();
  const pending: [Record<string, unknown>, Record<string, unknown>][] = [];
  const copy = (value: unknown): unknown => {
    if (typeof value === 'string') return map(value);
    if (!isContainer(value)) return value;
    const known = copies.get(value);
    if (known !== undefined) return known;
    const target = (
      Array.isArray(value) ? new Array(value.length) : Object.create(Object.getPrototypeOf(value))
    ) as Record<string, unknown>;
    copies.set(value, target);
    pending.push([value, target]);
    return target;
  };
  const result = copy(root);
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [source, target] = next;
    for (const key of Object.keys(source)) {
      // defineProperty, not assignment: a `__proto__` key from JSON must stay a plain key.
      Object.defineProperty(target, key, { ...PLAIN_PROPERTY, value: copy(source[key]) });
    }
  }
  return result;
}
