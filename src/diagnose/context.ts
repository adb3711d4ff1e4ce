// What the log says about the failed operation itself: which tool ran, which AKS operation it was,
// and the node OS. Several catalog entries share a code and only the operation or OS tells them apart,
// and the right article often depends on the operation (SubnetIsFull during an upgrade).
import type { Operation } from './catalog-types.js';
import type { Trigger } from '../extract/index.js';

export type Tool = 'azure-cli' | 'terraform' | 'bicep' | 'pulumi' | 'kubectl';

export interface FailureContext {
  tool: Tool | null;
  operation: Operation | null;
  os: 'linux' | 'windows' | null;
}

// `az aks <verb>` and `az aks nodepool <verb>`, as echoed by a shell trace, `##[command]` or a prompt.
const AZ_AKS = /\baz aks (nodepool )?(create|update|upgrade|scale|delete|start|stop|add)\b/;
const AZ_DEPLOYMENT =
  /\baz deployment (?:group|sub|mg|tenant) (?:create|what-if)\b|\bNew-AzResourceGroupDeployment\b/;
const TERRAFORM_RESOURCE =
  /\bazurerm_kubernetes_cluster(_node_pool)?\.[\w-]+(?:\[[^\]]{1,80}\])?: (Creating|Modifying|Destroying|Still creating|Still modifying|Still destroying)/;
const TERRAFORM_ERROR = /\bwith azurerm_kubernetes_cluster(_node_pool)?\./;
const PULUMI = /\bpulumi (?:up|preview|destroy)\b|azure-native:containerservice:/;
// The operation as Terraform's azurerm error names it: `Error: creating Kubernetes Cluster`, older
// `Error: Error creating Managed Kubernetes Cluster`, `waiting for update of Kubernetes Cluster Node Pool`.
const TERRAFORM_ERROR_OPERATION =
  /\bError: (?:Error )?(creating|updating|deleting|waiting for (?:creation|update|deletion) of) (?:Managed )?(Kubernetes Cluster Node Pool|Kubernetes Cluster|Node Pool|Agent Pool)\b/;
// Pulumi's resource rows: `azure-native:containerservice:AgentPool  pool2  creating (12s) error: ...`.
const PULUMI_OPERATION =
  /azure-native:containerservice:(ManagedCluster|AgentPool)\s{1,8}\S{1,100}\s{1,8}\*{0,2}(creat|updat|delet)(?:ing|ed)\b/;
const VERB_OPERATION: Record<string, [Operation, Operation]> = {
  creat: ['create', 'nodepool-add'],
  updat: ['update', 'update'],
  delet: ['delete', 'nodepool-delete'],
};
const KUBECTL = /^\s{0,8}(?:\$ |\+ )?kubectl /;
// The CI job signing in to Azure (azure/login, `az login`, Connect-AzAccount). An Entra ID error there
// is about the pipeline's own credentials, not the cluster's service principal.
const LOGIN_STEP =
  /\bRun azure\/login@|\baz login\b|\bConnect-AzAccount\b|\bRunning Azure CLI Login\b|\bAttempting Azure CLI login\b/;
// A new runner step (`##[group]Run ...` once the marker is stripped) ends the sign-in step.
const NEXT_STEP = /^Run \S/;
// Anything that involves AKS: its commands, SDK clients, resource types, the node resource group,
// node pools. Case-insensitive: cluster and group names (`rg-aks`, `aks-prod`) count too.
const AKS_MARKER =
  /\baz aks\b|azurerm_kubernetes_cluster|ContainerService\/managedClusters|\bmanagedClusters\b|ManagedClustersClient|AgentPoolsClient|azure-native:containerservice|\b(?:New|Set|Get|Remove|Update|Start|Stop)-AzAks|\bKubernetes (?:Cluster|service)\b|\bazmk8s\.io\b|\bcontainer service\b|\bMC_\w|\bAKS\b|\bagent ?pool\b/i;
// An operation on another kind of Azure resource (a VM, scale set, network, storage account, web
// app) or on another cloud.
const OTHER_TARGET = new RegExp(
  [
    String.raw`\baz (?:vm|vmss|network|storage|keyvault|sql|webapp|functionapp|containerapp|acr|cosmosdb|disk|snapshot|image|sig|redis|postgres|mysql|appservice|spring|apim|batch|hdinsight|servicebus|eventhubs|iot|aro|openshift)\b[a-z0-9 -]{0,60}?\b(?:create|update|scale|start|up|deploy|add|set)\b`,
    // Terraform 0.12+ indexes `[0]`, 0.11 and older `.0`.
    String.raw`\bazurerm_(?!kubernetes_cluster)\w+\.[\w-]+(?:\[[^\]]{0,40}\]|\.\d{1,4})?: (?:Creating|Modifying|Still creating|Still modifying)`,
    String.raw`\bwith azurerm_(?!kubernetes_cluster)\w+\.`,
    String.raw`\b(?:New|Set|Update)-Az(?:VM|Vmss|VirtualNetwork|PublicIpAddress|StorageAccount|KeyVault|WebApp|ContainerApp|Disk|NetworkInterface|LoadBalancer)\b`,
    String.raw`\bAzure\.ResourceManager\.(?!ContainerService)[A-Z]\w+`,
    String.raw`azure-native:(?!containerservice)\w+:\w+`,
    // Cluster API for Azure creating its own VMs (a self-managed cluster, not AKS).
    String.raw`\bAzureMachine(?:Pool)?Reconciler\b|\bcapz-controller-manager\b`,
    // Another cloud's clusters and machines: kubectl and autoscaler messages read the same there.
    String.raw`\bgcloud (?:compute|container)\b|\beksctl (?:create|upgrade|scale|delete|get)\b|\baws eks\b`,
    // Self-managed and local clusters.
    String.raw`\bkubeadm\b|\bminikube\b|\bmicrok8s\b|\bk3[sd]\b|\bkind (?:create|load|delete) cluster\b|\bopenshift-install\b`,
    // An SDK's own request line (azcore, the Azure SDK for Go and Python) to another resource provider.
    String.raw`\b(?:PUT|POST|PATCH|DELETE) https://management\.azure\.com/subscriptions/[^/\s]{1,80}/resourceGroups/[^/\s]{1,90}/providers/Microsoft\.(?!ContainerService\b)\w+/`,
  ].join('|'),
);

const SHORT_LINE = 400;
/** One of these (lower-cased) is in every match of AKS_MARKER. */
const AKS_WORDS = [
  'aks',
  'kubernetes',
  'managedcluster',
  'agentpool',
  'agent pool',
  'containerservice',
  'container service',
  'mc_',
  'azmk8s',
];
/** One of these is in every match of OTHER_TARGET: most lines are ruled out without the regex. */
const OTHER_TARGET_WORDS = [
  'az ',
  'azurerm_',
  '-Az',
  'Azure.ResourceManager.',
  'azure-native:',
  'AzureMachine',
  'capz-',
  'gcloud ',
  'eksctl ',
  'aws eks',
  'kubeadm',
  'minikube',
  'microk8s',
  'k3',
  'kind ',
  'openshift-install',
  'management.azure.com/subscriptions',
];

/** True when `text` involves AKS (see AKS_MARKER). */
export function mentionsAks(text: string): boolean {
  return AKS_MARKER.test(text);
}

/** A sign-in step prints a handful of lines; beyond this an error belongs to whatever ran next. */
const LOGIN_STEP_LINES = 40;
// Wording of the RP's own messages, used when no command was echoed.
const MESSAGE_OPERATION: [RegExp, Operation][] = [
  [/\b[Uu]pgrading [Kk]ubernetes version\b|\b[Uu]pgrade (?:of|to) (?:[Kk]ubernetes )?version\b/, 'upgrade'],
  [/\bFailed to scale node pool\b/, 'scale'],
];
const WINDOWS_OS =
  /--os-type[ =]Windows\b|\bos_type\s{0,4}=\s{0,4}"Windows"|"osType"\s{0,4}:\s{0,4}"Windows"|WINDOWS_CSE_ERROR_|\bWindows2019\b|\bWindows2022\b/;
// Not `"osType": "Linux"`: every agent pool of every cluster body in a debug log says so (mostly the
// system pool, whatever pool failed), and a line holding only that need not be read (see gate.ts).
const LINUX_OS = /--os-type[ =]Linux\b|\bos_type\s{0,4}=\s{0,4}"Linux"|Microsoft\.Azure\.Extensions/;

const AZ_VERBS: Record<string, Operation> = {
  create: 'create',
  update: 'update',
  upgrade: 'upgrade',
  scale: 'scale',
  delete: 'delete',
  start: 'start',
  stop: 'stop',
};
const NODEPOOL_VERBS: Record<string, Operation> = {
  add: 'nodepool-add',
  upgrade: 'nodepool-upgrade',
  scale: 'nodepool-scale',
  delete: 'nodepool-delete',
  update: 'update',
  start: 'start',
  stop: 'stop',
};
const TERRAFORM_VERBS: Record<string, [Operation, Operation]> = {
  Creating: ['create', 'nodepool-add'],
  'Still creating': ['create', 'nodepool-add'],
  Modifying: ['update', 'update'],
  'Still modifying': ['update', 'update'],
  Destroying: ['delete', 'nodepool-delete'],
  'Still destroying': ['delete', 'nodepool-delete'],
};

/** Words one of which, at a word start, every line the detector learns from contains (see gate.ts). */
export const CONTEXT_TRIGGERS: readonly Trigger[] = [
  'az aks',
  'az deployment',
  'New-AzResourceGroupDeployment',
  'azurerm_kubernetes_cluster',
  'pulumi',
  'azure-native:containerservice',
  'kubectl',
  'Upgrading',
  'upgrading',
  'Upgrade of',
  'upgrade of',
  'Upgrade to',
  'upgrade to',
  'Failed to scale',
  'os-type',
  'os_type',
  { word: 'osType"', notFollowedBy: String.raw`\s{0,4}:\s{0,4}"Linux"` },
  'WINDOWS_CSE_ERROR_',
  'Windows2019',
  'Windows2022',
  'Microsoft.Azure.Extensions',
  'Kubernetes Cluster',
  'Node Pool',
  'Agent Pool',
  'azure/login',
  'az login',
  'Connect-AzAccount',
  'Running Azure CLI Login',
  'Attempting Azure CLI login',
  // Operations on other resources (see OTHER_TARGET); `az ` also covers `az aks` and `az login`.
  'az ',
  'azurerm_',
  'New-Az',
  'Set-Az',
  'Update-Az',
  'Azure.ResourceManager',
  'azure-native:',
  'AzureMachine',
  'capz-controller-manager',
  'gcloud',
  'eksctl',
  'aws eks',
  'kubeadm',
  'minikube',
  'microk8s',
  'k3s',
  'k3d',
  'kind create',
  'kind load',
  'kind delete',
  'openshift-install',
  'PUT https://management',
  'POST https://management',
  'PATCH https://management',
  'DELETE https://management',
];

export class ContextDetector {
  private tool: Tool | null = null;
  private operation: Operation | null = null;
  private messageOperation: Operation | null = null;
  private os: 'linux' | 'windows' | null = null;
  private aks = false;
  private otherTarget = false;
  /** The line a sign-in step started on, while no other command has run since. */
  private loginLine: number | null = null;

  /** A new log begins: its line numbers start again, and a sign-in step does not carry over. */
  startLog(): void {
    this.loginLine = null;
  }

  /** True while `lineNumber` lies inside a sign-in step that no other command has ended. */
  inLoginStep(lineNumber: number): boolean {
    return this.loginLine !== null && lineNumber - this.loginLine <= LOGIN_STEP_LINES;
  }

  /** Looks at one normalised line. The last command seen wins: a log may hold several steps. */
  observe(line: string, lineNumber = 0): void {
    if (line.length > 4096) line = line.slice(0, 4096);
    // On a short line each regex runs only if the line holds a word every match of it contains: a
    // regex that never runs is never compiled, which keeps the action's start-up short. A long line
    // (a debug log's JSON body) goes straight to the regexes, whose literal search is faster there.
    const has =
      line.length <= SHORT_LINE ? (...words: string[]) => words.some((w) => line.includes(w)) : () => true;
    if (!this.aks) {
      const lower = line.length <= SHORT_LINE ? line.toLowerCase() : '';
      if ((!lower || AKS_WORDS.some((w) => lower.includes(w))) && AKS_MARKER.test(line)) this.aks = true;
    }
    // Another resource matters only in a log that involves no AKS (see resolve.ts).
    if (!this.aks && !this.otherTarget && has(...OTHER_TARGET_WORDS) && OTHER_TARGET.test(line))
      this.otherTarget = true;
    if (has('ogin', 'Connect-AzAccount') && LOGIN_STEP.test(line)) {
      if (!this.inLoginStep(lineNumber)) this.loginLine = lineNumber;
    } else if (line.startsWith('Run ') && NEXT_STEP.test(line)) this.loginLine = null;
    const az = has('az ') ? AZ_AKS.exec(line) : null;
    if (az && !/^\s{0,8}(?:#|Usage|usage:)/.test(line)) {
      const op = az[1] ? NODEPOOL_VERBS[az[2]!] : AZ_VERBS[az[2]!];
      if (op) {
        this.tool = 'azure-cli';
        this.operation = op;
        this.loginLine = null;
      }
    } else if (has('az deployment', 'New-AzResourceGroupDeployment') && AZ_DEPLOYMENT.test(line)) {
      this.tool = 'bicep';
      this.loginLine = null;
    }
    if (has('azurerm_kubernetes_cluster')) {
      const tf = TERRAFORM_RESOURCE.exec(line);
      if (tf) {
        this.tool = 'terraform';
        this.loginLine = null;
        const pair = TERRAFORM_VERBS[tf[2]!];
        if (pair) this.operation = tf[1] ? pair[1] : pair[0];
      } else if (this.tool === null && TERRAFORM_ERROR.test(line)) {
        this.tool = 'terraform';
      }
    }
    const tfError = has('Error: ') ? TERRAFORM_ERROR_OPERATION.exec(line) : null;
    if (tfError) {
      this.tool ??= 'terraform';
      const verb = tfError[1]!.replace(/^waiting for /, '');
      const key = verb.startsWith('creat') ? 'creat' : verb.startsWith('updat') ? 'updat' : 'delet';
      this.operation = VERB_OPERATION[key]![/Pool/.test(tfError[2]!) ? 1 : 0];
    }
    if (has('pulumi', 'azure-native:containerservice')) {
      const pulumi = PULUMI_OPERATION.exec(line);
      if (pulumi) {
        this.tool = 'pulumi';
        this.loginLine = null;
        this.operation = VERB_OPERATION[pulumi[2]!]![pulumi[1] === 'AgentPool' ? 1 : 0];
      }
      if (PULUMI.test(line)) {
        this.loginLine = null;
        this.tool ??= 'pulumi';
      }
    }
    if (has('kubectl') && KUBECTL.test(line)) {
      this.loginLine = null;
      this.tool ??= 'kubectl';
    }
    if (this.messageOperation === null && has('pgrad', 'Failed to scale')) {
      for (const [regex, op] of MESSAGE_OPERATION) {
        if (regex.test(line)) {
          this.messageOperation = op;
          break;
        }
      }
    }
    if (has('s-type', 's_type', 'osType', 'WINDOWS_CSE_ERROR_', 'Windows20', 'Microsoft.Azure.Extensions')) {
      if (WINDOWS_OS.test(line)) this.os = 'windows';
      else if (this.os === null && LINUX_OS.test(line)) this.os = 'linux';
    }
  }

  /** Whether the log involves AKS, and whether it shows an operation on another kind of resource. */
  targets(): { aks: boolean; other: boolean } {
    return { aks: this.aks, other: this.otherTarget };
  }

  result(): FailureContext {
    return { tool: this.tool, operation: this.operation ?? this.messageOperation, os: this.os };
  }
}
