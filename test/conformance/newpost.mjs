// "New bilingual post" against real Jekyll: on every fixture site and on the shared corpora (each
// in a temporary copy), `jekyll-posts new` writes a pair; the linter must report no finding at all
// on the two new files, `jekyll build` must publish both, at the URLs and output files the core
// computes (`jekyll-posts urls`), distinct from each other, each of the shape the site already
// gives posts of its language. Called by run.mjs with its `check`; also runs alone:
//
//   node test/conformance/newpost.mjs
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from './listFiles.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const cli = join(repo, 'dist', 'cli.js');
const shared = join(repo, '..', 'shared', 'corpora');

const DATE = '2025-06-01 10:00';
const FIRST = 'Premier essai été';
const SECOND = 'First summer try';

/**
 * Each site, the languages of the pair, and what its temporary copy needs for Jekyll to build it
 * offline (the same second config file the conformance run and the corpora's README use).
 */
function sites() {
  const fixture = (name, first, second, extra = {}) => ({ name, dir: join(repo, 'test', 'fixtures', name), first, second, ...extra });
  const liquidOff = 'plugins: []\ndefaults: [{scope: {path: ""}, values: {render_with_liquid: false}}]\n';
  const list = [
    fixture('newpost-slug-suffix', 'ko', 'en'),
    fixture('newpost-lang-root', 'ko', 'en'),
    fixture('newpost-collection', 'en', 'zh'),
    fixture('newpost-one-folder', 'fr', 'en'),
    fixture('bilingual', 'fr', 'en'),
    fixture('folder-per-language', 'en', 'fr'),
    // Built in --safe mode, as the other sites: jekyll-polyglot is not loaded, and the core does not claim its URLs either.
    fixture('polyglot', 'en', 'fr'),
    fixture('seed', 'fr', 'en', {}),
    fixture('broken', 'en', 'fr', { noBuild: 'its posts stop the build on purpose (an invalid date)' }),
  ];
  if (existsSync(shared)) {
    list.push({ name: 'corpora/seed', dir: join(shared, 'seed'), first: 'fr', second: 'en' });
    list.push({ name: 'corpora/jekyll-docs', dir: join(shared, 'jekyll-docs'), first: 'en', second: 'fr', override: liquidOff });
    // Psych refuses `style: :compressed` (a Ruby symbol): the copy writes it without the colon.
    list.push({ name: 'corpora/eleven-labs', dir: join(shared, 'eleven-labs'), first: 'fr', second: 'en', override: 'plugins: []\n', patch: (t) => t.replace('style: :compressed', 'style: compressed') });
  } else console.log('newpost: ../shared/corpora is absent: the corpora are skipped');
  return list;
}


/** A URL's shape: the post's own slugs become S, digits 9. */
function shapeOf(url, slugs) {
  let out = decodeURIComponent(url);
  for (const s of [...slugs].filter(Boolean).sort((a, b) => b.length - a.length)) out = out.split(s).join('S');
  return out.replace(/\d/g, '9');
}

function slugsOf(file, text) {
  const name = file.split('/').pop().replace(/\.[^.]+$/, '');
  const fileSlug = name.replace(/^\d{2,4}-\d{1,2}-\d{1,2}-/, '');
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const slug = /^slug:\s*["']?([^"'\n]+)["']?\s*$/m.exec(fm)?.[1];
  return [fileSlug, name, slug].filter(Boolean);
}

export function newPostChecks(check, { work = join(here, '.work', 'newpost'), filter } = {}) {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run node scripts/build.mjs first`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const site of sites()) {
    if (filter && !site.name.includes(filter)) continue;
    if (site.skip) {
      console.log(`newpost ${site.name}: skipped (${site.skip})`);
      continue;
    }
    const src = join(work, site.name.replace('/', '-'));
    cpSync(site.dir, src, { recursive: true });
    const configFiles = [];
    if (site.patch && existsSync(join(src, '_config.yml'))) writeFileSync(join(src, '_config.yml'), site.patch(readFileSync(join(src, '_config.yml'), 'utf8')));
    if (site.override) {
      writeFileSync(join(src, '_newpost_override.yml'), site.override);
      configFiles.push('_config.yml', '_newpost_override.yml');
    }
    const configArgs = configFiles.length ? ['--config', configFiles.join(',')] : [];
    const env = { ...process.env, LANG: 'C', LC_ALL: '', TZ: 'UTC', JEKYLL_ENV: 'production' };
    const label = `newpost ${site.name}`;
    // A one-language site takes its second language with the first pair: a language one document uses is a language of the site.
    const before = new Set(listFiles(src));
    const created = spawnSync(process.execPath, [cli, 'new', FIRST, '--lang', site.first, '--translation', `${site.second}:${SECOND}`, '--date', DATE], { cwd: src, env, encoding: 'utf8' });
    check(label, '(site)', `jekyll-posts new exits 0 (${created.stderr.trim()})`, 0, created.status);
    if (created.status !== 0) continue;
    const written = listFiles(src).filter((f) => !before.has(f));
    const printed = created.stdout.trim().split('\n').map((l) => l.split('\t'));
    check(label, '(site)', 'two files written, the ones it prints', JSON.stringify(printed.map(([p]) => p).sort()), JSON.stringify(written.sort()));
    // A body for each, to find it in Jekyll's output.
    for (const [path] of printed) appendFileSync(join(src, path), `NEWPOST-PROBE ${path}\n`);

    const lint = spawnSync(process.execPath, [cli, 'lint', src, '--format', 'json', ...configArgs], { cwd: src, env, encoding: 'utf8' });
    const findings = JSON.parse(lint.stdout || '[]').filter((f) => written.includes(f.file));
    check(label, '(site)', 'the linter reports no finding on the new pair', '[]', JSON.stringify(findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`)));

    const listed = spawnSync(process.execPath, [cli, 'urls', src, '--format', 'json', ...configArgs], { cwd: src, env, encoding: 'utf8' });
    const entries = listed.status === 0 ? JSON.parse(listed.stdout) : [];
    if (site.noBuild) {
      console.log(`${label}: not built (${site.noBuild}): ${printed.map(([p, u]) => `${p} -> ${u}`).join(', ')}`);
      continue;
    }
    const build = spawnSync('jekyll', ['build', '--safe', '--quiet', '--source', src, '--destination', join(src, '_site'), ...configArgs], { cwd: src, env, encoding: 'utf8' });
    check(label, '(site)', `jekyll build succeeds ${build.stderr.trim().slice(0, 300)}`, 0, build.status);
    if (build.status !== 0) continue;
    const urls = [];
    for (const [path, printedUrl] of printed) {
      const entry = entries.find((e) => e.file === path);
      check(label, path, 'jekyll-posts new prints the URL jekyll-posts urls gives', entry?.url, printedUrl);
      const output = entry?.output ? join(src, '_site', entry.output) : undefined;
      const published = output && existsSync(output) && readFileSync(output, 'utf8').includes(`NEWPOST-PROBE ${path}`);
      check(label, path, `Jekyll publishes it at the output the core computes (${entry?.output})`, true, !!published);
      urls.push(entry?.url);
      // The site's own shape: an existing document of the same language has a URL of the same form.
      const text = readFileSync(join(src, path), 'utf8');
      const posts = entries.filter((e) => !written.includes(e.file) && e.published && e.url && /\d{2,4}-\d{1,2}-\d{1,2}-|^_[^/]+\//.test(e.file.split('/').slice(-2).join('/')));
      const sameLang = posts.filter((e) => e.lang === entry?.lang);
      // A language the site had no post in yet: the shape of its other posts, the language segment aside.
      const peers = sameLang.length ? sameLang : posts;
      const langless = (shape, lang) => (sameLang.length || !lang ? shape : shape.split(`/${lang}/`).join('/L/'));
      const shape = langless(shapeOf(entry?.url ?? '', slugsOf(path, text)), entry?.lang);
      const shapes = new Set(peers.map((e) => langless(shapeOf(e.url, slugsOf(e.file, readFileSync(join(src, e.file), 'utf8'))), e.lang)));
      check(label, path, `its URL ${entry?.url} has the shape of the site's ${sameLang.length ? entry?.lang : 'other'} posts (${[...shapes].join(' ')})`, true, shapes.has(shape));
    }
    check(label, '(site)', 'the two URLs differ', true, urls.length === 2 && urls[0] !== urls[1]);
    console.log(`${label}: ${printed.map(([p, u]) => `${p} -> ${u}`).join(', ')}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let passed = 0;
  const failures = [];
  newPostChecks((site, doc, rule, expected, actual) => {
    if (expected === actual) passed++;
    else failures.push(`[${site}] ${doc}: ${rule}\n    expected: ${JSON.stringify(expected)}\n    actual:   ${JSON.stringify(actual)}`);
  }, { filter: process.argv[2] });
  for (const f of failures) console.log(`FAIL ${f}`);
  console.log(`newpost: ${passed} passed, ${failures.length} failed`);
  process.exit(failures.length ? 1 : 0);
}
