#!/usr/bin/env node
/**
 * The mutants of Stryker's incremental report that no test detected (survived, or no test reached
 * them), each with the code before and after, and whether docs/mutation-equivalents.md records it.
 * A survivor counts as recorded when an entry of that file names its first line: `file.ts:12`,
 * `file.ts:12-14`, `file.ts:12,20`, or `` `:30` `` later in the same entry. The match is by line,
 * not by mutant, so a line that holds one equivalent mutant and one that is not hides the second:
 * read the entry when in doubt.
 *
 * Run from the repository's root (it reads reports/ and docs/ there).
 *
 *   node scripts/mutation-survivors.mjs [--report r.json] [--all] [--count] [file.ts ...]
 *
 *   (no file)  every file of the report
 *   --all      list recorded survivors too (default: only those with no entry)
 *   --count    one line per file: undetected, recorded, not recorded (no listing)
 */
import { readFileSync } from 'node:fs';
import { isRecorded, recordedLines } from './mutation-equivalents.mjs';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  args.splice(i, 1);
  return true;
};
const reportIndex = args.indexOf('--report');
const reportFile = reportIndex >= 0 ? args.splice(reportIndex, 2)[1] : 'reports/stryker-incremental.json';
const listAll = flag('--all');
const countOnly = flag('--count');
const report = JSON.parse(readFileSync(reportFile, 'utf8'));

const recorded = recordedLines();
const files = args.length ? args : Object.keys(report.files).sort();
let totalUndetected = 0;
let totalRecorded = 0;
for (const file of files) {
  const entry = report.files[file];
  if (!entry) {
    console.log(`## ${file}: not in the report`);
    continue;
  }
  const lines = entry.source.split('\n');
  const undetected = entry.mutants
    .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
    .sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column);
  const recordedHere = (m) => isRecorded(recorded, file, m);
  const nRecorded = undetected.filter(recordedHere).length;
  totalUndetected += undetected.length;
  totalRecorded += nRecorded;
  if (countOnly) {
    if (undetected.length) console.log(`${file}\t${undetected.length} undetected\t${nRecorded} recorded\t${undetected.length - nRecorded} not recorded`);
    continue;
  }
  const shown = listAll ? undetected : undetected.filter((m) => !recordedHere(m));
  console.log(`## ${file}: ${undetected.length} undetected of ${entry.mutants.length}, ${nRecorded} recorded as equivalent`);
  for (const m of shown) {
    const { start, end } = m.location;
    const before = lines.slice(start.line - 1, end.line).join('\n');
    const startOffset = start.column - 1;
    const endOffset = lines.slice(start.line - 1, end.line - 1).reduce((n, l) => n + l.length + 1, 0) + end.column - 1;
    const after = before.slice(0, startOffset) + m.replacement + before.slice(endOffset);
    console.log(`[${m.status}${recordedHere(m) ? ', recorded' : ''}] ${m.mutatorName} ${file}:${start.line}:${start.column}`);
    console.log(before.split('\n').map((l) => `-   ${l}`).join('\n'));
    console.log(after.split('\n').map((l) => `+   ${l}`).join('\n'));
    console.log();
  }
}
console.log(`${totalUndetected} undetected, ${totalRecorded} recorded as equivalent, ${totalUndetected - totalRecorded} not recorded`);
