// Redaction: every supported secret form is removed, subscription/tenant IDs are masked on request, and
// ordinary log text (resource IDs, codes, support handles, links) survives unchanged.
import fc from 'fast-check';
import {
  REDACTED,
  SUBSCRIPTION_ID_MASK,
  TENANT_ID_MASK,
  redactResult,
  redactText,
} from '../../src/report/redact.js';
import type { Result } from '../../src/report/result.js';

const SUB = '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const APP = '0a1b2c3d-1111-4222-8333-444455556666';
const CORRELATION = '9f2c7a10-1d2e-4f3a-9b8c-7d6e5f4a3b2c';
const AAD_SECRET = 'Q7z8Q~abcDEF123.ghi_JKL-456mnoPQR789st';
const JWT =
  'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJodHRwczovL21hbmFnZW1lbnQuYXp1cmUuY29tIiwidGlkIjoiNzIifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';
const STORAGE_KEY =
  'Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYg==';
const KEY_LINE_1 = 'MIIEowIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF8PbnGy0AHB7MhgHcTz6sE2I2yPB';
const KEY_LINE_2 = 'aFDrBz9vFqU4yrL4cBh5Vz3UJY2Q5dl6vxPpBq5uJh7dR6ZCGNAhMK1fUXY3YFWH';
const R = REDACTED;

// [what, input, expected]: the expected text shows exactly what stays around each removed value.
const secretCases: [string, string, string][] = [
  [
    'az login -p (service principal)',
    `+ az login --service-principal -u ${APP} -p ${AAD_SECRET} --output none`,
    `+ az login --service-principal -u ${APP} -p ${R} --output none`,
  ],
  [
    'az login -p over continued lines',
    `az login --service-principal \\\n  -u "$ARM_CLIENT_ID" \\\n  -p "${AAD_SECRET}"`,
    `az login --service-principal \\\n  -u "$ARM_CLIENT_ID" \\\n  -p "${R}"`,
  ],
  [
    '--password X (quoted, with a space)',
    `az login --service-principal --username ${APP} --password "s3cr3t P@ss" --allow-no-subscriptions`,
    `az login --service-principal --username ${APP} --password "${R}" --allow-no-subscriptions`,
  ],
  [
    '--password=X',
    `az acr login -n myacr --username x --password=${AAD_SECRET}`,
    `az acr login -n myacr --username x --password=${R}`,
  ],
  [
    '--client-secret X',
    `az aks create -g rg -n aks --service-principal ${APP} --client-secret ${AAD_SECRET} --node-count 3`,
    `az aks create -g rg -n aks --service-principal ${APP} --client-secret ${R} --node-count 3`,
  ],
  [
    "--client-secret='X'",
    `az aks update-credentials --reset-service-principal --client-secret='${AAD_SECRET}'`,
    `az aks update-credentials --reset-service-principal --client-secret='${R}'`,
  ],
  [
    '--secret X',
    `az aks create --aad-server-app-secret ${AAD_SECRET} --secret x9Y8z7W6`,
    `az aks create --aad-server-app-secret ${R} --secret ${R}`,
  ],
  [
    '--windows-admin-password',
    "az aks create --windows-admin-username azureuser --windows-admin-password 'P@ssw0rd!2345' --generate-ssh-keys",
    `az aks create --windows-admin-username azureuser --windows-admin-password '${R}' --generate-ssh-keys`,
  ],
  [
    'docker login -p',
    'docker login myacr.azurecr.io -u user -p Xy9AbCdEfGh123',
    `docker login myacr.azurecr.io -u user -p ${R}`,
  ],
  ['ARM_CLIENT_SECRET=', `export ARM_CLIENT_SECRET=${AAD_SECRET}`, `export ARM_CLIENT_SECRET=${R}`],
  [
    'AZURE_CLIENT_SECRET="..."',
    `AZURE_CLIENT_SECRET="${AAD_SECRET}" az login`,
    `AZURE_CLIENT_SECRET="${R}" az login`,
  ],
  [
    'a step env with a log timestamp',
    `2026-11-20T09:14:02.1243310Z   ARM_CLIENT_SECRET: ${AAD_SECRET}`,
    `2026-11-20T09:14:02.1243310Z   ARM_CLIENT_SECRET: ${R}`,
  ],
  ['Terraform client_secret', `  client_secret = "${AAD_SECRET}"`, `  client_secret = "${R}"`],
  [
    '"clientSecret" in AZURE_CREDENTIALS',
    `{"clientId": "${APP}", "clientSecret": "${AAD_SECRET}"}`,
    `{"clientId": "${APP}", "clientSecret": "${R}"}`,
  ],
  ['"secret" (JSON-escaped)', `{\\"secret\\":\\"${AAD_SECRET}\\"}`, `{\\"secret\\":\\"${R}\\"}`],
  ['password: (YAML)', '      password: Hunter2-horse', `      password: ${R}`],
  ['"password" from az ad sp create-for-rbac', `  "password": "${AAD_SECRET}",`, `  "password": "${R}",`],
  [
    'PowerShell ConvertTo-SecureString',
    `$pw = ConvertTo-SecureString '${AAD_SECRET}' -AsPlainText -Force`,
    `$pw = ConvertTo-SecureString '${R}' -AsPlainText -Force`,
  ],
  [
    "'Authorization': 'Bearer ...' (az --debug)",
    `DEBUG: cli.azure.cli.core.sdk.policies: Request headers: {'Authorization': 'Bearer ${JWT}', 'x-ms-client-request-id': '${CORRELATION}'}`,
    `DEBUG: cli.azure.cli.core.sdk.policies: Request headers: {'Authorization': 'Bearer ${R}', 'x-ms-client-request-id': '${CORRELATION}'}`,
  ],
  [
    'Authorization: Bearer (opaque token)',
    'Authorization: Bearer 0.AXoAv4j5cvGGr0GRqy180BHbRmZlc2Vh',
    `Authorization: Bearer ${R}`,
  ],
  ['a bare JWT', `token ${JWT} was rejected`, `token ${R} was rejected`],
  [
    'access_token / refresh_token',
    `{"token_type": "Bearer", "access_token": "${JWT}", "refresh_token": "0.AXoAv4j5cvGGr0GRqy180-BHbR"}`,
    `{"token_type": "Bearer", "access_token": "${R}", "refresh_token": "${R}"}`,
  ],
  [
    'SAS sig in a URL',
    'GET https://sttf.blob.core.windows.net/tfstate/prod.tfstate?sv=2022-11-02&sp=rl&se=2026-12-01T00:00:00Z&sig=AbC%2Bd3fGh12345%3D&spr=https',
    `GET https://sttf.blob.core.windows.net/tfstate/prod.tfstate?sv=2022-11-02&sp=rl&se=2026-12-01T00:00:00Z&sig=${R}&spr=https`,
  ],
  [
    'storage connection string',
    `DefaultEndpointsProtocol=https;AccountName=sttf;AccountKey=${STORAGE_KEY};EndpointSuffix=core.windows.net`,
    `DefaultEndpointsProtocol=https;AccountName=sttf;AccountKey=${R};EndpointSuffix=core.windows.net`,
  ],
  [
    'SharedAccessKey (the key name stays)',
    'Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=abcDEF123456789/+xyz=',
    `Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${R}`,
  ],
  [
    'SharedAccessSignature',
    'BlobEndpoint=https://x.blob.core.windows.net/;SharedAccessSignature=sv=2021-06-08&ss=b&sig=AbC%2Bd3f%3D',
    `BlobEndpoint=https://x.blob.core.windows.net/;SharedAccessSignature=${R}&ss=b&sig=${R}`,
  ],
  ['ARM_ACCESS_KEY (Terraform backend)', `ARM_ACCESS_KEY=${STORAGE_KEY}`, `ARM_ACCESS_KEY=${R}`],
  [
    'kubeconfig user',
    `  user:\n    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0t\n    client-key-data: LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVkt\n    token: 4f8c2b9e1a7d3c5e6f0a1b2c3d4e5f6a\n    password: Hunter2-horse`,
    `  user:\n    client-certificate-data: ${R}\n    client-key-data: ${R}\n    token: ${R}\n    password: ${R}`,
  ],
  [
    'credentials in a URL',
    'git clone https://x-access-token:s3cr3tValue99@github.com/o/r.git',
    `git clone https://x-access-token:${R}@github.com/o/r.git`,
  ],
  [
    'a whole private key block',
    `-----BEGIN RSA PRIVATE KEY-----\n${KEY_LINE_1}\n${KEY_LINE_2}\nYw==\n-----END RSA PRIVATE KEY-----\nnext`,
    `-----BEGIN RSA PRIVATE KEY-----\n${R}\n-----END RSA PRIVATE KEY-----\nnext`,
  ],
  [
    'a private key inside JSON',
    `{"key": "-----BEGIN PRIVATE KEY-----\\n${KEY_LINE_1}\\nYw==\\n-----END PRIVATE KEY-----\\n"}`,
    `{"key": "-----BEGIN PRIVATE KEY-----\\n${R}\\n-----END PRIVATE KEY-----\\n"}`,
  ],
  [
    'a block cut off after BEGIN',
    `-----BEGIN EC PRIVATE KEY-----\n${KEY_LINE_1}\nYw\nThe next log line: done.`,
    `-----BEGIN EC PRIVATE KEY-----\n${R}\nThe next log line: done.`,
  ],
  [
    'the tail of a block',
    `${KEY_LINE_2}\nYw==\n-----END OPENSSH PRIVATE KEY-----`,
    `${R}\n-----END OPENSSH PRIVATE KEY-----`,
  ],
  ['one line of a block', `2026-11-20T09:14:02.1Z ${KEY_LINE_1}`, `2026-11-20T09:14:02.1Z ${R}`],
  ['a long base64 run (storage key)', `"value": "${STORAGE_KEY}"`, `"value": "${R}"`],
  ['a GitHub token', 'GITHUB_TOKEN is ghp_abcdefghijklmnopqrstuvwxyz0123456789', `GITHUB_TOKEN is ${R}`],
];

describe('secrets are removed', () => {
  test.each(secretCases)('%s', (_what, input, expected) => {
    expect(redactText(input)).toBe(expected);
    expect(redactText(input, { maskIds: false })).toBe(expected);
  });
});

const idCases: [string, string, string][] = [
  [
    'a resource ID',
    `ERROR: (SubnetIsFull) Subnet /subscriptions/${SUB}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aks is full. Correlation ID: ${CORRELATION}`,
    `ERROR: (SubnetIsFull) Subnet /subscriptions/${SUBSCRIPTION_ID_MASK}/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet/subnets/aks is full. Correlation ID: ${CORRELATION}`,
  ],
  [
    "subscription '<guid>'",
    `(SubscriptionNotFound) The subscription '${SUB}' could not be found.`,
    `(SubscriptionNotFound) The subscription '${SUBSCRIPTION_ID_MASK}' could not be found.`,
  ],
  [
    '"subscriptionId" and "tenantId"',
    `{"subscriptionId": "${SUB}", "tenantId": "${TENANT}", "clientId": "${APP}"}`,
    `{"subscriptionId": "${SUBSCRIPTION_ID_MASK}", "tenantId": "${TENANT_ID_MASK}", "clientId": "${APP}"}`,
  ],
  [
    '--subscription and a later bare use',
    `az account set --subscription ${SUB.toUpperCase()} && echo ${SUB}`,
    `az account set --subscription ${SUBSCRIPTION_ID_MASK} && echo ${SUBSCRIPTION_ID_MASK}`,
  ],
  [
    'ARM_ and AZURE_ variables',
    `ARM_SUBSCRIPTION_ID=${SUB}\nARM_TENANT_ID=${TENANT}\nAZURE_TENANT_ID: ${TENANT}`,
    `ARM_SUBSCRIPTION_ID=${SUBSCRIPTION_ID_MASK}\nARM_TENANT_ID=${TENANT_ID_MASK}\nAZURE_TENANT_ID: ${TENANT_ID_MASK}`,
  ],
  [
    'tenant in an AAD message (the app ID and support handles stay)',
    `Service principal clientID: ${APP} not found in Active Directory tenant ${TENANT}. Trace ID: ${CORRELATION}`,
    `Service principal clientID: ${APP} not found in Active Directory tenant ${TENANT_ID_MASK}. Trace ID: ${CORRELATION}`,
  ],
  [
    'Terraform resource ID block',
    `Error: creating Kubernetes Cluster (Subscription: "${SUB}"\nResource Group Name: "rg-platform"`,
    `Error: creating Kubernetes Cluster (Subscription: "${SUBSCRIPTION_ID_MASK}"\nResource Group Name: "rg-platform"`,
  ],
  [
    'the token endpoint and az login -t',
    `POST https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token\naz login --service-principal -u ${APP} -p *** -t ${TENANT}`,
    `POST https://login.microsoftonline.com/${TENANT_ID_MASK}/oauth2/v2.0/token\naz login --service-principal -u ${APP} -p *** -t ${TENANT_ID_MASK}`,
  ],
  [
    'URL-encoded JSON in a portal link',
    `https://aka.ms/ProdportalCRP/#blade/Microsoft_Azure_Capacity/UsageAndQuota.ReactView/Parameters/%7B%22subscriptionId%22:%22${SUB}%22,%22command%22:%22openQuotaApprovalBlade%22%7D`,
    `https://aka.ms/ProdportalCRP/#blade/Microsoft_Azure_Capacity/UsageAndQuota.ReactView/Parameters/%7B%22subscriptionId%22:%22${SUBSCRIPTION_ID_MASK}%22,%22command%22:%22openQuotaApprovalBlade%22%7D`,
  ],
];

// Values never hide a label that follows them, and a login command ends at a shell separator.
const neighbourCases: [string, string, string][] = [
  [
    'an empty value before a label',
    `sig= AZURE_CLIENT_SECRET="${AAD_SECRET}"`,
    `sig= AZURE_CLIENT_SECRET="${R}"`,
  ],
  [
    'a bearer word before a label',
    `Bearer  AZURE_CLIENT_SECRET="${AAD_SECRET}"`,
    `Bearer  AZURE_CLIENT_SECRET="${R}"`,
  ],
  [
    'an unclosed quote before a flag',
    `password=' x --client-secret '${AAD_SECRET}'`,
    `password='${R}--client-secret '${R}'`,
  ],
  [
    'a BEGIN marker before a header',
    `-----BEGIN PRIVATE KEY----- Authorization: Bearer ${AAD_SECRET}`,
    `-----BEGIN PRIVATE KEY----- Authorization: Bearer ${R}`,
  ],
  [
    'a login then another command',
    `docker login -u x -p 'pa;ss|w0rd' && mkdir -p /tmp/x`,
    `docker login -u x -p '${R}' && mkdir -p /tmp/x`,
  ],
];

describe('neighbouring forms', () => {
  test.each(neighbourCases)('%s', (_what, input, expected) => {
    expect(redactText(input)).toBe(expected);
  });
});

describe('subscription and tenant IDs', () => {
  test.each(idCases)('masked: %s', (_what, input, expected) => {
    expect(redactText(input)).toBe(expected);
  });
  test.each(idCases)('left alone with maskIds false: %s', (_what, input) => {
    expect(redactText(input, { maskIds: false })).toBe(input);
  });
  test('a correlation ID that is also the subscription ID is masked; other handles stay', () => {
    const text = `/subscriptions/${SUB}/resourceGroups/rg failed. Correlation ID: ${SUB}. Request ID: ${CORRELATION}`;
    expect(redactText(text)).toBe(
      `/subscriptions/${SUBSCRIPTION_ID_MASK}/resourceGroups/rg failed. Correlation ID: ${SUBSCRIPTION_ID_MASK}. Request ID: ${CORRELATION}`,
    );
  });
  test('secrets go even when IDs stay', () => {
    expect(redactText(`az login -u ${APP} -p ${AAD_SECRET} --tenant ${TENANT}`, { maskIds: false })).toBe(
      `az login -u ${APP} -p ${R} --tenant ${TENANT}`,
    );
  });
});

const ordinaryText = [
  'ERROR: (QuotaExceeded) Operation could not be completed as it results in exceeding approved standardDDSv5Family Cores quota. Additional details - Deployment Model: Resource Manager, Location: westeurope, Current Limit: 20, Current Usage: 8, Additional Required: 48, (Minimum) New Limit Required: 56. Setup Alerts when Quota reaches threshold. Learn more at https://aka.ms/quotamonitoringalerting .',
  `Deployment failed. Correlation ID: ${CORRELATION}. Unable to establish outbound connection from agents, please see https://aka.ms/aks-required-ports-and-addresses for more information.`,
  `AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${APP}'. Trace ID: ${CORRELATION} Correlation ID: ${CORRELATION} Timestamp: 2026-11-20 09:14:41Z`,
  'Failed to get token: adal: Refresh request failed. Status Code = \'401\'. Response body: {"error":"invalid_client"}',
  'VMExtensionProvisioningError: Enable failed: ... "ExitCode": "50", ERR_OUTBOUND_CONN_FAIL, WINDOWS_CSE_ERROR_CHECK_API_SERVER_CONNECTIVITY',
  '"id": "/providers/Microsoft.ContainerService/locations/westeurope/operations/9f2c7a10-1d2e-4f3a-9b8c-7d6e5f4a3b2c"',
  'node image AKSUbuntu-2204gen2containerd-202401.09.0, Kubernetes v1.29.2 -> 1.30.0, tracking id 9f2c7a10-1d2e-4f3a-9b8c-7d6e5f4a3b2c',
  'image mcr.microsoft.com/oss/kubernetes/pause:3.6@sha256:3d380ca8864549e74af4b29c10f9cb0956236dfb01c40ca076fb6c37253234db',
  'az aks get-credentials --resource-group rg-platform --name aks-platform --overwrite-existing --generate-ssh-keys',
  'docker login myacr.azurecr.io --username x --password-stdin; mkdir -p /home/runner/.kube',
  'az aks update --enable-secret-rotation --rotation-poll-interval 5m; kubectl create secret generic tls',
  '  secretName: ingress-tls\nkind: Secret\n  "tokenType": "aad", "token_type": "Bearer"',
  '+ client_secret = (sensitive value)\n  ARM_CLIENT_SECRET: ***\n  password: ***',
  'az aks create --client-secret <secret> --service-principal <app-id>',
  'https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/create-upgrade-delete/error-code-subnetisfull-upgrade',
  'https://portal.azure.com/#@contoso.onmicrosoft.com/resource/providers/Microsoft.Compute/locations/westeurope',
  'MicrosoftAzureManagementContainerServiceFluentModelsManagedClusterAgentPoolProfileUpdateDefinition',
];

describe('ordinary text stays', () => {
  test.each(ordinaryText)('%s', (text) => {
    expect(redactText(text)).toBe(text);
  });
});

function resultWithSecrets(): Result {
  return {
    schemaVersion: 1,
    found: true,
    diagnoses: [
      {
        id: 'subnet-is-full',
        code: 'SubnetIsFull',
        title: 'The node subnet has no free IP addresses',
        summary: 'The subnet ran out of addresses.',
        cause: 'Upgrades surge extra nodes.',
        mitigation: [
          { step: 'Check the subnet.', commands: ['az network vnet subnet show -g <vnet-rg> -n <subnet>'] },
        ],
        url: 'https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-code-subnetisfull-upgrade',
        docsTitle: 'SubnetIsFull',
        category: 'networking',
        retryable: false,
        confidence: 'high',
        evidence: [
          {
            line: 3,
            text: `+ az login --service-principal -u ${APP} -p ${AAD_SECRET} --tenant ${TENANT}`,
            source: 'aks.log',
          },
          {
            line: 9,
            text: `ERROR: (SubnetIsFull) Subnet /subscriptions/${SUB}/resourceGroups/rg/providers/x`,
          },
        ],
        details: { subnet: 'aks', quotaLimit: 20, correlationId: CORRELATION, link: `see ${SUB}` },
      },
    ],
    unrecognized: [
      { code: 'Unauthorized', message: `secret ${AAD_SECRET} rejected for ${TENANT}`, line: 12 },
    ],
    context: { tool: 'azure-cli', operation: 'upgrade', os: 'linux' },
    stats: { lines: 40, truncatedLines: 0 },
    origin: {
      repository: 'octo/infra',
      commentKey: 'deploy/aks',
      runUrl: 'https://github.com/octo/infra/actions/runs/1',
    },
  };
}

/** The result with every string blanked: the same keys, numbers and booleans. */
function shapeOf(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (_key, v: unknown) => (typeof v === 'string' ? '' : v));
}

describe('redactResult', () => {
  test('learns across the whole result and removes bare repeats; keys, numbers and handles stay', () => {
    const input = resultWithSecrets();
    const before = structuredClone(input);
    const out = redactResult(input);
    expect(input).toEqual(before);
    expect(shapeOf(out)).toEqual(shapeOf(input));
    const json = JSON.stringify(out);
    for (const gone of [AAD_SECRET, SUB, TENANT]) expect(json).not.toContain(gone);
    expect(out.unrecognized[0]!.message).toBe(`secret ${R} rejected for ${TENANT_ID_MASK}`);
    expect(out.diagnoses[0]!.details).toEqual({
      subnet: 'aks',
      quotaLimit: 20,
      correlationId: CORRELATION,
      link: `see ${SUBSCRIPTION_ID_MASK}`,
    });
    expect(out.diagnoses[0]!.evidence[0]!.text).toBe(
      `+ az login --service-principal -u ${APP} -p ${R} --tenant ${TENANT_ID_MASK}`,
    );
    expect(out.diagnoses[0]!.mitigation).toEqual(input.diagnoses[0]!.mitigation);
    expect(out.origin).toEqual(input.origin);
    expect(redactResult(out)).toEqual(out);
  });
  test('with maskIds false only secrets change', () => {
    const out = redactResult(resultWithSecrets(), { maskIds: false });
    expect(JSON.stringify(out)).not.toContain(AAD_SECRET);
    expect(out.diagnoses[0]!.evidence[1]!.text).toContain(`/subscriptions/${SUB}/`);
    expect(out.unrecognized[0]!.message).toBe(`secret ${R} rejected for ${TENANT}`);
  });
  test('shared and cyclic references are copied once', () => {
    const shared = { text: `password=${AAD_SECRET}` };
    const root: Record<string, unknown> = { a: shared, b: shared };
    root.self = root;
    const out = redactResult(root);
    expect(out.a).toBe(out.b);
    expect(out.self).toBe(out);
    expect((out.a as { text: string }).text).toBe(`password=${R}`);
  });
});

// Realistic secrets: the client-secret alphabet, starting with a letter or digit and holding a digit.
const secretArb = fc
  .tuple(fc.stringMatching(/^[A-Za-z0-9]$/), fc.stringMatching(/^[A-Za-z0-9~._-]{14,40}$/), fc.nat(9))
  .map(([first, body, digit]) => `${first}${body}${digit}`);
const forms: ((s: string) => string)[] = [
  (s) => `az login --service-principal -u ${APP} -p ${s} --tenant ${TENANT}`,
  (s) => `az login --service-principal --username ${APP} --password=${s}`,
  (s) => `az login --service-principal --username ${APP} --password '${s}'`,
  (s) => `az aks create --client-secret ${s} --node-count 3`,
  (s) => `az aks create --client-secret="${s}"`,
  (s) => `az ad app credential reset --id ${APP} --secret ${s}`,
  (s) => `export ARM_CLIENT_SECRET=${s}`,
  (s) => `AZURE_CLIENT_SECRET="${s}"`,
  (s) => `  client_secret = "${s}"`,
  (s) => `{"clientId": "${APP}", "clientSecret": "${s}", "tenantId": "${TENANT}"}`,
  (s) => `{\\"secret\\":\\"${s}\\"}`,
  (s) => `    password: ${s}`,
  (s) => `    token: ${s}`,
  (s) => `    client-key-data: ${s}`,
  (s) => `{'Authorization': 'Bearer ${s}'}`,
  (s) => `Authorization: Bearer ${s}`,
  (s) => `{"access_token": "${s}", "refresh_token": "${s}"}`,
  (s) => `https://st.blob.core.windows.net/c/b?sv=2022-11-02&sig=${s}&se=2026-01-01`,
  (s) => `DefaultEndpointsProtocol=https;AccountName=st;AccountKey=${s};EndpointSuffix=core.windows.net`,
  (s) => `Endpoint=sb://ns/;SharedAccessKeyName=Root;SharedAccessKey=${s}`,
  (s) => `https://user:${s}@example.com/x`,
  (s) => `$pw = ConvertTo-SecureString '${s}' -AsPlainText -Force`,
];
// Fragments of the forms themselves, so the random text around a secret often looks like one.
const tricky = fc.constantFrom(
  'password',
  'secret',
  'token',
  '=',
  ': ',
  '"',
  "'",
  ' ',
  '\n',
  '\\',
  '-p ',
  '--client-secret ',
  'az login ',
  'Bearer ',
  'Authorization: ',
  'eyJ',
  '.',
  'sig=',
  '&',
  ';',
  '-----BEGIN PRIVATE KEY-----',
  '-----END PRIVATE KEY-----',
  'https://a:',
  '@',
  '/subscriptions/',
  SUB,
  '[REDACTED]',
  '***',
  '|',
  '&&',
  '`',
  '{',
  '(',
  '<',
  '-',
  'ARM_CLIENT_SECRET=',
  '"password": ',
  'tenant ',
  'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0U1v2W3x4Y5z6A7b8C9d0E1f2',
);
const noisyText = fc
  .array(fc.oneof(tricky, fc.string({ maxLength: 12 })), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('properties', () => {
  test('a secret in any supported form never survives, on its own line or inline', () => {
    fc.assert(
      fc.property(
        secretArb,
        fc.nat(forms.length - 1),
        noisyText,
        noisyText,
        fc.boolean(),
        (secret, form, before, after, inline) => {
          const line = forms[form]!(secret);
          const text =
            inline && form !== 11 && form !== 12 && form !== 13
              ? `${before} ${line} ${after}`
              : `${before}\n${line}\n${after}`;
          expect(redactText(text)).not.toContain(secret);
          expect(redactText(text, { maskIds: false })).not.toContain(secret);
        },
      ),
      { numRuns: 3000 },
    );
  });

  test('a secret seen labelled once is removed where it appears bare elsewhere', () => {
    fc.assert(
      fc.property(secretArb, fc.nat(forms.length - 1), noisyText, (secret, form, around) => {
        const result = { evidence: [forms[form]!(secret)], message: `${around} ${secret} ${around}` };
        expect(JSON.stringify(redactResult(result))).not.toContain(secret);
        expect(redactText(`${forms[form]!(secret)}\n${around} ${secret}.`)).not.toContain(secret);
      }),
      { numRuns: 1000 },
    );
  });

  test('arbitrary strings never throw, and redacting twice equals redacting once', () => {
    const anyText = fc.oneof(noisyText, fc.string({ unit: 'binary', maxLength: 200 }));
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, maskIds) => {
        const once = redactText(text, { maskIds });
        expect(typeof once).toBe('string');
        expect(redactText(once, { maskIds })).toBe(once);
      }),
      { numRuns: 5000 },
    );
  });

  test('redactResult keeps the shape of any JSON value and is idempotent', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const once = redactResult(value);
        expect(shapeOf(once)).toEqual(shapeOf(value));
        expect(redactResult(once)).toEqual(once);
      }),
      { numRuns: 500 },
    );
  });
});

describe('adversarial input', () => {
  const size = 100_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  const lines: [string, string][] = [
    ['base64', fill('A1b2C3d4E5f6G7h8')],
    ['short base64 runs', fill('A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0U1v2W3x4Y5z6A7b8C9d .')],
    ['JWT starts', fill('eyJ')],
    ['JWT segments', fill('eyJabcd.')],
    ['labels', fill('password=')],
    ['open quotes', fill('password="x ')],
    ['labelled secrets', fill('password=Secret9x ')],
    ['YAML labels', fill('token: \n')],
    ['flags', fill(' --client-secret ')],
    ['login flags', `az login ${fill(' -p ')}`],
    ['PEM markers', fill('-----BEGIN PRIVATE KEY-----')],
    ['PEM ends', fill('-----END PRIVATE KEY-----\n')],
    ['PEM pairs', fill('-----BEGIN PRIVATE KEY-----\nA1b2\n-----END PRIVATE KEY-----')],
    ['URL credentials', fill('https://a:b')],
    ['bearer', fill('Bearer ')],
    ['authorization', fill("'Authorization': 'Bearer ")],
    ['subscription GUIDs', fill(`subscription ${SUB} `)],
    ['hex', fill('0123456789abcdef-')],
    ['escapes', fill('\\n')],
    ['one long bare value', `password=${fill('x')}`],
    ['one long unclosed quote', `password='${fill('s')}`],
    ['labels inside a value', `password=${fill('tokensecretpasswordsig')}`],
    ['continued login lines', fill('az login \\\n -p x\n')],
    ['key lines after BEGIN', `-----BEGIN PRIVATE KEY-----\n${fill('A1b2C3\n')}`],
    ['key lines before END', `${fill('A1b2C3\n')}-----END PRIVATE KEY-----`],
    [
      'many tenants',
      Array.from({ length: 3000 }, (_, i) => `tenant ${i.toString(16).padStart(8, '0')}${SUB.slice(8)}`).join(
        ' ',
      ),
    ],
    ['many labelled secrets', Array.from({ length: 6000 }, (_, i) => `password=Secret${i}x`).join(' ')],
  ];
  test.each(lines)('a 100 kB line of %s is redacted quickly', (_what, line) => {
    const started = performance.now();
    const out = redactText(line);
    const elapsed = performance.now() - started;
    expect(typeof out).toBe('string');
    expect(elapsed).toBeLessThan(2000); // typically a few ms; the bound only catches super-linear blow-ups
  });
});
