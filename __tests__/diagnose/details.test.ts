// Details worth reading, pulled from real AKS error wording. Unless noted, messages are copied from
// __tests__/fixtures/docs-examples.json (Microsoft's troubleshooting articles; the article path is given).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  DETAIL_LABELS,
  SUPPORT_HANDLE_KEYS,
  extractDetails,
  ignoreHintsForTest,
  type Details,
} from '../../src/diagnose/details.js';
import { unescapeText } from '../../src/diagnose/scan.js';
import { fixture, repoRoot } from '../helpers.js';

const labelled = new Set(DETAIL_LABELS.map(([key]) => key));

/** Well-formed and not invented: every value is short, one line, and (apart from the normalised region
 *  and the scheme added to a bare link) appears in the text. */
function checkWellFormed(input: string, details: Details): void {
  for (const [key, value] of Object.entries(details)) {
    expect(labelled.has(key)).toBe(true);
    if (typeof value === 'number') {
      expect(Number.isSafeInteger(value)).toBe(true);
      expect(input).toContain(String(value));
      continue;
    }
    expect(value.length).toBeGreaterThan(0);
    expect(value.length).toBeLessThanOrEqual(200);
    expect(value).not.toMatch(/[\r\n]/);
    if (key === 'region') expect(value).toMatch(/^[a-z0-9]+$/);
    else if (key === 'link')
      expect(input.toLowerCase()).toContain(value.replace(/^https:\/\//, '').toLowerCase());
    else expect(input).toContain(value);
  }
}

const ARTICLES = 'support/azure/azure-kubernetes';
const cases: Array<[source: string, text: string, expected: Details]> = [
  [
    `${ARTICLES}/create-upgrade-delete/quota-exceeded-during-creation-upgrade.md`,
    'Code: QuotaExceeded  \nMessage: Operation could not be completed as it results in exceeding approved Total Regional Cores quota. Additional details - Deployment Model: Resource Manager, Location: eastus, Current Limit: 350, Current Usage: 348, Additional Required: 4, (Minimum) New Limit Required: 352.',
    { region: 'eastus', quotaLimit: 350, quotaUsage: 348, quotaRequired: 4, quotaNewLimit: 352 },
  ],
  [
    `${ARTICLES}/create-upgrade-delete/quota-exceeded-during-creation-upgrade.md`,
    'Code: QuotaExceeded  \nMessage: Operation could not be completed as it results in exceeding approved standardDSv3Family Cores quota. Additional details - Deployment Model: Resource Manager, Location: eastus2, Current Limit: 1500, Current Usage: 1500, Additional Required: 16, (Minimum) New Limit Required: 1516. ',
    {
      region: 'eastus2',
      vmFamily: 'standardDSv3Family',
      quotaLimit: 1500,
      quotaUsage: 1500,
      quotaRequired: 16,
      quotaNewLimit: 1516,
    },
  ],
  [
    `${ARTICLES}/create-upgrade-delete/quota-exceeded-during-creation-upgrade.md`,
    'Code: ErrCode_InsufficientVCPUQuota   \nMessage: Insufficient vcpu quota requested 48, remaining 32 for family standardDSv5Family for region qatarcentral',
    { region: 'qatarcentral', vmFamily: 'standardDSv5Family', quotaRequired: 48, quotaRemaining: 32 },
  ],
  [
    `${ARTICLES}/create-upgrade-delete/quota-exceeded-during-creation-upgrade.md`,
    'Code: ErrCode_InsufficientVCPUQuota   \nMessage: "Insufficient regional vcpu quota left for location eastus. left regional vcpu quota 0, requested quota 4"',
    { region: 'eastus', quotaRemaining: 0, quotaRequired: 4 },
  ],
  [
    `${ARTICLES}/error-codes/operationnotallowed-publicipcountlimitreached-error.md`,
    'OrginalError: Code="PublicIPCountLimitReached"\n\nMessage="Cannot create more than 1000 public IP addresses for this subscription in this region." Details=[]',
    { quotaLimit: 1000 },
  ],
  [
    // The portal link is cut by the article's `<parameter-id>` placeholder, so the next link is taken.
    `${ARTICLES}/error-codes/operationnotallowed-publicipcountlimitreached-error.md`,
    'Code="OperationNotAllowed"\n\nMessage="Operation could not be completed as it results in exceeding approved standardEv3Family Cores quota.\n\nAdditional details - Deployment Model: Resource Manager,\n\nLocation: uksouth,\n\nCurrent Limit: 200,\n\nCurrent Usage: 200,\n\nAdditional Required: 8,\n\n(Minimum) New Limit Required: 208.\n\nSubmit a request for Quota increase at https://aka.ms/ProdportalCRP/#blade/Microsoft_Azure_Capacity/UsageAndQuota.ReactView/Parameters/<parameter-id> by specifying parameters listed in the \'Details\' section for deployment to succeed. Please read more about quota limits at https://learn.microsoft.com/azure/azure-supportability/per-vm-quota-requests"',
    {
      region: 'uksouth',
      vmFamily: 'standardEv3Family',
      quotaLimit: 200,
      quotaUsage: 200,
      quotaRequired: 8,
      quotaNewLimit: 208,
      link: 'https://learn.microsoft.com/azure/azure-supportability/per-vm-quota-requests',
    },
  ],
  [
    `${ARTICLES}/error-codes/invalidparameter-error.md`,
    'Code="InvalidParameter"\n    \nMessage="**The requested VM size Standard_D4s_v3 is not available in the current region. The sizes available in the current region are: ExtraSmall_Internal, Standard_DC2as_v5, Standard_DC4as_v5.\r\nFind out more on the available VM sizes in each region at <https://aka.ms/azureregions>."\n    \nTarget="vmSize"',
    { vmSize: 'Standard_D4s_v3', link: 'https://aka.ms/azureregions' },
  ],
  [
    `${ARTICLES}/error-codes/invalidparameter-error.md`,
    "Message=\"The value of parameter name is invalid. Error details: \"omsagent-aks-dev-microsoft\" managed cluster name is invalid because 'MICROSOFT' and 'WINDOWS' can't be used as either a whole word or a substring in the name.. Please see https://aka.ms/aks-naming-rules for more details.\"",
    { cluster: 'omsagent-aks-dev-microsoft', link: 'https://aka.ms/aks-naming-rules' },
  ],
  [
    `${ARTICLES}/error-codes/aks-upgrade-blocked.md`,
    'Upgrading Kubernetes version 1.24.9 to 1.26.6 is not allowed. Available upgrades: [1.29.15 1.29.14 1.29.0]. For more information, see [AKS supported Kubernetes versions](https://aka.ms/aks-supported-k8s-ver) for version details.',
    { currentVersion: '1.24.9', targetVersion: '1.26.6', link: 'https://aka.ms/aks-supported-k8s-ver' },
  ],
  [
    `${ARTICLES}/error-codes/aks-upgrade-blocked.md`,
    "Node pool version 1.24.9 and control plane version 1.29.15 is incompatible. Minor version of node pool cannot be more than 3 versions less than control plane's version. Minor version of node pool is 24 and control plane is 29. For more information, see [AKS upgrade version skew policy](https://aka.ms/aks/UpgradeVersionRules).",
    {
      nodePoolVersion: '1.24.9',
      kubernetesVersion: '1.29.15',
      link: 'https://aka.ms/aks/UpgradeVersionRules',
    },
  ],
  [
    `${ARTICLES}/error-codes/aks-upgrade-blocked.md`,
    '<ClusterName> is on version 1.25.6 which is not supported in this region. Please use the [az aks get-versions] command to get the supported version list in this region.',
    { currentVersion: '1.25.6' },
  ],
  [
    `${ARTICLES}/error-codes/requestdisallowedbypolicy-error.md`,
    'Code: RequestDisallowedByPolicy\nMessage: Resource \'resourcegroup\' was disallowed by policy. Policy identifiers: \'[{"policyAssignment":{"name":"Not allowed resource types","id":"/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Authorization/policyAssignments/00000000000000000000000"},"policyDefinition":{"name":"Not allowed resource types","id":"/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Authorization/policyDefinitions/not-allowed-resourcetypes","version":"1.0.0"}}]\'.',
    { policyAssignment: 'Not allowed resource types', policyDefinition: 'Not allowed resource types' },
  ],
  [
    `${ARTICLES}/error-codes/serviceprincipalvalidationclienterror-error.md`,
    '"error_description": "AADSTS7000215: Invalid client secret provided.\\r\\n\n\nTrace ID: 12345\\r\\n\n\nCorrelation ID: 6789\\r\\n\n\nTimestamp: 2022-02-03 03:07:11Z",\n\n"error_codes": [7000215],\n\n"timestamp": "2022-02-03 03:07:11Z"',
    { traceId: '12345', correlationId: '6789', timestamp: '2022-02-03 03:07:11Z' },
  ],
  [
    // Windows CSE: the PowerShell wrapper's exit code 1 is not the CSE's 35.
    `${ARTICLES}/create-upgrade-delete/error-code-cnidownloadtimeoutvmextensionerror.md`,
    "Error message: 'Command execution finished, but failed because it returned a non-zero exit code of: '1'. The command had an error output of: 'ExitCode: |35|,\nOutput: |WINDOWS_CSE_ERROR_DOWNLOAD_CNI_PACKAGE|, Error: |Failed in downloading \\r\\nhttps://acs-mirror.azureedge.net/azure-cni/v1.4.56/binaries/azure-vnet-cni-overlay-windows-amd64-v1.4.56.zip.\nFor more information, check the instance view by executing Get-AzVmssVm or Get-AzVm (https://aka.ms/GetAzVm).",
    { exitCode: 35, link: 'https://aka.ms/GetAzVm' },
  ],
  [
    `${ARTICLES}/create-upgrade-delete/error-code-k8sapiserverconnfailvmextensionerror.md`,
    'Unable to establish connection from agents to Kubernetes API server, please see https://aka.ms/aks-required-ports-and-addresses for more information.\n\nDetails: Code="VMExtensionProvisioningError"\n\nMessage="VM has reported a failure when processing extension \'vmssCSE\'.\n\nError message: "Enable failed: failed to execute command: command terminated with exit status=51\\n[stdout]\\n{\n\n"ExitCode": "51",\n\n"Output": "Thu Oct 14 18:07:37 UTC 2021,aks-nodepool1-18315663-vmss000000\\nConnection to',
    { exitCode: 51, nodePool: 'nodepool1', link: 'https://aka.ms/aks-required-ports-and-addresses' },
  ],
  [
    `${ARTICLES}/create-upgrade-delete/error-code-vmextensionprovisioningtimeout.md`,
    'Failed to reconcile agent pool agentpool0: err: VMSSAgentPoolReconciler retry failed:\nCategory: InternalError;\nSubCode: VMExtensionProvisioningTimeout;',
    { nodePool: 'agentpool0' },
  ],
  [
    `${ARTICLES}/error-codes/invalidresourcereference-error.md`,
    'Message="Resource  \n/subscriptions/<subscription-id-guid>/resourceGroups/MyResourceGroup/providers/Microsoft.Network/virtualNetworks/vnet-otcom/subnets/Subnet-AKS  \nreferenced by resource  \n/subscriptions/<subscription-id-guid>/resourceGroups/MC_MyResourceGroup_MyCluster-AKS_JAPANEAST/providers/Microsoft.Compute/virtualMachineScaleSets/aks-nodepool-vmss  \nwas not found."',
    { subnet: 'Subnet-AKS', vnet: 'vnet-otcom', region: 'japaneast' },
  ],
  [
    // The RBAC action 'Microsoft.Network/virtualNetworks/write' comes first but names no network.
    `${ARTICLES}/error-codes/linkedauthorizationfailed-error.md`,
    "Message=\"The client 'aaaaaaaa-0000-1111-2222-bbbbbbbbbbbb' with object id '123456789-1234-1234-1234-1234567890987' has permission to perform action 'Microsoft.Network/virtualNetworks/write' on scope '/subscriptions/<subscription-id-guid>/resourceGroups/MC_MyRG_westeurope/providers/Microsoft.Network/virtualNetworks/aks-vnet'",
    { vnet: 'aks-vnet' },
  ],
  [
    `${ARTICLES}/create-upgrade-delete/cannot-delete-ip-subnet-nsg.md`,
    'message: "Subnet aks-subnet is in use by ..../resourceGroups/.../providers/Microsoft.Network/virtualNetworks/.../subnets/.../serviceAssociationLinks/AppServiceLink and cannot be deleted. See aka.ms/deletesubnet."',
    { subnet: 'aks-subnet', link: 'https://aka.ms/deletesubnet' },
  ],
  [
    `${ARTICLES}/error-codes/throttled-error.md`,
    'Message="> The PutManagedClusterHandler.PUT request limit has been exceeded for SubID=\'<subscription-id-guid>\', please retry again in X seconds. For more information, please visit aka.ms/aks/throttling";',
    { link: 'https://aka.ms/aks/throttling' },
  ],
  [
    `${ARTICLES}/create-upgrade-delete/error-code-k8sapiserverdnslookupfailvmextensionerror.md`,
    "Agents are unable to resolve Kubernetes API server name. It's likely custom DNS server is not correctly configured, please see https://aka.ms/aks/private-cluster#hub-and-spoke-with-custom-dns for more information.",
    { link: 'https://aka.ms/aks/private-cluster#hub-and-spoke-with-custom-dns' },
  ],
  [
    // Azure/AKS#1918, quoted in the project's research note on error formats (legacy az output).
    'github.com/Azure/AKS/issues/1918',
    'Deployment failed. Correlation ID: 11a09b34-8fca-4bc7-b16c-83328932c306. Unable to establish outbound connection from agents, please see https://aka.ms/aks-required-ports-and-addresses for more information. Details: VMSSAgentPoolReconciler retry failed: deployment operations failed with error messages: { "code": "VMExtensionProvisioningError", "message": "command terminated with exit status=50',
    {
      correlationId: '11a09b34-8fca-4bc7-b16c-83328932c306',
      exitCode: 50,
      link: 'https://aka.ms/aks-required-ports-and-addresses',
    },
  ],
  [
    'github.com/hashicorp/terraform-provider-azurerm/issues/13781',
    'Error: creating Managed Kubernetes Cluster "flixtuber" (Resource Group "flixtuber"): containerservice.ManagedClustersClient#CreateOrUpdate: Failure sending request: StatusCode=0 -- Original Error: Code="BadRequest" Message="The VM size of AgentPoolProfile:default is not allowed in your subscription in location \'westus\'."',
    { cluster: 'flixtuber', nodePool: 'default', region: 'westus' },
  ],
  [
    'github.com/jenkins-infra/azure/issues/715',
    '│ Error: creating Kubernetes Cluster (Subscription: "1311c09f-0000"\n│ Resource Group Name: "infra-ci-jenkins-io-kubernetes-agents"\n│ Kubernetes Cluster Name: "infracijenkinsio-agents-1"): performing CreateOrUpdate: unexpected status 400 (400 Bad Request) with response: {',
    { cluster: 'infracijenkinsio-agents-1' },
  ],
  [
    'MicrosoftDocs/azure-docs-cli troubleshooting page (ARM preflight), tracking id added',
    '{"error":{"code":"InvalidTemplateDeployment","message":"The template deployment \'vm_deploy_1\' is not valid according to the validation procedure. The tracking id is \'3f8a1c2e-5b7d-4e21-9a0c-6d2b8e4f1a73\'.","details":[{"code":"SkuNotAvailable","message":"The requested VM size for resource \'Following SKUs have failed for Capacity Restrictions: Standard_DS1_v2\' is currently not available in location \'westus\'."}]}}',
    { trackingId: '3f8a1c2e-5b7d-4e21-9a0c-6d2b8e4f1a73', vmSize: 'Standard_DS1_v2', region: 'westus' },
  ],
  [
    // Terraform debug output quoting ARM additionalInfo (public repository; display names beat IDs).
    'ARM PolicyViolation additionalInfo as printed by terraform',
    '"info":{"policyAssignmentDisplayName":"Secure transfer to storage accounts should be enabled","policyAssignmentId":"/providers/Microsoft.Management/managementgroups/boxbank-root/providers/Microsoft.Authorization/policyAssignments/deny_http_storage","policyAssignmentName":"deny_http_storage","policyDefinitionDisplayName":"Secure transfer to storage accounts should be enabled","policyDefinitionId":"/providers/Microsoft.Authorization/policyDefinitions/404c3081-a854-4457-ae30-26a93ef643f9"}',
    {
      policyAssignment: 'Secure transfer to storage accounts should be enabled',
      policyDefinition: 'Secure transfer to storage accounts should be enabled',
    },
  ],
  [
    'examples/az-aks-create-policy.log (az prints Info with IDs only: the name is the last segment)',
    'Info: {\n    "policyAssignmentId": "/subscriptions/00000000-0000-0000-0000-000000000000/providers/Microsoft.Authorization/policyAssignments/require-aks-cost-tags",\n    "policyDefinitionId": "/providers/Microsoft.Authorization/policyDefinitions/require-aks-cost-tags"\n}',
    { policyAssignment: 'require-aks-cost-tags', policyDefinition: 'require-aks-cost-tags' },
  ],
  [
    'github.com/Azure/Azure-Landing-Zones/issues/442 (go-azure-sdk resource ID and policy message)',
    "│ Policy Assignment Name: \"Deny-Priv-Esc-AKS\"): unexpected status 400 (400 Bad Request) with error: PolicyParameterValueNotAllowed: The value 'deny' is not allowed for policy parameter 'effect' in policy definition '1c6e92c9-99f0-4e55-9cf2-0c234dc48f99 version 8.0.0'.",
    { policyAssignment: 'Deny-Priv-Esc-AKS', policyDefinition: '1c6e92c9-99f0-4e55-9cf2-0c234dc48f99' },
  ],
  [
    'examples/az-aks-upgrade-subnet-full.log',
    "+ az aks upgrade --resource-group rg-shop-prod --name aks-shop-prod --kubernetes-version 1.31.2 --yes\nERROR: (SubnetIsFull) Failed to scale node pool 'userpool' in Kubernetes service 'aks-shop-prod'. Error: VMSSAgentPoolReconciler retry failed: Code='SubnetIsFull' Message='Subnet snet-aks-nodes with address prefix 10.40.8.0/26 doesn't have enough capacity for IP addresses.' Details=[]",
    { nodePool: 'userpool', cluster: 'aks-shop-prod', subnet: 'snet-aks-nodes', targetVersion: '1.31.2' },
  ],
  [
    'az aks nodepool commands: -n is the pool, --cluster-name the cluster',
    '+ az aks nodepool add -g rg-data-neu --cluster-name aks-data-neu -n spark --node-count 3 --node-vm-size Standard_E8ds_v5\n+ az aks nodepool upgrade -g rg --cluster-name c -n np1 -k 1.26.6',
    { nodePool: 'spark', cluster: 'aks-data-neu', vmSize: 'Standard_E8ds_v5', targetVersion: '1.26.6' },
  ],
  [
    'az --debug headers and the async-operation URL (az CLI debug format)',
    "DEBUG: cli.azure.cli.core.sdk.policies:     'x-ms-correlation-request-id': '5e1b7c3a-0d4f-4a8e-b2c6-9f3e7d1a0b42'\nDEBUG: cli.azure.cli.core.sdk.policies:     'x-ms-request-id': '9a0c6d2b-8e4f-4a73-8f3a-1c2e5b7d4e21'\nAzure-AsyncOperation: https://management.azure.com/subscriptions/0000/providers/Microsoft.ContainerService/locations/westeurope/operations/0f8d6a1b-2c3e-4f5a-9b8c-7d6e5f4a3b2c?api-version=2016-03-30",
    {
      correlationId: '5e1b7c3a-0d4f-4a8e-b2c6-9f3e7d1a0b42',
      requestId: '9a0c6d2b-8e4f-4a73-8f3a-1c2e5b7d4e21',
      operationId: '0f8d6a1b-2c3e-4f5a-9b8c-7d6e5f4a3b2c',
      region: 'westeurope',
    },
  ],
];

describe('extractDetails on real messages', () => {
  test.each(cases)('%s', (_source, input, expected) => {
    // toEqual, not toMatchObject: a key the message does not support is as wrong as a missing one.
    const details = extractDetails(input);
    expect(details).toEqual(expected);
    checkWellFormed(input, details);
  });
});

describe('region wording', () => {
  test.each([
    ["is not allowed in your subscription in location 'eastus'", 'eastus'],
    ['Location: westeurope, Current Limit: 10', 'westeurope'],
    ['The resource was requested in location "eastus2".', 'eastus2'],
    ['AKS is experiencing heavy usage in region eastus. We are working on it', 'eastus'],
    ['+ az aks create -g rg -n aks --location westus2 --node-count 3', 'westus2'],
    ['{ "location": "eastus", "name": "aks" }', 'eastus'],
    ["in location 'West Europe'.", 'westeurope'],
    ['Location: East US 2, Current Limit: 10', 'eastus2'],
  ])('%s', (input, region) => {
    expect(extractDetails(input).region).toBe(region);
  });

  test.each([
    'please consider creating new AKS clusters in a different region.',
    'AKS is experiencing heavy usage in region <Region>.',
    "The supported zones for location '<location>' are 'A', 'B'",
    'Location: https://management.azure.com/subscriptions/0000/operationresults/abc',
  ])('no region in: %s', (input) => {
    expect(extractDetails(input).region).toBeUndefined();
  });
});

test('article placeholders are not values', () => {
  const details = extractDetails(
    "Failed to scale node pool <AGENT POOL NAME>' in Kubernetes service '<NAME>'. Error: Code='SubnetIsFull' Message='<SUBNET NAME>\\ with address prefix <PREFIX>\\ doesn't have enough capacity.'\n" +
      'Error: Node pool version 1.x.y and control plane version 1.a.b are incompatible.\n' +
      'Resource ID: /subscriptions/<subscription_id>/resourcegroups/<rg>/providers/Microsoft.ContainerService/managedClusters/<aks_cluster_name>.\n' +
      'This operation has been preempted by another operation with ID <operation ID>\n' +
      '"policyDefinitionDisplayName": "<policy name>", "policyAssignmentName": "..."',
  );
  expect(details).toEqual({});
});

test('words after "subnet" or "node pool" are not names; storage SKUs and Go files are not VM sizes', () => {
  expect(
    extractDetails(
      'AgentPoolProfile subnet with id x cannot be used. Node pool version is old. Pre-allocated IPs 505 exceeds IPs available in Subnet 251. use Standard_LRS. standard_init_linux.go:228: exec user process caused',
    ),
  ).toEqual({});
});

test('the first match wins when the text holds several errors', () => {
  const details = extractDetails(
    'Location: westeurope, Current Limit: 10, Current Usage: 8\nLocation: eastus, Current Limit: 350, Current Usage: 348',
  );
  expect(details).toMatchObject({ region: 'westeurope', quotaLimit: 10, quotaUsage: 8 });
});

test('--name is a node pool only in nodepool commands', () => {
  expect(extractDetails('+ az aks create -g rg --name aks-x --node-count 3')).toEqual({ cluster: 'aks-x' });
  expect(extractDetails('+ az aks nodepool add -g rg --cluster-name aks-x --name np2')).toEqual({
    cluster: 'aks-x',
    nodePool: 'np2',
  });
});

describe('labels and support handles', () => {
  test('labels are unique and support handles are labelled keys', () => {
    expect(labelled.size).toBe(DETAIL_LABELS.length);
    for (const key of SUPPORT_HANDLE_KEYS) expect(labelled.has(key)).toBe(true);
    expect(SUPPORT_HANDLE_KEYS).toEqual(
      expect.arrayContaining(['correlationId', 'requestId', 'traceId', 'timestamp']),
    );
  });

  test('every docs example gives well-formed details', () => {
    const samples = JSON.parse(fixture('docs-examples.json')) as { text: string }[];
    for (const { text } of samples) checkWellFormed(text, extractDetails(text));
  });
});

describe('properties', () => {
  const fragment = fc.constantFrom(
    'Location: ',
    "location '",
    'region ',
    'Current Limit: ',
    'Standard_D',
    'standardDSv3Family',
    '/subnets/',
    'subnet ',
    'node pool ',
    'agentPools/',
    '"policyAssignment":{"name":"',
    'policyDefinitionId": "/x/',
    'managedClusters/',
    'version 1.2',
    ' to ',
    'Correlation ID: ',
    'x-ms-request-id: ',
    'Timestamp: 2025-01-02T03:04:05Z',
    'https://aka.ms/',
    'learn.microsoft.com/',
    'exit status=',
    '"ExitCode": "',
    '+ az aks nodepool add -n ',
    '\\"',
    '\n',
    '\r\n',
    '<x>',
  );
  const logText = fc
    .array(fc.oneof(fragment, fc.string({ maxLength: 30 }), fc.nat(300).map(String)), { maxLength: 40 })
    .map((parts) => parts.join(''));

  test('arbitrary text never throws and gives short one-line values found in the text', () => {
    fc.assert(
      fc.property(fc.oneof(logText, fc.string({ unit: 'binary', maxLength: 400 })), (input) => {
        checkWellFormed(input, extractDetails(input));
      }),
      { numRuns: 500 },
    );
  });

  test.each([
    ['one letter', 'a'],
    ['backslashes', '\\'],
    ['location words', 'location '],
    ['open quotes', 'Location: "'],
    ['size prefixes', 'Standard_'],
    ['node pool words', 'node pool '],
    ['nodepool command without a name', 'az aks nodepool add --nam '],
    ['command continuations', '\\\n'],
    ['link cut by a placeholder', 'https://aka.ms/a<'],
    ['version fragments', 'version 1.2.'],
    ['escaped ExitCode', 'ExitCode\\"'],
    ['policy openings', 'policyAssignment":{"name":"'],
    ['address prefixes', 'a with address prefi'],
  ])('an adversarial 100 kB line of %s finishes', (_name, unit) => {
    const input = unit.repeat(Math.ceil(100_000 / unit.length));
    const details = extractDetails(input);
    checkWellFormed(input, details);
  });
});

test('a label at the end of one line does not take a value from the next', () => {
  const details = extractDetails(
    '##[section]Starting: Scale AKS node pool\naz aks nodepool scale -g rg --cluster-name aks --name nodepool1\nSubnet\nRegion\nfoo',
  );
  expect(details.nodePool).toBe('nodepool1');
  expect(details.subnet).toBeUndefined();
  expect(details.region).toBeUndefined();
});

test('the rules’ hints change nothing: every fixture log and docs example, with and without them', () => {
  const texts: string[] = (JSON.parse(fixture('docs-examples.json')) as { text: string }[]).map(
    (s) => s.text,
  );
  for (const set of readdirSync(join(repoRoot, 'eval')).filter((d) => d.startsWith('real-world'))) {
    const dir = join(repoRoot, 'eval', set);
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.log')))
      texts.push(unescapeText(readFileSync(join(dir, f), 'utf8')));
  }
  const withHints = texts.map((t) => extractDetails(t));
  ignoreHintsForTest(true);
  try {
    const without = texts.map((t) => extractDetails(t));
    expect(withHints).toEqual(without);
    // Not vacuous: the fixtures hold plenty of details.
    expect(withHints.filter((d) => Object.keys(d).length > 0).length).toBeGreaterThan(150);
  } finally {
    ignoreHintsForTest(false);
  }
});
