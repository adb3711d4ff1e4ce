// The hidden first line of our pull-request comment, which lets a later run find and rewrite it:
//   <!-- aks-triage:comment key="<key>" codes="A,B" state="failing|resolved" -->
// `codes` are the codes the comment reports; a resolved comment keeps the codes that were failing, so
// it can still say what was fixed and a second resolved run renders the same body (no rewrite).
// Values are percent-encoded where they could end the HTML comment, break out of the quotes or (for
// codes) split the list; everything else stays readable.

export type CommentState = 'failing' | 'resolved';

export interface CommentMarker {
  key: string;
  codes: string[];
  state: CommentState;
}

export interface ParsedMarker {
  /** undefined when the marker has no key: such a comment matches no key. */
  key: string | undefined;
  codes: string[];
  state: CommentState;
}

const MARKER_NAME = 'aks-triage:comment';
// `>` ends the comment (`-->`, `--!>`), `<!--` could nest, quotes end the value, `%` is the escape itself.
const UNSAFE_IN_VALUE = '%"\'<>&`!\\';
// Codes additionally must not contain the list separator or spaces.
const UNSAFE_IN_CODE = `${UNSAFE_IN_VALUE}, `;

function encodeValue(value: string, unsafe: string): string {
  let out = '';
  for (const char of value) {
    const code = char.charCodeAt(0);
    const control = code < 0x20 || code === 0x7f;
    out += control || unsafe.includes(char) ? `%${code.toString(16).toUpperCase().padStart(2, '0')}` : char;
  }
  return out;
}

function decodeValue(value: string): string {
  // A `%` not followed by two hex digits (hand-edited marker) stays as it is.
  return value.replace(/%([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export function buildMarker(marker: CommentMarker): string {
  const key = encodeValue(marker.key, UNSAFE_IN_VALUE);
  const codes = marker.codes.map((c) => encodeValue(c, UNSAFE_IN_CODE)).join(',');
  return `<!-- ${MARKER_NAME} key="${key}" codes="${codes}" state="${marker.state}" -->`;
}

/** The first marker in a comment body, or undefined when there is none. Missing fields are tolerated. */
export function parseMarker(body: string): ParsedMarker | undefined {
  const match = /<!--\s*aks-triage:comment\b([\s\S]*?)-->/.exec(body);
  if (!match) return undefined;
  const attributes = new Map<string, string>();
  for (const attr of (match[1] ?? '').matchAll(/([a-z]+)\s*=\s*"([^"]*)"/g)) {
    if (!attributes.has(attr[1]!)) attributes.set(attr[1]!, attr[2]!);
  }
  const rawKey = attributes.get('key');
  const codes = (attributes.get('codes') ?? '')
    .split(',')
    .map((c) => decodeValue(c.replace(/^ +| +$/g, ''))) // raw spaces only come from hand edits
    .filter((c) => c.length > 0);
  const stateValue = attributes.get('state');
  const state: CommentState =
    stateValue === 'failing' || stateValue === 'resolved'
      ? stateValue
      : codes.length
        ? 'failing'
        : 'resolved';
  return { key: rawKey === undefined ? undefined : decodeValue(rawKey), codes, state };
}

/**
 * The key used when the comment-key input is empty: one comment per workflow and job. Matrix legs share
 * a job id, so they need their own comment-key to keep separate comments.
 */
export function defaultCommentKey(env: Record<string, string | undefined> = process.env): string {
  const workflow = env.GITHUB_WORKFLOW?.trim() || 'workflow';
  const job = env.GITHUB_JOB?.trim() || 'job';
  return `${workflow}/${job}`;
}

/** The comment-key input, trimmed, or the default key when it is empty. */
export function commentKeyOrDefault(
  input: string | undefined,
  env?: Record<string, string | undefined>,
): string {
  const key = input?.trim() ?? '';
  return key || defaultCommentKey(env);
}
