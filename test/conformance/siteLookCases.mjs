#!/usr/bin/env node
// Fills `expected` of test/unit/fixtures/site-look-cases.json from real Jekyll: each case's files
// are written to a temp folder and built with `jekyll build`; the output file of `post` (found by
// its URL in the build) or `css` is stored. Run it after changing a case:
//
//   node test/conformance/siteLookCases.mjs --write
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureJekyll } from './jekyll.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const file = join(here, '..', 'unit', 'fixtures', 'site-look-cases.json');
const table = JSON.parse(readFileSync(file, 'utf8'));
console.log(ensureJekyll());

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

for (const c of table.cases) {
  const work = mkdtempSync(join(tmpdir(), 'jp-look-case-'));
  try {
    for (const [path, text] of Object.entries(c.files)) {
      mkdirSync(dirname(join(work, path)), { recursive: true });
      writeFileSync(join(work, path), text);
    }
    const build = spawnSync('jekyll', ['build'], { cwd: work, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    if (build.status !== 0) throw new Error(`${c.name}: ${build.stderr}`);
    if (c.css) c.expected = readFileSync(join(work, '_site', c.css), 'utf8');
    else {
      // The post's output: the one written file whose text holds the post's own body line.
      const body = c.files[c.post].split('---\n').slice(2).join('---\n').trim().split('\n')[0];
      const outputs = walk(join(work, '_site')).filter((p) => p.endsWith('.html') && readFileSync(p, 'utf8').includes(body.replace(/\*(\w+)\*/, '<em>$1</em>')));
      if (outputs.length !== 1) throw new Error(`${c.name}: ${outputs.length} outputs hold the body`);
      c.expected = readFileSync(outputs[0], 'utf8');
      c.output = outputs[0].slice(join(work, '_site').length);
    }
    console.log(`${c.name}: ${c.output ?? c.css}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
if (process.argv.includes('--write')) writeFileSync(file, `${JSON.stringify(table, null, 2)}\n`);
