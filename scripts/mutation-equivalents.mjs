/**
 * Which lines of which core files docs/mutation-equivalents.md records surviving mutants on: an
 * entry names its file and lines as `file.ts:12`, `file.ts:12-14`, `file.ts:12,20`, or `` `:30` ``
 * later in the same entry. Shared by mutation-score.mjs and mutation-survivors.mjs; run from the
 * repository's root.
 */
import { readFileSync } from 'node:fs';

/** file → set of line numbers that an entry names. */
export function recordedLines(markdown = readFileSync('docs/mutation-equivalents.md', 'utf8')) {
  const byFile = new Map();
  const entries = markdown.split(/\n(?=- )/).filter((e) => e.startsWith('- '));
  for (const entry of entries) {
    const text = entry.replace(/\s*\n\s*/g, ' ');
    const file = /`(src\/core\/[^`:]+\.ts)/.exec(text)?.[1];
    if (!file) continue;
    const lines = byFile.get(file) ?? new Set();
    const specs = [
      ...[...text.matchAll(/`src\/core\/[^`:]+\.ts:([0-9,\- ]+)/g)].map((m) => m[1]),
      ...[...text.matchAll(/`:([0-9,\- ]+)`/g)].map((m) => m[1]),
    ];
    for (const spec of specs) {
      for (const part of spec.split(',')) {
        const [a, b] = part.split('-').map((n) => Number.parseInt(n, 10));
        if (!Number.isInteger(a)) continue;
        for (let n = a; n <= (Number.isInteger(b) ? b : a); n++) lines.add(n);
      }
    }
    byFile.set(file, lines);
  }
  return byFile;
}

/** Whether an entry records the mutant (by its first line). */
export function isRecorded(recorded, file, mutant) {
  return recorded.get(file)?.has(mutant.location.start.line) ?? false;
}
