import { isWarningLine, normalizeLine } from '../../src/input/normalize.js';

describe('normalizeLine', () => {
  test.each([
    ['2024-02-22T10:26:20.3043561Z ERROR: (SubnetIsFull) full', 'ERROR: (SubnetIsFull) full'],
    ['\x1b[91mERROR: (SubnetIsFull) full\x1b[0m', 'ERROR: (SubnetIsFull) full'],
    ['2024-02-22T10:26:20.3043561Z ##[error]Code: QuotaExceeded', 'Code: QuotaExceeded'],
    ['##[group]Run az aks create', 'Run az aks create'],
    ['│ Error: creating Kubernetes Cluster', 'Error: creating Kubernetes Cluster'],
    ['╷', ''],
    ['az : ERROR: (InvalidParameter) bad\r', 'ERROR: (InvalidParameter) bad'],
    ['\x1b[31m│\x1b[0m \x1b[1m\x1b[31mError: \x1b[0mboom', 'Error: boom'],
    ['::error title=x::Code: Throttled', 'Code: Throttled'],
    ['plain text', 'plain text'],
    ['[2024-05-01T12:00:00.123Z] ERROR: (QuotaExceeded) q', 'ERROR: (QuotaExceeded) q'],
    ['12:00:01 Code: SubnetIsFull', 'Code: SubnetIsFull'],
    ['2024-02-22T10:26:20.3043561Z ##vso[task.logissue type=error]Code: Throttled', 'Code: Throttled'],
    ['a\x00b\x07c', 'abc'],
    [
      'Step #3 - "terraform-aks": Error: creating Managed Kubernetes Cluster',
      'Error: creating Managed Kubernetes Cluster',
    ],
    ['Step #0: ERROR: (QuotaExceeded) q', 'ERROR: (QuotaExceeded) q'],
    [
      '[pod/deploy-7d9f/az] 2024-05-01T12:00:00.123456789Z ERROR: (SubnetIsFull) full',
      'ERROR: (SubnetIsFull) full',
    ],
    ['[pod] not a prefix', '[pod] not a prefix'],
  ])('%j', (raw, expected) => {
    expect(normalizeLine(raw)).toBe(expected);
  });

  test('keeps text that only looks like a timestamp later in the line', () => {
    expect(normalizeLine('started 2024-02-22T10:26:20Z ok')).toBe('started 2024-02-22T10:26:20Z ok');
  });
});

describe('isWarningLine', () => {
  test.each([
    ['WARNING: retrying after SubscriptionRequestsThrottled', true],
    ['2024-05-01T10:00:00.0000000Z ##[warning]QuotaExceeded is close', true],
    ['\x1b[33mWARNING: \x1b[0mextension aks-preview', true],
    ['│ Warning: Argument is deprecated', true],
    ['W0101 12:00:00.000000       1 reflector.go:424] Throttled', true],
    [
      'Step #2 - "deploy": time="2020-03-10T16:57:57Z" level=warning msg="Code=\\"PublicIPCountLimitReached\\""',
      true,
    ],
    ['WARNING: aks-preview  100.0000%ERROR: Deployment failed. Correlation ID: x', false],
    ['ERROR: (QuotaExceeded) q', false],
    ['E0101 12:00:00.000000 1 static_autoscaler.go:239] Failed to fix node group sizes', false],
  ])('%s -> %s', (line, expected) => {
    expect(isWarningLine(line)).toBe(expected);
  });
});
