// The site map against real Jekyll: every file Jekyll wrote into `_site` is the output of one
// entry `jekyll-posts urls` lists as published (a URL for each written file), and every published
// entry's output is a file Jekyll wrote (none extra). Pages and static files included.
//
// run.mjs calls writtenFilesAgree() for each conformance site it built, then corpusSites() for
// the shared corpora (read in place: Jekyll writes its output and cache under a temp folder).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFiles } from './listFiles.mjs';


/**
 * Compares what Jekyll wrote under `siteDir` with the CLI's `urls` for `src`. `check(doc, rule,
 * expected, actual)` records one comparison.
 */
export function writtenFilesAgree({ cli, src, siteDir, env, configFiles, drafts, check }) {
  const args = [cli, 'urls', src, '--format', 'json'];
  if (configFiles) args.push('--config', configFiles.join(','));
  if (drafts) args.push('--drafts');
  const listed = spawnSync(process.execPath, args, { cwd: src, env: { ...env, LANG: 'C' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  check('(site)', 'site map: jekyll-posts urls exits 0', 0, listed.status);
  const entries = listed.status === 0 ? JSON.parse(listed.stdout) : [];
  const served = new Map();
  for (const e of entries) if (e.published && e.output) served.set(e.output, e);
  const written = listFiles(siteDir);
  for (const file of written) {
    const entry = served.get(file);
    check(file, 'site map: a URL for this file Jekyll wrote', 'listed', entry ? 'listed' : '(no entry)');
  }
  const writtenSet = new Set(written);
  for (const [output, entry] of served) {
    check(entry.file, `site map: Jekyll wrote ${output} (${entry.kind} ${entry.url})`, true, writtenSet.has(output));
  }
  // Static files: the URL is the output path with a leading slash (StaticFile#url).
  for (const e of entries) {
    if (e.kind === 'static' && writtenSet.has(e.output)) check(e.file, 'site map: static url is /output', `/${e.output}`, decodeURIComponent(e.url));
  }
  return { written: written.length, kinds: countKinds(entries) };
}

function countKinds(entries) {
  const kinds = {};
  for (const e of entries) if (e.published) kinds[e.kind] = (kinds[e.kind] ?? 0) + 1;
  return kinds;
}

/** The corpora under ../shared/corpora that real Jekyll builds offline, with the override each needs. */
export function corpusSites(repo) {
  const corpora = join(repo, '..', 'shared', 'corpora');
  if (!existsSync(corpora)) return { skipped: `${corpora} is absent` , sites: [] };
  return {
    sites: [
      {
        name: 'corpus:jekyll-docs',
        src: join(corpora, 'jekyll-docs'),
        // The corpus's plugins are not installed, and its {% link %} tags name pages it leaves out.
        override: 'plugins: []\ndefaults: [{scope: {path: ""}, values: {render_with_liquid: false}}]\n',
      },
    ].filter((s) => existsSync(s.src)),
  };
}

/** Builds a corpus in place (output and cache in a temp folder) and compares its written files. */
export function checkCorpus(site, { cli, check, env }) {
  const tmp = mkdtempSync(join(tmpdir(), 'jp-sitemap-'));
  try {
    const override = join(tmp, 'override.yml');
    writeFileSync(override, site.override);
    const configFiles = [join(site.src, '_config.yml'), override];
    const dest = join(tmp, '_site');
    const build = spawnSync('jekyll', ['build', '--safe', '--quiet', '--disable-disk-cache', '--source', site.src, '--destination', dest, '--config', configFiles.join(',')], { cwd: tmp, env, encoding: 'utf8' });
    check('(site)', 'jekyll build succeeds', 0, build.status);
    if (build.status !== 0) return undefined;
    return writtenFilesAgree({ cli, src: site.src, siteDir: dest, env, configFiles, check });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Sites of pages and static files of every kind the reader treats apart, under two permalink styles. */
export function siteMapSites(probeLayout) {
  const fm = (fields, body = 'Body.\n') => `---\n${fields.join('\n')}\n---\n${body}`;
  const files = {
    '_layouts/probe.html': probeLayout,
    '_posts/2014-06-04-a-post.md': fm(['title: A post']),
    '_drafts/a-draft.md': fm(['title: A draft']),
    'about.md': fm(['title: About']),
    'index.html': fm(['title: Home']),
    'fr/index.html': fm(['title: Accueil']),
    'fr/a-propos.md': fm(['title: À propos', 'permalink: /fr/qui-sommes-nous/']),
    'fr/contact.html': fm(['title: Contact']),
    'robots.txt': fm([], 'User-agent: *\n'),
    'feed.xml': fm([], '<feed/>\n'),
    'noext': fm(['title: No extension']),
    'pages/styled.md': fm(['title: Styled', 'permalink: /:path/:basename-x:output_ext']),
    'pages/Été.md': fm(['title: Été']),
    'assets/img/photo.png': 'PNG\u0000\u0001binary',
    'assets/img/Photo Été.JPG': 'JPG\u0000binary',
    'assets/css/site.css': 'body { color: black }\n',
    'docs/manual.pdf': '%PDF-1.4\u0000',
    'docs/notes.md': 'A Markdown file without front matter: copied as it is.\n',
    'dots...txt': 'dots\n',
    'a b.txt': 'space\n',
    '.htaccess': 'Options -Indexes\n',
    '.hidden.txt': 'hidden\n',
    '.well-known/security.txt': 'Contact: x\n',
    '_private/secret.txt': 'secret\n',
    '#scratch.txt': 'scratch\n',
    'backup.txt~': 'backup\n',
    'excluded/x.txt': 'excluded\n',
    'kept/excluded-glob.tmp': 'tmp\n',
    'kept/y.txt': 'kept\n',
    '_pages/included.md': fm(['title: Included page']),
    '_pages/included.txt': 'an included static file\n',
    'node_modules/pkg/index.js': 'x\n',
    'vendor/bundle/gem.rb': 'x\n',
    'vendor/other.js': 'x\n',
    'gemfiles/rails.gemfile': 'gem "x"\n',
    '_notes/first.md': fm(['title: First note']),
    '_notes/pic.png': 'PNG\u0000note',
    '_notes/sub/data.json': '{}\n',
    '_guides/setup.md': fm(['title: Setup']),
    '_guides/img/diagram.svg': '<svg/>\n',
    '_hidden/secret.png': 'PNG\u0000hidden',
  };
  const config = (lines) => [
    ...lines,
    'exclude: [excluded, "*.tmp"]',
    'include: [.well-known, _pages]',
    'collections:',
    '  notes: {output: true}',
    '  guides: {output: true, permalink: "/:collection/:path/"}',
    '  hidden: {output: false}',
    'defaults:',
    '  - scope: {path: ""}',
    '    values: {layout: probe}',
    '',
  ].join('\n');
  return [
    { name: 'sitemap-default', env: { TZ: 'UTC' }, files: { '_config.yml': config(['baseurl: /blog']), ...files } },
    { name: 'sitemap-pretty', env: { TZ: 'UTC' }, files: { '_config.yml': config(['permalink: pretty']), ...files } },
    { name: 'sitemap-drafts', env: { TZ: 'UTC' }, buildArgs: ['--drafts'], mtime: 1401888479, files: { '_config.yml': config(['permalink: /:title.html']), ...files } },
  ];
}

/**
 * The links fixture (test/fixtures/links, `baseurl: /blog`) built by real Jekyll: every link and
 * image of its "Sound" lists resolves in `_site` as a static server resolves it, and none of its
 * "Broken links" list does. test/unit/links.test.ts asserts the linter reports exactly the latter.
 */
export function checkLinksFixture(repo, { check, env }) {
  const src = join(repo, 'test', 'fixtures', 'links');
  const tmp = mkdtempSync(join(tmpdir(), 'jp-links-'));
  try {
    const dest = join(tmp, '_site');
    const build = spawnSync('jekyll', ['build', '--safe', '--quiet', '--disable-disk-cache', '--source', src, '--destination', dest], { cwd: tmp, env, encoding: 'utf8' });
    check('(site)', 'jekyll build succeeds', 0, build.status);
    if (build.status !== 0) return { sound: 0, broken: 0 };
    const pageUrl = '/blog/2020/02/01/links/';
    const html = readFileSync(join(dest, '2020/02/01/links/index.html'), 'utf8');
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const served = (target) => {
      if (target.startsWith('#')) return ids.has(target.slice(1));
      let url = target.replace(/^https:\/\/example\.org/, '');
      if (!url.startsWith('/')) url = new URL(url, `https://example.org${pageUrl}`).pathname;
      url = decodeURIComponent(url.replace(/#.*$/, ''));
      if (!url.startsWith('/blog/')) return false;
      const rel = url.slice('/blog/'.length);
      const isFile = (p) => existsSync(join(dest, p)) && statSync(join(dest, p)).isFile();
      if (rel === '' || rel.endsWith('/')) return isFile(`${rel}index.html`);
      return isFile(rel) || isFile(`${rel}/index.html`) || isFile(`${rel}.html`);
    };
    const section = (from, to) => html.slice(html.indexOf(from), to ? html.indexOf(to) : undefined);
    const targets = (part) => [...part.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]).filter((t) => !/^(mailto:|https:\/\/example\.com)/.test(t));
    const sound = [...targets(section('<p>Sound links:', '<p>Broken links:'))];
    const broken = targets(section('<p>Broken links:', '<p>Not links'));
    for (const t of sound) check('links fixture', `sound target ${t} is served by what Jekyll wrote`, true, served(t));
    for (const t of broken) check('links fixture', `broken target ${t} is not served by what Jekyll wrote`, false, served(t));
    // The reference definition (written at the end) renders in the broken list.
    check('links fixture', 'broken targets Jekyll rendered', 12, broken.length);
    return { sound: sound.length, broken: broken.length };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
