// The rules behind details.ts: for each detail key, regexes taken from real wording (Microsoft's
// troubleshooting articles, az / Terraform / ARM output), each with the value cleaner that rejects what
// only looks like a value, and the hints (literals) without which the regex is not run. Every
// quantifier is bounded and each regex starts with a literal or a short class, so a 100 kB line costs
// a linear scan per rule.

const MAX_VALUE = 200;

type Clean = (raw: string) => string | number | undefined;

export interface Rule {
  key: string;
  /** Global regex whose named group `v` holds the value. */
  re: RegExp;
  clean: Clean;
  /** Lower tiers are consulted only when no higher tier matched (a weaker or derived source). */
  tier: number;
  /** Lower-case literals one of which every match contains: without one the regex is not run. */
  hints?: string[];
}

// Doc placeholders (`<Region>`, `…`, `{name}`) and elisions are not values.
const PLACEHOLDER = /[<>{}…]|\.\.\./;

const plain: Clean = (raw) => {
  const value = raw
    .trim()
    .replace(/^['"\\]+/, '')
    .replace(/[\s'"\\.,;:)\]]+$/, '');
  if (!value || value.length > MAX_VALUE || /[\r\n]/.test(value) || PLACEHOLDER.test(value)) return undefined;
  return value;
};

const count: Clean = (raw) => {
  const n = Number.parseInt(raw, 10);
  return Number.isSafeInteger(n) ? n : undefined;
};

/** A resource name: not an English word that happens to follow "subnet" or "node pool". */
function name(stopwords: ReadonlySet<string>): Clean {
  return (raw) => {
    const value = plain(raw);
    if (typeof value !== 'string' || stopwords.has(value.toLowerCase()) || /^\d+$/.test(value))
      return undefined;
    return value;
  };
}

const lastSegment: Clean = (raw) => plain(raw.slice(raw.lastIndexOf('/') + 1));

const COMPASS = /east|west|north|south|central|^usgov|^usdod/;

/** `West Europe`, `eastus2`, `JAPANEAST` -> the lower-case Azure name; anything else is not a region. */
const region: Clean = (raw) => {
  const value = raw.replace(/\s+/g, '').toLowerCase();
  if (!/^[a-z]{4,30}\d?(?:euap|stg)?$/.test(value) || !COMPASS.test(value)) return undefined;
  return /(?:ern|erly|ward|bound)$/.test(value) ? undefined : value;
};

const link: Clean = (raw) => {
  const value = raw.replace(/[.,;:!?*]+$/, '');
  if (PLACEHOLDER.test(value)) return undefined;
  const url = /^https?:\/\//i.test(value) ? value : `https://${value}`;
  return url.length <= MAX_VALUE ? url : undefined;
};

const policyDefinitionName: Clean = (raw) => plain(raw.replace(/ version [\d.]+$/, ''));

// Building blocks (source strings, so the rules below read like the messages they match).
const Q = `\\\\*['"]?`; // an optional quote, possibly escaped: ', ", \"
const SEP = `${Q}\\s{0,3}[:=]\\s{0,3}${Q}`; // `: `, `=`, `": "`, `': '`
const ID = `(?<v>[A-Za-z0-9][A-Za-z0-9-]{0,79})`;
const V = `\\d{1,2}\\.\\d{1,3}(?:\\.\\d{1,3})?(?!\\.?\\d)`;
const DATE = `\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,7})?(?:Z|[+-]\\d{2}:?\\d{2})?`;
const GEO = `US|UK|UAE|Europe|Asia|India|East|West|North|South|Central|Southeast|Northeast|Northwest|Gov|DoD|Virginia|Arizona|Texas|[1-9]`;
const REGION = `(?<v>[a-z][a-z0-9]{1,30}\\b|[A-Z][A-Za-z0-9]{1,30}(?: (?:${GEO})\\b){0,3})`;
const RESOURCE = `(?<v>[A-Za-z0-9][\\w.-]{0,79})`;
const POOL = `(?<v>[A-Za-z][A-Za-z0-9]{0,11})\\b`;
const CLUSTER = `(?<v>[A-Za-z0-9][\\w-]{0,62})`;
// A command line with `\` continuations, up to the flag we want.
const CMD = `(?:\\\\\\r?\\n|[^\\n]){0,600}?(?<![\\w-])`;
const URL_CHAR = `[^\\s'"<>()\\[\\]{}|\\\\^\`]`;
const NUM = `(?<v>\\d{1,9})\\b`;

const SUBNET_STOP = new Set(
  (
    'a an and are associated be belongs can cannot capacity cidr contains delegated delegation does doesn full has ' +
    'have id ids in is must nat network not of on or overlaps prefix range referenced resource resources should ' +
    'size specified subnet subnets that the to used was which will with address addresses ip ips from for'
  ).split(' '),
);
// RBAC actions look like resource paths: Microsoft.Network/virtualNetworks/subnets/join/action.
const ACTION_VERBS = new Set(['read', 'write', 'delete', 'join', 'action']);
const POOL_STOP = new Set(
  (
    'a an and are autoscaler being cannot can count creation deletion does exists failed for from has have image ' +
    'in is label labels max min mode name names node nodes not of on operation operations or os profile profiles ' +
    'provisioning scale scaling should since size state taints that the to type update upgrade upgrades version ' +
    'versions vmss was which will with must already add delete list show get start stop wait'
  ).split(' '),
);

function rule(key: string, source: string, clean: Clean, flags = '', tier = 0): Rule {
  return { key, re: new RegExp(source, `g${flags}`), clean, tier };
}

/**
 * Runs `r` only on text that holds one of `hints` (lower case, compared with the lower-cased text).
 * Most rules find nothing in a given message, and a regex that never runs is never compiled: this keeps
 * about 4 ms of regex compilation off the action's start-up. A test checks that the hints change
 * nothing on every fixture.
 */
function needs(hints: string[], r: Rule): Rule {
  return { ...r, hints };
}

/** ARM's PolicyViolation info and `Policy identifiers` JSON: display name, then name, then the ID's last
 *  segment (which is the name). */
function policyRules(key: string, field: string, hint: string): Rule[] {
  const value = `(?<v>[^"\\\\\\n]{1,200})`;
  return [
    rule(key, `${field}DisplayName${SEP}${value}`, plain),
    rule(key, `${field}${Q}\\s{0,3}:\\s{0,3}\\{${Q}name${SEP}${value}`, plain, '', 1),
    rule(key, `${field}Name${SEP}${value}`, plain, '', 1),
    rule(key, `${field}Id${SEP}(?<v>[^"'\\\\\\s]{1,400})`, lastSegment, '', 2),
  ].map((r) => needs([hint], r));
}

export const RULES: Rule[] = [
  needs(
    ['location'],
    rule('region', `\\b[Ll]ocation${Q}(?:\\s{0,3}[:=]\\s{0,3}|[ \\t]{1,3})${Q}${REGION}`, region),
  ),
  needs(['-l'], rule('region', `(?<![\\w-])-l[ =]${Q}${REGION}`, region)),
  needs(
    ['region'],
    rule('region', `\\b[Rr]egion${Q}(?:\\s{0,3}[:=]\\s{0,3}|[ \\t]{1,3})${Q}${REGION}`, region),
  ),
  needs(['/locations/'], rule('region', `/locations/${REGION}/`, region, 'i')),
  // MC_<group>_<cluster>_<region>: AKS names the node resource group after the region.
  needs(
    ['mc_'],
    rule('region', `\\bMC_[^_\\s/'"]{1,90}_[^_\\s/'"]{1,63}_(?<v>[A-Za-z0-9]{4,30})\\b`, region, '', 1),
  ),

  // Real sizes always carry a digit: Standard_D4s_v3, Basic_A0 (not Standard_LRS, not standard_init_linux).
  needs(
    ['standard_', 'basic_'],
    rule(
      'vmSize',
      `\\b(?<v>(?:[Ss]tandard|Basic)_(?=[A-Za-z_]{0,10}\\d)[A-Z][A-Za-z0-9]{0,20}(?:_[A-Za-z0-9]{1,10}){0,3})\\b`,
      plain,
    ),
  ),
  needs(['family'], rule('vmFamily', `\\b(?<v>[Ss]tandard ?[A-Z][A-Za-z0-9_]{0,30}? ?Family)\\b`, plain)),

  needs(['current limit:'], rule('quotaLimit', `Current Limit: ${NUM}`, count, 'i')),
  needs(['maximum allowed:'], rule('quotaLimit', `Maximum allowed: ${NUM}`, count, 'i')),
  needs(
    ['cannot create more than'],
    rule('quotaLimit', `Cannot create more than ${NUM} public IP`, count, 'i'),
  ),
  needs(['current usage:'], rule('quotaUsage', `Current Usage: ${NUM}`, count, 'i')),
  needs(['current in use:'], rule('quotaUsage', `Current in use: ${NUM}`, count, 'i')),
  needs(['additional required:'], rule('quotaRequired', `Additional Required: ${NUM}`, count, 'i')),
  needs(['additional requested:'], rule('quotaRequired', `Additional requested: ${NUM}`, count, 'i')),
  needs(['quota requested'], rule('quotaRequired', `quota requested ${NUM}`, count, 'i')),
  needs(['requested quota'], rule('quotaRequired', `requested quota ${NUM}`, count, 'i')),
  needs(['new limit required:'], rule('quotaNewLimit', `New Limit Required: ${NUM}`, count, 'i')),
  needs(
    ['quota requested'],
    rule('quotaRemaining', `quota requested \\d{1,9}, remaining ${NUM}`, count, 'i'),
  ),
  needs(['vcpu quota'], rule('quotaRemaining', `left (?:regional )?vcpu quota ${NUM}`, count, 'i')),

  needs(['/subnets/'], rule('subnet', `/subnets/${RESOURCE}`, name(ACTION_VERBS), 'i')),
  needs(
    ['subnet'],
    rule(
      'subnet',
      `\\b[Ss]ubnet(?: [Nn]ame)?${Q}(?:\\s{0,3}:\\s{0,3}|[ \\t]{1,3})${Q}${RESOURCE}`,
      name(SUBNET_STOP),
    ),
  ),
  needs(
    ['with address prefix'],
    rule('subnet', `(?<=['"=\\s])${RESOURCE}\\\\? with address prefix`, name(SUBNET_STOP)),
  ),
  needs(['/virtualnetworks/'], rule('vnet', `/virtualNetworks/${RESOURCE}`, name(ACTION_VERBS), 'i')),
  needs(['virtual network name'], rule('vnet', `\\b[Vv]irtual [Nn]etwork [Nn]ame${SEP}${RESOURCE}`, plain)),
  needs(['--vnet-name'], rule('vnet', `--vnet-name[ =]${Q}${RESOURCE}`, plain)),

  ...policyRules('policyAssignment', 'policyAs{2,3}ignment', 'policyas'), // sic: ARM has printed `policyAsssignmentId`
  needs(
    ['policy assignment'],
    rule('policyAssignment', `[Pp]olicy [Aa]ssignment(?: [Nn]ame:)? ['"](?<v>[^'"\\n]{1,200})`, plain, '', 1),
  ),
  ...policyRules('policyDefinition', 'policyDefinition', 'policydefinition'),
  needs(
    ['policy definition'],
    rule(
      'policyDefinition',
      `[Pp]olicy [Dd]efinition ['"](?<v>[^'"\\n]{1,200})`,
      policyDefinitionName,
      '',
      1,
    ),
  ),

  needs(
    ['pool'],
    rule('nodePool', `\\b(?:[Aa]gent|[Nn]ode) ?[Pp]ool[ \\t]{1,3}['"(]?${POOL}`, name(POOL_STOP)),
  ),
  needs(['/agentpools/'], rule('nodePool', `/agentPools/${POOL}`, name(POOL_STOP), 'i')),
  needs(['agentpoolprofile:'], rule('nodePool', `\\bAgentPoolProfile:\\s?${POOL}`, name(POOL_STOP))),
  needs(['agent pool name'], rule('nodePool', `\\bAgent Pool Name${SEP}${POOL}`, name(POOL_STOP))),
  needs(['--nodepool-name'], rule('nodePool', `--nodepool-name[ =]${Q}${POOL}`, name(POOL_STOP))),
  needs(
    ['az aks nodepool '],
    rule('nodePool', `\\baz aks nodepool [a-z-]{1,20}\\b${CMD}(?:--name|-n)[ =]${Q}${POOL}`, name(POOL_STOP)),
  ),
  // Node and VMSS names embed the pool: aks-<pool>-<8 digits>-vmss.
  needs(['-vmss'], rule('nodePool', `\\baks-${POOL}-\\d{5,10}-vmss`, name(POOL_STOP), '', 1)),

  needs(['managedclusters/'], rule('cluster', `managedClusters/${CLUSTER}`, plain, 'i')),
  needs(["kubernetes service '"], rule('cluster', `\\bKubernetes service '${CLUSTER}'`, plain)),
  needs(
    ['cluster'],
    rule(
      'cluster',
      `\\b(?:Managed Kubernetes Cluster|Managed Cluster Name:?|Kubernetes Cluster Name:) "${CLUSTER}"`,
      plain,
    ),
  ),
  needs(['managed cluster name'], rule('cluster', `"${CLUSTER}" managed cluster name`, plain)),
  needs(['--cluster-name'], rule('cluster', `--cluster-name[ =]${Q}${CLUSTER}`, plain)),
  needs(
    ['az aks '],
    rule('cluster', `\\baz aks (?!nodepool\\b)[a-z-]{1,20}\\b${CMD}(?:--name|-n)[ =]${Q}${CLUSTER}`, plain),
  ),

  needs(['control plane version'], rule('kubernetesVersion', `\\bcontrol plane version (?<v>${V})`, plain)),
  needs(
    ['kubernetes version'],
    rule('kubernetesVersion', `\\bKubernetes version (?<v>${V})(?! to )`, plain, 'i'),
  ),
  needs(
    ['version'],
    rule(
      'kubernetesVersion',
      `\\b[Vv]ersion (?<v>${V}) (?:is|are) not (?:supported|available|allowed)`,
      plain,
    ),
  ),
  needs(['kubernetesversion'], rule('kubernetesVersion', `kubernetesVersion${SEP}(?<v>${V})`, plain)),
  needs(
    ['az aks '],
    rule(
      'kubernetesVersion',
      `\\baz aks (?:create|update|nodepool add)\\b${CMD}(?:--kubernetes-version|-k)[ =]${Q}(?<v>${V})`,
      plain,
    ),
  ),
  needs(['version'], rule('currentVersion', `\\bversion (?<v>${V}) to (?:version )?${V}`, plain, 'i')),
  needs(['is on version'], rule('currentVersion', `\\bis on version (?<v>${V})`, plain)),
  needs(
    ['currentkubernetesversion'],
    rule('currentVersion', `currentKubernetesVersion${SEP}(?<v>${V})`, plain),
  ),
  needs(['version'], rule('targetVersion', `\\bversion ${V} to (?:version )?(?<v>${V})`, plain, 'i')),
  needs(['to version'], rule('targetVersion', `\\bto version (?<v>${V})`, plain, 'i')),
  needs(
    ['az aks '],
    rule(
      'targetVersion',
      `\\baz aks (?:nodepool )?upgrade\\b${CMD}(?:--kubernetes-version|-k)[ =]${Q}(?<v>${V})`,
      plain,
    ),
  ),
  needs(['node pool version'], rule('nodePoolVersion', `\\b[Nn]ode pool version (?<v>${V})`, plain)),
  needs(
    ['orchestratorversion'],
    rule('nodePoolVersion', `\\b(?:current)?[Oo]rchestratorVersion${SEP}(?<v>${V})`, plain),
  ),

  needs(
    ['correlation'],
    rule('correlationId', `\\b[Cc]orrelation[ _-]?(?:[Rr]equest[ _-]?)?[Ii][Dd]${SEP}${ID}`, plain),
  ),
  needs(
    ['request'],
    rule(
      'requestId',
      `(?<![\\w-])(?<!(?:[Cc]orrelation|[Cc]lient)[ _-])(?:x-ms-)?[Rr]equest[ _-]?[Ii][Dd]${SEP}${ID}`,
      plain,
    ),
  ),
  needs(
    ['tracking'],
    rule('trackingId', `\\b[Tt]racking[ _-]?[Ii][Dd]${Q}\\s{0,3}(?:[:=]|is)\\s{0,3}${Q}${ID}`, plain),
  ),
  needs(['trace'], rule('traceId', `\\b[Tt]race[ _-]?[Ii][Dd]${SEP}${ID}`, plain)),
  needs(['operation'], rule('operationId', `\\b[Oo]peration[ _-]?[Ii][Dd]${SEP}${ID}`, plain)),
  needs(['operation with id'], rule('operationId', `\\boperation with ID ${Q}${ID}`, plain, 'i')),
  needs(
    ['microsoft.containerservice/locations/'],
    rule(
      'operationId',
      `Microsoft\\.ContainerService/locations/[\\w-]{1,40}/operations/(?<v>[0-9a-f-]{36})`,
      plain,
      'i',
    ),
  ),
  needs(['timestamp'], rule('timestamp', `\\b[Tt]imestamp${SEP}(?<v>${DATE})`, plain)),

  // The URL must end at a delimiter: one cut short by a doc placeholder (`…/Parameters/<id>`) is no link.
  needs(
    ['aka.ms', 'learn.microsoft.com', 'docs.microsoft.com'],
    rule(
      'link',
      `(?<![\\w.-])(?<v>(?:https?://)?(?:aka\\.ms|learn\\.microsoft\\.com|docs\\.microsoft\\.com)/${URL_CHAR}{0,400})(?=[\\s'"()\\[\\]{}|\\\\^\`>]|$)`,
      link,
      'i',
    ),
  ),

  needs(['exit status='], rule('exitCode', `exit status=${NUM}`, count)),
  needs(['exitcode'], rule('exitCode', `ExitCode${Q}\\s{0,3}:\\s{0,3}${Q}\\|?${NUM}`, count)),
  needs(['exit code: '], rule('exitCode', `Exit Code: ${NUM}`, count)),
];
