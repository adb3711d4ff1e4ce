// Errors that read like AKS's but belong to something else: another Terraform resource in a log that
// also builds a cluster, a self-managed cluster's master, a DNS server that cannot resolve node names.
import { explain, ids } from '../helpers.js';

const policyBox = (resource: string): string[] => [
  `${resource}: Creating...`,
  '╷',
  '│ Error: creating/updating Security Rule (Subscription: "00000000-0000-0000-0000-000000000000"',
  '│ Resource Group Name: "shop-aks-rg"',
  "│ Security Rule Name: \"shop-aks-ssh\"): performing CreateOrUpdate: unexpected status 403 with error: RequestDisallowedByPolicy: Resource 'shop-aks-ssh' was disallowed by policy. Reasons: 'Unrestricted NSG rules are not allowed.'. See error details for policy resource IDs.",
  '│ ',
  `│   with ${resource},`,
  `│   on main.tf line 40, in resource "${resource.split('.')[0]}" "x":`,
  '│   40: resource "x" "y" {',
  '╵',
];

describe('the Terraform resource an error belongs to', () => {
  test("another resource's error in a log that also builds a cluster is not an AKS error", async () => {
    const log = [
      'azurerm_kubernetes_cluster.aks: Creation complete after 5m',
      ...policyBox('azurerm_network_security_rule.ssh'),
    ];
    const result = await explain(log.join('\n'));
    expect(result.diagnoses).toEqual([]);
    expect(result.unrecognized[0]).toMatchObject({ code: 'RequestDisallowedByPolicy' });
    expect(result.unrecognized[0]!.message).toMatch(/^Not an AKS error/);
  });

  test.each([
    'azurerm_kubernetes_cluster.aks',
    'azurerm_kubernetes_cluster_node_pool.user',
    'azurerm_resource_group_template_deployment.aks',
  ])('the same error in the box of %s is diagnosed', async (resource) => {
    expect(await ids(policyBox(resource).join('\n'))).toEqual(['request-disallowed-by-policy']);
  });

  test('each error takes the resource of its own box, not the next one', async () => {
    const log = [
      ...policyBox('azurerm_kubernetes_cluster.aks'),
      ...policyBox('azurerm_network_security_rule.ssh'),
    ];
    const result = await explain(log.join('\n'));
    expect(result.diagnoses.map((d) => d.id)).toEqual(['request-disallowed-by-policy']);
    expect(result.diagnoses[0]!.evidence.map((e) => e.line)).toEqual([5]);
  });

  test("Terraform 0.12's `on ... in resource` line names the resource when there is no `with` line", async () => {
    const log = [
      'level=error msg="Error: Code=\\"ZonalAllocationFailed\\" Message=\\"Allocation failed. We do not have sufficient capacity for the requested VM size in this zone.\\""',
      'level=error msg="  on ../master/master.tf line 81, in resource \\"azurerm_virtual_machine\\" \\"master\\":"',
    ];
    expect(await ids(log.join('\n'))).toEqual([]);
  });
});

describe('other clusters and other requests', () => {
  test("a self-managed cluster's master setup script is not an AKS node", async () => {
    const line =
      'VM has reported a failure when processing extension \'cse-master-0\'. Error message: "Enable failed: failed to execute command: command terminated with exit status=50"';
    const result = await explain(line);
    expect(result.diagnoses).toEqual([]);
    expect(result.unrecognized[0]!.message).toMatch(/^Not an AKS error/);
    expect(await ids(line.replace('cse-master-0', 'vmssCSE'))).toEqual(['outbound-conn-fail']);
  });

  test('an SDK request to another resource provider makes the log about that resource', async () => {
    const log = [
      'Failed to start VM. err = PUT https://management.azure.com/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1',
      'RESPONSE 409: 409 Conflict',
      'ERROR CODE: OperationNotAllowed',
      '{ "error": { "code": "OperationNotAllowed", "message": "Operation could not be completed as it results in exceeding approved Total Regional Cores quota." } }',
    ];
    expect(await ids(log.join('\n'))).toEqual([]);
    const aks = log.map((l) =>
      l.replace(
        'Microsoft.Compute/virtualMachines/vm1',
        'Microsoft.ContainerService/managedClusters/aks1/agentPools/np',
      ),
    );
    expect(await ids(aks.join('\n'))).toEqual(['operation-not-allowed-quota-or-public-ip']);
  });

  test('a DNS server that cannot resolve node names is not the tunnel error', async () => {
    expect(
      await ids(
        'Error from server: error dialing backend: dial tcp: lookup k8s-agentpool1-3 on 10.40.1.133:53: server misbehaving',
      ),
    ).toEqual([]);
    expect(
      await ids('Error from server: error dialing backend: dial tcp 10.240.0.4:10250: i/o timeout'),
    ).not.toEqual([]);
  });
});

describe('the end of a script listing', () => {
  test("an SDK's error output ends a listing whose end marker was lost", async () => {
    const log = [
      '##[group]Run echo "diagnostics:"; cat upgrade-diagnostics.txt',
      'Exception:',
      'UpdateVMSS failed. Error: autorest/azure: Service returned an error. Status=429 Code="OperationNotAllowed" Message="The server rejected the request because too many requests have been received for this subscription." Details=[{"code":"TooManyRequests","message":"{\\"operationGroup\\":\\"GetVMScaleSet3Min\\"}"}]',
      '##[endgroup]',
    ];
    expect(await ids(log.join('\n'))).not.toEqual([]);
    // A script that only greps for the code is still source code.
    expect(
      await ids(
        [
          '##[group]Run grep -q OperationNotAllowed az.log',
          'grep -q OperationNotAllowed az.log',
          '##[endgroup]',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});
