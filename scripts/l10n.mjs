// Collects every user-facing English string of the extension and the CLI, writes
// l10n/bundle.l10n.json, and lists what l10n/bundle.l10n.fr.json lacks.
// Usage: node scripts/l10n.mjs [--check]   (--check: exit 1 when anything is missing or stale)
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function* sourceFiles(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

const LITERAL = String.raw`('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")`;
const CALLS = [
  new RegExp(String.raw`\bl10n\.t\(\s*` + LITERAL, 'g'),
  new RegExp(String.raw`\bmsg\(\s*` + LITERAL, 'g'),
  new RegExp(String.raw`\btranslate\(\s*` + LITERAL, 'g'),
];
const CATALOG_ENTRY = new RegExp(String.raw`^\s+\w+:\s*` + LITERAL + ',?$', 'gm');

function unquote(literal) {
  const body = literal.slice(1, -1);
  return JSON.parse(`"${body.replace(/\\'/g, "'").replace(/(?<!\\)"/g, '\\"')}"`);
}

/** Every English string the code hands to localization, sorted. */
export function collectMessages() {
  const found = new Set();
  for (const file of sourceFiles(join(root, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const re of CALLS) for (const m of text.matchAll(re)) found.add(unquote(m[1]));
    if (file.endsWith(join('core', 'messages.ts'))) {
      const catalog = text.slice(text.indexOf('export const M = {'));
      for (const m of catalog.matchAll(CATALOG_ENTRY)) found.add(unquote(m[1]));
    }
  }
  return [...found].sort();
}

export function readBundle(language) {
  const path = join(root, 'l10n', language ? `bundle.l10n.${language}.json` : 'bundle.l10n.json');
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const messages = collectMessages();
  const english = Object.fromEntries(messages.map((m) => [m, m]));
  const check = process.argv.includes('--check');
  const current = JSON.stringify(readBundle(undefined), null, 2);
  const next = JSON.stringify(english, null, 2);
  let failed = false;
  if (current !== next) {
    if (check) {
      console.error('l10n/bundle.l10n.json is out of date: run node scripts/l10n.mjs');
      failed = true;
    } else writeFileSync(join(root, 'l10n', 'bundle.l10n.json'), `${next}\n`);
  }
  const french = readBundle('fr');
  const missing = messages.filter((m) => !(m in french));
  for (const m of missing) console.error(`missing French: ${JSON.stringify(m)}`);
  if (missing.length) failed = true;
  process.exitCode = failed ? 1 : 0;
}
