/**
 * What `jekyll-posts lint` counts over a site's documents (siteScan.documentFacts), the counts its
 * rules read: posts, tags and categories (tag near-duplicates), languages (missing translations,
 * `lang` required), front matter keys (key typos), how `authors` and permalinks are written.
 *
 * Posts, tags and categories are Jekyll's: a jekyll build 4.3.1 of the same site printed
 * `site.posts.size` 4; `site.tags` a, b (2 posts), c; `site.categories` x, y, z (1 post each: a
 * category written twice is kept once); post One's `tags` is ["a","a","b"] (Jekyll keeps the
 * repeat, so `site.tags.a` lists that one post twice: counted here as the one post it is).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintPaths } from '../../src/cli/lintCommand';
import { MemoryFileSystem } from '../../src/core/fs';
import { readConfig } from '../../src/core/site/config';
import { SiteIndex } from '../../src/core/site/siteIndex';

const CONFIG = 'title: T\ncollections:\n  authors:\n    output: false\n  cn:\n    output: false\ndefaults:\n  - scope: {path: ""}\n    values: {comments: true}\n';
const FILES: Record<string, string> = {
  '_config.yml': CONFIG,
  '_posts/2020-01-01-one.md': '---\ntitle: One\ntags: [a, a, b]\ncategory: x\nlang: fr\nauthors: [marie]\npermalink: /blog.v2/:title/\n---\n',
  '_posts/2020-01-02-two.md': '---\ntitle: Two\ntags: b c\ncategories: [y, z, y]\nlang: ""\nauthors: marie\npermalink: /:title.html\n---\n',
  '_posts/2020-01-03-three.md': '---\ntitle: Three\nlang: 5\npermalink: /:title:output_ext\n---\n',
  '_posts/2020-01-04-four.md': '---\ntitle: Four\npermalink: /four/:title\n---\n',
  // Not posts: a page's tags and `lang` are not counted, nor an author's `lang`.
  'about.md': '---\ntitle: About\ntags: [pagetag]\nlang: es\n---\n',
  '_authors/marie.md': '---\nlang: de\n---\n',
  // A collection holding a language version: its `lang` is one of the site's languages (a number is not a language).
  '_cn/x.md': '---\nlang: zh\n---\n',
  '_cn/y.md': '---\nlang: 7\n---\n',
};

const counts = (m: ReadonlyMap<unknown, number>): [unknown, number][] => [...m].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1));

test('posts, tags, categories, languages, keys and writing styles counted over the posts', async () => {
  const fs = new MemoryFileSystem(Object.fromEntries(Object.entries(FILES).map(([p, t]) => [`/s/${p}`, t])));
  const [{ facts }] = await lintPaths(fs, ['/s'], '/', { settings: { now: new Date('2024-01-01T00:00:00Z'), timezone: 'UTC' } });
  assert.equal(facts.postCount, 4);
  assert.deepEqual(counts(facts.tags), [['a', 1], ['b', 2], ['c', 1]]);
  assert.deepEqual(counts(facts.categories), [['x', 1], ['y', 1], ['z', 1]]);
  // `lang: ""` and `lang: 5` set no language.
  assert.deepEqual(counts(facts.languages), [['fr', 1], ['zh', 1]]);
  assert.equal(facts.postsWithLang, 1);
  // Keys as the posts write them: `comments` comes from the defaults.
  assert.deepEqual(counts(facts.keys), [['authors', 2], ['categories', 1], ['category', 1], ['lang', 3], ['permalink', 4], ['tags', 2], ['title', 4]]);
  assert.deepEqual(facts.authorsStyle, { list: 1, string: 1 });
  // Permalinks that end in a file extension or `:output_ext` say nothing of a trailing slash.
  assert.deepEqual(facts.trailingSlash, { slash: 1, noSlash: 1 });

  // The editor's site index counts the same.
  const index = await SiteIndex.build(fs, '/s', readConfig(CONFIG));
  assert.equal(index.postCount, facts.postCount);
  for (const key of ['tags', 'categories', 'languages', 'keys'] as const) assert.deepEqual(counts(index[key]), counts(facts[key]), key);
  assert.equal(index.postsWithLang, facts.postsWithLang);
  assert.deepEqual(index.authorsStyle, facts.authorsStyle);
});
