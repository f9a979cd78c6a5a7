import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listUrls } from '../../src/cli/urlsCommand';
import { MemoryFileSystem } from '../../src/core/fs';

// `jekyll-posts urls` decoded each file with a TextDecoder that drops a byte order mark, so the site
// model never saw it. jekyll build 4.3.1 of these files writes _site/bom.md and _site/stuff/bom.md
// (copied as they are: has_yaml_header? reads the first line as bytes) and _site/bompost/index.html
// (posts are read as bom|utf-8). We listed bom.md at /bom.html and _stuff/bom.md at /stuff/bom.html.

test('a page or collection file that starts with a byte order mark is listed as a static file; a post keeps its front matter', async () => {
  const fs = new MemoryFileSystem({
    '/site/_config.yml': 'collections:\n  stuff:\n    output: true\n',
    '/site/_posts/2014-06-04-bom.md': '\ufeff---\npermalink: /bompost/\n---\nbom post\n',
    '/site/_stuff/bom.md': '\ufeff---\ntitle: x\n---\nbom doc\n',
    '/site/bom.md': '\ufeff---\ntitle: bom\n---\nbom page\n',
  });
  const urls = await listUrls(fs, '/site', '/', { now: new Date('2026-12-05T23:00:00Z'), drafts: false, machineZone: 'UTC' });
  const byFile = Object.fromEntries(urls.map((u) => [u.file, [u.kind, u.output]]));
  assert.deepEqual(byFile, {
    '_posts/2014-06-04-bom.md': ['post', 'bompost/index.html'],
    '_stuff/bom.md': ['static', 'stuff/bom.md'],
    'bom.md': ['static', 'bom.md'],
  });
});
