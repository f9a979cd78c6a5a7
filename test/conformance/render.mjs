#!/usr/bin/env node
// The renderer against real Jekyll, post by post. For each corpus (our own posts under
// render-corpus/, and the sites of ../shared/corpora read in place), `jekyll build` runs once with
// render-plugin/ (which writes every post's `content` after Liquid and kramdown, before layouts);
// its output is cached under .work/render/ by a hash of everything the build reads. Each post is
// then rendered by the code of `jekyll-posts render` and compared after render-normalize.mjs.
// A post that differs fails unless render-known-divergences.json lists it with its reason; a
// listed post that now agrees fails too, so the list stays true. The preview's body (sanitized)
// must equal the rendered body, less only what is dangerous, on every benign post.
//
//   node test/conformance/render.mjs [--verbose] [corpus-or-path-filter]
//
// Prints `render: N identical / M compared` and ends with `render: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstDifference, normalizeHtml } from './render-normalize.mjs';
import { listFiles } from './listFiles.mjs';
import { ensureJekyll } from './jekyll.mjs';

const NOT_SOURCES = new Set(['_site', '.jekyll-cache']);
/** A corpus folder's source files: its build output and cache left out. */
const listFilesIn = (root) => listFiles(root, '', { skip: NOT_SOURCES });

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const work = join(here, '.work', 'render');
const shared = join(repo, '..', 'shared', 'corpora');
const require = createRequire(import.meta.url);
const verbose = process.argv.includes('--verbose');
const filter = process.argv.slice(2).find((a) => !a.startsWith('--'));
const NOW = new Date('2026-01-01T00:00:00Z');



/** The corpora: a source folder read in place, and configuration files written to a temp folder. */
function corpora() {
  const list = [{ name: 'own', source: join(here, 'render-corpus'), configs: { '_config.yml': readFileSync(join(here, 'render-corpus', '_config.yml'), 'utf8') } }];
  if (!existsSync(shared)) {
    console.log(`render: skipped the shared corpora (${shared} is absent)`);
    return list;
  }
  list.push({ name: 'seed', source: join(shared, 'seed'), configs: { '_config.yml': 'title: seed\n' } });
  list.push({
    name: 'eleven-labs',
    source: join(shared, 'eleven-labs'),
    configs: {
      // Psych refuses the Ruby symbol `:compressed`; the sample's plugins are not installed.
      '_config.yml': readFileSync(join(shared, 'eleven-labs', '_config.yml'), 'utf8').replace('style: :compressed', 'style: compressed'),
      'override.yml': 'plugins: []\n',
    },
  });
  list.push({
    name: 'jekyll-docs',
    source: join(shared, 'jekyll-docs'),
    configs: {
      '_config.yml': readFileSync(join(shared, 'jekyll-docs', '_config.yml'), 'utf8'),
      // Its `{% link %}` tags point at documentation pages the corpus does not hold (see its README).
      'override.yml': 'plugins: []\ndefaults: [{scope: {path: ""}, values: {render_with_liquid: false}}]\n',
    },
  });
  return list;
}

/** Builds a corpus with Jekyll (or takes the cached build): post path -> content. */
function expectedContent(corpus, jekyllVersion) {
  const hash = createHash('sha256');
  hash.update(jekyllVersion);
  hash.update(readFileSync(join(here, 'render-plugin', 'jp_content.rb')));
  for (const [name, text] of Object.entries(corpus.configs)) hash.update(`${name}\0${text}\0`);
  for (const file of listFilesIn(corpus.source)) hash.update(`${file}\0`).update(readFileSync(join(corpus.source, file)));
  const key = hash.digest('hex').slice(0, 16);
  const dir = join(work, `${corpus.name}-${key}`);
  const out = join(dir, 'content.json');
  if (existsSync(out)) return JSON.parse(readFileSync(out, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const configFiles = Object.entries(corpus.configs).map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  });
  corpus.configFiles = configFiles;
  const build = spawnSync(
    'jekyll',
    ['build', '--source', corpus.source, '--destination', join(dir, '_site'), '--config', configFiles.join(','), '--plugins', join(here, 'render-plugin'), '--disable-disk-cache', '--quiet'],
    { encoding: 'utf8', env: { ...process.env, JP_CONTENT_OUT: out, JEKYLL_ENV: 'development' } },
  );
  if (build.status !== 0 || !existsSync(out)) throw new Error(`jekyll build of ${corpus.name} failed:\n${build.stdout}\n${build.stderr}`);
  rmSync(join(dir, '_site'), { recursive: true, force: true });
  return JSON.parse(readFileSync(out, 'utf8'));
}

function configFilesOf(corpus) {
  const dir = join(work, `${corpus.name}-configs`);
  mkdirSync(dir, { recursive: true });
  return Object.entries(corpus.configs).map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  });
}

function bundleModel() {
  const { buildSync } = require('esbuild');
  const outfile = join(work, 'renderModel.cjs');
  mkdirSync(work, { recursive: true });
  buildSync({ entryPoints: [join(here, 'renderModel.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error', mainFields: ['module', 'main'] });
  return require(outfile);
}

/** What the preview may drop from a post's body: scripts, event handlers, javascript: URLs, frames, forms of code. */
const DANGEROUS = /<(script|iframe|frame|frameset|object|embed|applet|style|form|meta|link|base)\b|\son\w+\s*=|javascript:|vbscript:|data:text\/html/i;

function withoutDataLine(html) {
  return html.replace(/ data-line="\d+"/g, '');
}

const jekyllVersion = ensureJekyll();
const model = bundleModel();
const known = JSON.parse(readFileSync(join(here, 'render-known-divergences.json'), 'utf8'));
const seenKnown = new Set();
/** The corpora compared in this run: where ../shared is absent, the listed posts of its corpora are not checked. */
const ranCorpora = new Set();
let passed = 0;
let failed = 0;
let identicalTotal = 0;
let comparedTotal = 0;
const previewProblems = [];

function fail(id, detail) {
  failed++;
  console.log(`FAIL ${id}: ${detail}`);
}

for (const corpus of corpora()) {
  if (filter && !corpus.name.includes(filter) && !filter.startsWith(corpus.name)) continue;
  ranCorpora.add(corpus.name);
  const expected = expectedContent(corpus, jekyllVersion);
  const site = await model.openSite(corpus.source, configFilesOf(corpus), NOW);
  let identical = 0;
  let compared = 0;
  for (const [path, jekyllHtml] of Object.entries(expected).sort()) {
    const id = `${corpus.name}/${path}`;
    if (filter && filter.includes('/') && !id.startsWith(filter)) continue;
    const file = join(corpus.source, path);
    const text = readFileSync(file, 'utf8');
    const ours = await model.render(site, file.replace(/\\/g, '/'), text);
    compared++;
    const a = normalizeHtml(jekyllHtml);
    const b = ours.ok ? normalizeHtml(ours.html) : `(render stopped: ${JSON.stringify(ours.stops)})`;
    const reason = known[id];
    if (reason !== undefined) seenKnown.add(id);
    if (a === b) {
      identical++;
      if (reason !== undefined) fail(id, 'now agrees with Jekyll: remove it from render-known-divergences.json');
      else passed++;
    } else if (reason !== undefined) {
      passed++;
      if (verbose) {
        const d = firstDifference(a, b);
        console.log(`known ${id} (${reason})\n  jekyll: ${d.expected}\n  ours:   ${d.actual}`);
      }
    } else {
      const d = firstDifference(a, b);
      fail(id, `differs from Jekyll at ${d.at}\n  jekyll: ${d.expected}\n  ours:   ${d.actual}`);
    }
    // The preview: the same body less what is dangerous, and nothing else.
    if (ours.ok && !DANGEROUS.test(ours.html)) {
      const shown = withoutDataLine(await model.preview(site, file.replace(/\\/g, '/'), text));
      const x = normalizeHtml(ours.html);
      const y = normalizeHtml(shown);
      const previewId = `preview:${id}`;
      if (known[previewId] !== undefined) seenKnown.add(previewId);
      if (x !== y && known[previewId] === undefined) {
        const d = firstDifference(x, y);
        previewProblems.push(`${id}: the preview differs from render at ${d.at}\n  render:  ${d.expected}\n  preview: ${d.actual}`);
      } else if (x === y && known[previewId] !== undefined) previewProblems.push(`${previewId}: now agrees: remove it from render-known-divergences.json`);
    }
  }
  identicalTotal += identical;
  comparedTotal += compared;
  console.log(`render ${corpus.name}: ${identical} identical / ${compared} compared`);
}
for (const id of Object.keys(known)) {
  const corpus = id.replace(/^preview:/, '').split('/')[0];
  if (!ranCorpora.has(corpus) && corpus !== 'own' && !existsSync(shared)) console.log(`known ${id}: not checked, ../shared/corpora is absent`);
  else if (!seenKnown.has(id) && !filter) fail(id, 'listed in render-known-divergences.json but not in any corpus');
}
if (previewProblems.length) for (const p of previewProblems) fail('preview', p);
else passed++;
console.log(`render: ${identicalTotal} identical / ${comparedTotal} compared`);
console.log(`render: ${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
