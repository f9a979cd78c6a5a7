import { test } from 'node:test';
import assert from 'node:assert/strict';
import { basenameWithoutExt, computePermalink, PermalinkInput, rubyExtname } from '../../src/core/site/permalink';

// Every expected URL and output path below is what `jekyll build` (Jekyll 4.3.1) wrote for the same
// file names, front matter and site `permalink:` (scratch sites, read back with a :post_write hook).

// 2014-06-04 12:00:00 UTC
const NOON = 1401883200;

function url(over: Partial<PermalinkInput> & Pick<PermalinkInput, 'kind' | 'relativePath'>): [string, string] {
  const r = computePermalink({ data: {}, sitePermalink: 'date', epochSeconds: NOON, timezone: 'UTC', ...over });
  assert.ok(r.ok, JSON.stringify(r));
  return [r.url, r.outputPath];
}

test('a post in each default Markdown extension is written as .html', () => {
  for (const ext of ['markdown', 'mkdown', 'mkdn', 'mkd', 'md']) {
    assert.deepEqual(url({ kind: 'post', collection: 'posts', relativePath: `_posts/2014-06-04-ext-${ext}.${ext}` }), [`/2014/06/04/ext-${ext}.html`, `2014/06/04/ext-${ext}.html`], ext);
  }
});

test('a Sass or SCSS page is written as .css, whatever the case of its extension', () => {
  assert.deepEqual(url({ kind: 'page', relativePath: 'assets/a.scss' }), ['/assets/a.css', 'assets/a.css']);
  assert.deepEqual(url({ kind: 'page', relativePath: 'assets/b.sass' }), ['/assets/b.css', 'assets/b.css']);
  assert.deepEqual(url({ kind: 'page', relativePath: 'assets/C.SCSS' }), ['/assets/C.css', 'assets/C.css']);
});

test('under the pretty style, .xhtml and .htm pages get a folder as .html pages do; a .txt page keeps its name', () => {
  const pretty = (relativePath: string): [string, string] => url({ kind: 'page', relativePath, sitePermalink: 'pretty' });
  assert.deepEqual(pretty('a.xhtml'), ['/a/', 'a/index.xhtml']);
  assert.deepEqual(pretty('b.htm'), ['/b/', 'b/index.htm']);
  assert.deepEqual(pretty('c.html'), ['/c/', 'c/index.html']);
  assert.deepEqual(pretty('d.txt'), ['/d.txt', 'd.txt']);
});

test('a collection document and a page follow the suffix of each site style', () => {
  // [site permalink, collection document _recipes/a.md, page about.md]
  const styles: [string, string, string][] = [
    ['date', '/recipes/a.html', '/about.html'],
    ['ordinal', '/recipes/a.html', '/about.html'],
    ['none', '/recipes/a.html', '/about.html'],
    ['/:year/:title', '/recipes/a', '/about'],
    ['/:year/:title:output_ext', '/recipes/a.html', '/about.html'],
    [':year/:title/', '/recipes/a/', '/about/'],
  ];
  for (const [sitePermalink, doc, page] of styles) {
    assert.equal(url({ kind: 'collection', collection: 'recipes', relativePath: '_recipes/a.md', sitePermalink })[0], doc, sitePermalink);
    assert.equal(url({ kind: 'page', relativePath: 'about.md', sitePermalink })[0], page, sitePermalink);
  }
});

test(':name is the file name without folders and extension, slugified; a file without extension keeps its whole name', () => {
  const name = (relativePath: string): [string, string] => url({ kind: 'collection', collection: 'recipes', relativePath, data: { permalink: '/n/:name/' } });
  assert.deepEqual(name('_recipes/sub/Foo Bar.v2.md'), ['/n/foo-bar-v2/', 'n/foo-bar-v2/index.html']);
  assert.deepEqual(name('_recipes/sub/README'), ['/n/readme/', 'n/readme/index.html']);
  // Without a permalink: `/:collection/:path:output_ext`, and no extension to add.
  assert.deepEqual(url({ kind: 'collection', collection: 'recipes', relativePath: '_recipes/sub/Plain Title' }), ['/recipes/sub/Plain%20Title', 'recipes/sub/Plain Title']);
});

test("rubyExtname and basenameWithoutExt give Ruby's File.extname and File.basename(name, '.*')", () => {
  // From Ruby 3.1: [name, File.extname(name), File.basename(name, '.*')]
  const names: [string, string, string][] = [
    ['a.b', '.b', 'a'], ['a.b.c', '.c', 'a.b'], ['a..b', '.b', 'a.'], ['foo.', '.', 'foo'], ['README', '', 'README'],
    ['.foo', '', '.foo'], ['..foo', '', '..foo'], ['...foo', '', '...foo'], ['.a.b', '.b', '.a'], ['..foo.md', '.md', '..foo'],
    ['x/.y.md', '.md', '.y'], ['.', '', '.'], ['..', '', '..'], ['...', '', '...'],
  ];
  for (const [name, ext, base] of names) {
    assert.equal(rubyExtname(name), ext, `extname ${name}`);
    assert.equal(basenameWithoutExt(name), base, `basename ${name}`);
  }
});
