#!/usr/bin/env node
/**
 * Merges Stryker incremental reports of parts of the core (runs with --mutate and their own
 * --incrementalFile) into reports/stryker-incremental.json: Stryker writes only the mutants of the
 * run, so parts run one by one would otherwise replace each other. Later files win for a source
 * file they share. Paths stay relative to the project (projectRoot '.').
 *
 * Each report numbers its tests from 0 in the order its run met them, so the same id names different
 * test files in different parts. The merged report numbers tests once, by test file and name, and
 * every mutant's coveredBy and killedBy are rewritten to those numbers: otherwise an incremental run
 * started from the merged file finds the wrong tests behind each result and reuses almost none.
 * The tests are kept under the test file '' (no source), as Stryker writes the tests of a runner
 * that gives no file name: it then matches them by name. Under `out/test/unit/x.test.js` it would
 * look for that compiled file among the project's sources, count each test as removed, and reuse
 * no killed mutant (26 of 7,475 on 5 December 2026).
 *
 *   node scripts/mutation-merge.mjs PART.json[=src/a.ts,src/b.ts]... [--into reports/stryker-incremental.json] [--keep]
 *   (--keep: start from what the target file already holds; `=files`: take only those source files
 *   from that part, the ones its run mutated, when the part was started from a copy of another report)
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
const relative = (p) => (p.startsWith('/') ? p.replace(/^.*?\/(?=(?:src|test|out)\/)/, '') : p);
const read = (spec) => {
  const [file, only] = spec.split('=');
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (only !== undefined) {
    const wanted = new Set(only.split(',').filter(Boolean));
    const missing = [...wanted].filter((w) => !Object.keys(report.files).some((k) => relative(k) === w));
    if (missing.length > 0) {
      console.error(`${file} has no results for ${missing.join(', ')}`);
      process.exit(2);
    }
    report.files = Object.fromEntries(Object.entries(report.files).filter(([k]) => wanted.has(relative(k))));
  }
  return report;
};
const reports = [...(args.includes('--keep') && existsSync(into) ? [into] : []), ...parts].map(read);

// One number per test (test file and name) across every report.
const ids = new Map();
const testFiles = {};
for (const r of reports) {
  const local = new Map();
  for (const [file, { tests }] of Object.entries(r.testFiles ?? {})) {
    const rel = relative(file);
    for (const t of tests) {
      // Our runner names each test after its file (out/test/unit/x.test.js): the name is the key.
      const key = t.name ?? `${rel}\u0000${t.id}`;
      if (!ids.has(key)) {
        ids.set(key, String(ids.size));
        (testFiles[''] ??= { tests: [] }).tests.push({ id: ids.get(key), name: t.name });
      }
      local.set(t.id, ids.get(key));
    }
  }
  const renumber = (list) => list?.map((id) => local.get(id) ?? id);
  for (const f of Object.values(r.files)) {
    for (const m of f.mutants) {
      if (m.coveredBy) m.coveredBy = renumber(m.coveredBy);
      if (m.killedBy) m.killedBy = renumber(m.killedBy);
    }
  }
}
const merged = { ...reports[reports.length - 1], files: {}, testFiles, projectRoot: '.' };
for (const r of reports) Object.assign(merged.files, r.files);
// Why a mutant was killed, without the machine's paths, and short (a stack trace is not needed to reuse a result).
const reason = (text) => text.replace(/(?:file:\/\/)?\/\S*?\.stryker-tmp\/sandbox-\w+\//g, '').replace(/(?:file:\/\/)?\/\S*?\/(?=(?:scripts|node_modules|out)\/)/g, '').slice(0, 400);
for (const r of reports) for (const f of Object.values(r.files)) for (const m of f.mutants) if (m.statusReason) m.statusReason = reason(m.statusReason);
merged.files = Object.fromEntries(Object.entries(merged.files).map(([k, v]) => [relative(k), v]).sort(([a], [b]) => a.localeCompare(b)));
merged.testFiles = Object.fromEntries(Object.entries(merged.testFiles).map(([k, v]) => [relative(k), v]).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(into, `${JSON.stringify(merged, null, 2)}\n`);
const count = Object.values(merged.files).reduce((n, f) => n + f.mutants.length, 0);
console.log(`${into}: ${Object.keys(merged.files).length} source files, ${count} mutants`);
