// The JSON Schema of a saved result (`save-result` writes it, `result-file` reads it). A result file
// crosses a trust boundary: a fork's run produces it and a run with a write token publishes it, so
// every field is typed and bounded, and unknown fields are refused.
const text = (max: number) => ({ type: 'string', maxLength: max });
const code = { type: 'string', pattern: '^[A-Za-z0-9_.:-]{1,120}$' };
const lineNumber = { type: 'integer', minimum: 0, maximum: 1e12 };

export const resultSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['schemaVersion', 'found', 'diagnoses', 'unrecognized', 'context', 'stats'],
  properties: {
    schemaVersion: { const: 1 },
    found: { type: 'boolean' },
    diagnoses: {
      type: 'array',
      maxItems: 200,
      items: {
        type: 'object',
        additionalProperties: false,
        required: [
          'id',
          'code',
          'title',
          'summary',
          'cause',
          'mitigation',
          'url',
          'docsTitle',
          'category',
          'retryable',
          'confidence',
          'evidence',
          'details',
        ],
        properties: {
          id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,99}$' },
          code,
          title: text(300),
          summary: text(2000),
          cause: text(5000),
          mitigation: {
            type: 'array',
            maxItems: 30,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['step'],
              properties: { step: text(2000), commands: { type: 'array', maxItems: 20, items: text(2000) } },
            },
          },
          url: { type: 'string', maxLength: 500, pattern: '^https://[^\\s<>()\\[\\]`]+$' },
          docsTitle: text(300),
          category: text(50),
          retryable: { type: 'boolean' },
          confidence: { enum: ['high', 'medium', 'low'] },
          evidence: {
            type: 'array',
            maxItems: 50,
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['line', 'text'],
              properties: { line: lineNumber, text: text(2000), source: text(500) },
            },
          },
          details: {
            type: 'object',
            maxProperties: 50,
            propertyNames: { pattern: '^[A-Za-z][A-Za-z0-9]{0,39}$' },
            additionalProperties: { anyOf: [text(500), { type: 'number' }] },
          },
        },
      },
    },
    unrecognized: {
      type: 'array',
      maxItems: 200,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'message', 'line'],
        properties: { code, message: text(2000), line: lineNumber, source: text(500) },
      },
    },
    context: {
      type: 'object',
      additionalProperties: false,
      properties: {
        tool: { anyOf: [{ type: 'null' }, code] },
        operation: { anyOf: [{ type: 'null' }, code] },
        os: { enum: [null, 'linux', 'windows'] },
      },
    },
    stats: {
      type: 'object',
      additionalProperties: false,
      properties: { lines: lineNumber, truncatedLines: lineNumber },
    },
    origin: {
      type: 'object',
      additionalProperties: false,
      properties: {
        repository: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}$' },
        pullRequest: { type: 'integer', minimum: 1, maximum: 1e10 },
        headSha: { type: 'string', pattern: '^[0-9a-f]{7,64}$' },
        commentKey: text(200),
        runUrl: { type: 'string', maxLength: 500, pattern: '^https://[^\\s<>()\\[\\]`]+$' },
      },
    },
  },
} as const;
