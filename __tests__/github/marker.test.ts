import fc from 'fast-check';
import { buildMarker, commentKeyOrDefault, defaultCommentKey, parseMarker } from '../../src/github/marker.js';

test('builds the documented marker', () => {
  expect(buildMarker({ key: 'ci/deploy', codes: ['QuotaExceeded', 'SubnetIsFull'], state: 'failing' })).toBe(
    '<!-- aks-triage:comment key="ci/deploy" codes="QuotaExceeded,SubnetIsFull" state="failing" -->',
  );
  expect(buildMarker({ key: 'k', codes: [], state: 'resolved' })).toBe(
    '<!-- aks-triage:comment key="k" codes="" state="resolved" -->',
  );
});

test('a key with --> or quotes cannot end the comment or the attribute', () => {
  const key = 'evil" state="resolved" --> <img src=x> --!> %41';
  const marker = buildMarker({ key, codes: ['A'], state: 'failing' });
  expect(marker.indexOf('-->')).toBe(marker.length - 3);
  expect(marker).not.toContain('--!>');
  expect(marker.match(/"/g)).toHaveLength(6);
  expect(parseMarker(marker)).toEqual({ key, codes: ['A'], state: 'failing' });
});

test('codes containing the separator or spaces survive', () => {
  const codes = ['A,B', 'with space', 'Nested%2C'];
  expect(parseMarker(buildMarker({ key: 'k', codes, state: 'failing' }))?.codes).toEqual(codes);
});

test('round-trips any key and codes', () => {
  fc.assert(
    fc.property(
      fc.string({ unit: 'binary' }),
      fc.array(fc.string({ unit: 'binary', minLength: 1 }), { maxLength: 5 }),
      fc.constantFrom('failing' as const, 'resolved' as const),
      (key, codes, state) => {
        const marker = buildMarker({ key, codes, state });
        expect(marker.indexOf('-->')).toBe(marker.length - 3);
        expect(parseMarker(`text before\n${marker}\nbody -->`)).toEqual({ key, codes, state });
      },
    ),
    { numRuns: 500 },
  );
});

test('parsing tolerates missing and reordered fields', () => {
  expect(parseMarker('<!-- aks-triage:comment key="k" -->')).toEqual({
    key: 'k',
    codes: [],
    state: 'resolved',
  });
  expect(parseMarker('<!--aks-triage:comment codes="A, B" key="k"-->')).toEqual({
    key: 'k',
    codes: ['A', 'B'],
    state: 'failing',
  });
  expect(parseMarker('<!-- aks-triage:comment state="weird" codes="X" -->')).toEqual({
    key: undefined,
    codes: ['X'],
    state: 'failing',
  });
  expect(parseMarker('<!-- aks-triage:comment key="100%" -->')?.key).toBe('100%');
});

test('no marker, or another tool marker, parses as undefined', () => {
  expect(parseMarker('just a comment')).toBeUndefined();
  expect(parseMarker('<!-- aks-triage:commentary key="k" -->')).toBeUndefined();
  expect(parseMarker('<!-- sticky:comment key="k" -->')).toBeUndefined();
  expect(parseMarker('<!-- aks-triage:comment key="k"')).toBeUndefined();
});

test('the default key is workflow/job, and an empty input falls back to it', () => {
  const env = { GITHUB_WORKFLOW: 'Deploy AKS', GITHUB_JOB: 'provision' };
  expect(defaultCommentKey(env)).toBe('Deploy AKS/provision');
  expect(defaultCommentKey({})).toBe('workflow/job');
  expect(commentKeyOrDefault('  ', env)).toBe('Deploy AKS/provision');
  expect(commentKeyOrDefault(' linux ', env)).toBe('linux');
});
