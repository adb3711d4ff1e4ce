import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8284:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Mw: () => (/* binding */ DETAIL_LABELS),
  Co: () => (/* binding */ SUPPORT_HANDLE_KEYS),
  Ws: () => (/* binding */ extractDetails)
});

// UNUSED EXPORTS: ignoreHintsForTest

;// CONCATENATED MODULE: ./src/diagnose/detail-rules.ts
// The rules behind details.ts: for each detail key, regexes taken from real wording (Microsoft's
// troubleshooting articles, az / Terraform / ARM output), each with the value cleaner that rejects what
// only looks like a value, and the hints (literals) without which the regex is not run. Every
// quantifier is bounded and each regex starts with a literal or a short class, so a 100 kB line costs
// a linear scan per rule.
const MAX_VALUE = 200;
// Doc placeholders (`<Region>`, `…`, `{name}`) and elisions are not values.
const PLACEHOLDER = /[<>{}…]|\.\.\./;
const plain = (raw) => {
    const value = raw
        .trim()
        .replace(/^['"\\]+/, '')
        .replace(/[\s'"\\.,;:)\]]+$/, '');
    if (!value || value.length > MAX_VALUE || /[\r\n]/.test(value) || PLACEHOLDER.test(value))
        return undefined;
    return value;
};
const count = (raw) => {
    const n = Number.parseInt(raw, 10);
    return Number.isSafeInteger(n) ? n : undefined;
};
/** A resource name: not an English word that happens to follow "subnet" or "node pool". */
function detail_rules_name(stopwords) {
    return (raw) => {
        const value = plain(raw);
        if (typeof value !== 'string' || stopwords.has(value.toLowerCase()) || /^\d+$/.test(value))
            return undefined;
        return value;
    };
}
const lastSegment = (raw) => plain(raw.slice(raw.lastIndexOf('/') + 1));
const COMPASS = /east|west|north|south|central|^usgov|^usdod/;
/** `West Europe`, `eastus2`, `JAPANEAST` -> the lower-case Azure name; anything else is not a region. */
const region = (raw) => {
    const value = raw.replace(/\s+/g, '').toLowerCase();
    if (!/^[a-z]{4,30}\d?(?:euap|stg)?$/.test(value) || !COMPASS.test(value))
        return undefined;
    return /(?:ern|erly|ward|bound)$/.test(value) ? undefined : value;
};
const detail_rules_link = (raw) => {
    const value = raw.replace(/[.,;:!?*]+$/, '');
    if (PLACEHOLDER.test(value))
        return undefined;
    const url = /^https?:\/\//i.test(value) ? value : `https://${value}`;
    return url.length <= MAX_VALUE ? url : undefined;
};
const policyDefinitionName = (raw) => plain(raw.replace(/ version [\d.]+$/, ''));
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
const SUBNET_STOP = new Set(('a an and are associated be belongs can cannot capacity cidr contains delegated delegation does doesn full has ' +
    'have id ids in is must nat network not of on or overlaps prefix range referenced resource resources should ' +
    'size specified subnet subnets that the to used was which will with address addresses ip ips from for').split(' '));
// RBAC actions look like resource paths: Microsoft.Network/virtualNetworks/subnets/join/action.
const ACTION_VERBS = new Set(['read', 'write', 'delete', 'join', 'action']);
const POOL_STOP = new Set(('a an and are autoscaler being cannot can count creation deletion does exists failed for from has have image ' +
    'in is label labels max min mode name names node nodes not of on operation operations or os profile profiles ' +
    'provisioning scale scaling should since size state taints that the to type update upgrade upgrades version ' +
    'versions vmss was which will with must already add delete list show get start stop wait').split(' '));
function rule(key, source, clean, flags = '', tier = 0) {
    return { key, re: new RegExp(source, `g${flags}`), clean, tier };
}
/**
 * Runs `r` only on text that holds one of `hints` (lower case, compared with the lower-cased text).
 * Most rules find nothing in a given message, and a regex that never runs is never compiled: this keeps
 * about 4 ms of regex compilation off the action's start-up. A test checks that the hints change
 * nothing on every fixture.
 */
function needs(hints, r) {
    return { ...r, hints };
}
/** ARM's PolicyViolation info and `Policy identifiers` JSON: display name, then name, then the ID's last
 *  segment (which is the name). */
function policyRules(key, field, hint) {
    const value = `(?<v>[^"\\\\\\n]{1,200})`;
    return [
        rule(key, `${field}DisplayName${SEP}${value}`, plain),
        rule(key, `${field}${Q}\\s{0,3}:\\s{0,3}\\{${Q}name${SEP}${value}`, plain, '', 1),
        rule(key, `${field}Name${SEP}${value}`, plain, '', 1),
        rule(key, `${field}Id${SEP}(?<v>[^"'\\\\\\s]{1,400})`, lastSegment, '', 2),
    ].map((r) => needs([hint], r));
}
const RULES = [
    needs(['location'], rule('region', `\\b[Ll]ocation${Q}(?:\\s{0,3}[:=]\\s{0,3}|[ \\t]{1,3})${Q}${REGION}`, region)),
    needs(['-l'], rule('region', `(?<![\\w-])-l[ =]${Q}${REGION}`, region)),
    needs(['region'], rule('region', `\\b[Rr]egion${Q}(?:\\s{0,3}[:=]\\s{0,3}|[ \\t]{1,3})${Q}${REGION}`, region)),
    needs(['/locations/'], rule('region', `/locations/${REGION}/`, region, 'i')),
    // MC_<group>_<cluster>_<region>: AKS names the node resource group after the region.
    needs(['mc_'], rule('region', `\\bMC_[^_\\s/'"]{1,90}_[^_\\s/'"]{1,63}_(?<v>[A-Za-z0-9]{4,30})\\b`, region, '', 1)),
    // Real sizes always carry a digit: Standard_D4s_v3, Basic_A0 (not Standard_LRS, not standard_init_linux).
    needs(['standard_', 'basic_'], rule('vmSize', `\\b(?<v>(?:[Ss]tandard|Basic)_(?=[A-Za-z_]{0,10}\\d)[A-Z][A-Za-z0-9]{0,20}(?:_[A-Za-z0-9]{1,10}){0,3})\\b`, plain)),
    needs(['family'], rule('vmFamily', `\\b(?<v>[Ss]tandard ?[A-Z][A-Za-z0-9_]{0,30}? ?Family)\\b`, plain)),
    needs(['current limit:'], rule('quotaLimit', `Current Limit: ${NUM}`, count, 'i')),
    needs(['maximum allowed:'], rule('quotaLimit', `Maximum allowed: ${NUM}`, count, 'i')),
    needs(['cannot create more than'], rule('quotaLimit', `Cannot create more than ${NUM} public IP`, count, 'i')),
    needs(['current usage:'], rule('quotaUsage', `Current Usage: ${NUM}`, count, 'i')),
    needs(['current in use:'], rule('quotaUsage', `Current in use: ${NUM}`, count, 'i')),
    needs(['additional required:'], rule('quotaRequired', `Additional Required: ${NUM}`, count, 'i')),
    needs(['additional requested:'], rule('quotaRequired', `Additional requested: ${NUM}`, count, 'i')),
    needs(['quota requested'], rule('quotaRequired', `quota requested ${NUM}`, count, 'i')),
    needs(['requested quota'], rule('quotaRequired', `requested quota ${NUM}`, count, 'i')),
    needs(['new limit required:'], rule('quotaNewLimit', `New Limit Required: ${NUM}`, count, 'i')),
    needs(['quota requested'], rule('quotaRemaining', `quota requested \\d{1,9}, remaining ${NUM}`, count, 'i')),
    needs(['vcpu quota'], rule('quotaRemaining', `left (?:regional )?vcpu quota ${NUM}`, count, 'i')),
    needs(['/subnets/'], rule('subnet', `/subnets/${RESOURCE}`, detail_rules_name(ACTION_VERBS), 'i')),
    needs(['subnet'], rule('subnet', `\\b[Ss]ubnet(?: [Nn]ame)?${Q}(?:\\s{0,3}:\\s{0,3}|[ \\t]{1,3})${Q}${RESOURCE}`, detail_rules_name(SUBNET_STOP))),
    needs(['with address prefix'], rule('subnet', `(?<=['"=\\s])${RESOURCE}\\\\? with address prefix`, detail_rules_name(SUBNET_STOP))),
    needs(['/virtualnetworks/'], rule('vnet', `/virtualNetworks/${RESOURCE}`, detail_rules_name(ACTION_VERBS), 'i')),
    needs(['virtual network name'], rule('vnet', `\\b[Vv]irtual [Nn]etwork [Nn]ame${SEP}${RESOURCE}`, plain)),
    needs(['--vnet-name'], rule('vnet', `--vnet-name[ =]${Q}${RESOURCE}`, plain)),
    ...policyRules('policyAssignment', 'policyAs{2,3}ignment', 'policyas'), // sic: ARM has printed `policyAsssignmentId`
    needs(['policy assignment'], rule('policyAssignment', `[Pp]olicy [Aa]ssignment(?: [Nn]ame:)? ['"](?<v>[^'"\\n]{1,200})`, plain, '', 1)),
    ...policyRules('policyDefinition', 'policyDefinition', 'policydefinition'),
    needs(['policy definition'], rule('policyDefinition', `[Pp]olicy [Dd]efinition ['"](?<v>[^'"\\n]{1,200})`, policyDefinitionName, '', 1)),
    needs(['pool'], rule('nodePool', `\\b(?:[Aa]gent|[Nn]ode) ?[Pp]ool[ \\t]{1,3}['"(]?${POOL}`, detail_rules_name(POOL_STOP))),
    needs(['/agentpools/'], rule('nodePool', `/agentPools/${POOL}`, detail_rules_name(POOL_STOP), 'i')),
    needs(['agentpoolprofile:'], rule('nodePool', `\\bAgentPoolProfile:\\s?${POOL}`, detail_rules_name(POOL_STOP))),
    needs(['agent pool name'], rule('nodePool', `\\bAgent Pool Name${SEP}${POOL}`, detail_rules_name(POOL_STOP))),
    needs(['--nodepool-name'], rule('nodePool', `--nodepool-name[ =]${Q}${POOL}`, detail_rules_name(POOL_STOP))),
    needs(['az aks nodepool '], rule('nodePool', `\\baz aks nodepool [a-z-]{1,20}\\b${CMD}(?:--name|-n)[ =]${Q}${POOL}`, detail_rules_name(POOL_STOP))),
    // Node and VMSS names embed the pool: aks-<pool>-<8 digits>-vmss.
    needs(['-vmss'], rule('nodePool', `\\baks-${POOL}-\\d{5,10}-vmss`, detail_rules_name(POOL_STOP), '', 1)),
    needs(['managedclusters/'], rule('cluster', `managedClusters/${CLUSTER}`, plain, 'i')),
    needs(["kubernetes service '"], rule('cluster', `\\bKubernetes service '${CLUSTER}'`, plain)),
    needs(['cluster'], rule('cluster', `\\b(?:Managed Kubernetes Cluster|Managed Cluster Name:?|Kubernetes Cluster Name:) "${CLUSTER}"`, plain)),
    needs(['managed cluster name'], rule('cluster', `"${CLUSTER}" managed cluster name`, plain)),
    needs(['--cluster-name'], rule('cluster', `--cluster-name[ =]${Q}${CLUSTER}`, plain)),
    needs(['az aks '], rule('cluster', `\\baz aks (?!nodepool\\b)[a-z-]{1,20}\\b${CMD}(?:--name|-n)[ =]${Q}${CLUSTER}`, plain)),
    needs(['control plane version'], rule('kubernetesVersion', `\\bcontrol plane version (?<v>${V})`, plain)),
    needs(['kubernetes version'], rule('kubernetesVersion', `\\bKubernetes version (?<v>${V})(?! to )`, plain, 'i')),
    needs(['version'], rule('kubernetesVersion', `\\b[Vv]ersion (?<v>${V}) (?:is|are) not (?:supported|available|allowed)`, plain)),
    needs(['kubernetesversion'], rule('kubernetesVersion', `kubernetesVersion${SEP}(?<v>${V})`, plain)),
    needs(['az aks '], rule('kubernetesVersion', `\\baz aks (?:create|update|nodepool add)\\b${CMD}(?:--kubernetes-version|-k)[ =]${Q}(?<v>${V})`, plain)),
    needs(['version'], rule('currentVersion', `\\bversion (?<v>${V}) to (?:version )?${V}`, plain, 'i')),
    needs(['is on version'], rule('currentVersion', `\\bis on version (?<v>${V})`, plain)),
    needs(['currentkubernetesversion'], rule('currentVersion', `currentKubernetesVersion${SEP}(?<v>${V})`, plain)),
    needs(['version'], rule('targetVersion', `\\bversion ${V} to (?:version )?(?<v>${V})`, plain, 'i')),
    needs(['to version'], rule('targetVersion', `\\bto version (?<v>${V})`, plain, 'i')),
    needs(['az aks '], rule('targetVersion', `\\baz aks (?:nodepool )?upgrade\\b${CMD}(?:--kubernetes-version|-k)[ =]${Q}(?<v>${V})`, plain)),
    needs(['node pool version'], rule('nodePoolVersion', `\\b[Nn]ode pool version (?<v>${V})`, plain)),
    needs(['orchestratorversion'], rule('nodePoolVersion', `\\b(?:current)?[Oo]rchestratorVersion${SEP}(?<v>${V})`, plain)),
    needs(['correlation'], rule('correlationId', `\\b[Cc]orrelation[ _-]?(?:[Rr]equest[ _-]?)?[Ii][Dd]${SEP}${ID}`, plain)),
    needs(['request'], rule('requestId', `(?<![\\w-])(?<!(?:[Cc]orrelation|[Cc]lient)[ _-])(?:x-ms-)?[Rr]equest[ _-]?[Ii][Dd]${SEP}${ID}`, plain)),
    needs(['tracking'], rule('trackingId', `\\b[Tt]racking[ _-]?[Ii][Dd]${Q}\\s{0,3}(?:[:=]|is)\\s{0,3}${Q}${ID}`, plain)),
    needs(['trace'], rule('traceId', `\\b[Tt]race[ _-]?[Ii][Dd]${SEP}${ID}`, plain)),
    needs(['operation'], rule('operationId', `\\b[Oo]peration[ _-]?[Ii][Dd]${SEP}${ID}`, plain)),
    needs(['operation with id'], rule('operationId', `\\boperation with ID ${Q}${ID}`, plain, 'i')),
    needs(['microsoft.containerservice/locations/'], rule('operationId', `Microsoft\\.ContainerService/locations/[\\w-]{1,40}/operations/(?<v>[0-9a-f-]{36})`, plain, 'i')),
    needs(['timestamp'], rule('timestamp', `\\b[Tt]imestamp${SEP}(?<v>${DATE})`, plain)),
    // The URL must end at a delimiter: one cut short by a doc placeholder (`…/Parameters/<id>`) is no link.
    needs(['aka.ms', 'learn.microsoft.com', 'docs.microsoft.com'], rule('link', `(?<![\\w.-])(?<v>(?:https?://)?(?:aka\\.ms|learn\\.microsoft\\.com|docs\\.microsoft\\.com)/${URL_CHAR}{0,400})(?=[\\s'"()\\[\\]{}|\\\\^\`>]|$)`, detail_rules_link, 'i')),
    needs(['exit status='], rule('exitCode', `exit status=${NUM}`, count)),
    needs(['exitcode'], rule('exitCode', `ExitCode${Q}\\s{0,3}:\\s{0,3}${Q}\\|?${NUM}`, count)),
    needs(['exit code: '], rule('exitCode', `Exit Code: ${NUM}`, count)),
];

;// CONCATENATED MODULE: ./src/diagnose/details.ts
// "Details worth reading" in an AKS error: the region, VM size, quota numbers, names of the subnet,
// node pool, policy, versions, and the IDs support asks for. Each key has a few rules (detail-rules.ts);
// the earliest valid match wins, because the text is ordered from the error line outward.

/** Human labels for the keys, in display order (for the summary table). */
const DETAIL_LABELS = [
    ['cluster', 'Cluster'],
    ['nodePool', 'Node pool'],
    ['region', 'Region'],
    ['vmSize', 'VM size'],
    ['vmFamily', 'VM family'],
    ['quotaLimit', 'Quota limit'],
    ['quotaUsage', 'Quota in use'],
    ['quotaRequired', 'Additional quota required'],
    ['quotaNewLimit', 'New limit required'],
    ['quotaRemaining', 'Quota remaining'],
    ['subnet', 'Subnet'],
    ['vnet', 'Virtual network'],
    ['policyAssignment', 'Policy assignment'],
    ['policyDefinition', 'Policy definition'],
    ['kubernetesVersion', 'Kubernetes version'],
    ['currentVersion', 'Current version'],
    ['targetVersion', 'Target version'],
    ['nodePoolVersion', 'Node pool version'],
    ['exitCode', 'Exit code'],
    ['nodeOs', 'Node OS'],
    ['link', 'Link in the message'],
    ['correlationId', 'Correlation ID'],
    ['requestId', 'Request ID'],
    ['trackingId', 'Tracking ID'],
    ['traceId', 'Trace ID'],
    ['operationId', 'Operation ID'],
    ['timestamp', 'Timestamp'],
];
/** The support-handle subset (correlation/request/trace IDs, timestamp) */
const SUPPORT_HANDLE_KEYS = [
    'correlationId',
    'requestId',
    'trackingId',
    'traceId',
    'operationId',
    'timestamp',
];
let useHints = true;
/** For the test that proves the hints change nothing: run every rule on every text. */
function ignoreHintsForTest(ignore) {
    useHints = !ignore;
}
/** The first valid match of `rule` that starts before `before`, or undefined. */
function firstMatch(rule, input, lower, before) {
    if (useHints && rule.hints && !rule.hints.some((hint) => lower.includes(hint)))
        return undefined;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(input); m && m.index < before; m = rule.re.exec(input)) {
        const raw = m.groups?.v;
        const value = raw === undefined ? undefined : rule.clean(raw);
        if (value !== undefined)
            return { at: m.index, value };
        if (m[0].length === 0)
            rule.re.lastIndex++;
    }
    return undefined;
}
const RULES_BY_KEY = new Map();
for (const r of RULES) {
    const tiers = RULES_BY_KEY.get(r.key) ?? [];
    (tiers[r.tier] ??= []).push(r);
    RULES_BY_KEY.set(r.key, tiers);
}
/** Details found in `text` (an error message plus the lines around it, already JSON-unescaped; may be
 *  several kB and may contain several errors). Keys are fixed camelCase names; values are short
 *  strings (≤ 200 chars) or numbers. Unknown = key absent. Never throws; linear time. */
function extractDetails(text) {
    const details = {};
    if (typeof text !== 'string' || !text)
        return details;
    const lower = text.toLowerCase();
    for (const [key, tiers] of RULES_BY_KEY) {
        for (const tier of tiers) {
            let best;
            for (const r of tier ?? [])
                best = firstMatch(r, text, lower, best ? best.at : Infinity) ?? best;
            if (best) {
                details[key] = best.value;
                break;
            }
        }
    }
    return details;
}


/***/ }),

/***/ 4329:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gY: () => (/* binding */ parseMarker),
/* harmony export */   hQ: () => (/* binding */ buildMarker),
/* harmony export */   xE: () => (/* binding */ commentKeyOrDefault)
/* harmony export */ });
/* unused harmony export defaultCommentKey */
// The hidden first line of our pull-request comment, which lets a later run find and rewrite it:
//   <!-- aks-triage:comment key="<key>" codes="A,B" state="failing|resolved" -->
// `codes` are the codes the comment reports; a resolved comment keeps the codes that were failing, so
// it can still say what was fixed and a second resolved run renders the same body (no rewrite).
// Values are percent-encoded where they could end the HTML comment, break out of the quotes or (for
// codes) split the list; everything else stays readable.
const MARKER_NAME = 'aks-triage:comment';
// `>` ends the comment (`-->`, `--!>`), `<!--` could nest, quotes end the value, `%` is the escape itself.
const UNSAFE_IN_VALUE = '%"\'<>&`!\\';
// Codes additionally must not contain the list separator or spaces.
const UNSAFE_IN_CODE = `${UNSAFE_IN_VALUE}, `;
function encodeValue(value, unsafe) {
    let out = '';
    for (const char of value) {
        const code = char.charCodeAt(0);
        const control = code < 0x20 || code === 0x7f;
        out += control || unsafe.includes(char) ? `%${code.toString(16).toUpperCase().padStart(2, '0')}` : char;
    }
    return out;
}
function decodeValue(value) {
    // A `%` not followed by two hex digits (hand-edited marker) stays as it is.
    return value.replace(/%([0-9A-Fa-f]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}
function buildMarker(marker) {
    const key = encodeValue(marker.key, UNSAFE_IN_VALUE);
    const codes = marker.codes.map((c) => encodeValue(c, UNSAFE_IN_CODE)).join(',');
    return `<!-- ${MARKER_NAME} key="${key}" codes="${codes}" state="${marker.state}" -->`;
}
/** The first marker in a comment body, or undefined when there is none. Missing fields are tolerated. */
function parseMarker(body) {
    const match = /<!--\s*aks-triage:comment\b([\s\S]*?)-->/.exec(body);
    if (!match)
        return undefined;
    const attributes = new Map();
    for (const attr of (match[1] ?? '').matchAll(/([a-z]+)\s*=\s*"([^"]*)"/g)) {
        if (!attributes.has(attr[1]))
            attributes.set(attr[1], attr[2]);
    }
    const rawKey = attributes.get('key');
    const codes = (attributes.get('codes') ?? '')
        .split(',')
        .map((c) => decodeValue(c.replace(/^ +| +$/g, ''))) // raw spaces only come from hand edits
        .filter((c) => c.length > 0);
    const stateValue = attributes.get('state');
    const state = stateValue === 'failing' || stateValue === 'resolved'
        ? stateValue
        : codes.length
            ? 'failing'
            : 'resolved';
    return { key: rawKey === undefined ? undefined : decodeValue(rawKey), codes, state };
}
/**
 * The key used when the comment-key input is empty: one comment per workflow and job. Matrix legs share
 * a job id, so they need their own comment-key to keep separate comments.
 */
function defaultCommentKey(env = process.env) {
    const workflow = env.GITHUB_WORKFLOW?.trim() || 'workflow';
    const job = env.GITHUB_JOB?.trim() || 'job';
    return `${workflow}/${job}`;
}
/** The comment-key input, trimmed, or the default key when it is empty. */
function commentKeyOrDefault(input, env) {
    const key = input?.trim() ?? '';
    return key || defaultCommentKey(env);
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1952);
// Entry point of the action bundle (dist/index.js).

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1952:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// NAMESPACE OBJECT: ./src/runner.ts
var runner_namespaceObject = {};
__nccwpck_require__.r(runner_namespaceObject);
__nccwpck_require__.d(runner_namespaceObject, {
  appendSummary: () => (appendSummary),
  error: () => (error),
  getInput: () => (getInput),
  info: () => (info),
  notice: () => (notice),
  setFailed: () => (setFailed),
  setOutput: () => (setOutput),
  warning: () => (warning)
});

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./catalog/schema.json
const schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/aks-triage/aks-triage/catalog/schema.json","title":"aks-triage catalog entry","description":"One distinct AKS failure: the codes and wording that identify it, what causes it, what to do, and the Microsoft troubleshooting article(s) that explain it. An entry needs at least one code, exit code or pattern.","type":"object","additionalProperties":false,"required":["id","title","category","summary","operations","os","retryable","cause","mitigation","docs"],"definitions":{"operation":{"type":"string","enum":["create","update","upgrade","scale","delete","start","stop","nodepool-add","nodepool-upgrade","nodepool-scale","nodepool-delete","autoscaler","kubectl","workload"]},"os":{"type":"string","enum":["linux","windows"]},"regex":{"type":"string","minLength":3,"description":"A JavaScript regular expression, matched case-insensitively against one line of normalised log text. Must be ReDoS-safe (no nested quantifiers)."},"condition":{"type":"object","description":"All given fields must hold. \'message\': at least one regex matches the error message or the lines around the code. \'operations\': the detected operation is one of these. \'os\': the detected node OS is this one.","additionalProperties":false,"minProperties":1,"properties":{"message":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/regex"}},"operations":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/operation"}},"os":{"$ref":"#/definitions/os"}}}},"properties":{"$schema":{"type":"string"},"id":{"type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","description":"Stable kebab-case identifier; also the file name."},"title":{"type":"string","minLength":5,"maxLength":100},"category":{"type":"string","enum":["quota","capacity","networking","node-provisioning","authentication","authorization","policy","throttling","cluster-state","version","configuration","deletion","connectivity","workload"]},"summary":{"type":"string","minLength":10,"maxLength":200,"description":"One line, plain words: what went wrong."},"codes":{"type":"array","description":"Every error code string users really see for this problem (old and new names). A plain string means this entry owns the code. An object with \'when\' claims a code that other entries share, only when the condition holds; a code shared by several entries needs a condition on all but at most one of them.","items":{"oneOf":[{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_]*$"},{"type":"object","additionalProperties":false,"required":["code","when"],"properties":{"code":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9_]*$"},"when":{"$ref":"#/definitions/condition"}}}]}},"exitCodes":{"type":"array","description":"Node provisioning (CSE) exit statuses that mean this problem, with the node OS whose table they come from.","items":{"type":"object","additionalProperties":false,"required":["code","os"],"properties":{"code":{"type":"integer","minimum":1,"maximum":255},"os":{"$ref":"#/definitions/os"},"note":{"type":"string"}}}},"patterns":{"type":"array","description":"Regexes for the message wording: for rows with no code, and for output that carries no code token.","items":{"$ref":"#/definitions/regex"}},"operations":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/operation"}},"os":{"type":"string","enum":["any","linux","windows"]},"retryable":{"type":"boolean","description":"True when a plain retry later can succeed without changing anything (capacity, throttling, a concurrent operation)."},"cause":{"type":"string","minLength":20},"mitigation":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["step"],"properties":{"step":{"type":"string","minLength":5},"commands":{"type":"array","items":{"type":"string","minLength":3}}}}},"docs":{"type":"array","minItems":1,"description":"Troubleshooting articles. The first whose \'when\' holds is the one shown; the last must have no \'when\' (the default).","items":{"type":"object","additionalProperties":false,"required":["url","title"],"properties":{"url":{"type":"string","pattern":"^https://learn\\\\.microsoft\\\\.com/en-us/(troubleshoot/azure/azure-kubernetes|azure/aks)/[a-z0-9/#._-]+$"},"title":{"type":"string","minLength":5},"when":{"$ref":"#/definitions/condition"}}}},"seedRows":{"type":"array","description":"The \'Error code\' cell text of the Microsoft AKS error-codes table rows this entry covers.","items":{"type":"string","minLength":3}},"relatedCodes":{"type":"array","description":"Codes that appear around this problem but do not identify it (wrappers, outer codes). Informational.","items":{"type":"string"}}},"anyOf":[{"required":["codes"],"properties":{"codes":{"minItems":1,"type":"array"}}},{"required":["exitCodes"],"properties":{"exitCodes":{"minItems":1,"type":"array"}}},{"required":["patterns"],"properties":{"patterns":{"minItems":1,"type":"array"}}}]}');
;// CONCATENATED MODULE: ./src/diagnose/catalog-file.ts
// Extra catalog files (`--catalog FILE`, the action's `catalog` input): YAML or JSON holding one
// entry, a list of entries, or `{ entries: [...] }`. Each entry is validated against the same schema
// as the built-in catalog; a bad file is rejected with the entry and field at fault.


class CatalogFileError extends Error {
}
/** Every regex an entry carries: its patterns and the message conditions of its codes and docs. */
function entryRegexes(entry) {
    return [
        ...(entry.patterns ?? []),
        ...(entry.codes ?? []).flatMap((c) => (typeof c === 'object' ? (c.when.message ?? []) : [])),
        ...entry.docs.flatMap((d) => d.when?.message ?? []),
    ];
}
async function loadCatalogFile(path) {
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
    }
    catch (err) {
        throw new CatalogFileError(`cannot read catalog file ${path}: ${err.code ?? err}`);
    }
    return parseCatalogText(text, path);
}
async function parseCatalogText(text, name) {
    // Loaded only when an extra catalog is given: the common path starts without a YAML parser or
    // schema compiler.
    const [yaml, ajv, safeRegexModule] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19)),
        __nccwpck_require__.e(/* import() */ 463).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2463, 23)),
        __nccwpck_require__.e(/* import() */ 700).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8700, 23)),
    ]);
    // ajv and safe-regex2 are CommonJS: under Node's ESM loader their exports sit on the namespace,
    // in the bundle's interop they sit on `default`. Take whichever is there.
    const parse = yaml.parse;
    const Ajv = ajv.Ajv ?? ajv.default.Ajv;
    const safeRegex = (safeRegexModule.default ?? safeRegexModule);
    let data;
    try {
        data = parse(text);
    }
    catch (err) {
        throw new CatalogFileError(`catalog file ${name}: not valid YAML or JSON: ${err.message.split('\n')[0]}`);
    }
    const list = Array.isArray(data)
        ? data
        : data && typeof data === 'object' && Array.isArray(data.entries)
            ? data.entries
            : [data];
    const validate = new Ajv({ allErrors: false, strict: false }).compile(schema_namespaceObject);
    const entries = [];
    list.forEach((item, index) => {
        const label = `catalog file ${name}: entry ${item && typeof item === 'object' && typeof item.id === 'string'
            ? `'${item.id}'`
            : `#${index + 1}`}`;
        if (!validate(item)) {
            const e = validate.errors?.[0];
            const field = e?.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '(entry)';
            throw new CatalogFileError(`${label}: ${field} ${e?.message ?? 'is invalid'}`);
        }
        const entry = item;
        for (const source of entryRegexes(entry)) {
            try {
                new RegExp(source, 'i');
            }
            catch (err) {
                throw new CatalogFileError(`${label}: regex ${JSON.stringify(source)} does not compile: ${err.message}`);
            }
            if (!safeRegex(source)) {
                throw new CatalogFileError(`${label}: regex ${JSON.stringify(source)} may backtrack catastrophically`);
            }
        }
        entries.push(entry);
    });
    return entries;
}

;// CONCATENATED MODULE: ./src/diagnose/conditions.ts
function conditionHolds(condition, text, context) {
    if (condition.operations && !(context.operation && condition.operations.includes(context.operation)))
        return false;
    if (condition.os && context.os !== condition.os)
        return false;
    if (condition.message && !condition.message.some((regex) => regex.test(text)))
        return false;
    return true;
}

// EXTERNAL MODULE: ./src/diagnose/details.ts + 1 modules
var diagnose_details = __nccwpck_require__(8284);
;// CONCATENATED MODULE: ./src/diagnose/context.ts
// `az aks <verb>` and `az aks nodepool <verb>`, as echoed by a shell trace, `##[command]` or a prompt.
const AZ_AKS = /\baz aks (nodepool )?(create|update|upgrade|scale|delete|start|stop|add)\b/;
const AZ_DEPLOYMENT = /\baz deployment (?:group|sub|mg|tenant) (?:create|what-if)\b|\bNew-AzResourceGroupDeployment\b/;
const TERRAFORM_RESOURCE = /\bazurerm_kubernetes_cluster(_node_pool)?\.[\w-]+(?:\[[^\]]{1,80}\])?: (Creating|Modifying|Destroying|Still creating|Still modifying|Still destroying)/;
const TERRAFORM_ERROR = /\bwith azurerm_kubernetes_cluster(_node_pool)?\./;
const PULUMI = /\bpulumi (?:up|preview|destroy)\b|azure-native:containerservice:/;
// The operation as Terraform's azurerm error names it: `Error: creating Kubernetes Cluster`, older
// `Error: Error creating Managed Kubernetes Cluster`, `waiting for update of Kubernetes Cluster Node Pool`.
const TERRAFORM_ERROR_OPERATION = /\bError: (?:Error )?(creating|updating|deleting|waiting for (?:creation|update|deletion) of) (?:Managed )?(Kubernetes Cluster Node Pool|Kubernetes Cluster|Node Pool|Agent Pool)\b/;
// Pulumi's resource rows: `azure-native:containerservice:AgentPool  pool2  creating (12s) error: ...`.
const PULUMI_OPERATION = /azure-native:containerservice:(ManagedCluster|AgentPool)\s{1,8}\S{1,100}\s{1,8}\*{0,2}(creat|updat|delet)(?:ing|ed)\b/;
const VERB_OPERATION = {
    creat: ['create', 'nodepool-add'],
    updat: ['update', 'update'],
    delet: ['delete', 'nodepool-delete'],
};
const KUBECTL = /^\s{0,8}(?:\$ |\+ )?kubectl /;
// The CI job signing in to Azure (azure/login, `az login`, Connect-AzAccount). An Entra ID error there
// is about the pipeline's own credentials, not the cluster's service principal.
const LOGIN_STEP = /\bRun azure\/login@|\baz login\b|\bConnect-AzAccount\b|\bRunning Azure CLI Login\b|\bAttempting Azure CLI login\b/;
// A new runner step (`##[group]Run ...` once the marker is stripped) ends the sign-in step.
const NEXT_STEP = /^Run \S/;
// Anything that involves AKS: its commands, SDK clients, resource types, the node resource group,
// node pools. Case-insensitive: cluster and group names (`rg-aks`, `aks-prod`) count too.
const AKS_MARKER = /\baz aks\b|azurerm_kubernetes_cluster|ContainerService\/managedClusters|\bmanagedClusters\b|ManagedClustersClient|AgentPoolsClient|azure-native:containerservice|\b(?:New|Set|Get|Remove|Update|Start|Stop)-AzAks|\bKubernetes (?:Cluster|service)\b|\bazmk8s\.io\b|\bcontainer service\b|\bMC_\w|\bAKS\b|\bagent ?pool\b/i;
// An operation on another kind of Azure resource (a VM, scale set, network, storage account, web
// app) or on another cloud.
const OTHER_TARGET = new RegExp([
    String.raw `\baz (?:vm|vmss|network|storage|keyvault|sql|webapp|functionapp|containerapp|acr|cosmosdb|disk|snapshot|image|sig|redis|postgres|mysql|appservice|spring|apim|batch|hdinsight|servicebus|eventhubs|iot|aro|openshift)\b[a-z0-9 -]{0,60}?\b(?:create|update|scale|start|up|deploy|add|set)\b`,
    // Terraform 0.12+ indexes `[0]`, 0.11 and older `.0`.
    String.raw `\bazurerm_(?!kubernetes_cluster)\w+\.[\w-]+(?:\[[^\]]{0,40}\]|\.\d{1,4})?: (?:Creating|Modifying|Still creating|Still modifying)`,
    String.raw `\bwith azurerm_(?!kubernetes_cluster)\w+\.`,
    String.raw `\b(?:New|Set|Update)-Az(?:VM|Vmss|VirtualNetwork|PublicIpAddress|StorageAccount|KeyVault|WebApp|ContainerApp|Disk|NetworkInterface|LoadBalancer)\b`,
    String.raw `\bAzure\.ResourceManager\.(?!ContainerService)[A-Z]\w+`,
    String.raw `azure-native:(?!containerservice)\w+:\w+`,
    // Cluster API for Azure creating its own VMs (a self-managed cluster, not AKS).
    String.raw `\bAzureMachine(?:Pool)?Reconciler\b|\bcapz-controller-manager\b`,
    // Another cloud's clusters and machines: kubectl and autoscaler messages read the same there.
    String.raw `\bgcloud (?:compute|container)\b|\beksctl (?:create|upgrade|scale|delete|get)\b|\baws eks\b`,
    // Self-managed and local clusters.
    String.raw `\bkubeadm\b|\bminikube\b|\bmicrok8s\b|\bk3[sd]\b|\bkind (?:create|load|delete) cluster\b|\bopenshift-install\b`,
    // An SDK's own request line (azcore, the Azure SDK for Go and Python) to another resource provider.
    String.raw `\b(?:PUT|POST|PATCH|DELETE) https://management\.azure\.com/subscriptions/[^/\s]{1,80}/resourceGroups/[^/\s]{1,90}/providers/Microsoft\.(?!ContainerService\b)\w+/`,
].join('|'));
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
function mentionsAks(text) {
    return AKS_MARKER.test(text);
}
/** A sign-in step prints a handful of lines; beyond this an error belongs to whatever ran next. */
const LOGIN_STEP_LINES = 40;
// Wording of the RP's own messages, used when no command was echoed.
const MESSAGE_OPERATION = [
    [/\b[Uu]pgrading [Kk]ubernetes version\b|\b[Uu]pgrade (?:of|to) (?:[Kk]ubernetes )?version\b/, 'upgrade'],
    [/\bFailed to scale node pool\b/, 'scale'],
];
const WINDOWS_OS = /--os-type[ =]Windows\b|\bos_type\s{0,4}=\s{0,4}"Windows"|"osType"\s{0,4}:\s{0,4}"Windows"|WINDOWS_CSE_ERROR_|\bWindows2019\b|\bWindows2022\b/;
// Not `"osType": "Linux"`: every agent pool of every cluster body in a debug log says so (mostly the
// system pool, whatever pool failed), and a line holding only that need not be read (see gate.ts).
const LINUX_OS = /--os-type[ =]Linux\b|\bos_type\s{0,4}=\s{0,4}"Linux"|Microsoft\.Azure\.Extensions/;
const AZ_VERBS = {
    create: 'create',
    update: 'update',
    upgrade: 'upgrade',
    scale: 'scale',
    delete: 'delete',
    start: 'start',
    stop: 'stop',
};
const NODEPOOL_VERBS = {
    add: 'nodepool-add',
    upgrade: 'nodepool-upgrade',
    scale: 'nodepool-scale',
    delete: 'nodepool-delete',
    update: 'update',
    start: 'start',
    stop: 'stop',
};
const TERRAFORM_VERBS = {
    Creating: ['create', 'nodepool-add'],
    'Still creating': ['create', 'nodepool-add'],
    Modifying: ['update', 'update'],
    'Still modifying': ['update', 'update'],
    Destroying: ['delete', 'nodepool-delete'],
    'Still destroying': ['delete', 'nodepool-delete'],
};
/** Words one of which, at a word start, every line the detector learns from contains (see gate.ts). */
const CONTEXT_TRIGGERS = [
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
    { word: 'osType"', notFollowedBy: String.raw `\s{0,4}:\s{0,4}"Linux"` },
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
class ContextDetector {
    tool = null;
    operation = null;
    messageOperation = null;
    os = null;
    aks = false;
    otherTarget = false;
    /** The line a sign-in step started on, while no other command has run since. */
    loginLine = null;
    /** A new log begins: its line numbers start again, and a sign-in step does not carry over. */
    startLog() {
        this.loginLine = null;
    }
    /** True while `lineNumber` lies inside a sign-in step that no other command has ended. */
    inLoginStep(lineNumber) {
        return this.loginLine !== null && lineNumber - this.loginLine <= LOGIN_STEP_LINES;
    }
    /** Looks at one normalised line. The last command seen wins: a log may hold several steps. */
    observe(line, lineNumber = 0) {
        if (line.length > 4096)
            line = line.slice(0, 4096);
        // On a short line each regex runs only if the line holds a word every match of it contains: a
        // regex that never runs is never compiled, which keeps the action's start-up short. A long line
        // (a debug log's JSON body) goes straight to the regexes, whose literal search is faster there.
        const has = line.length <= SHORT_LINE ? (...words) => words.some((w) => line.includes(w)) : () => true;
        if (!this.aks) {
            const lower = line.length <= SHORT_LINE ? line.toLowerCase() : '';
            if ((!lower || AKS_WORDS.some((w) => lower.includes(w))) && AKS_MARKER.test(line))
                this.aks = true;
        }
        // Another resource matters only in a log that involves no AKS (see resolve.ts).
        if (!this.aks && !this.otherTarget && has(...OTHER_TARGET_WORDS) && OTHER_TARGET.test(line))
            this.otherTarget = true;
        if (has('ogin', 'Connect-AzAccount') && LOGIN_STEP.test(line)) {
            if (!this.inLoginStep(lineNumber))
                this.loginLine = lineNumber;
        }
        else if (line.startsWith('Run ') && NEXT_STEP.test(line))
            this.loginLine = null;
        const az = has('az ') ? AZ_AKS.exec(line) : null;
        if (az && !/^\s{0,8}(?:#|Usage|usage:)/.test(line)) {
            const op = az[1] ? NODEPOOL_VERBS[az[2]] : AZ_VERBS[az[2]];
            if (op) {
                this.tool = 'azure-cli';
                this.operation = op;
                this.loginLine = null;
            }
        }
        else if (has('az deployment', 'New-AzResourceGroupDeployment') && AZ_DEPLOYMENT.test(line)) {
            this.tool = 'bicep';
            this.loginLine = null;
        }
        if (has('azurerm_kubernetes_cluster')) {
            const tf = TERRAFORM_RESOURCE.exec(line);
            if (tf) {
                this.tool = 'terraform';
                this.loginLine = null;
                const pair = TERRAFORM_VERBS[tf[2]];
                if (pair)
                    this.operation = tf[1] ? pair[1] : pair[0];
            }
            else if (this.tool === null && TERRAFORM_ERROR.test(line)) {
                this.tool = 'terraform';
            }
        }
        const tfError = has('Error: ') ? TERRAFORM_ERROR_OPERATION.exec(line) : null;
        if (tfError) {
            this.tool ??= 'terraform';
            const verb = tfError[1].replace(/^waiting for /, '');
            const key = verb.startsWith('creat') ? 'creat' : verb.startsWith('updat') ? 'updat' : 'delet';
            this.operation = VERB_OPERATION[key][/Pool/.test(tfError[2]) ? 1 : 0];
        }
        if (has('pulumi', 'azure-native:containerservice')) {
            const pulumi = PULUMI_OPERATION.exec(line);
            if (pulumi) {
                this.tool = 'pulumi';
                this.loginLine = null;
                this.operation = VERB_OPERATION[pulumi[2]][pulumi[1] === 'AgentPool' ? 1 : 0];
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
            if (WINDOWS_OS.test(line))
                this.os = 'windows';
            else if (this.os === null && LINUX_OS.test(line))
                this.os = 'linux';
        }
    }
    /** Whether the log involves AKS, and whether it shows an operation on another kind of resource. */
    targets() {
        return { aks: this.aks, other: this.otherTarget };
    }
    result() {
        return { tool: this.tool, operation: this.operation ?? this.messageOperation, os: this.os };
    }
}

;// CONCATENATED MODULE: ./src/diagnose/ownership.ts
// Terraform resources that create AKS or deploy a template (which may hold an AKS cluster).
const AKS_TERRAFORM_RESOURCE = /^azurerm_(?:kubernetes_|\w*template_deployment$)/;
const ofOtherTerraformResource = (finding) => finding.terraformResource !== undefined && !AKS_TERRAFORM_RESOURCE.test(finding.terraformResource);
const SELF_MANAGED_MASTER = /\bcse-master\b/;
const OTHER_RESOURCE_NOTE = 'Not an AKS error (the log is about another kind of resource or another cloud): ';
// A tool getting a token for its own calls: the azurerm provider's client, azidentity credentials.
const CALLER_TOKEN = /building AzureRM Client|building account:|unable to build authorizer|(?:[Cc]ould not|[Ff]ailed to|[Uu]nable to|[Nn]ot able to) (?:fetch|get|obtain|acquire) (?:an )?(?:access )?token|\b(?:ClientSecret|ClientCertificate|DefaultAzure|AzureCLI|ManagedIdentity|Environment|WorkloadIdentity)Credential\b|\bazidentity\b|could not acquire access token|az account get-access-token/;
// AKS reporting that the cluster's own service principal failed.
const CLUSTER_CREDENTIALS = /ServicePrincipalProfile|[Ss]ervice principal clientID|servicePrincipalProfile/;
const recoveredNote = (r) => `Not why the run failed: the run got past it (line ${r.line}: "${r.text}"): `;
const SIGN_IN_NOTE = "The CI job's Azure sign-in failed (its own credentials, not the cluster's): ";

;// CONCATENATED MODULE: ./src/diagnose/resolve.ts




const SCORE = { code: 100, exit: 90, phrase: 70 };
const MAX_EVIDENCE = 5;
const MAX_UNRECOGNIZED = 20;
/** How far apart two mentions of one code can be and still belong to one error block. */
const SAME_BLOCK_LINES = 15;
// A token that looks like an error code rather than a word: CamelCase, UPPER_SNAKE or with digits.
const CODE_SHAPE = /^(?:[A-Z][a-z0-9]+[A-Z][A-Za-z0-9_]*|[A-Z][A-Z0-9]*_[A-Z0-9_]+|[A-Za-z]+\d+)$/;
function resolve_resolve(scanned, catalog) {
    const { context } = scanned;
    const candidates = new Map();
    const unrecognized = [];
    const seenUnrecognized = new Set();
    const support = (entry, kind, finding, bonus) => {
        let c = candidates.get(entry.id);
        if (!c) {
            c = { entry, score: 0, kinds: new Set(), findings: [], firstLine: finding.line };
            candidates.set(entry.id, c);
        }
        c.kinds.add(kind);
        c.score = Math.max(c.score, SCORE[kind] + bonus);
        c.firstLine = Math.min(c.firstLine, finding.line);
        if (!c.findings.some((f) => f.line === finding.line && f.source === finding.source))
            c.findings.push(finding);
        return c;
    };
    const markUnrecognized = (code, finding, message) => {
        if (seenUnrecognized.has(code) || unrecognized.length >= MAX_UNRECOGNIZED)
            return;
        seenUnrecognized.add(code);
        unrecognized.push({
            code,
            message,
            line: finding.line,
            ...(finding.source ? { source: finding.source } : {}),
        });
    };
    // A shared code's condition may hold where the code first appears and not where the same error is
    // repeated lower down (`SubCode: X` above the message, `Code="X"` below it): within one error
    // block, a code keeps the entries its condition chose.
    const ruledBlocks = [];
    const codeFindings = scanned.findings.filter((f) => f.record?.code && !catalog.genericCodes.has(f.record.code));
    for (const finding of codeFindings) {
        const record = finding.record;
        const text = `${record.message}\n${finding.context}`;
        const ruled = catalog.claims(record.code).filter((c) => c.when && conditionHolds(c.when, text, context));
        if (ruled.length)
            ruledBlocks.push({ code: record.code, finding, claims: ruled });
    }
    const claimsFor = (finding, code) => {
        const near = ruledBlocks.filter((b) => b.code === code &&
            b.finding.source === finding.source &&
            Math.abs(b.finding.line - finding.line) <= SAME_BLOCK_LINES);
        if (near.length)
            return [...new Set(near.flatMap((b) => b.claims))];
        return catalog.claims(code).filter((c) => !c.when);
    };
    // An Entra ID error while the CI job signs in to Azure, or while a tool gets its own token, is about
    // the pipeline's own credentials; the catalog's authentication entries describe the cluster's
    // service principal, which AKS reports inside its own wording (ServicePrincipalProfile).
    const signInLines = new Set();
    const signInError = (entry, finding) => {
        if (entry.category !== 'authentication')
            return false;
        const callerToken = CALLER_TOKEN.test(finding.context) && !CLUSTER_CREDENTIALS.test(finding.context);
        if (!finding.duringLogin && !callerToken)
            return false;
        const where = `${finding.source ?? ''}:${finding.line}`;
        if (signInLines.has(where))
            return true;
        signInLines.add(where);
        const message = finding.record?.message ?? finding.evidence;
        markUnrecognized(finding.record?.code ?? 'Azure sign-in', finding, `${SIGN_IN_NOTE}${message}`);
        return true;
    };
    // An Azure-wide code (QuotaExceeded, InvalidParameter ...) from a log about another kind of
    // resource, in which nothing involves AKS, is that resource's error.
    const aboutOtherResource = (finding) => scanned.targets.other && !scanned.targets.aks && !mentionsAks(finding.context);
    const notAboutAks = (code, finding) => catalog.azureWideCodes.has(code) && (aboutOtherResource(finding) || ofOtherTerraformResource(finding));
    const wrappers = [];
    const recoveredLines = new Set();
    for (const finding of scanned.findings) {
        const record = finding.record;
        // An error the run got past is not why it failed: listed, never diagnosed.
        if (finding.recoveredBy) {
            // One note per line: a wording pattern on the line restates the code found on it.
            const where = `${finding.source ?? ''}:${finding.line}`;
            if ((record?.code && catalog.genericCodes.has(record.code)) || recoveredLines.has(where))
                continue;
            recoveredLines.add(where);
            const what = record?.code ??
                (record?.exitCode !== undefined
                    ? `CSE exit status ${record.exitCode}`
                    : primaryCode(finding.pattern.entry));
            const message = record?.message || finding.evidence;
            markUnrecognized(what, finding, `${recoveredNote(finding.recoveredBy)}${message}`);
            continue;
        }
        if (finding.pattern) {
            const entry = finding.pattern.entry;
            // Wording alone is weaker than a code: in a log about another resource it diagnoses nothing.
            if (aboutOtherResource(finding) || ofOtherTerraformResource(finding)) {
                markUnrecognized(primaryCode(entry), finding, `${OTHER_RESOURCE_NOTE}${finding.evidence}`);
                continue;
            }
            if (!signInError(entry, finding))
                support(entry, 'phrase', finding, 0);
            continue;
        }
        if (!record)
            continue;
        if (record.code) {
            if (catalog.genericCodes.has(record.code)) {
                wrappers.push(finding);
                continue;
            }
            if (catalog.claims(record.code).length === 0) {
                if (record.structured && CODE_SHAPE.test(record.code))
                    markUnrecognized(record.code, finding, record.message);
                continue;
            }
            if (notAboutAks(record.code, finding)) {
                markUnrecognized(record.code, finding, `${OTHER_RESOURCE_NOTE}${record.message || finding.evidence}`);
                continue;
            }
            const chosen = claimsFor(finding, record.code);
            if (chosen.length === 0) {
                markUnrecognized(record.code, finding, record.message);
                continue;
            }
            for (const claim of chosen) {
                if (signInError(claim.entry, finding))
                    continue;
                const c = support(claim.entry, 'code', finding, (claim.when ? 5 : 0) + Math.min(record.depth, 5));
                c.code ??= record.code;
            }
        }
        else if (record.exitCode !== undefined) {
            // AKS runs no control-plane VMs in the customer's subscription: a master's setup script belongs
            // to a self-managed cluster (aks-engine, acs-engine).
            if (SELF_MANAGED_MASTER.test(`${record.message}\n${finding.context}`)) {
                markUnrecognized(`CSE exit status ${record.exitCode}`, finding, `${OTHER_RESOURCE_NOTE}${record.message}`);
                continue;
            }
            const os = record.os ?? context.os ?? 'linux';
            const entries = catalog.entriesForExit(os, record.exitCode);
            if (entries.length === 0) {
                markUnrecognized(`CSE exit status ${record.exitCode} (${os})`, finding, record.message);
                continue;
            }
            for (const entry of entries) {
                const c = support(entry, 'exit', finding, 0);
                c.exitCode ??= record.exitCode;
                c.exitOs ??= os;
            }
        }
    }
    // Nothing else to say: the innermost wrapper's own message is the error the log holds.
    if (candidates.size === 0 && unrecognized.length === 0) {
        const told = innermostMessage(wrappers);
        if (told) {
            const note = aboutOtherResource(told) ? OTHER_RESOURCE_NOTE : '';
            markUnrecognized(told.record.code, told, `${note}${told.record.message}`);
        }
    }
    const ranked = dropRestatements([...candidates.values()])
        .map((c) => ({ ...c, score: c.score + (c.kinds.size > 1 ? 10 : 0) + operationFit(c, context) }))
        .sort((a, b) => b.score - a.score || a.firstLine - b.firstLine);
    const diagnoses = ranked.map((c) => toDiagnosis(c, catalog, context));
    return {
        schemaVersion: 1,
        found: diagnoses.length > 0,
        diagnoses,
        unrecognized,
        context,
        stats: { lines: scanned.lines, truncatedLines: scanned.truncatedLines },
    };
}
// What a wrapper says when it only points elsewhere: no use as the error's message.
const POINTER_MESSAGE = /^\s*$|at least one resource deployment operation failed|please list deployment operations|terminal provisioning state|^(?:an )?internal (?:server )?error(?: occurred)?\.?$/i;
/** The deepest (then last) wrapper whose message says something of its own. */
function innermostMessage(wrappers) {
    let best;
    for (const f of wrappers) {
        if (POINTER_MESSAGE.test(f.record.message))
            continue;
        if (!best ||
            f.record.depth > best.record.depth ||
            (f.record.depth === best.record.depth && f.line > best.line))
            best = f;
    }
    return best;
}
/** Lines after a code that still belong to its message (a `Message:` line, a JSON body). */
const SAME_MESSAGE_AFTER = 10;
const SAME_MESSAGE_BEFORE = 3;
/**
 * A wording match inside the message of an error whose code or exit status was already matched
 * restates that error; listing it as a second cause would be noise. Wording matches elsewhere in
 * the log stay.
 */
function dropRestatements(all) {
    const anchors = all.filter((c) => c.kinds.has('code') || c.kinds.has('exit')).flatMap((c) => c.findings);
    const explained = (f) => anchors.some((a) => a.source === f.source &&
        f.line >= a.line - SAME_MESSAGE_BEFORE &&
        f.line <= a.line + SAME_MESSAGE_AFTER);
    return all.filter((c) => !(c.kinds.size === 1 && c.kinds.has('phrase') && c.findings.every(explained)));
}
/**
 * Between two wordings of one message, the entry written for the operation the log ran wins ("the
 * version is invalid" is a skew on a node pool upgrade, a bad parameter on create). Only for wording:
 * codes rank by depth, which a bonus must not outweigh.
 */
function operationFit(c, context) {
    const phraseOnly = c.kinds.size === 1 && c.kinds.has('phrase');
    return phraseOnly && context.operation !== null && c.entry.operations.includes(context.operation) ? 2 : 0;
}
function confidenceOf(c, context) {
    const contradicts = (c.entry.os !== 'any' && context.os !== null && context.os !== c.entry.os) ||
        (context.operation !== null &&
            !c.entry.operations.includes(context.operation) &&
            c.kinds.has('phrase') &&
            c.kinds.size === 1);
    if (c.kinds.has('code'))
        return contradicts ? 'medium' : 'high';
    if (c.kinds.size > 1)
        return 'high';
    return contradicts ? 'low' : 'medium';
}
function primaryCode(entry) {
    const first = entry.codes?.find((c) => typeof c === 'string') ?? entry.codes?.[0];
    if (first === undefined)
        return entry.id;
    return typeof first === 'string' ? first : first.code;
}
function toDiagnosis(c, catalog, context) {
    const text = c.findings.map((f) => f.context).join('\n');
    const conditions = catalog.docConditionsOf(c.entry);
    const doc = c.entry.docs.find((_, i) => {
        const when = conditions[i];
        return !when || conditionHolds(when, text, context);
    }) ?? c.entry.docs[c.entry.docs.length - 1];
    const evidence = c.findings
        .slice()
        .sort((a, b) => a.line - b.line)
        .slice(0, MAX_EVIDENCE)
        .map((f) => ({ line: f.line, text: f.evidence, ...(f.source ? { source: f.source } : {}) }));
    // The message and the lines around it, error line first: the first value found for a key wins.
    const details = (0,diagnose_details/* extractDetails */.Ws)(c.findings
        .slice()
        .sort((a, b) => a.line - b.line)
        .map((f) => f.context)
        .join('\n'));
    if (c.exitCode !== undefined)
        details.exitCode = c.exitCode;
    // The table the exit status was read with; a Windows command does not make a Linux node's status Windows.
    if (c.exitOs)
        details.nodeOs = c.exitOs;
    else if (c.entry.exitCodes?.length && context.os)
        details.nodeOs = context.os;
    return {
        id: c.entry.id,
        code: c.code ?? primaryCode(c.entry),
        title: c.entry.title,
        summary: c.entry.summary,
        cause: c.entry.cause,
        mitigation: c.entry.mitigation,
        url: doc.url,
        docsTitle: doc.title,
        category: c.entry.category,
        retryable: c.entry.retryable,
        confidence: confidenceOf(c, context),
        evidence,
        details,
    };
}

;// CONCATENATED MODULE: ./src/extract/types.ts
// What every extractor produces: error records found in normalised log lines. One extractor per
// output format; all share this interface so the diagnosis stage never needs to know the format.
/** A code token: starts with a letter, then letters, digits, underscores; dotted codes are allowed. */
const CODE_TOKEN = '[A-Za-z][A-Za-z0-9_]{2,80}(?:\\.[A-Za-z0-9_]{1,80}){0,3}';
function cap(text, max = 500) {
    const trimmed = text.trim();
    return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
}
/**
 * A line of shell source rather than output: an xtrace line (`+ grep -q "exit status=50" ...`) or a
 * comment (`# troubleshoot QuotaExceeded errors`). Text-based extractors take nothing from it.
 */
const SHELL_SOURCE = /^\s{0,8}(?:\+{1,4} |#)/;

;// CONCATENATED MODULE: ./src/extract/aad.ts
// Microsoft Entra ID (Azure AD) errors inside AKS messages: `AADSTS7000222: The provided client
// secret keys ... are expired`. The number names the cause; the surrounding code is usually BadRequest.

const AADSTS = /\b(AADSTS\d{5,8})\b:?\s?(.{0,300})/g;
const aadExtractor = {
    format: 'aad',
    triggers: ['AADSTS'],
    extract(line, lineNumber) {
        if (!line.includes('AADSTS'))
            return [];
        const records = [];
        for (const m of line.matchAll(AADSTS)) {
            records.push({
                code: m[1],
                message: cap(m[2]),
                line: lineNumber,
                depth: 3,
                format: 'aad',
                structured: true,
            });
        }
        return records;
    },
};

;// CONCATENATED MODULE: ./src/extract/arm-json.ts
// ARM / Bicep deployment JSON and any JSON error body: `"code": "X"` at any escape depth
// (`\"code\": \"X\"` inside a JSON string inside JSON). Later codes on a line sit deeper in the
// nesting (details[] follow their parent), so the order on the line is the depth.

const JSON_CODE = new RegExp(`\\\\{0,8}"(?:code|Code|errorCode|subcode|subCode)\\\\{0,8}"\\s{0,4}:\\s{0,4}\\\\{0,8}"(${CODE_TOKEN})\\\\{0,8}"`, 'g');
// A power state (`"powerState": { "code": "Running" }`), in every managed-cluster and agent-pool
// body: not an error code, and a line holding nothing else need not be read at all.
const POWER_STATES = new Set(['Running', 'Stopped']);
const POWER_STATE_VALUE = String.raw `\s{0,4}:\s{0,4}"(?:Running|Stopped)"`;
const JSON_MESSAGE = /\\{0,8}"(?:message|Message)\\{0,8}"\s{0,4}:\s{0,4}(\\{0,8})"/;
const MAX_MESSAGE = 600;
/**
 * Reads a JSON string value that starts at `start` and was opened by a quote with `escapes`
 * backslashes before it: it ends at the first quote with exactly as many (a quote with more is
 * escaped text of a deeper level).
 */
function readString(text, start, escapes) {
    let i = start;
    while (i < text.length && i - start < MAX_MESSAGE) {
        if (text[i] === '\\' || text[i] === '"') {
            let run = 0;
            while (text[i + run] === '\\')
                run++;
            if (text[i + run] === '"' && run === escapes)
                return text.slice(start, i);
            i += run + 1;
        }
        else {
            i++;
        }
    }
    return text.slice(start, i);
}
const armJsonExtractor = {
    format: 'arm-json',
    // The key, closed by its quote (or the backslash of an escaped quote).
    triggers: [
        { word: 'code"', notFollowedBy: POWER_STATE_VALUE },
        'code\\',
        'Code"',
        'Code\\',
        'errorCode',
        'subcode',
        'subCode',
    ],
    extract(line, lineNumber) {
        if (!line.includes('ode'))
            return [];
        const records = [];
        let order = 0;
        for (const m of line.matchAll(JSON_CODE)) {
            if (POWER_STATES.has(m[1]))
                continue;
            const after = line.slice(m.index + m[0].length, m.index + m[0].length + 2000);
            const found = JSON_MESSAGE.exec(after);
            const message = found ? readString(after, found.index + found[0].length, found[1].length) : '';
            records.push({
                code: m[1],
                message: cap(message.replace(/\\+(["'/\\])/g, '$1').replace(/\\+[nrt]/g, ' ')),
                line: lineNumber,
                depth: order++,
                format: 'arm-json',
                structured: true,
            });
        }
        return records;
    },
};

;// CONCATENATED MODULE: ./src/extract/azure-cli.ts
// Azure CLI output, modern (azure-core: `(Code) Message`, `Code: X`, `Message: ...`) and the labelled
// variants AKS puts inside messages (`SubCode: X;`, `internalErrorCode: "X"`, `Error Code: "X"`) and
// azcore's `ERROR CODE: X` used by Pulumi.

const PAREN_CODE = new RegExp(`^(?:ERROR: )?\\((${CODE_TOKEN})\\) (.*)$`);
const LABELLED_CODE = new RegExp(`\\b(Code|Error Code|ERROR CODE|SubCode|internalErrorCode|ErrorCode)\\s*[:=]\\s*"?(${CODE_TOKEN})"?`, 'g');
// A label whose value is not a code: `Code: 400`, or the message of a prose sentence.
const INNER_LABELS = new Set(['SubCode', 'internalErrorCode']);
// `(Code) Message` comes after `ERROR: `; labelled codes say `Code`, `SubCode`, `internalErrorCode`,
// `ErrorCode` or `Error Code` (lower-case `code` is JSON's, read by arm-json).
const TRIGGER_WORDS = [
    'ERROR',
    'Code',
    'SubCode',
    'internalErrorCode',
    'ErrorCode',
    'Error Code',
    'Exception',
];
const TRIGGERS = new RegExp(`\\b(?:${TRIGGER_WORDS.join('|')})`);
const azureCliExtractor = {
    format: 'azure-cli',
    triggers: TRIGGER_WORDS,
    extract(line, lineNumber) {
        const records = [];
        if (!TRIGGERS.test(line))
            return records;
        const paren = PAREN_CODE.exec(line);
        if (paren) {
            records.push({
                code: paren[1],
                message: cap(paren[2]),
                line: lineNumber,
                depth: 0,
                format: 'azure-cli',
                structured: true,
            });
        }
        if (!line.includes('ode'))
            return records;
        let order = 0;
        for (const m of line.matchAll(LABELLED_CODE)) {
            const label = m[1];
            records.push({
                code: m[2],
                message: cap(line.slice(m.index + m[0].length).replace(/^[\s;,."'-]+/, '')),
                line: lineNumber,
                depth: (INNER_LABELS.has(label) ? 1 : 0) + order++,
                format: 'azure-cli',
                structured: true,
            });
        }
        return records;
    },
};

;// CONCATENATED MODULE: ./src/extract/catalog-scan.ts
// Known code words found in running text ("Resource request failed due to RequestDisallowedByPolicy",
// "BadRequest - NodePoolMcVersionIncompatible"): what a careful grep would find, minus the decoys a
// grep falls for: shell variables and assignments (`ERR_OUTBOUND_CONN_FAIL=50`, `$ERR_X`), and lines
// of a shell trace or script listing.

// A code word reports an error only on a line that says something went wrong. Prose, test names,
// step names and scripts that merely name a code ("docs on SubnetIsFull", "grep -q QuotaExceeded",
// "- name: Retry on SubscriptionRequestsThrottled") say no such thing. Checked with the code words
// themselves removed: QuotaExceeded must not vouch for itself.
const ERROR_CUE = /error|fail|denied|disallow|invalid|exceed|cannot|can ?not|can't|unable|not (?:allowed|found|supported|available|permitted|valid)|refus|reject|conflict|throttl|status|reason|exception|\bcode\b|insufficient|timed? ?out|unavailable|abort|cancel|forbidden|unauthori[sz]ed|bad request|too many requests/i;
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function createCatalogScanExtractor(codes) {
    const known = [...new Set(codes)];
    const words = [...known].sort((a, b) => b.length - a.length).map(escapeRegExp);
    const scan = words.length
        ? new RegExp(`(?<![A-Za-z0-9_$\\{])(${words.join('|')})(?![A-Za-z0-9_]|=\\d)`, 'g')
        : undefined;
    return {
        format: 'catalog-scan',
        triggers: known,
        extract(line, lineNumber) {
            if (!scan || SHELL_SOURCE.test(line))
                return [];
            const matches = [...line.matchAll(scan)];
            // A line that starts with `(Code) ` is az's error line printed to a terminal (no `ERROR: `).
            const cue = line.startsWith(`(${matches[0]?.[1]}) `) || ERROR_CUE.test(line.replace(scan, ' '));
            if (matches.length === 0 || !cue)
                return [];
            const records = [];
            for (const m of matches) {
                records.push({
                    code: m[1],
                    message: cap(line.slice(m.index + m[0].length).replace(/^[\s:;,."'-]+/, ''), 300),
                    line: lineNumber,
                    depth: 0,
                    format: 'catalog-scan',
                    structured: false,
                });
            }
            return records;
        },
    };
}

;// CONCATENATED MODULE: ./src/extract/go-autorest.ts
// go-autorest (old Terraform azurerm, old Pulumi, AKS's own wrapped errors):
// `Code="X" Message="Y"` and `Code='X' Message='Y'`, possibly escaped, several per line when wrapped.

const AUTOREST_CODE = new RegExp(`\\bCode=\\\\{0,8}["'](${CODE_TOKEN})\\\\{0,8}["']`, 'g');
const AUTOREST_MESSAGE = /^\s{0,4}Message=\\{0,8}["']((?:[^"'\\]|\\.){0,600})/;
const goAutorestExtractor = {
    format: 'go-autorest',
    triggers: ['Code='],
    extract(line, lineNumber) {
        if (!line.includes('Code='))
            return [];
        const records = [];
        let order = 0;
        for (const m of line.matchAll(AUTOREST_CODE)) {
            const message = AUTOREST_MESSAGE.exec(line.slice(m.index + m[0].length))?.[1] ?? '';
            records.push({
                code: m[1],
                message: cap(message),
                line: lineNumber,
                depth: order++,
                format: 'go-autorest',
                structured: true,
            });
        }
        return records;
    },
};

;// CONCATENATED MODULE: ./src/extract/node-provisioning.ts
// Node provisioning (the vmssCSE custom script extension): exit statuses and CSE error names.
// The `Output` field of a CSE failure is the tail of a bash xtrace full of `ERR_X=50` assignments;
// those are decoys, so names are taken only from the forms AKS uses to report a failure, and exit
// statuses only from the extension's own report, never from script text.

const EXIT_STATUS = [
    // CustomScript: "command terminated with exit status=51"; RP summary: "vmssCSE exit status=50".
    // Only these: "exit status=50" in prose or a test name is no node's report.
    /(?:\bterminated with|CSE) exit status=(\d{1,3})\b/g,
    // AgentBaker's JSON on stdout, at any escape depth: "ExitCode": "51".
    /\\{0,8}"ExitCode\\{0,8}"\s{0,4}:\s{0,4}\\{0,8}"(\d{1,3})\\{0,8}"/g,
    // Instance view status: ProvisioningState/failed/51.
    /\bProvisioningState\/failed\/(\d{1,3})\b/g,
];
const WINDOWS_EXIT = [/\bExitCode: \|(\d{1,3})\|/g, /\bExit Code: (\d{1,3})\b/g];
const CSE_NAMES = [
    /\bCSE failed with '(VMExtensionError_[A-Za-z0-9]+)'/g,
    /\b(?:CSE Error: |Output: \|)(WINDOWS_CSE_ERROR_[A-Z0-9_]+)/g,
];
const WINDOWS_MARKER = /WINDOWS_CSE_ERROR_|ExitCode: \|\d|'CustomScriptExtension'|Microsoft\.Compute\.CustomScriptExtension/;
const LINUX_MARKER = /Microsoft\.Azure\.Extensions|\[stdout\]|"ExitCode\\{0,8}"|\/var\/log\/azure/;
// Every form above starts with one of these words.
const node_provisioning_TRIGGER_WORDS = ['exit status', 'ExitCode', 'Exit Code', 'CSE', 'Output', 'ProvisioningState'];
const node_provisioning_TRIGGERS = new RegExp(`\\b(?:${node_provisioning_TRIGGER_WORDS.join('|')})`);
function lineOs(line) {
    if (WINDOWS_MARKER.test(line))
        return 'windows';
    if (LINUX_MARKER.test(line))
        return 'linux';
    return undefined;
}
function collect(patterns, line, make, lineNumber, into) {
    for (const pattern of patterns) {
        for (const m of line.matchAll(pattern)) {
            into.push({ ...make(m), line: lineNumber, depth: 2, format: 'node-provisioning', structured: true });
        }
    }
}
const nodeProvisioningExtractor = {
    format: 'node-provisioning',
    triggers: node_provisioning_TRIGGER_WORDS,
    extract(line, lineNumber) {
        if (!node_provisioning_TRIGGERS.test(line) || SHELL_SOURCE.test(line))
            return [];
        const records = [];
        const os = lineOs(line);
        const message = (m) => cap(line.slice(m.index, m.index + 400));
        collect(EXIT_STATUS, line, (m) => ({ exitCode: Number(m[1]), os, message: message(m) }), lineNumber, records);
        collect(WINDOWS_EXIT, line, (m) => ({ exitCode: Number(m[1]), os: 'windows', message: message(m) }), lineNumber, records);
        collect(CSE_NAMES, line, (m) => ({ code: m[1], os, message: message(m) }), lineNumber, records);
        // The same status is often reported twice on one line (exit status=N and "ExitCode": "N").
        return records.filter((r, i) => records.findIndex((o) => o.exitCode === r.exitCode && o.code === r.code) === i);
    },
};

;// CONCATENATED MODULE: ./src/extract/index.ts
// The extract stage: every extractor runs on every normalised line; each returns the error records of
// its own output format. Adding a format means adding one module to this list.






function createExtractors(knownCodes) {
    return [
        azureCliExtractor,
        armJsonExtractor,
        goAutorestExtractor,
        nodeProvisioningExtractor,
        aadExtractor,
        createCatalogScanExtractor(knownCodes),
    ];
}
function extractLine(extractors, line, lineNumber) {
    const records = [];
    for (const extractor of extractors) {
        for (const record of extractor.extract(line, lineNumber))
            records.push(record);
    }
    return records;
}

;// CONCATENATED MODULE: ./src/input/normalize.ts
// Turns one raw CI log line into the text the extractors read: the same words the tool printed,
// without the decoration that CI runners, terminals and wrappers add around them.
// ISO-8601 timestamps that GitHub Actions and Azure DevOps put before every line, and the Jenkins
// Timestamper plugin's forms: `[2024-05-01T12:00:00.123Z] ` and `12:00:00 `.
const CI_TIMESTAMP = /^\uFEFF?(?:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z ?|\[\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?Z?\] ?|\d{2}:\d{2}:\d{2}(?:\.\d{1,3})? (?=\S))/;
// Prefixes that name the step or container a line came from: Google Cloud Build's `Step #3 -
// "deploy": ` and `kubectl logs --prefix`'s `[pod/name/container] `.
const STEP_PREFIX = /^(?:Step #\d{1,4}(?: - "[^"]{0,100}")?: |\[pod\/[^\]\s/]{1,253}\/[^\]\s/]{1,63}\] )/;
// ANSI CSI and OSC sequences (colours, cursor moves, hyperlinks).
// eslint-disable-next-line no-control-regex
const ANSI = /\x1B\[[0-?]*[ -/]*[@-~]|\x1B\][^\x07\x1B]{0,2000}(?:\x07|\x1B\\)/g;
// Runner markers; the text after ##[error] is kept, it is often the message itself.
const RUNNER_MARKER = /^(?:##\[(?:group|endgroup|section|command|debug|warning|error|notice|info)\]|##vso\[[^\]]{0,200}\]|::(?:error|warning|notice|debug|group|endgroup)[^:]{0,300}::)/;
// Terraform's diagnostic box and PowerShell's native-command wrapping.
const TERRAFORM_BOX = /^[╷╵]\s*$/;
const TERRAFORM_BAR = /^│ ?/;
const POWERSHELL_AZ = /^az : /;
// eslint-disable-next-line no-control-regex
const OTHER_CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1A\x1C-\x1F\x7F]/;
// eslint-disable-next-line no-control-regex
const OTHER_CONTROL_ALL = /[\x00-\x08\x0B\x0C\x0E-\x1A\x1C-\x1F\x7F]/g;
function normalizeLine(raw) {
    let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.includes('\x1B'))
        line = line.replace(ANSI, '');
    line = line.replace(CI_TIMESTAMP, '');
    // `kubectl logs --prefix --timestamps` puts the pod before the timestamp.
    if (line.startsWith('Step #') || line.startsWith('[pod/'))
        line = line.replace(STEP_PREFIX, '').replace(CI_TIMESTAMP, '');
    line = line.replace(RUNNER_MARKER, '');
    if (TERRAFORM_BOX.test(line))
        return '';
    line = line.replace(TERRAFORM_BAR, '').replace(POWERSHELL_AZ, '');
    if (OTHER_CONTROL.test(line))
        line = line.replace(OTHER_CONTROL_ALL, '');
    return line;
}
// A warning is a harmless mention: `WARNING:` (az), `Warning:` (Terraform, Pulumi, kubectl), the
// runners' warning markers, klog's `W0102 15:04:05.000000` lines, logrus's `level=warning`, `[WARNING]`. The text may still name
// an error code ("retrying after SubscriptionRequestsThrottled") without anything having failed.
const WARNING_LINE = /^(?:time="[^"]{1,40}" level=warn(?:ing)? |##\[warning\]|##vso\[task\.logissue type=warning|::warning[ :]|(?:az : )?WARNING:|Warning:|warning:|\[WARNING\]|\[WARN\]|W\d{4} \d{2}:\d{2}:\d{2}\.\d{1,9} )/;
// Progress bars and carriage returns can glue a real error onto a warning's line.
const ERROR_AFTER_WARNING = /\bERROR: |\bError: |Deployment failed/;
/** True when a raw log line is a warning (and only a warning), whatever CI decoration precedes it. */
function isWarningLine(raw) {
    let line = raw.includes('\x1B') ? raw.replace(ANSI, '') : raw;
    line = line.replace(CI_TIMESTAMP, '').replace(STEP_PREFIX, '').replace(TERRAFORM_BAR, '').trimStart();
    return WARNING_LINE.test(line) && !ERROR_AFTER_WARNING.test(line.slice(8));
}

;// CONCATENATED MODULE: ./src/diagnose/outcome.ts
/**
 * Lines that only a run which finished its work prints. Terraform prints "Apply complete!" only when
 * every resource of the apply succeeded; nick-fields/retry prints "Command completed after N
 * attempt(s)" only when an attempt passed.
 */
const SUCCESS = /^\s*(?:(?:Apply|Destroy) complete! Resources: \d+|Command completed after \d+ attempt)/;
/**
 * A step that failed, in the runner's own words (GitHub Actions, Azure DevOps, Jenkins, GitLab) or
 * hashicorp/setup-terraform's wrapper: an error above it ended a step, whatever follows.
 */
const STEP_FAILED = /\b(?:Process completed with exit code [1-9]|Script failed with exit code:? [1-9]|exited with code '?[1-9]|script returned exit code [1-9]|Job failed: exit code [1-9])/;
/** An `az aks` command the log echoes (`+ az aks nodepool add ...`, `$ az aks ...`, `[command]`). */
const AZ_AKS_COMMAND = /^(?:[+$>] |\[command\]\S*\/)?az aks (?:nodepool )?[a-z-]{2,30}\b/;
/** az prints the resource on success; its top-level provisioningState is indented by two spaces. */
const AZ_SUCCEEDED = /^ {2}"provisioningState": "Succeeded",?\s*$/;
/** Words every outcome line holds, for the reader's line gate (see gate.ts). */
const OUTCOME_TRIGGERS = [
    'Apply complete!',
    'Destroy complete!',
    'Command completed after',
    'Process completed with exit code',
    'Script failed with exit code',
    'exited with code',
    'script returned exit code',
    'Job failed',
    'provisioningState": "Succeeded',
];
/** Watches one log for the lines that say how its run ended. */
class RunOutcome {
    successes = [];
    failures = [];
    commands = [];
    observe(text, line) {
        if (SUCCESS.test(text))
            this.successes.push({ line, text: text.trim().slice(0, 120) });
        else if (STEP_FAILED.test(text))
            this.failures.push(line);
        else if (text.startsWith('  "') && AZ_SUCCEEDED.test(text))
            this.azSucceeded(line);
        else if (text.includes('az aks ')) {
            const command = AZ_AKS_COMMAND.exec(text.trim())?.[0].replace(/^.*?az aks/, 'az aks');
            if (command)
                this.commands.push({ line, command });
        }
    }
    /**
     * A script that ran the same `az aks` command again after it failed (a retry loop, a smaller size)
     * and got the resource back: the earlier run's error was got past. Another command's success (an
     * `az aks show` after a failed upgrade) says nothing about it.
     */
    azSucceeded(line) {
        const retry = this.commands.at(-1);
        if (!retry)
            return;
        const first = this.commands.find((c) => c.line < retry.line && c.command === retry.command);
        if (!first)
            return;
        this.successes.push({
            line,
            text: `${retry.command} run again at line ${retry.line} succeeded`,
            covers: { after: first.line, before: retry.line },
        });
    }
    /**
     * The success a finding on `line` was followed by, with no failed step in between; undefined when
     * the error may still be why the run failed.
     */
    recoveryAfter(line) {
        const success = this.successes.find((s) => s.line > line && (!s.covers || (line > s.covers.after && line < s.covers.before)));
        if (!success || this.failures.some((f) => f >= line && f < success.line))
            return undefined;
        return { line: success.line, text: success.text };
    }
}

;// CONCATENATED MODULE: ./src/diagnose/script-listing.ts
// Script listings: GitHub Actions prints a `run:` step's script inside `##[group]Run ...` before running
// it, and Azure DevOps prints `Script contents:` before `Starting Command Output`. Those lines are the
// user's source code (`if grep -q QuotaExceeded aks.log`, `echo "exit status=50"`), never output, so
// nothing found in them is a finding. The operation they echo still counts as context.
const GHA_RUN_GROUP = /##\[group\]Run /;
const ADO_SCRIPT = /^(?:\S{0,40}Z )?Script contents:/;
// What ends a listing: the group's end, or any other runner marker or the start of the command's output.
const LISTING_END = /##\[(?:endgroup|error|warning|section)\]|Starting Command Output/;
// A line no script holds but az, Terraform and the Azure SDKs print when they fail: the listing
// ended unseen (a pasted log often loses the `##[endgroup]` along with the step's env block).
const OUTPUT_LINE = /^(?:\S{0,40}Z )?(?:ERROR: |Error: |│ Error: |Deployment failed\. Correlation ID|RESPONSE \d{3}: |ERROR CODE: )|Service returned an error\. Status=|-- Original Error: /;
/** A listing longer than this is taken to have ended unseen (the reader may skip lines of a big log). */
const MAX_LISTING_LINES = 300;
/** Words at a word start that every line changing the listing state contains (for the line gate). */
const SCRIPT_LISTING_TRIGGERS = [
    'group]Run',
    'Script contents',
    'endgroup]',
    'error]',
    'warning]',
    'section]',
    'Starting Command Output',
    'ERROR: ',
    'Error: ',
    'Deployment failed',
    'RESPONSE ',
    'ERROR CODE',
    'Service returned an error',
    'Original Error',
];
class ScriptListing {
    startedAt = null;
    /** Looks at one raw line (runner markers intact). */
    observe(raw, lineNumber) {
        const line = raw.length > 512 ? raw.slice(0, 512) : raw;
        if (GHA_RUN_GROUP.test(line) || ADO_SCRIPT.test(line))
            this.startedAt = lineNumber;
        else if (this.startedAt !== null && (LISTING_END.test(line) || OUTPUT_LINE.test(line)))
            this.startedAt = null;
    }
    /** True when `lineNumber` (the line last observed) belongs to a script listing. */
    contains(lineNumber) {
        return this.startedAt !== null && lineNumber - this.startedAt <= MAX_LISTING_LINES;
    }
}

;// CONCATENATED MODULE: ./src/diagnose/gate.ts




const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;
function anchorsOf(catalog) {
    const all = [];
    for (const pattern of catalog.patterns) {
        if (!pattern.anchors)
            return undefined;
        all.push(...pattern.anchors);
    }
    return all;
}
/** The gate regex, or undefined when some pattern has no anchor (then every line is read). */
function buildGate(catalog, extractors) {
    const anchors = anchorsOf(catalog);
    if (!anchors)
        return undefined;
    const words = [
        ...CONTEXT_TRIGGERS,
        ...OUTCOME_TRIGGERS,
        ...SCRIPT_LISTING_TRIGGERS,
        ...anchors,
        ...catalog.codes(),
    ];
    for (const extractor of extractors)
        words.push(...extractor.triggers);
    return wordRegex(words, 'g');
}
/**
 * One regex of every pattern's anchors: a line must match it before any wording pattern is tried. On a
 * long line one pass of it is cheaper than looking for each anchor in turn.
 */
function buildPatternGate(catalog) {
    const anchors = anchorsOf(catalog);
    return anchors && anchors.length ? wordRegex(anchors, '') : undefined;
}
function wordRegex(triggers, flags) {
    // Plain words, and words that count only when not followed by something (`word(?!...)`). A word
    // guarded in two different ways counts either way: it is plain.
    const plain = new Set();
    const guarded = new Map();
    for (const t of triggers) {
        if (typeof t === 'string')
            plain.add(t);
        else if (guarded.has(t.word) && guarded.get(t.word) !== t.notFollowedBy)
            plain.add(t.word);
        else
            guarded.set(t.word, t.notFollowedBy);
    }
    plain.delete('');
    // A word that starts with a plain word adds nothing: the shorter one already lets the line
    // through. Both are tried at word starts only, so only a prefix makes a word redundant.
    const covered = (w, orEqual) => [...plain].some((o) => (o.length < w.length || (orEqual && o === w)) && w.startsWith(o));
    const alternatives = [...plain].filter((w) => !covered(w, false)).map(gate_escape);
    for (const [word, guard] of guarded)
        if (!covered(word, true))
            alternatives.push(`${gate_escape(word)}(?!${guard})`);
    alternatives.sort();
    // Every word starts at a word start, so the engine tries only there: several times faster.
    return new RegExp(`\\b(?:${alternatives.join('|')})`, flags);
}
function gate_escape(word) {
    return word.replace(REGEX_SPECIAL, '\\$&');
}

;// CONCATENATED MODULE: ./src/diagnose/scan.ts
// One streaming pass over the log: normalise each line, run the extractors and the catalog's wording
// patterns on it, and keep a bounded window of the lines around every finding so that conditions
// ("OperationNotAllowed when the message speaks of quota") can be checked once the pass is over.






const LINES_BEFORE = 3;
// Long enough for a pretty-printed error body (policy details, ARM details[]) below its code.
const LINES_AFTER = 40;
const CONTEXT_LINE_CHARS = 2000;
const WINDOW_LINES = LINES_BEFORE + LINES_AFTER + 1;
const EVIDENCE_CHARS = 300;
/** Lines longer than this (a debug log's JSON bodies) meet the anchors' combined regex first. */
const LONG_LINE = 1024;
// A log repeating one error a million times still yields one finding; one that repeats a code with a
// different message each time (a request ID in every poll) yields a few, and later errors still count.
/** Distinct findings kept per code, exit status or pattern: enough for conditions and evidence. */
const MAX_PER_KIND = 10;
/** Codes the catalog does not know are listed once each, and at most this many of them. */
const MAX_UNKNOWN_CODES = 200;
/** Wrapper codes (BadRequest ...) kept for their messages, per scan. */
const MAX_GENERIC = 20;
// Terraform names the resource an error belongs to below the message, in the same diagnostic box:
// `with azurerm_subnet.aks,` (0.15+) or `on main.tf line 12, in resource "azurerm_subnet" "aks":`.
const scan_TERRAFORM_RESOURCE = /^(?:\S{0,40}Z )?[\s│|]{0,8}with (azurerm_\w{1,80})\.|\bon \S{1,300} line \d{1,6}, in resource \\?"(azurerm_\w{1,80})\\?"/;
/** Undoes the JSON escaping that nested error bodies carry, so wording patterns see plain text. */
function unescapeText(text) {
    if (!text.includes('\\'))
        return text;
    return text.replace(/\\+(["'/])/g, '$1').replace(/(?:\\+[nrt])+/g, ' ');
}
function around(text, index, width = EVIDENCE_CHARS) {
    const trimmed = text.trim();
    if (trimmed.length <= width)
        return trimmed;
    const offset = text.length - text.trimStart().length;
    const start = Math.max(0, Math.min(index - offset - Math.floor(width / 3), trimmed.length - width));
    return `${start > 0 ? '…' : ''}${trimmed.slice(start, start + width)}${start + width < trimmed.length ? '…' : ''}`;
}
async function scan_scan(sources, catalog, options = {}) {
    const extractors = createExtractors(catalog.codes());
    // Built on the first long line: a small log of short lines never pays for compiling it.
    let patternGate;
    const filter = options.ungated
        ? undefined
        : {
            // Built only when a log is large enough to be filtered (see read-lines.ts).
            gate: () => buildGate(catalog, extractors),
            before: LINES_BEFORE,
            keepUntil: 0,
            ...(options.gateSmallLogs ? { minBytes: 0 } : {}),
        };
    const totals = { lines: 0, truncated: 0 };
    const detector = new ContextDetector();
    const findings = [];
    const byKey = new Map();
    const perKind = new Map();
    let unknownCodes = 0;
    let genericKept = 0;
    for (const source of sources) {
        const listing = new ScriptListing();
        const outcome = new RunOutcome();
        const firstFinding = findings.length;
        // Line numbers start again in each log.
        if (filter)
            filter.keepUntil = 0;
        detector.startLog();
        // The window holds the recent lines; a finding waits for LINES_AFTER more before its context is final.
        const window = [];
        let waiting = [];
        const contextOf = (from, to) => window
            .filter((l) => l.number >= from && l.number <= to)
            .map((l) => l.text)
            .join('\n');
        const settle = (force, current) => {
            if (waiting.length === 0)
                return;
            const still = [];
            for (const w of waiting) {
                if (force || current >= w.until)
                    w.finding.context = contextOf(w.finding.line - LINES_BEFORE, w.until);
                else
                    still.push(w);
            }
            waiting = still;
        };
        const windowLine = (line) => ({
            number: line.number,
            text: unescapeText(normalizeLine(line.text)).slice(0, CONTEXT_LINE_CHARS),
        });
        // The lines the reader skipped before the recent lines, wanted once one of them holds a finding.
        // A line the gate let through that held nothing still sits between a finding and its context
        // (`##[endgroup]` between an `env:` block and the error), so the last few such sets are kept.
        let skipped = [];
        const takeBefore = () => {
            if (skipped.length === 0)
                return;
            const current = window.pop();
            const have = new Set(window.map((l) => l.number));
            const lines = skipped
                .flatMap((s) => s.lines())
                .filter((l) => l.number >= current.number - LINES_BEFORE && !have.has(l.number));
            for (const line of lines)
                window.push(windowLine(line));
            window.sort((a, b) => a.number - b.number);
            window.push(current);
            while (window.length > WINDOW_LINES)
                window.shift();
            skipped = [];
        };
        const add = (finding, key, kind, unknown = false) => {
            const seen = byKey.get(key);
            if (seen) {
                seen.count++;
                if (seen.source === finding.source)
                    seen.lastLine = finding.line;
                return;
            }
            const kept = perKind.get(kind) ?? 0;
            if (kept >= (unknown ? 1 : MAX_PER_KIND))
                return;
            if (unknown && unknownCodes++ >= MAX_UNKNOWN_CODES)
                return;
            perKind.set(kind, kept + 1);
            takeBefore();
            const full = { ...finding, context: '', count: 1 };
            byKey.set(key, full);
            findings.push(full);
            waiting.push({ finding: full, until: finding.line + LINES_AFTER });
            // The reader skips lines nobody asked for: ask for the finding's context.
            if (filter && filter.keepUntil < finding.line + LINES_AFTER)
                filter.keepUntil = finding.line + LINES_AFTER;
        };
        for await (const raw of source.lines(filter, totals)) {
            const text = normalizeLine(raw.text);
            const plain = unescapeText(text);
            window.push({ number: raw.number, text: plain.slice(0, CONTEXT_LINE_CHARS) });
            if (window.length > WINDOW_LINES)
                window.shift();
            if (raw.before)
                skipped.push({ at: raw.number, lines: raw.before });
            if (skipped.length && skipped[0].at < raw.number - LINES_BEFORE)
                skipped = skipped.filter((s) => s.at >= raw.number - LINES_BEFORE);
            settle(false, raw.number);
            // The first resource line below a finding is its own diagnostic's.
            const resource = text.includes('azurerm_') ? scan_TERRAFORM_RESOURCE.exec(text) : null;
            if (resource)
                for (const w of waiting)
                    if (w.finding.line < raw.number)
                        w.finding.terraformResource ??= resource[1] ?? resource[2];
            listing.observe(raw.text, raw.number);
            // A line the gate let through only as a neighbour yields nothing (see gate.ts): context only.
            if (raw.contextOnly || text.trim().length === 0)
                continue;
            detector.observe(text, raw.number);
            // The step's own script, printed before it runs: source code, not output.
            if (listing.contains(raw.number))
                continue;
            outcome.observe(text, raw.number);
            const duringLogin = detector.inLoginStep(raw.number);
            // A warning that names an error code is a harmless mention: it diagnoses nothing.
            if (isWarningLine(raw.text))
                continue;
            for (const record of extractLine(extractors, text, raw.number)) {
                // Wrapper codes diagnose nothing (see resolve.ts); a few are kept for their message, which is
                // all a log whose real error is not in the catalog has to say.
                const generic = record.code !== undefined && catalog.genericCodes.has(record.code);
                if (generic && (!record.structured || genericKept >= MAX_GENERIC))
                    continue;
                if (generic)
                    genericKept++;
                const what = record.code ?? `exit:${record.os ?? ''}:${record.exitCode}`;
                const at = record.code ? text.indexOf(record.code) : text.indexOf(String(record.exitCode));
                add({
                    record,
                    line: raw.number,
                    source: source.name,
                    evidence: around(text, Math.max(0, at)),
                    ...(duringLogin ? { duringLogin } : {}),
                }, `r|${what}|${record.format}|${record.message.slice(0, 160)}`, generic ? `g|${what}|${record.message.slice(0, 160)}` : `r|${what}`, !generic && record.code !== undefined && catalog.claims(record.code).length === 0);
            }
            // A pattern runs only on a line holding its anchor: most lines hold none, and a pattern's regex
            // is compiled only once some line does.
            if (plain.length > LONG_LINE && patternGate !== null)
                patternGate ??= buildPatternGate(catalog) ?? null;
            if (catalog.patterns.length && (plain.length <= LONG_LINE || !patternGate || patternGate.test(plain))) {
                const lower = plain.toLowerCase();
                for (const pattern of catalog.patterns) {
                    if (pattern.lowerAnchor !== undefined && !lower.includes(pattern.lowerAnchor))
                        continue;
                    const m = pattern.regex.exec(plain);
                    if (!m)
                        continue;
                    add({
                        pattern,
                        line: raw.number,
                        source: source.name,
                        evidence: around(plain, m.index),
                        ...(duringLogin ? { duringLogin } : {}),
                    }, `p|${pattern.entry.id}|${pattern.source}|${m[0].slice(0, 160)}`, `p|${pattern.source}`);
                }
            }
        }
        settle(true, Number.MAX_SAFE_INTEGER);
        for (const finding of findings.slice(firstFinding)) {
            // Got past only if its last repetition was.
            const recovery = outcome.recoveryAfter(finding.lastLine ?? finding.line);
            if (recovery)
                finding.recoveredBy = recovery;
        }
    }
    return {
        findings,
        context: detector.result(),
        targets: detector.targets(),
        lines: totals.lines,
        truncatedLines: totals.truncated,
    };
}

;// CONCATENATED MODULE: ./catalog/catalog.json
const catalog_namespaceObject = /*#__PURE__*/JSON.parse('{"source":"Built from catalog/entries/*.yaml by scripts/build-catalog.mjs; do not edit. Content derived from Microsoft Learn AKS troubleshooting articles (CC BY 4.0), see catalog/NOTICE.md.","genericCodes":["BadRequest","Conflict","ClientError","DeploymentFailed","Failed","GatewayTimeout","InternalError","InternalServerError","InvalidTemplateDeployment","OperationFailed","ResourceDeploymentFailure","ResourceOperationFailure","ServiceUnavailable","VMExtensionProvisioningError","CreateVMSSAgentPoolFailed","ReconcileVMSSAgentPoolFailed","invalid_client","invalid_request","unauthorized_client"],"azureWideCodes":["AADSTS700016","AADSTS7000215","AADSTS7000222","AllocationFailed","AvailabilityZoneNotSupported","CannotDeleteLoadBalancerWithPrivateLinkService","InUseNetworkSecurityGroupCannotBeDeleted","InUseRouteTableCannotBeDeleted","InUseSubnetCannotBeDeleted","InvalidClientSecret","InvalidParameter","InvalidResourceReference","LinkedAuthorizationFailed","LoadBalancerInUseByVirtualMachineScaleSet","MissingSubscriptionRegistration","NetworkSecurityGroupInUseByVirtualMachineScaleSet","NotAvailableForSubscription","OperationNotAllowed","OverconstrainedAllocationRequest","OverconstrainedZonalAllocationRequest","PrivateLinkServiceWithPrivateEndpointConnectionsCannotBeDeleted","PropertyChangeNotAllowed","PublicIPAddressCannotBeDeleted","PublicIPCountLimitReached","QuotaExceeded","RequestDisallowedByPolicy","SubnetIsFull","SubnetWithExternalResourcesCannotBeUsedByOtherResources","SubscriptionRequestsThrottled","TooManyRequests","TooManyRequestsReceived","VirtualNetworkNotInSucceededState","ZonalAllocationFailed"],"entries":[{"id":"aks-capacity-heavy-usage","title":"AKS has no spare capacity in the region right now","category":"capacity","summary":"AKS itself is short of capacity in the chosen region, so it refused to create (or start) the cluster for now.","codes":["AksCapacityHeavyUsage","AKSCapacityError",{"code":"UnderlayNotFound","when":{"message":["operational threshold"]}},{"code":"ResourcesOverConstrained","when":{"message":["operational threshold"]}}],"exitCodes":[],"patterns":["AKS is experiencing heavy usage in region","aka\\\\.ms/akscapacityheavyusage","(?:Creating|starting) [\\\\w ]{0,40}cluster is unavailable at this time in region","unable to provision an? (?:AKS )?cluster in \\\\S{1,40},? due to an operational threshold"],"operations":["create","start"],"os":"any","retryable":true,"cause":"Demand for AKS in some regions can outgrow the infrastructure that hosts the managed control planes. While a region is constrained, AKS turns down new clusters there (non-Enterprise Agreement subscriptions are limited first), and a stopped cluster may not get a control plane back when it is started, which then also shows up as KubernetesAPICallFailed because the API server is unreachable. Capacity frees up as other clusters are stopped or deleted.","mitigation":[{"step":"Create the cluster in another, nearby region (for example North Europe instead of West Europe), which is the quickest way out, especially for dev/test.","commands":["az aks create --resource-group <rg> --name <cluster> --location <other-region> <same-options-as-before>"]},{"step":"Try the other cluster flavour, since public and private clusters draw on different reservations (create a public cluster if a private one failed, or the reverse)."},{"step":"If you have an Enterprise Agreement subscription, create the cluster in it."},{"step":"Retry later; for a cluster that failed to start, run the start again.","commands":["az aks start --resource-group <rg> --name <cluster>"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/akscapacityheavyusage-error","title":"Troubleshoot the AksCapacityHeavyUsage error code"}],"seedRows":["AKSCapacityError","AksCapacityHeavyUsage"],"relatedCodes":["KubernetesAPICallFailed"]},{"id":"aks-operation-preempted","title":"The operation was preempted by a later operation on the cluster","category":"cluster-state","summary":"A cluster or node pool operation was cut short because another operation, often a delete, was started on the same cluster before it finished.","codes":["AKSOperationPreempted","AKSOperationPreemptedByDelete"],"exitCodes":[],"patterns":["operation has been preempted by another operation","operation has been preempted by \\\\w{1,20} operation","operation was overrid{1,2}en and cancell?ed by a later operation"],"operations":["create","update","upgrade","scale","start","stop","nodepool-add","nodepool-upgrade","nodepool-scale","nodepool-delete"],"os":"any","retryable":true,"cause":"AKS lets a newer request take over from an operation that is still running on the same cluster or node pool. When a second operation (or a delete) is submitted before the first one completes, the first is abandoned and reports AKSOperationPreempted, naming the ID of the operation that replaced it, or AKSOperationPreemptedByDelete when the replacement was a delete. Typical triggers are parallel pipeline jobs or scripts that act on the same cluster at the same time.","mitigation":[{"step":"Find out which operation took over (its ID is in the error message) and wait for it to finish.","commands":["az aks operation show --resource-group <rg> --name <cluster> --operation-id <operation-id>","az aks show --resource-group <rg> --name <cluster> --query provisioningState -o tsv"]},{"step":"If the running operation is not wanted, abort it instead of waiting.","commands":["az aks operation-abort --resource-group <rg> --name <cluster>","az aks nodepool operation-abort --resource-group <rg> --cluster-name <cluster> --name <nodepool>"]},{"step":"Once no operation is running, submit your operation again, and serialise pipeline jobs that modify the same cluster so they do not overlap."}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/aksoperationpreempted-error","title":"AKSOperationPreempted or AKSOperationPreemptedByDelete error when performing a new operation"}],"seedRows":["AKSOperationPreempted"]},{"id":"aks-upgrade-blocked","title":"Cluster upgrade blocked by an unsupported version, path or version skew","category":"version","summary":"The cluster upgrade was rejected because the current or target Kubernetes version is unsupported, the upgrade path skips versions, or node pools would be too far behind.","codes":["K8sVersionNotSupported","AgentPoolK8sVersionNotSupported",{"code":"OperationNotAllowed","when":{"message":["Upgrad(?:e|ing) (?:agent pool |agentpool |node pool |nodepool |Kubernetes )?version .{1,40} is not allowed","only upgrade one minor version at a time"]}},{"code":"NodePoolMcVersionIncompatible","when":{"operations":["upgrade"]}},{"code":"NodePoolMcVersionIncompatible","when":{"message":["versions? less than (?:the )?control plane","control plane version \\\\S{1,20} is incompatible","cannot be more than 3 versions less than control plane"]}}],"exitCodes":[],"patterns":["is on version .{1,20} which is not supported in this region","\\\\b[Vv]ersion \\\\S{1,20} is not supported in this region","Upgrad(?:e|ing) (?:agent pool |agentpool |node pool |nodepool |Kubernetes )?version (?:from )?\\\\S{1,20} to \\\\S{1,20} is not allowed","only upgrade one minor version at a time","(?:selected|requested|specified) (?:orchestrator|Kubernetes) version is not supported","(?:selected|requested|specified) (?:orchestrator|Kubernetes) version \\\\S{1,20} is not supported","control plane version \\\\S{1,20} is incompatible","cannot be more than 3 versions less than control plane"],"operations":["upgrade"],"os":"any","retryable":false,"cause":"AKS validates every upgrade request before starting it. It is refused when the target version is not offered in the cluster\'s region or support plan, when the current version has fallen out of support, when the path skips minor versions (clusters outside long-term support must move one minor version at a time; LTS clusters may jump only to an offered LTS target), or when the new control plane version would leave a node pool too far behind it (from Kubernetes 1.28 at most three minor versions) or a node pool would end up newer than the control plane. Retrying the same request fails the same way.","mitigation":[{"step":"Record the current and attempted versions, the support plan, and the version of every node pool.","commands":["az aks show --resource-group <rg> --name <cluster> --query \\"{location:location, configured:kubernetesVersion, current:currentKubernetesVersion, state:provisioningState, supportPlan:supportPlan, tier:sku.tier, channel:autoUpgradeProfile.upgradeChannel}\\" --output json","az aks nodepool list --resource-group <rg> --cluster-name <cluster> --query \\"[].{name:name, configured:orchestratorVersion, current:currentOrchestratorVersion, state:provisioningState}\\" --output table"]},{"step":"Check which versions exist in the region and which upgrade targets AKS offers for this cluster, and pick one of those (next minor version for a supported non-LTS cluster; the oldest supported offered version when recovering from an unsupported one).","commands":["az aks get-versions --location <region> --output table","az aks get-upgrades --resource-group <rg> --name <cluster> --output table"]},{"step":"If node pools are too many minor versions behind for a control-plane-only upgrade, first upgrade those pools to a version the current control plane allows, then retry.","commands":["az aks nodepool upgrade --resource-group <rg> --cluster-name <cluster> --name <nodepool> --kubernetes-version <version>","az aks upgrade --resource-group <rg> --name <cluster> --kubernetes-version <offered-version> --control-plane-only"]},{"step":"Otherwise run a full-cluster upgrade to an offered target, one step at a time; to recover through long-term support add the Premium tier and LTS plan. If no eligible path exists, create a new cluster on a supported version and migrate.","commands":["az aks upgrade --resource-group <rg> --name <cluster> --kubernetes-version <offered-version>","az aks upgrade --resource-group <rg> --name <cluster> --kubernetes-version <lts-version> --tier premium --k8s-support-plan AKSLongTermSupport"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/aks-upgrade-blocked","title":"Troubleshoot AKS upgrade errors because of version skew, incompatibility, or lack of support"}],"seedRows":["AKS upgrade blocked"]},{"id":"argument-list-too-long","title":"Container fails to start with \\"argument list too long\\"","category":"workload","summary":"The container\'s process could not be started because its arguments or its environment variables (often one per service in the namespace) exceed the kernel limit.","exitCodes":[],"patterns":["exec user process caused:? \\\\\\\\?\\"?argument list too long","OCI runtime (?:create|start|exec|run) failed.{0,300}argument list too long","unable to start container process: exec.{0,200}argument list too long","failed to create containerd task.{0,300}argument list too long","(?:^|\\\\s|\\\\]|:)exec /\\\\S{1,200}:? argument list too long"],"operations":["workload"],"os":"linux","retryable":false,"cause":"When the kubelet starts a container, the executable receives its command-line arguments and its environment, and Linux caps their combined size. Either the arguments passed to the program are too long, or the environment is too big: by default Kubernetes injects host and port variables for every active service in the pod\'s namespace, so a namespace with very many services can push the environment over the limit and the process fails to exec.","mitigation":[{"step":"Look at the failing pod\'s events and count the services in its namespace.","commands":["kubectl describe pod <pod> -n <namespace>","kubectl get services -n <namespace> --no-headers | wc -l"]},{"step":"Shorten the argument list by removing redundant or unnecessary arguments."},{"step":"Reduce the number of active services in the namespace, or stop Kubernetes from injecting service variables by setting enableServiceLinks to false in the pod spec (use DNS for service discovery if the application relied on those variables).","commands":["kubectl patch deployment <deployment> -n <namespace> -p \'{\\"spec\\":{\\"template\\":{\\"spec\\":{\\"enableServiceLinks\\":false}}}}\'"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/application-fails-argument-list-too-long","title":"Application failures caused by the \\"argument list too long\\" error message"}],"seedRows":["Argument list too long"]},{"id":"availability-zone-not-supported","title":"The requested availability zone is not offered for this VM size","category":"capacity","summary":"The node pool asked for an availability zone where the VM size is not available, or the subscription is not allowed to use that zone.","codes":["AvailabilityZoneNotSupported",{"code":"NotAvailableForSubscription","when":{"message":["\\\\bzones?\\\\b"]}}],"exitCodes":[],"patterns":["zone\\\\(s\\\\) .{1,40}for resource .{1,120}is not supported","supported zones for location","currently not available in location \\\\S{1,40} zones? [\'\\"]?\\\\d","is only allowed in zones? \\\\[?\\\\d"],"operations":["create","nodepool-add"],"os":"any","retryable":false,"cause":"AKS checks before creating the cluster that the node pool\'s VM size is offered in each requested zone of the region. The preflight check fails when the size is not available in that zone, or when the subscription has a zone restriction (reason code NotAvailableForSubscription) for it. The message lists the zones that are supported for the location.","mitigation":[{"step":"Check in which zones the VM size is available to your subscription, and look for a Zone restriction with reasonCode NotAvailableForSubscription.","commands":["az vm list-skus --location <location> --size <vm-size> --output table","az rest --method get --url \\"https://management.azure.com/subscriptions/<subscription-id>/providers/Microsoft.Compute/skus?%24filter=location+eq+%27<location>%27&api-version=2022-03-01\\" > availableSkus.txt"]},{"step":"Retry with only the supported zones listed in the error, or another VM size.","commands":["az aks create --resource-group <rg> --name <cluster> --node-vm-size <vm-size> --zones <supported-zones>"]},{"step":"If the subscription is restricted, request access to the region or zone through an Azure support request (region access request process)."}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/availabilityzonenotsupported-error","title":"Troubleshoot the AvailabilityZoneNotSupported error code"}],"seedRows":["AvailabilityZoneNotSupported"]},{"id":"cannot-delete-ip-subnet-nsg","title":"A public IP, subnet or NSG still in use blocks cluster deletion","category":"deletion","summary":"Deleting the cluster failed because a public IP address, subnet or network security group it uses is still associated with another resource.","codes":[{"code":"PublicIPAddressCannotBeDeleted","when":{"message":["/resourceGroups/MC_","/loadBalancers/kubernetes","virtualMachineScaleSets[/|]aks-","\\\\baks-[\\\\w-]{0,60}vmss\\\\b","/networkInterfaces/aks-","/networkSecurityGroups/aks-agentpool","Subnet \\\\S{0,60}\\\\baks[\\\\w-]{0,60} is in use by","ManagedClustersClient#Delete|\\\\baz aks delete\\\\b|Error deleting (?:Managed )?Kubernetes Cluster|deleting Kubernetes Cluster"]}},{"code":"InUseSubnetCannotBeDeleted","when":{"message":["/resourceGroups/MC_","/loadBalancers/kubernetes","virtualMachineScaleSets[/|]aks-","\\\\baks-[\\\\w-]{0,60}vmss\\\\b","/networkInterfaces/aks-","/networkSecurityGroups/aks-agentpool","Subnet \\\\S{0,60}\\\\baks[\\\\w-]{0,60} is in use by","ManagedClustersClient#Delete|\\\\baz aks delete\\\\b|Error deleting (?:Managed )?Kubernetes Cluster|deleting Kubernetes Cluster"]}},{"code":"InUseNetworkSecurityGroupCannotBeDeleted","when":{"message":["/resourceGroups/MC_","/loadBalancers/kubernetes","virtualMachineScaleSets[/|]aks-","\\\\baks-[\\\\w-]{0,60}vmss\\\\b","/networkInterfaces/aks-","/networkSecurityGroups/aks-agentpool","Subnet \\\\S{0,60}\\\\baks[\\\\w-]{0,60} is in use by","ManagedClustersClient#Delete|\\\\baz aks delete\\\\b|Error deleting (?:Managed )?Kubernetes Cluster|deleting Kubernetes Cluster"]}}],"exitCodes":[],"patterns":["Public IP address .{1,300} can ?not be deleted since it is still allocated to resource \\\\S{0,300}(?:/loadBalancers/kubernetes|/resourceGroups/MC_|virtualMachineScaleSets[/|]aks-|/networkInterfaces/aks-)","Public IP address \\\\S{0,200}/resourceGroups/MC_\\\\S{1,300} can ?not be deleted since it is still allocated","Subnet \\\\S{1,120} is in use by .{0,600}(?:/resourceGroups/MC_|virtualMachineScaleSets[/|]aks-|\\\\baks-[\\\\w-]{0,60}vmss\\\\b|/networkInterfaces/aks-|/loadBalancers/kubernetes)\\\\S{0,300} and can ?not be deleted","Subnet \\\\S{0,60}\\\\baks[\\\\w-]{0,60} is in use by .{1,600} and can ?not be deleted","Network security group .{1,300} can ?not be deleted because it is in use by the following resources"],"operations":["delete"],"os":"any","retryable":false,"cause":"Something outside the deletion still holds on to a network resource of the cluster: a public IP is still allocated to a load balancer frontend IP configuration, a subnet still has network interfaces or service association links in it (for example an App Service plan integrated with the cluster\'s virtual network), or a network security group is still associated with a subnet or network interface. Azure refuses to delete a resource that is in use, so the cluster deletion fails.","mitigation":[{"step":"Identify what still uses the resource named in the message.","commands":["az network public-ip show --resource-group <node-rg> --name <public-ip> --query ipConfiguration.id","az network vnet subnet show --resource-group <vnet-rg> --vnet-name <vnet> --name <subnet> --query \\"{nics:ipConfigurations[].id, links:serviceAssociationLinks[].id}\\"","az network nsg show --resource-group <nsg-rg> --name <nsg> --query \\"{subnets:subnets[].id, nics:networkInterfaces[].id}\\""]},{"step":"Detach the public IPs from the load balancer, and remove the load balancer\'s load-balancing rules, health probes and backend pools.","commands":["az network lb rule delete --resource-group <node-rg> --lb-name kubernetes --name <rule>","az network lb probe delete --resource-group <node-rg> --lb-name kubernetes --name <probe>","az network lb address-pool delete --resource-group <node-rg> --lb-name kubernetes --name <pool>","az network lb frontend-ip delete --resource-group <node-rg> --lb-name kubernetes --name <frontend-name>"]},{"step":"Dissociate the NSG from its subnets and network interfaces.","commands":["az network vnet subnet update --resource-group <vnet-rg> --vnet-name <vnet> --name <subnet> --remove networkSecurityGroup","az network nic update --resource-group <nic-rg> --name <nic> --remove networkSecurityGroup"]},{"step":"If an App Service plan is integrated with a subnet of the cluster\'s VNet, remove that integration (or the plan and its apps), then delete the cluster again.","commands":["az webapp vnet-integration remove --resource-group <app-rg> --name <app>","az aks delete --resource-group <rg> --name <cluster>"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/publicipaddr-inusesubnet-netsecgrp-error","title":"A public IP address/subnet/network security group in use cannot be deleted","when":{"message":["PublicIPAddressCannotBeDeleted","InUseSubnetCannotBeDeleted","InUseNetworkSecurityGroupCannotBeDeleted"]}},{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/cannot-delete-ip-subnet-nsg","title":"A public IP address/subnet/network security group in use can\'t be deleted"}],"seedRows":["PublicIPAddr/InUseSubnet/NetSecGrp deletion error","PublicIPAddressCannotBeDeleted, InUseSubnetCannotBeDeleted, or InUseNetworkSecurityGroupCannotBeDeleted"]},{"id":"cannot-delete-lb-private-link-service","title":"Private link service or its endpoint connections block cluster deletion","category":"deletion","summary":"Deleting the cluster failed because its load balancer still backs a private link service that has private endpoint connections.","codes":[{"code":"CannotDeleteLoadBalancerWithPrivateLinkService","when":{"message":["/loadBalancers/kubernetes","/resourceGroups/MC_","ManagedClustersClient#Delete|\\\\baz aks delete\\\\b|Error deleting (?:Managed )?Kubernetes Cluster|deleting Kubernetes Cluster"]}},{"code":"PrivateLinkServiceWithPrivateEndpointConnectionsCannotBeDeleted","when":{"message":["/loadBalancers/kubernetes","/resourceGroups/MC_","ManagedClustersClient#Delete|\\\\baz aks delete\\\\b|Error deleting (?:Managed )?Kubernetes Cluster|deleting Kubernetes Cluster"]}}],"exitCodes":[],"patterns":["Can ?not delete load balancer \\\\S{0,200}(?:/loadBalancers/kubernetes|/resourceGroups/MC_)\\\\S{0,100} since it is referenced by private link service","Private link service .{1,300} can ?not be deleted since it has \\\\d{1,6} private endpoint connection"],"operations":["delete"],"os":"any","retryable":false,"cause":"A private link service is built on the cluster\'s (usually internal) load balancer, and private endpoints in other virtual networks are connected to it. A load balancer cannot be deleted while a private link service references it, and a private link service cannot be deleted while it still has private endpoint connections, so the cluster deletion stops on one of these two checks.","mitigation":[{"step":"Find the private link service named in the message and its private endpoint connections.","commands":["az network private-link-service show --resource-group <pls-rg> --name <pls> --query \\"privateEndpointConnections[].{name:name, endpoint:privateEndpoint.id}\\""]},{"step":"Remove every private endpoint connection (or delete the private endpoints on the consumer side).","commands":["az network private-link-service connection delete --resource-group <pls-rg> --service-name <pls> --name <connection-name>"]},{"step":"Delete the private link service if it is still there, then delete the cluster again.","commands":["az network private-link-service delete --resource-group <pls-rg> --name <pls>","az aks delete --resource-group <rg> --name <cluster>"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/lb-pvtlinksvcwithpvtendptconn-error","title":"A load balancer with a private link service or a private link service with private endpoint connections cannot be deleted","when":{"message":["CannotDeleteLoadBalancerWithPrivateLinkService","PrivateLinkServiceWithPrivateEndpointConnectionsCannotBeDeleted"]}},{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/cannot-delete-load-balancer-private-link-service","title":"A load balancer with a private link service or a private link service with private endpoint connections can\'t be deleted"}],"seedRows":["CannotDeleteLoadBalancerWithPrivateLinkService or PrivateLinkServiceWithPrivateEndpointConnectionsCannotBeDeleted","LB/PvtLinkSvcWithPvtEndptConn deletion error"],"relatedCodes":["BadRequest"]},{"id":"cannot-scale-autoscaler-enabled-node-pool","title":"Can\'t scale a node pool that has the cluster autoscaler enabled","category":"configuration","summary":"Scaling failed with \\"Cannot scale cluster autoscaler enabled node pool\\" because the pool is autoscaler-managed, or its scale set or node resource group was altered.","exitCodes":[],"patterns":["(?:cannot|can.t|can not) scale cluster autoscaler[ -]enabled node ?pool"],"operations":["scale","nodepool-scale","autoscaler"],"os":"any","retryable":false,"cause":"The Azure CLI prints this message when it is asked to set the node count of a node pool that has the cluster autoscaler turned on, because the autoscaler owns that count. The Microsoft article covers the related case where scaling keeps failing (nodes gone, pods Pending) because the pool\'s virtual machine scale set, the node resource group, or the AKS tags on those resources were deleted or changed outside AKS, which AKS does not support.","mitigation":[{"step":"To scale manually, turn the autoscaler off for the pool first, or change its min/max counts instead of the node count.","commands":["az aks nodepool update --resource-group <rg> --cluster-name <cluster> --name <nodepool> --disable-cluster-autoscaler","az aks nodepool update --resource-group <rg> --cluster-name <cluster> --name <nodepool> --update-cluster-autoscaler --min-count <min> --max-count <max>"]},{"step":"Check that the node resource group still exists and still contains the pool\'s virtual machine scale set; if the scale set was deleted, reconcile the node pool.","commands":["az aks show --resource-group <rg> --name <cluster> --query nodeResourceGroup -o tsv","az vmss list --resource-group <node-resource-group> --output table","az aks nodepool update --resource-group <rg> --cluster-name <cluster> --name <nodepool> --tags <tags> --labels <labels>"]},{"step":"Restore the AKS tags on the node resource group if they were changed or removed.","commands":["az group update --name <node-resource-group> --set tags.AKS-Managed-Cluster-Name=<cluster> tags.AKS-Managed-Cluster-RG=<rg>","az group show --name <node-resource-group> --query tags"]},{"step":"Bring the cluster back to its goal state without changing its configuration (recreates a deleted scale set or missing tags).","commands":["az aks update --resource-group <rg> --name <cluster> --no-wait"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/cannot-scale-cluster-autoscaler-enabled-node-pool","title":"Cluster autoscaler fails to scale with \\"cannot scale cluster autoscaler enabled node pool\\" error"}],"seedRows":["Can\'t scale cluster autoscaler-enabled node pool"]},{"id":"changing-property-image-reference","title":"Node pool scale set was modified, so its image reference can\'t change","category":"cluster-state","summary":"Upgrading or scaling failed with \\"Changing property \'imageReference\' is not allowed\\" because resources in the node resource group were changed by hand.","codes":[{"code":"PropertyChangeNotAllowed","when":{"message":["Changing property \\\\W{0,2}imageReference"]}}],"exitCodes":[],"patterns":["Changing property \\\\W{0,2}imageReference[\\\\w.]{0,30}\\\\W{0,2} is not allowed"],"operations":["upgrade","scale","nodepool-upgrade","nodepool-scale"],"os":"any","retryable":false,"cause":"The virtual machine scale sets and other resources in the node resource group (MC_*) are owned by AKS. When their tags or other properties are edited or removed outside AKS, the scale set no longer matches what AKS expects, and the next upgrade or scale tries to write an image reference that the compute service refuses to change on that scale set. Changing MC_* resources also takes the cluster outside the AKS service-level objective.","mitigation":[{"step":"Check whether the node pool\'s scale set in the node resource group was changed by hand (tags, image, other properties).","commands":["az aks show --resource-group <rg> --name <cluster> --query nodeResourceGroup -o tsv","az vmss list --resource-group <node-resource-group> --query \\"[].{name:name, tags:tags}\\" --output json"]},{"step":"Add a new node pool to replace the affected one, move the workloads to it, then delete the affected node pool.","commands":["az aks nodepool add --resource-group <rg> --cluster-name <cluster> --name <newpool> --node-count <count>","az aks nodepool delete --resource-group <rg> --cluster-name <cluster> --name <affected-nodepool>"]},{"step":"Stop editing resources in the node resource group directly; make changes through AKS (az aks / az aks nodepool) instead."}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/changing-property-imagereference-not-allowed","title":"\\"Changing property \'imageReference\' is not allowed\\" error message while upgrading or scaling an AKS cluster"}],"seedRows":["Changing property \\"imageReference\\" is not allowed"],"relatedCodes":["Conflict","BadRequest","DeploymentFailed"]},{"id":"cni-download-timeout","title":"Nodes could not download the CNI plugin package","category":"connectivity","summary":"The node setup script timed out downloading the Container Network Interface (CNI) plugin, so the node could not be provisioned.","codes":["CniDownloadTimeoutVMExtensionError","VMExtensionError_CniDownloadTimeout","ERR_CNI_DOWNLOAD_TIMEOUT","WINDOWS_CSE_ERROR_DOWNLOAD_CNI_PACKAGE"],"exitCodes":[{"code":41,"os":"linux"},{"code":35,"os":"windows","note":"Windows CSE exit code WINDOWS_CSE_ERROR_DOWNLOAD_CNI_PACKAGE (on Linux, 35 means something else)."}],"patterns":["Failed in downloading [^|]{0,120}azure-vnet-cni"],"operations":["create","start","upgrade","scale","nodepool-add","nodepool-upgrade","nodepool-scale","autoscaler"],"os":"any","retryable":false,"cause":"While a new node is being set up, the custom script extension (vmssCSE) downloads the Azure CNI binaries from acs-mirror.azureedge.net. The node could not reach that download endpoint in time. Usually egress from the node subnet is filtered and the endpoint is not allowed, or a network virtual appliance/firewall that inspects TLS breaks the SSL connection or replaces the certificate, so the download never completes (exit 41 on Linux, 35 with WINDOWS_CSE_ERROR_DOWNLOAD_CNI_PACKAGE on Windows).","mitigation":[{"step":"From the node subnet (or a node, for example with run-command), check that the CNI package can be fetched over HTTPS; a 200 response means the endpoint is reachable.","commands":["curl -I https://acs-mirror.azureedge.net/cni/azure-vnet-cni-linux-amd64-v1.0.25.tgz","curl -L --fail https://acs-mirror.azureedge.net/cni/azure-vnet-cni-linux-amd64-v1.0.25.tgz --output /tmp/azure-vnet-cni.tgz && echo \\"Download successful\\"","az vmss run-command invoke --resource-group <mc-resource-group> --name <vmss-name> --instance-id <instance-id> --command-id RunShellScript --scripts \\"curl -I https://acs-mirror.azureedge.net/cni/azure-vnet-cni-linux-amd64-v1.0.25.tgz\\""]},{"step":"If the download fails, allow the AKS required FQDNs (including acs-mirror.azureedge.net on port 443) in your firewall, NSG or proxy, and exempt them from TLS inspection."},{"step":"Retry the create or node pool operation once the endpoint is reachable from the node subnet."}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/vmextensionerror-cnidownloadtimeout","title":"Troubleshoot the VMExtensionError_CniDownloadTimeout error code (41)","when":{"message":["VMExtensionError_CniDownloadTimeout"]}},{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/error-code-cnidownloadtimeoutvmextensionerror","title":"Troubleshoot Container Network Interface download failures"}],"seedRows":["CniDownloadTimeoutVMExtensionError (41)","VMExtensionError_CniDownloadTimeout"],"relatedCodes":["VMExtensionProvisioningError"]},{"id":"create-or-update-virtual-network-link-failed","title":"The private cluster\'s DNS zone cannot be linked to its virtual network","category":"networking","summary":"AKS could not link the private cluster\'s private DNS zone to its VNet because the VNet is already linked to another zone with the same name.","codes":["CreateOrUpdateVirtualNetworkLinkFailed"],"exitCodes":[],"patterns":["virtual network cannot be linked to multiple zones with overlapping namespaces","Create or update virtual network link failed"],"operations":["update","upgrade"],"os":"any","retryable":false,"cause":"A private AKS cluster keeps a private DNS zone named <guid>.privatelink.<region>.azmk8s.io linked to its virtual network and re-checks that link on every update or upgrade. If the original zone was unlinked and a zone with the same name, but in another resource group or subscription, was linked to the VNet instead, AKS cannot re-create its own link: a VNet may not be linked to two zones whose namespaces overlap. The message therefore shows the same zone name twice (the new copy and the cluster\'s original zone).","mitigation":[{"step":"Find the private DNS zone copies with the cluster\'s zone name and the VNet links on them.","commands":["az aks show --resource-group <rg> --name <cluster> --query privateFqdn","az network private-dns zone list --query \\"[?name==\'<zone-name>\'].{name:name, rg:resourceGroup, id:id}\\" -o table","az network private-dns link vnet list --resource-group <other-zone-rg> --zone-name <zone-name> -o table"]},{"step":"Remove the link between the cluster\'s VNet and the zone that sits in the wrong resource group or subscription.","commands":["az network private-dns link vnet delete --resource-group <other-zone-rg> --zone-name <zone-name> --name <link-name>"]},{"step":"Run a cluster update so AKS restores its own link, then check that the provisioning state is Succeeded and the power state Running.","commands":["az aks update --resource-group <rg> --name <cluster>"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/createorupdatevirtualnetworklinkfailed-error","title":"CreateOrUpdateVirtualNetworkLinkFailed error when updating or upgrading an AKS cluster"}],"seedRows":["CreateOrUpdateVirtualNetworkLinkFailed"],"relatedCodes":["BadRequest"]},{"id":"custom-private-dns-zone-missing-permission","title":"The cluster identity cannot manage the custom private DNS zone","category":"authorization","summary":"A private cluster uses a custom private DNS zone, but its identity lacks read/write permission on that zone, so AKS blocked the operation.","codes":["CustomPrivateDNSZoneMissingPermissionError"],"exitCodes":[],"patterns":["must be given permission to read and write to custom private dns zone"],"operations":["create","update"],"os":"any","retryable":false,"cause":"For a private cluster configured with your own private DNS zone, AKS first checks that the cluster\'s control-plane managed identity or service principal can read and write that zone. When the role assignment is missing, AKS stops the create or update up front rather than leaving the cluster in a failed state; the message names the zone and the action that was not allowed.","mitigation":[{"step":"Get the resource ID of the custom private DNS zone (it is also printed in the error message).","commands":["CUSTOM_PRIVATE_DNS_ZONE_ID=$(az aks show --resource-group <rg> --name <cluster> --query apiServerAccessProfile.privateDnsZone --output tsv)"]},{"step":"Give the cluster\'s control-plane identity the Private DNS Zone Contributor role on that zone.","commands":["az role assignment create --role \\"Private DNS Zone Contributor\\" --scope \\"$CUSTOM_PRIVATE_DNS_ZONE_ID\\" --assignee <control-plane-principal-id>"]},{"step":"Allow time for the role assignment to take effect (it can take up to an hour), then retry the operation."}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/customprivatednszonemissingpermissions-error","title":"Troubleshoot the CustomPrivateDNSZoneMissingPermissionError error code"}],"seedRows":["CustomPrivateDNSZoneMissingPermissionError"]},{"id":"dns-service-ip-out-of-service-cidr","title":"The DNS service IP is outside the service CIDR","category":"configuration","summary":"The cluster DNS service IP given with --dns-service-ip does not lie inside the Kubernetes service address range (--service-cidr).","codes":["DnsServiceIpOutOfServiceCidr"],"exitCodes":[],"patterns":["DNS service IP \\\\S{1,45} is out of the range defined by service CIDR"],"operations":["create","upgrade"],"os":"any","retryable":false,"cause":"The cluster DNS service (CoreDNS) gets a fixed virtual IP that Kubernetes hands out from the service CIDR. If the DNS service IP in the network profile is not an address inside that service CIDR (for example a custom --service-cidr was set but the default 10.0.0.10 DNS IP was kept), AKS rejects the network profile (target networkProfile.dnsServiceIP).","mitigation":[{"step":"Check the service CIDR and DNS service IP that the cluster or your template uses.","commands":["az aks show --resource-group <rg> --name <cluster> --query \\"networkProfile.{serviceCidr:serviceCidr, dnsServiceIp:dnsServiceIp}\\""]},{"step":"Choose a DNS service IP inside the service CIDR (conventionally the .10 address of the range, never the first address) and deploy again with both values set consistently.","commands":["az aks create --resource-group <rg> --name <cluster> --network-plugin azure --service-cidr <service-cidr> --dns-service-ip <ip-inside-service-cidr>"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/dnsserviceipoutofservicecidr-error","title":"Troubleshoot the DnsServiceIpOutOfServiceCidr error code"}],"seedRows":["DnsServiceIpOutOfServiceCidr"]},{"id":"error-dialing-backend","title":"API server can\'t reach the kubelet or an in-cluster service","category":"connectivity","summary":"kubectl logs, exec, attach, top or port-forward failed because the API server could not open a TCP connection to the kubelet or an in-cluster service.","exitCodes":[],"patterns":["error dialing backend: dial tcp(?!: lookup )",":10250/\\\\S{0,300}: dial tcp \\\\S{1,80}:10250: (?:getsockopt: |connect: )?connection refused"],"operations":["kubectl"],"os":"any","retryable":false,"cause":"For some requests the Kubernetes API server has to connect onward: to the kubelet on port 10250 of a node for logs, exec, attach and port-forward, to the metrics-server service for kubectl top, and to other services such as admission webhooks. In AKS those connections travel through the konnectivity tunnel unless API Server VNet Integration is used. The error means the TCP connection could not be set up: typically a network security group or other filter blocks port 10250 to the nodes, the target service (for example metrics-server) is failing, or the konnectivity-agent pods are not running or not ready.","mitigation":[{"step":"Narrow the scope. Compare kubectl logs with kubectl top pods, and try pods on different nodes, to tell a kubelet (port 10250) problem from a failing service or a tunnel problem.","commands":["kubectl logs <pod> -n <namespace>","kubectl top pods -n <namespace>","kubectl get pods -n <namespace> -o wide"]},{"step":"If pod access (logs, exec) fails, look for network security group rules on the node subnet that deny inbound TCP 10250, and allow that port from inside the virtual network.","commands":["az network nsg list --resource-group <node-resource-group> --output table","az network nsg rule list --resource-group <nsg-rg> --nsg-name <nsg> --include-default --output table"]},{"step":"If only kubectl top fails, check the metrics-server pods and service in kube-system.","commands":["kubectl get pods -n kube-system -o wide | grep metrics-server","kubectl get apiservice v1beta1.metrics.k8s.io"]},{"step":"Check that the konnectivity-agent pods are running and ready; delete them so they are recreated if they are not.","commands":["kubectl get pods -n kube-system -o wide | grep konnectivity-agent","kubectl delete pod -n kube-system <konnectivity-agent-pod>"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/connectivity/error-from-server-error-dialing-backend-dial-tcp","title":"\\"Error from server: error dialing backend: dial tcp\\" message"}],"seedRows":["Error from server - error dialing backend - dial tcp"]},{"id":"failed-to-fix-node-group-sizes","title":"Cluster autoscaler stuck with \\"Failed to fix node group sizes\\"","category":"cluster-state","summary":"The cluster autoscaler stopped scaling up or down and keeps logging \\"Failed to fix node group sizes\\" because it is stuck in a deadlock.","exitCodes":[],"patterns":["Failed to fix node group sizes: failed to (?:increase|decrease) (?:aks-|\\\\S{0,80}(?:vmss|agentpool))"],"operations":["autoscaler"],"os":"any","retryable":false,"cause":"A race condition in the upstream Kubernetes cluster autoscaler can leave it deadlocked: it keeps trying to shrink a node group to its target size, the attempt is refused because it would delete existing nodes, and it never recovers, so no further scale-up or scale-down happens (kubernetes/autoscaler issue 6128). The message appears in the cluster-autoscaler logs, not in az output.","mitigation":[{"step":"Confirm the message in the cluster autoscaler logs (enable the cluster-autoscaler resource log category in the cluster\'s diagnostic settings if needed) and look at the autoscaler status.","commands":["kubectl get configmap cluster-autoscaler-status -n kube-system -o yaml"]},{"step":"Break the deadlock by disabling the cluster autoscaler and enabling it again with the same limits.","commands":["az aks nodepool update --resource-group <rg> --cluster-name <cluster> --name <nodepool> --disable-cluster-autoscaler","az aks nodepool update --resource-group <rg> --cluster-name <cluster> --name <nodepool> --enable-cluster-autoscaler --min-count <min> --max-count <max>"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/cluster-autoscaler-fails-to-scale","title":"Cluster autoscaler fails to scale with \\"failed to fix node group sizes\\" error"}],"seedRows":["Failed to fix node group sizes"]},{"id":"in-use-route-table-cannot-be-deleted","title":"The cluster\'s route table is still associated with a subnet","category":"deletion","summary":"Deleting the cluster failed because its route table is still associated with a subnet and so cannot be deleted.","codes":[{"code":"InUseRouteTableCannotBeDeleted","when":{"message":["routeTables/aks-","Route table \\\\W{0,2}aks-","/resourceGroups/MC_","ManagedClustersClient#Delete|\\\\baz aks delete\\\\b|Error deleting (?:Managed )?Kubernetes Cluster|deleting Kubernetes Cluster"]}}],"exitCodes":[],"patterns":["Route table \\\\W{0,2}aks-\\\\S{1,200} is in use and can ?not be deleted","Route table \\\\S{0,200}(?:routeTables/aks-|/resourceGroups/MC_)\\\\S{0,200} is in use and can ?not be deleted"],"operations":["delete"],"os":"any","retryable":false,"cause":"The cluster\'s route table (for example the aks-agentpool-...-routetable that kubenet uses) is still associated with a subnet, typically the custom subnet in your own virtual network. Azure does not delete a route table that a subnet still uses, so the cluster deletion stops with this error.","mitigation":[{"step":"Find the subnets the route table is associated with.","commands":["az network route-table show --resource-group <node-rg> --name <route-table> --query \\"subnets[].id\\" -o tsv"]},{"step":"Dissociate the route table from each of those subnets.","commands":["az network vnet subnet update --resource-group <vnet-rg> --vnet-name <vnet> --name <subnet> --remove routeTable"]},{"step":"Delete the cluster again.","commands":["az aks delete --resource-group <rg> --name <cluster>"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/inuseroutetablecannotbedeleted-error","title":"Troubleshoot InUseRouteTableCannotBeDeleted error code"}],"seedRows":["InUseRouteTableCannotBeDeleted"]},{"id":"insufficient-subnet-size","title":"The subnet is too small for the requested nodes (and pods)","category":"networking","summary":"The cluster\'s subnet does not have enough free IP addresses for the nodes (and, with Azure CNI, their pods) that the operation needs.","codes":["InsufficientSubnetSize"],"exitCodes":[],"patterns":["Pre-allocated IPs \\\\d{1,9} exceeds IPs available \\\\d{0,9} ?in Subnet","aka\\\\.ms/aks/insufficientsubnetsize"],"operations":["create","scale","upgrade","nodepool-add","nodepool-scale","nodepool-upgrade"],"os":"any","retryable":false,"cause":"AKS checks before creating, scaling or upgrading that the subnet can hold the addresses the new nodes will take. With kubenet and Azure CNI Overlay each new node needs one address; with classic Azure CNI each node also pre-allocates one address per pod (the node pool\'s max-pods value). New nodes include the surge (buffer) nodes of an upgrade, and for autoscaled pools the max-count is used. When the subnet\'s CIDR range has fewer free addresses than that, the operation is refused. The address range of a subnet already used by a node pool cannot be changed.","mitigation":[{"step":"Compare the subnet\'s size and used addresses with what the operation needs (nodes, or nodes times max-pods with Azure CNI).","commands":["az network vnet subnet show --resource-group <vnet-rg> --vnet-name <vnet> --name <subnet> --query \\"{prefix:addressPrefix, used:length(ipConfigurations)}\\"","az aks nodepool show --resource-group <rg> --cluster-name <cluster> --name <nodepool> --query \\"{count:count, maxCount:maxCount, maxPods:maxPods, maxSurge:upgradeSettings.maxSurge}\\""]},{"step":"Create a larger subnet in the cluster\'s virtual network and add a node pool that uses it.","commands":["az network vnet subnet create --resource-group <vnet-rg> --vnet-name <vnet> --name <new-subnet> --address-prefixes <larger-cidr>","az aks nodepool add --resource-group <rg> --cluster-name <cluster> --name <newpool> --vnet-subnet-id <new-subnet-id>"]},{"step":"Move the workloads off the old node pool by cordoning and draining its nodes.","commands":["kubectl cordon -l agentpool=<nodepool>","kubectl drain -l agentpool=<nodepool> --ignore-daemonsets --delete-emptydir-data"]},{"step":"Delete the old node pool once it is empty.","commands":["az aks nodepool delete --resource-group <rg> --cluster-name <cluster> --name <nodepool>"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/connectivity/insufficientsubnetsize-error-advanced-networking","title":"InsufficientSubnetSize error code"}],"seedRows":["InsufficientSubnetSize"]},{"id":"invalid-client-secret","title":"The cluster\'s service principal secret has expired or is wrong","category":"authentication","summary":"AKS could not sign in with the cluster\'s service principal because its client secret has expired (AADSTS7000222) or the credentials are wrong.","codes":["InvalidClientSecret","AADSTS7000222"],"exitCodes":[],"patterns":["client secret keys .{0,100}are expired","AADSTS7000222","credentials in ServicePrincipalProfile were invalid"],"operations":["create","upgrade","update","scale"],"os":"any","retryable":false,"cause":"A cluster that authenticates with a service principal (instead of a managed identity) needs a valid client secret to get tokens from Microsoft Entra ID. Secrets have an end date; once it passes, or when the stored secret or client ID is simply wrong, or the service principal no longer exists in the subscription\'s tenant, the token request is refused with HTTP 401 and the create or upgrade stops. The ARM code is BadRequest or InvalidClientSecret, and the Entra ID detail says the client secret keys for the app are expired.","mitigation":[{"step":"Find the cluster\'s service principal and look at the end dates of its secrets.","commands":["SP_ID=$(az aks show --resource-group <rg> --name <cluster> --query servicePrincipalProfile.clientId --output tsv)","az ad app credential list --id \\"$SP_ID\\""]},{"step":"Reset the existing service principal\'s secret (or create a new service principal) to get a fresh secret.","commands":["az ad sp credential reset --id \\"$SP_ID\\" --query password --output tsv","az ad sp create-for-rbac --role Contributor"]},{"step":"Give the cluster the new credentials, then retry the failed operation.","commands":["az aks update-credentials --resource-group <rg> --name <cluster> --reset-service-principal --service-principal \\"$SP_ID\\" --client-secret <new-secret>"]},{"step":"To stop secrets from expiring under the cluster again, consider moving the cluster to a managed identity.","commands":["az aks update --resource-group <rg> --name <cluster> --enable-managed-identity"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/bad-request-or-invalid-client-secret-error","title":"Error AADSTS7000222 - BadRequest or InvalidClientSecret","when":{"message":["InvalidClientSecret|Customer auth is not valid for tenant"]}},{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/error-code-badrequest-or-invalidclientsecret","title":"AADSTS7000222 - BadRequest or InvalidClientSecret error"}],"seedRows":["AADSTS7000222 - BadRequest or InvalidClientSecret","BadRequest or InvalidClientSecret"],"relatedCodes":["BadRequest","invalid_client"]},{"id":"invalid-lb-profile-allocated-outbound-ports","title":"Too few SNAT ports for the allocated outbound ports per node","category":"configuration","summary":"The outbound ports allocated per node, the node count and the number of outbound IPs do not add up, so the load balancer profile is rejected.","codes":["InvalidLoadBalancerProfileAllocatedOutboundPorts"],"exitCodes":[],"patterns":["Load balancer profile allocated ports \\\\d{1,6} is not in an allowable range"],"operations":["create","update","scale","nodepool-scale"],"os":"any","retryable":false,"cause":"With outbound type loadBalancer, node egress goes through SNAT on the AKS-managed load balancer. Each outbound frontend IP gives 64,000 SNAT ports, which are split among the nodes; you can raise the ports per node or the number of outbound IPs. AKS rejects the configuration when the ports allocated per node times the node count (including upgrade surge nodes) exceeds 64,000 times the number of outbound IPs, for example 8,000 ports for 9 nodes with a single IP.","mitigation":[{"step":"Check the current outbound IP count and allocated ports, and the planned node count plus surge nodes.","commands":["az aks show --resource-group <rg> --name <cluster> --query \\"networkProfile.loadBalancerProfile\\""]},{"step":"Verify the plan fits - 64,000 / ports-per-node x number-of-outbound-IPs must be at least the maximum node count (counting max surge)."},{"step":"Make it fit by adding outbound IPs, lowering the allocated ports per node, or lowering the node count.","commands":["az aks update --resource-group <rg> --name <cluster> --load-balancer-managed-outbound-ip-count <ip-count>","az aks update --resource-group <rg> --name <cluster> --load-balancer-outbound-ports <ports-per-node>"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/invalidloadbalancerprofileallocatedoutboundports-error","title":"InvalidLoadBalancerProfileAllocatedOutboundPorts error when creating or updating an AKS cluster"}],"seedRows":["InvalidLoadBalancerProfileAllocatedOutboundPorts"]},{"id":"invalid-parameter","title":"A parameter of the cluster request is invalid","category":"configuration","summary":"A value in the cluster request was rejected as invalid, such as a VM size not offered in the region or a reserved cluster name.","codes":["InvalidParameter"],"exitCodes":[],"patterns":["requested VM size .{1,60}is not available in the current region","currently not available in location \\\\S{1,40}(?: zones? (?:\'\'|\\"\\")| for subscription)","managed cluster name is invalid because","aka\\\\.ms/aks-naming-rules"],"operations":["create","nodepool-add"],"os":"any","retryable":false,"cause":"Most settings are validated before creation starts, but some only fail once the underlying resources are created. Typical causes: the VM size (SKU) is not available in the region, the cluster name uses a reserved word (for example \\"azure\\", or \\"microsoft\\"/\\"windows\\" anywhere, \\"login\\"/\\"xbox\\" at the start), the service principal is invalid, a virtual network, subnet or route table is invalid, or a CLI argument is wrong. The Target field and the message say which parameter was rejected.","mitigation":[{"step":"Read the Target and message to see which parameter was rejected."},{"step":"For a VM size that is not available, pick one the region offers to your subscription.","commands":["az vm list-skus --location <location> --size <vm-size> --output table","az aks create --resource-group <rg> --name <cluster> --node-vm-size <available-size>"]},{"step":"For a name error, choose a cluster name without reserved or trademarked words (see the AKS naming rules)."},{"step":"Otherwise check the service principal, the custom network resources, and the command arguments.","commands":["az ad sp show --id <app-id>","az network vnet subnet show --resource-group <vnet-rg> --vnet-name <vnet> --name <subnet>"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/invalidparameter-error","title":"Troubleshoot the InvalidParameter error"}],"seedRows":["InvalidParameter"]},{"id":"invalid-resource-reference","title":"A resource the cluster references was not found or is in another region","category":"configuration","summary":"A resource the cluster refers to (such as the node subnet or a load balancer frontend IP) was not found, was deleted or changed, or is in another region.","codes":[{"code":"InvalidResourceReference","when":{"message":["referenced by resource\\\\s{1,8}\\\\S{0,200}/resourceGroups/MC_","referenced by resource\\\\s{1,8}\\\\S{0,200}(?:/virtualMachineScaleSets/aks-|/networkInterfaces/aks-|/loadBalancers/kubernetes|Microsoft\\\\.ContainerService/managedClusters)","ManagedClustersClient|AgentPoolsClient|AKSTeam:"]}}],"exitCodes":[],"patterns":["referenced by resource \\\\S{0,200}(?:/resourceGroups/MC_|/virtualMachineScaleSets/aks-|/networkInterfaces/aks-|/loadBalancers/kubernetes|Microsoft\\\\.ContainerService/managedClusters)\\\\S{0,300} was not found"],"operations":["create","update"],"os":"any","retryable":false,"cause":"Azure could not resolve a resource ID that one cluster resource points at. On create this is typically the custom virtual network/subnet given for the nodes being in a different region than the cluster (so the node scale set cannot use it), or a referenced resource that was changed or deleted by hand, for example in the MC_ node resource group, which AKS does not support. On update it is typically the managed load balancer\'s outbound rule (aksOutboundRule) having been edited manually so that a load-balancing rule points at a frontend IP configuration that no longer exists; this happens when the outbound public IPs are changed without passing them to AKS.","mitigation":[{"step":"Compare the regions of the cluster and of the virtual network (or other resource) named in the message; they must match.","commands":["az aks show --resource-group <rg> --name <cluster> --query location","az network vnet show --resource-group <vnet-rg> --name <vnet> --query location"]},{"step":"On create, either deploy the cluster in the VNet\'s region or create a new virtual network and subnet in the cluster\'s region and use that.","commands":["az network vnet create --resource-group <vnet-rg> --name <vnet> --location <cluster-region> --address-prefixes <cidr> --subnet-name <subnet> --subnet-prefixes <subnet-cidr>"]},{"step":"If the load balancer\'s frontend IP or outbound rule was modified, run the update again and give the outbound public IP explicitly by resource ID.","commands":["az aks update --resource-group <rg> --name <cluster> --load-balancer-outbound-ips <public-ip-resource-id>"]},{"step":"If a resource in the node resource group was deleted or changed by hand, recreating it, re-associating it with the scale set and then running an update may help, but this is an unsupported state and is not guaranteed to work.","commands":["az aks update --resource-group <rg> --name <cluster>"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/invalidresourcereference-error","title":"Troubleshoot the InvalidResourceReference error code"}],"seedRows":["InvalidResourceReference"]},{"id":"k8s-api-server-conn-fail","title":"Nodes cannot connect to the Kubernetes API server","category":"connectivity","summary":"During provisioning the node could not open a connection to the cluster\'s API server on port 443, so it could not join the cluster.","codes":["K8SAPIServerConnFailVMExtensionError","VMExtensionError_K8SAPIServerConnFail","ERR_K8S_API_SERVER_CONN_FAIL"],"exitCodes":[{"code":51,"os":"linux"}],"patterns":["Unable to establish connection from agents to Kubernetes API server","Agents are unable to establish connection to Kubernetes API server","could not reach API server at \\\\S{1,80}","TLS handshake failed\\\\. Check for HTTPS-inspecting proxies","The API server port is not accepting connections"],"operations":["create","start","upgrade","scale","nodepool-add","nodepool-upgrade","nodepool-scale","autoscaler"],"os":"linux","retryable":false,"cause":"The node setup script (vmssCSE) checks that the node can reach the API server on TCP 443 before it starts kubelet, and that check failed. Common reasons: firewall, proxy, NSG or user-defined route rules drop traffic to the API server; API server authorized IP ranges leave out the node subnet or the firewall/NAT egress IP; in private clusters the private endpoint is unhealthy or the privatelink DNS name does not resolve to it; or a TLS-inspecting proxy breaks the handshake. The diagnostic text in the message hints at which: \\"Connection timed out\\" (dropped packets), \\"No route to host\\" (routing/private endpoint), \\"TLS handshake failed\\" or certificate errors (TLS inspection), and \\"Connection refused\\" (API server not ready yet, often transient during create or start).","mitigation":[{"step":"Get the API server FQDN (privateFqdn for private clusters) and check whether authorized IP ranges are set; if they are, add the node subnet CIDR or the firewall/NAT egress IP.","commands":["az aks show --resource-group <rg> --name <cluster> --query fqdn --output tsv","az aks show --resource-group <rg> --name <cluster> --query apiServerAccessProfile.authorizedIpRanges --output tsv","az aks update --resource-group <rg> --name <cluster> --api-server-authorized-ip-ranges \\"<existing-ranges>,<node-subnet-cidr>\\""]},{"step":"Test DNS, TCP 443 and the TLS handshake to the API server from a node of the affected pool.","commands":["az vmss run-command invoke --resource-group <mc-resource-group> --name <vmss-name> --instance-id <instance-id> --command-id RunShellScript --output json --scripts \\"nslookup <api-server-fqdn>; nc -vz <api-server-fqdn> 443 && curl -k -v --connect-timeout 10 https://<api-server-fqdn>:443/healthz\\""]},{"step":"Review NSG outbound rules, route tables and firewall/NVA rules for anything that blocks TCP 443 to the API server; allow *.hcp.<region>.azmk8s.io (public) or *.privatelink.<region>.azmk8s.io (private) and exclude them from TLS inspection.","commands":["az network nsg rule list --resource-group <nsg-rg> --nsg-name <nsg> --output table","az network route-table show --ids <route-table-id> --query \\"routes[].{name:name, prefix:addressPrefix, nextHop:nextHopType, nextHopIp:nextHopIpAddress}\\" --output table"]},{"step":"For private clusters, check the kube-apiserver private endpoint is Succeeded/Approved and resolves to a private IP; reconcile the cluster if it is not.","commands":["az network private-endpoint list --resource-group <mc-resource-group> --query \\"[?contains(name,\'kube-apiserver\')].{name:name, state:provisioningState}\\" --output table","az aks update --resource-group <rg> --name <cluster>"]},{"step":"If the message says \\"Connection refused\\" during create or start, check the cluster state; a stopped cluster must be started, and a Failed cluster can be reconciled with az aks update before retrying.","commands":["az aks show --resource-group <rg> --name <cluster> --query \\"{power:powerState.code, state:provisioningState}\\" --output table"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/error-code-k8sapiserverconnfailvmextensionerror","title":"Troubleshoot the K8SAPIServerConnFailVMExtensionError error code (51)","when":{"message":["K8SAPIServerConnFailVMExtensionError"]}},{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/vmextensionerror-k8sapiserverconnfail","title":"Troubleshoot the VMExtensionError_K8SAPIServerConnFail error in Azure Kubernetes Service"}],"seedRows":["K8SAPIServerConnFailVMExtensionError (51)","VMExtensionError_K8SAPIServerConnFail"],"relatedCodes":["VMExtensionProvisioningError"]},{"id":"k8s-api-server-dns-lookup-fail","title":"Nodes cannot resolve the Kubernetes API server name","category":"connectivity","summary":"During provisioning the node could not resolve the cluster\'s API server FQDN, usually because a custom DNS server does not forward to Azure DNS.","codes":["K8SAPIServerDNSLookupFailVMExtensionError","VMExtensionError_K8SAPIServerDNSLookupFail","ERR_K8S_API_SERVER_DNS_LOOKUP_FAIL"],"exitCodes":[{"code":52,"os":"linux"}],"patterns":["Agents are unable to resolve Kubernetes API server name"],"operations":["create","start","upgrade","scale","nodepool-add","nodepool-upgrade","nodepool-scale","autoscaler"],"os":"any","retryable":false,"cause":"The node setup script looks up the cluster FQDN before joining, and the lookup failed. This is nearly always DNS configuration: with a private cluster and custom DNS servers, the servers have no conditional forwarder for privatelink.<region>.azmk8s.io to Azure DNS (168.63.129.16), or the private DNS zone is not linked to the node virtual network (the link is made after the cluster is created, so a first create can fail). Other causes are a DNS server that is unreachable on port 53 (NSG or firewall), that refuses queries from the node subnet, that fails internally (SERVFAIL), or that overrides azmk8s.io for public clusters.","mitigation":[{"step":"Get the cluster FQDN and resolve it from a machine in the cluster\'s virtual network, first through the configured DNS server and then directly through Azure DNS (dig on Linux nodes, nslookup on Windows).","commands":["az aks show --resource-group <rg> --name <cluster> --query \\"fqdn || privateFqdn\\" --output tsv","nslookup <cluster-fqdn> <dns-server-ip>","nslookup <cluster-fqdn> 168.63.129.16","nc -zv <dns-server-ip> 53"]},{"step":"If only the Azure DNS lookup works, add a conditional forwarder for the whole privatelink.<region>.azmk8s.io zone (not single FQDNs) to 168.63.129.16 on every custom DNS server, and make sure the private DNS zone is linked to the node virtual network."},{"step":"Make sure NSGs, firewalls and DNS server policies let the node subnet query the DNS servers on UDP/TCP 53."},{"step":"If a first-time private cluster create failed because of this, fix DNS and then reconcile the cluster.","commands":["az resource update --resource-group <rg> --name <cluster> --namespace Microsoft.ContainerService --resource-type ManagedClusters"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/error-code-k8sapiserverdnslookupfailvmextensionerror","title":"Troubleshoot the K8SAPIServerDNSLookupFailVMExtensionError error code (52)","when":{"message":["K8SAPIServerDNSLookupFailVMExtensionError"]}},{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/vmextensionerror-k8sapiserverdnslookupfail","title":"Troubleshoot the VMExtensionError_K8SAPIServerDNSLookupFail error code (52)"}],"seedRows":["K8SAPIServerDNSLookupFailVMExtensionError (52)","VMExtensionError_K8SAPIServerDNSLookupFail"],"relatedCodes":["VMExtensionProvisioningError"]},{"id":"lb-or-nsg-in-use-by-vmss","title":"Load balancer or NSG still in use by a node scale set during cluster deletion","category":"deletion","summary":"Deleting the cluster failed because a node virtual machine scale set still uses the load balancer or the network security group.","codes":[{"code":"LoadBalancerInUseByVirtualMachineScaleSet","when":{"message":["virtualMachineScaleSets/aks-","\\\\baks-[\\\\w-]{0,60}vmss\\\\b","/loadBalancers/kubernetes","/networkSecurityGroups/aks-agentpool","/resourceGroups/MC_","ManagedClustersClient#Delete|\\\\baz aks (?:nodepool )?delete\\\\b|Error deleting (?:Managed )?Kubernetes Cluster|deleting Kubernetes Cluster"]}},{"code":"NetworkSecurityGroupInUseByVirtualMachineScaleSet","when":{"message":["virtualMachineScaleSets/aks-","\\\\baks-[\\\\w-]{0,60}vmss\\\\b","/loadBalancers/kubernetes","/networkSecurityGroups/aks-agentpool","/resourceGroups/MC_","ManagedClustersClient#Delete|\\\\baz aks (?:nodepool )?delete\\\\b|Error deleting (?:Managed )?Kubernetes Cluster|deleting Kubernetes Cluster"]}}],"exitCodes":[],"patterns":["Can ?not delete load balancer .{1,300} since its child resources .{1,300} are in use by virtual machine scale set \\\\S{0,200}(?:virtualMachineScaleSets/aks-|/resourceGroups/MC_)","Can ?not delete load balancer \\\\S{0,200}(?:/loadBalancers/kubernetes|/resourceGroups/MC_)\\\\S{0,100} since its child resources .{1,300} are in use by virtual machine scale set","Can ?not delete network security group .{1,300} since it is in use by virtual machine scale set \\\\S{0,200}(?:virtualMachineScaleSets/aks-|/resourceGroups/MC_)","Can ?not delete network security group \\\\S{0,200}(?:/networkSecurityGroups/aks-|/resourceGroups/MC_)\\\\S{0,100} since it is in use by virtual machine scale set"],"operations":["delete"],"os":"any","retryable":false,"cause":"The cluster was being deleted while a node virtual machine scale set was still attached to the managed load balancer (its backend pools, e.g. aksOutboundBackendPool and kubernetes, together with the public IPs on the load balancer) or to the network security group (typically through the subnet the nodes use). Azure will not delete a load balancer or NSG that a scale set still references, so the delete fails with a 409 conflict.","mitigation":[{"step":"Look up the node resource group and see what still references the load balancer and the NSG.","commands":["az aks show --resource-group <rg> --name <cluster> --query nodeResourceGroup -o tsv","az network lb show --resource-group <node-rg> --name kubernetes --query \\"{frontends:frontendIPConfigurations[].publicIPAddress.id, pools:backendAddressPools[].name}\\"","az network nsg show --resource-group <node-rg> --name <nsg> --query \\"{subnets:subnets[].id, nics:networkInterfaces[].id}\\""]},{"step":"For the load balancer case, remove the public IP addresses associated with the load balancer (its frontend IP configurations).","commands":["az network lb frontend-ip delete --resource-group <node-rg> --lb-name kubernetes --name <frontend-name>"]},{"step":"For the NSG case, dissociate the NSG from the subnet that uses it.","commands":["az network vnet subnet update --resource-group <vnet-rg> --vnet-name <vnet> --name <subnet> --remove networkSecurityGroup"]},{"step":"Delete the cluster again.","commands":["az aks delete --resource-group <rg> --name <cluster>"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/networksecuritygroupinusebyvirtualmachinescaleset-error","title":"Troubleshoot LoadBalancerInUseByVirtualMachineScaleSet or NetworkSecurityGroupInUseByVirtualMachineScaleSet error code","when":{"message":["NetworkSecurityGroupInUseByVirtualMachineScaleSet","Can ?not delete network security group"]}},{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/load-balancer-or-nsg-in-use-by-vm-scale-set","title":"Troubleshoot the LoadBalancerInUseByVirtualMachineScaleSet or NetworkSecurityGroupInUseByVirtualMachineScaleSet error code"}],"seedRows":["LoadBalancerInUseByVirtualMachineScaleSet","LoadBalancerInUseByVirtualMachineScaleSet or NetworkSecurityGroupInUseByVirtualMachineScaleSet","NetworkSecurityGroupInUseByVirtualMachineScaleSet"],"relatedCodes":["Conflict"]},{"id":"linked-authorization-failed","title":"The cluster identity lacks permission on a linked resource","category":"authorization","summary":"The cluster\'s identity may change the resource it is creating but lacks permission on a linked resource it references (for example a DDoS plan or subnet).","codes":[{"code":"LinkedAuthorizationFailed","when":{"message":["perform action \\\\W{0,2}Microsoft\\\\.ContainerService/managedClusters","on scope \\\\W{0,2}/subscriptions/[^/]{1,60}/resourceGroups/MC_","on scope \\\\W{0,2}/subscriptions/\\\\S{1,200}/(?:virtualMachineScaleSets|networkInterfaces|virtualMachines)/aks-","ManagedClustersClient|AgentPoolsClient|azurerm_kubernetes_cluster|\\\\baz aks (?:create|update|nodepool add|nodepool update|scale|upgrade)\\\\b","VNetReconciler|Reconcile VNet failed|AKSTeam:"]}}],"exitCodes":[],"patterns":["perform action \\\\W{0,2}Microsoft\\\\.ContainerService/managedClusters\\\\S{0,60} on scope .{1,400} on the linked scope","on scope \\\\W{0,2}/subscriptions/[^/]{1,60}/resourceGroups/MC_.{1,400} on the linked scope","on scope \\\\W{0,2}/subscriptions/\\\\S{1,200}/(?:virtualMachineScaleSets|networkInterfaces|virtualMachines)/aks-.{1,400} on the linked scope"],"operations":["create","update","nodepool-add"],"os":"any","retryable":false,"cause":"Some writes reference another resource that needs its own \\"join\\"-style permission, for instance a virtual network that is attached to a DDoS protection plan in another resource group. The service principal or managed identity that AKS acts as is allowed to write the main resource but not to use the linked one, so ARM refuses the request (the AKS message says Retriable: false). The error text names the client and object ID, the denied action, and the linked scope.","mitigation":[{"step":"Read the client/object ID, the denied action (such as Microsoft.Network/ddosProtectionPlans/join/action) and the linked scope from the message, and find the identity the cluster uses.","commands":["az aks show --resource-group <rg> --name <cluster> --query \\"{sp:servicePrincipalProfile.clientId, identity:identity}\\""]},{"step":"Check what roles that identity already has on the linked resource.","commands":["az role assignment list --assignee <client-or-object-id> --scope <linked-resource-id> --output table"]},{"step":"Grant a role that includes the denied action on the linked scope (a custom role with just that action is enough), wait for propagation, then retry.","commands":["az role assignment create --assignee <client-or-object-id> --role \\"Network Contributor\\" --scope <linked-resource-id>"]},{"step":"If it still fails, confirm the linked resource still exists and is reachable from the target subscription, and look for authorization failures in the activity log.","commands":["az monitor activity-log list --resource-group <rg> --status Failed --offset 1h --output table"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/linkedauthorizationfailed-error","title":"Troubleshoot the LinkedAuthorizationFailed error code"}],"seedRows":["LinkedAuthorizationFailed"],"relatedCodes":["ClientError"]},{"id":"missing-or-invalid-service-principal","title":"The service principal for the new cluster cannot be found","category":"authentication","summary":"AKS could not find the service principal given for the new cluster in the tenant, usually because a just-created one has not propagated yet.","codes":["ServicePrincipalNotFound","AADSTS700016"],"exitCodes":[],"patterns":["Service principal clientID:? .{1,80}not found in Active Directory tenant","Application with identifier .{1,80}was not found in the directory"],"operations":["create"],"os":"any","retryable":true,"cause":"A cluster that uses a service principal rather than the default managed identity needs one that you create and pass in; AKS validates it during creation. A service principal made moments earlier may not yet be replicated across Microsoft Entra ID regions, so validation cannot find it and creation fails (shown as ServicePrincipalNotFound, \\"Service principal clientID ... not found in Active Directory tenant\\", or AADSTS700016). Waiting a few minutes fixes that case; a principal that was deleted, belongs to another tenant, or comes from a stale cached file will keep failing until you pass a valid one.","mitigation":[{"step":"Confirm the service principal exists and is visible before creating the cluster.","commands":["az ad sp show --id <app-id>"]},{"step":"If it was created just now (for example by the same script), wait 5-10 minutes and retry; in automation add a delay between creating the service principal and creating the cluster.","commands":["sleep 600","az aks create --resource-group <rg> --name <cluster> --service-principal <app-id> --client-secret <secret>"]},{"step":"If it was deleted or lives in another tenant, create a new one (or reuse one that has worked before) and pass its appId and password explicitly.","commands":["az ad sp create-for-rbac --role Contributor --scopes /subscriptions/<subscription-id>/resourceGroups/<rg>"]},{"step":"Prefer the default system-assigned managed identity, which needs no service principal at all.","commands":["az aks create --resource-group <rg> --name <cluster> --enable-managed-identity"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/missing-or-invalid-service-principal","title":"Missing or invalid service principal when creating an AKS cluster"}],"seedRows":["Missing or invalid service principal"],"relatedCodes":["BadRequest","unauthorized_client"]},{"id":"missing-subscription-registration","title":"A required resource provider is not registered","category":"configuration","summary":"The subscription is not registered for a resource provider namespace the deployment needs (for example Microsoft.OperationsManagement).","codes":["MissingSubscriptionRegistration"],"exitCodes":[],"patterns":["subscription is not registered to use (?:the )?namespace","subscription is not registered for the resource type","aka\\\\.ms/rps-not-found"],"operations":["create","update"],"os":"any","retryable":false,"cause":"Every Azure resource type belongs to a resource provider that must be registered in the subscription before it can be used. Creating the cluster or enabling a feature (monitoring add-on, for instance) touched a provider namespace that this subscription has not registered; the message and its target name the namespace. The same code can also come from an API version or location that the resource type does not support.","mitigation":[{"step":"Read the namespace from the message (the \\"target\\" field) and check its registration state.","commands":["az provider show --namespace <namespace> --query registrationState --output tsv"]},{"step":"Register the provider and wait until it reports Registered, then retry the operation.","commands":["az provider register --namespace <namespace> --wait"]},{"step":"If it is already registered, check that the resource type supports the API version and location you used.","commands":["az provider show --namespace <namespace> --query \\"resourceTypes[?resourceType==\'<type>\'].{locations:locations, apiVersions:apiVersions}\\""]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/missingsubscriptionregistration-error","title":"Troubleshoot the MissingSubscriptionRegistration error code"}],"seedRows":["MissingSubscriptionRegistration"]},{"id":"nodepool-mc-version-incompatible","title":"Node pool version incompatible with the control plane version","category":"version","summary":"The node pool\'s Kubernetes version is too far behind the control plane, or newer than it, so AKS refused to upgrade or add the node pool.","codes":["NodePoolMcVersionIncompatible"],"exitCodes":[],"patterns":["Node pool version \\\\S{1,20} and control plane version \\\\S{1,20} are incompatible","Minor version of node pool version \\\\d{1,3} is bigger than control plane version","\\\\bOrchestratorVersion is invalid"],"operations":["nodepool-upgrade","nodepool-add"],"os":"any","retryable":false,"cause":"A node pool must never run a newer Kubernetes version than the control plane, and may lag it by only a limited number of minor versions (two in the rule this error quotes). Upgrading a node pool to a version that is still too old, or adding a node pool with a version newer than the control plane (for example when a tool creates the pool before it has upgraded the control plane), breaks that rule and the request is rejected.","mitigation":[{"step":"Read the control plane version (MasterVersion column) and the node pool versions.","commands":["az aks get-upgrades --resource-group <rg> --name <cluster> --output table","az aks nodepool list --resource-group <rg> --cluster-name <cluster> --query \\"[].{name:name, version:orchestratorVersion}\\" --output table"]},{"step":"Upgrade (or create) the node pool with a version that is not newer than the control plane and within the allowed number of minor versions below it.","commands":["az aks nodepool upgrade --resource-group <rg> --cluster-name <cluster> --name <nodepool> --kubernetes-version <version-le-control-plane> --no-wait","az aks nodepool add --resource-group <rg> --cluster-name <cluster> --name <nodepool> --kubernetes-version <version-le-control-plane>"]},{"step":"If you need a newer node pool version, upgrade the control plane first, then the node pools.","commands":["az aks upgrade --resource-group <rg> --name <cluster> --kubernetes-version <version> --control-plane-only"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/nodepoolmcversionincompatible-error","title":"Can\'t upgrade AKS cluster because of the NodePoolMcVersionIncompatible error"}],"seedRows":["NodePoolMcVersionIncompatible"],"relatedCodes":["BadRequest"]},{"id":"operation-not-allowed-in-progress","title":"Operation refused because another operation or state change is pending","category":"cluster-state","summary":"AKS refused the operation because another operation is still running on the cluster or node pool, or the cluster is already in the requested state.","codes":[{"code":"OperationNotAllowed","when":{"message":["Another (?:agentpool )?operation \\\\([^)]{1,100}\\\\) is in progress","Another (?:agentpool )?operation is in progress","Operation is not allowed because there.{0,6}s an in progress","aka\\\\.ms/aks-pending-(?:operation|upgrade)","are mutually exclusive operations","managed cluster is in .{1,80}?(?:[Ss]tate|\\\\)),? \\\\w{1,30} cannot be performed","is not currently running, stopping cannot be performed","since deletion was issued on"]}}],"exitCodes":[],"patterns":["Another (?:agentpool )?operation \\\\([^)]{1,100}\\\\) is in progress","Another (?:agentpool )?operation is in progress","Operation is not allowed because there.{0,6}s an in progress","aka\\\\.ms/aks-pending-(?:operation|upgrade)","Updating Kubernetes version and agent node scaling are mutually exclusive operations","managed cluster is in .{1,80}?(?:[Ss]tate|\\\\)),? \\\\w{1,30} cannot be performed","managed cluster is not currently running, stopping cannot be performed","Unable to perform .{1,60} operation on .{1,100} since deletion was issued on","Operation is not allowed while (?:the )?(?:cluster|agent ?pool|node ?pool) is being \\\\w{1,20}"],"operations":["create","update","upgrade","scale","start","stop","delete","nodepool-add","nodepool-upgrade","nodepool-scale","nodepool-delete"],"os":"any","retryable":true,"cause":"Long-running AKS operations lock the cluster or node pool until they finish, so a second request that arrives meanwhile (for example a start while an update is running, or a node pool add while another pool is being created) is rejected. The same code is returned when the request makes no sense in the current state, such as stopping a cluster that is already stopped, or scaling a node pool whose deletion has started: once a delete begins, only that delete may continue. Waiting usually clears it; a request that repeats the current state fails every time until the state changes.","mitigation":[{"step":"Check the cluster and node pool provisioning and power state to see what is still running or what state it is in.","commands":["az aks show --resource-group <rg> --name <cluster> --output table","az aks nodepool list --resource-group <rg> --cluster-name <cluster> --query \\"[].{name:name, state:provisioningState, power:powerState.code}\\" --output table"]},{"step":"If an operation is still in progress, wait for it to finish (or abort it if it is not wanted), then retry your operation. If the earlier operation failed, find its error in the activity log first.","commands":["az aks operation-abort --resource-group <rg> --name <cluster>","az monitor activity-log list --resource-group <rg> --offset 1d --status Failed --output table"]},{"step":"If the cluster is already in the requested state, change the request, for example start a stopped cluster before stopping it again.","commands":["az aks start --resource-group <rg> --name <cluster>"]},{"step":"If a node pool deletion was issued, no other operation is accepted on it; wait for the delete to complete and, if it is still not done after a few hours, run the delete again.","commands":["az aks nodepool delete --resource-group <rg> --cluster-name <cluster> --name <nodepool>"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/operationnotallowed","title":"Cluster pending operation (OperationNotAllowed) errors"}],"seedRows":["OperationIsNotAllowed"],"relatedCodes":["Conflict"]},{"id":"operation-not-allowed-quota-or-public-ip","title":"Cluster creation ran out of cores or public IP quota","category":"quota","summary":"Cluster creation was refused because it would exceed the region\'s vCPU (cores) quota or the subscription\'s public IP address limit.","codes":[{"code":"OperationNotAllowed","when":{"message":["exceeding approved .{1,60}quota","vcpu quota"]}},{"code":"PublicIPCountLimitReached","when":{"message":["Reconcile standard load balancer|outboundReconciler"]}}],"exitCodes":[],"patterns":[],"operations":["create","scale","upgrade","nodepool-add","nodepool-scale"],"os":"any","retryable":false,"cause":"A quota for some resource in the region is used up. Either the cores needed for the new nodes would pass the approved vCPU quota of the VM family (returned by the compute platform as OperationNotAllowed, with limit, usage and the additional cores required), or the outbound load balancer reconcile could not create the cluster\'s public IP because the subscription already has the maximum number of public IP addresses in that region (PublicIPCountLimitReached, marked not retriable).","mitigation":[{"step":"Check current usage against the limits in the region (cores and public IPs).","commands":["az vm list-usage --location <location> --output table","az network list-usages --location <location> --output table"]},{"step":"Request a quota increase, using the link in the error message if there is one, or in the portal under Quotas (Microsoft.Compute for cores, Networking for public IP addresses); such requests are often approved automatically."},{"step":"Once the increase is approved, retry the cluster creation.","commands":["az aks create --resource-group <rg> --name <cluster> <same-options-as-before>"]},{"step":"Alternatively, create the cluster in another region or with a VM size (SKU) that still has quota."}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/operationnotallowed-publicipcountlimitreached-error","title":"Troubleshoot the OperationNotAllowed or PublicIPCountLimitReached quota error"}],"seedRows":["OperationNotAllowed or PublicIPCountLimitReached"],"relatedCodes":["ClientError"]},{"id":"oras-pull-network-timeout","title":"Network-isolated cluster nodes cannot reach the bootstrap registry","category":"connectivity","summary":"In a network-isolated cluster the nodes could not reach the private bootstrap Azure Container Registry, so node provisioning failed.","codes":["OrasPullNetworkTimeoutVMExtensionError","ERR_ORAS_PULL_NETWORK_TIMEOUT","WINDOWS_CSE_ERROR_ORAS_PULL_NETWORK_TIMEOUT"],"exitCodes":[{"code":211,"os":"linux"}],"patterns":["Bootstrap Container Registry (?:is not|isn\'t) reachable"],"operations":["create","upgrade","scale","nodepool-add","nodepool-upgrade","nodepool-scale","autoscaler"],"os":"linux","retryable":false,"cause":"Network-isolated clusters (outbound type none or block) have no general egress. Nodes pull the binaries and images they need at boot from a private Azure Container Registry that caches Microsoft Artifact Registry content, reached over a private link. If that private link, its private DNS zone, or the registry\'s cache rules are set up wrongly, the node setup script (vmssCSE) cannot reach the bootstrap registry and exits with 211.","mitigation":[{"step":"Find the registry AKS uses as its bootstrap registry.","commands":["az aks show --resource-group <rg> --name <cluster> --query bootstrapProfile.containerRegistryId --output tsv"]},{"step":"Check the registry\'s cache rules - aks-managed-rule must map mcr.microsoft.com/* to aks-managed-repository/*, and no other rule may use * as source or target.","commands":["az acr cache list --registry <acr-name> --output table"]},{"step":"Verify the registry\'s private endpoint and private DNS zone are configured and linked to the node virtual network, and that the kubelet identity has AcrPull on the registry."},{"step":"From a failed node, curl the registry host; once it answers, reconcile the cluster.","commands":["curl -v https://<acr-name>.azurecr.io/v2/","az aks update --resource-group <rg> --name <cluster>"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/vmextensionerror-oraspullnetworktimeout","title":"OrasPullNetworkTimeoutVMExtensionError error code (211) when deploying an AKS cluster"}],"seedRows":["OrasPullNetworkTimeoutVMExtensionError"],"relatedCodes":["VMExtensionProvisioningError"]},{"id":"oras-pull-unauthorized","title":"Nodes are not authorized to pull from the bootstrap registry","category":"authorization","summary":"In a network-isolated cluster the node\'s kubelet identity was refused when pulling from the private bootstrap Azure Container Registry.","codes":["OrasPullUnauthorizedVMExtensionError","ERR_ORAS_PULL_UNAUTHORIZED","WINDOWS_CSE_ERROR_ORAS_PULL_UNAUTHORIZED"],"exitCodes":[{"code":212,"os":"linux"}],"patterns":["Bootstrap Container Registry authorization failed"],"operations":["create","upgrade","scale","nodepool-add","nodepool-upgrade","nodepool-scale","autoscaler"],"os":"linux","retryable":false,"cause":"Network-isolated clusters (outbound type none or block) bootstrap nodes from a private Azure Container Registry cache, and anonymous pull on that registry is normally disabled, so nodes authenticate with the kubelet managed identity. The pull was rejected: the kubelet identity lacks the AcrPull role on the registry (HTTP 401), the identity is not assigned to the node scale set (identity not found, HTTP 400), or the node timed out reaching the Instance Metadata Service to get a token.","mitigation":[{"step":"On a failed node, read /var/log/azure/cluster-provision.log to see whether the failure is a 401, an identity-not-found 400, or an IMDS timeout.","commands":["az vmss run-command invoke --resource-group <mc-resource-group> --name <vmss-name> --instance-id <instance-id> --command-id RunShellScript --scripts \\"tail -n 100 /var/log/azure/cluster-provision.log\\""]},{"step":"For a 401, grant the kubelet identity pull rights on the bootstrap registry - AcrPull, or Container Registry Repository Reader if the registry uses ABAC repository permissions.","commands":["az aks show --resource-group <rg> --name <cluster> --query bootstrapProfile.containerRegistryId --output tsv","az aks show --resource-group <rg> --name <cluster> --query identityProfile.kubeletidentity.objectId --output tsv","az role assignment create --role AcrPull --scope <registry-id> --assignee-object-id <kubelet-identity-object-id> --assignee-principal-type ServicePrincipal"]},{"step":"If the identity is not found, assign the kubelet identity to the node pool\'s scale set; if IMDS timed out, open a support request.","commands":["az vmss identity assign --resource-group <mc-resource-group> --name <vmss-name> --identities <kubelet-identity-resource-id>"]},{"step":"Reconcile the cluster after fixing the permissions or identity.","commands":["az aks update --resource-group <rg> --name <cluster>"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/vmextensionerror-oraspullunauthorized","title":"OrasPullUnauthorizedVMExtensionError error code (212) when deploying an AKS cluster"}],"seedRows":["OrasPullUnauthorizedVMExtensionError"],"relatedCodes":["VMExtensionProvisioningError"]},{"id":"outbound-conn-fail","title":"Nodes have no outbound connectivity during provisioning","category":"connectivity","summary":"The node setup script could not open an outbound connection (normally to mcr.microsoft.com:443), so the node could not be provisioned.","codes":["OutboundConnFailVMExtensionError","VMExtensionError_OutboundConnFail","ERR_OUTBOUND_CONN_FAIL"],"exitCodes":[{"code":50,"os":"linux"}],"patterns":["Unable to establish outbound connection from agents","agents are unable to establish outbound connection"],"operations":["create","start","upgrade","scale","nodepool-add","nodepool-upgrade","nodepool-scale","autoscaler"],"os":"linux","retryable":false,"cause":"When a node boots, the custom script extension (vmssCSE) first checks that it can reach the endpoints it needs to fetch packages and images; for public clusters that is the Microsoft Container Registry (mcr.microsoft.com) on port 443. That check failed. Typical reasons: a firewall, proxy or network security group (NSG) blocks the AKS required ports or FQDNs; the firewall blocks AAAA (IPv6) lookups so the name cannot be resolved; or, in a private cluster with custom DNS, the DNS servers do not forward to Azure DNS (168.63.129.16).","mitigation":[{"step":"Test outbound connectivity and DNS from an affected node (SSH, or run-command on the scale set instance).","commands":["az vmss list-instances --resource-group <mc-resource-group> --name <vmss-name> --output table","az vmss run-command invoke --resource-group <mc-resource-group> --name <vmss-name> --command-id RunShellScript --instance-id <instance-id> --output json --scripts \\"nc -vz mcr.microsoft.com 443\\"","az vmss run-command invoke --resource-group <mc-resource-group> --name <vmss-name> --command-id RunShellScript --instance-id <instance-id> --output json --scripts \\"dig mcr.microsoft.com 443\\""]},{"step":"If the cluster uses an HTTP(S) proxy, check the proxy itself is reachable and lets HTTPS through to MCR.","commands":["nc -vz <proxy-address> <port>","curl --proxy http://<http-proxy-address>:<port>/ --head https://mcr.microsoft.com","curl --proxy https://<https-proxy-address>:<port>/ --head https://mcr.microsoft.com"]},{"step":"Allow the AKS required outbound ports and FQDNs in the firewall, proxy and NSG, and make sure nothing stops the endpoints (including their AAAA records) from resolving through Azure DNS."},{"step":"For a private cluster with custom DNS, add Azure DNS (168.63.129.16) as the upstream forwarder on your DNS servers, then retry the operation."}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/error-code-outboundconnfailvmextensionerror","title":"Troubleshoot the OutboundConnFailVMExtensionError error code (50)","when":{"message":["OutboundConnFailVMExtensionError"]}},{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/vmextensionerror-outboundconnfail","title":"Troubleshoot the VMExtensionError_OutboundConnFail error code (50)"}],"seedRows":["OutboundConnFailVMExtensionError (50)","VMExtensionError_OutboundConnFail"],"relatedCodes":["VMExtensionProvisioningError"]},{"id":"public-ip-count-limit-reached","title":"The subscription reached its public IP address limit","category":"quota","summary":"A new public IP address could not be created because the subscription already has as many public IPs in the region as its limit allows.","codes":["PublicIPCountLimitReached"],"exitCodes":[],"patterns":["Cannot create more than \\\\d{1,7} public IP addresses for this subscription"],"operations":["create","update","upgrade","workload"],"os":"any","retryable":false,"cause":"Public IP addresses are limited per subscription and region, and the limit depends on the subscription type. AKS creates public IPs for the cluster\'s outbound load balancer, and Kubernetes creates one for every Service of type LoadBalancer that is public. When the limit is already reached, a cluster create, update or upgrade, or the deployment of such a Service, fails with PublicIPCountLimitReached.","mitigation":[{"step":"Compare the number of public IP addresses in the region with the limit, and delete any that are no longer used.","commands":["az network list-usages --location <location> --query \\"[?name.value==\'PublicIPAddresses\']\\" --output table","az network public-ip list --query \\"[?ipConfiguration==null].{name:name, rg:resourceGroup}\\" --output table"]},{"step":"Request a higher limit in the portal (Subscription, Usage + quotas, provider Networking, Public IP Addresses, Create a new support request)."},{"step":"After the new limit is active, retry the operation; for a pending LoadBalancer Service, check its events.","commands":["kubectl describe service <service-name> -n <namespace>"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/publicipcountlimitreached-error","title":"Troubleshoot the PublicIPCountLimitReached error code"}],"seedRows":["PublicIPCountLimitReached"]},{"id":"request-disallowed-by-policy","title":"An Azure Policy assignment blocked the request","category":"policy","summary":"An Azure Policy assigned to the subscription or resource group denied a resource that the AKS operation tried to create or change.","codes":["RequestDisallowedByPolicy"],"exitCodes":[],"patterns":["was disallowed by policy"],"operations":["create","update","upgrade","scale","nodepool-add"],"os":"any","retryable":false,"cause":"Administrators can assign Azure Policy definitions that deny certain resources or settings, such as public IP addresses, network security groups, route tables, or missing tags. AKS creates many of these resources (including in the node resource group, MC_*), and a deny effect stops the deployment. The error message names the blocked resource and lists the policy assignment and definition IDs. Microsoft cannot override your policies; only whoever manages them can.","mitigation":[{"step":"Identify the blocking policy from the \\"Policy identifiers\\" in the message (the name is the last segment of the assignment/definition id) and inspect it.","commands":["az policy assignment show --name <assignment-name> --scope /subscriptions/<subscription-id>","az policy definition show --name <definition-name>"]},{"step":"Change the deployment so it complies with the policy, or, if you are allowed to, add an exemption for the cluster\'s resources.","commands":["az policy exemption create --name <exemption-name> --policy-assignment <assignment-id> --exemption-category Waiver --scope /subscriptions/<subscription-id>/resourceGroups/<rg>"]},{"step":"After fixing the policy, reconcile the cluster so it leaves the failed state and retries the last operation.","commands":["az aks update --resource-group <rg> --name <cluster>"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/requestdisallowedbypolicy-error","title":"RequestDisallowedByPolicy error when deploying an AKS cluster"}],"seedRows":["RequestDisallowedByPolicy"]},{"id":"service-cidr-overlap-existing-subnets","title":"The service CIDR overlaps a subnet in the cluster\'s virtual network","category":"networking","summary":"A subnet in the cluster\'s virtual network overlaps the cluster\'s Kubernetes service CIDR, so AKS refuses to upgrade the cluster.","codes":["ServiceCidrOverlapExistingSubnetsCidr"],"exitCodes":[],"patterns":["specified service CIDR \\\\S{1,50} is conflicted with an existing subnet CIDR"],"operations":["upgrade"],"os":"any","retryable":false,"cause":"The service CIDR is the range of virtual IPs Kubernetes gives to in-cluster services; it is fixed when the cluster is created and must not overlap the cluster\'s virtual network or any network routable from it. Before an upgrade AKS checks the virtual network\'s subnets against the service CIDR; if a subnet (often one added to the VNet after cluster creation) overlaps it, the upgrade fails.","mitigation":[{"step":"Find the cluster\'s service CIDR and the subnet whose prefix overlaps it (the message names both).","commands":["az aks show --resource-group <rg> --name <cluster> --query networkProfile.serviceCidr","az network vnet subnet list --resource-group <vnet-rg> --vnet-name <vnet> --query \\"[].{name:name, prefix:addressPrefix}\\" -o table"]},{"step":"If nothing is attached to the overlapping subnet, delete it; otherwise, if acceptable, move it to a non-overlapping address range. Then retry the upgrade.","commands":["az network vnet subnet delete --resource-group <vnet-rg> --vnet-name <vnet> --name <overlapping-subnet>","az network vnet subnet update --resource-group <vnet-rg> --vnet-name <vnet> --name <overlapping-subnet> --address-prefixes <non-overlapping-cidr>","az aks upgrade --resource-group <rg> --name <cluster> --kubernetes-version <version>"]},{"step":"If the subnet can be neither removed nor changed, the only way out is to redeploy the cluster with a different service CIDR (it cannot be changed after creation).","commands":["az aks create --resource-group <rg> --name <new-cluster> --service-cidr <non-overlapping-cidr> --dns-service-ip <ip-inside-that-cidr>"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/servicecidroverlapexistingsubnetscidr-error","title":"Troubleshoot the ServiceCidrOverlapExistingSubnetsCidr error during an AKS cluster upgrade"}],"seedRows":["ServiceCidrOverlapExistingSubnetsCidr"]},{"id":"service-principal-validation-client-error","title":"The service principal\'s client secret is not valid","category":"authentication","summary":"AKS rejected the service principal because the client secret it was given is not valid (AADSTS7000215), often the secret ID instead of its value.","codes":["ServicePrincipalValidationClientError","AADSTS7000215"],"exitCodes":[],"patterns":["Invalid client secret (?:is )?provided"],"operations":["create","update"],"os":"any","retryable":false,"cause":"When a cluster is created (or its credentials are used later) with a service principal, AKS validates the client ID and secret against Microsoft Entra ID. Entra ID answered 401 invalid_client with AADSTS7000215: the secret sent for that application is not one of its valid secrets. A common mistake is passing the secret\'s ID rather than the secret value, or a secret that was already rotated.","mitigation":[{"step":"Reset the service principal\'s secret and note the new value that is printed (optionally with an explicit lifetime).","commands":["az ad sp credential reset --id <app-id> --query password --output tsv","az ad sp credential reset --id <app-id> --years 1 --query password --output tsv"]},{"step":"For a new cluster, run the create command again with the app ID and the new secret value.","commands":["az aks create --resource-group <rg> --name <cluster> --service-principal <app-id> --client-secret <new-secret>"]},{"step":"For an existing cluster, store the new secret in the cluster.","commands":["az aks update-credentials --resource-group <rg> --name <cluster> --reset-service-principal --service-principal <app-id> --client-secret <new-secret>"]},{"step":"Alternatively create a brand-new service principal and use its appId and password.","commands":["az ad sp create-for-rbac --role Contributor","az aks update-credentials --resource-group <rg> --name <cluster> --reset-service-principal --service-principal <new-app-id> --client-secret <new-secret>"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/serviceprincipalvalidationclienterror-error","title":"Troubleshoot the ServicePrincipalValidationClientError error code"}],"seedRows":["ServicePrincipalValidationClientError"],"relatedCodes":["invalid_client","BadRequest"]},{"id":"subnet-is-delegated","title":"The node pool subnet is delegated to another Azure service","category":"networking","summary":"The subnet chosen for the node pool is delegated to a different Azure service, so AKS cannot place nodes in it.","codes":["SubnetIsDelegated"],"exitCodes":[],"patterns":["AgentPoolProfile subnet .{0,300}cannot be used as it.{0,4}s a delegated subnet"],"operations":["nodepool-add","create"],"os":"any","retryable":false,"cause":"A subnet can carry a delegation that reserves it for one Azure service (for example Container Apps, App Service or a database service). When the subnet given to a new node pool is delegated to any service other than Microsoft.ContainerService/managedClusters, AKS refuses to use it and the node pool is not created.","mitigation":[{"step":"Look at the delegations on the subnet; only Microsoft.ContainerService/managedClusters, or no delegation at all, is acceptable.","commands":["az network vnet subnet show --resource-group <vnet-rg> --vnet-name <vnet> --name <subnet> --query delegations"]},{"step":"If another service\'s delegation is listed (and nothing of that service still uses the subnet), remove it; optionally delegate the subnet to AKS instead.","commands":["az network vnet subnet update --resource-group <vnet-rg> --vnet-name <vnet> --name <subnet> --remove delegations 0","az network vnet subnet update --resource-group <vnet-rg> --vnet-name <vnet> --name <subnet> --delegations Microsoft.ContainerService/managedClusters"]},{"step":"Create the node pool again on that subnet, or pick a different, undelegated subnet.","commands":["az aks nodepool add --resource-group <rg> --cluster-name <cluster> --name <nodepool> --vnet-subnet-id <subnet-id>"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/subnetisdelegated-error","title":"Troubleshoot the SubnetIsDelegated error code"}],"seedRows":["SubnetIsDelegated"]},{"id":"subnet-is-full","title":"The node subnet has no free IP addresses","category":"networking","summary":"The subnet the node pool uses ran out of IP addresses, so AKS could not add the extra node(s) the operation needs.","codes":["SubnetIsFull"],"exitCodes":[],"patterns":["(?:doesn\'t|does not) have enough capacity for \\\\d{0,6} ?IP address(?:es)?"],"operations":["upgrade","scale","nodepool-upgrade","nodepool-scale","nodepool-add"],"os":"any","retryable":false,"cause":"Upgrades surge extra nodes and scale-outs add nodes; each new node (and, with Azure CNI, each of its pods) takes IP addresses from the node pool\'s subnet. When the subnet\'s address range is already used up, the virtual machine scale set cannot create the new node and the operation fails.","mitigation":[{"step":"Check how many addresses the subnet has and how many are in use.","commands":["az network vnet subnet show --resource-group <vnet-rg> --vnet-name <vnet> --name <subnet> --query \\"{prefix:addressPrefix, used:length(ipConfigurations)}\\""]},{"step":"Free addresses for the upgrade by scaling the node pool down first, or lower the upgrade\'s max surge.","commands":["az aks nodepool scale --resource-group <rg> --cluster-name <cluster> --name <nodepool> --node-count <fewer-nodes>","az aks nodepool update --resource-group <rg> --cluster-name <cluster> --name <nodepool> --max-surge 1"]},{"step":"If the virtual network has room, add a node pool on a new, larger subnet, move workloads to it (make it a system pool if needed), then scale down or delete the old pool.","commands":["az aks nodepool add --resource-group <rg> --cluster-name <cluster> --name <newpool> --vnet-subnet-id <larger-subnet-id>"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/error-code-subnetisfull-upgrade","title":"Troubleshoot the SubnetIsFull error code during an AKS cluster upgrade","when":{"operations":["upgrade","nodepool-upgrade"]}},{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/subnetisfull-error","title":"Troubleshoot the SubnetIsFull error code"}],"seedRows":["SubnetIsFull","SubnetIsFull (upgrade)"]},{"id":"subnet-with-external-resources","title":"The subnet already holds external resources and cannot be shared","category":"networking","summary":"The subnet given to the cluster already contains external resources (such as service association links or delegations), so AKS may not deploy into it.","codes":[{"code":"SubnetWithExternalResourcesCannotBeUsedByOtherResources","when":{"message":["referenced by .{0,300}(?:\\\\bAKS\\\\b|/resourceGroups/MC_|Microsoft\\\\.ContainerService)","ManagedClustersClient|AgentPoolsClient|azurerm_kubernetes_cluster|AKSTeam:","\\\\baz aks (?:create|update|scale|nodepool add|nodepool scale|nodepool update)\\\\b"]}}],"exitCodes":[],"patterns":["referenced by .{0,300}(?:\\\\bAKS\\\\b|/resourceGroups/MC_|Microsoft\\\\.ContainerService).{0,300} cannot be used because it contains external resources"],"operations":["create","update","scale","nodepool-add","nodepool-scale"],"os":"any","retryable":false,"cause":"Some Azure services attach external references to a subnet, for example a service association link or a subnet delegation. Once a subnet carries such references it is reserved for that service and no other resource may use it. Creating, updating or scaling an AKS cluster whose nodes point at that subnet is therefore rejected; the error lists the external resources found in the subnet.","mitigation":[{"step":"See which external references the subnet carries (the error message also names them).","commands":["az network vnet subnet show --resource-group <vnet-rg> --vnet-name <vnet> --name <subnet> --query \\"{delegations:delegations[].serviceName, links:serviceAssociationLinks[].id}\\""]},{"step":"Preferably give the cluster or node pool its own new subnet instead of the shared one.","commands":["az network vnet subnet create --resource-group <vnet-rg> --vnet-name <vnet> --name <new-subnet> --address-prefixes <cidr>","az aks nodepool add --resource-group <rg> --cluster-name <cluster> --name <nodepool> --vnet-subnet-id <new-subnet-id>"]},{"step":"If the subnet must be reused, first remove the external references (the other service\'s resources, its service association links and the subnet delegation), then retry the operation.","commands":["az network vnet subnet update --resource-group <vnet-rg> --vnet-name <vnet> --name <subnet> --remove delegations"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/subnetwithexternalresourcescannotbeusedbyotherresources-error","title":"Troubleshoot the SubnetWithExternalResourcesCannotBeUsedByOtherResources error code"}],"seedRows":["SubnetWithExternalResourcesCannotBeUsedByOtherResources"]},{"id":"subscription-requests-throttled","title":"Azure Resource Manager throttled the subscription\'s requests (429)","category":"throttling","summary":"Azure Resource Manager returned HTTP 429 SubscriptionRequestsThrottled because the subscription exceeded its request limits while AKS was working.","codes":["SubscriptionRequestsThrottled",{"code":"OperationNotAllowed","when":{"message":["too many requests have been received for this subscription","\\"operationgroup\\"\\\\s{0,4}:\\\\s{0,4}\\"HighCost\\\\w{1,60}\\""]}},{"code":"TooManyRequests","when":{"message":["too many requests have been received","HighCost\\\\w{1,60}","requests (?:to the server )?(?:are|were|being) (?:being )?throttled"]}}],"exitCodes":[],"patterns":["Number of requests for subscription .{1,200} exceeded the backend storage limit"],"operations":["create","update","upgrade","scale","nodepool-add","nodepool-scale"],"os":"any","retryable":true,"cause":"Azure Resource Manager limits how many read and write requests each subscription may send in a given time. When other callers in the subscription (inventory scripts scanning every resource, many users or pipelines sharing one subscription) use up that budget, the calls AKS makes on your behalf, for example reading public IP addresses while reconciling the load balancer, are rejected with 429 and the cluster operation fails.","mitigation":[{"step":"Wait for the retry interval given in the message, then retry the operation."},{"step":"Find the callers that flood the subscription and reduce them; run scanning scripts less often and scope them to only the resources they need.","commands":["az monitor activity-log list --offset 1h --query \\"[].{caller:caller, operation:operationName.value}\\" --output table"]},{"step":"Give heavy users or automation their own subscription, or deploy the cluster into a different subscription.","commands":["az account set --subscription <other-subscription-id>"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/subscriptionrequeststhrottled","title":"Troubleshoot the SubscriptionRequestsThrottled error code (429)","when":{"message":["SubscriptionRequestsThrottled|429|throttl"]}},{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/error-code-subscriptionrequeststhrottled","title":"Troubleshoot the SubscriptionRequestsThrottled error code (429)"}],"seedRows":["SubscriptionRequestsThrottled","SubscriptionRequestsThrottled (429)"],"relatedCodes":["ClientError"]},{"id":"tcp-10250-io-timeout","title":"Connection to a node\'s kubelet on port 10250 timed out","category":"connectivity","summary":"kubectl logs or exec timed out with \\"dial tcp <node-ip>:10250: i/o timeout\\" because traffic to the kubelet port on some nodes is blocked.","exitCodes":[],"patterns":[":10250/[^\\"\\\\s]{0,300}\\\\\\\\?\\"?: dial tcp \\\\S{1,80}:10250: (?:i/o timeout|(?:getsockopt|connect): connection timed out)","^dial tcp \\\\S{1,80}:10250: (?:i/o timeout|(?:getsockopt|connect): connection timed out)"],"operations":["kubectl"],"os":"any","retryable":false,"cause":"To serve kubectl logs and exec, the API server reaches the kubelet on port 10250 of the node that runs the pod, through the tunnel component running in the cluster. When traffic between nodes on port 10250 is blocked, for example by a network security group on the node subnet (or a firewall such as UFW or an iptables rule on the node), these commands only work for pods on the nodes that host the tunnel pods and time out for pods on every other node.","mitigation":[{"step":"Confirm the pattern; logs work for pods on the tunnel pods\' nodes and time out elsewhere.","commands":["az aks get-credentials --resource-group <rg> --name <cluster>","kubectl get pods -n kube-system -o wide | grep konnectivity-agent","kubectl get pods -n <namespace> -o wide"]},{"step":"Test TCP 10250 from one node to the node that runs the tunnel component.","commands":["az vmss run-command invoke --resource-group <node-resource-group> --name <vmss> --command-id RunShellScript --instance-id <instance-id> --scripts \\"nc -v -w 2 <tunnel-node-ip> 10250\\" --output tsv --query \'value[0].message\'"]},{"step":"Allow port 10250 inside the virtual network (or at least the node subnet) with a higher-priority network security group rule.","commands":["az network nsg rule create --resource-group <nsg-rg> --nsg-name <nsg> --name AllowKubelet10250 --priority <priority> --direction Inbound --access Allow --protocol Tcp --source-address-prefixes VirtualNetwork --destination-port-ranges 10250"]},{"step":"If no NSG blocks it, check for a node firewall (UFW or an iptables DROP rule on 10250), then delete the tunnel pods so they are recreated.","commands":["az vmss run-command invoke --resource-group <node-resource-group> --name <vmss> --command-id RunShellScript --instance-id <instance-id> --scripts \\"ufw status; iptables --list INPUT --line-numbers\\" --output tsv --query \'value[0].message\'","kubectl delete pod -n kube-system <konnectivity-agent-pod>"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/connectivity/tcp-timeouts-dial-tcp-nodeip-10250-io-timeout","title":"10250 I/O timeouts error when running kubectl log command"}],"seedRows":["TCP time-outs such as 10250 I/O"]},{"id":"throttled","title":"Requests throttled by the AKS resource provider (429)","category":"throttling","summary":"The AKS resource provider rejected the request with HTTP 429 because the subscription sent too many AKS API calls in a short time.","codes":["Throttled"],"exitCodes":[],"patterns":["request limit has been exceeded for SubID","aka\\\\.ms/aks/throttling"],"operations":["create","update","upgrade","scale","delete","nodepool-add","nodepool-upgrade","nodepool-scale","nodepool-delete"],"os":"any","retryable":true,"cause":"The AKS resource provider applies its own per-subscription request limits to AKS APIs (for example PUT on managedClusters), separately from Azure Resource Manager throttling. The limit is reached when scripts keep listing managed clusters, when many clusters are deployed in a short time, or when the same cluster or its agent pools are created, changed or deleted repeatedly in quick succession. The response says how many seconds to wait before retrying.","mitigation":[{"step":"Wait for the number of seconds given in the message, then retry the operation once."},{"step":"Find what is calling the AKS API so often; reduce the frequency of scripts that list managed clusters, and do not run several pipelines against the same cluster at once.","commands":["az monitor activity-log list --resource-provider Microsoft.ContainerService --offset 1h --output table"]},{"step":"Space out cluster and agent pool operations and wait for each to finish before starting the next; spread large numbers of cluster deployments over time or over several subscriptions.","commands":["az aks show --resource-group <rg> --name <cluster> --query provisioningState -o tsv"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/throttled-error","title":"Troubleshoot the Throttled error code (429)","when":{"message":["Throttled|429|request limit"]}},{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/error-code-aksrequeststhrottled","title":"Troubleshoot Throttled error code (429)"}],"seedRows":["Throttled","Throttled (429)"],"relatedCodes":["ClientError"]},{"id":"tls-client-unsupported-versions","title":"Client uses a TLS version older than the AKS API server accepts","category":"connectivity","summary":"Connecting to the AKS API server failed with \\"tls: client offered only unsupported versions\\" because the client only offers TLS older than 1.2.","exitCodes":[],"patterns":["tls: client offered only unsupported versions"],"operations":["kubectl"],"os":"any","retryable":false,"cause":"The AKS API server accepts TLS 1.2 or newer only. A client computer, virtual machine or tool whose TLS stack or configuration only offers older protocol versions (TLS 1.0 or 1.1) cannot complete the handshake, so every connection to the API server fails until the client is updated.","mitigation":[{"step":"Check that the client can negotiate TLS 1.2 with the API server.","commands":["az aks show --resource-group <rg> --name <cluster> --query fqdn -o tsv","openssl s_client -connect <api-server-fqdn>:443 -tls1_2 </dev/null"]},{"step":"Enable TLS 1.2 on the client (update the operating system, runtime or tool, or change its TLS settings), then connect again."}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/tls-client-offered-unsupported-versions","title":"\\"TLS: client offered only unsupported versions\\" error on client when connecting to the AKS API server"}],"seedRows":["tls - client offered only unsupported versions"]},{"id":"too-many-requests-received","title":"Too many requests to Azure Resource Manager while deleting a cluster (429)","category":"throttling","summary":"Deleting the cluster failed with HTTP 429 (TooManyRequestsReceived or SubscriptionRequestsThrottled) because the subscription hit an Azure Resource Manager limit.","codes":["TooManyRequestsReceived",{"code":"SubscriptionRequestsThrottled","when":{"operations":["delete"]}},{"code":"SubscriptionRequestsThrottled","when":{"message":["Number of \\\\W{0,2}(?:read|write)\\\\W{0,2} requests for subscription .{1,200} exceeded the limit"]}}],"exitCodes":[],"patterns":["Number of \\\\W{0,2}(?:read|write)\\\\W{0,2} requests for subscription .{1,200} exceeded the limit of .{1,40} for time interval"],"operations":["delete"],"os":"any","retryable":true,"cause":"Every Azure Resource Manager instance enforces subscription-level and tenant-level limits on the number of read and write requests in a time window. When the subscription exceeds one of them, for example while a cluster and its resources are being deleted alongside other traffic, Resource Manager answers with status 429 and a Retry-After value, and requests sent before that time are refused again.","mitigation":[{"step":"Wait at least the number of seconds given by Retry-After (shown in the message), then retry the delete; do not retry in a tight loop, since early retries are refused and reset the wait.","commands":["az aks delete --resource-group <rg> --name <cluster> --yes --no-wait"]},{"step":"Reduce other request traffic in the subscription (polling scripts, parallel pipelines) while the deletion runs.","commands":["az monitor activity-log list --offset 1h --query \\"[].{caller:caller, operation:operationName.value}\\" --output table"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/toomanyrequestsreceived-error","title":"Troubleshoot TooManyRequestsReceived or SubscriptionRequestsThrottled error code"}],"seedRows":["TooManyRequestsReceived or SubscriptionRequestsThrottled"]},{"id":"unsatisfiable-pdb","title":"Upgrade blocked by a PodDisruptionBudget that allows no disruption","category":"workload","summary":"The upgrade was refused because a PodDisruptionBudget has maxUnavailable set to 0, so nodes could never be drained.","codes":["UnsatisfiablePDB"],"exitCodes":[],"patterns":["PDB \\\\S{1,200} has maxunavail\\\\w{0,6} ?== ?0","Upgrade is blocked due to invalid Pod Disruption Budgets","PDB \\\\S{1,200} has minAvailable\\\\W{0,2}\\\\d{0,9}%?\\\\W{0,2} ?>= ?expectedPods"],"operations":["upgrade","nodepool-upgrade"],"os":"any","retryable":false,"cause":"An upgrade replaces nodes one by one, and every node has to be drained first. Before it starts, AKS looks for PodDisruptionBudgets whose maxUnavailable is 0: such a budget never allows a pod to be evicted, so draining would hang and could leave the cluster in a failed state. AKS therefore rejects the upgrade up front and names the offending PDB in the message.","mitigation":[{"step":"Inspect the PDB named in the error; MAX UNAVAILABLE 0 (and ALLOWED DISRUPTIONS 0) confirms the problem.","commands":["kubectl get pdb <pdb-name> -n <pdb-namespace>","kubectl get pdb --all-namespaces"]},{"step":"If you can edit it, set maxUnavailable to 1 or more, then retry the upgrade.","commands":["kubectl patch pdb <pdb-name> -n <pdb-namespace> --type merge -p \'{\\"spec\\":{\\"maxUnavailable\\":1}}\'","az aks upgrade --resource-group <rg> --name <cluster> --kubernetes-version <version>"]},{"step":"If editing is not possible, back up the PDB, delete it, run the upgrade, and re-apply the backup once the upgrade has succeeded.","commands":["kubectl get pdb <pdb-name> -n <pdb-namespace> -o yaml > pdb_backup.yaml","kubectl delete pdb <pdb-name> -n <pdb-namespace>","kubectl apply -f pdb_backup.yaml"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/unsatisfiablepdb-error","title":"Error \\"UnsatisfiablePDB\\" when upgrading an AKS cluster"}],"seedRows":["UnsatisfiablePDB"]},{"id":"vcpu-quota-exceeded","title":"Not enough vCPU (cores) quota for the requested nodes","category":"quota","summary":"Creating or adding nodes would go over the subscription\'s vCPU quota for the VM family or for the whole region.","codes":[{"code":"QuotaExceeded","when":{"message":["cores? quota|quota limits of cores?\\\\b|vcpu|[A-Za-z0-9]Family\\\\b|regional cores"]}},{"code":"OperationNotAllowed","when":{"message":["exceeding quota limits of cores?\\\\b"]}},"ErrCode_InsufficientVCPUQuota","InsufficientVCPUQuota"],"exitCodes":[],"patterns":["exceeding approved [\\\\w -]{1,60}cores quota","insufficient (?:regional )?vcpu quota","exceeding quota limits of core"],"operations":["create","upgrade","scale","nodepool-add","nodepool-scale","nodepool-upgrade","autoscaler"],"os":"any","retryable":false,"cause":"Every subscription has vCPU quotas per region: one per VM family (for example standardDSv3Family) and a total regional cores quota. Creating a cluster, adding or scaling a node pool, and upgrading (which adds surge nodes) all request new cores. When the cores in use plus the cores requested would pass the approved limit, the compute platform refuses the VMs and the AKS operation fails. The message says which quota (the family or \\"Total Regional Cores\\"), the current limit and usage, and how many more cores were needed.","mitigation":[{"step":"Read which quota ran out (VM family or total regional) and the numbers from the message, and compare with current usage.","commands":["az vm list-usage --location <location> --output table"]},{"step":"For a VM-family quota, request a higher vCPU limit for that family (Azure portal, Quotas, Microsoft.Compute, pencil icon or New Quota Request; or the link in the message)."},{"step":"For the regional quota, ask for a higher total regional vCPU limit, or deploy in another region."},{"step":"To need fewer cores meanwhile, use a smaller VM size or node count, or lower the upgrade surge.","commands":["az aks nodepool update --resource-group <rg> --cluster-name <cluster> --name <nodepool> --max-surge 1"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/quota-exceeded-during-creation-upgrade","title":"\\"QuotaExceeded\\" or \\"InsufficientVCPUQuota\\" error during AKS creation or upgrade","when":{"message":["exceeding approved [\\\\w -]{1,60}cores quota","insufficient (?:regional )?vcpu quota","InsufficientVCPUQuota"]}},{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/quota-exceeded-during-creation-upgrade","title":"\\"QuotaExceeded\\" or \\"InsufficientVCPUQuota\\" error during AKS creation or upgrade","when":{"operations":["create","scale","nodepool-add","nodepool-scale","autoscaler"]}},{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/quota-exceeded-error","title":"Troubleshoot the \\"Quotaexceeded\\" error code"}],"seedRows":["QuotaExceeded or InsufficientVCPUQuota","QuotaExceeded or InsufficientVCPUQuota (creation/upgrade)"]},{"id":"vhd-file-not-found","title":"Node provisioning failed with VHD file not found (connectivity)","category":"connectivity","summary":"The node setup script failed with ERR_VHD_FILE_NOT_FOUND, which AKS documents as a connectivity problem between the nodes and required Azure endpoints.","codes":["ERR_VHD_FILE_NOT_FOUND","VMExtensionError_VHDFileNotFound"],"exitCodes":[{"code":65,"os":"linux"},{"code":124,"os":"linux","note":"Historical number of ERR_VHD_FILE_NOT_FOUND (moved to 65), and the article for it still shows exit status=124. On current node images 124 is not an ERR_ constant but the status of `timeout` when the 15-minute CSE time limit (or an inner timeout) expires, so read 124 as \\"provisioning timed out\\", most often for the same egress reasons, not as proof of a missing VHD file."}],"patterns":["connectivity issue between your cluster and required azure endpoints"],"operations":["create","start","upgrade","scale","nodepool-add","nodepool-upgrade","nodepool-scale","autoscaler"],"os":"linux","retryable":false,"cause":"Despite its name, Microsoft documents this exit code as a stand-in that, in rare cases, the node setup script (vmssCSE) reports instead of the outbound-connection (50), API-server-connection (51) or API-server-DNS (52) failures. The underlying problem is that the nodes cannot reach required Azure endpoints such as mcr.microsoft.com or acs-mirror.azureedge.net, typically because a firewall, proxy, NSG or custom DNS setup blocks them. Current images use exit 65; older ones used 124.","mitigation":[{"step":"Compare your firewall, proxy and NSG rules with the AKS outbound network and FQDN rules, and allow every required FQDN and port (mcr.microsoft.com and acs-mirror.azureedge.net on 443 among them)."},{"step":"Test outbound connectivity, API server reachability and DNS from an affected node, as for exit codes 50, 51 and 52.","commands":["az vmss run-command invoke --resource-group <mc-resource-group> --name <vmss-name> --command-id RunShellScript --instance-id <instance-id> --output json --scripts \\"nc -vz mcr.microsoft.com 443; nc -vz acs-mirror.azureedge.net 443; nc -vz <cluster-fqdn> 443; dig <cluster-fqdn>\\""]},{"step":"Fix whichever check fails (egress rules, authorized IP ranges, or custom DNS forwarding to 168.63.129.16), then retry the operation."}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/error-code-vhdfilenotfound","title":"Troubleshoot the ERR_VHD_FILE_NOT_FOUND error code (124)","when":{"message":["exit status=124\\\\b","ExitCode\\\\W{1,8}124\\\\b"]}},{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/vmextensionerror-vhdfilenotfound","title":"VMExtensionError_VHDFileNotFound error when deploying an AKS cluster"}],"seedRows":["ERR_VHD_FILE_NOT_FOUND (65)","VMExtensionError_VHDFileNotFound"],"relatedCodes":["VMExtensionProvisioningError"]},{"id":"virtual-network-not-in-succeeded-state","title":"The virtual network is not in the Succeeded provisioning state","category":"networking","summary":"AKS could not take ownership of the virtual network because the VNet was Updating, Deleting or Failed instead of Succeeded.","codes":["VirtualNetworkNotInSucceededState"],"exitCodes":[],"patterns":["needs to be in Succeeded state in order to set resource ownership"],"operations":["create","upgrade","scale","nodepool-add","nodepool-scale","nodepool-upgrade"],"os":"any","retryable":true,"cause":"During create, upgrade and scale operations AKS sets resource ownership on the cluster\'s virtual network, which Azure only allows while the VNet\'s provisioningState is Succeeded. It fails when the VNet is still Updating (another change to it is running, or several cluster/node pool deployments touch the same VNet at once), Deleting, or Failed (an earlier network operation left it broken). The Updating case clears by itself, so a later retry works; a Failed VNet must be repaired first.","mitigation":[{"step":"Check the VNet\'s provisioning state.","commands":["az network vnet show --resource-group <vnet-rg> --name <vnet> --query provisioningState -o tsv"]},{"step":"If it is Updating, wait for the other operation to finish (avoid parallel deployments that change the same VNet), then retry once it reports Succeeded."},{"step":"If it stays Failed, repair the VNet first, for example by re-applying its current configuration with an update (see Troubleshoot Azure Microsoft.Network failed provisioning state), then retry the AKS operation.","commands":["az network vnet update --resource-group <vnet-rg> --name <vnet>"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/virtualnetworknotinsucceededstate-error","title":"Troubleshoot the VirtualNetworkNotInSucceededState error code"}],"seedRows":["VirtualNetworkNotInSucceededState"]},{"id":"vm-extension-provisioning-timeout","title":"Node setup extension timed out","category":"node-provisioning","summary":"The node setup extension (vmssCSE) did not finish in time and reported no result, so the node could not be provisioned.","codes":["VMExtensionProvisioningTimeout","VMExtensionError_ProvisioningTimeout"],"exitCodes":[],"patterns":["Provisioning of VM extension .{1,40} has timed out"],"operations":["create","start","upgrade","scale","nodepool-add","nodepool-upgrade","nodepool-scale","autoscaler"],"os":"any","retryable":false,"cause":"Azure gave up waiting for the custom script extension that provisions the node; the extension never reported back. This is the timeout form of the node provisioning failures, and the root causes are the same: the node cannot reach the endpoints that serve Kubernetes or CNI binaries, has no working outbound connectivity to fetch packages, cannot resolve the DNS names it needs (for example the cluster FQDN through a custom DNS server), or a package manager update (such as apt-get) ran too long. Although the RP marks it \\"Retriable\\", retrying rarely helps until the network cause is fixed.","mitigation":[{"step":"If egress is filtered (user-defined routes, Azure Firewall, NVA or proxy), compare your rules with the AKS outbound network and FQDN requirements and allow everything required.","commands":["az aks show --resource-group <rg> --name <cluster> --query networkProfile.outboundType --output tsv"]},{"step":"Make sure your DNS servers and firewall do not block resolution of the cluster FQDN and the required endpoints; test from a node.","commands":["az aks show --resource-group <rg> --name <cluster> --query \\"fqdn || privateFqdn\\" --output tsv","az vmss run-command invoke --resource-group <mc-resource-group> --name <vmss-name> --instance-id <instance-id> --command-id RunShellScript --scripts \\"nslookup <cluster-fqdn>; nc -vz mcr.microsoft.com 443\\""]},{"step":"With a custom DNS server (especially for private clusters), forward to Azure DNS (168.63.129.16) and check the private DNS zone setup, then retry the operation."}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/vmextensionerror-provisioningtimeout","title":"Troubleshoot the VMExtensionProvisioningTimeout error code","when":{"message":["VMExtensionError_ProvisioningTimeout"]}},{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/error-code-vmextensionprovisioningtimeout","title":"Troubleshoot the VMExtensionProvisioningTimeout error"}],"seedRows":["VMExtensionProvisioningTimeout","VMExtensionError_ProvisioningTimeout"],"relatedCodes":["InternalError","VMExtensionProvisioningError"]},{"id":"windows-cse-check-api-server-connectivity","title":"Windows nodes cannot connect to the Kubernetes API server","category":"connectivity","summary":"While provisioning a Windows node, the setup script could not connect to the cluster\'s API server, so the Windows node pool could not be added.","codes":["WINDOWS_CSE_ERROR_CHECK_API_SERVER_CONNECTIVITY"],"exitCodes":[{"code":5,"os":"windows","note":"Windows CSE table only; Linux exit 5 is ERR_CLOUD_INIT_TIMEOUT."}],"operations":["nodepool-add","create","start","upgrade","scale","nodepool-upgrade","nodepool-scale","autoscaler"],"os":"windows","retryable":false,"cause":"The Windows node setup script (CustomScriptExtension) checks that the node can reach the API server on port 443 before joining the cluster, and the check failed. Usual reasons are network security group \\"Deny\\" rules for the API server, a firewall used for egress filtering that does not allow the cluster FQDN, or API server authorized IP ranges that do not include the firewall\'s outbound IP.","mitigation":[{"step":"Connect to an existing node and test the connection to the cluster FQDN on port 443 (PowerShell on Windows nodes, nc on Linux nodes).","commands":["az aks show --resource-group <rg> --name <cluster> --query fqdn --output tsv","Test-NetConnection -ComputerName <cluster-fqdn> -Port 443","nc -vz <cluster-fqdn> 443"]},{"step":"If the test shows False or a timeout, look for NSG rules on the virtual network that deny traffic to the API server, and allow the cluster FQDN through any egress firewall.","commands":["az network nsg rule list --resource-group <nsg-rg> --nsg-name <nsg> --output table"]},{"step":"If API server authorized IP ranges are enabled, add the firewall\'s outbound IP to them, then retry adding the node pool.","commands":["az aks show --resource-group <rg> --name <cluster> --query apiServerAccessProfile.authorizedIpRanges --output tsv","az aks update --resource-group <rg> --name <cluster> --api-server-authorized-ip-ranges \\"<existing-ranges>,<firewall-outbound-ip>/32\\""]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/windows-cse-error-check-api-server-connectivity","title":"Troubleshoot WINDOWS_CSE_ERROR_CHECK_API_SERVER_CONNECTIVITY error code (5)","when":{"operations":["nodepool-add","create","start","upgrade","scale","nodepool-upgrade","nodepool-scale","autoscaler"]}},{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/windows-cse-error-check-api-server-connectivity-error","title":"Troubleshoot WINDOWS_CSE_ERROR_CHECK_API_SERVER_CONNECTIVITY error (5)"}],"seedRows":["WINDOWS_CSE_ERROR_CHECK_API_SERVER_CONNECTIVITY","WINDOWS_CSE_ERROR_CHECK_API_SERVER_CONNECTIVITY (5)"],"relatedCodes":["VMExtensionProvisioningError"]},{"id":"windows-custom-kubelet-configuration","title":"Custom kubelet log settings misbehave on Windows nodes","category":"configuration","summary":"On Windows nodes, custom kubelet log rotation settings are not fully honoured and custom OS configuration is not applied at all.","patterns":["failed to compress log.{1,1200}being used by another process"],"operations":["workload","create","nodepool-add","update"],"os":"windows","retryable":false,"cause":"Three known issues affect custom node configuration on Windows node pools. Containers that write logs very fast can grow a log file far beyond container-log-max-size before the kubelet gets to rotate it (all Kubernetes versions). On Kubernetes versions before 1.23.13, 1.24.7 and 1.25.0 the kubelet fails to compress rotated logs on Windows because it renames the .gz archive while it still holds the file open, so rotation stops. And custom OS configuration (as opposed to kubelet configuration) is only supported on Linux node pools, so it is silently not applied on Windows.","mitigation":[{"step":"Check the cluster and node pool Kubernetes versions; for the log compression failure, upgrade to 1.23.13, 1.24.7, 1.25.0 or later.","commands":["az aks nodepool show --resource-group <rg> --cluster-name <cluster> --name <nodepool> --query orchestratorVersion --output tsv","az aks nodepool upgrade --resource-group <rg> --cluster-name <cluster> --name <nodepool> --kubernetes-version <version>"]},{"step":"Expect log files of very chatty containers to exceed container-log-max-size between rotations; size node disks and log shipping for it, or reduce log volume."},{"step":"Apply custom OS configuration only to Linux node pools (cluster or node pool level), then confirm which settings took effect as described in the AKS custom node configuration docs.","commands":["az aks nodepool add --resource-group <rg> --cluster-name <cluster> --name <linuxpool> --os-type Linux --linux-os-config ./linuxosconfig.json"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/known-issues-custom-kubelet-configuration","title":"Known issues: Custom kubelet configuration on Windows nodes in AKS"}],"seedRows":["Known issues - Custom kubelet configuration on Windows"]},{"id":"windows-gen2-vm-not-supported","title":"Windows Server 2019 node pools cannot use Gen2 VMs","category":"configuration","summary":"Windows Server 2019 node pools can\'t run on Gen 2-only VM sizes, and existing Windows pools are not moved from Gen1 to Gen2 by node image upgrades.","codes":["ErrorCode_Windows2019NotSupportedWithGen2VM"],"patterns":["Windows ?2019 does not support Gen ?2 VMs","is a Gen ?2-only VM.{0,40}Windows ?2019"],"operations":["create","nodepool-add","upgrade","nodepool-upgrade"],"os":"windows","retryable":false,"cause":"The VM generation of a node pool is fixed when the pool is created. A node image upgrade (az aks upgrade or az aks nodepool upgrade) only moves nodes to a newer image, and upgrading the cluster to Kubernetes 1.25 or later only changes the default Windows OS to Windows Server 2022; neither turns existing Gen1 Windows pools into Gen2. A new Windows Server 2022 pool still gets Gen1 VMs if no size is given and the region\'s default size lacks Gen2, or if a Gen1-only size is chosen. Asking for a Gen 2-only VM size together with Windows Server 2019 is rejected with ErrorCode_Windows2019NotSupportedWithGen2VM.","mitigation":[{"step":"To get Gen2 Windows nodes, create a new Windows node pool with a Gen2-capable VM size (on clusters older than 1.25 also set the OS SKU to Windows2022), move workloads to it, and delete the old pool.","commands":["az aks nodepool add --resource-group <rg> --cluster-name <cluster> --name <newpool> --os-type Windows --os-sku Windows2022 --node-vm-size <gen2-vm-size>","az aks nodepool delete --resource-group <rg> --cluster-name <cluster> --name <oldpool>"]},{"step":"If you got ErrorCode_Windows2019NotSupportedWithGen2VM, either pick a Gen1 VM size for Windows Server 2019 or keep the Gen2 size and set the OS SKU to Windows2022.","commands":["az vm list-skus --location <region> --size <vm-size> --query \\"[].capabilities[?name==\'HyperVGenerations\'].value\\" --output tsv"]}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/nodepools-not-upgraded-to-gen2-during-node-image-upgrade","title":"Windows Server nodepools not upgraded to Gen2 during cluster node image upgrade"}],"seedRows":["Upgrade issues with Gen2 VMs on Windows AKS cluster"]},{"id":"zonal-allocation-failed","title":"Azure could not allocate VMs of the requested size","category":"capacity","summary":"The scale set could not get VMs of the requested size in that zone or region, or the VM\'s combined constraints could not be satisfied.","codes":["ZonalAllocationFailed","AllocationFailed","OverconstrainedAllocationRequest","OverconstrainedZonalAllocationRequest"],"exitCodes":[],"patterns":["(?:do not|don.t) have sufficient capacity for the requested VM size","Allocation failed\\\\. Please try reducing the VM size or number of VMs","aka\\\\.ms/allocation-guidance","VM\\\\(s\\\\) with the following constraints cannot be allocated","VM allocation failed due to an internal error"],"operations":["create","upgrade","update","scale","nodepool-add","nodepool-upgrade","nodepool-scale","autoscaler"],"os":"any","retryable":true,"cause":"Node pools are virtual machine scale sets, and adding nodes (create, scale-out, or the surge nodes of an upgrade) needs free hardware for that VM size. ZonalAllocationFailed and AllocationFailed mean the zone or region has no capacity for the size at the moment. OverconstrainedAllocationRequest means no host can satisfy all requirements at once (VM size, accelerated networking, ephemeral OS disk, zone, proximity placement group). With Azure Dedicated Hosts, too few hosts or fault domains give the same result. Capacity errors can pass with time; constraint and dedicated-host errors need a change.","mitigation":[{"step":"Check where the VM size is offered and restricted, then use another size, zone or region (for example in a new node pool).","commands":["az vm list-skus --location <location> --size <vm-size> --zone --output table","az aks nodepool add --resource-group <rg> --cluster-name <cluster> --name <newpool> --node-vm-size <other-size> --zones <zone>"]},{"step":"For upgrades, avoid needing surge capacity by upgrading in place (maxSurge 0, maxUnavailable at least 1).","commands":["az aks nodepool update --resource-group <rg> --cluster-name <cluster> --name <nodepool> --max-surge 0 --max-unavailable 1"]},{"step":"Let AKS pick an available VM size with node auto-provisioning, or give the cluster autoscaler a priority expander with fallback node pools.","commands":["az aks update --resource-group <rg> --name <cluster> --node-provisioning-mode Auto"]},{"step":"For OverconstrainedAllocationRequest, create a node pool with fewer constraints, in particular without a proximity placement group; with dedicated hosts, make sure there are enough hosts across the fault domains the scale set needs."}],"docs":[{"url":"https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-codes/zonalallocation-allocationfailed-error","title":"Troubleshoot the ZonalAllocationFailed, AllocationFailed, or OverconstrainedAllocationRequest error code"}],"seedRows":["ZonalAllocationFailed, AllocationFailed, or OverconstrainedAllocationRequest"]}],"patternAnchors":{"AKS is experiencing heavy usage in region":["AKS is experiencing","aKS is experiencing","aks is experiencing","AKS IS EXPERIENCING","AKS Is Experiencing"],"aka\\\\.ms/akscapacityheavyusage":["aka.ms","Aka.ms","AKA.MS","Aka.Ms"],"(?:Creating|starting) [\\\\w ]{0,40}cluster is unavailable at this time in region":["is unavailable","Is unavailable","IS UNAVAILABLE","Is Unavailable"],"unable to provision an? (?:AKS )?cluster in \\\\S{1,40},? due to an operational threshold":["due to an operational","Due to an operational","DUE TO AN OPERATIONAL","Due To An Operational"],"operation has been preempted by another operation":["operation has","Operation has","OPERATION HAS","Operation Has"],"operation has been preempted by \\\\w{1,20} operation":["operation has","Operation has","OPERATION HAS","Operation Has"],"operation was overrid{1,2}en and cancell?ed by a later operation":["by a later operation","By a later operation","BY A LATER OPERATION","By A Later Operation"],"is on version .{1,20} which is not supported in this region":["is on version","Is on version","IS ON VERSION","Is On Version"],"\\\\b[Vv]ersion \\\\S{1,20} is not supported in this region":["is not supported","Is not supported","IS NOT SUPPORTED","Is Not Supported"],"Upgrad(?:e|ing) (?:agent pool |agentpool |node pool |nodepool |Kubernetes )?version (?:from )?\\\\S{1,20} to \\\\S{1,20} is not allowed":["is not allowed","Is not allowed","IS NOT ALLOWED","Is Not Allowed"],"only upgrade one minor version at a time":["only upgrade","Only upgrade","ONLY UPGRADE","Only Upgrade"],"(?:selected|requested|specified) (?:orchestrator|Kubernetes) version is not supported":["version is not","Version is not","VERSION IS NOT","Version Is Not"],"(?:selected|requested|specified) (?:orchestrator|Kubernetes) version \\\\S{1,20} is not supported":["is not supported","Is not supported","IS NOT SUPPORTED","Is Not Supported"],"control plane version \\\\S{1,20} is incompatible":["is incompatible","Is incompatible","IS INCOMPATIBLE","Is Incompatible"],"cannot be more than 3 versions less than control plane":["cannot be more","Cannot be more","CANNOT BE MORE","Cannot Be More"],"exec user process caused:? \\\\\\\\?\\"?argument list too long":["exec user process","Exec user process","EXEC USER PROCESS","Exec User Process"],"OCI runtime (?:create|start|exec|run) failed.{0,300}argument list too long":["list too long","List too long","LIST TOO LONG","List Too Long"],"unable to start container process: exec.{0,200}argument list too long":["unable to start","Unable to start","UNABLE TO START","Unable To Start"],"failed to create containerd task.{0,300}argument list too long":["failed to create","Failed to create","FAILED TO CREATE","Failed To Create"],"(?:^|\\\\s|\\\\]|:)exec /\\\\S{1,200}:? argument list too long":["argument list","Argument list","ARGUMENT LIST","Argument List"],"zone\\\\(s\\\\) .{1,40}for resource .{1,120}is not supported":["not supported","Not supported","NOT SUPPORTED","Not Supported"],"supported zones for location":["supported zones","Supported zones","SUPPORTED ZONES","Supported Zones"],"currently not available in location \\\\S{1,40} zones? [\'\\"]?\\\\d":["currently not","Currently not","CURRENTLY NOT","Currently Not"],"is only allowed in zones? \\\\[?\\\\d":["is only allowed","Is only allowed","IS ONLY ALLOWED","Is Only Allowed"],"Public IP address .{1,300} can ?not be deleted since it is still allocated to resource \\\\S{0,300}(?:/loadBalancers/kubernetes|/resourceGroups/MC_|virtualMachineScaleSets[/|]aks-|/networkInterfaces/aks-)":["Public IP address","public IP address","public ip address","PUBLIC IP ADDRESS","Public IP Address"],"Public IP address \\\\S{0,200}/resourceGroups/MC_\\\\S{1,300} can ?not be deleted since it is still allocated":["Public IP address","public IP address","public ip address","PUBLIC IP ADDRESS","Public IP Address"],"Subnet \\\\S{1,120} is in use by .{0,600}(?:/resourceGroups/MC_|virtualMachineScaleSets[/|]aks-|\\\\baks-[\\\\w-]{0,60}vmss\\\\b|/networkInterfaces/aks-|/loadBalancers/kubernetes)\\\\S{0,300} and can ?not be deleted":["is in use by","Is in use by","IS IN USE BY","Is In Use By"],"Subnet \\\\S{0,60}\\\\baks[\\\\w-]{0,60} is in use by .{1,600} and can ?not be deleted":["is in use by","Is in use by","IS IN USE BY","Is In Use By"],"Network security group .{1,300} can ?not be deleted because it is in use by the following resources":["be deleted because","Be deleted because","BE DELETED BECAUSE","Be Deleted Because"],"Can ?not delete load balancer \\\\S{0,200}(?:/loadBalancers/kubernetes|/resourceGroups/MC_)\\\\S{0,100} since it is referenced by private link service":["since it is referenced","Since it is referenced","SINCE IT IS REFERENCED","Since It Is Referenced"],"Private link service .{1,300} can ?not be deleted since it has \\\\d{1,6} private endpoint connection":["be deleted since","Be deleted since","BE DELETED SINCE","Be Deleted Since"],"(?:cannot|can.t|can not) scale cluster autoscaler[ -]enabled node ?pool":["scale cluster","Scale cluster","SCALE CLUSTER","Scale Cluster"],"Changing property \\\\W{0,2}imageReference[\\\\w.]{0,30}\\\\W{0,2} is not allowed":["Changing property","changing property","CHANGING PROPERTY","Changing Property"],"Failed in downloading [^|]{0,120}azure-vnet-cni":["Failed in downloading","failed in downloading","FAILED IN DOWNLOADING","Failed In Downloading"],"virtual network cannot be linked to multiple zones with overlapping namespaces":["virtual network","Virtual network","VIRTUAL NETWORK","Virtual Network"],"Create or update virtual network link failed":["Create or update","create or update","CREATE OR UPDATE","Create Or Update"],"must be given permission to read and write to custom private dns zone":["must be given","Must be given","MUST BE GIVEN","Must Be Given"],"DNS service IP \\\\S{1,45} is out of the range defined by service CIDR":["DNS service IP","dNS service IP","dns service ip","DNS SERVICE IP","DNS Service IP"],"error dialing backend: dial tcp(?!: lookup )":["error dialing","Error dialing","ERROR DIALING","Error Dialing"],":10250/\\\\S{0,300}: dial tcp \\\\S{1,80}:10250: (?:getsockopt: |connect: )?connection refused":["dial tcp","Dial tcp","DIAL TCP","Dial Tcp"],"Failed to fix node group sizes: failed to (?:increase|decrease) (?:aks-|\\\\S{0,80}(?:vmss|agentpool))":["Failed to fix","failed to fix","FAILED TO FIX","Failed To Fix"],"Route table \\\\W{0,2}aks-\\\\S{1,200} is in use and can ?not be deleted":["is in use and","Is in use and","IS IN USE AND","Is In Use And"],"Route table \\\\S{0,200}(?:routeTables/aks-|/resourceGroups/MC_)\\\\S{0,200} is in use and can ?not be deleted":["is in use and","Is in use and","IS IN USE AND","Is In Use And"],"Pre-allocated IPs \\\\d{1,9} exceeds IPs available \\\\d{0,9} ?in Subnet":["exceeds IPs available","Exceeds IPs available","exceeds ips available","EXCEEDS IPS AVAILABLE","Exceeds IPs Available"],"aka\\\\.ms/aks/insufficientsubnetsize":["aka.ms","Aka.ms","AKA.MS","Aka.Ms"],"client secret keys .{0,100}are expired":["client secret","Client secret","CLIENT SECRET","Client Secret"],"AADSTS7000222":["AADSTS7000222","aADSTS7000222","aadsts7000222"],"credentials in ServicePrincipalProfile were invalid":["credentials in","Credentials in","CREDENTIALS IN","Credentials In"],"Load balancer profile allocated ports \\\\d{1,6} is not in an allowable range":["Load balancer","load balancer","LOAD BALANCER","Load Balancer"],"requested VM size .{1,60}is not available in the current region":["not available","Not available","NOT AVAILABLE","Not Available"],"currently not available in location \\\\S{1,40}(?: zones? (?:\'\'|\\"\\")| for subscription)":["currently not","Currently not","CURRENTLY NOT","Currently Not"],"managed cluster name is invalid because":["managed cluster","Managed cluster","MANAGED CLUSTER","Managed Cluster"],"aka\\\\.ms/aks-naming-rules":["naming-rules","Naming-rules","NAMING-RULES","Naming-Rules"],"referenced by resource \\\\S{0,200}(?:/resourceGroups/MC_|/virtualMachineScaleSets/aks-|/networkInterfaces/aks-|/loadBalancers/kubernetes|Microsoft\\\\.ContainerService/managedClusters)\\\\S{0,300} was not found":["referenced by","Referenced by","REFERENCED BY","Referenced By"],"Unable to establish connection from agents to Kubernetes API server":["Unable to establish","unable to establish","UNABLE TO ESTABLISH","Unable To Establish"],"Agents are unable to establish connection to Kubernetes API server":["Agents are unable","agents are unable","AGENTS ARE UNABLE","Agents Are Unable"],"could not reach API server at \\\\S{1,80}":["could not reach","Could not reach","COULD NOT REACH","Could Not Reach"],"TLS handshake failed\\\\. Check for HTTPS-inspecting proxies":["TLS handshake","tLS handshake","tls handshake","TLS HANDSHAKE","TLS Handshake"],"The API server port is not accepting connections":["The API server","the API server","the api server","THE API SERVER","The API Server"],"Agents are unable to resolve Kubernetes API server name":["Agents are unable","agents are unable","AGENTS ARE UNABLE","Agents Are Unable"],"Can ?not delete load balancer .{1,300} since its child resources .{1,300} are in use by virtual machine scale set \\\\S{0,200}(?:virtualMachineScaleSets/aks-|/resourceGroups/MC_)":["delete load balancer","Delete load balancer","DELETE LOAD BALANCER","Delete Load Balancer"],"Can ?not delete load balancer \\\\S{0,200}(?:/loadBalancers/kubernetes|/resourceGroups/MC_)\\\\S{0,100} since its child resources .{1,300} are in use by virtual machine scale set":["delete load balancer","Delete load balancer","DELETE LOAD BALANCER","Delete Load Balancer"],"Can ?not delete network security group .{1,300} since it is in use by virtual machine scale set \\\\S{0,200}(?:virtualMachineScaleSets/aks-|/resourceGroups/MC_)":["delete network","Delete network","DELETE NETWORK","Delete Network"],"Can ?not delete network security group \\\\S{0,200}(?:/networkSecurityGroups/aks-|/resourceGroups/MC_)\\\\S{0,100} since it is in use by virtual machine scale set":["delete network","Delete network","DELETE NETWORK","Delete Network"],"perform action \\\\W{0,2}Microsoft\\\\.ContainerService/managedClusters\\\\S{0,60} on scope .{1,400} on the linked scope":["perform action","Perform action","PERFORM ACTION","Perform Action"],"on scope \\\\W{0,2}/subscriptions/[^/]{1,60}/resourceGroups/MC_.{1,400} on the linked scope":["on the linked","On the linked","ON THE LINKED","On The Linked"],"on scope \\\\W{0,2}/subscriptions/\\\\S{1,200}/(?:virtualMachineScaleSets|networkInterfaces|virtualMachines)/aks-.{1,400} on the linked scope":["on the linked","On the linked","ON THE LINKED","On The Linked"],"Service principal clientID:? .{1,80}not found in Active Directory tenant":["Service principal","service principal","SERVICE PRINCIPAL","Service Principal"],"Application with identifier .{1,80}was not found in the directory":["Application with","application with","APPLICATION WITH","Application With"],"subscription is not registered to use (?:the )?namespace":["subscription is","Subscription is","SUBSCRIPTION IS","Subscription Is"],"subscription is not registered for the resource type":["subscription is","Subscription is","SUBSCRIPTION IS","Subscription Is"],"aka\\\\.ms/rps-not-found":["not-found","Not-found","NOT-FOUND","Not-Found"],"Node pool version \\\\S{1,20} and control plane version \\\\S{1,20} are incompatible":["Node pool version","node pool version","NODE POOL VERSION","Node Pool Version"],"Minor version of node pool version \\\\d{1,3} is bigger than control plane version":["is bigger than","Is bigger than","IS BIGGER THAN","Is Bigger Than"],"\\\\bOrchestratorVersion is invalid":["is invalid","Is invalid","IS INVALID","Is Invalid"],"Another (?:agentpool )?operation \\\\([^)]{1,100}\\\\) is in progress":["is in progress","Is in progress","IS IN PROGRESS","Is In Progress"],"Another (?:agentpool )?operation is in progress":["is in progress","Is in progress","IS IN PROGRESS","Is In Progress"],"Operation is not allowed because there.{0,6}s an in progress":["an in progress","An in progress","AN IN PROGRESS","An In Progress"],"aka\\\\.ms/aks-pending-(?:operation|upgrade)":["pending-","Pending-","PENDING-"],"Updating Kubernetes version and agent node scaling are mutually exclusive operations":["Updating Kubernetes","updating Kubernetes","updating kubernetes","UPDATING KUBERNETES"],"managed cluster is in .{1,80}?(?:[Ss]tate|\\\\)),? \\\\w{1,30} cannot be performed":["cannot be performed","Cannot be performed","CANNOT BE PERFORMED","Cannot Be Performed"],"managed cluster is not currently running, stopping cannot be performed":["managed cluster","Managed cluster","MANAGED CLUSTER","Managed Cluster"],"Unable to perform .{1,60} operation on .{1,100} since deletion was issued on":["Unable to perform","unable to perform","UNABLE TO PERFORM","Unable To Perform"],"Operation is not allowed while (?:the )?(?:cluster|agent ?pool|node ?pool) is being \\\\w{1,20}":["Operation is","operation is","OPERATION IS","Operation Is"],"Bootstrap Container Registry (?:is not|isn\'t) reachable":["Bootstrap Container","bootstrap Container","bootstrap container","BOOTSTRAP CONTAINER"],"Bootstrap Container Registry authorization failed":["Bootstrap Container","bootstrap Container","bootstrap container","BOOTSTRAP CONTAINER"],"Unable to establish outbound connection from agents":["Unable to establish","unable to establish","UNABLE TO ESTABLISH","Unable To Establish"],"agents are unable to establish outbound connection":["agents are unable","Agents are unable","AGENTS ARE UNABLE","Agents Are Unable"],"Cannot create more than \\\\d{1,7} public IP addresses for this subscription":["public IP addresses","Public IP addresses","public ip addresses","PUBLIC IP ADDRESSES","Public IP Addresses"],"was disallowed by policy":["was disallowed","Was disallowed","WAS DISALLOWED","Was Disallowed"],"specified service CIDR \\\\S{1,50} is conflicted with an existing subnet CIDR":["specified service","Specified service","SPECIFIED SERVICE","Specified Service"],"Invalid client secret (?:is )?provided":["Invalid client","invalid client","INVALID CLIENT","Invalid Client"],"AgentPoolProfile subnet .{0,300}cannot be used as it.{0,4}s a delegated subnet":["AgentPoolProfile subnet","agentPoolProfile subnet","agentpoolprofile subnet","AGENTPOOLPROFILE SUBNET","AgentPoolProfile Subnet"],"(?:doesn\'t|does not) have enough capacity for \\\\d{0,6} ?IP address(?:es)?":["have enough capacity","Have enough capacity","HAVE ENOUGH CAPACITY","Have Enough Capacity"],"referenced by .{0,300}(?:\\\\bAKS\\\\b|/resourceGroups/MC_|Microsoft\\\\.ContainerService).{0,300} cannot be used because it contains external resources":["cannot be used","Cannot be used","CANNOT BE USED","Cannot Be Used"],"Number of requests for subscription .{1,200} exceeded the backend storage limit":["Number of requests","number of requests","NUMBER OF REQUESTS","Number Of Requests"],":10250/[^\\"\\\\s]{0,300}\\\\\\\\?\\"?: dial tcp \\\\S{1,80}:10250: (?:i/o timeout|(?:getsockopt|connect): connection timed out)":["dial tcp","Dial tcp","DIAL TCP","Dial Tcp"],"^dial tcp \\\\S{1,80}:10250: (?:i/o timeout|(?:getsockopt|connect): connection timed out)":["dial tcp","Dial tcp","DIAL TCP","Dial Tcp"],"request limit has been exceeded for SubID":["request limit","Request limit","REQUEST LIMIT","Request Limit"],"aka\\\\.ms/aks/throttling":["aka.ms","Aka.ms","AKA.MS","Aka.Ms"],"tls: client offered only unsupported versions":["tls: client offered","Tls: client offered","TLS: CLIENT OFFERED","Tls: Client Offered"],"Number of \\\\W{0,2}(?:read|write)\\\\W{0,2} requests for subscription .{1,200} exceeded the limit of .{1,40} for time interval":["for time interval","For time interval","FOR TIME INTERVAL","For Time Interval"],"PDB \\\\S{1,200} has maxunavail\\\\w{0,6} ?== ?0":["has maxunavail","Has maxunavail","HAS MAXUNAVAIL","Has Maxunavail"],"Upgrade is blocked due to invalid Pod Disruption Budgets":["Upgrade is blocked","upgrade is blocked","UPGRADE IS BLOCKED","Upgrade Is Blocked"],"PDB \\\\S{1,200} has minAvailable\\\\W{0,2}\\\\d{0,9}%?\\\\W{0,2} ?>= ?expectedPods":["has minAvailable","Has minAvailable","has minavailable","HAS MINAVAILABLE","Has MinAvailable"],"exceeding approved [\\\\w -]{1,60}cores quota":["exceeding approved","Exceeding approved","EXCEEDING APPROVED","Exceeding Approved"],"insufficient (?:regional )?vcpu quota":["insufficient","Insufficient","INSUFFICIENT"],"exceeding quota limits of core":["exceeding quota","Exceeding quota","EXCEEDING QUOTA","Exceeding Quota"],"connectivity issue between your cluster and required azure endpoints":["connectivity issue","Connectivity issue","CONNECTIVITY ISSUE","Connectivity Issue"],"needs to be in Succeeded state in order to set resource ownership":["needs to be in","Needs to be in","NEEDS TO BE IN","Needs To Be In"],"Provisioning of VM extension .{1,40} has timed out":["Provisioning of","provisioning of","PROVISIONING OF","Provisioning Of"],"failed to compress log.{1,1200}being used by another process":["failed to compress","Failed to compress","FAILED TO COMPRESS","Failed To Compress"],"Windows ?2019 does not support Gen ?2 VMs":["does not support","Does not support","DOES NOT SUPPORT","Does Not Support"],"is a Gen ?2-only VM.{0,40}Windows ?2019":["is a Gen","Is a Gen","is a gen","IS A GEN","Is A Gen"],"(?:do not|don.t) have sufficient capacity for the requested VM size":["have sufficient","Have sufficient","HAVE SUFFICIENT","Have Sufficient"],"Allocation failed\\\\. Please try reducing the VM size or number of VMs":["Allocation failed.","allocation failed.","ALLOCATION FAILED.","Allocation Failed."],"aka\\\\.ms/allocation-guidance":["guidance","Guidance","GUIDANCE"],"VM\\\\(s\\\\) with the following constraints cannot be allocated":["VM(s) with the","vM(s) with the","vm(s) with the","VM(S) WITH THE","VM(S) With The"],"VM allocation failed due to an internal error":["VM allocation","vM allocation","vm allocation","VM ALLOCATION","VM Allocation"]}}');
;// CONCATENATED MODULE: ./src/diagnose/anchors.ts
// The anchor of a wording pattern: a literal phrase that every match of the pattern contains. The line
// gate (gate.ts) looks for anchors before any pattern runs, and the scan runs a pattern only on lines
// holding its anchor. Computing anchors means parsing every pattern, which costs more than the action's
// whole start-up budget allows, so scripts/build-catalog.mjs computes them for the built-in catalog
// (this module has no imports so that the script can load it) and only extra catalogs pay at run time.
const MIN_ANCHOR = 6;
/** Anchors grow word by word until they are at least this long. */
const ANCHOR_LENGTH = 12;
/**
 * Literals one of which any match of a case-insensitive pattern contains, each starting at a word
 * start: the pattern's longest literal phrase (a phrase is rarer than any of its words), as written,
 * with its first letter's case flipped, in lower case and in upper case. Quotes, slashes and
 * backslashes end a phrase, because the gate sees lines before JSON escapes are undone. Undefined
 * when the pattern has no phrase long enough.
 */
function patternAnchors(source) {
    if (topLevelAlternation(source))
        return undefined;
    let best = '';
    for (const { text, atStart } of literalRuns(source)) {
        for (const [i, piece] of text.split(/["'`\\/]/).entries()) {
            // Only a phrase that starts at a word start can be matched after \b.
            const words = piece.split(/(?<=[^A-Za-z0-9_])(?=[A-Za-z0-9_])/);
            const fromWordStart = i === 0 && atStart && /^[A-Za-z0-9_]/.test(piece) ? piece : words.slice(1).join('');
            const phrase = leadingWords(fromWordStart.replace(/^[^A-Za-z0-9_]+/, '').trimEnd());
            if (rarity(phrase) > rarity(best))
                best = phrase;
        }
    }
    if (best.length < MIN_ANCHOR)
        return undefined;
    const flipped = (best[0] === best[0].toUpperCase() ? best[0].toLowerCase() : best[0].toUpperCase()) + best.slice(1);
    const title = best.replace(/(^|[^A-Za-z0-9_])([a-z])/g, (_, before, letter) => before + letter.toUpperCase());
    return [...new Set([best, flipped, best.toLowerCase(), best.toUpperCase(), title])];
}
/**
 * How rare a phrase is likely to be in a log, for choosing the anchor: any phrase of two words or
 * more beats a single word, however long (one word such as `ContainerService` can sit in every line
 * of a debug log's URLs), then the longer phrase wins. Phrases under MIN_ANCHOR rank last.
 */
function rarity(phrase) {
    if (phrase.length < MIN_ANCHOR)
        return phrase.length - 1000;
    return (phrase.length + (/[A-Za-z0-9_][^A-Za-z0-9_]+[A-Za-z0-9_]/.test(phrase) && / /.test(phrase) ? 1000 : 0));
}
/**
 * The phrase's first words, just enough of them to be rare: a longer phrase is more likely to
 * change case somewhere in a real message ("exceeding quota limits of Core").
 */
function leadingWords(phrase) {
    const words = phrase.split(/(?<= )/);
    let out = '';
    for (const [i, word] of words.entries()) {
        // Two words at least: one common word ("subscription") would let half a debug log through.
        if (out.trimEnd().length >= ANCHOR_LENGTH && (i >= 2 || out.length >= 2 * ANCHOR_LENGTH))
            break;
        out += word;
    }
    return out.trimEnd();
}
function topLevelAlternation(source) {
    let depth = 0;
    for (let i = 0; i < source.length; i++) {
        const ch = source[i];
        if (ch === '\\')
            i++;
        else if (ch === '[') {
            while (i < source.length && source[i] !== ']')
                i += source[i] === '\\' ? 2 : 1;
        }
        else if (ch === '(')
            depth++;
        else if (ch === ')')
            depth--;
        else if (ch === '|' && depth === 0)
            return true;
    }
    return false;
}
/** Runs of characters that every match contains literally, outside groups and classes. */
function literalRuns(source) {
    const runs = [];
    let current = '';
    let currentStart = 0;
    let depth = 0;
    const flush = () => {
        if (current)
            runs.push({ text: current, atStart: currentStart === 0 || source[currentStart - 1] === '^' });
        current = '';
    };
    for (let i = 0; i < source.length; i++) {
        const ch = source[i];
        if (ch === '\\') {
            const next = source[++i] ?? '';
            if (/[A-Za-z0-9]/.test(next))
                flush();
            else if (depth === 0) {
                if (!current)
                    currentStart = i - 1;
                current += next;
            }
        }
        else if (ch === '(') {
            depth++;
            flush();
        }
        else if (ch === ')') {
            depth--;
            flush();
            // A quantified group may be absent; the run after it is still literal.
        }
        else if (depth > 0)
            continue;
        else if (ch === '[') {
            flush();
            while (i < source.length && source[i] !== ']')
                i += source[i] === '\\' ? 2 : 1;
        }
        else if (ch === '?' || ch === '*' || ch === '{') {
            // The quantified character is optional: it is not part of the run.
            current = current.slice(0, -1);
            flush();
            if (ch === '{')
                while (i < source.length && source[i] !== '}')
                    i++;
        }
        else if (ch === '+' || ch === '.' || ch === '^' || ch === '$')
            flush();
        else {
            if (!current)
                currentStart = i;
            current += ch;
        }
    }
    flush();
    return runs;
}

;// CONCATENATED MODULE: ./src/diagnose/catalog.ts
// The catalog, indexed for matching: which entries claim a code (and on what condition), which
// entries an exit status means on each node OS, and every wording pattern compiled once.


class Catalog {
    entries;
    genericCodes;
    azureWideCodes;
    claimsByCode = new Map();
    // Some services change a code's case across versions (VMExtensionError_OutBoundConnFail).
    claimsByLowerCode = new Map();
    exitIndex = new Map();
    docConditions = new Map();
    patterns = [];
    constructor(data) {
        this.entries = data.entries;
        this.genericCodes = new Set(data.genericCodes);
        this.azureWideCodes = new Set(data.azureWideCodes ?? []);
        for (const entry of data.entries) {
            for (const claim of entry.codes ?? []) {
                const code = typeof claim === 'string' ? claim : claim.code;
                const ref = {
                    entry,
                    when: typeof claim === 'string' ? undefined : compile(claim.when),
                };
                const list = this.claimsByCode.get(code) ?? [];
                list.push(ref);
                this.claimsByCode.set(code, list);
                this.claimsByLowerCode.set(code.toLowerCase(), list);
            }
            for (const exit of entry.exitCodes ?? []) {
                const key = `${exit.os}:${exit.code}`;
                this.exitIndex.set(key, [...(this.exitIndex.get(key) ?? []), entry]);
            }
            for (const source of entry.patterns ?? []) {
                // The built-in catalog carries its anchors; an extra catalog's are computed here.
                const known = data.patternAnchors?.[source];
                const anchors = known === undefined ? patternAnchors(source) : (known ?? undefined);
                const pattern = { entry, source, regex: new RegExp(source, 'i') };
                if (anchors) {
                    pattern.anchors = anchors;
                    pattern.lowerAnchor = anchors[0].toLowerCase();
                }
                this.patterns.push(pattern);
            }
            this.docConditions.set(entry, entry.docs.map((d) => (d.when ? compile(d.when) : undefined)));
        }
    }
    /** Every code any entry claims: what the running-text scan looks for. */
    codes() {
        return [...this.claimsByCode.keys()];
    }
    claims(code) {
        return this.claimsByCode.get(code) ?? this.claimsByLowerCode.get(code.toLowerCase()) ?? [];
    }
    entriesForExit(os, exitCode) {
        return this.exitIndex.get(`${os}:${exitCode}`) ?? [];
    }
    docConditionsOf(entry) {
        return this.docConditions.get(entry) ?? [];
    }
}
function compile(condition) {
    return {
        message: condition.message?.map((source) => new RegExp(source, 'i')),
        operations: condition.operations,
        os: condition.os,
    };
}
function builtinCatalogData() {
    return catalog_namespaceObject;
}
/** The built-in catalog plus extra entries; an extra entry with a built-in id replaces it. */
function mergeCatalogs(base, extras) {
    const ids = new Set(extras.map((e) => e.id));
    return {
        genericCodes: base.genericCodes,
        ...(base.azureWideCodes ? { azureWideCodes: base.azureWideCodes } : {}),
        entries: [...base.entries.filter((e) => !ids.has(e.id)), ...extras],
        ...(base.patternAnchors ? { patternAnchors: base.patternAnchors } : {}),
    };
}

;// CONCATENATED MODULE: ./src/diagnose/index.ts



async function diagnose(sources, catalog, options = {}) {
    return resolve(await scan(sources, catalog, options), catalog);
}
/**
 * The result, and the log text around its findings: where a secret may sit labelled (`az login -p X`
 * two lines above an error) that the result repeats bare. Redaction learns from it; it is never shown.
 */
async function diagnoseWithContext(sources, catalog, options = {}) {
    const scanned = await scan_scan(sources, catalog, options);
    return { result: resolve_resolve(scanned, catalog), context: scanned.findings.map((f) => f.context) };
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/input/filtered-lines.ts
const decoder = new TextDecoder('utf-8', { fatal: false });
class LineFilterState {
    filter;
    gate;
    maxLineBytes;
    totals;
    /** Lines consumed so far (the number of the last line seen). */
    lineNo = 0;
    /** Every line numbered up to this one is yielded. */
    yieldUntil = 0;
    /** The last few lines that were not yielded, for the `before` context of the next match. */
    held = [];
    probe;
    colorGate;
    colorProbe;
    constructor(filter, gate, maxLineBytes, totals) {
        this.filter = filter;
        this.gate = gate;
        this.maxLineBytes = maxLineBytes;
        this.totals = totals;
        this.probe = new RegExp(gate.source, gate.flags.replace(/[gy]/g, ''));
        this.colorGate = colorTolerant(gate);
        this.colorProbe = new RegExp(this.colorGate.source, this.probe.flags);
    }
    line(number, bytes, truncated, contextOnly) {
        const cut = bytes.length > this.maxLineBytes ? bytes.subarray(0, this.maxLineBytes) : bytes;
        const line = {
            number,
            text: decoder.decode(cut),
            truncated: truncated || bytes.length > this.maxLineBytes,
        };
        if (contextOnly)
            line.contextOnly = true;
        return line;
    }
    hold(number, bytes, truncated) {
        if (this.filter.before === 0)
            return;
        this.held.push({ number, bytes: Buffer.from(bytes.subarray(0, this.maxLineBytes)), truncated });
        if (this.held.length > this.filter.before)
            this.held.shift();
    }
    /** Counts and yields the line [start, end) of the block; the consumer may then ask for more. */
    take(block, start, end, forceTruncated, contextOnly) {
        const number = ++this.lineNo;
        this.totals.lines++;
        if (end - start > this.maxLineBytes || forceTruncated)
            this.totals.truncated++;
        return this.line(number, block.subarray(start, end), forceTruncated, contextOnly);
    }
    /** Takes up the consumer's request for the lines after what it just read. */
    sync() {
        if (this.filter.keepUntil > this.yieldUntil)
            this.yieldUntil = this.filter.keepUntil;
    }
    /** Start of the first line at or after `from` whose kept part the gate matches, or -1. */
    nextMatchLine(s, from, gate) {
        gate.lastIndex = from;
        for (let m = gate.exec(s); m; m = gate.exec(s)) {
            const lineStart = startOfLine(s, m.index);
            if (m.index + m[0].length - lineStart <= this.maxLineBytes)
                return lineStart;
            // The match lies in the dropped part of a long line: go on from the next line.
            const end = s.indexOf('\n', m.index);
            if (end === -1)
                return -1;
            gate.lastIndex = end + 1;
        }
        return -1;
    }
    /** Processes whole lines: `block` ends with '\n', or is the last line of the stream. */
    *block(block, forceTruncated = false) {
        const s = block.toString('latin1');
        const n = s.length;
        let pos = 0;
        // Colour codes glue a word to the `m` that ends them; the slower tolerant gate only where they occur.
        const colored = s.includes('\x1b');
        const gate = colored ? this.colorGate : this.gate;
        const probe = colored ? this.colorProbe : this.probe;
        while (pos < n) {
            if (this.lineNo < this.yieldUntil) {
                let end = s.indexOf('\n', pos);
                if (end === -1)
                    end = n;
                const ofInterest = probe.test(s.slice(pos, Math.min(end, pos + this.maxLineBytes)));
                yield this.take(block, pos, end, forceTruncated, !ofInterest);
                this.sync();
                pos = end + 1;
                continue;
            }
            const matchLine = this.nextMatchLine(s, pos, gate);
            const match = matchLine !== -1;
            const stop = match ? matchLine : n;
            // Count the lines before the match without decoding them, then take the last few for context.
            const before = this.filter.before;
            const firstNumber = this.lineNo + 1;
            for (let lineStart = pos; lineStart < stop;) {
                let end = s.indexOf('\n', lineStart);
                if (end === -1 || end > stop)
                    end = stop;
                this.lineNo++;
                if (end - lineStart > this.maxLineBytes || forceTruncated)
                    this.totals.truncated++;
                lineStart = end + 1;
            }
            this.totals.lines += this.lineNo - firstNumber + 1;
            const recent = [];
            for (let end = stop; recent.length < before && end > pos;) {
                const lineEnd = s[end - 1] === '\n' ? end - 1 : end;
                const lineStart = startOfLine(s, lineEnd);
                recent.unshift([Math.max(lineStart, pos), lineEnd]);
                end = Math.max(lineStart, pos);
            }
            const firstRecent = this.lineNo - recent.length + 1;
            if (recent.length < before) {
                // Older context lines from earlier blocks are still held; keep only the adjacent ones.
                const oldest = firstRecent - (before - recent.length);
                this.held = this.held.filter((h) => h.number < firstRecent && h.number >= oldest);
            }
            else
                this.held = [];
            recent.forEach(([a, b], i) => this.hold(firstRecent + i, block.subarray(a, b), forceTruncated || b - a > this.maxLineBytes));
            pos = stop;
            if (!match)
                break;
            const held = this.held;
            this.held = [];
            let end = s.indexOf('\n', pos);
            if (end === -1)
                end = n;
            const line = this.take(block, pos, end, forceTruncated, false);
            // Decoding the lines before costs more than the line itself on a debug log's JSON bodies:
            // only a line that held a finding needs them.
            if (held.length)
                line.before = () => held.map((h) => this.line(h.number, h.bytes, h.truncated, true));
            yield line;
            this.sync();
            pos = end + 1;
        }
    }
}
async function* filteredLines(stream, maxLineBytes, filter, gate, totals) {
    if (!gate.global)
        throw new Error('the line filter gate must be a global regex');
    const state = new LineFilterState(filter, gate, maxLineBytes, totals);
    // The start of a line that began in an earlier chunk, and whether it outgrew the cap.
    let carry = [];
    let carried = 0;
    let carryTruncated = false;
    for await (const raw of stream) {
        const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
        const first = chunk.indexOf(10);
        if (first === -1) {
            const room = maxLineBytes - carried;
            if (chunk.length > room)
                carryTruncated = true;
            if (room > 0) {
                const piece = Buffer.from(chunk.subarray(0, Math.min(room, chunk.length)));
                carry.push(piece);
                carried += piece.length;
            }
            continue;
        }
        let rest = chunk;
        if (carried > 0 || carryTruncated) {
            const room = maxLineBytes - carried;
            if (first > room)
                carryTruncated = true;
            const head = Buffer.concat([...carry, chunk.subarray(0, Math.min(first, Math.max(0, room))), NEWLINE]);
            yield* state.block(head, carryTruncated);
            carry = [];
            carried = 0;
            carryTruncated = false;
            rest = chunk.subarray(first + 1);
        }
        const last = rest.lastIndexOf(10);
        if (last !== -1)
            yield* state.block(rest.subarray(0, last + 1));
        const tail = rest.subarray(last + 1);
        if (tail.length) {
            const piece = Buffer.from(tail.subarray(0, maxLineBytes));
            carry = [piece];
            carried = piece.length;
            carryTruncated = tail.length > maxLineBytes;
        }
    }
    if (carried > 0 || carryTruncated)
        yield* state.block(Buffer.concat(carry), carryTruncated);
}
const NEWLINE = Buffer.from('\n');
/**
 * The gate, also matching right after an ANSI colour sequence (`\x1b[36;1maz aks`): a gate that
 * looks for words at word starts (`\b`) misses them there, since the sequence ends in a letter.
 */
function colorTolerant(gate) {
    if (!gate.source.startsWith('\\b'))
        return gate;
    return new RegExp(`(?:\\b|(?<=\\x1b\\[[\\d;]{0,20}m))${gate.source.slice(2)}`, gate.flags);
}
/** Start of the line holding index `i` (lastIndexOf with a negative start would look at index 0). */
function startOfLine(s, i) {
    return i === 0 ? 0 : s.lastIndexOf('\n', i - 1) + 1;
}

;// CONCATENATED MODULE: ./src/input/read-lines.ts
// Reads a log as a stream of lines with bounded memory: a multi-gigabyte `az --debug` log or a single
// 50 MB line never has to fit in memory. Bytes are split on '\n' before decoding (a '\n' byte never
// occurs inside a multi-byte UTF-8 sequence), and invalid UTF-8 decodes to U+FFFD instead of failing.
//
// With a filter, only the lines that can matter are decoded and yielded: a line where the filter's
// gate matches, a few lines before it and some after it. The gate runs once over each chunk (as
// latin1, where one byte is one character, so offsets stay byte offsets), which is what makes a
// 100 MB debug log take about as long as grep instead of a decode and a dozen regexes per line.


/** The longest part of one line that is kept; the rest of that line is dropped and counted. */
const MAX_LINE_BYTES = 256 * 1024;
// Below V8's large-object size: the latin1 copy of each chunk dies young instead of piling up in
// large-object space until a full collection (measured: 146 MB peak on 1 GB with 1 MB chunks). Small
// enough that few chunk copies are alive when a scavenge runs, so V8 does not grow the young
// generation to its maximum: on a machine with 24 GB (16 MB semi-spaces) the 1 GB peak was 124 MB
// with 120 kB chunks, 93 MB with 64 kB, at the same speed.
const CHUNK_BYTES = 64 * 1024;
/** Logs smaller than this are read line by line without the gate. */
const SMALL_LOG_BYTES = 1024 * 1024;
const read_lines_decoder = new TextDecoder('utf-8', { fatal: false });
/** Splits a byte stream into complete lines, each capped at maxLineBytes (the rest dropped). */
async function* rawLines(stream, maxLineBytes) {
    let parts = [];
    let kept = 0;
    let truncated = false;
    const keep = (chunk) => {
        const room = maxLineBytes - kept;
        if (chunk.length > room)
            truncated = true;
        if (room <= 0)
            return;
        const piece = chunk.length > room ? chunk.subarray(0, room) : chunk;
        if (piece.length > 0) {
            // Copy: the stream may reuse its buffer, and a small slice must not pin a large chunk.
            parts.push(Buffer.from(piece));
            kept += piece.length;
        }
    };
    const take = () => {
        const line = { bytes: parts.length === 1 ? parts[0] : Buffer.concat(parts, kept), truncated };
        parts = [];
        kept = 0;
        truncated = false;
        return line;
    };
    for await (const raw of stream) {
        const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
        let start = 0;
        for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
            keep(chunk.subarray(start, nl));
            yield take();
            start = nl + 1;
        }
        keep(chunk.subarray(start));
    }
    if (kept > 0 || truncated)
        yield take();
}
async function* readLines(stream, options = {}) {
    const maxLineBytes = options.maxLineBytes ?? MAX_LINE_BYTES;
    const totals = options.totals ?? { lines: 0, truncated: 0 };
    if (!options.filter) {
        yield* allLines(stream, maxLineBytes, totals);
        return;
    }
    // A small log is read whole: the gate would save nothing and costs a regex compilation.
    const head = [];
    let size = 0;
    const iterator = (Symbol.asyncIterator in stream ? stream[Symbol.asyncIterator]() : stream[Symbol.iterator]());
    const minBytes = options.filter.minBytes ?? SMALL_LOG_BYTES;
    while (size < minBytes) {
        const next = await iterator.next();
        if (next.done) {
            yield* allLines(head, maxLineBytes, totals);
            return;
        }
        const chunk = typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : Buffer.from(next.value);
        head.push(chunk);
        size += chunk.length;
    }
    async function* rest() {
        yield* head;
        for (let next = await iterator.next(); !next.done; next = await iterator.next())
            yield next.value;
    }
    const gate = options.filter.gate();
    if (!gate) {
        yield* allLines(rest(), maxLineBytes, totals);
        return;
    }
    totals.filtered = true;
    yield* filteredLines(rest(), maxLineBytes, options.filter, gate, totals);
}
async function* allLines(stream, maxLineBytes, totals) {
    // Numbers count within this log; the totals count across every log of a scan.
    let number = 0;
    for await (const raw of rawLines(stream, maxLineBytes)) {
        number++;
        totals.lines++;
        if (raw.truncated)
            totals.truncated++;
        yield { number, text: read_lines_decoder.decode(raw.bytes), truncated: raw.truncated };
    }
}
/**
 * A file's bytes in chunks read into one reused buffer: reading a gigabyte allocates 64 kB. Each
 * chunk is valid only until the next is requested; the readers copy what they keep. Reads are
 * synchronous: nothing else runs while a log is read, and a thread-pool round trip per chunk left
 * the process idle for a quarter of the time on a 100 MB log.
 */
function* fileChunks(path) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r');
    try {
        const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
        for (;;) {
            const bytesRead = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, 0, CHUNK_BYTES, null);
            if (bytesRead === 0)
                return;
            yield buffer.subarray(0, bytesRead);
        }
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
function readFileLines(path, options = {}) {
    return readLines(fileChunks(path), options);
}
async function* readTextLines(text, options = {}) {
    yield* readLines([text], options);
}
/** A source's lines, read afresh for each scan with that scan's filter. */
function fileSource(path) {
    return (filter, totals) => readFileLines(path, { ...(filter ? { filter } : {}), ...(totals ? { totals } : {}) });
}
function textSource(text) {
    return (filter, totals) => readTextLines(text, { ...(filter ? { filter } : {}), ...(totals ? { totals } : {}) });
}
/** A stream can be read only once: the source refuses a second read. */
function streamSource(stream) {
    let used = false;
    return (filter, totals) => {
        if (used)
            throw new Error('a stream log source can be read only once');
        used = true;
        return readLines(stream, { ...(filter ? { filter } : {}), ...(totals ? { totals } : {}) });
    };
}

;// CONCATENATED MODULE: ./src/input/sources.ts
// Resolves the action's `log-file` paths and globs and its `log` text into log sources. A path or
// glob that matches nothing is reported back, never fatal: the step still explains what it has.



async function resolveSources(patterns, text) {
    const sources = [];
    const unmatched = [];
    const seen = new Set();
    for (const pattern of patterns) {
        const files = GLOB_SYNTAX.test(pattern) ? await globFiles(pattern) : literalFile(pattern);
        if (files.length === 0)
            unmatched.push(pattern);
        for (const file of files) {
            if (seen.has(file))
                continue;
            seen.add(file);
            sources.push({ name: file, lines: fileSource(file) });
        }
    }
    if (text.trim() !== '')
        sources.push({ name: 'log input', lines: textSource(text) });
    return { sources, unmatched };
}
// Characters that may make a path a glob (or escape one). A path without any is looked up directly:
// loading the glob library costs about 10 ms of the action's start-up, spent on every failed deploy.
const GLOB_SYNTAX = /[*?[\]{}()!+@\\]/;
async function globFiles(pattern) {
    const { glob } = await __nccwpck_require__.e(/* import() */ 382).then(__nccwpck_require__.bind(__nccwpck_require__, 3382));
    const files = await glob(pattern, { dot: true, onlyFiles: true, expandDirectories: false });
    return files.map(displayName).sort();
}
/** The file a plain path names. */
function literalFile(path) {
    const stats = (0,external_node_fs_namespaceObject.statSync)(path, { throwIfNoEntry: false });
    return stats?.isFile() ? [displayName(path)] : [];
}
/**
 * How a log is named in evidence and annotations: relative to the working directory (the workspace)
 * when it lies inside it, else its absolute path (`/home/runner/work/_temp/az.log`, not `../../_temp`).
 */
function displayName(path) {
    const absolute = (0,external_node_path_namespaceObject.resolve)(path);
    const inside = (0,external_node_path_namespaceObject.relative)(process.cwd(), absolute);
    const name = inside === '' || inside.startsWith('..') || (0,external_node_path_namespaceObject.isAbsolute)(inside) ? absolute : inside;
    return name.split(external_node_path_namespaceObject.sep).join('/');
}

;// CONCATENATED MODULE: ./src/report/annotations.ts
const MAX_ERROR_ANNOTATIONS = 10;
const MAX_TITLE = 255;
const annotations_MAX_MESSAGE = 4000;
function clip(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
function annotationsFor(result) {
    const seen = new Set();
    const distinct = result.diagnoses.filter((d) => !seen.has(d.id) && seen.add(d.id));
    const shown = distinct.slice(0, MAX_ERROR_ANNOTATIONS);
    const out = shown.map((d, i) => {
        const more = i === shown.length - 1 ? distinct.length - shown.length : 0;
        const tail = more > 0 ? ` (and ${more} more in the job summary)` : '';
        return {
            level: 'error',
            title: clip(`${d.code}: ${d.title}`, MAX_TITLE),
            message: `${clip(d.summary, annotations_MAX_MESSAGE)} ${d.url}${tail}`,
        };
    });
    if (result.unrecognized.length) {
        const codes = result.unrecognized.map((u) => u.code);
        out.push({
            level: 'notice',
            title: 'AKS error codes not in the aks-triage catalog',
            message: clip(`Seen in the log, not diagnosed: ${codes.join(', ')}`, annotations_MAX_MESSAGE),
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/report/fit.ts
var fit = __nccwpck_require__(877);
// EXTERNAL MODULE: ./src/report/markdown.ts + 1 modules
var markdown = __nccwpck_require__(7241);
;// CONCATENATED MODULE: ./src/report/redact-keys.ts
// Private key blocks in log text, for redact.ts: a whole PEM block keeps its BEGIN/END lines and
// loses its body; a block cut off by the log (only its start, or only its end) loses the base64 lines
// next to its marker. Also the constants redact.ts shares with it.
/** Replaces a secret value; the label, the quotes and the rest of the line stay. */
const REDACTED = '[REDACTED]';
/** Longest value removed in one piece (a 4096-bit client-key-data is about 4.5 kB). */
const N = 32768;
const LOG_TIMESTAMP = String.raw `\d{4}-\d\d-\d\dT[\d:.]{8,20}Z[ \t]`;
const PEM_BEGIN = /-----BEGIN (?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY-----/g;
const PEM_END = /-----END (?:[A-Z0-9]{1,20} ){0,3}PRIVATE KEY-----/g;
const MAX_PEM_BODY = 20000;
const KEY_TEXT_AFTER = new RegExp(String.raw `[ \t]*(?:[A-Za-z0-9+/=]|\\[nr]){0,${N}}`, 'y');
const BLANK_TO_LINE_END = /[ \t\r]{0,4096}(?:\n|$)/y;
const KEY_LINE = new RegExp(String.raw `^(?:${LOG_TIMESTAMP})?[ \t]{0,40}(?:[A-Za-z0-9+/=]|\\[nr]){1,${N}}[ \t\r]{0,40}$`);
const LINE_PREFIX = new RegExp(String.raw `^(?:${LOG_TIMESTAMP})?[ \t]{0,40}$`);
/** Keeps line breaks (real or JSON-escaped) around a key body and replaces what is between them. */
function maskBody(body) {
    const lead = /^(?:\s|\\[nr]){0,64}/.exec(body)[0].length;
    let to = body.length;
    for (let step = 1; step > 0 && to > lead; to -= step) {
        step = /\s/.test(body.charAt(to - 1)) ? 1 : /\\[nr]$/.test(body.slice(to - 2, to)) ? 2 : 0;
    }
    const core = body.slice(lead, to);
    return core === '' || core === REDACTED ? body : body.slice(0, lead) + REDACTED + body.slice(to);
}
/** End of the key text after a BEGIN line that has no END: the rest of that line, then base64 lines. */
function keyTextAfter(text, from) {
    KEY_TEXT_AFTER.lastIndex = from;
    const run = KEY_TEXT_AFTER.exec(text)?.[0] ?? '';
    let stop = from + run.length;
    BLANK_TO_LINE_END.lastIndex = stop;
    const lineEnds = BLANK_TO_LINE_END.test(text);
    // After a space, a short word followed by more text is prose (`... KEY----- Authorization: ...`).
    if (!lineEnds && run !== run.trimStart() && run.trimStart().length < 40)
        return from;
    if (!lineEnds)
        return stop;
    for (let start = text.indexOf('\n', stop) + 1; start > 0 && start < text.length;) {
        const newline = text.indexOf('\n', start);
        const end = newline < 0 ? text.length : newline;
        if (!KEY_LINE.test(text.slice(start, end)))
            break;
        stop = end;
        start = end + 1;
    }
    return stop;
}
/** Start of the key text before an END line that has no BEGIN (the log holds only the block's tail).
 *  Scans back no further than `floor`, the end of the previous block, so many markers stay linear. */
function keyTextBefore(text, floor, endStart) {
    const lineStartOf = (end) => {
        let start = end;
        while (start > floor && text.charAt(start - 1) !== '\n')
            start--;
        return start;
    };
    const lineStart = lineStartOf(endStart);
    const prefix = text.slice(lineStart, endStart);
    let start = endStart;
    if (!LINE_PREFIX.test(prefix)) {
        if (!KEY_LINE.test(prefix)) {
            // Other text precedes on this line: take the run of key characters just before the marker.
            while (start > lineStart && ' \t'.includes(text.charAt(start - 1)))
                start--;
            while (start > lineStart && /[A-Za-z0-9+/=\\]/.test(text.charAt(start - 1)))
                start--;
            return start;
        }
        start = lineStart;
    }
    for (let lineEnd = lineStart - 1; lineEnd > floor;) {
        const previous = lineStartOf(lineEnd);
        if (!KEY_LINE.test(text.slice(previous, lineEnd)))
            break;
        start = previous;
        lineEnd = previous - 1;
    }
    return start;
}
/** Private key blocks: a whole block keeps its BEGIN/END lines; a partial one loses what follows or precedes. */
function redactPrivateKeys(text) {
    if (!text.includes('PRIVATE KEY-----'))
        return text;
    const begins = [...text.matchAll(PEM_BEGIN)].map((m) => [m.index, m.index + m[0].length]);
    const ends = [...text.matchAll(PEM_END)].map((m) => [m.index, m.index + m[0].length]);
    const spans = [];
    let floor = 0;
    let e = 0;
    const unpairedEnd = ([start, after]) => {
        if (start >= floor)
            spans.push([keyTextBefore(text, floor, start), start]);
        floor = Math.max(floor, after);
    };
    for (const [start, after] of begins) {
        if (start < floor)
            continue;
        while (e < ends.length && ends[e][0] < start)
            unpairedEnd(ends[e++]);
        const end = ends[e];
        if (end && end[0] - after <= MAX_PEM_BODY) {
            spans.push([after, end[0]]);
            floor = end[1];
            e++;
        }
        else {
            floor = keyTextAfter(text, after);
            spans.push([after, floor]);
        }
    }
    while (e < ends.length)
        unpairedEnd(ends[e++]);
    let out = '';
    let at = 0;
    for (const [from, to] of spans) {
        out += text.slice(at, from) + maskBody(text.slice(from, to));
        at = to;
    }
    return out + text.slice(at);
}

;// CONCATENATED MODULE: ./src/report/redact.ts
// Removes secrets, and by default subscription and tenant IDs, from everything aks-triage renders. The
// text comes from users' CI logs, and the job summary, PR comment and `json` output can be read by more
// people than the log, so a credential that reached the log must not be repeated there.
//
// Linear time: every quantifier is bounded, each value class excludes the character that ends it (so a
// match cannot backtrack into another split), and patterns that could start anywhere inside a long run
// (JWTs) are pinned to the run's start by a lookbehind.


/** Replace subscription and tenant IDs (GUIDs) when `maskIds` is on. */
const SUBSCRIPTION_ID_MASK = '<subscription-id>';
const TENANT_ID_MASK = '<tenant-id>';
const MIN_LEARNED = 8; // shorter values are removed only where labelled: replacing them bare would eat words
const MAX_LEARNED = 256; // bounds the bare-value pass on adversarial input to 256 scans of the text
const MAX_ROUNDS = 3;
const BT = '`';
// Names that end in one of these hold a secret: client_secret, clientSecret, ARM_CLIENT_SECRET, adminPassword,
// access_token, AccountKey, SharedAccessKey, SharedAccessSignature, sig (SAS), kubeconfig key data.
const SECRET_NAME = String.raw `(?:secret|passw(?:or)?d|passphrase|token|(?:account|access|storage|private|api|primary|secondary|subscription)[-_]?key|shared[-_]?access[-_]?signature|client[-_]?(?:key|certificate)[-_]?data|(?<![A-Za-z0-9])sig)`;
const FLAG_NAME = String.raw `-{1,2}[A-Za-z0-9-]{0,40}?(?:passw(?:or)?d|passphrase|secret|token|account-?key)`;
// A value ends where another label that a later match removes starts, so that `sig= ARM_CLIENT_SECRET="x"`
// cannot hide x inside the first value (matches do not overlap; the second label must stay visible). Only
// labels some rule matches anywhere are listed: a cut before any other label would leak the rest.
const NOT_LABEL = String.raw `(?!${SECRET_NAME}(?:\\?["'][ \t]{0,8}[:=]|[ \t]{0,8}=)|(?<![\w-])${FLAG_NAME}(?:[ \t]{1,8}|[=:])|ConvertTo-SecureString[ \t])`;
// A labelled value: double-quoted (also JSON-escaped \"), single-quoted, or one bare word. The closing
// quote is optional, so a cut-off value is still removed. A bare value never starts a structure, a
// placeholder like <secret>, `(sensitive value)` or another flag; after `name =` it must touch the `=`
// (`sig= NAME="x"` is an empty sig, then a name). Groups: 1 double-quoted, 2 single-quoted, 3 bare.
const value = (bareAfterSpace) => String.raw `(?:\\?"((?:${NOT_LABEL}[^"\\\r\n]){1,${N}})|'((?:${NOT_LABEL}[^'\r\n]){1,${N}})|${bareAfterSpace ? '' : String.raw `(?<![ \t])`}(?![(<{\[]|--)((?:${NOT_LABEL}[^\s"'${BT};&]){1,${N}}))`;
const VALUE = value(true);
const GUID = String.raw `[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}`;
/** `name=value` anywhere, `"name": value` / `'name': value` anywhere (JSON, HCL, env, query strings). */
const ASSIGNMENT = new RegExp(String.raw `${SECRET_NAME}(?:\\?["'][ \t]{0,8}[:=]|[ \t]{0,8}=)[ \t]{0,8}${value(false)}`, 'gi');
/** `name: value` unquoted only at a line start (YAML, kubeconfig, a step's env) or in `{a: b, name: c}`:
 *  in the middle of prose `token: ` is usually a Go error chain (`failed to get token: ...`). */
const YAML_ENTRY = new RegExp(String.raw `(?:^(?:${LOG_TIMESTAMP})?[ \t]{0,40}(?:-[ \t]{1,4})?|[{,][ \t]{0,4})[\w.-]{0,60}?${SECRET_NAME}[ \t]{0,8}:[ \t]{1,8}${VALUE}`, 'gim');
/** `--client-secret X`, `--password=X`, `--windows-admin-password X`, `-Password X`, `--sas-token X`. */
const FLAG = new RegExp(String.raw `(?<![\w-])${FLAG_NAME}(?:[ \t]{1,8}|[=:])${VALUE}`, 'gi');
const SECURE_STRING = new RegExp(String.raw `ConvertTo-SecureString(?:[ \t]{1,8}-String)?[ \t]{1,8}(?!-)${VALUE}`, 'gi');
/** `-p X` only means a password on a login command (`az login`, `docker login`, Connect-AzAccount). */
const LOGIN_COMMAND = /\blogin\b|\bConnect-AzAccount\b/i;
const SHORT_PASSWORD = new RegExp(String.raw `(?<![\w-])-p(?:[ \t]{1,8}|=)${VALUE}`, 'g');
const SHORT_TENANT = new RegExp(String.raw `(?<![\w-])-t(?:[ \t]{1,8}|=)["']?(${GUID})(?![0-9A-Fa-f])`, 'g');
const AUTH_HEADER = new RegExp(String.raw `authorization\\?["']?[ \t]{0,8}[:=][ \t]{0,8}\\?["']?(?:bearer|basic|digest|negotiate|pop|sharedkey(?:lite)?|sharedaccesssignature|token)[ \t]{1,8}((?:${NOT_LABEL}[^\s"'${BT}\\]){1,${N}})`, 'gi');
const BEARER = new RegExp(String.raw `(?<![A-Za-z0-9])bearer[ \t]{1,8}((?:${NOT_LABEL}[A-Za-z0-9._~+/=-]){20,${N}})`, 'gi');
const URL_PASSWORD = /(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,20}:\/\/[^\s/:@"'<>]{0,256}:([^\s/@"'<>]{1,256})(?=@)/g;
const JWT = new RegExp(String.raw `(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{4,${N}}\.[A-Za-z0-9_-]{4,${N}}\.[A-Za-z0-9_-]{0,${N}}`, 'g');
const GITHUB_TOKEN = /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})/g;
/** Runs of base64 long enough to be key material; looksLikeKeyMaterial() decides. */
const BASE64_RUN = new RegExp(String.raw `[A-Za-z0-9+/]{60,${N}}={0,2}`, 'g');
const PLACEHOLDER = /^(?:null|true|false|none|nil|undefined|\*+)$/i;
const ID_LABEL = new RegExp(String.raw `(subscription|tenant|directory|login\.microsoftonline\.(?:com|us)|login\.windows\.net|sts\.windows\.net)(?:s|[-_ ]?id)?(?:[\s"'${BT}:=/\\(]|%2[27Ff]|%3[Aa]){0,12}(${GUID})(?![0-9A-Fa-f])`, 'gi');
/** A cheap first look for ID_LABEL and ANY_GUID: they need a GUID's 8-4 hex shape. */
const GUID_SHAPE = /[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-/;
// A GUID not inside a longer hex run; `%22<guid>` (URL-encoded JSON in portal links) still counts.
const ANY_GUID = new RegExp(String.raw `(?<=^|[^0-9A-Fa-f]|%[0-9A-Fa-f]{2})${GUID}(?![0-9A-Fa-f])`, 'g');
/** Replaces the value at the end of a VALUE match; skips markers, `***` (already masked) and null/true. */
function valueReplacer(sink, labelCheck = false) {
    return (match, dq, sq, bare) => {
        const raw = dq ?? sq ?? bare ?? '';
        let value = raw;
        if (bare !== undefined) {
            let end = raw.length;
            while (end > 0 && ',)]}>\\'.includes(raw.charAt(end - 1)))
                end--;
            value = raw.slice(0, end);
            // `token: failed:` at a line start is a label of an error chain, not a value.
            if (PLACEHOLDER.test(value) || (labelCheck && value.endsWith(':')))
                return match;
        }
        if (value === '' || value === REDACTED || /^\*+$/.test(value))
            return match;
        sink(value);
        return match.slice(0, match.length - raw.length) + REDACTED + raw.slice(value.length);
    };
}
/** Replaces the last capture group, which ends the match. */
function tailReplacer(sink) {
    return (match, value) => {
        if (value === REDACTED || /^\*+$/.test(value))
            return match;
        sink(value);
        return match.slice(0, match.length - value.length) + REDACTED;
    };
}
/** Key material mixes cases and digits throughout; paths, identifiers and hex digests do not. */
function looksLikeKeyMaterial(run) {
    let upper = 0;
    let lower = 0;
    let digit = 0;
    let slash = 0;
    for (let i = 0; i < run.length; i++) {
        const c = run.charCodeAt(i);
        if (c >= 65 && c <= 90)
            upper++;
        else if (c >= 97 && c <= 122)
            lower++;
        else if (c >= 48 && c <= 57)
            digit++;
        else if (c === 47)
            slash++;
    }
    return upper >= 3 && lower >= 3 && digit >= 2 && upper * 10 >= run.length && slash * 12 <= run.length;
}
/** Splits a shell line at `;`, `&&`, `||` and `|` outside quotes, keeping each separator as its own part:
 *  the login command ends there (`docker login ... -p x; mkdir -p dir` keeps its dir). */
function shellCommands(line) {
    const parts = [];
    let quote = '';
    let start = 0;
    for (let i = 0; i < line.length; i++) {
        const ch = line.charAt(i);
        if (quote) {
            if (ch === quote)
                quote = '';
            else if (ch === '\\' && quote === '"')
                i++;
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
        }
        else if (ch === ';' || ch === '|' || (ch === '&' && line.charAt(i + 1) === '&')) {
            const length = ch !== ';' && line.charAt(i + 1) === ch ? 2 : 1;
            parts.push(line.slice(start, i), line.slice(i, i + length));
            start = i + length;
            i = start - 1;
        }
    }
    parts.push(line.slice(start));
    return parts;
}
/** `-p` and `-t` on a login command, which may continue over lines ending in `\` or a backtick. */
function redactLoginLines(text, sink, ids) {
    if (!/(?<![\w-])-[pt][ \t=]/.test(text))
        return text;
    const lines = text.split('\n');
    let login = false;
    for (let i = 0; i < lines.length; i++) {
        const commands = shellCommands(lines[i]);
        for (let c = 0; c < commands.length; c += 2) {
            if (c > 0)
                login = false;
            login ||= LOGIN_COMMAND.test(commands[c]);
            if (!login)
                continue;
            if (ids)
                for (const m of commands[c].matchAll(SHORT_TENANT))
                    learnId(ids, m[1], 'tenant');
            commands[c] = commands[c].replace(SHORT_PASSWORD, valueReplacer(sink));
        }
        lines[i] = commands.join('');
        const trimmed = lines[i].trimEnd();
        login &&= trimmed.endsWith('\\') || trimmed.endsWith(BT);
    }
    return lines.join('\n');
}
// Words one of which every match of ASSIGNMENT, YAML_ENTRY and FLAG contains (see SECRET_NAME and
// FLAG_NAME), lower-cased; `key` only in the names those rules know (not `--generate-ssh-keys`).
const SECRET_WORDS = ['secret', 'passw', 'passphrase', 'token', 'sig', 'certificate'];
const SECRET_KEY_NAME = /(?:account|access|storage|private|api|primary|secondary|subscription|client)[-_]?key/;
/** True when `text` holds a run of at least `min` base64 characters, the least BASE64_RUN needs. */
function hasBase64Run(text, min) {
    let run = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        const base64 = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 47 && c <= 57) || c === 43;
        run = base64 ? run + 1 : 0;
        if (run >= min)
            return true;
    }
    return false;
}
function redactPatterns(text, sink, ids) {
    // Each rule runs only on text holding a literal that every match of it contains. The rules are large
    // regexes that V8 compiles on first use; most strings hold none of the literals, and skipping them
    // keeps that compile cost off the action's start-up. The checks are necessary conditions only.
    const lower = text.toLowerCase();
    let out = redactPrivateKeys(text);
    if (out.includes('eyJ'))
        out = out.replace(JWT, REDACTED);
    if (out.includes('github_pat_') || /gh[pousr]_/.test(out))
        out = out.replace(GITHUB_TOKEN, REDACTED);
    if (lower.includes('authorization'))
        out = out.replace(AUTH_HEADER, tailReplacer(sink));
    if (lower.includes('bearer'))
        out = out.replace(BEARER, tailReplacer(sink));
    if (out.includes('://') && out.includes('@'))
        out = out.replace(URL_PASSWORD, tailReplacer(sink));
    if (SECRET_WORDS.some((word) => lower.includes(word)) || SECRET_KEY_NAME.test(lower)) {
        out = out
            .replace(ASSIGNMENT, valueReplacer(sink))
            .replace(YAML_ENTRY, valueReplacer(sink, true))
            .replace(FLAG, valueReplacer(sink));
    }
    if (lower.includes('convertto-securestring'))
        out = out.replace(SECURE_STRING, valueReplacer(sink));
    out = redactLoginLines(out, sink, ids);
    if (!hasBase64Run(out, 60))
        return out;
    return out.replace(BASE64_RUN, (run) => (looksLikeKeyMaterial(run) ? REDACTED : run));
}
function learnId(ids, guid, kind) {
    if (!ids.has(guid.toLowerCase()))
        ids.set(guid.toLowerCase(), kind);
}
const ignore = () => { };
/** Learns secret values and IDs from every string first, then removes them everywhere. */
class Redactor {
    maskIds;
    secrets = new Set();
    ids = new Map();
    bare = null;
    constructor(maskIds) {
        this.maskIds = maskIds;
    }
    learn(text) {
        try {
            redactPatterns(text, (value) => this.learnSecret(value), this.maskIds ? this.ids : null);
            if (this.maskIds && GUID_SHAPE.test(text))
                for (const m of text.matchAll(ID_LABEL))
                    learnId(this.ids, m[2], idKind(m[1]));
        }
        catch {
            // Learning is best effort; the patterns still run on this string in redact().
        }
    }
    /** Applies every rule until nothing changes, so that redacting again changes nothing. */
    redact(text) {
        try {
            let out = text;
            for (let round = 0; round < MAX_ROUNDS; round++) {
                const next = this.redactOnce(out);
                if (next === out)
                    break;
                out = next;
            }
            return out;
        }
        catch {
            return REDACTED; // never render a string that could not be checked
        }
    }
    redactOnce(text) {
        let out = redactPatterns(text, ignore, null);
        this.bare ??= [...this.secrets].sort((a, b) => b.length - a.length);
        for (const secret of this.bare)
            if (out.includes(secret))
                out = out.split(secret).join(REDACTED);
        if (this.ids.size === 0 || !GUID_SHAPE.test(out))
            return out;
        return out.replace(ANY_GUID, (guid) => {
            const kind = this.ids.get(guid.toLowerCase());
            return kind === undefined ? guid : kind === 'subscription' ? SUBSCRIPTION_ID_MASK : TENANT_ID_MASK;
        });
    }
    /** Only distinctive values are replaced bare: a plain word would take ordinary text with it. */
    learnSecret(value) {
        if (this.secrets.size >= MAX_LEARNED || value.length < MIN_LEARNED || /[[\]<>]/.test(value))
            return;
        if (!/[^A-Za-z]/.test(value) && !(/[a-z]/.test(value) && /[A-Z]/.test(value)))
            return;
        this.secrets.add(value);
        this.bare = null;
    }
}
function idKind(label) {
    return label.toLowerCase().startsWith('subscription') ? 'subscription' : 'tenant';
}
/** Removes secrets (and with maskIds, the subscription and tenant IDs) from one string. Never throws. */
function redactText(text, options) {
    const redactor = new Redactor(options?.maskIds ?? true);
    redactor.learn(text);
    return redactor.redact(text);
}
/** Deep copy of the result with every string redacted (keys kept). Two passes: first learn every
 *  secret value and subscription/tenant GUID that appears anywhere in the result (or in `learnFrom`,
 *  text that is never shown, such as the log lines around the findings), then replace
 *  every occurrence of those values in every string, so a secret seen once in a labelled form is
 *  also removed where it appears bare elsewhere. Arrays and plain objects are copied (shared and
 *  cyclic references stay shared); other objects are kept as they are. */
function redactResult(value, options, learnFrom = []) {
    const redactor = new Redactor(options?.maskIds ?? true);
    for (const text of learnFrom)
        redactor.learn(text);
    mapStrings(value, (text) => {
        redactor.learn(text);
        return text;
    });
    return mapStrings(value, (text) => redactor.redact(text));
}
const PLAIN_PROPERTY = { enumerable: true, writable: true, configurable: true };
function isContainer(value) {
    if (Array.isArray(value))
        return true;
    if (value === null || typeof value !== 'object')
        return false;
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
}
/** Copies arrays and plain objects with `map` applied to every string; iterative, so depth cannot overflow. */
function mapStrings(root, map) {
    const copies = new Map();
    const pending = [];
    const copy = (value) => {
        if (typeof value === 'string')
            return map(value);
        if (!isContainer(value))
            return value;
        const known = copies.get(value);
        if (known !== undefined)
            return known;
        const target = (Array.isArray(value) ? new Array(value.length) : Object.create(Object.getPrototypeOf(value)));
        copies.set(value, target);
        pending.push([value, target]);
        return target;
    };
    const result = copy(root);
    for (let next = pending.pop(); next; next = pending.pop()) {
        const [source, target] = next;
        for (const key of Object.keys(source)) {
            // defineProperty, not assignment: a `__proto__` key from JSON must stay a plain key.
            Object.defineProperty(target, key, { ...PLAIN_PROPERTY, value: copy(source[key]) });
        }
    }
    return result;
}

;// CONCATENATED MODULE: ./src/report/redact-findings.ts
// Redaction applied to a result: only what came from the log (evidence, details, codes, messages,
// file names, the origin) is redacted. The catalog's own text (causes, steps, commands with
// placeholders) is ours and is left alone, which also keeps the action's start-up short.

/** `logContext`: the log lines around the findings, learned from (a secret labelled there is also
 *  removed where the result repeats it bare) but never rendered. */
function redactFindings(result, options, logContext = []) {
    const fromLog = {
        diagnoses: result.diagnoses.map((d) => ({ code: d.code, evidence: d.evidence, details: d.details })),
        unrecognized: result.unrecognized,
        origin: result.origin,
    };
    // One call: a secret learned anywhere in the log's text is removed everywhere.
    const clean = redactResult(fromLog, options, logContext);
    return {
        ...result,
        diagnoses: result.diagnoses.map((d, i) => ({ ...d, ...clean.diagnoses[i] })),
        unrecognized: clean.unrecognized,
        ...(clean.origin ? { origin: clean.origin } : {}),
    };
}

;// CONCATENATED MODULE: ./src/report/result-schema.ts
// The JSON Schema of a saved result (`save-result` writes it, `result-file` reads it). A result file
// crosses a trust boundary: a fork's run produces it and a run with a write token publishes it, so
// every field is typed and bounded, and unknown fields are refused.
const result_schema_text = (max) => ({ type: 'string', maxLength: max });
const code = { type: 'string', pattern: '^[A-Za-z0-9_.:-]{1,120}$' };
const lineNumber = { type: 'integer', minimum: 0, maximum: 1e12 };
const resultSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['schemaVersion', 'found', 'diagnoses', 'unrecognized', 'context', 'stats'],
    properties: {
        schemaVersion: { const: 1 },
        found: { type: 'boolean' },
        diagnoses: {
            type: 'array',
            maxItems: 200,
            items: {
                type: 'object',
                additionalProperties: false,
                required: [
                    'id',
                    'code',
                    'title',
                    'summary',
                    'cause',
                    'mitigation',
                    'url',
                    'docsTitle',
                    'category',
                    'retryable',
                    'confidence',
                    'evidence',
                    'details',
                ],
                properties: {
                    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,99}$' },
                    code,
                    title: result_schema_text(300),
                    summary: result_schema_text(2000),
                    cause: result_schema_text(5000),
                    mitigation: {
                        type: 'array',
                        maxItems: 30,
                        items: {
                            type: 'object',
                            additionalProperties: false,
                            required: ['step'],
                            properties: { step: result_schema_text(2000), commands: { type: 'array', maxItems: 20, items: result_schema_text(2000) } },
                        },
                    },
                    url: { type: 'string', maxLength: 500, pattern: '^https://[^\\s<>()\\[\\]`]+$' },
                    docsTitle: result_schema_text(300),
                    category: result_schema_text(50),
                    retryable: { type: 'boolean' },
                    confidence: { enum: ['high', 'medium', 'low'] },
                    evidence: {
                        type: 'array',
                        maxItems: 50,
                        items: {
                            type: 'object',
                            additionalProperties: false,
                            required: ['line', 'text'],
                            properties: { line: lineNumber, text: result_schema_text(2000), source: result_schema_text(500) },
                        },
                    },
                    details: {
                        type: 'object',
                        maxProperties: 50,
                        propertyNames: { pattern: '^[A-Za-z][A-Za-z0-9]{0,39}$' },
                        additionalProperties: { anyOf: [result_schema_text(500), { type: 'number' }] },
                    },
                },
            },
        },
        unrecognized: {
            type: 'array',
            maxItems: 200,
            items: {
                type: 'object',
                additionalProperties: false,
                required: ['code', 'message', 'line'],
                properties: { code, message: result_schema_text(2000), line: lineNumber, source: result_schema_text(500) },
            },
        },
        context: {
            type: 'object',
            additionalProperties: false,
            properties: {
                tool: { anyOf: [{ type: 'null' }, code] },
                operation: { anyOf: [{ type: 'null' }, code] },
                os: { enum: [null, 'linux', 'windows'] },
            },
        },
        stats: {
            type: 'object',
            additionalProperties: false,
            properties: { lines: lineNumber, truncatedLines: lineNumber },
        },
        origin: {
            type: 'object',
            additionalProperties: false,
            properties: {
                repository: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}$' },
                pullRequest: { type: 'integer', minimum: 1, maximum: 1e10 },
                headSha: { type: 'string', pattern: '^[0-9a-f]{7,64}$' },
                commentKey: result_schema_text(200),
                runUrl: { type: 'string', maxLength: 500, pattern: '^https://[^\\s<>()\\[\\]`]+$' },
            },
        },
    },
};

;// CONCATENATED MODULE: ./src/report/result-file.ts
// Saving a result for a later run to publish, and reading it back. A result file comes from a
// pull request's run, possibly a fork's, and is published by a run holding a write token, so it is
// untrusted: it is validated against a strict schema, checked to belong to this repository, its
// catalog text is taken again from this run's catalog (an entry it does not know is refused), and what
// remains is redacted.




const MAX_FILE_BYTES = 5 * 1024 * 1024;
class ResultFileError extends Error {
}
async function saveResult(path, result) {
    await (0,promises_namespaceObject.writeFile)(path, `${JSON.stringify(result, null, 2)}\n`, 'utf8');
}
/**
 * Catalog text (title, cause, steps, commands, article) comes from this run's catalog, never from the
 * file. An entry this run does not know is refused: its text and links would be the file's own, and
 * the file may come from a fork.
 */
function rehydrate(d, catalog, path) {
    const entry = catalog.entries.find((e) => e.id === d.id);
    if (!entry) {
        throw new ResultFileError(`result-file ${path} names catalog entry '${(0,markdown/* escapeInline */.VV)(d.id)}', which this run's catalog does not have; publish with the same catalog input as the run that saved it`);
    }
    const doc = entry.docs.find((x) => x.url === d.url) ?? entry.docs[entry.docs.length - 1];
    return {
        ...d,
        title: entry.title,
        summary: entry.summary,
        cause: entry.cause,
        mitigation: entry.mitigation,
        url: doc.url,
        docsTitle: doc.title,
        category: entry.category,
        retryable: entry.retryable,
    };
}
async function loadResultFile(path, catalog, repository, redaction) {
    let text;
    try {
        const buffer = await (0,promises_namespaceObject.readFile)(path);
        if (buffer.length > MAX_FILE_BYTES)
            throw new ResultFileError(`result-file ${path} is larger than 5 MiB`);
        text = buffer.toString('utf8');
    }
    catch (err) {
        if (err instanceof ResultFileError)
            throw err;
        throw new ResultFileError(`cannot read result-file ${path}: ${err.code ?? err}`);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        throw new ResultFileError(`result-file ${path} is not JSON: ${err.message}`);
    }
    const ajv = await __nccwpck_require__.e(/* import() */ 463).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2463, 23));
    const Ajv = ajv.Ajv ?? ajv.default.Ajv;
    const validate = new Ajv({ allErrors: false, strict: false }).compile(resultSchema);
    if (!validate(data)) {
        const e = validate.errors?.[0];
        throw new ResultFileError(`result-file ${path} is not an aks-triage result: ${e?.instancePath || '/'} ${e?.message ?? 'is invalid'}`);
    }
    const result = data;
    const from = result.origin?.repository;
    if (repository && from && from.toLowerCase() !== repository.toLowerCase()) {
        throw new ResultFileError(`result-file ${path} belongs to ${from}, not to ${repository}`);
    }
    const found = result.diagnoses.length > 0;
    if (result.found !== found)
        throw new ResultFileError(`result-file ${path}: 'found' contradicts its diagnoses`);
    return redactResult({ ...result, diagnoses: result.diagnoses.map((d) => rehydrate(d, catalog, path)) }, redaction);
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/runner.ts
// The runner's side of the action protocol: inputs from `INPUT_*` variables, outputs and the job
// summary through the files the runner names, annotations and log lines as workflow commands.
//
// Why not @actions/core: importing it also loads its OIDC client and @actions/http-client, which
// doubles the action's start-up (measured: 128 ms against 83 ms for the same work, `node -e 0` being
// 52 ms), and this action runs after every failed deployment. The few functions below follow
// @actions/core 3.0.1 byte for byte; `__tests__/runner.test.ts` checks them against it.


/** The value of input `name` as the runner passes it, trimmed; '' when unset. */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function issueCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => Boolean(v))
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    // Like @actions/core: a space follows the command whenever properties were given, even if empty.
    const space = Object.keys(properties).length > 0 ? ' ' : '';
    process.stdout.write(`::${command}${space}${props}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
}
/** @actions/core's toCommandProperties: no keys at all for no properties, else all three keys. */
function annotation(properties) {
    if (Object.keys(properties).length === 0)
        return {};
    return { title: properties.title, file: properties.file, line: properties.startLine };
}
/**
 * A delimiter shaped like @actions/core's (`ghadelimiter_` and a UUID v4). Math.random, not
 * node:crypto: loading crypto (and the streams it pulls in) costs 3-4 ms of a ~85 ms start, and
 * unpredictability buys nothing here since the value is checked not to contain the delimiter.
 */
function randomDelimiter() {
    const hex = (n) => Array.from({ length: n }, () => Math.floor(Math.random() * 16).toString(16)).join('');
    const variant = '89ab'[Math.floor(Math.random() * 4)];
    return `ghadelimiter_${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}
function issueFileCommand(envName, name, value) {
    const delimiter = randomDelimiter();
    // The runner would read a value containing the delimiter as the end of the value.
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    (0,external_node_fs_namespaceObject.appendFileSync)(process.env[envName], `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
}
function setOutput(name, value) {
    if (process.env.GITHUB_OUTPUT) {
        issueFileCommand('GITHUB_OUTPUT', name, value);
        return;
    }
    process.stdout.write(external_node_os_namespaceObject.EOL);
    issueCommand('set-output', { name }, value);
}
function error(message, properties = {}) {
    issueCommand('error', annotation(properties), message);
}
function warning(message, properties = {}) {
    issueCommand('warning', annotation(properties), message);
}
function notice(message, properties = {}) {
    issueCommand('notice', annotation(properties), message);
}
function info(message) {
    process.stdout.write(message + external_node_os_namespaceObject.EOL);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Appends markdown to the job summary; false when the runner gave no summary file. */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return false;
    (0,external_node_fs_namespaceObject.appendFileSync)(file, markdown, 'utf8');
    return true;
}

;// CONCATENATED MODULE: ./src/settings.ts
// The action's inputs, read and checked once into a typed settings object. A bad value fails the
// step with one line naming the input and the values it accepts.

class InputError extends Error {
}
function lines(value) {
    return value
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l.length > 0 && !l.startsWith('#'));
}
function bool(name, fallback) {
    const value = getInput(name).trim().toLowerCase();
    if (value === '')
        return fallback;
    if (['true', 'yes', '1', 'on'].includes(value))
        return true;
    if (['false', 'no', '0', 'off'].includes(value))
        return false;
    throw new InputError(`input '${name}' must be true or false, not '${value}'`);
}
function oneOf(name, allowed, fallback) {
    const value = getInput(name).trim().toLowerCase();
    if (value === '')
        return fallback;
    if (!allowed.includes(value)) {
        throw new InputError(`input '${name}' must be one of ${allowed.join(', ')}, not '${value}'`);
    }
    return value;
}
function readSettings() {
    const pr = getInput('pr-number').trim();
    if (pr !== '' && !/^[1-9]\d{0,9}$/.test(pr)) {
        throw new InputError(`input 'pr-number' must be a pull request number, not '${pr}'`);
    }
    const settings = {
        logFiles: lines(getInput('log-file')),
        log: getInput('log'),
        githubToken: getInput('github-token'),
        comment: oneOf('comment', ['auto', 'always', 'never'], 'auto'),
        commentKey: getInput('comment-key').trim(),
        summary: bool('summary', true),
        annotations: bool('annotations', true),
        catalogFiles: lines(getInput('catalog')),
        prNumber: pr === '' ? undefined : Number(pr),
        failOnFound: bool('fail-on-found', false),
        resultFile: getInput('result-file').trim(),
        saveResult: getInput('save-result').trim(),
        maskIds: bool('mask-ids', true),
    };
    if (settings.resultFile && (settings.logFiles.length || settings.log)) {
        throw new InputError(`input 'result-file' publishes a saved result: do not also set 'log-file' or 'log'`);
    }
    return settings;
}

// EXTERNAL MODULE: ./src/github/marker.ts
var marker = __nccwpck_require__(4329);
;// CONCATENATED MODULE: ./src/github/pull-request.ts
// Which pull request to comment on: the pr-number input when given, else the one the triggering event
// is about. The event payload is the JSON file GITHUB_EVENT_PATH names.

/** Events whose payload carries `pull_request` itself. */
const PULL_REQUEST_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
]);
function object(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
function prNumber(value) {
    return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}
function sha(value) {
    return typeof value === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(value) ? value : undefined;
}
function withSha(number, headSha, source) {
    return headSha ? { number, headSha, source } : { number, source };
}
/** The pull request the event is about, or undefined when it is about none. */
function fromEvent(eventName, payload) {
    if (PULL_REQUEST_EVENTS.has(eventName)) {
        const pr = object(payload.pull_request);
        const number = prNumber(pr?.number);
        return number ? { number, headSha: sha(object(pr?.head)?.sha) } : undefined;
    }
    if (eventName === 'issue_comment') {
        const issue = object(payload.issue);
        // A comment on a plain issue has no `pull_request` key on its issue.
        return issue && object(issue.pull_request) ? numberOnly(prNumber(issue.number)) : undefined;
    }
    if (eventName === 'workflow_run') {
        // GitHub leaves pull_requests empty when the head branch lives in a fork: the fork-safe recipe
        // passes the number on (pr-number) instead.
        const run = object(payload.workflow_run);
        const prs = Array.isArray(run?.pull_requests) ? run.pull_requests : [];
        const pr = object(prs[0]);
        const number = prNumber(pr?.number);
        return number ? { number, headSha: sha(object(pr?.head)?.sha) ?? sha(run?.head_sha) } : undefined;
    }
    return undefined;
}
function numberOnly(number) {
    return number ? { number } : undefined;
}
/**
 * The pull request to comment on. An explicit `prNumberInput` wins; the event's head SHA is kept only
 * when the event is about that same pull request.
 */
function findPullRequest(env, eventPayload, prNumberInput) {
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const event = fromEvent(eventName, eventPayload);
    const input = prNumber(prNumberInput);
    if (input)
        return withSha(input, event?.number === input ? event.headSha : undefined, 'input');
    return event ? withSha(event.number, event.headSha, 'event') : undefined;
}
/** The event payload, or {} with the reason it could not be read (a missing payload is not an error). */
function readEventPayload(path) {
    if (!path)
        return { payload: {}, reason: 'GITHUB_EVENT_PATH is not set' };
    let text;
    try {
        text = (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
    }
    catch (err) {
        const code = err.code ?? 'read error';
        return { payload: {}, reason: `cannot read event payload ${path} (${code})` };
    }
    try {
        const payload = object(JSON.parse(text));
        return payload ? { payload } : { payload: {}, reason: `event payload ${path} is not a JSON object` };
    }
    catch {
        return { payload: {}, reason: `event payload ${path} is not valid JSON` };
    }
}

;// CONCATENATED MODULE: ./src/run-context.ts
// What the workflow run says about itself: the repository, the pull request (from the event or the
// `pr-number` input), the comment key and a link to the run. Read from the runner's environment
// without the GitHub toolkit, which only the comment path loads.


function readRunContext(settings, env = process.env) {
    const repository = env.GITHUB_REPOSITORY || undefined;
    const payload = env.GITHUB_EVENT_PATH ? readEventPayload(env.GITHUB_EVENT_PATH).payload : {};
    const pr = findPullRequest(env, payload, settings.prNumber);
    const trigger = payload.workflow_run?.head_sha;
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    return {
        ...(repository ? { repository } : {}),
        ...(env.GITHUB_EVENT_NAME ? { eventName: env.GITHUB_EVENT_NAME } : {}),
        ...(pr ? { pullRequest: { number: pr.number, ...(pr.headSha ? { headSha: pr.headSha } : {}) } } : {}),
        ...(typeof trigger === 'string' ? { triggerHeadSha: trigger } : {}),
        commentKey: (0,marker/* commentKeyOrDefault */.xE)(settings.commentKey, env),
        ...(repository && env.GITHUB_RUN_ID
            ? { runUrl: `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` }
            : {}),
    };
}

;// CONCATENATED MODULE: ./src/main.ts
// The action: wires the stages. Read the inputs, get a result (from the logs, or from a saved result
// in the fork-safe second run), redact it, then report to every sink the inputs ask for: outputs and
// the summary first, the PR comment last, because a comment can fail and must never cost the rest.











function writeOutputs(result) {
    const primary = result.diagnoses[0];
    setOutput('found', String(result.found));
    setOutput('codes', [...new Set(result.diagnoses.map((d) => d.code))].join(','));
    setOutput('primary-code', primary?.code ?? '');
    setOutput('primary-url', primary?.url ?? '');
    setOutput('retryable', String(result.found && result.diagnoses.every((d) => d.retryable)));
    setOutput('json', JSON.stringify(result));
}
function writeSummary(result, notes) {
    const extra = notes.length ? `\n${notes.map((n) => `> ${n}`).join('\n>\n')}\n` : '';
    const { text } = (0,fit/* fitMarkdown */.DJ)((options) => (0,markdown/* resultMarkdown */.NW)(result, options), fit/* SUMMARY_LIMIT_BYTES */.Jz - (0,fit/* utf8Bytes */.dy)(extra), fit/* utf8Bytes */.dy);
    if (!appendSummary(text + extra))
        warning('GITHUB_STEP_SUMMARY is not set: no job summary written');
}
async function readResult(settings, catalog, run, notes) {
    const redaction = { maskIds: settings.maskIds };
    if (settings.resultFile) {
        return loadResultFile(settings.resultFile, catalog, run.repository, redaction);
    }
    const { sources, unmatched } = await resolveSources(settings.logFiles, settings.log);
    for (const pattern of unmatched) {
        warning(`log-file '${pattern}' matched no file`);
        notes.push(`No file matched log-file \`${pattern.replace(/`/g, '')}\`.`);
    }
    if (sources.length === 0) {
        warning('no log to read: set log-file or log');
        notes.push('No log was read: set `log-file` or `log`.');
    }
    const origin = {
        ...(run.repository ? { repository: run.repository } : {}),
        ...(run.pullRequest ? { pullRequest: run.pullRequest.number } : {}),
        ...(run.pullRequest?.headSha ? { headSha: run.pullRequest.headSha } : {}),
        commentKey: run.commentKey,
        ...(run.runUrl ? { runUrl: run.runUrl } : {}),
    };
    const { result, context } = await diagnoseWithContext(sources, catalog);
    return redactFindings({ ...result, origin }, redaction, context);
}
async function run() {
    let result;
    let settings;
    try {
        settings = readSettings();
        const extras = [];
        for (const file of settings.catalogFiles)
            extras.push(...(await loadCatalogFile(file)));
        const catalog = new Catalog(mergeCatalogs(builtinCatalogData(), extras));
        const runContext = readRunContext(settings);
        const notes = [];
        result = await readResult(settings, catalog, runContext, notes);
        writeOutputs(result);
        if (settings.summary)
            writeSummary(result, notes);
        if (settings.annotations) {
            for (const a of annotationsFor(result))
                runner_namespaceObject[a.level](a.message, a.title ? { title: a.title } : {});
        }
        if (settings.saveResult)
            await saveResult(settings.saveResult, result);
        let commentUrl;
        if (settings.comment !== 'never') {
            // Loaded only here: the GitHub client is most of the bundle and most runs never comment.
            const { publishComment } = await __nccwpck_require__.e(/* import() */ 561).then(__nccwpck_require__.bind(__nccwpck_require__, 7561));
            commentUrl = await publishComment(result, settings, runContext, runner_namespaceObject);
        }
        setOutput('comment-url', commentUrl ?? '');
    }
    catch (err) {
        setFailed(err instanceof Error ? err.message : String(err));
        return;
    }
    if (settings.failOnFound && result.found) {
        setFailed(`aks-triage found: ${result.diagnoses.map((d) => d.code).join(', ')}`);
    }
}


/***/ }),

/***/ 877:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DJ: () => (/* binding */ fitMarkdown),
/* harmony export */   Jz: () => (/* binding */ SUMMARY_LIMIT_BYTES),
/* harmony export */   dy: () => (/* binding */ utf8Bytes),
/* harmony export */   hg: () => (/* binding */ characters)
/* harmony export */ });
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7241);
// Every sink has a size limit: the job summary 1 MiB per step, a PR comment 65,536 characters. Rather
// than let GitHub reject the upload, render less: drop the evidence, then the details, then the
// later diagnoses, and say what was left out.

const SUMMARY_LIMIT_BYTES = 1024 * 1024;
const utf8Bytes = (text) => Buffer.byteLength(text, 'utf8');
const characters = (text) => text.length;
const NOTE = {
    evidence: '> Evidence lines were left out to stay within the size limit; the full log has them.',
    details: '> Evidence and details were left out to stay within the size limit; the full log has them.',
    diagnoses: '> Only the first causes are shown to stay within the size limit; the `json` output lists all.',
};
/**
 * Renders with `render` at decreasing levels of detail until the text fits in `limit`. The last
 * resort cuts the text at a line boundary, closing any open fence, so the sink still gets something.
 */
function fitMarkdown(render, limit, measure, base = _markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .FULL_MARKDOWN */ .IX) {
    const full = render(base);
    if (measure(full) <= limit)
        return { text: full, reduced: false };
    const attempts = [
        [{ ...base, evidence: false }, NOTE.evidence],
        [{ ...base, evidence: false, details: false }, NOTE.details],
    ];
    for (const n of [10, 3, 1])
        attempts.push([{ ...base, evidence: false, details: false, maxDiagnoses: n }, NOTE.diagnoses]);
    for (const [options, note] of attempts) {
        const text = `${render(options)}\n${note}\n`;
        if (measure(text) <= limit)
            return { text, reduced: true };
    }
    return { text: cut(`${render(attempts.at(-1)[0])}`, limit, measure), reduced: true };
}
function cut(text, limit, measure) {
    const tail = '\n\n> Cut to stay within the size limit.\n';
    const lines = text.split('\n');
    let kept = '';
    let open = null;
    for (const line of lines) {
        const next = `${kept}${line}\n`;
        const closing = open ? `${open}\n` : '';
        if (measure(next + closing + tail) > limit)
            break;
        kept = next;
        const fenceMark = /^\s*(`{3,})/.exec(line)?.[1];
        if (fenceMark)
            open = open === null ? fenceMark : fenceMark.length >= open.length ? null : open;
    }
    return `${kept}${open ? `${open}\n` : ''}${tail}`;
}


/***/ }),

/***/ 7241:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  IX: () => (/* binding */ FULL_MARKDOWN),
  VV: () => (/* binding */ escapeInline),
  O9: () => (/* binding */ findingsMarkdown),
  ti: () => (/* binding */ inlineCode),
  NW: () => (/* binding */ resultMarkdown)
});

// UNUSED EXPORTS: diagnosisMarkdown, fence

;// CONCATENATED MODULE: ./src/report/notes.ts
/** The heading over `unrecognized`: codes the catalog does not know, and errors it set aside. */
const OTHER_ERRORS_HEADING = 'Other errors in the log, not diagnosed';
/** Says that over-long lines were cut, so a reader knows an error past the cut was not seen. */
function truncationNote(result) {
    const n = result.stats.truncatedLines;
    if (!n)
        return undefined;
    return `${n === 1 ? 'One line was' : `${n} lines were`} longer than 256 KiB; only the first 256 KiB of ${n === 1 ? 'it was' : 'each was'} read.`;
}

// EXTERNAL MODULE: ./src/diagnose/details.ts + 1 modules
var diagnose_details = __nccwpck_require__(8284);
;// CONCATENATED MODULE: ./src/report/markdown.ts
// Markdown for the job summary, the PR comment and `--format markdown`. Log text is hostile input:
// it appears only inside code fences longer than any backtick run it contains, and text from the
// log outside fences is escaped so it cannot ping people, link issues, show images or inject HTML.


const FULL_MARKDOWN = {
    evidence: true,
    details: true,
    maxDiagnoses: Infinity,
    headingLevel: 2,
};
/** A fence one backtick longer than the longest run in the text (at least three). */
function fence(text, lang = '') {
    const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
    const ticks = '`'.repeat(Math.max(3, longest + 1));
    return `${ticks}${lang}\n${text}\n${ticks}`;
}
/**
 * Escapes text for inline markdown: no HTML, no @mentions, no #123 or GH-123 links, no emphasis or
 * links. `&` too: GitHub decodes `&commat;` and `&num;` into the characters escaped here.
 */
function escapeInline(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/[\\`*_{}[\]()<>#+!|~]/g, (ch) => `\\${ch}`)
        .replace(/@/g, '@\u200b')
        .replace(/\b(GH)-(?=\d)/gi, '$1\u200b-')
        .replace(/\r?\n/g, ' ');
}
/** A code token in backticks; a token never holds a backtick, but a tampered result might. */
function inlineCode(text) {
    return `\`${text.replace(/[`\r\n]/g, '')}\``;
}
function stepMarkdown(step, index) {
    const lines = [`${index + 1}. ${step.step}`];
    if (step.commands?.length)
        lines.push('', fence(step.commands.join('\n'), 'sh').replace(/^/gm, '   '));
    return lines.join('\n');
}
function detailsTable(details) {
    const known = new Map(diagnose_details/* DETAIL_LABELS */.Mw);
    const rows = Object.entries(details).filter(([k]) => !diagnose_details/* SUPPORT_HANDLE_KEYS */.Co.includes(k));
    if (!rows.length)
        return [];
    rows.sort(([a], [b]) => order(a) - order(b));
    const out = ['', '| detail | value |', '| --- | --- |'];
    for (const [k, v] of rows)
        out.push(`| ${escapeInline(known.get(k) ?? k)} | ${escapeInline(String(v))} |`);
    return out;
}
function order(key) {
    const i = diagnose_details/* DETAIL_LABELS */.Mw.findIndex(([k]) => k === key);
    return i < 0 ? diagnose_details/* DETAIL_LABELS */.Mw.length : i;
}
function supportHandles(details) {
    const labels = new Map(diagnose_details/* DETAIL_LABELS */.Mw);
    const handles = diagnose_details/* SUPPORT_HANDLE_KEYS */.Co.filter((k) => details[k] !== undefined).map((k) => `${escapeInline(labels.get(k) ?? k)} ${inlineCode(String(details[k]))}`);
    return handles.length ? ['', `**For a support request:** ${handles.join(' · ')}`] : [];
}
function diagnosisMarkdown(d, index, options = FULL_MARKDOWN, heading = true) {
    const h = '#'.repeat(options.headingLevel + 1);
    const meta = [
        `**Confidence:** ${d.confidence}`,
        `**Retry may help:** ${d.retryable ? 'yes' : 'no'}`,
        `**Category:** ${d.category}`,
    ].join(' · ');
    const parts = [
        ...(heading ? [`${h} ${index + 1}. ${inlineCode(d.code)}: ${d.title}`, ''] : []),
        d.summary,
        '',
        meta,
        '',
        `**Why it happens.** ${d.cause}`,
        '',
        '**What to do**',
        '',
        d.mitigation.map(stepMarkdown).join('\n'),
        '',
        `📖 [${d.docsTitle}](${d.url})`,
    ];
    if (options.details)
        parts.push(...detailsTable(d.details), ...supportHandles(d.details));
    if (options.evidence && d.evidence.length) {
        const lines = d.evidence.map((e) => `${e.source ? `${e.source}:` : ''}${e.line}: ${e.text}`).join('\n');
        parts.push('', '<details><summary>Evidence from the log</summary>', '', fence(lines), '', '</details>');
    }
    return parts.join('\n');
}
/**
 * The body without a title: what was found, then the unrecognized codes. `namedInTitle`: the caller's
 * own heading already names the first diagnosis (the PR comment's headline), so a lone diagnosis is
 * not announced and titled a second time.
 */
function findingsMarkdown(result, options = FULL_MARKDOWN, namedInTitle = false) {
    const parts = [];
    if (!result.found) {
        parts.push('No AKS error found in the log.');
    }
    else {
        const n = result.diagnoses.length;
        const alone = n === 1 && namedInTitle;
        if (!alone)
            parts.push(n === 1 ? 'One cause found.' : `${n} causes found, most likely first.`, '');
        const shown = result.diagnoses.slice(0, options.maxDiagnoses);
        parts.push(shown.map((d, i) => diagnosisMarkdown(d, i, options, !alone)).join('\n\n'));
        if (shown.length < n) {
            parts.push('', `…and ${n - shown.length} more: ${result.diagnoses
                .slice(shown.length)
                .map((d) => inlineCode(d.code))
                .join(', ')}.`);
        }
    }
    if (result.unrecognized.length) {
        parts.push('', `**${OTHER_ERRORS_HEADING}**`, '');
        for (const u of result.unrecognized) {
            parts.push(`- ${inlineCode(u.code)} (line ${u.line}): ${escapeInline(u.message.slice(0, 200))}`);
        }
    }
    const cut = truncationNote(result);
    if (cut)
        parts.push('', `> ${cut}`);
    return parts.join('\n') + '\n';
}
function resultMarkdown(result, options = FULL_MARKDOWN) {
    return `${'#'.repeat(options.headingLevel)} AKS failure explained by aks-triage\n\n${findingsMarkdown(result, options)}`;
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
