import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { nodeFileSystem } from '../../src/cli/nodeFs';
import { readConfig } from '../../src/core/site/config';
import { SiteIndex } from '../../src/core/site/siteIndex';
import { loadSiteData } from '../../src/core/render/siteData';

const cli = join(__dirname, '..', '..', '..', 'dist', 'cli.js');

/**
 * Jekyll 4.3.1, measured on a site like this one (docs/rules/layout-unknown.md): it reads layouts,
 * includes, data files and collection documents through symbolic links wherever they lead; with
 * `safe: true` it skips those whose real path is outside the site (a post naming such a layout
 * gets "Layout 'outside' requested ... does not exist").
 */
function makeSite(scratch: string, config: string): string {
  const site = join(scratch, 'site');
  const outside = join(scratch, 'outside');
  for (const dir of ['_layouts', '_posts', '_authors', '_data']) mkdirSync(join(site, dir), { recursive: true });
  mkdirSync(outside, { recursive: true });
  writeFileSync(join(site, '_config.yml'), `title: T\ncollections:\n  authors:\n    output: false\n${config}`);
  writeFileSync(join(site, '_layouts', 'article.html'), '<article>{{ content }}</article>\n');
  symlinkSync('article.html', join(site, '_layouts', 'post.html'));
  writeFileSync(join(outside, 'outside.html'), '<div>{{ content }}</div>\n');
  symlinkSync(join(outside, 'outside.html'), join(site, '_layouts', 'outside.html'));
  symlinkSync('missing.html', join(site, '_layouts', 'broken.html'));
  writeFileSync(join(site, '_authors', 'marie.md'), '---\nname: Marie\n---\n');
  symlinkSync('marie.md', join(site, '_authors', 'mary.md'));
  writeFileSync(join(outside, 'tom.md'), '---\nname: Tom\n---\n');
  symlinkSync(join(outside, 'tom.md'), join(site, '_authors', 'tom.md'));
  writeFileSync(join(outside, 'links.yml'), 'home: https://example.com\n');
  symlinkSync(join(outside, 'links.yml'), join(site, '_data', 'links.yml'));
  const post = (name: string, lines: string) => writeFileSync(join(site, '_posts', name), `---\ntitle: A\n${lines}\n---\n\nBody.\n`);
  post('2020-01-01-inside.md', 'layout: post\nauthors: [mary]');
  post('2020-01-02-outside.md', 'layout: outside\nauthors: [tom]');
  post('2020-01-03-broken.md', 'layout: broken');
  post('2020-01-04-typo.md', 'layout: psot');
  return site;
}

function lint(site: string): string[] {
  const result = spawnSync(process.execPath, [cli, 'lint', site, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '' } });
  const findings = JSON.parse(result.stdout) as { file: string; rule: string }[];
  return findings.filter((f) => f.rule === 'layout-unknown' || f.rule === 'author-unknown').map((f) => `${f.file} ${f.rule}`).sort();
}

describe('layouts, authors and data through symbolic links', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'jekyll-posts-links-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));
  const site = makeSite(join(scratch, 'open'), '');
  const safeSite = makeSite(join(scratch, 'safe'), 'safe: true\n');

  it('the CLI reads links that stay in the site and, as Jekyll outside safe mode, links that lead out; a broken link and a typo stay findings', () => {
    assert.deepEqual(lint(site), ['_posts/2020-01-03-broken.md layout-unknown', '_posts/2020-01-04-typo.md layout-unknown']);
  });

  it('with safe: true, links leading outside the site are skipped, as Jekyll skips them', () => {
    assert.deepEqual(lint(safeSite), [
      '_posts/2020-01-02-outside.md author-unknown',
      '_posts/2020-01-02-outside.md layout-unknown',
      '_posts/2020-01-03-broken.md layout-unknown',
      '_posts/2020-01-04-typo.md layout-unknown',
    ]);
  });

  it('the site index (the editor) and site.data read the same links through the asynchronous reader', async () => {
    for (const [root, safe] of [[site, false], [safeSite, true]] as const) {
      const config = readConfig(`title: T\ncollections:\n  authors:\n    output: false\n${safe ? 'safe: true\n' : ''}`);
      const index = await SiteIndex.build(nodeFileSystem, root, config);
      assert.deepEqual([...(index.layouts ?? [])].sort(), safe ? ['article', 'post'] : ['article', 'outside', 'post']);
      assert.deepEqual([...index.authors.keys()].sort(), safe ? ['marie', 'mary'] : ['marie', 'mary', 'tom']);
      const data = await loadSiteData(nodeFileSystem, root, config);
      assert.deepEqual(Object.keys(data), safe ? [] : ['links']);
    }
  });
});

describe('a symbolic link named on the command line', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'jekyll-posts-arg-link-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));
  const site = makeSite(join(scratch, 'real'), '');
  const run = (target: string) => spawnSync(process.execPath, [cli, 'lint', target, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '' } });

  it('to a site folder is linted as that site: the same findings and exit status as the folder itself', () => {
    const link = join(scratch, 'site-link');
    symlinkSync(site, link);
    const direct = run(site);
    const linked = run(link);
    assert.equal(direct.status, 0, direct.stderr); // warnings only
    assert.equal(linked.status, direct.status, linked.stderr);
    assert.ok((JSON.parse(direct.stdout) as unknown[]).length > 0);
    assert.deepEqual(JSON.parse(linked.stdout), JSON.parse(direct.stdout));
  });

  it('to a post is linted as that post, within its site', () => {
    const link = join(scratch, 'post-link.md');
    symlinkSync(join(site, '_posts', '2020-01-04-typo.md'), link);
    const result = run(link);
    assert.equal(result.status, 0, result.stderr);
    const findings = JSON.parse(result.stdout) as { file: string; rule: string }[];
    assert.deepEqual([...new Set(findings.map((f) => f.file))], ['_posts/2020-01-04-typo.md']);
    assert.ok(findings.some((f) => f.rule === 'layout-unknown'));
  });

  it('that is broken is an error of usage (exit 2) that names it', () => {
    const link = join(scratch, 'broken-link');
    symlinkSync(join(scratch, 'nowhere'), link);
    const result = run(link);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /broken-link/);
  });
});
