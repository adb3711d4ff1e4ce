import { aadExtractor } from '../../src/extract/aad.js';
import { armJsonExtractor } from '../../src/extract/arm-json.js';
import { azureCliExtractor } from '../../src/extract/azure-cli.js';
import { createCatalogScanExtractor } from '../../src/extract/catalog-scan.js';
import { goAutorestExtractor } from '../../src/extract/go-autorest.js';
import { nodeProvisioningExtractor } from '../../src/extract/node-provisioning.js';
import type { Extractor } from '../../src/extract/types.js';

const codes = (extractor: Extractor, line: string) =>
  extractor.extract(line, 1).map((r) => r.code ?? r.exitCode);

describe('azure-cli', () => {
  test('(Code) Message', () => {
    const [r] = azureCliExtractor.extract('ERROR: (QuotaExceeded) Operation could not be completed', 7);
    expect(r).toMatchObject({ code: 'QuotaExceeded', message: 'Operation could not be completed', line: 7 });
  });
  test('labelled codes, inner ones deeper', () => {
    const records = azureCliExtractor.extract(
      'Code: CreateOrUpdateVirtualNetworkLinkFailed  - SubCode: BadRequest',
      1,
    );
    expect(records.map((r) => [r.code, r.depth])).toEqual([
      ['CreateOrUpdateVirtualNetworkLinkFailed', 0],
      ['BadRequest', 2],
    ]);
  });
  test('numbers are not codes', () => {
    expect(codes(azureCliExtractor, "Status Code = '401'. Code: 400")).toEqual([]);
  });
});

describe('arm-json', () => {
  test('codes at every escape depth, in nesting order', () => {
    const line =
      '{"code":"DeploymentFailed","details":[{"message":"{\\"error\\":{\\"code\\":\\"SubnetIsFull\\",\\"message\\":\\"no room\\"}}"}]}';
    const records = armJsonExtractor.extract(line, 1);
    expect(records.map((r) => r.code)).toEqual(['DeploymentFailed', 'SubnetIsFull']);
    expect(records[1]).toMatchObject({ message: 'no room', depth: 1 });
  });
});

describe('go-autorest', () => {
  test('Code="X" Message="Y" and single quotes', () => {
    expect(
      codes(
        goAutorestExtractor,
        'Code="Throttled" Message="slow down" ... Code=\'SubnetIsFull\' Message=\'x\'',
      ),
    ).toEqual(['Throttled', 'SubnetIsFull']);
  });
});

describe('node-provisioning', () => {
  test('exit status, JSON ExitCode (escaped) and CSE names; one record per status', () => {
    const line =
      'command terminated with exit status=50 [stdout] {\\"ExitCode\\": \\"50\\", \\"Output\\": \\"+ ERR_K8S_API_SERVER_CONN_FAIL=51\\"}';
    expect(codes(nodeProvisioningExtractor, line)).toEqual([50]);
    expect(
      codes(nodeProvisioningExtractor, "CSE failed with 'VMExtensionError_K8SAPIServerConnFail'."),
    ).toEqual(['VMExtensionError_K8SAPIServerConnFail']);
  });
  test('Windows pipes and Exit Code mark the Windows table', () => {
    const records = nodeProvisioningExtractor.extract(
      "'ExitCode: |35|, Output: |WINDOWS_CSE_ERROR_DOWNLOAD_CNI_PACKAGE|",
      1,
    );
    expect(records.map((r) => [r.code ?? r.exitCode, r.os])).toEqual([
      [35, 'windows'],
      ['WINDOWS_CSE_ERROR_DOWNLOAD_CNI_PACKAGE', 'windows'],
    ]);
  });
});

describe('aad', () => {
  test('AADSTS numbers', () => {
    expect(
      codes(aadExtractor, 'error_description": "AADSTS7000215: Invalid client secret provided.'),
    ).toEqual(['AADSTS7000215']);
  });
});

describe('catalog-scan', () => {
  const scan = createCatalogScanExtractor([
    'ERR_OUTBOUND_CONN_FAIL',
    'RequestDisallowedByPolicy',
    'SubnetIsFull',
  ]);
  test('finds known words in running text', () => {
    expect(codes(scan, 'Resource request failed due to RequestDisallowedByPolicy. Please see')).toEqual([
      'RequestDisallowedByPolicy',
    ]);
  });
  test('skips shell assignments, variables, traces and longer words', () => {
    expect(codes(scan, 'ERR_OUTBOUND_CONN_FAIL=50')).toEqual([]);
    expect(codes(scan, 'exit $ERR_OUTBOUND_CONN_FAIL')).toEqual([]);
    expect(codes(scan, '+ echo ERR_OUTBOUND_CONN_FAIL')).toEqual([]);
    expect(codes(scan, 'NotSubnetIsFull and SubnetIsFullX')).toEqual([]);
  });
});
