// An error the run got past (a retry that passed, Terraform finishing its apply) is listed, never
// diagnosed; one that ended a step is diagnosed whatever the log says afterwards.
import { Catalog, builtinCatalogData, diagnose } from '../../src/diagnose/index.js';
import { RunOutcome } from '../../src/diagnose/outcome.js';
import { textSource } from '../../src/input/read-lines.js';
import { explain } from '../helpers.js';

const THROTTLED = [
  '2024-05-01T10:00:00.0000000Z azurerm_kubernetes_cluster.aks: Still creating... [10s elapsed]',
  '2024-05-01T10:00:11.0000000Z 2024/05/01 10:00:11 [DEBUG] AzureRM Response for https://management.azure.com/subscriptions/***/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks: HTTP/2.0 429 Too Many Requests',
  `2024-05-01T10:00:11.0000000Z {"error":{"code":"SubscriptionRequestsThrottled","message":"Number of write requests for subscription '***' exceeded the limit of '1200' for time interval '01:00:00'. Please try again after '5' seconds."}}`,
  '2024-05-01T10:00:16.0000000Z 2024/05/01 10:00:16 [DEBUG] Retrying request after 5s',
  '2024-05-01T10:05:00.0000000Z azurerm_kubernetes_cluster.aks: Creation complete after 5m0s [id=/subscriptions/***/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks]',
];
const APPLY_COMPLETE =
  '2024-05-01T10:05:00.0000000Z Apply complete! Resources: 1 added, 0 changed, 0 destroyed.';
const QUOTA = [
  '+ az aks nodepool add -g rg --cluster-name aks -n np2 --node-count 3',
  'ERROR: (OperationNotAllowed) Operation could not be completed as it results in exceeding approved standardDSv3Family Cores quota. Additional details - Deployment Model: Resource Manager, Location: eastus, Current Limit: 10, Current Usage: 8, Additional Required: 6, (Minimum) New Limit Required: 14.',
];

describe('RunOutcome', () => {
  test('a success after the line, with no failed step between, is a recovery', () => {
    const outcome = new RunOutcome();
    outcome.observe('Apply complete! Resources: 2 added, 0 changed, 0 destroyed.', 20);
    expect(outcome.recoveryAfter(10)).toEqual({
      line: 20,
      text: 'Apply complete! Resources: 2 added, 0 changed, 0 destroyed.',
    });
    expect(outcome.recoveryAfter(25)).toBeUndefined();
  });

  test.each([
    '##[error]Process completed with exit code 1.',
    '##[error]Script failed with exit code: 2',
    "##[error]Bash exited with code '1'.",
    'Error: Terraform exited with code 1.',
    'ERROR: script returned exit code 1',
    'ERROR: Job failed: exit code 1',
  ])('a failed step between the error and the success keeps the error: %s', (failed) => {
    const outcome = new RunOutcome();
    outcome.observe(failed, 15);
    outcome.observe('Destroy complete! Resources: 3 destroyed.', 30);
    expect(outcome.recoveryAfter(10)).toBeUndefined();
    // An error after the failed step, then the success: that one was got past.
    expect(outcome.recoveryAfter(20)?.line).toBe(30);
  });

  test('exit code 0 and lines that only mention success are no outcome', () => {
    const outcome = new RunOutcome();
    outcome.observe('##[error]Process completed with exit code 0.', 15);
    outcome.observe('echo "Apply complete! Resources: 1 added"', 16);
    outcome.observe('Apply complete!', 17);
    expect(outcome.recoveryAfter(10)).toBeUndefined();
  });

  test('nick-fields/retry: a later attempt that passed', () => {
    const outcome = new RunOutcome();
    outcome.observe('Command completed after 2 attempt(s).', 40);
    expect(outcome.recoveryAfter(12)?.line).toBe(40);
  });
});

describe('diagnosis of a run that got past its error', () => {
  test('Terraform retried a throttled request and finished the apply: nothing to diagnose', async () => {
    const result = await explain([...THROTTLED, APPLY_COMPLETE].join('\n'));
    expect(result.found).toBe(false);
    expect(result.diagnoses).toEqual([]);
    expect(result.unrecognized).toEqual([
      expect.objectContaining({
        code: 'SubscriptionRequestsThrottled',
        line: 3,
        message: expect.stringMatching(
          /^Not why the run failed: the run got past it \(line 6: "Apply complete!/,
        ),
      }),
    ]);
  });

  test('the same error without the success line is diagnosed', async () => {
    const result = await explain(THROTTLED.join('\n'));
    expect(result.diagnoses.map((d) => d.code)).toEqual(['SubscriptionRequestsThrottled']);
  });

  test('an error after an earlier apply completed is still diagnosed', async () => {
    const result = await explain([APPLY_COMPLETE, ...QUOTA].join('\n'));
    expect(result.diagnoses.map((d) => d.code)).toEqual(['OperationNotAllowed']);
  });

  test('a step that failed before a later success keeps its diagnosis', async () => {
    const log = [
      ...QUOTA,
      '##[error]Process completed with exit code 1.',
      '##[group]Run terraform destroy -auto-approve',
      'Destroy complete! Resources: 4 destroyed.',
    ].join('\n');
    expect((await explain(log)).diagnoses.map((d) => d.code)).toEqual(['OperationNotAllowed']);
  });

  test('a retry action whose second attempt passed: nothing to diagnose', async () => {
    const log = [
      ...QUOTA,
      'Attempt 1 failed. Reason: Child_process exited with error code 1',
      'Command completed after 2 attempt(s).',
    ].join('\n');
    const result = await explain(log);
    expect(result.found).toBe(false);
    expect(result.unrecognized.map((u) => u.code)).toEqual(['OperationNotAllowed']);
  });

  test('a success line in one log does not excuse an error in another', async () => {
    const catalog = new Catalog(builtinCatalogData());
    const result = await diagnose(
      [
        { name: 'create.log', lines: textSource(QUOTA.join('\n')) },
        { name: 'infra.log', lines: textSource(APPLY_COMPLETE) },
      ],
      catalog,
    );
    expect(result.diagnoses.map((d) => d.code)).toEqual(['OperationNotAllowed']);
  });

  test('the reader gate lets the outcome lines through on a large log', async () => {
    const filler = Array.from({ length: 20000 }, (_, i) => `cli.azure.cli.core: filler line ${i}`);
    const log = [...filler, ...THROTTLED, ...filler, APPLY_COMPLETE].join('\n');
    const result = await diagnose([{ lines: textSource(log) }], new Catalog(builtinCatalogData()), {
      gateSmallLogs: true,
    });
    expect(result.found).toBe(false);
    expect(result.unrecognized.map((u) => u.code)).toEqual(['SubscriptionRequestsThrottled']);
  });
});

describe('a script that ran the same az command again', () => {
  const retried = [
    ...QUOTA,
    '+ echo "retrying with one node"',
    'retrying with one node',
    '+ az aks nodepool add -g rg --cluster-name aks -n np2 --node-count 1',
    '{',
    '  "count": 1,',
    '  "name": "np2",',
    '  "provisioningState": "Succeeded",',
    '  "type": "Microsoft.ContainerService/managedClusters/agentPools"',
    '}',
  ];

  test("and got the resource back: the first run's error was got past", async () => {
    const result = await explain(retried.join('\n'));
    expect(result.diagnoses).toEqual([]);
    expect(result.unrecognized[0]!.message).toMatch(
      /^Not why the run failed: the run got past it \(line 9: "az aks nodepool add run again at line 5 succeeded"\)/,
    );
  });

  test('another command that succeeded after the failure says nothing about it', async () => {
    const shown = retried.map((l) =>
      l.replace(
        '+ az aks nodepool add -g rg --cluster-name aks -n np2 --node-count 1',
        '+ az aks show -g rg -n aks',
      ),
    );
    expect((await explain(shown.join('\n'))).diagnoses.map((d) => d.code)).toEqual(['OperationNotAllowed']);
  });

  test("a nested provisioningState (an agent pool inside the cluster) is not the command's result", async () => {
    const nested = retried.map((l) => l.replace('  "provisioningState"', '      "provisioningState"'));
    expect((await explain(nested.join('\n'))).diagnoses.map((d) => d.code)).toEqual(['OperationNotAllowed']);
  });

  test('errors of every earlier run are got past; an error after the success is kept', async () => {
    const twice = [...QUOTA, ...retried];
    expect((await explain(twice.join('\n'))).diagnoses).toEqual([]);
    const later = [...retried, '+ az aks upgrade -g rg -n aks -k 1.30.0', QUOTA[1]!];
    expect((await explain(later.join('\n'))).diagnoses.map((d) => d.code)).toEqual(['OperationNotAllowed']);
  });
});
