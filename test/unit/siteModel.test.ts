import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { defaultsFor, readConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';
import { MemoryFileSystem } from '../../src/core/fs';
import { findSiteRoot, walkSite } from '../../src/core/site/siteFiles';

describe('posts are identified as Jekyll identifies them', () => {
  const config = readConfig('collections:\n  authors:\n    output: true\nexclude: [drafts-old]\n');
  const cases: { path: string; kind?: string; date?: string; slug?: string; categories?: string[]; matches?: boolean }[] = [
    { path: '_posts/2014-06-04-retours-sur-dotscale-2014.md', kind: 'post', date: '2014-06-04', slug: 'retours-sur-dotscale-2014', categories: [], matches: true },
    { path: '_posts/fr/2014-6-4-a.markdown', kind: 'post', date: '2014-6-4', slug: 'a', categories: [], matches: true },
    { path: 'fr/_posts/2014-06-04-a.md', kind: 'post', categories: ['fr'], matches: true },
    { path: 'blog/tech/_posts/2014-06-04-a.md', kind: 'post', categories: ['blog', 'tech'] },
    { path: '_posts/retours-sur-dotscale.md', kind: 'post', matches: false },
    { path: '_posts/2014-06-04.md', kind: 'post', matches: false },
    { path: '_posts/_2014-06-04-hidden.md', kind: undefined },
    { path: '_posts/.2014-06-04-hidden.md', kind: undefined },
    { path: '_posts/2014-06-04-backup.md~', kind: undefined },
    { path: '_drafts/my-draft.md', kind: 'draft', slug: 'my-draft' },
    { path: '_authors/marie.md', kind: 'collection', slug: 'marie' },
    { path: '_layouts/post.html', kind: undefined },
    { path: '_foo/_posts/2014-06-04-a.md', kind: undefined },
    { path: 'drafts-old/_posts/2014-06-04-a.md', kind: undefined },
    { path: 'about.md', kind: 'page', slug: 'about' },
    { path: 'node_modules/x/README.md', kind: undefined },
  ];
  for (const c of cases) {
    it(`classifies ${c.path} as ${c.kind ?? 'not read'}`, () => {
      const info = classifyPath(c.path, config);
      assert.equal(info?.kind, c.kind);
      if (c.date) assert.equal(info?.fileDate, c.date);
      if (c.slug) assert.equal(info?.slug, c.slug);
      if (c.categories) assert.deepEqual(info?.pathCategories, c.categories);
      if (c.matches !== undefined) assert.equal(info?.nameMatches, c.matches);
    });
  }
});

describe('front matter defaults follow Jekyll’s precedence', () => {
  const config = readConfig(`
defaults:
  - scope: {path: ""}
    values: {layout: default, lang: fr, author: {name: A, twitter: a}}
  - scope: {path: "", type: posts}
    values: {layout: post}
  - scope: {path: "_posts/en"}
    values: {lang: en}
  - scope: {path: "_posts/en", type: posts}
    values: {author: {name: B}}
  - scope: {path: "_posts/*/2020-*"}
    values: {glob: yes}
`);
  it('lets a set with a type win over one without at the same path length', () => {
    assert.equal(defaultsFor(config, '_posts/2020-01-01-a.md', 'posts').layout, 'post');
    assert.equal(defaultsFor(config, 'about.md', 'pages').layout, 'default');
  });
  it('lets a longer path win, and merges maps deeply', () => {
    const d = defaultsFor(config, '_posts/en/2019-01-01-a.md', 'posts');
    assert.equal(d.lang, 'en');
    assert.deepEqual(d.author, { name: 'B', twitter: 'a' });
  });
  it('matches glob scopes against the document’s folders', () => {
    assert.equal(defaultsFor(config, '_posts/en/2020-01-01-a.md', 'posts').glob, true);
    assert.equal(defaultsFor(config, '_posts/en/2019-01-01-a.md', 'posts').glob, undefined);
  });
});

describe('a site is found from any of its files', () => {
  const fs = new MemoryFileSystem({
    '/w/blog/_config.yml': 'title: x\n',
    '/w/blog/_posts/2020-01-01-a.md': '---\n---\n',
    '/w/blog/_site/2020/01/01/a.html': 'x',
    '/w/blog/_layouts/post.html': 'x',
    '/w/blog/about.md': '---\n---\n',
    '/w/loose/_posts/2020-01-01-b.md': '---\n---\n',
    '/w/notes/todo.md': 'x',
  });
  it('finds the folder with _config.yml', async () => {
    assert.equal(await findSiteRoot(fs, '/w/blog/_posts/2020-01-01-a.md'), '/w/blog');
  });
  it('falls back to the folder holding _posts', async () => {
    assert.equal(await findSiteRoot(fs, '/w/loose/_posts/2020-01-01-b.md'), '/w/loose');
  });
  it('says a loose Markdown file belongs to no site', async () => {
    assert.equal(await findSiteRoot(fs, '/w/notes/todo.md'), undefined);
  });
  it('walks posts and pages, skipping _site and layouts', async () => {
    const { files } = await walkSite(fs, '/w/blog', readConfig('title: x\n'));
    assert.deepEqual(files.map((f) => f.info.relativePath).sort(), ['_config.yml', '_posts/2020-01-01-a.md', 'about.md'].filter((p) => p !== '_config.yml'));
  });
});
