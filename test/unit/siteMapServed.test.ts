// Which file the site serves at a path: static files' URLs and outputs, and which file wins when
// several share an output. Every expected URL and output below is what Jekyll 4.3.1 wrote into
// `_site` in scratch sites built on 5 December 2026 (the configurations are the ones given here).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { MemoryFileSystem } from '../../src/core/fs';
import { readConfig } from '../../src/core/site/config';
import { summarize } from '../../src/core/site/documents';
import { buildSiteMap, resolveServed, siteBaseurl, siteMapFor } from '../../src/core/site/siteMap';
import { documentVerdict } from '../../src/core/site/siteModel';
import { SiteIndex } from '../../src/core/site/siteIndex';

const settings = { now: new Date('2026-12-05T00:00:00Z'), drafts: false, machineZone: 'UTC' };

function mapOf(configText: string, documents: Record<string, string>, files: string[], drafts = false) {
  const config = readConfig(configText);
  const docs = Object.entries(documents).map(([path, text]) => summarize(documentVerdict(path, text, config, { ...settings, drafts })!));
  return buildSiteMap(docs, [...Object.keys(documents), ...files], config);
}

const served = (map: ReturnType<typeof mapOf>): string[] => map.entries.map((e) => `${e.kind} ${e.output}`).sort();

describe('static files: where Jekyll copies them', () => {
  it('collection files, trailing dots, dot folders that include names, Sass with and without front matter; nothing from a collection without output', () => {
    // Site a: `_site/d/img/a.png`, `d/b.txt`, `d/s.scss`, `c.txt`, `.well-known/x.txt`,
    // `style.scss.txt`, `v.scss/main.css`; nothing of `_notes` (output: false), `_posts/pic2.png` or `_layouts`.
    const map = mapOf(
      'include: [.well-known]\ncollections:\n  docs:\n    output: true\n    permalink: /d/:path/\n  notes:\n    output: false\n',
      {},
      ['_docs/img/a.png', '_docs/b...txt', '_docs/s.scss', 'c..txt', '.well-known/x.txt', 'style.scss.txt', 'v.scss/main.scss', '_notes/n.png', '_notes/ns.scss', '_posts/pic2.png', '_layouts/x.html'],
    );
    assert.deepEqual(
      map.entries.map((e) => `${e.kind} ${e.url} ${e.output}`),
      [
        'static /d/img/a.png d/img/a.png',
        'static /d/b.txt d/b.txt',
        'static /d/s.scss d/s.scss',
        'static /c.txt c.txt',
        'static /.well-known/x.txt .well-known/x.txt',
        'static /style.scss.txt style.scss.txt',
        // The host did not read `v.scss/main.scss`: copied as it is without front matter, written as
        // CSS with it (as in site a), so the map holds both.
        'static /v.scss/main.scss v.scss/main.scss',
        'page /v.scss/main.css v.scss/main.css',
      ],
    );
  });

  it('with collections_dir and :name in the collection’s permalink', () => {
    // Site d: `_site/n/b/sub/b.txt` and `n/c/sub/c.png`; nothing of `_docs/root.png` outside `my`.
    const map = mapOf('collections_dir: my\ncollections:\n  docs:\n    output: true\n    permalink: /n/:name/:path/\n', {}, ['my/_docs/sub/b...txt', 'my/_docs/sub/c.png', '_docs/root.png', 'my/_docs/_docs/deep.png']);
    assert.deepEqual(map.entries.map((e) => `${e.kind} ${e.url} ${e.output}`), ['static /n/b/sub/b.txt n/b/sub/b.txt', 'static /n/c/sub/c.png n/c/sub/c.png']);
  });
  it('trailing dots leave the base name wherever :path and :name stand in the permalink', () => {
    // Site f: `_site/d/sub/b-x/b-y.txt` and `c.txt`.
    const map = mapOf('collections:\n  docs:\n    output: true\n    permalink: /d/:path-x/:name-y/\n', {}, ['_docs/sub/b...txt', 'c...txt']);
    assert.deepEqual(map.entries.map((e) => `${e.kind} ${e.url} ${e.output}`), ['static /d/sub/b-x/b-y.txt d/sub/b-x/b-y.txt', 'static /c.txt c.txt']);
  });
});

describe('files sharing an output: the one Jekyll writes last is served', () => {
  // Jekyll writes pages, then static files, then documents; site b (about.md, about.html) served the
  // static about.html; site c served the post over about.html and over the page y.md, the collection
  // document over x.html.
  const map = mapOf(
    'collections:\n  docs:\n    output: true\n',
    {
      'about.md': '---\n---\npage\n',
      '_posts/2020-01-02-a.md': '---\npermalink: /post.html\n---\npost\n',
      'y.md': '---\npermalink: /y.html\n---\npage y\n',
      '_posts/2020-01-03-y.md': '---\npermalink: /y.html\n---\npost y\n',
      '_docs/x.md': '---\npermalink: /x.html\n---\ndoc\n',
    },
    ['about.html', 'post.html', 'x.html'],
  );
  it('a static file over a page, a post or a collection document over a static file or a page', () => {
    assert.equal(resolveServed(map, '/about.html')?.source, 'about.html');
    assert.equal(resolveServed(map, '/post.html')?.source, '_posts/2020-01-02-a.md');
    assert.equal(resolveServed(map, '/x.html')?.source, '_docs/x.md');
    assert.equal(resolveServed(map, '/y.html')?.source, '_posts/2020-01-03-y.md');
  });
  it('among pages the last by file name, among posts the latest by date, among static files the last by path; a collection’s static file over a page or a static file', () => {
    // Site g: pages a.md, b.md, sub/0.md at /same.html served b.md; posts a (date: 2020-01-05),
    // b (2020-01-03), c (2020-01-04) at /p.html served a; `c..txt` and `c.txt` served c.txt.
    // Site h: `_docs/x.png` over `docs/x.png`, `_docs/y.png` over the page y.md at /docs/y.png.
    const same = mapOf(
      'collections:\n  docs:\n    output: true\n',
      {
        'a.md': '---\npermalink: /same.html\n---\n',
        'b.md': '---\npermalink: /same.html\n---\n',
        'sub/0.md': '---\npermalink: /same.html\n---\n',
        '_posts/2020-01-04-c.md': '---\npermalink: /p.html\n---\n',
        '_posts/2020-01-02-a.md': '---\npermalink: /p.html\ndate: 2020-01-05\n---\n',
        '_posts/2020-01-03-b.md': '---\npermalink: /p.html\n---\n',
        'y.md': '---\npermalink: /docs/y.png\n---\n',
      },
      ['z.txt', 'z..txt', 'c..txt', 'c.txt', 'docs/x.png', '_docs/x.png', '_docs/y.png'],
    );
    assert.equal(resolveServed(same, '/same.html')?.source, 'b.md');
    assert.equal(resolveServed(same, '/p.html')?.source, '_posts/2020-01-02-a.md');
    assert.equal(resolveServed(same, '/c.txt')?.source, 'c.txt');
    assert.equal(resolveServed(same, '/z.txt')?.source, 'z.txt');
    assert.equal(resolveServed(same, '/docs/x.png')?.source, '_docs/x.png');
    assert.equal(resolveServed(same, '/docs/y.png')?.source, '_docs/y.png');
  });
  it('pages of one name: the first listed (as Jekyll served a/index.md of a, b, c); Sass written as CSS by its file name', () => {
    // Site k: of a/index.md, b/index.md, c/index.md at /tie/, a; `a/x.scss` over `q/b.md` at
    // /a/x.css (Jekyll sorts pages by name: x.scss after b.md).
    const map = mapOf('', { 'a/index.md': '---\npermalink: /tie/\n---\n', 'b/index.md': '---\npermalink: /tie/\n---\n', 'c/index.md': '---\npermalink: /tie/\n---\n', 'q/b.md': '---\npermalink: /a/x.css\n---\n' }, ['a/x.scss']);
    assert.equal(resolveServed(map, '/tie/')?.source, 'a/index.md');
    assert.equal(resolveServed(map, '/a/x.css')?.source, 'a/x.scss');
  });
  it('collections in the configuration’s order, a collection’s document over its static file', () => {
    // Site j (collections zz, aa, docs): `_aa/a.md` over `_zz/a.md` at /c.html; `_docs/z.md` over
    // the static `_docs/img.png` at /docs/img.png.
    const map = mapOf(
      'collections:\n  zz:\n    output: true\n  aa:\n    output: true\n  docs:\n    output: true\n',
      { '_aa/a.md': '---\npermalink: /c.html\n---\n', '_zz/a.md': '---\npermalink: /c.html\n---\n', '_docs/z.md': '---\npermalink: /docs/img.png\n---\n' },
      ['_docs/img.png'],
    );
    assert.equal(resolveServed(map, '/c.html')?.source, '_aa/a.md');
    assert.equal(resolveServed(map, '/docs/img.png')?.source, '_docs/z.md');
  });
  it('a collection’s document over a post (posts are written first), a later draft over a post, same-day posts by path, a static file over Sass written as CSS', () => {
    // Site i, built with --drafts: `_docs/q.md` over the post at /q.html; the draft dated 2020-01-04
    // over the post of 2020-01-03 at /d.html; of posts sb, sc, sa of one day at /s.html, sc; the
    // static x.css over x.scss (front matter) written as x.css.
    const map = mapOf(
      'collections:\n  docs:\n    output: true\n',
      {
        '_docs/q.md': '---\npermalink: /q.html\n---\n',
        '_posts/2020-01-03-q.md': '---\npermalink: /q.html\n---\n',
        '_drafts/dd.md': '---\npermalink: /d.html\ndate: 2020-01-04\n---\n',
        '_posts/2020-01-03-d.md': '---\npermalink: /d.html\n---\n',
        '_posts/2020-01-03-sb.md': '---\npermalink: /s.html\n---\n',
        '_posts/2020-01-03-sc.md': '---\npermalink: /s.html\n---\n',
        '_posts/2020-01-03-sa.md': '---\npermalink: /s.html\n---\n',
      },
      ['x.scss', 'x.css'],
      true,
    );
    assert.equal(resolveServed(map, '/q.html')?.source, '_docs/q.md');
    assert.equal(resolveServed(map, '/d.html')?.source, '_drafts/dd.md');
    assert.equal(resolveServed(map, '/s.html')?.source, '_posts/2020-01-03-sc.md');
    assert.equal(resolveServed(map, '/x.css')?.source, 'x.css');
  });
  it('every file stays in the list of entries', () => {
    assert.deepEqual(served(map), ['page about.html', 'page y.html', 'post post.html', 'post y.html', 'document x.html', 'static about.html', 'static post.html', 'static x.html'].sort());
  });
});

describe('a map from documents summarized under another configuration', () => {
  it('still maps them (the index may hold summaries from before a configuration change)', () => {
    const before = readConfig('collections:\n  docs:\n    output: true\n');
    const doc = summarize(documentVerdict('_docs/q.md', '---\npermalink: /q.html\n---\n', before, settings)!);
    const map = buildSiteMap([doc], ['_docs/q.md'], readConfig('title: no collections\n'));
    assert.equal(resolveServed(map, '/q.html')?.source, '_docs/q.md');
  });
});

describe('what a static server answers for a path', () => {
  const map = mapOf('', { 'index.md': '---\n---\n', 'about.md': '---\n---\n', 'docs/index.md': '---\n---\n' }, ['robots.txt']);
  it('the root, a folder’s index.html, the path with .html added, the file itself', () => {
    assert.equal(resolveServed(map, '/')?.source, 'index.md');
    assert.equal(resolveServed(map, '')?.source, 'index.md', 'the empty path is the site’s root');
    assert.equal(resolveServed(map, '/docs/')?.source, 'docs/index.md');
    assert.equal(resolveServed(map, '/docs')?.source, 'docs/index.md');
    assert.equal(resolveServed(map, '/about')?.source, 'about.md');
    assert.equal(resolveServed(map, '/about.html')?.source, 'about.md');
    assert.equal(resolveServed(map, '/robots.txt')?.source, 'robots.txt');
    assert.equal(resolveServed(map, '/about/'), undefined);
    assert.equal(resolveServed(map, '/missing'), undefined);
  });
  it('without an index at the root, / is not served', () => {
    assert.equal(resolveServed(mapOf('', { 'about.md': '---\n---\n' }, []), '/'), undefined);
  });
});

describe('baseurl', () => {
  it('loses all its trailing slashes and gains a leading one', () => {
    assert.equal(siteBaseurl(readConfig('baseurl: /blog//\n')), '/blog');
    assert.equal(siteBaseurl(readConfig('baseurl: blog/\n')), '/blog');
    assert.equal(siteBaseurl(readConfig('baseurl: /\n')), '');
    assert.equal(siteBaseurl(readConfig('baseurl: 5\n')), '');
  });
});

describe('the map of a host’s documents follows them', () => {
  it('is shared while nothing changes, and rebuilt when a document or the configuration changes', async () => {
    const config = readConfig('title: T\n');
    const fs = new MemoryFileSystem({ '/s/_config.yml': 'title: T\n', '/s/about.md': '---\n---\n' });
    const index = await SiteIndex.build(fs, '/s', config);
    const first = siteMapFor(index.siteDocuments, config);
    assert.equal(siteMapFor(index.siteDocuments, config), first, 'built once per version');
    assert.ok(resolveServed(first, '/about.html'));
    assert.equal(resolveServed(first, '/new.html'), undefined);
    fs.write('/s/new.md', '---\n---\n');
    await index.refresh('/s/new.md');
    assert.ok(resolveServed(siteMapFor(index.siteDocuments, config), '/new.html'), 'a new page is served');
    const moved = readConfig('title: T\nbaseurl: /blog\n');
    assert.equal(siteMapFor(index.siteDocuments, moved).baseurl, '/blog', 'a new configuration');
    assert.equal(siteMapFor(index.siteDocuments, config).baseurl, '', 'and back');
  });
});
