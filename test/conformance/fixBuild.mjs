#!/usr/bin/env node
// Plain `jekyll-posts lint --fix` against real Jekyll (issue 23): on a temp copy of every
// conformance site, every fixture site and every site under ../shared/corpora, `jekyll build`
// writes the same `_site` file list after the fix as before. Documents that stopped the build
// before (or whose front matter Jekyll could not read) may be made to build: the lists are then
// compared without them, on both sides. Copies go to a temp folder, never into the repository.
//
//   node test/conformance/fixBuild.mjs [site-name-filter]
//
// Last line: `fix-build: N passed, N failed`; exit code 1 on any failure.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sites } from './sites/index.mjs';
import { listFiles } from './listFiles.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const cli = join(repo, 'dist', 'cli.js');
const corpora = join(repo, '..', 'shared', 'corpora');
const filter = process.argv[2];
const scratch = mkdtempSync(join(tmpdir(), 'jekyll-posts-fix-build-'));


/** Builds `src` into a destination outside it: the sorted list of files written, or the error. */
function build(src, site, name) {
  const destination = join(scratch, `${name}-site`);
  rmSync(destination, { recursive: true, force: true });
  const args = ['build', '--safe', '--quiet', '--source', src, '--destination', destination, ...(site.buildArgs ?? [])];
  const result = spawnSync('jekyll', args, { cwd: src, env: { ...process.env, ...site.env, JEKYLL_ENV: 'production' }, encoding: 'utf8' });
  if (result.status !== 0) return { ok: false, error: `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-3).join(' | ') };
  return { ok: true, files: listFiles(destination) };
}

function cliRun(src, site, args) {
  const config = site.configFiles ? ['--config', site.configFiles.join(',')] : [];
  return spawnSync(process.execPath, [cli, 'lint', src, ...args, ...config], { cwd: src, env: { ...process.env, ...site.env, LANG: 'C', LC_ALL: '' }, encoding: 'utf8' });
}

/** Files whose document stops the build or whose front matter Jekyll cannot read: the linter's errors, less conflicts (which do not stop it). */
function stoppers(src, site) {
  const result = cliRun(src, site, ['--format', 'json']);
  const findings = JSON.parse(result.stdout || '[]');
  return [...new Set(findings.filter((f) => f.severity === 'error' && f.rule !== 'permalink-conflict').map((f) => f.file))].sort();
}

function without(src, files, name) {
  const copy = join(scratch, name);
  rmSync(copy, { recursive: true, force: true });
  cpSync(src, copy, { recursive: true });
  for (const file of files) rmSync(join(copy, file), { force: true });
  return copy;
}

let passed = 0;
let failed = 0;
const failures = [];
function check(name, what, expected, actual) {
  if (JSON.stringify(expected) === JSON.stringify(actual)) passed++;
  else {
    failed++;
    const gone = expected.files && actual.files ? expected.files.filter((f) => !actual.files.includes(f)) : [];
    const added = expected.files && actual.files ? actual.files.filter((f) => !expected.files.includes(f)) : [];
    failures.push(`[${name}] ${what}\n    before: ${expected.ok ? `${expected.files.length} files` : expected.error}\n    after:  ${actual.ok ? `${actual.files.length} files` : actual.error}${gone.length ? `\n    gone: ${gone.join(', ')}` : ''}${added.length ? `\n    new:  ${added.join(', ')}` : ''}`);
  }
}

/** One site: build, plain --fix, build again, compare. `prepare` writes the copy. */
function runSite(name, site, prepare) {
  if (filter && !name.includes(filter)) return;
  const src = join(scratch, name);
  mkdirSync(src, { recursive: true });
  prepare(src);
  const pristine = join(scratch, `${name}-pristine`);
  cpSync(src, pristine, { recursive: true });
  const exempt = stoppers(src, site);
  const before = build(src, site, name);
  const fix = cliRun(src, site, ['--fix']);
  const changed = /^files changed: (\d+), fixes refused: (\d+)$/m.exec(fix.stdout);
  if (!changed) {
    failed++;
    failures.push(`[${name}] lint --fix printed no summary:\n${fix.stdout}\n${fix.stderr}`);
    return;
  }
  const after = build(src, site, name);
  if (exempt.length === 0) check(name, 'jekyll build writes the same files after plain --fix', before, after);
  else {
    // The documents that stopped the build are left out on both sides: whatever the fix made of them, the rest must not move.
    const beforeRest = build(without(pristine, exempt, `${name}-before-rest`), site, `${name}-before-rest`);
    const afterRest = build(without(src, exempt, `${name}-after-rest`), site, `${name}-after-rest`);
    check(name, `jekyll build writes the same files after plain --fix, without ${exempt.join(', ')}`, beforeRest, afterRest);
  }
  console.log(`${name}: ${before.ok ? `${before.files.length} files built` : 'build failed before'}, files changed by --fix: ${changed[1]}, refused: ${changed[2]}${exempt.length ? `, stopped the build: ${exempt.length}` : ''}${after.ok ? `; after: ${after.files.length} files` : '; build fails after'}`);
}

if (!existsSync(cli)) {
  console.log(`${cli} is missing: run node scripts/build.mjs first`);
  process.exit(1);
}
console.log(`${spawnSync('jekyll', ['--version'], { encoding: 'utf8' }).stdout.trim()}; copies in ${scratch}`);

for (const site of sites()) {
  runSite(`conformance-${site.name}`, site, (src) => {
    for (const [path, text] of Object.entries(site.files)) {
      const full = join(src, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, text);
      if (site.mtime) utimesSync(full, site.mtime, site.mtime);
    }
    // Layouts named in front matter exist, as run.mjs makes them.
    for (const text of Object.values(site.files)) {
      for (const m of text.matchAll(/^layout:\s*["']?([\w-]+)["']?\s*$/gm)) {
        const layout = join(src, '_layouts', `${m[1]}.html`);
        if (m[1] !== 'none' && !existsSync(layout)) writeFileSync(layout, '{{ content }}\n');
      }
    }
  });
}

const fixtures = join(repo, 'test', 'fixtures');
for (const name of readdirSync(fixtures)) {
  if (name === 'schemas' || !statSync(join(fixtures, name)).isDirectory()) continue;
  runSite(`fixture-${name}`, { env: { TZ: 'UTC' } }, (src) => cpSync(join(fixtures, name), src, { recursive: true }));
}

if (!existsSync(corpora)) console.log(`skipped ../shared/corpora: ${corpora} is absent`);
else {
  runSite('corpus-seed', { env: { TZ: 'UTC' } }, (src) => cpSync(join(corpora, 'seed'), src, { recursive: true }));
  const override = { configFiles: ['_config.yml', 'override.yml'], buildArgs: ['--config', '_config.yml,override.yml'], env: { TZ: 'UTC' } };
  runSite('corpus-eleven-labs', override, (src) => {
    cpSync(join(corpora, 'eleven-labs'), src, { recursive: true });
    // Psych refuses the Ruby symbol `:compressed` (corpora/README.md); the plugins are not installed.
    const config = join(src, '_config.yml');
    writeFileSync(config, readFileSync(config, 'utf8').replace('style: :compressed', 'style: compressed'));
    writeFileSync(join(src, 'override.yml'), 'plugins: []\n');
  });
  runSite('corpus-jekyll-docs', override, (src) => {
    cpSync(join(corpora, 'jekyll-docs'), src, { recursive: true });
    writeFileSync(join(src, 'override.yml'), 'plugins: []\ndefaults: [{scope: {path: ""}, values: {render_with_liquid: false}}]\n');
  });
}

rmSync(scratch, { recursive: true, force: true });
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`fix-build: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
