import { formatMessage, msg } from '../core/messages';
import { Finding } from '../core/lint/types';
import { LineIndex } from '../core/text';
import { SiteFindings } from './lintCommand';

/** One finding in the CLI's JSON output: positions are 1-based, end column exclusive. */
export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Finding['severity'];
  rule: string;
  message: string;
}

export function toJsonFindings(sites: readonly SiteFindings[], translate: (t: string) => string): JsonFinding[] {
  const out: JsonFinding[] = [];
  for (const site of sites) {
    for (const file of site.files) {
      const index = new LineIndex(file.text ?? '');
      for (const finding of file.findings) {
        const start = index.positionAt(finding.range.start);
        const end = index.positionAt(finding.range.end);
        out.push({
          file: file.file,
          line: start.line + 1,
          column: start.character + 1,
          endLine: end.line + 1,
          endColumn: end.character + 1,
          severity: finding.severity,
          rule: finding.rule,
          message: formatMessage(finding.message, translate),
        });
      }
    }
  }
  return out;
}

export function formatText(findings: readonly JsonFinding[], translate: (t: string) => string): string {
  const labels = { error: translate('error'), warning: translate('warning'), info: translate('info') };
  const lines = findings.map((f) => `${f.file}:${f.line}:${f.column}: ${labels[f.severity]} ${f.message} [${f.rule}]`);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const infos = findings.length - errors - warnings;
  lines.push(formatMessage(msg('{0} problems ({1} errors, {2} warnings, {3} info)', findings.length, errors, warnings, infos), translate));
  return `${lines.join('\n')}\n`;
}
