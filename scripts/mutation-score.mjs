#!/usr/bin/env node
/**
 * The mutation score per folder of src/core (subfolders included), from Stryker's incremental report (reports/stryker-incremental.json
 * by default, or the file given): a Markdown table for the README. Score as Stryker computes it:
 * detected (killed + timed out) over detected + undetected (survived + no coverage); mutants that
 * do not compile or crash the run are left out of both. "recorded": undetected mutants that
 * docs/mutation-equivalents.md records as equivalent (matched by file and line; they still count as
 * undetected in the score). Run from the repository's root.
 *
 *   node scripts/mutation-score.mjs [report.json] [--files]   (--files: one row per file too)
 */
import { readFileSync } from 'node:fs';
import { isRecorded, recordedLines } from './mutation-equivalents.mjs';

const args = process.argv.slice(2);
const perFile = args.includes('--files');
const file = args.find((a) => !a.startsWith('--')) ?? 'reports/stryker-incremental.json';
const report = JSON.parse(readFileSync(file, 'utf8'));

const recorded = recordedLines();
const rows = new Map();
const add = (key, mutants, file) => {
  const row = rows.get(key) ?? { files: 0, Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0, other: 0, recorded: 0 };
  row.files++;
  for (const m of mutants) {
    if (m.status in row && m.status !== 'files') row[m.status]++;
    else row.other++;
    if ((m.status === 'Survived' || m.status === 'NoCoverage') && isRecorded(recorded, file, m)) row.recorded++;
  }
  rows.set(key, row);
};
for (const [name, { mutants }] of Object.entries(report.files)) {
  add(name.split('/').slice(0, 3).join('/'), mutants, name); // src/core/<folder>, its subfolders included
  if (perFile) add(name, mutants, name);
}

const pct = (r) => {
  const detected = r.Killed + r.Timeout;
  const total = detected + r.Survived + r.NoCoverage;
  return total === 0 ? 'n/a' : `${((100 * detected) / total).toFixed(1)}%`;
};
console.log('| folder | files | mutants | killed | timed out | survived | no coverage | recorded equivalent | score |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [key, r] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
  const total = r.Killed + r.Timeout + r.Survived + r.NoCoverage + r.other;
  console.log(`| \`${key}\` | ${r.files} | ${total} | ${r.Killed} | ${r.Timeout} | ${r.Survived} | ${r.NoCoverage} | ${r.recorded} | ${pct(r)} |`);
}
