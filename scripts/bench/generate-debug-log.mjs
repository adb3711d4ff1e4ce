#!/usr/bin/env node
// Writes a large, realistic `az aks ... --debug` log for benchmarking: many successful commands
// (request/response blocks, long managed-cluster bodies, long-running-operation polls, some runs with
// GitHub Actions timestamps) and a few failures at fixed fractions of the file, so the answer is
// known. Deterministic for a given seed and size; written in ~1 MB pieces so memory stays small.
// Usage: node scripts/bench/generate-debug-log.mjs <out> <sizeMB> [--seed N]
import { createWriteStream, renameSync, rmSync, statSync, openSync, readSync, closeSync } from 'node:fs';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

/** Bump when the output changes, so cached benchmark files are regenerated. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 20261120;

/** Where the planted errors go, as a fraction of the target size (the known answer). */
export const PLANTED = [
  { at: 0.1, kind: 'not-found-decoy' },
  { at: 0.35, kind: 'quota' },
  { at: 0.72, kind: 'cse-exit-50' },
];

export function headerLine(sizeBytes, seed = DEFAULT_SEED) {
  return `# aks-triage bench log: generate-debug-log.mjs v${GENERATOR_VERSION} bytes=${sizeBytes} seed=${seed}`;
}

/** The first line of an existing file ('' when missing or empty), to decide whether it can be reused. */
export function readHeaderLine(path) {
  let fd;
  try {
    fd = openSync(path, 'r');
  } catch {
    return '';
  }
  const buf = Buffer.alloc(256);
  const n = readSync(fd, buf, 0, buf.length, 0);
  closeSync(fd);
  const text = buf.toString('latin1', 0, n);
  const nl = text.indexOf('\n');
  return nl === -1 ? '' : text.slice(0, nl);
}

// mulberry32: small, fast and good enough to vary text.
function makeRandom(seed) {
  let a = seed >>> 0;
  const u32 = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const int = (n) => u32() % n;
  const hex8 = () => u32().toString(16).padStart(8, '0');
  const guid = () => {
    const b = hex8() + hex8() + hex8() + hex8();
    return `${b.slice(0, 8)}-${b.slice(8, 12)}-4${b.slice(13, 16)}-a${b.slice(17, 20)}-${b.slice(20, 32)}`;
  };
  const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const base64 = (n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += B64[u32() & 63];
    return s;
  };
  return { u32, int, guid, base64, pick: (arr) => arr[int(arr.length)], chance: (p) => u32() < p * 2 ** 32 };
}

const START_MS = Date.UTC(2026, 10, 20, 8, 0, 0);
const POLICIES = 'cli.azure.cli.core.sdk.policies';
const ARM = 'https://management.azure.com';
const SUB = '3f2c8a41-9d7e-4b1a-8c55-0e6f2d9b7a13';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const USER_AGENT =
  'AZURECLI/2.61.0 (DEB) azsdk-python-core/1.28.0 Python/3.11.8 (Linux-6.5.0-1025-azure-x86_64-with-glibc2.35)';
const LOCATIONS = ['westeurope', 'northeurope', 'eastus2', 'swedencentral', 'uksouth'];
const VERSIONS = ['1.29.9', '1.30.5', '1.30.6', '1.31.2'];
const VM_SIZES = ['Standard_D4ds_v5', 'Standard_D8ds_v5', 'Standard_E8ds_v5', 'Standard_D4s_v3'];
const WARNINGS = [
  'WARNING: The behavior of this command has been altered by the following extension: aks-preview',
  "WARNING: SSH key files '/home/runner/.ssh/id_rsa' and '/home/runner/.ssh/id_rsa.pub' have been generated under ~/.ssh to allow SSH access to the VM.",
  'WARNING: This command is in preview and under development. Reference and support levels: https://aka.ms/CLI_refstatus',
];

// Python's json.dumps separators (az serialises request bodies that way).
const compactTime = (ms) => new Date(ms).toISOString().replace(/[-:]/g, '').slice(0, 15) + 'Z';
const pyJson = (v) => JSON.stringify(v).replace(/","/g, '", "').replace(/":/g, '": ').replace(/,"/g, ', "');

class LogWriter {
  constructor(stream, rnd) {
    Object.assign(this, { stream, rnd, parts: [], pending: 0, bytes: 0, lines: 0, clock: START_MS });
    this.stamped = false;
    this.sec = -1;
    this.secText = '';
  }
  prefix() {
    this.clock += this.rnd.int(3000) / 1000;
    if (!this.stamped) return '';
    const sec = Math.floor(this.clock / 1000);
    if (sec !== this.sec) {
      this.sec = sec;
      this.secText = new Date(sec * 1000).toISOString().slice(0, 19);
    }
    const frac = String(Math.floor((this.clock - sec * 1000) * 10000)).padStart(7, '0');
    return `${this.secText}.${frac}Z `;
  }
  raw(text) {
    for (const line of text.split('\n')) {
      const s = this.prefix() + line + '\n';
      this.parts.push(s);
      this.pending += s.length;
      this.bytes += s.length; // all generated text is ASCII, so length is the byte count
      this.lines++;
    }
  }
  debug(logger, msg) {
    this.raw(`DEBUG: ${logger}: ${msg}`);
  }
  async maybeFlush() {
    if (this.pending >= 1 << 20) await this.flush();
  }
  async flush() {
    const chunk = this.parts.join('');
    this.parts = [];
    this.pending = 0;
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
}

function clusterBody(r, c, state) {
  const pool = (name, mode) => ({
    name,
    count: 3 + r.int(20),
    vmSize: c.vmSize,
    osDiskSizeGB: 128,
    osDiskType: 'Ephemeral',
    kubeletDiskType: 'OS',
    maxPods: 30 + r.int(220),
    type: 'VirtualMachineScaleSets',
    availabilityZones: ['1', '2', '3'],
    enableAutoScaling: false,
    provisioningState: state,
    powerState: { code: 'Running' },
    orchestratorVersion: c.version,
    currentOrchestratorVersion: c.version,
    enableNodePublicIP: false,
    mode,
    osType: 'Linux',
    osSKU: 'Ubuntu',
    nodeImageVersion: `AKSUbuntu-2204gen2containerd-2024${10 + r.int(3)}.${10 + r.int(19)}.0`,
    upgradeSettings: { maxSurge: '10%' },
    enableFIPS: false,
    securityProfile: { enableVTPM: false, enableSecureBoot: false },
  });
  return {
    id: `/subscriptions/${SUB}/resourcegroups/${c.rg}/providers/Microsoft.ContainerService/managedClusters/${c.name}`,
    location: c.location,
    name: c.name,
    type: 'Microsoft.ContainerService/ManagedClusters',
    properties: {
      provisioningState: state,
      powerState: { code: 'Running' },
      kubernetesVersion: c.version,
      currentKubernetesVersion: c.version,
      dnsPrefix: `${c.name}-${c.rg}-${SUB.slice(0, 6)}`,
      fqdn: `${c.name}-${r.base64(8).replace(/[+/]/g, 'x').toLowerCase()}.hcp.${c.location}.azmk8s.io`,
      agentPoolProfiles: [pool('system', 'System'), pool('user' + r.int(9), 'User')],
      linuxProfile: {
        adminUsername: 'azureuser',
        ssh: { publicKeys: [{ keyData: `ssh-rsa ${r.base64(372)}` }] },
      },
      servicePrincipalProfile: { clientId: 'msi' },
      addonProfiles: {
        azureKeyvaultSecretsProvider: { enabled: false, config: null },
        azurepolicy: { enabled: false },
      },
      nodeResourceGroup: `MC_${c.rg}_${c.name}_${c.location}`,
      enableRBAC: true,
      supportPlan: 'KubernetesOfficial',
      networkProfile: {
        networkPlugin: 'azure',
        networkPluginMode: 'overlay',
        networkPolicy: 'none',
        loadBalancerSku: 'standard',
        loadBalancerProfile: {
          managedOutboundIPs: { count: 1 },
          effectiveOutboundIPs: [
            {
              id: `/subscriptions/${SUB}/resourceGroups/MC_${c.rg}_${c.name}_${c.location}/providers/Microsoft.Network/publicIPAddresses/${r.guid()}`,
            },
          ],
          backendPoolType: 'nodeIPConfiguration',
        },
        podCidr: '10.244.0.0/16',
        serviceCidr: '10.0.0.0/16',
        dnsServiceIP: '10.0.0.10',
        outboundType: 'loadBalancer',
        ipFamilies: ['IPv4'],
      },
      maxAgentPools: 100,
      identityProfile: { kubeletidentity: { clientId: r.guid(), objectId: r.guid() } },
      autoUpgradeProfile: { upgradeChannel: 'none', nodeOSUpgradeChannel: 'NodeImage' },
      disableLocalAccounts: false,
      storageProfile: {
        diskCSIDriver: { enabled: true },
        fileCSIDriver: { enabled: true },
        snapshotController: { enabled: true },
      },
      oidcIssuerProfile: { enabled: false },
      resourceUID: r.base64(24),
    },
    identity: { type: 'SystemAssigned', principalId: r.guid(), tenantId: TENANT },
    sku: { name: 'Base', tier: r.pick(['Free', 'Standard']) },
  };
}

/** One HTTP call as azure-cli's logging policy and urllib3 print it. */
function http(
  w,
  c,
  { method, path, apiVersion, status, body, requestBody, extraHeaders = [], pretty = false },
) {
  const r = w.rnd;
  const url = `${path}?api-version=${apiVersion}`;
  w.debug(POLICIES, `Request URL: '${ARM}${url}'`);
  w.debug(POLICIES, `Request method: '${method}'`);
  w.debug(POLICIES, 'Request headers:');
  const reqHeaders = [
    ['Accept', 'application/json'],
    ['Accept-Encoding', 'gzip, deflate'],
    ['x-ms-client-request-id', r.guid()],
    ['CommandName', c.command],
    ['ParameterSetName', c.params],
    ['User-Agent', USER_AGENT],
    ['Authorization', '*****'],
  ];
  if (requestBody)
    reqHeaders.push(['Content-Type', 'application/json'], ['Content-Length', String(requestBody.length)]);
  for (const [k, v] of reqHeaders) w.debug(POLICIES, `    '${k}': '${v}'`);
  w.debug(POLICIES, 'Request body:');
  w.debug(POLICIES, requestBody ?? 'This request has no body');
  if (r.chance(0.3))
    w.debug('urllib3.connectionpool', 'Starting new HTTPS connection (1): management.azure.com:443');
  const text = body === undefined ? '' : pretty ? JSON.stringify(body, null, 2) : JSON.stringify(body);
  w.clock += 80 + r.int(600);
  w.debug('urllib3.connectionpool', `${ARM}:443 "${method} ${url} HTTP/1.1" ${status} ${text.length}`);
  w.debug(POLICIES, `Response status: ${status}`);
  w.debug(POLICIES, 'Response headers:');
  const id = r.guid();
  const date = new Date(w.clock).toUTCString();
  const resHeaders = [
    ['Cache-Control', 'no-cache'],
    ['Pragma', 'no-cache'],
    ['Content-Length', String(text.length)],
    ['Content-Type', 'application/json'],
    ['Expires', '-1'],
    ...extraHeaders,
    ['x-ms-ratelimit-remaining-subscription-reads', String(11000 + r.int(999))],
    ['x-ms-request-id', id],
    ['x-ms-correlation-request-id', c.correlation],
    ['x-ms-routing-request-id', `${c.location.toUpperCase()}:${compactTime(w.clock)}:${id}`],
    ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Cache', 'CONFIG_NOCACHE'],
    ['X-MSEdge-Ref', `Ref A: ${r.base64(32)} Ref B: AMS231${r.int(999999)} Ref C: ${date}`],
    ['Date', date],
  ];
  for (const [k, v] of resHeaders) w.debug(POLICIES, `    '${k}': '${v}'`);
  w.debug(POLICIES, 'Response content:');
  if (text) w.debug(POLICIES, text);
}

function commandStart(w, c, args) {
  const r = w.rnd;
  w.stamped = r.chance(0.6);
  if (w.stamped) w.raw(`##[group]Run az ${args.join(' ')}`);
  if (w.stamped) w.raw('##[endgroup]');
  w.debug('cli.knack.cli', `Command arguments: [${[...args, '--debug'].map((a) => `'${a}'`).join(', ')}]`);
  w.debug('cli.knack.cli', '__init__ debug log:');
  w.raw('Cannot enable color.\nInit colorama.');
  w.debug('cli.knack.cli', 'Event: Cli.PreExecute []');
  w.debug('cli.azure.cli.core', "Modules found from index for 'aks': ['azure.cli.command_modules.acs']");
  w.debug('cli.azure.cli.core', `Loaded 24 groups, ${118 + r.int(20)} commands.`);
  w.debug('cli.azure.cli.core', `Command table: ${c.command}`);
  w.debug(
    'cli.azure.cli.core.util',
    `attempting to read file /home/runner/.azure/azureProfile.json as utf-8-sig`,
  );
  w.debug(
    'cli.azure.cli.core._profile',
    'Retrieving token for scope https://management.core.windows.net//.default',
  );
  w.debug('msal.application', 'Cache hit an AT');
  if (r.chance(0.4)) w.raw(r.pick(WARNINGS));
}

function commandEnd(w, exitCode) {
  const init = 0.2 + w.rnd.int(100) / 1000;
  const invoke = w.rnd.int(700000) / 1000;
  w.raw(`INFO: az_command_data_logger: exit code: ${exitCode}`);
  const times = `${(init + invoke).toFixed(3)} seconds (init: ${init.toFixed(3)}, invoke: ${invoke.toFixed(3)})`;
  w.raw(`INFO: cli.__main__: Command ran in ${times}`);
  if (w.stamped && exitCode) w.raw(`##[error]Process completed with exit code ${exitCode}.`);
}

function failure(w, code, message, exitCode, polled = false) {
  w.debug('cli.azure.cli.core.util', 'azure.cli.core.util.handle_exception is called with an exception:');
  w.debug('cli.azure.cli.core.util', 'Traceback (most recent call last):');
  w.raw(
    `  File "/opt/az/lib/python3.11/site-packages/knack/cli.py", line 233, in invoke\n    cmd_result = self.invocation.execute(args)`,
  );
  w.raw(
    `  File "/opt/az/lib/python3.11/site-packages/azure/cli/core/commands/__init__.py", line 664, in execute\n    raise ex`,
  );
  // The last frame is where azure-core raised: the poller for a failed operation, else the SDK call.
  w.raw(
    polled
      ? `  File "/opt/az/lib/python3.11/site-packages/azure/core/polling/base_polling.py", line 537, in run\n    raise HttpResponseError(response=self._pipeline_response.http_response, error=err) from err`
      : `  File "/opt/az/lib/python3.11/site-packages/azure/mgmt/containerservice/v2024_05_01/operations/_managed_clusters_operations.py", line 2180, in _create_or_update_initial\n    raise HttpResponseError(response=response, error_format=ARMErrorFormat)`,
  );
  const text = `(${code}) ${message}\nCode: ${code}\nMessage: ${message}`;
  w.raw(`azure.core.exceptions.HttpResponseError: ${text}`);
  // At --debug the error record carries its logger name; the telemetry logger repeats it.
  w.raw(`ERROR: cli.azure.cli.core.azclierror: ${text}`);
  w.raw(`ERROR: az_command_data_logger: ${text}`);
  w.raw('To check existing issues, please visit: https://github.com/Azure/azure-cli/issues');
  commandEnd(w, exitCode);
}

function newContext(r, command, params) {
  const location = r.pick(LOCATIONS);
  const name = `aks-${r.pick(['platform', 'data', 'apps', 'ml', 'edge'])}-${r.int(90) + 10}`;
  const rg = `rg-${name.slice(4)}-${location.slice(0, 3)}`;
  return {
    command,
    params,
    location,
    name,
    rg,
    correlation: r.guid(),
    vmSize: r.pick(VM_SIZES),
    version: r.pick(VERSIONS),
  };
}

const clusterPath = (c) =>
  `/subscriptions/${SUB}/resourceGroups/${c.rg}/providers/Microsoft.ContainerService/managedClusters/${c.name}`;
const opPath = (c) =>
  `/subscriptions/${SUB}/providers/Microsoft.ContainerService/locations/${c.location}/operations/${c.correlation}`;
const API = '2024-05-01';

/** A long-running PUT: the accepted response, `polls` InProgress polls, then the final status body. */
async function longRunning(w, c, path, body, polls, final) {
  const r = w.rnd;
  const asyncHeader = [
    ['Azure-AsyncOperation', `${ARM}${opPath(c)}?api-version=2016-03-30&t=${r.base64(40)}`],
  ];
  http(w, c, {
    method: 'PUT',
    path,
    apiVersion: API,
    status: 201,
    body,
    requestBody: pyJson({ location: c.location, properties: body.properties }),
    extraHeaders: asyncHeader,
    pretty: r.chance(0.3),
  });
  const startTime = new Date(w.clock).toISOString();
  for (let i = 0; i <= polls; i++) {
    w.clock += 15000 + r.int(15000);
    const status = { name: c.correlation, status: 'InProgress', startTime };
    const last = i === polls;
    http(w, c, {
      method: 'GET',
      path: opPath(c),
      apiVersion: '2016-03-30',
      status: 200,
      body: last ? final(status) : status,
      extraHeaders: [['Retry-After', '30']],
    });
    await w.maybeFlush();
  }
}

async function successfulRun(w) {
  const r = w.rnd;
  const kind = r.int(4);
  if (kind === 0) {
    const c = newContext(r, 'aks show', '-g -n');
    commandStart(w, c, ['aks', 'show', '-g', c.rg, '-n', c.name]);
    http(w, c, {
      method: 'GET',
      path: clusterPath(c),
      apiVersion: API,
      status: 200,
      body: clusterBody(r, c, 'Succeeded'),
      pretty: r.chance(0.3),
    });
  } else if (kind === 1) {
    const c = newContext(r, 'aks get-credentials', '-g -n --overwrite-existing');
    commandStart(w, c, ['aks', 'get-credentials', '-g', c.rg, '-n', c.name, '--overwrite-existing']);
    const kubeconfig = { kubeconfigs: [{ name: 'clusterUser', value: r.base64(6000 + r.int(4000)) }] };
    http(w, c, {
      method: 'POST',
      path: `${clusterPath(c)}/listClusterUserCredential`,
      apiVersion: API,
      status: 200,
      body: kubeconfig,
    });
    w.raw(`Merged "${c.name}" as current context in /home/runner/.kube/config`);
  } else {
    const upgrade = kind === 2;
    const c = newContext(
      r,
      upgrade ? 'aks upgrade' : 'aks nodepool scale',
      upgrade ? '-g -n -k --yes' : '-g --cluster-name -n -c',
    );
    const args = upgrade
      ? ['aks', 'upgrade', '-g', c.rg, '-n', c.name, '-k', c.version, '--yes']
      : [
          'aks',
          'nodepool',
          'scale',
          '-g',
          c.rg,
          '--cluster-name',
          c.name,
          '-n',
          'user1',
          '-c',
          String(3 + r.int(9)),
        ];
    commandStart(w, c, args);
    const cluster = clusterBody(r, c, 'Updating');
    http(w, c, {
      method: 'GET',
      path: clusterPath(c),
      apiVersion: API,
      status: 200,
      body: clusterBody(r, c, 'Succeeded'),
    });
    const path = upgrade ? clusterPath(c) : `${clusterPath(c)}/agentPools/user1`;
    const body = upgrade ? cluster : { properties: cluster.properties.agentPoolProfiles[1] };
    await longRunning(w, c, path, body, 2 + r.int(30), (s) => ({
      ...s,
      status: 'Succeeded',
      endTime: new Date(w.clock).toISOString(),
    }));
    http(w, c, { method: 'GET', path, apiVersion: API, status: 200, body: clusterBody(r, c, 'Succeeded') });
  }
  commandEnd(w, 0);
}

const quotaMessage = (c) =>
  `Operation could not be completed as it results in exceeding approved standardDSv3Family Cores quota. Additional details - Deployment Model: Resource Manager, Location: ${c.location}, Current Limit: 20, Current Usage: 8, Additional Required: 48, (Minimum) New Limit Required: 56. Submit a request for Quota increase at https://aka.ms/ProdportalCRP/#blade/Microsoft_Azure_Capacity/UsageAndQuota.ReactView by specifying parameters listed in the 'Details' section for deployment to succeed. Please read more about quota limits at https://docs.microsoft.com/en-us/azure/azure-supportability/per-vm-quota-requests`;

// `date` as a Linux node prints it: Fri Nov 20 16:09:41 UTC 2026.
function unixDate(ms) {
  const [day, date, month, year, time] = new Date(ms).toUTCString().replace(',', '').split(' ');
  return `${day} ${month} ${date} ${time} UTC ${year}`;
}

function cseMessage(clock) {
  const output = [
    `${unixDate(clock)},aks-spark-12345678-vmss000000`,
    '+ ERR_K8S_API_SERVER_CONN_FAIL=51',
    '+ nc -vz mcr.microsoft.com 443',
    'nc: connect to mcr.microsoft.com port 443 (tcp) timed out: Operation now in progress',
    '+ exit 50',
  ].join('\\n');
  const stdout = `{ "ExitCode": "50", "Output": "${output}", "Error": "", "ExecDuration": "602" }`;
  return `VM has reported a failure when processing extension 'vmssCSE' (publisher 'Microsoft.Azure.Extensions' and type 'CustomScript'). Error message: "Enable failed: failed to execute command: command terminated with exit status=50\n[stdout]\n${stdout}\n\n[stderr]\n". More information on troubleshooting is available at https://aka.ms/VMExtensionCSELinuxTroubleshoot.`;
}

async function plantedRun(w, kind) {
  const r = w.rnd;
  if (kind === 'not-found-decoy') {
    // `az aks show || az aks create`: a 404 on the existence check is routine, not the failure.
    const c = newContext(r, 'aks show', '-g -n');
    commandStart(w, c, ['aks', 'show', '-g', c.rg, '-n', c.name]);
    const message = `The Resource 'Microsoft.ContainerService/managedClusters/${c.name}' under resource group '${c.rg}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`;
    http(w, c, {
      method: 'GET',
      path: clusterPath(c),
      apiVersion: API,
      status: 404,
      body: { error: { code: 'ResourceNotFound', message } },
      extraHeaders: [['x-ms-failure-cause', 'gateway']],
    });
    failure(w, 'ResourceNotFound', message, 3);
  } else if (kind === 'quota') {
    const c = newContext(r, 'aks create', '-g -n --node-count --node-vm-size --generate-ssh-keys');
    c.vmSize = 'Standard_D16s_v3';
    commandStart(w, c, [
      'aks',
      'create',
      '-g',
      c.rg,
      '-n',
      c.name,
      '--node-count',
      '12',
      '--node-vm-size',
      c.vmSize,
      '--generate-ssh-keys',
    ]);
    const cluster = clusterBody(r, c, 'Creating');
    http(w, c, {
      method: 'PUT',
      path: clusterPath(c),
      apiVersion: API,
      status: 400,
      body: { error: { code: 'QuotaExceeded', message: quotaMessage(c) } },
      requestBody: pyJson({ location: c.location, properties: cluster.properties }),
    });
    failure(w, 'QuotaExceeded', quotaMessage(c), 1);
  } else {
    const c = newContext(r, 'aks nodepool add', '-g --cluster-name -n --node-count --node-vm-size');
    commandStart(w, c, [
      'aks',
      'nodepool',
      'add',
      '-g',
      c.rg,
      '--cluster-name',
      c.name,
      '-n',
      'spark',
      '--node-count',
      '3',
      '--node-vm-size',
      c.vmSize,
    ]);
    const body = { properties: clusterBody(r, c, 'Creating').properties.agentPoolProfiles[1] };
    const error = { code: 'VMExtensionProvisioningError', message: cseMessage(w.clock) };
    await longRunning(w, c, `${clusterPath(c)}/agentPools/spark`, body, 25, (s) => ({
      ...s,
      status: 'Failed',
      endTime: new Date(w.clock).toISOString(),
      error,
    }));
    failure(w, error.code, error.message, 1, true);
  }
}

/** Writes the log; returns what was written and where the planted failures start (1-based lines). */
export async function generateDebugLog(outPath, sizeBytes, { seed = DEFAULT_SEED } = {}) {
  const started = performance.now();
  const tmp = `${outPath}.tmp-${process.pid}`;
  const stream = createWriteStream(tmp);
  const w = new LogWriter(stream, makeRandom(seed));
  const planted = [];
  try {
    w.raw(headerLine(sizeBytes, seed));
    let next = 0;
    while (w.bytes < sizeBytes) {
      if (next < PLANTED.length && w.bytes >= PLANTED[next].at * sizeBytes) {
        planted.push({ kind: PLANTED[next].kind, line: w.lines + 1 });
        await plantedRun(w, PLANTED[next++].kind);
      } else {
        await successfulRun(w);
      }
      await w.maybeFlush();
    }
    await w.flush();
    stream.end();
    await once(stream, 'finish');
  } catch (error) {
    stream.destroy();
    rmSync(tmp, { force: true });
    throw error;
  }
  const bytes = statSync(tmp).size;
  if (bytes !== w.bytes) throw new Error(`wrote ${bytes} bytes but counted ${w.bytes}: non-ASCII output?`);
  renameSync(tmp, outPath); // only a complete file ever has the final name
  return { path: outPath, bytes, lines: w.lines, planted, ms: performance.now() - started };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [out, sizeMB] = process.argv.slice(2);
  const seedAt = process.argv.indexOf('--seed');
  const seed = seedAt === -1 ? DEFAULT_SEED : Number(process.argv[seedAt + 1]);
  if (!out || !(Number(sizeMB) > 0) || !Number.isInteger(seed)) {
    console.error('usage: node scripts/bench/generate-debug-log.mjs <out> <sizeMB> [--seed N]');
    process.exit(2);
  }
  const result = await generateDebugLog(out, Math.round(Number(sizeMB) * 1024 * 1024), { seed });
  console.log(
    `${result.path}: ${result.bytes} bytes, ${result.lines} lines in ${(result.ms / 1000).toFixed(1)} s`,
  );
  console.log(`planted: ${result.planted.map((p) => `${p.kind} at line ${p.line}`).join(', ')}`);
}
