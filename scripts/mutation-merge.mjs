#!/usr/bin/env node
/**
 * Merges Stryker incremental reports of parts of the core (runs with --mutate and their own
 * --incrementalFile) into reports/stryker-incremental.json: Stryker writes only the mutants of the
 * run, so parts run one by one would otherwise replace each other. Later files win for a source
 * file they share. Paths stay relative to the project (projectRoot '.').
 *
 *   node scripts/mutation-merge.mjs reports/parts/*.json [--into reports/stryker-incremental.json] [--keep]
 *   (--keep: start from what the target file already holds)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const intoAt = args.indexOf('--into');
const into = intoAt >= 0 ? args[intoAt + 1] : 'reports/stryker-incremental.json';
const parts = args.filter((a, i) => !a.startsWith('--') && !(intoAt >= 0 && i === intoAt + 1));
if (parts.length === 0) {
  console.error('usage: node scripts/mutation-merge.mjs PART.json... [--into FILE] [--keep]');
  process.exit(2);
}
const reports = [...(args.includes('--keep') && existsSync(into) ? [into] : []), ...parts].map((f) => JSON.parse(readFileSync(f, 'utf8')));
const merged = { ...reports[reports.length - 1], files: {}, testFiles: {}, projectRoot: '.' };
for (const r of reports) {
  Object.assign(merged.files, r.files);
  Object.assign(merged.testFiles, r.testFiles ?? {});
}
const relative = (p) => (p.startsWith('/') ? p.replace(/^.*?\/(?=(?:src|test|out)\/)/, '') : p);
// Why a mutant was killed, without the machine's paths, and short (a stack trace is not needed to reuse a result).
const reason = (text) => text.replace(/(?:file:\/\/)?\/\S*?\.stryker-tmp\/sandbox-\w+\//g, '').replace(/(?:file:\/\/)?\/\S*?\/(?=(?:scripts|node_modules|out)\/)/g, '').slice(0, 400);
for (const r of reports) for (const f of Object.values(r.files)) for (const m of f.mutants) if (m.statusReason) m.statusReason = reason(m.statusReason);
merged.files = Object.fromEntries(Object.entries(merged.files).map(([k, v]) => [relative(k), v]).sort(([a], [b]) => a.localeCompare(b)));
merged.testFiles = Object.fromEntries(Object.entries(merged.testFiles).map(([k, v]) => [relative(k), v]).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(into, `${JSON.stringify(merged, null, 2)}\n`);
const count = Object.values(merged.files).reduce((n, f) => n + f.mutants.length, 0);
console.log(`${into}: ${Object.keys(merged.files).length} source files, ${count} mutants`);
