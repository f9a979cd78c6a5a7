import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import { lintPaths } from '../../src/cli/lintCommand';
import { MemoryFileSystem } from '../../src/core/fs';
import { decodeForRules } from '../../src/core/lint/lint';
import { allRules } from '../../src/core/lint/rules';

// A file without front matter whose first three bytes cut a character (`àé`: c3 a0 c3 a9): the CLI
// decoded those three bytes strictly and `jekyll-posts lint` stopped with "internal error: TypeError:
// The encoded data was not valid for encoding utf-8" on a site holding such a post.

const TEXT = 'àé, un billet sans front matter.\n';

test('a file without front matter that opens with a cut character is decoded whole', () => {
  const decoded = decodeForRules(new TextEncoder().encode(TEXT), allRules, isUtf8);
  assert.equal(decoded.ok && decoded.text, TEXT);
});

test('a site with such a post is linted', async () => {
  const fs = new MemoryFileSystem({ '/site/_config.yml': 'title: t\n', '/site/_posts/2014-06-04-a.md': TEXT });
  const [site] = await lintPaths(fs, ['/site'], '/', { settings: { now: new Date('2026-12-05T23:00:00Z'), timezone: 'UTC' } });
  assert.deepEqual(site.files.map((f) => f.file), ['_posts/2014-06-04-a.md']);
});
