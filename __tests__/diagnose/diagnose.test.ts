// Diagnosis behaviour that the catalog alone does not show: shared codes told apart by message,
// operation and OS; wrappers and unknown codes; the article chosen in context; harmless input.
import { diagnose } from '../../src/diagnose/index.js';
import { textSource } from '../../src/input/read-lines.js';
import { builtinCatalog, explain, ids } from '../helpers.js';

describe('shared codes', () => {
  test('OperationNotAllowed: another operation in progress', async () => {
    expect(
      await ids(
        '(OperationNotAllowed) Operation is not allowed: Another operation (Updating) is in progress, please wait for it to finish before starting a new operation.',
      ),
    ).toEqual(['operation-not-allowed-in-progress']);
  });

  test('OperationNotAllowed: cores quota', async () => {
    const r = await explain(
      'Code="OperationNotAllowed" Message="Operation could not be completed as it results in exceeding approved standardDSv3Family Cores quota. Additional details - Location: westeurope, Current Limit: 10"',
    );
    expect(r.diagnoses[0]!.id).toBe('operation-not-allowed-quota-or-public-ip');
    expect(r.diagnoses[0]!.code).toBe('OperationNotAllowed');
  });

  test('OperationNotAllowed: upgrade path not allowed', async () => {
    expect(
      await ids(
        'Code: OperationNotAllowed\nMessage: Upgrading Kubernetes version 1.24.9 to 1.27.1 is not allowed.',
      ),
    ).toEqual(['aks-upgrade-blocked']);
  });

  test('OperationNotAllowed / TooManyRequests from Compute throttling are subscription throttling', async () => {
    const r = await explain(
      'E1109 03:43:02.118312 1 azure_vmss.go:148] The server rejected the request because too many requests have been received for this subscription. (Code: OperationNotAllowed) {"operationgroup":"HighCostGetVMScaleSet3Min","allowedrequestcount":180} (Code: TooManyRequests)',
    );
    expect(r.diagnoses.map((d) => d.id)).toEqual(['subscription-requests-throttled']);
    expect(r.diagnoses[0]!.retryable).toBe(true);
  });

  test('BadRequest "credentials in ServicePrincipalProfile were invalid": the detail decides', async () => {
    const wrapper =
      'Code="BadRequest" Message="The credentials in ServicePrincipalProfile were invalid. Please see https://aka.ms/aks-sp-help for more details.';
    expect(await ids(`${wrapper}"`)).toEqual(['invalid-client-secret']);
    expect(
      await ids(
        `${wrapper} (Details: AADSTS700016: Application with identifier 'x' was not found in the directory 'y'.)"`,
      ),
    ).toEqual(['missing-or-invalid-service-principal']);
  });

  test('OperationNotAllowed with a message no rule knows is unrecognized, not forced onto an entry', async () => {
    const r = await explain('Code: OperationNotAllowed\nMessage: Something else entirely happened.');
    expect(r.found).toBe(false);
    expect(r.unrecognized.map((u) => u.code)).toEqual(['OperationNotAllowed']);
  });

  test('NodePoolMcVersionIncompatible: node pool operation vs control-plane upgrade', async () => {
    const message =
      'Code: NodePoolMcVersionIncompatible\nMessage: Node pool version 1.26.3 and control plane version 1.30.1 are incompatible.';
    expect(
      await ids(`+ az aks nodepool upgrade -g rg --cluster-name c -n np1 -k 1.26.6\n${message}`),
    ).toEqual(['nodepool-mc-version-incompatible']);
    expect(await ids(`+ az aks upgrade -g rg -n c -k 1.30.1\n${message}`)).toEqual(['aks-upgrade-blocked']);
  });

  test('SubscriptionRequestsThrottled: ARM throttling, but the delete article during a delete', async () => {
    const message =
      'Code: SubscriptionRequestsThrottled\nMessage: Number of requests for subscription exceeded the limit.';
    expect(await ids(message)).toEqual(['subscription-requests-throttled']);
    expect(await ids(`$ az aks delete -g rg -n c --yes\n${message}`)).toEqual(['too-many-requests-received']);
  });

  test('Throttled is the AKS resource provider, not ARM', async () => {
    expect(
      await ids(
        'Code="Throttled" Message="The PutManagedClusterHandler.PUT request limit has been exceeded"',
      ),
    ).toEqual(['throttled']);
  });
});

describe('article chosen in context', () => {
  const subnetFull =
    "Code='SubnetIsFull' Message='aks-subnet with address prefix 10.0.0.0/24 doesn't have enough capacity for IP addresses.'";
  test('SubnetIsFull during an upgrade links the upgrade article', async () => {
    const r = await explain(`+ az aks upgrade -g rg -n c -k 1.30.0 --yes\n${subnetFull}`);
    expect(r.context.operation).toBe('upgrade');
    expect(r.diagnoses[0]!.url).toMatch(/create-upgrade-delete\/error-code-subnetisfull-upgrade$/);
  });
  test('SubnetIsFull during a scale links the general article', async () => {
    const r = await explain(`+ az aks scale -g rg -n c --node-count 9\n${subnetFull}`);
    expect(r.diagnoses[0]!.url).toMatch(/error-codes\/subnetisfull-error$/);
  });
});

describe('node provisioning', () => {
  const cse = (status: number, extra = '') =>
    `Code="VMExtensionProvisioningError" Message="VM has reported a failure when processing extension 'vmssCSE'. Error message: \\"Enable failed: failed to execute command: command terminated with exit status=${status}\\n[stdout]\\n${extra}"`;

  test('the exit status names the cause; the wrapper code does not', async () => {
    const r = await explain(cse(50));
    expect(r.diagnoses.map((d) => d.id)).toEqual(['outbound-conn-fail']);
    expect(r.diagnoses[0]!.details.exitCode).toBe(50);
  });

  test("the node OS detail is the one whose exit-status table was read, not the command's", async () => {
    const r = await explain(
      `+ az aks nodepool add -g rg --cluster-name c -n win1 --os-type Windows\n${cse(50)}`,
    );
    expect(r.context.os).toBe('windows');
    expect(r.diagnoses[0]!.id).toBe('outbound-conn-fail');
    expect(r.diagnoses[0]!.details.nodeOs).toBe('linux');
  });

  test('ERR_ assignments in the shell trace inside Output are decoys', async () => {
    const r = await explain(cse(51, '+ ERR_OUTBOUND_CONN_FAIL=50\\n+ ERR_CNI_DOWNLOAD_TIMEOUT=41\\n'));
    expect(r.diagnoses.map((d) => d.id)).toEqual(['k8s-api-server-conn-fail']);
  });

  test('exit code 5 on a Windows node is the API server connectivity check', async () => {
    const r = await explain(
      'Code="VMExtensionProvisioningError" Message="CSE Error: WINDOWS_CSE_ERROR_CHECK_API_SERVER_CONNECTIVITY." Exit Code: 5.',
    );
    expect(r.diagnoses[0]!.id).toBe('windows-cse-check-api-server-connectivity');
  });

  test('an exit status the catalog does not map is reported as unrecognized', async () => {
    const r = await explain(cse(85));
    expect(r.found).toBe(false);
    expect(r.unrecognized[0]!.code).toBe('CSE exit status 85 (linux)');
  });
});

describe('honesty', () => {
  test("generic wrapper codes alone diagnose nothing; the innermost one's own message is listed", async () => {
    const r = await explain(
      '{"status":"Failed","error":{"code":"DeploymentFailed","message":"At least one resource deployment operation failed.","details":[{"code":"BadRequest","message":"The VM size of Standard_D4s_v5 is not allowed"}]}}',
    );
    expect(r.found).toBe(false);
    expect(r.unrecognized).toEqual([
      { code: 'BadRequest', message: 'The VM size of Standard_D4s_v5 is not allowed', line: 1 },
    ]);
    // A wrapper that only points elsewhere says nothing worth listing.
    const pointer = await explain(
      '{"status":"Failed","error":{"code":"DeploymentFailed","message":"At least one resource deployment operation failed. Please list deployment operations for details."}}',
    );
    expect(pointer.unrecognized).toEqual([]);
    // Next to a diagnosis or an unknown code, wrappers are not listed.
    const known = await explain('ERROR: (BadRequest) wrapped\nCode: SubnetIsFull\nMessage: full');
    expect(known.unrecognized).toEqual([]);
  });

  test('a structured code the catalog does not know is listed with its message and line', async () => {
    const r = await explain(
      "first line\nERROR: (ResourceGroupNotFound) Resource group 'rg-x' could not be found.\n",
    );
    expect(r.found).toBe(false);
    expect(r.unrecognized).toEqual([
      { code: 'ResourceGroupNotFound', message: "Resource group 'rg-x' could not be found.", line: 2 },
    ]);
  });

  test('the real error inside ARM nesting wins over the wrappers', async () => {
    const r = await explain(
      '{"code":"DeploymentFailed","details":[{"code":"ResourceDeploymentFailure","message":"{\\"status\\":\\"Failed\\",\\"error\\":{\\"code\\":\\"SubnetIsDelegated\\",\\"message\\":\\"AgentPoolProfile subnet with id x cannot be used as it\'s a delegated subnet.\\"}}"}]}',
    );
    expect(r.diagnoses.map((d) => d.id)).toEqual(['subnet-is-delegated']);
    expect(r.diagnoses[0]!.confidence).toBe('high');
  });

  test.each([
    'WARNING: Operation failed with SubscriptionRequestsThrottled, retrying in 10 seconds',
    '2024-05-01T10:00:00.0000000Z ##[warning]QuotaExceeded is close: 9 of 10 cores used',
    'W0101 12:00:00.000000       1 reflector.go:424] the server has received too many requests (get pods) Throttled',
    'I0101 12:00:00.000000   12345 request.go:690] Waited for 1.19s due to client-side throttling, not priority and fairness, request: GET:https://aks-x.hcp.eastus.azmk8s.io:443/api/v1/pods',
    '│ Warning: Argument is deprecated: SubnetIsFull handling moved to the azurerm provider 4.0',
    '* TLSv1.3 (IN), TLS handshake, Finished (20):\n* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384',
    // Prose, test names, step names, comments and scripts that only name a code.
    'See https://aka.ms/aks/SubnetIsFull for docs on SubnetIsFull',
    'INFO: no QuotaExceeded seen',
    'Test passed: handles QuotaExceeded',
    'grep -q QuotaExceeded aks.log || echo ok',
    'echo "if you see QuotaExceeded, request quota"',
    '- name: Retry on SubscriptionRequestsThrottled',
    '# troubleshoot QuotaExceeded errors: run az vm list-usage',
    // A shell trace that greps for or echoes a CSE failure is not one.
    '+ grep -q "exit status=50" /var/log/azure/cluster-provision.log',
    '++ echo "CSE failed: command terminated with exit status=50"',
    // An issue list names codes next to issue numbers; a test name quotes an exit status.
    '- #412 Handle SubnetIsFull during upgrade (open)',
    'ok 7 - parses the CSE output of a node that exited with exit status=50',
  ])('a harmless mention diagnoses nothing: %s', async (line) => {
    const r = await explain(line);
    expect(r.diagnoses).toEqual([]);
  });

  test("an Entra ID error while the CI job signs in is the pipeline's, not the cluster's", async () => {
    const login = [
      '2025-06-30T16:01:55.2211093Z ##[group]Run azure/login@v2',
      '2025-06-30T16:01:57.2219301Z Attempting Azure CLI login by using service principal with secret...',
      "2025-06-30T16:01:58.9902216Z ##[error]AADSTS7000222: The provided client secret keys for app '***' are expired.",
      '2025-06-30T16:01:58.9923318Z ##[error]Login failed with Error: The process failed with exit code 1.',
    ];
    const r = await explain(login.join('\n'));
    expect(r.found).toBe(false);
    expect(r.unrecognized).toHaveLength(1);
    expect(r.unrecognized[0]).toMatchObject({ code: 'AADSTS7000222', line: 3 });
    expect(r.unrecognized[0]!.message).toMatch(/sign-in failed.*client secret keys/);
  });

  test("a tool's own token request failing is the pipeline's credentials too", async () => {
    const tf = [
      '│ Error: building account: could not acquire access token to parse claims: clientCredentialsToken: received HTTP status 401 with response: {"error":"invalid_client","error_description":"AADSTS7000222: The provided client secret keys for app \'***\' are expired."}',
      '│   with provider["registry.terraform.io/hashicorp/azurerm"],',
    ];
    const r = await explain(tf.join('\n'));
    expect(r.diagnoses).toEqual([]);
    expect(r.unrecognized[0]).toMatchObject({ code: 'AADSTS7000222' });
  });

  test('after the sign-in step, the same Entra ID error is the cluster service principal', async () => {
    const log = [
      '+ az login --service-principal -u *** -p *** --tenant ***',
      '[{"cloudName": "AzureCloud", "state": "Enabled"}]',
      '+ az aks upgrade -g rg -n aks -k 1.30.3 --yes',
      "ERROR: (BadRequest) The credentials in ServicePrincipalProfile were invalid. (Details: AADSTS7000222: The provided client secret keys for app 'x' are expired.)",
    ];
    expect(await ids(log.join('\n'))).toEqual(['invalid-client-secret']);
    // Without an echoed command, only the sign-in step's own window is the pipeline's.
    const far = [log[0], ...Array.from({ length: 60 }, (_, i) => `output ${i}`), log[3]];
    expect(await ids(far.join('\n'))).toEqual(['invalid-client-secret']);
  });

  test('a sign-in step does not hide errors that are not about credentials', async () => {
    expect(
      await ids(
        '+ az login --identity\nERROR: (QuotaExceeded) Provisioning of resource(s) for container service aks in resource group rg failed. Message: Operation could not be completed as it results in exceeding approved Total Regional Cores quota.',
      ),
    ).toEqual(['vcpu-quota-exceeded']);
  });

  test("a step's script listing is source code: nothing in it is a finding", async () => {
    const gha = [
      '2024-05-01T12:00:00.0000000Z ##[group]Run if grep -q SubscriptionRequestsThrottled aks.log; then',
      '2024-05-01T12:00:00.0000000Z \x1b[36;1mif grep -q SubscriptionRequestsThrottled aks.log; then\x1b[0m',
      '2024-05-01T12:00:00.0000000Z \x1b[36;1m  echo "ERROR: (QuotaExceeded) failed, exit status=50"\x1b[0m',
      '2024-05-01T12:00:00.0000000Z \x1b[36;1mfi\x1b[0m',
      '2024-05-01T12:00:00.0000000Z shell: /usr/bin/bash -e {0}',
      '2024-05-01T12:00:00.0000000Z ##[endgroup]',
      '2024-05-01T12:00:01.0000000Z {"provisioningState": "Succeeded"}',
    ];
    expect((await explain(gha.join('\n'))).diagnoses).toEqual([]);
    // The same log with the error in the step's output, after the listing, is diagnosed.
    const failed = [
      ...gha.slice(0, 6),
      '2024-05-01T12:00:02.0000000Z ERROR: (SubnetIsFull) Subnet s is full.',
    ];
    expect(await ids(failed.join('\n'))).toEqual(['subnet-is-full']);
    // A paste that lost the `##[endgroup]`: az's own error line ends the listing.
    const pasted = [gha[0]!, '2024-05-01T12:00:02.0000000Z ERROR: (SubnetIsFull) Subnet s is full.'];
    expect(await ids(pasted.join('\n'))).toEqual(['subnet-is-full']);
    const ado = [
      '2024-02-21T08:41:02.0000000Z Script contents:',
      '2024-02-21T08:41:02.0000000Z az aks create -g rg -n aks || echo "deployment failed: QuotaExceeded"',
      '2024-02-21T08:41:02.0000000Z ========================== Starting Command Output ===========================',
      '2024-02-21T08:41:09.0000000Z ERROR: (SubnetIsFull) Subnet s is full.',
    ];
    const r = await explain(ado.join('\n'));
    expect(r.diagnoses.map((d) => d.id)).toEqual(['subnet-is-full']);
    expect(r.context.operation).toBe('create');
  });

  test('an Azure-wide code from a log about another kind of resource is not an AKS diagnosis', async () => {
    const vm = [
      '+ az vm create --name worker-2 --resource-group kubernetes --image Ubuntu2204 --size Standard_D2s_v3',
      'Exception Details:',
      '        Error Code: QuotaExceeded',
      '        Message: Operation results in exceeding quota limits of Core. Maximum allowed: 10, Current in use: 10, Additional requested: 2.',
    ];
    const r = await explain(vm.join('\n'));
    expect(r.diagnoses).toEqual([]);
    expect(r.unrecognized[0]).toMatchObject({ code: 'QuotaExceeded' });
    expect(r.unrecognized[0]!.message).toMatch(/^Not an AKS error/);
    // The same error with AKS in the log (here the cluster's node resource group) is diagnosed.
    const aks = [vm[0]!.replace('kubernetes', 'MC_rg_aks_westeurope'), ...vm.slice(1)];
    expect(await ids(aks.join('\n'))).toEqual(['vcpu-quota-exceeded']);
    // And without any other resource in view (a bare pasted error), the code stands.
    expect(await ids(vm.slice(1).join('\n'))).toEqual(['vcpu-quota-exceeded']);
  });

  test("Terraform 0.11's `.0` index names another resource too", async () => {
    const tf = [
      'azurerm_virtual_machine.test.0: Creating...',
      '* azurerm_virtual_machine.test.0: compute.VirtualMachinesClient#CreateOrUpdate: Failure responding to request: StatusCode=409 -- Original Error: autorest/azure: Service returned an error. Status=409 Code="OperationNotAllowed" Message="Operation results in exceeding quota limits of Core. Maximum allowed: 20, Current in use: 20, Additional requested: 2."',
    ];
    expect(await ids(tf.join('\n'))).toEqual([]);
    expect(await ids(tf[1]!)).toEqual(['vcpu-quota-exceeded']);
  });

  test("kubectl's wording about another cloud's cluster diagnoses nothing", async () => {
    const gce = [
      '$ kubectl logs busybox',
      'Error from server: Get https://worker-2:10250/containerLogs/default/busybox/busybox: dial tcp 10.240.0.22:10250: i/o timeout',
      '$ gcloud compute ssh controller-0 --command "kubectl get nodes"',
    ];
    expect(await ids(gce.join('\n'))).toEqual([]);
    expect(await ids(gce.slice(0, 2).join('\n'))).toEqual(['tcp-10250-io-timeout']);
  });

  test("a self-managed cluster's kubectl wording diagnoses nothing; an AKS API server's does", async () => {
    const lab = [
      '+ kubectl --context lab-kubeadm exec nginx -- nginx -t',
      'Error from server: error dialing backend: dial tcp 192.168.1.14:10250: getsockopt: no route to host',
      '+ kubeadm token create --print-join-command',
    ];
    expect(await ids(lab.join('\n'))).toEqual([]);
    const aks = [lab[1]!, 'Unable to connect to https://aks-prod-1a2b3c4d.hcp.westeurope.azmk8s.io:443'];
    expect(await ids([...aks, lab[2]!].join('\n'))).toEqual(['error-dialing-backend']);
  });

  test("an Entra ID error from another task's own token request is not the cluster's", async () => {
    const log = [
      '##[debug]Exception message extracted from response {"error":"invalid_client","error_description":"AADSTS7000222: The provided client secret keys for app \'x\' are expired."}',
      '##[error]System.Management.Automation.RuntimeException: Not able to fetch token for tenant Id t',
    ];
    const r = await explain(log.join('\n'));
    expect(r.diagnoses).toEqual([]);
    expect(r.unrecognized[0]!.message).toMatch(/sign-in failed/);
  });

  test('a logrus warning line diagnoses nothing', async () => {
    expect(
      await ids(
        'time="2020-03-10T16:57:57Z" level=warning msg="deployment failed: Code=\\"PublicIPCountLimitReached\\" Message=\\"Cannot create more than 20 public IP addresses\\""',
      ),
    ).toEqual([]);
  });

  test('a warning next to a real error does not hide the error', async () => {
    expect(
      await ids(
        'WARNING: retrying after SubscriptionRequestsThrottled\nERROR: (SubnetIsFull) Subnet s is full.',
      ),
    ).toEqual(['subnet-is-full']);
  });

  test('empty, blank and successful logs find nothing', async () => {
    for (const text of ['', '\n\n   \n', '{\n  "provisioningState": "Succeeded",\n  "name": "aks1"\n}\n']) {
      const r = await explain(text);
      expect(r).toMatchObject({ found: false, diagnoses: [], unrecognized: [] });
    }
  });

  test('a shell "argument list too long" is not the Kubernetes container error', async () => {
    expect(await ids('/bin/bash: /usr/bin/az: Argument list too long')).toEqual([]);
    expect(await ids('standard_init_linux.go:228: exec user process caused: argument list too long')).toEqual(
      ['argument-list-too-long'],
    );
  });

  test('thousands of distinct unknown or repeated errors do not crowd out a later real one', async () => {
    const polls = Array.from(
      { length: 2100 },
      (_, i) => `{"error":{"code":"ResourceNotFound${i % 300}","message":"not found, request ${i}"}}`,
    );
    const repeats = Array.from(
      { length: 2100 },
      (_, i) => `ERROR: (SubnetIsFull) Subnet s is full. request ${i}`,
    );
    const last =
      'ERROR: (QuotaExceeded) Operation could not be completed as it results in exceeding approved Total Regional Cores quota.';
    const r = await explain([...polls, ...repeats, last].join('\n'));
    expect(r.diagnoses.map((d) => d.id).sort()).toEqual(['subnet-is-full', 'vcpu-quota-exceeded']);
    expect(r.unrecognized.length).toBeLessThanOrEqual(200);
  });

  test('the same error repeated many times is one diagnosis with capped evidence', async () => {
    const line =
      "(SubnetIsDelegated) AgentPoolProfile subnet with id x cannot be used as it's a delegated subnet.";
    const r = await explain(Array.from({ length: 500 }, (_, i) => `${line} #${i}`).join('\n'));
    expect(r.diagnoses).toHaveLength(1);
    expect(r.diagnoses[0]!.evidence.length).toBeLessThanOrEqual(5);
  });
});

describe('context', () => {
  test.each([
    [
      '+ az aks nodepool add -g rg --cluster-name c -n win --os-type Windows',
      'nodepool-add',
      'windows',
      'azure-cli',
    ],
    ['##[command]az aks create -g rg -n c', 'create', null, 'azure-cli'],
    ['azurerm_kubernetes_cluster.main: Modifying... [id=/subscriptions/x]', 'update', null, 'terraform'],
    ['azurerm_kubernetes_cluster_node_pool.user: Creating...', 'nodepool-add', null, 'terraform'],
    ['2024-05-01T10:00:00.0000000Z + az aks upgrade -g rg -n c -k 1.30', 'upgrade', null, 'azure-cli'],
    ['│ Error: creating Kubernetes Cluster (Subscription: "x"', 'create', null, 'terraform'],
    [
      'Error: Error creating Managed Kubernetes Cluster "aks" (Resource Group "rg"):',
      'create',
      null,
      'terraform',
    ],
    [
      '│ Error: waiting for update of Kubernetes Cluster Node Pool (Subscription: "x"',
      'update',
      null,
      'terraform',
    ],
    ['│ Error: deleting Node Pool (Subscription: "x"', 'nodepool-delete', null, 'terraform'],
    [
      '    azure-native:containerservice:AgentPool  pool2  creating (12s) error: x',
      'nodepool-add',
      null,
      'pulumi',
    ],
    [
      '    azure-native:containerservice:ManagedCluster  aks  **updating failed** error: x',
      'update',
      null,
      'pulumi',
    ],
  ])('%s', async (line, operation, os, tool) => {
    expect((await explain(line)).context).toEqual({ operation, os, tool });
  });
});

describe('several logs', () => {
  test('line numbers count within each log, for evidence and unrecognized codes alike', async () => {
    const first = Array.from({ length: 15 }, (_, i) => `step output ${i}`).join('\n');
    const second = 'setup\nmore setup\nERROR: (SubnetIsFull) Subnet s is full.\nERROR: (NoSuchCode) odd.';
    const r = await diagnose(
      [
        { name: 'a.log', lines: textSource(first) },
        { name: 'b.log', lines: textSource(second) },
      ],
      builtinCatalog,
    );
    expect(r.diagnoses[0]!.evidence).toEqual([
      { line: 3, source: 'b.log', text: expect.stringContaining('SubnetIsFull') },
    ]);
    expect(r.unrecognized).toEqual([
      expect.objectContaining({ code: 'NoSuchCode', line: 4, source: 'b.log' }),
    ]);
    expect(r.stats.lines).toBe(19);
  });
});
