import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { JekyllValue } from '../../src/core/site/scalars';
import { computePermalink } from '../../src/core/site/permalink';

// Every expected URL below is what `jekyll build` (Jekyll 4.3.1) gave the post
// `_posts/2014-06-04-x.md` with the same front matter (and defaults) under `permalink: date`.

function postUrl(data: Record<string, JekyllValue>, layers?: Record<string, JekyllValue>[]): string {
  const r = computePermalink({ kind: 'post', collection: 'posts', relativePath: '_posts/2014-06-04-x.md', data, layers, sitePermalink: 'date', epochSeconds: 1401883200, timezone: 'UTC' });
  assert.ok(r.ok, JSON.stringify(r));
  return r.url;
}

test("a categories text splits as Ruby's String#split: on runs of ASCII whitespace, not on NUL", () => {
  assert.equal(postUrl({ categories: 'TV Shows' }), '/tv/shows/2014/06/04/x.html');
  assert.equal(postUrl({ categories: 'a\vb' }), '/a/b/2014/06/04/x.html');
  assert.equal(postUrl({ categories: 'a\tb\r\nc\fd' }), '/a/b/c/d/2014/06/04/x.html');
  // jekyll computes this url, then stops writing the file: "path name contains null byte".
  assert.equal(postUrl({ categories: 'a\0b c' }), '/a%00b/c/2014/06/04/x.html');
});

test('leading whitespace in a categories text makes no empty category', () => {
  assert.equal(postUrl({ categories: '  Lead Space', permalink: '/x-:categories/:title/' }), '/x-lead/space/x/');
});

test('categories from the defaults come first, then the front matter ones, each once', () => {
  const layers = [{ categories: ['a', 'c'] }, { categories: ['b', 'a'] }];
  assert.equal(postUrl(layers[1], layers), '/a/c/b/2014/06/04/x.html');
});

test('the YAML numbers .nan, .inf and -.inf are three categories', () => {
  assert.equal(postUrl({ categories: [NaN, Infinity, -Infinity] }), '/nan/infinity/-infinity/2014/06/04/x.html');
});
