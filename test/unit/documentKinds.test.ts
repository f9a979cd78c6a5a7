import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { readConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';

/**
 * Which files Jekyll reads, and as what. Every expectation below comes from `jekyll build --drafts`
 * (Jekyll 4.3.1) of a scratch site with this exact `_config.yml` and these files, each with front
 * matter, listing `site.posts` (path, url, date, slug, ext, categories), `site.pages` and
 * `site.authors` (path, url, slug, ext). A file listed as not read appeared in none of them and had
 * no output in `_site`.
 */
const config = readConfig(
  [
    'collections_dir: my',
    'collections:',
    '  authors:',
    '    output: true',
    'include: [".well", ".h*", "keep.txt"]',
    'exclude: ["/docs/", "*.log", "sub/*", "a+b*", "n?tes.md", "keep.txt", "x/"]',
    '',
  ].join('\n'),
);

interface Case {
  path: string;
  /** undefined: Jekyll does not read the file. */
  kind?: 'post' | 'draft' | 'collection' | 'page';
  date?: string;
  slug?: string;
  ext?: string;
  collection?: string;
  entry?: string;
  /** Not read, but in `_posts`/`_drafts` under a name Jekyll's pattern rejects (we warn about those). */
  rejected?: boolean;
}

const cases: Case[] = [
  // Posts: under collections_dir only; Jekyll gave /2014/01/02/a.b.html, /2014/03/04/deep.html.
  { path: 'my/_posts/2014-01-02-a.b.md', kind: 'post', date: '2014-01-02', slug: 'a.b', ext: '.md', collection: 'posts', entry: '2014-01-02-a.b.md' },
  { path: 'my/_posts/sub/2014-3-4-deep.md', kind: 'post', date: '2014-3-4', slug: 'deep', ext: '.md', collection: 'posts', entry: 'sub/2014-3-4-deep.md' },
  { path: 'my/_drafts/2014-05-06-dr.md', kind: 'draft', ext: '.md', collection: 'posts', entry: '2014-05-06-dr.md' },
  { path: 'my/_drafts/plain.md', kind: 'draft', slug: 'plain', ext: '.md', collection: 'posts' },
  // Read by no reader: a post folder outside collections_dir, names the post pattern rejects.
  { path: '_posts/2015-01-01-root.md' },
  { path: 'my/_posts/x2014-01-02-a.md', rejected: true },
  { path: 'my/_posts/2014-01-02-a.b/c.md', rejected: true },
  { path: 'my/_posts/nodate.md', rejected: true },
  { path: 'my/_posts/_dir/2014-01-01-x.md' },
  // Collection documents: /authors/marie.html, /authors/team/paul.html, /authors/noext (ext empty).
  { path: 'my/_authors/marie.md', kind: 'collection', slug: 'marie', ext: '.md', collection: 'authors', entry: 'marie.md' },
  { path: 'my/_authors/team/paul.md', kind: 'collection', slug: 'paul', ext: '.md', collection: 'authors', entry: 'team/paul.md' },
  { path: 'my/_authors/noext', kind: 'collection', slug: 'noext', ext: '', collection: 'authors', entry: 'noext' },
  { path: 'my/_authors/_skip.md' },
  { path: 'my/_authors/_dir/x.md' },
  { path: '_authors/out.md' },
  // A folder whose name only ends like a collection's is a plain folder: /my/xauthors/a.html.
  { path: 'my/xauthors/a.md', kind: 'page', slug: 'a', ext: '.md' },
  // Pages: /about.html, /abc.html, /page.v2.html, /a.b/LICENSE (no extension).
  { path: 'about.md', kind: 'page', slug: 'about', ext: '.md', entry: 'about.md' },
  { path: './about.md', kind: 'page', slug: 'about', ext: '.md', entry: 'about.md' },
  { path: 'abc.md', kind: 'page', slug: 'abc', ext: '.md' },
  { path: 'page.v2.html', kind: 'page', slug: 'page.v2', ext: '.html' },
  { path: 'a.b/LICENSE', kind: 'page', slug: 'LICENSE', ext: '' },
  { path: 'foo.' },
  // include: a prefix (.well) or a glob (.h*) makes a special name readable; include beats exclude.
  { path: '.well-known/x.md', kind: 'page' },
  { path: '.htaccess.md', kind: 'page' },
  { path: '.hidden.md', kind: 'page' },
  { path: 'keep.txt', kind: 'page', ext: '.txt' },
  // exclude: slashes around a folder, globs crossing folders, regex characters taken literally.
  { path: 'docs/a.md' },
  { path: 'x/y.md' },
  { path: 'err.log' },
  // `*` crosses line breaks too: a file named "we<newline>ird.log" was excluded, "ne<newline>w.md" read.
  { path: 'we\nird.log' },
  { path: 'ne\nw.md', kind: 'page' },
  { path: 'sub/deep/x.md' },
  { path: 'a+bc.md' },
  { path: 'notes.md' },
  { path: 'nXtes.md' },
  // Not read either: my/_drafts/noext (a draft needs an extension).
  { path: 'my/_drafts/noext', rejected: true },
];

describe('what Jekyll reads, and as what (collections_dir, include, exclude)', () => {
  for (const c of cases) {
    it(`${c.path}: ${c.kind ?? 'not read'}`, () => {
      const info = classifyPath(c.path, config);
      if (c.rejected) {
        assert.equal(info?.nameMatches, false);
        return;
      }
      assert.equal(info?.kind, c.kind);
      const read = info;
      if (!read) return;
      assert.equal(read.nameMatches, true);
      if (c.date !== undefined) assert.equal(read.fileDate, c.date);
      if (c.slug !== undefined) assert.equal(read.slug, c.slug);
      if (c.ext !== undefined) assert.equal(read.ext, c.ext);
      if (c.collection !== undefined) assert.equal(read.collection, c.collection);
      if (c.entry !== undefined) assert.equal(read.entry, c.entry);
      assert.equal(read.relativePath, c.path.replace(/^\.\//, ''));
      // Only folders above _posts/_drafts are categories (Jekyll listed none here).
      assert.deepEqual(read.pathCategories, []);
    });
  }

  it('reads Windows separators as `/`', () => {
    const info = classifyPath('my\\_authors\\team\\paul.md', config);
    assert.equal(info?.kind, 'collection');
    assert.equal(info?.relativePath, 'my/_authors/team/paul.md');
    assert.equal(info?.entry, 'team/paul.md');
  });
});

/** Same build without collections_dir: files named `_posts` or `_authors` are not read. */
describe('a file named like a magic folder is not read', () => {
  const plain = readConfig('collections:\n  authors:\n    output: true\n');
  for (const path of ['_authors', '_posts/_posts', '_posts']) {
    it(path, () => {
      assert.equal(classifyPath(path, plain), undefined);
    });
  }
});

/**
 * Second scratch build: `collections_dir: my`, `exclude: ["y/z", "//w", "v//"]`. Jekyll read
 * y/other.md, w/a.md, v/a.md and my/_posts/2014-01-01-in.md; it skipped y/z/a.md, and ab/_posts/2014-01-01-x.md
 * (a post folder outside collections_dir).
 */
describe('exclude entries with folders and doubled slashes, posts outside collections_dir', () => {
  const second = readConfig('collections_dir: my\nexclude: ["y/z", "//w", "v//"]\n');
  const cases: [string, string | undefined][] = [
    ['y/z/a.md', undefined],
    ['y/other.md', 'page'],
    ['w/a.md', 'page'],
    ['v/a.md', 'page'],
    ['my/_posts/2014-01-01-in.md', 'post'],
  ];
  for (const [path, kind] of cases) {
    it(`${path}: ${kind ?? 'not read'}`, () => assert.equal(classifyPath(path, second)?.kind, kind));
  }
  it('ab/_posts/2014-01-01-x.md: not read', () => assert.equal(classifyPath('ab/_posts/2014-01-01-x.md', second), undefined));
});
