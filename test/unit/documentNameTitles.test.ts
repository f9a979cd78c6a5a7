import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { MemoryFileSystem } from '../../src/core/fs';
import { lintDocument } from '../../src/core/lint/lint';
import { formatMessage } from '../../src/core/messages';
import { buildCatalog, CatalogInput } from '../../src/core/render/catalog';
import { renderPreview } from '../../src/core/render/page';
import { readConfig } from '../../src/core/site/config';
import { classifyPath, documentNameParts, titleizeSlug } from '../../src/core/site/post';
import { applyEdits, slice } from './helpers';

// What Jekyll takes from a document's file name when its front matter does not say (Document#
// populate_title): the title, the slug and, for a dated name, the date. Expected values from
// `jekyll build` 4.3.1 of a site holding these files (`{{ page.title }}`, `{{ page.slug }}`,
// `{{ page.url }}` in a layout, and `site.posts` listed in a page):
//   _posts/2014-06-12-false-title.md (title: false)  → "False Title", false-title, /2014/06/12/false-title.html
//   _posts/2014-06-13-notes..md                      → "Notes", notes, /2014/06/13/notes.html
//   _posts/2014-06-13-v1.2-notes..md, 2014-06-14-more...md → v1.2-notes, more ("V1.2 Notes", "More")
//   _drafts/2014-06-08-my-draft.md (--drafts)        → "My Draft", my-draft, /2014/06/08/my-draft.html, 2014-06-08 00:00:00 +0000
//   _docs/2014-06-10-release-dotScale.md             → "Release Dotscale", release-dotScale
// The layouts conformance (test/conformance/layout-sites/documents) checks the same against a live build.

const CONFIG = 'title: Names\ntimezone: UTC\n';

describe('a document’s name as Jekyll reads it', () => {
  it('gives the date and slug of a dated name, trailing dots dropped; an undated name keeps its slug', () => {
    assert.deepEqual(documentNameParts('_drafts/2014-06-08-my-draft.md', '2014-06-08-my-draft'), { fileDate: '2014-06-08', slug: 'my-draft' });
    assert.deepEqual(documentNameParts('_posts/2014-06-13-notes..md', 'notes.'), { fileDate: '2014-06-13', slug: 'notes' });
    assert.deepEqual(documentNameParts('_docs/install-guide.md', 'install-guide'), { fileDate: undefined, slug: 'install-guide' });
    assert.deepEqual(documentNameParts('_docs/v2..md', 'v2.'), { fileDate: undefined, slug: 'v2' });
    // jekyll build 4.3.1: _posts/2014-06-13-v1.2-notes..md is /2014/06/13/v1.2-notes.html, 2014-06-14-more...md is /2014/06/14/more.html.
    assert.deepEqual(documentNameParts('_posts/2014-06-13-v1.2-notes..md', 'v1.2-notes.'), { fileDate: '2014-06-13', slug: 'v1.2-notes' });
    assert.deepEqual(documentNameParts('_posts/2014-06-14-more...md', 'more..'), { fileDate: '2014-06-14', slug: 'more' });
    // A date in a folder's name dates nothing (jekyll build 4.3.1: _stuff/2099-01-01-a.x/b written at build time).
    assert.deepEqual(documentNameParts('_stuff/2099-01-01-a.x/b', '2099-01-01-a'), { fileDate: undefined, slug: '2099-01-01-a' });
    assert.deepEqual(documentNameParts('_drafts/2014-06-08-notes', '2014-06-08-notes'), { fileDate: undefined, slug: '2014-06-08-notes' });
  });

  it('titles a slug word by word with Ruby’s capitalize', () => {
    assert.equal(titleizeSlug('release-dotScale'), 'Release Dotscale');
    assert.equal(titleizeSlug('my--draft'), 'My  Draft');
  });
});

describe('the title required-key offers for a post named with trailing dots', () => {
  it('is the one Jekyll makes, without the dots', () => {
    const config = readConfig(CONFIG);
    const text = '---\nlayout: post\n---\nBody\n';
    const findings = lintDocument({ text, document: classifyPath('_posts/2014-06-13-notes..md', config)!, config }, { settings: { now: new Date('2026-01-01T00:00:00Z'), timezone: 'UTC' } })
      .filter((f) => f.rule === 'required-key')
      .map((f) => ({ at: slice(text, f.range), message: formatMessage(f.message), fixed: (f.fixes ?? []).map((x) => applyEdits(text, x.edits)) }));
    assert.deepEqual(findings, [{ at: '---', message: 'This post has no `title`; Jekyll makes one from the file name: “Notes”.', fixed: ['---\nlayout: post\ntitle: Notes\n---\nBody\n'] }]);
  });
});

describe('site.posts in the preview', () => {
  it('titles a post whose title is false or missing from its name, and gives its slug without trailing dots', async () => {
    const files: Record<string, string> = {
      '/site/_config.yml': CONFIG,
      '/site/_posts/2014-06-12-false-title.md': '---\ntitle: false\n---\nx\n',
      '/site/_posts/2014-06-13-notes..md': '---\n---\nx\n',
    };
    const config = readConfig(CONFIG);
    const docs: CatalogInput[] = [
      { path: '/site/_posts/2014-06-12-false-title.md', info: classifyPath('_posts/2014-06-12-false-title.md', config)!, data: { title: false } },
      { path: '/site/_posts/2014-06-13-notes..md', info: classifyPath('_posts/2014-06-13-notes..md', config)!, data: {} },
    ];
    const now = new Date('2026-01-01T00:00:00Z');
    const site = { root: '/site', fs: new MemoryFileSystem(files), config, timezone: 'UTC', data: {}, catalog: buildCatalog(docs, config, 'UTC', now), now };
    const r = await renderPreview({ text: '---\n---\n{% for p in site.posts %}[{{ p.title }};{{ p.slug }};{{ p.url }}]{% endfor %}\n', path: '/site/index.md', site });
    assert.equal(r.contentHtml.trim(), '<p data-line="2">[Notes;notes;/2014/06/13/notes.html][False Title;false-title;/2014/06/12/false-title.html]</p>');
  });
});

describe('another document’s URL in the preview', () => {
  it('dates a collection document by its dated name: `{% link %}` gives the URL Jekyll writes', async () => {
    // jekyll build 4.3.1, collection docs with `permalink: /:collection/:year/:title/`:
    // _docs/2014-06-10-release.md is written to _site/docs/2014/release/index.html, and a post
    // holding `{% link _docs/2014-06-10-release.md %}` prints `/docs/2014/release/`.
    const text = 'title: T\ntimezone: UTC\ncollections:\n  docs:\n    output: true\n    permalink: /:collection/:year/:title/\n';
    const config = readConfig(text);
    const files: Record<string, string> = { '/site/_config.yml': text, '/site/_docs/2014-06-10-release.md': '---\ntitle: R\n---\nx\n' };
    const docs: CatalogInput[] = [{ path: '/site/_docs/2014-06-10-release.md', info: classifyPath('_docs/2014-06-10-release.md', config)!, data: { title: 'R' } }];
    const now = new Date('2026-01-01T00:00:00Z');
    const site = { root: '/site', fs: new MemoryFileSystem(files), config, timezone: 'UTC', data: {}, catalog: buildCatalog(docs, config, 'UTC', now), now };
    const r = await renderPreview({ text: '---\ntitle: P\n---\n{% link _docs/2014-06-10-release.md %}\n', path: '/site/_posts/2020-01-01-p.md', site });
    assert.equal(r.contentHtml.trim(), '<p data-line="3">/docs/2014/release/</p>');
  });
});
