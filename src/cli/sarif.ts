import { allRules } from '../core/lint/rules';
import { JsonFinding } from './format';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** SARIF 2.1.0, for code scanning: one run, every rule described, results relative to the site root. */
export function toSarif(findings: readonly JsonFinding[], version: string, ruleDescription: (id: string) => string): object {
  const ruleIndex = new Map(allRules.map((rule, index) => [rule.id, index]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'jekyll-posts',
            version,
            rules: allRules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: ruleDescription(rule.id) },
              defaultConfiguration: { level: rule.defaultSeverity === 'off' ? 'none' : LEVEL[rule.defaultSeverity] },
            })),
          },
        },
        originalUriBaseIds: { SITEROOT: { description: { text: 'The root of the Jekyll site' } } },
        results: findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: ruleIndex.get(f.rule) ?? -1,
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file.split('/').map(encodeURIComponent).join('/'), uriBaseId: 'SITEROOT' },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
}
