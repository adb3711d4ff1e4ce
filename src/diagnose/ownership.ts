// Whose error a finding is: the cluster's, the CI job's own sign-in, another resource's, or one the run
// got past. The notes say so in the `unrecognized` list instead of a diagnosis (see resolve.ts).
import type { Recovery } from './outcome.js';
import type { Finding } from './scan.js';

// Terraform resources that create AKS or deploy a template (which may hold an AKS cluster).
const AKS_TERRAFORM_RESOURCE = /^azurerm_(?:kubernetes_|\w*template_deployment$)/;
export const ofOtherTerraformResource = (finding: Finding): boolean =>
  finding.terraformResource !== undefined && !AKS_TERRAFORM_RESOURCE.test(finding.terraformResource);
export const SELF_MANAGED_MASTER = /\bcse-master\b/;
export const OTHER_RESOURCE_NOTE =
  'Not an AKS error (the log is about another kind of resource or another cloud): ';
// A tool getting a token for its own calls: the azurerm provider's client, azidentity credentials.
export const CALLER_TOKEN =
  /building AzureRM Client|building account:|unable to build authorizer|(?:[Cc]ould not|[Ff]ailed to|[Uu]nable to|[Nn]ot able to) (?:fetch|get|obtain|acquire) (?:an )?(?:access )?token|\b(?:ClientSecret|ClientCertificate|DefaultAzure|AzureCLI|ManagedIdentity|Environment|WorkloadIdentity)Credential\b|\bazidentity\b|could not acquire access token|az account get-access-token/;
// AKS reporting that the cluster's own service principal failed.
export const CLUSTER_CREDENTIALS =
  /ServicePrincipalProfile|[Ss]ervice principal clientID|servicePrincipalProfile/;
export const recoveredNote = (r: Recovery): string =>
  `Not why the run failed: the run got past it (line ${r.line}: "${r.text}"): `;
export const SIGN_IN_NOTE = "The CI job's Azure sign-in failed (its own credentials, not the cluster's): ";
