import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { JekyllValue } from '../../src/core/site/scalars';
import { computePermalink, PermalinkInput } from '../../src/core/site/permalink';

// Every expected URL, output path and failure below comes from `jekyll build` (Jekyll 4.3.1, zone
// UTC) of scratch sites holding these files: the URL from `{{ page.url }}` in the layout, the
// output path from the files in `_site`, a failure from the build's error.

/** 2014-06-04 00:00 UTC, the day in the file names. */
const DAY = 1401840000;

function post(relativePath: string, data: Record<string, JekyllValue> = {}, over: Partial<PermalinkInput> = {}): PermalinkInput {
  return { kind: 'post', relativePath, collection: 'posts', data, sitePermalink: 'date', epochSeconds: DAY, timezone: 'UTC', ...over };
}
function page(relativePath: string, data: Record<string, JekyllValue> = {}): PermalinkInput {
  return { kind: 'page', relativePath, data, sitePermalink: 'date', epochSeconds: 0, timezone: 'UTC' };
}
function doc(collection: string, relativePath: string, collectionPermalink?: string, over: Partial<PermalinkInput> = {}): PermalinkInput {
  return { kind: 'collection', relativePath, collection, collectionPermalink, data: {}, sitePermalink: 'date', epochSeconds: DAY, timezone: 'UTC', ...over };
}

const built: { name: string; input: PermalinkInput; url: string; outputPath: string }[] = [
  // Path categories, read from the path when the caller gives none.
  { name: 'categories last in the permalink, no empty folder after them', input: post('fr/_posts/2014-06-04-categories-last.md', { permalink: '/:year/:categories' }), url: '/2014/fr', outputPath: '2014/fr.html' },
  { name: 'two path categories last in the permalink', input: post('a/b/_posts/2014-06-04-two-categories-last.md', { permalink: '/:year/:categories' }), url: '/2014/a/b', outputPath: '2014/a/b.html' },
  { name: 'path categories the caller gives', input: post('fr/_posts/2014-06-04-categories-last.md', { permalink: '/:year/:categories' }, { pathCategories: ['fr'] }), url: '/2014/fr', outputPath: '2014/fr.html' },
  { name: 'a folder below _posts is no category', input: post('fr/_posts/sub/2014-06-04-below-posts.md', { title: 't' }), url: '/fr/2014/06/04/below-posts.html', outputPath: 'fr/2014/06/04/below-posts.html' },
  { name: 'a folder whose name holds _posts is cut there', input: post('my_posts/_posts/2014-06-04-substring.md'), url: '/my/2014/06/04/substring.html', outputPath: 'my/2014/06/04/substring.html' },
  { name: 'a folder named as the file is no category', input: post('2014-06-04-same.md/_posts/2014-06-04-same.md'), url: '/2014/06/04/same.html', outputPath: '2014/06/04/same.html' },
  { name: 'a draft takes the folders above _drafts', input: post('fr/_drafts/draft-in-fr.md', {}, { kind: 'draft', epochSeconds: DAY + 36000 }), url: '/fr/2014/06/04/draft-in-fr.html', outputPath: 'fr/2014/06/04/draft-in-fr.html' },
  { name: 'a draft folder whose name holds _drafts is cut there', input: post('my_drafts/_drafts/d.md', {}, { kind: 'draft' }), url: '/my/2014/06/04/d.html', outputPath: 'my/2014/06/04/d.html' },
  // nil in categories: "" joins the others, and a slash is left where it comes last.
  { name: 'a nil category last leaves a trailing slash', input: post('_posts/2014-06-04-null-last.md', { categories: ['a', null], permalink: '/:year/:categories' }), url: '/2014/a/', outputPath: '2014/a/index.html' },
  { name: 'a nil category first leaves a double slash, squeezed', input: post('_posts/2014-06-04-null-first.md', { categories: [null, 'a'], permalink: '/:categories/:title' }), url: '/a/null-first', outputPath: 'a/null-first.html' },
  { name: 'a nil in a category list leaves no slash', input: post('_posts/2014-06-04-category-list-nil.md', { category: ['p', null], permalink: '/:year/:categories' }), url: '/2014/p', outputPath: '2014/p.html' },
  { name: 'a nil nested in categories leaves no slash', input: post('_posts/2014-06-04-nested-nil.md', { categories: [[null], 'a'], permalink: '/:year/:categories' }), url: '/2014/%5Bnil%5D/a', outputPath: '2014/[nil]/a.html' },
  // Placeholders.
  { name: ':name is the slugified file name with its date', input: post('_posts/2014-06-04-Name Test.md', { permalink: '/:name/' }), url: '/2014-06-04-name-test/', outputPath: '2014-06-04-name-test/index.html' },
  {
    name: ':slugified_categories slugifies each category, once',
    input: post('_posts/2014-06-04-slugified.md', { categories: ['Tech News', 'tech-news', 'C#', 'Été'], permalink: '/:slugified_categories/:title/' }),
    url: '/tech-news/c/%C3%A9t%C3%A9/slugified/',
    outputPath: 'tech-news/c/été/slugified/index.html',
  },
  {
    name: 'names of the drop\'s Ruby methods read as empty',
    input: post('_posts/2014-06-04-responds.md', { permalink: '/x:chain:entries:inspect:lazy:reduce:send:tap:zip/:title/' }),
    url: '/x/responds/',
    outputPath: 'x/responds/index.html',
  },
  { name: ':collection of a post without a collection label', input: post('_posts/2014-06-04-collection.md', { permalink: '/:collection/:title/' }, { collection: undefined }), url: '/posts/collection/', outputPath: 'posts/collection/index.html' },
  { name: 'the slug drops every trailing dot', input: post('_posts/2014-06-04-trailing-dots...md'), url: '/2014/06/04/trailing-dots.html', outputPath: '2014/06/04/trailing-dots.html' },
  // slug and permalink values that are no value.
  { name: 'a nil slug is the file slug', input: post('_posts/2014-06-04-slug-null.md', { slug: null }), url: '/2014/06/04/slug-null.html', outputPath: '2014/06/04/slug-null.html' },
  { name: 'a false slug is the file slug', input: post('_posts/2014-06-04-slug-false.md', { slug: false }), url: '/2014/06/04/slug-false.html', outputPath: '2014/06/04/slug-false.html' },
  { name: 'a slug that is no string, read by no placeholder', input: post('_posts/2014-06-04-slug-number-unused.md', { slug: 2014, permalink: '/:year/slug-number/' }), url: '/2014/slug-number/', outputPath: '2014/slug-number/index.html' },
  { name: 'a nil permalink is none', input: post('_posts/2014-06-04-permalink-null.md', { permalink: null }), url: '/2014/06/04/permalink-null.html', outputPath: '2014/06/04/permalink-null.html' },
  { name: 'a false permalink is none', input: post('_posts/2014-06-04-permalink-false.md', { permalink: false }), url: '/2014/06/04/permalink-false.html', outputPath: '2014/06/04/permalink-false.html' },
  // Escapes written in a permalink are read back for the output path.
  { name: 'an escaped dot folder is no folder', input: post('_posts/2014-06-04-dot-escape.md', { permalink: '/a/%2E/b/:title/' }), url: '/a/%2E/b/dot-escape/', outputPath: 'a/b/dot-escape/index.html' },
  { name: 'an escaped dot-dot folder goes up', input: post('_posts/2014-06-04-dotdot-escape.md', { permalink: '/a/b/%2E%2E/c/:title/' }), url: '/a/b/%2E%2E/c/dotdot-escape/', outputPath: 'a/c/dotdot-escape/index.html' },
  // File slugs of collection documents (collection permalink /:collection/:title/).
  { name: 'a date not at the start of the name is part of the slug', input: doc('notes', '_notes/x2014-06-04-a.md', '/:collection/:title/'), url: '/notes/x2014-06-04-a/', outputPath: 'notes/x2014-06-04-a/index.html' },
  { name: 'a name without extension in a dotted folder: the slug ends at the dot', input: doc('notes', '_notes/v1.2/readme', '/:collection/:title/'), url: '/notes/v1/', outputPath: 'notes/v1/index.html' },
  { name: 'a dated folder with a dot: the slug is the file name', input: doc('notes', '_notes/2014-06-04-a.b/c.md', '/:collection/:title/'), url: '/notes/c/', outputPath: 'notes/c/index.html' },
  { name: 'a name without extension in a dotted collection label', input: doc('my.notes', '_my.notes/readme', '/:collection/:title/'), url: '/my.notes/_my/', outputPath: 'my.notes/_my/index.html' },
  // :path of collection documents (no collection permalink: /:collection/:path:output_ext).
  { name: ':path drops every trailing dot', input: doc('docs', '_docs/trailing-dots...md'), url: '/docs/trailing-dots.html', outputPath: 'docs/trailing-dots.html' },
  { name: ':path keeps the dots inside the name', input: doc('docs', '_docs/sub/dotted.name.md'), url: '/docs/sub/dotted.name.html', outputPath: 'docs/sub/dotted.name.html' },
  // collections_dir: paths are read relative to it.
  { name: 'categories of a post under collections_dir', input: post('my_collections/fr/_posts/2014-06-04-under-dir.md', {}, { collectionsDir: 'my_collections' }), url: '/fr/2014/06/04/under-dir.html', outputPath: 'fr/2014/06/04/under-dir.html' },
  { name: ':path of a post under collections_dir', input: post('my_collections/_posts/2014-06-04-plain.md', { permalink: '/:collection/:path/' }, { collectionsDir: 'my_collections' }), url: '/posts/2014-06-04-plain/', outputPath: 'posts/2014-06-04-plain/index.html' },
  { name: 'a collection document under collections_dir', input: doc('notes', 'my_collections/_notes/sub/n.md', undefined, { collectionsDir: 'my_collections' }), url: '/notes/sub/n.html', outputPath: 'notes/sub/n.html' },
  // Pages.
  { name: 'a page name drops every trailing dot', input: page('dots...md'), url: '/dots.html', outputPath: 'dots.html' },
  { name: 'a page whose name Addressable refuses, with a permalink that does not print it', input: page('2014:x.md', { permalink: '/about-colon/' }), url: '/about-colon/', outputPath: 'about-colon/index.html' },
  { name: 'a nil page permalink is none', input: page('page-permalink-null.md', { permalink: null }), url: '/page-permalink-null.html', outputPath: 'page-permalink-null.html' },
  { name: 'a false page permalink is none', input: page('page-permalink-false.md', { permalink: false }), url: '/page-permalink-false.html', outputPath: 'page-permalink-false.html' },
];

for (const c of built) {
  test(`computePermalink as Jekyll builds it: ${c.name}`, () => {
    const r = computePermalink(c.input);
    assert.deepEqual(r.ok ? [r.url, r.outputPath] : r, [c.url, c.outputPath]);
  });
}

// Builds that stop: Jekyll's error, and what we say instead of a URL.
const failing: { name: string; input: PermalinkInput; jekyll: string; expected: { error: string; key?: string; message: string } }[] = [
  { name: 'a post permalink that is a number', input: post('_posts/2014-06-04-a.md', { permalink: 2014 }), jekyll: "undefined method `gsub' for 2014:Integer", expected: { error: 'invalid-value', key: 'permalink', message: 'permalink is not a string: 2014' } },
  { name: 'a post permalink that is true', input: post('_posts/2014-06-04-a.md', { permalink: true }), jekyll: "undefined method `gsub' for true:TrueClass", expected: { error: 'invalid-value', key: 'permalink', message: 'permalink is not a string: true' } },
  { name: 'a page permalink that is a number', input: page('a.md', { permalink: 2014 }), jekyll: "undefined method `end_with?' for 2014:Integer", expected: { error: 'invalid-value', key: 'permalink', message: 'permalink is not a string: 2014' } },
  { name: 'a page permalink that is a list', input: page('a.md', { permalink: ['x'] }), jekyll: "undefined method `end_with?' for [\"x\"]:Array", expected: { error: 'invalid-value', key: 'permalink', message: 'permalink is not a string: ["x"]' } },
  { name: 'the first of two unknown placeholders', input: post('_posts/2014-06-04-a.md', { permalink: '/:foo/:bar/' }), jekyll: "The URL template doesn't have foo keys.", expected: { error: 'unknown-placeholder', key: 'foo', message: "The URL template doesn't have foo keys. Check your permalink template!" } },
  { name: 'a method of the drop before an unknown placeholder', input: post('_posts/2014-06-04-a.md', { permalink: '/:count/:foo/' }), jekyll: "escape_path: undefined method `empty?' for 25:Integer", expected: { error: 'invalid-value', key: 'count', message: ':count is a Ruby method of the URL drop, not a placeholder' } },
  { name: 'an unknown placeholder before a method of the drop', input: post('_posts/2014-06-04-a.md', { permalink: '/:foo/:count/' }), jekyll: "The URL template doesn't have foo keys.", expected: { error: 'unknown-placeholder', key: 'foo', message: "The URL template doesn't have foo keys. Check your permalink template!" } },
  { name: 'a slug that is a number, read by :title', input: post('_posts/2014-06-04-a.md', { slug: 2014 }), jekyll: "undefined method `gsub' for 2014:Integer", expected: { error: 'invalid-value', key: 'slug', message: 'slug is not a string: 2014' } },
  { name: 'a slug that is a number, read by :title before an unknown placeholder', input: post('_posts/2014-06-04-a.md', { slug: 2014, permalink: '/:title/:foo/' }), jekyll: "undefined method `gsub' for 2014:Integer", expected: { error: 'invalid-value', key: 'slug', message: 'slug is not a string: 2014' } },
  { name: 'an unknown placeholder before :title with a slug that is a number', input: post('_posts/2014-06-04-a.md', { slug: 2014, permalink: '/:foo/:title/' }), jekyll: "The URL template doesn't have foo keys.", expected: { error: 'unknown-placeholder', key: 'foo', message: "The URL template doesn't have foo keys. Check your permalink template!" } },
  { name: 'a slug that is a list, read by :slug', input: post('_posts/2014-06-04-a.md', { slug: ['x'], permalink: '/:slug/' }), jekyll: "undefined method `gsub' for [\"x\"]:Array", expected: { error: 'invalid-value', key: 'slug', message: 'slug is not a string: ["x"]' } },
  { name: 'a page name Addressable refuses', input: page('2014:x.md'), jekyll: "Invalid scheme format: '2014' (Addressable::URI::InvalidURIError)", expected: { error: 'invalid-value', message: "Invalid scheme format: '2014'" } },
];

for (const c of failing) {
  test(`computePermalink fails where Jekyll's build stops: ${c.name} (${c.jekyll})`, () => {
    const r = computePermalink(c.input);
    assert.deepEqual(r, { ok: false, ...c.expected });
  });
}

test('computePermalink lets an error of its caller through rather than call it a Jekyll failure', () => {
  // Only Jekyll's own failures (a value that cannot be escaped, a value that is no string) become a
  // result; anything else thrown while reading the caller's data is a bug to see, not a build that stops.
  const data: Record<string, JekyllValue> = {};
  Object.defineProperty(data, 'permalink', { enumerable: true, get: () => { throw new RangeError('from the caller'); } });
  assert.throws(() => computePermalink(post('_posts/2014-06-04-a.md', data)), { name: 'RangeError', message: 'from the caller' });
});
