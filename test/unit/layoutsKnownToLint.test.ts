/**
 * Which layouts `jekyll-posts lint` knows (siteScan.readRegistries): `layout-unknown` is reported
 * exactly where Jekyll 4.3.1 warns. The expected findings are the warnings of a jekyll build of
 * the same site: `Build Warning: Layout 'partials' requested in _posts/2020-01-02-b.md does not
 * exist.` and the same for `post` in _posts/2020-01-03-c.md; none for `post.v2` (the post is
 * rendered in `_layouts/post.v2.html`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintPaths } from '../../src/cli/lintCommand';
import { MemoryFileSystem } from '../../src/core/fs';

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
  const found = site.files.flatMap((f) => f.findings.filter((x) => x.rule === 'layout-unknown').map((x) => `${f.file}: ${(x.message as { args?: unknown[] }).args?.[0]}`));
  assert.deepEqual(found, ['_posts/2020-01-02-b.md: partials', '_posts/2020-01-03-c.md: post']);
});
