#!/usr/bin/env node
// The core against real Jekyll: writes the fixture sites of sites/index.mjs under .work/, builds
// each with `jekyll build` (and `jekyll doctor` for conflicts), reads what Jekyll wrote through
// the probe layout, and compares it with what the core computes (bundled on the fly with esbuild).
//
//   node test/conformance/run.mjs [site-name-filter]
//
// Last line: `conformance: N passed, N failed`; exit code 1 on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync, readFileSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { sites, PROBE_LAYOUT } from './sites/index.mjs';
import { checkCorpus, checkLinksFixture, corpusSites, siteMapSites, writtenFilesAgree } from './siteMap.mjs';
import { listFiles } from './listFiles.mjs';
import { ensureJekyll } from './jekyll.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const work = join(here, '.work');
const require = createRequire(import.meta.url);
const filter = process.argv[2];


function bundleCore() {
  const { buildSync } = require('esbuild');
  const outfile = join(work, 'model.cjs');
  buildSync({ entryPoints: [join(here, 'model.ts')], bundle: true, platform: 'neutral', format: 'cjs', outfile, logLevel: 'error', mainFields: ['module', 'main'] });
  return require(outfile);
}


/** What Jekyll wrote: every probe found in the output, keyed by source path. */
/**
 * What each written document's probe says, by source path. `page.path` of a collection document
 * (posts included) is relative to `collections_dir` when the site sets one: `source` maps it back.
 */
function readProbes(siteDir, source = (path) => path) {
  const probes = new Map();
  let files = [];
  try {
    files = listFiles(siteDir);
  } catch {
    return probes;
  }
  for (const file of files) {
    const text = readFileSync(join(siteDir, file), 'utf8');
    for (const m of text.matchAll(/<!--PROBE(.*?)PROBE-->/gs)) {
      const probe = JSON.parse(m[1]);
      probes.set(source(probe.path), { ...probe, path: source(probe.path), outputPath: file });
    }
  }
  return probes;
}

/** `jekyll doctor`'s Conflict warnings: destination (relative to _site) -> source paths. */
function readConflicts(output, srcDir) {
  const conflicts = new Map();
  const lines = output.split('\n').map((l) => l.replace(/\x1b\[[0-9;]*m/g, ''));
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes('Conflict: The following destination is shared')) continue;
    const dest = lines[i + 2].trim().replace(`${srcDir}/_site/`, '');
    const paths = [];
    for (let j = i + 3; j < lines.length && /^\s+- /.test(lines[j]); j++) paths.push(lines[j].trim().slice(2).replace(`${srcDir}/`, ''));
    conflicts.set(dest, paths.sort());
  }
  return conflicts;
}

let passed = 0;
let failed = 0;
let documents = 0;
let buildsWithConflicts = 0;
const failures = [];
function check(site, doc, rule, expected, actual) {
  if (expected === actual) passed++;
  else {
    failed++;
    failures.push(`[${site}] ${doc}: ${rule}\n    jekyll: ${JSON.stringify(expected)}\n    core:   ${JSON.stringify(actual)}`);
  }
}

const cli = join(here, '..', '..', 'dist', 'cli.js');

/** The CLI's findings on a site, run in the same zone as the Jekyll build. */
function lintSite(src, env, configFiles) {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run node scripts/build.mjs first`);
  const config = configFiles ? ['--config', configFiles.join(',')] : [];
  const result = spawnSync(process.execPath, [cli, 'lint', src, '--format', 'json', ...config], { cwd: src, env: { ...env, LANG: 'C' }, encoding: 'utf8' });
  let findings = [];
  try {
    findings = JSON.parse(result.stdout);
  } catch {
    findings = [{ file: '(cli)', line: 0, rule: 'crashed', severity: 'error', message: result.stderr }];
  }
  return { status: result.status, findings };
}

const version = ensureJekyll();
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const model = bundleCore();
console.log(`${version}; sites in ${work}`);

for (const site of [...sites(), ...siteMapSites(PROBE_LAYOUT)]) {
  if (filter && !site.name.includes(filter)) continue;
  const src = join(work, site.name);
  const fileList = [];
  // Layouts named in front matter (which wins over the probe default) are probes too.
  for (const text of Object.values(site.files)) {
    for (const m of text.matchAll(/^layout:\s*["']?([\w-]+)["']?\s*$/gm)) {
      if (m[1] !== 'none' && !site.files[`_layouts/${m[1]}.html`]) site.files[`_layouts/${m[1]}.html`] = site.files['_layouts/probe.html'];
    }
  }
  for (const [path, text] of Object.entries(site.files)) {
    const full = join(src, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
    if (site.mtime) utimesSync(full, site.mtime, site.mtime);
    fileList.push({ path, text, mtime: statSync(full).mtime.getTime() / 1000 });
  }
  const env = { ...process.env, ...site.env, JEKYLL_ENV: 'production' };
  const now = new Date();
  // Not --quiet: the build's warnings (Conflict: among them) are part of what is compared.
  const args = ['build', '--safe', '--source', src, '--destination', join(src, '_site'), ...(site.buildArgs ?? [])];
  const started = Date.now();
  const build = spawnSync('jekyll', args, { cwd: src, env, encoding: 'utf8' });
  const buildOutput = `${build.stdout}\n${build.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  const verdict = model.modelSite(fileList, {
    now,
    drafts: (site.buildArgs ?? []).includes('--drafts'),
    machineZone: site.env?.TZ ?? 'UTC',
    configFiles: site.configFiles,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  if (site.expectFailure) {
    documents += verdict.docs.length;
    check(site.name, '(site)', 'the build fails (fatal error)', true, build.status !== 0);
    const jekyllMessage = (buildOutput.match(site.expectFailure) ?? [''])[0];
    check(site.name, '(site)', `Jekyll's fatal message matches ${site.expectFailure}`, true, !!jekyllMessage);
    check(site.name, '(site)', 'the core finds the same fatal error', true, verdict.fatal.some((m) => site.expectFailure.test(m)));
    const fullJekyll = buildOutput.split('\n').find((l) => site.expectFailure.test(l))?.trim();
    if (fullJekyll && /Invalid date/.test(fullJekyll)) {
      const core = verdict.fatal.find((m) => site.expectFailure.test(m));
      check(site.name, '(site)', 'the fatal message is word for word', fullJekyll.replace(/^.*?(Invalid date)/, '$1'), core);
    }
    // The linter must say so: an error finding, on the very document when Jekyll names it.
    const lint = lintSite(src, env, site.configFiles);
    check(site.name, '(site)', 'the linter reports an error (exit 1)', 1, lint.status);
    const named = /Document '([^']+)'/.exec(buildOutput)?.[1];
    if (named && /Invalid date/.test(buildOutput)) {
      check(site.name, named, 'the linter reports date-invalid as an error on the document Jekyll names', true, lint.findings.some((f) => f.file === named && f.rule === 'date-invalid' && f.severity === 'error'));
    }
    console.log(`${site.name}: expected failure (${seconds}s)`);
    continue;
  }
  if (build.status !== 0) {
    failed++;
    failures.push(`[${site.name}] jekyll build failed:\n${buildOutput}`);
    continue;
  }
  const collectionsDir = /^collections_dir:\s*["']?([^"'\n]*)/m.exec(site.files['_config.yml'] ?? '')?.[1].replace(/^\.?\/+|\/+$/g, '');
  const probes = readProbes(join(src, '_site'), (path) => (collectionsDir && !existsSync(join(src, path)) && existsSync(join(src, collectionsDir, path)) ? `${collectionsDir}/${path}` : path));
  // Jekyll 4.3 prints a Conflict: warning while it builds; jekyll doctor prints the same list.
  const jekyllConflicts = readConflicts(buildOutput, src);
  if (jekyllConflicts.size > 0) buildsWithConflicts++;
  if (site.doctor) {
    const doctor = spawnSync('jekyll', ['doctor', '--safe', '--source', src, '--destination', join(src, '_site'), ...(site.buildArgs ?? [])], { cwd: src, env, encoding: 'utf8' });
    const doctorConflicts = readConflicts(`${doctor.stdout}\n${doctor.stderr}`, src);
    check(site.name, '(site)', 'the build prints the Conflict warnings jekyll doctor prints', JSON.stringify([...doctorConflicts].sort()), JSON.stringify([...jekyllConflicts].sort()));
  }
  {
    const coreConflicts = [...verdict.conflicts].filter(([dest]) => dest !== undefined).map(([dest, paths]) => `${dest} <- ${[...paths].sort().join(', ')}`).sort();
    // Jekyll's doctor also counts static files; the core counts documents and pages only.
    const jk = [...jekyllConflicts].map(([dest, paths]) => `${dest} <- ${paths.filter((p) => verdict.docs.some((d) => d.path === p)).join(', ')}`).sort();
    check(site.name, '(site)', 'Conflict: destinations shared by several documents', JSON.stringify(jk), JSON.stringify(coreConflicts));
  }
  if (!/warn/i.test(buildOutput) && jekyllConflicts.size === 0) {
    // Jekyll built it without an error or a warning (nor a conflict jekyll doctor reports): the linter must report no error either.
    const lint = lintSite(src, env, site.configFiles);
    const errors = lint.findings.filter((f) => f.severity === 'error').map((f) => `${f.file}:${f.line} ${f.rule}`);
    check(site.name, '(site)', 'the linter reports no error on a site Jekyll builds cleanly', '[]', JSON.stringify(errors));
  } else if (jekyllConflicts.size > 0) {
    // Where jekyll doctor reports a conflict, the linter reports permalink-conflict on each document involved.
    const lint = lintSite(src, env, site.configFiles);
    for (const paths of jekyllConflicts.values()) {
      for (const path of paths.filter((p) => verdict.docs.some((d) => d.path === p))) {
        check(site.name, path, 'the linter reports permalink-conflict where jekyll doctor reports a conflict', true, lint.findings.some((f) => f.file === path && f.rule === 'permalink-conflict' && f.severity === 'error'));
      }
    }
  }
  const inConflict = new Set([...verdict.conflicts.values()].flat());
  for (const doc of verdict.docs) {
    documents++;
    const probe = probes.get(doc.path);
    const label = `${doc.path} (${doc.kind})`;
    if (inConflict.has(doc.path)) {
      check(site.name, label, 'published (written, sharing its destination)', true, doc.written);
    } else {
      check(site.name, label, `published (written)${doc.reason ? ` — core: ${doc.reason}` : ''}`, !!probe, doc.written);
    }
    if (doc.fatal) check(site.name, label, 'no fatal error', undefined, doc.fatal);
    if (!probe || !doc.written) continue;
    check(site.name, label, 'url', probe.url, doc.url);
    if (!inConflict.has(doc.path)) check(site.name, label, 'output path', probe.outputPath, doc.outputPath);
    if (doc.kind !== 'page') {
      if (doc.dateIsBuildTime) {
        const delta = Math.abs(Date.parse(probe.date) - Date.parse(doc.date)) / 1000;
        check(site.name, label, 'date (build time, within 5 minutes)', true, delta < 300);
      } else check(site.name, label, 'date (date_to_xmlschema)', probe.date, doc.date);
    }
    if (typeof probe.title === 'string') {
      for (const [mode, slug] of Object.entries(probe.slugs)) {
        check(site.name, label, `slugify(title, ${mode})`, slug, model.slugify(probe.title, { mode: mode === 'nil' ? undefined : mode }));
      }
    }
  }
  if (!(site.buildArgs ?? []).includes('--drafts')) {
    // The CLI's `urls` command gives every written document the URL Jekyll wrote it under.
    const listed = spawnSync(process.execPath, [cli, 'urls', src, '--format', 'json', ...(site.configFiles ? ['--config', site.configFiles.join(',')] : [])], { cwd: src, env: { ...env, LANG: 'C' }, encoding: 'utf8' });
    const entries = listed.status === 0 ? JSON.parse(listed.stdout) : [];
    check(site.name, '(site)', 'jekyll-posts urls exits 0', 0, listed.status);
    for (const [path, probe] of probes) {
      if (inConflict.has(path)) continue;
      const entry = entries.find((e) => e.file === path);
      check(site.name, path, 'jekyll-posts urls: url and output', `${probe.url} ${probe.outputPath} published`, entry ? `${entry.url} ${entry.output} ${entry.published ? 'published' : 'unpublished'}` : '(not listed)');
      if (!entry) continue;
      // page.lang as Jekyll gives it to Liquid (front matter or defaults); null when there is none.
      check(site.name, path, 'jekyll-posts urls: lang', probe.lang ?? null, entry.lang);
      // page.date through date_to_xmlschema; a post without a date in its name or front matter gets the build time.
      const doc = verdict.docs.find((d) => d.path === path);
      if (doc?.dateIsBuildTime) check(site.name, path, 'jekyll-posts urls: date (build time, within 5 minutes)', true, Math.abs(Date.parse(probe.date) - Date.parse(entry.date)) < 300_000);
      else check(site.name, path, 'jekyll-posts urls: date', probe.date ?? null, entry.date);
    }
  }
  const map = writtenFilesAgree({ cli, src, siteDir: join(src, '_site'), env, configFiles: site.configFiles, drafts: (site.buildArgs ?? []).includes('--drafts'), check: (doc, rule, e, a) => check(site.name, doc, rule, e, a) });
  console.log(`${site.name}: site map: ${map.written} files written, ${JSON.stringify(map.kinds)}`);
  for (const path of probes.keys()) {
    if (!verdict.docs.some((d) => d.path === path)) {
      failed++;
      failures.push(`[${site.name}] ${path}: Jekyll wrote it, the core does not know the document`);
    }
  }
  console.log(`${site.name}: ${verdict.docs.length} documents, ${probes.size} written by Jekyll (${seconds}s)`);
}

// "New bilingual post" on every fixture site and corpus, built by Jekyll (newpost.mjs).
(await import('./newpost.mjs')).newPostChecks((site, doc, rule, expected, actual) => check(site, doc, rule, expected, actual), { filter });
// "Rename post" on test/fixtures/rename, built by Jekyll before and after the rename (rename.mjs).
if (!filter || 'rename'.includes(filter)) (await import('./rename.mjs')).renameChecks((site, doc, rule, expected, actual) => check(site, doc, rule, expected, actual));
// Drafts, publish and unpublish on the three new-post layouts, built by Jekyll with and without --drafts (drafts.mjs).
(await import('./drafts.mjs')).draftChecks((site, doc, rule, expected, actual) => check(site, doc, rule, expected, actual), { filter });

// The Conflict comparison must have had something to compare (placeholders shares destinations on purpose).
if (!filter) check('(run)', '(sites)', 'some build printed a Conflict warning', true, buildsWithConflicts > 0);
const corpora = corpusSites(repo);
if (corpora.skipped && !filter) console.log(`site map on the corpora: skipped (${corpora.skipped})`);
for (const corpus of corpora.sites) {
  if (filter && !corpus.name.includes(filter)) continue;
  const map = checkCorpus(corpus, { cli, env: { ...process.env, TZ: 'UTC', JEKYLL_ENV: 'production' }, check: (doc, rule, e, a) => check(corpus.name, doc, rule, e, a) });
  console.log(`${corpus.name}: site map: ${map ? `${map.written} files written, ${JSON.stringify(map.kinds)}` : 'build failed'}`);
}
if (!filter || 'links'.includes(filter)) {
  const links = checkLinksFixture(repo, { env: { ...process.env, TZ: 'UTC' }, check: (doc, rule, e, a) => check('links-fixture', doc, rule, e, a) });
  console.log(`links-fixture: ${links.sound} sound and ${links.broken} broken targets checked in what Jekyll wrote`);
}
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`documents compared: ${documents}`);
console.log(`conformance: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
