// The catalog as a markdown table (`aks-triage catalog --format markdown`).
import type { CatalogData } from '../diagnose/catalog-types.js';
import { escapeInline } from './markdown.js';

export function catalogMarkdown(data: CatalogData): string {
  const rows = data.entries
    .slice()
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((e) => {
      const codes = (e.codes ?? []).map((c) => (typeof c === 'string' ? c : `${c.code}*`));
      const exits = (e.exitCodes ?? []).map((x) => `${x.code} (${x.os})`);
      const docs = e.docs.map((d, i) => `[${i + 1}](${d.url})`).join(' ');
      return `| ${e.id} | ${escapeInline(e.title)} | ${codes.map((c) => `\`${c}\``).join(', ')} | ${exits.join(', ')} | ${e.retryable ? 'yes' : 'no'} | ${docs} |`;
    });
  return [
    `# aks-triage catalog (${data.entries.length} entries)`,
    '',
    'Codes marked * are shared with other entries and only match under a condition.',
    '',
    '| id | problem | codes | exit codes | retryable | articles |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'Content derived from Microsoft Learn AKS troubleshooting articles (CC BY 4.0).',
    '',
  ].join('\n');
}
