/**
 * Which layouts `jekyll-posts lint` knows (siteScan.readRegistries): `layout-unknown` is reported
 * exactly where Jekyll 4.3.1 warns. The expected findings are the warnings of a jekyll build of
 * the same site: `Build Warning: Layout 'partials' requested in _posts/2020-01-02-b.md does not
 * exist.` and the same for `post` in _posts/2020-01-03-c.md; none for `post.v2` (the post is
 * rendered in `_layouts/post.v2.html`).
 */
import { test } from 'node:test';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { lintPaths } from '../../src/cli/lintCommand';
import { nodeFileSystem } from '../../src/cli/nodeFs';
import { MemoryFileSystem } from '../../src/core/fs';
import { readConfig } from '../../src/core/site/config';
import { SiteIndex } from '../../src/core/site/siteIndex';

test('a layout is its file name less the last extension; a folder of `_layouts/` is not a layout', async () => {
  const fs = new MemoryFileSystem({
    '/s/_config.yml': 'title: T\n',
    '/s/_layouts/default.html': '<main>{{ content }}</main>',
    '/s/_layouts/post.v2.html': 'V2 {{ content }}',
    '/s/_layouts/partials/.keep': '',
    '/s/_posts/2020-01-01-a.md': '---\ntitle: A\nlayout: post.v2\n---\nA\n',
    '/s/_posts/2020-01-02-b.md': '---\ntitle: B\nlayout: partials\n---\nB\n',
    '/s/_posts/2020-01-03-c.md': '---\ntitle: C\nlayout: post\n---\nC\n',
  });
  const [site] = await lintPaths(fs, ['/s'], '/', { settings: { now: new Date('2024-01-01T00:00:00Z'), timezone: 'UTC' } });
  const found = site.files.flatMap((f) => f.findings.filter((x) => x.rule === 'layout-unknown').map((x) => `${f.file}: ${x.message.args[0]}`));
  assert.deepEqual(found, ['_posts/2020-01-02-b.md: partials', '_posts/2020-01-03-c.md: post']);
});

test('layouts_dir and the layouts in its folders; special, backup and extensionless names are no layouts', async () => {
  // jekyll build (layouts_dir: lay): the posts asking for `default`, `partials/x`, `partials/_sub/z`
  // and `a.b.c` are rendered in those files; for each other one it warns `Layout '…' requested in
  // _posts/… does not exist.`
  const layouts = ['default.html', 'partials/x.html', 'partials/_y.html', 'partials/_sub/z.html', '_priv/p.html', 'README', '.hid.html', 'old.html~', '#h.html', 'a.b.c.html', 'partials/.hidden/q.html'];
  const asked = ['default', 'partials/x', 'partials/_y', 'partials/_sub/z', '_priv/p', 'README', '.hid', 'old', '#h', 'a.b.c', 'a.b', 'partials/.hidden/q'];
  const files: Record<string, string> = { '/s/_config.yml': 'title: T\nlayouts_dir: lay\n' };
  for (const name of layouts) files[`/s/lay/${name}`] = `L[${name}] {{ content }}`;
  asked.forEach((layout, i) => (files[`/s/_posts/2020-01-${String(i + 1).padStart(2, '0')}-p${i + 1}.md`] = `---\ntitle: P${i + 1}\nlayout: "${layout}"\n---\nX\n`));
  const [site] = await lintPaths(new MemoryFileSystem(files), ['/s'], '/', { settings: { now: new Date('2024-01-01T00:00:00Z'), timezone: 'UTC' } });
  const found = site.files.flatMap((f) => f.findings.filter((x) => x.rule === 'layout-unknown').map((x) => `${f.file}: ${x.message.args[0]}`));
  assert.deepEqual(found, [
    '_posts/2020-01-03-p3.md: partials/_y',
    '_posts/2020-01-05-p5.md: _priv/p',
    '_posts/2020-01-06-p6.md: README',
    '_posts/2020-01-07-p7.md: .hid',
    '_posts/2020-01-08-p8.md: old',
    '_posts/2020-01-09-p9.md: #h',
    '_posts/2020-01-11-p11.md: a.b',
    '_posts/2020-01-12-p12.md: partials/.hidden/q',
  ]);
});

test('safe mode: a layout linked from outside the site is no layout; one linked from inside is', async () => {
  // jekyll build --safe of this site: `Layout 'ext' requested in _posts/2020-01-01-a.md does not
  // exist.`; post b is rendered in in.html through the link `_layouts/inner.html`.
  const scratch = mkdtempSync(join(tmpdir(), 'layouts-safe-'));
  try {
    const site = join(scratch, 'site');
    for (const dir of ['site/_layouts', 'site/_posts', 'outside']) mkdirSync(join(scratch, dir), { recursive: true });
    writeFileSync(join(scratch, 'outside/ext.html'), 'OUT {{ content }}');
    writeFileSync(join(site, 'in.html'), 'IN {{ content }}');
    symlinkSync('../../outside/ext.html', join(site, '_layouts/ext.html'));
    symlinkSync('../in.html', join(site, '_layouts/inner.html'));
    writeFileSync(join(site, '_layouts/default.html'), 'D {{ content }}');
    writeFileSync(join(site, '_config.yml'), 'title: T\nsafe: true\n');
    writeFileSync(join(site, '_posts/2020-01-01-a.md'), '---\ntitle: A\nlayout: ext\n---\nA\n');
    writeFileSync(join(site, '_posts/2020-01-02-b.md'), '---\ntitle: B\nlayout: inner\n---\nB\n');
    const [result] = await lintPaths(nodeFileSystem, [site], scratch, { settings: { now: new Date('2024-01-01T00:00:00Z'), timezone: 'UTC' } });
    const found = result.files.flatMap((f) => f.findings.filter((x) => x.rule === 'layout-unknown').map((x) => `${f.file}: ${x.message.args[0]}`));
    assert.deepEqual(found, ['_posts/2020-01-01-a.md: ext']);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

test('a site without a layouts folder has no list of layouts (layout-unknown stays off), as in the editor', async () => {
  // Not Jekyll's answer (without a theme it warns that `post` does not exist): the project's choice,
  // since such a site's layouts most often come from a theme outside the workspace.
  const files = { '/s/_config.yml': 'title: T\n', '/s/_posts/2020-01-01-a.md': '---\ntitle: A\nlayout: post\n---\nA\n' };
  const fs = new MemoryFileSystem(files);
  const [site] = await lintPaths(fs, ['/s'], '/', { settings: { now: new Date('2024-01-01T00:00:00Z'), timezone: 'UTC' } });
  assert.equal(site.facts.layouts, undefined);
  assert.equal((await SiteIndex.build(fs, '/s', readConfig(files['/s/_config.yml']))).layouts, undefined);
  assert.deepEqual(site.files.flatMap((f) => f.findings.filter((x) => x.rule === 'layout-unknown')), []);
});
