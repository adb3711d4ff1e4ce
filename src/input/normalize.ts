// Turns one raw CI log line into the text the extractors read: the same words the tool printed,
// without the decoration that CI runners, terminals and wrappers add around them.

// ISO-8601 timestamps that GitHub Actions and Azure DevOps put before every line, and the Jenkins
// Timestamper plugin's forms: `[2024-05-01T12:00:00.123Z] ` and `12:00:00 `.
const CI_TIMESTAMP =
  /^\uFEFF?(?:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z ?|\[\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?Z?\] ?|\d{2}:\d{2}:\d{2}(?:\.\d{1,3})? (?=\S))/;
// Prefixes that name the step or container a line came from: Google Cloud Build's `Step #3 -
// "deploy": ` and `kubectl logs --prefix`'s `[pod/name/container] `.
const STEP_PREFIX = /^(?:Step #\d{1,4}(?: - "[^"]{0,100}")?: |\[pod\/[^\]\s/]{1,253}\/[^\]\s/]{1,63}\] )/;
// ANSI CSI and OSC sequences (colours, cursor moves, hyperlinks).
// eslint-disable-next-line no-control-regex
const ANSI = /\x1B\[[0-?]*[ -/]*[@-~]|\x1B\][^\x07\x1B]{0,2000}(?:\x07|\x1B\\)/g;
// Runner markers; the text after ##[error] is kept, it is often the message itself.
const RUNNER_MARKER =
  /^(?:##\[(?:group|endgroup|section|command|debug|warning|error|notice|info)\]|##vso\[[^\]]{0,200}\]|::(?:error|warning|notice|debug|group|endgroup)[^:]{0,300}::)/;
// Terraform's diagnostic box and PowerShell's native-command wrapping.
const TERRAFORM_BOX = /^[╷╵]\s*$/;
const TERRAFORM_BAR = /^│ ?/;
const POWERSHELL_AZ = /^az : /;
// eslint-disable-next-line no-control-regex
const OTHER_CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1A\x1C-\x1F\x7F]/;
// eslint-disable-next-line no-control-regex
const OTHER_CONTROL_ALL = /[\x00-\x08\x0B\x0C\x0E-\x1A\x1C-\x1F\x7F]/g;

export function normalizeLine(raw: string): string {
  let line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (line.includes('\x1B')) line = line.replace(ANSI, '');
  line = line.replace(CI_TIMESTAMP, '');
  // `kubectl logs --prefix --timestamps` puts the pod before the timestamp.
  if (line.startsWith('Step #') || line.startsWith('[pod/'))
    line = line.replace(STEP_PREFIX, '').replace(CI_TIMESTAMP, '');
  line = line.replace(RUNNER_MARKER, '');
  if (TERRAFORM_BOX.test(line)) return '';
  line = line.replace(TERRAFORM_BAR, '').replace(POWERSHELL_AZ, '');
  if (OTHER_CONTROL.test(line)) line = line.replace(OTHER_CONTROL_ALL, '');
  return line;
}

// A warning is a harmless mention: `WARNING:` (az), `Warning:` (Terraform, Pulumi, kubectl), the
// runners' warning markers, klog's `W0102 15:04:05.000000` lines, logrus's `level=warning`, `[WARNING]`. The text may still name
// an error code ("retrying after SubscriptionRequestsThrottled") without anything having failed.
const WARNING_LINE =
  /^(?:time="[^"]{1,40}" level=warn(?:ing)? |##\[warning\]|##vso\[task\.logissue type=warning|::warning[ :]|(?:az : )?WARNING:|Warning:|warning:|\[WARNING\]|\[WARN\]|W\d{4} \d{2}:\d{2}:\d{2}\.\d{1,9} )/;

// Progress bars and carriage returns can glue a real error onto a warning's line.
const ERROR_AFTER_WARNING = /\bERROR: |\bError: |Deployment failed/;

/** True when a raw log line is a warning (and only a warning), whatever CI decoration precedes it. */
export function isWarningLine(raw: string): boolean {
  let line = raw.includes('\x1B') ? raw.replace(ANSI, '') : raw;
  line = line.replace(CI_TIMESTAMP, '').replace(STEP_PREFIX, '').replace(TERRAFORM_BAR, '').trimStart();
  return WARNING_LINE.test(line) && !ERROR_AFTER_WARNING.test(line.slice(8));
}
