import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { JekyllValue } from '../../src/core/site/scalars';
import { categoriesFromPath, documentCategories, mergedCategories } from '../../src/core/site/permalink';
import { classifyPath } from '../../src/core/site/post';
import { configFromData } from '../../src/core/site/config';

// Every expected value below is what Jekyll 4.3.1 gave for the same files (`jekyll build` of
// scratch sites, `{{ page.categories | jsonify }}` in the layout), unless said otherwise.

test('categoriesFromPath: the folders above _posts or _drafts, cut where Jekyll cuts them', () => {
  const cases: [string, string, string[]][] = [
    ['_posts/2014-06-04-slug-null.md', '_posts', []],
    ['a/b/_posts/2014-06-04-two-categories-last.md', '_posts', ['a', 'b']],
    // Folders below _posts are no categories.
    ['fr/_posts/sub/2014-06-04-below-posts.md', '_posts', ['fr']],
    // relative_path.sub(/_posts.*/, ""): the first `_posts` may be inside a folder name.
    ['my_posts/_posts/2014-06-04-substring.md', '_posts', ['my']],
    // A folder named as the file is not a category.
    ['2014-06-04-same.md/_posts/2014-06-04-same.md', '_posts', []],
    ['fr/_drafts/draft-in-fr.md', '_drafts', ['fr']],
    ['my_drafts/_drafts/d.md', '_drafts', ['my']],
    // No build puts a post outside a `_posts` folder; Jekyll::Document#categories_from_path("_posts")
    // called on a posts document at notes/a/2014-06-04-x.md gives every folder of the path.
    ['notes/a/2014-06-04-x.md', '_posts', ['notes', 'a']],
  ];
  for (const [path, dir, expected] of cases) assert.deepEqual(categoriesFromPath(path, dir), expected, path);
});

test('the site model reads the path categories of posts and drafts as Jekyll does', () => {
  // Jekyll: /my/2014/06/04/substring.html, /my/2014/06/04/d.html, /2014/06/04/same.html, /fr/2014/06/04/below-posts.html.
  const cases: [string, string[]][] = [
    ['my_posts/_posts/2014-06-04-substring.md', ['my']],
    ['my_drafts/_drafts/d.md', ['my']],
    ['2014-06-04-same.md/_posts/2014-06-04-same.md', []],
    ['fr/_posts/sub/2014-06-04-below-posts.md', ['fr']],
  ];
  const config = configFromData({});
  for (const [path, expected] of cases) assert.deepEqual(classifyPath(path, config)?.pathCategories, expected, path);
  // collections_dir: my_collections, Jekyll: /fr/2014/06/04/under-dir.html.
  assert.deepEqual(classifyPath('my_collections/fr/_posts/2014-06-04-under-dir.md', configFromData({ collections_dir: 'my_collections' }))?.pathCategories, ['fr']);
});

/** Defaults that applied in the build (scope `_posts/dcat`: `category: X`; `_posts/dcats` also matches it and adds `categories: [d]`). */
const DCAT = { category: 'X' };
const DCATS = { category: 'X', categories: ['d'] };

const merges: { name: string; path?: string[]; layers: Record<string, JekyllValue>[]; expected: string[] }[] = [
  { name: 'a default category alone', layers: [DCAT, { title: 't' }], expected: ['X'] },
  { name: 'a nil category keeps the default one', layers: [DCAT, { category: null }], expected: ['X'] },
  { name: 'a front matter category replaces the default one', layers: [DCAT, { category: 'Y' }], expected: ['Y'] },
  { name: 'front matter categories come before the default category', layers: [DCAT, { categories: ['a', 'b'] }], expected: ['a', 'b', 'X'] },
  { name: 'nil categories keep the default ones', layers: [DCATS, { categories: null }], expected: ['d', 'X'] },
  { name: 'categories written as a string are split and added to the default ones', layers: [DCATS, { categories: 'e f' }], expected: ['d', 'e', 'f', 'X'] },
  { name: 'a false category lets the categories list count', layers: [{ category: false, categories: ['a'] }], expected: ['a'] },
  { name: 'a true category is the text true', layers: [{ category: true }], expected: ['true'] },
  // Array(categories) to_s, then the flattened list: ["a"] is printed as Ruby inspects it, and also counts as a.
  { name: 'a nested list is both its text and its items', layers: [{ categories: [['a'], 'b'] }], expected: ['["a"]', 'b', 'a'] },
  { name: 'a nil category with a nested list', layers: [{ category: null, categories: [['n'], 'm'] }], expected: ['["n"]', 'm', 'n'] },
  { name: 'a category that is a list counts each item, flattened', layers: [{ category: ['p', ['q']] }], expected: ['p', 'q'] },
  // nil.to_s is "": Jekyll's page.categories is ["a", nil, "b", ""], one empty category.
  { name: 'a nil item is an empty category', layers: [{ categories: ['a', null, 'b'] }], expected: ['a', '', 'b'] },
  { name: 'a nil item first', layers: [{ categories: [null, 'a'] }], expected: ['', 'a'] },
  // The pluralized list drops its nils, nested ones too.
  { name: 'a nil in a category list is dropped', layers: [{ category: ['p', null] }], expected: ['p'] },
  { name: 'a nil nested in categories is no empty category', layers: [{ categories: [[null], 'a'] }], expected: ['[nil]', 'a'] },
  { name: 'path categories come first', path: ['fr'], layers: [{ title: 't' }], expected: ['fr'] },
];
for (const m of merges) {
  test(`documentCategories as Jekyll: ${m.name}`, () => {
    assert.deepEqual(documentCategories(m.path ?? [], m.layers), m.expected);
    assert.deepEqual(mergedCategories(m.path ?? [], m.layers), m.expected);
  });
}
