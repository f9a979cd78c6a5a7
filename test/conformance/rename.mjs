// "Rename post" against real Jekyll: on temporary copies of test/fixtures/rename, `jekyll-posts
// rename` renames a post (its file, or its permalink) with --redirect; then `jekyll build` must
// succeed (a `{% post_url %}` or `{% link %}` left naming the old file stops it), serve the new URL
// and no longer the old one, and every link under baseurl in what Jekyll wrote must lead to a file
// it wrote, links to the new URL included. jekyll-redirect-from is checked when Ruby has it; when
// it does not, only the `redirect_from:` the CLI wrote is checked (and the run says so).
// Called by run.mjs with its `check`; also runs alone:
//
//   node test/conformance/rename.mjs
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from './listFiles.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const cli = join(repo, 'dist', 'cli.js');
const fixture = join(repo, 'test', 'fixtures', 'rename');
const BASEURL = '/blog';
const SITE_URL = 'https://example.org';

const scenarios = [
  { name: 'file', post: '_posts/2020-03-01-first-steps.md', next: 'getting-started', file: '_posts/2020-03-01-getting-started.md', oldUrl: '/2020/03/01/first-steps/', newUrl: '/2020/03/01/getting-started/' },
  { name: 'file-fr', post: '_posts/2020-03-01-premiers-pas.md', next: 'debuter', file: '_posts/2020-03-01-debuter.md', oldUrl: '/fr/premiers-pas/', newUrl: '/fr/debuter/' },
  { name: 'permalink', post: '_posts/2020-03-01-first-steps.md', next: '/en/first-steps/', file: '_posts/2020-03-01-first-steps.md', oldUrl: '/2020/03/01/first-steps/', newUrl: '/en/first-steps/' },
];

/** Whether Ruby can load jekyll-redirect-from (a gem or Debian's ruby-jekyll-redirect-from). */
export function redirectPluginAvailable() {
  return spawnSync('ruby', ['-e', 'require "jekyll-redirect-from"'], { encoding: 'utf8' }).status === 0;
}

function output(url) {
  return url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1);
}

/** The file a static server answers for a path under baseurl (the file, its index.html, or with .html). */
function served(siteDir, path) {
  const rel = decodeURIComponent(path.replace(/[?#].*$/, '')).replace(/^\//, '');
  const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}/index.html`, `${rel}.html`];
  return candidates.find((c) => existsSync(join(siteDir, c)));
}

/** Every href/src of the HTML Jekyll wrote, with the page it is on, resolved to a path of the site. */
function writtenLinks(siteDir) {
  const out = [];
  for (const page of listFiles(siteDir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(siteDir, page), 'utf8');
    const pageUrl = `/${page.replace(/index\.html$/, '')}`;
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      let target = m[1].replace(/&amp;/g, '&');
      if (target.startsWith(SITE_URL)) target = target.slice(SITE_URL.length);
      if (/^[a-z]+:|^#|^\/\//i.test(target) || target === '') continue;
      if (!target.startsWith('/')) target = new URL(target, `http://x${BASEURL}${pageUrl}`).pathname;
      out.push({ page, written: m[1], path: target });
    }
  }
  return out;
}

export function renameChecks(check, { work = join(tmpdir(), 'jekyll-posts-rename-conformance') } = {}) {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run node scripts/build.mjs first`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const plugin = redirectPluginAvailable();
  if (!plugin) console.log('rename: jekyll-redirect-from is not installed (neither a gem nor ruby-jekyll-redirect-from): only the redirect_from front matter is checked, not the redirect page');
  const env = { ...process.env, LANG: 'C', LC_ALL: '', TZ: 'UTC', JEKYLL_ENV: 'production' };
  const build = (src, label) => {
    const configArgs = plugin ? ['--config', '_config.yml,_redirect.yml'] : [];
    const result = spawnSync('jekyll', ['build', ...(plugin ? [] : ['--safe']), '--quiet', '--source', src, '--destination', join(src, '_site'), ...configArgs], { cwd: src, env, encoding: 'utf8' });
    check(label, '(site)', `jekyll build succeeds ${result.stderr.trim().slice(0, 300)}`, 0, result.status);
    return result.status === 0;
  };
  let linksChecked = 0;
  for (const s of scenarios) {
    const label = `rename ${s.name}`;
    const src = join(work, s.name);
    cpSync(fixture, src, { recursive: true });
    if (plugin) writeFileSync(join(src, '_redirect.yml'), 'plugins: [jekyll-redirect-from]\n');
    if (!build(src, `${label} (before)`)) continue;
    check(label, s.post, 'Jekyll serves the old URL before', true, existsSync(join(src, '_site', output(s.oldUrl))));
    const leadsTo = (l, url) => l.path.startsWith(`${BASEURL}${url}`) || l.path === `${BASEURL}${url.replace(/\/$/, '')}`;
    const before = writtenLinks(join(src, '_site')).filter((l) => leadsTo(l, s.oldUrl));
    const renamed = spawnSync(process.execPath, [cli, 'rename', s.post, s.next, '--redirect'], { cwd: src, env, encoding: 'utf8' });
    check(label, s.post, `jekyll-posts rename exits 0 (${renamed.stderr.trim()})`, 0, renamed.status);
    if (renamed.status !== 0) continue;
    rmSync(join(src, '_site'), { recursive: true, force: true });
    if (!build(src, `${label} (after)`)) continue;
    const site = join(src, '_site');
    check(label, s.file, `Jekyll serves the new URL ${s.newUrl}`, true, existsSync(join(site, output(s.newUrl))));
    const text = readFileSync(join(src, s.file), 'utf8');
    check(label, s.file, 'redirect_from holds the old URL', true, text.includes(`redirect_from: [${s.oldUrl}]`));
    if (plugin) {
      const page = existsSync(join(site, output(s.oldUrl))) ? readFileSync(join(site, output(s.oldUrl)), 'utf8') : '';
      check(label, s.file, 'the old URL redirects to the new one (jekyll-redirect-from)', true, page.includes(`${BASEURL}${s.newUrl}`) && /http-equiv="refresh"/.test(page));
    } else check(label, s.file, 'the old URL is no longer written', false, existsSync(join(site, output(s.oldUrl))));
    // Every link under baseurl leads to a file Jekyll wrote.
    const links = writtenLinks(site).filter((l) => l.path === BASEURL || l.path.startsWith(`${BASEURL}/`));
    for (const l of links) check(label, l.page, `${l.written} leads to a file Jekyll wrote`, true, served(site, l.path.slice(BASEURL.length)) !== undefined);
    linksChecked += links.length;
    // As many links lead to the new URL as led to the old one (the fixture's links to it, in pages and posts of both languages).
    // The redirect page jekyll-redirect-from writes at the old URL links to the new one too: not one of the fixture's links.
    const toNew = links.filter((l) => leadsTo(l, s.newUrl) && l.page !== output(s.oldUrl));
    check(label, '(site)', 'links to the post before and after the rename', before.length, toNew.length);
  }
  console.log(`rename: ${scenarios.length} renames built by Jekyll, ${linksChecked} links under baseurl checked`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let failed = 0;
  let passed = 0;
  renameChecks((site, doc, rule, expected, actual) => {
    if (JSON.stringify(expected) === JSON.stringify(actual)) passed++;
    else {
      failed++;
      console.log(`FAIL [${site}] ${doc}: ${rule}\n    jekyll: ${JSON.stringify(expected)}\n    core:   ${JSON.stringify(actual)}`);
    }
  });
  console.log(`rename conformance: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
