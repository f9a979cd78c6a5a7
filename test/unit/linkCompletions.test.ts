// Completions, hovers and definitions of links on test/fixtures/links (a site with `baseurl: /blog`).
// The URLs listed are those real Jekyll 4.3.1 writes for the fixture (the conformance run,
// test/conformance/siteMap.mjs, holds the site map to its _site; a `jekyll build` of the fixture
// writes /2020/01/01/target/, /2020/02/01/links/, /about/, /docs/guide/, /fr/, /fr/cible/,
// /assets/doc.pdf and /assets/img/photo.png, and the ids `section-one`, `été-2020--news-`, `custom-id`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFileSystem } from '../../src/cli/nodeFs';
import { linkCursor } from '../../src/core/complete/linkContext';
import { fragmentCompletions, fragmentTarget, linkCompletions, LinkDocument } from '../../src/core/complete/linkCompletions';
import { describeEntry, LinkSite, linkTargetAt } from '../../src/core/complete/linkTargets';
import { formatMessage } from '../../src/core/messages';
import { bodyAnchors } from '../../src/core/site/links';
import { siteMapFor } from '../../src/core/site/siteMap';
import { loadConfig } from '../../src/core/site/siteFiles';
import { SiteIndex } from '../../src/core/site/siteIndex';

const root = join(__dirname, '../../../test/fixtures/links').replace(/\\/g, '/');

async function linkSite(): Promise<{ site: LinkSite; index: SiteIndex }> {
  const config = await loadConfig(nodeFileSystem, root);
  const index = await SiteIndex.build(nodeFileSystem, root, config);
  const map = siteMapFor(index.siteDocuments, config);
  const titleOf = (source: string): string | undefined => {
    const title = index.document(`${root}/${source}`)?.data.title;
    return typeof title === 'string' ? title : undefined;
  };
  return { site: { map, titleOf, timezone: 'UTC' }, index };
}

/** The text with `‸` taken out, and the offset where it was. */
function cursorIn(withBar: string): { text: string; offset: number } {
  const offset = withBar.indexOf('‸');
  return { text: withBar.slice(0, offset) + withBar.slice(offset + 1), offset };
}

const EN = (body: string): LinkDocument & { offset: number } => {
  const { text, offset } = cursorIn(`---\ntitle: New\nlang: en\n---\n${body}`);
  return { text, offset, source: '_posts/2020-03-01-new.md', lang: 'en', url: '/2020/03/01/new/' };
};

function complete(doc: LinkDocument & { offset: number }, site: LinkSite) {
  const cursor = linkCursor(doc.text, doc.offset);
  assert.ok(cursor, 'a link context');
  return linkCompletions(cursor, doc, site).items.map((i) => [i.label, i.insertText, typeof i.detail === 'string' ? i.detail : i.detail && formatMessage(i.detail)]);
}

test('URLs after `](` on a site with a baseurl: written with relative_url, the post language first, then pages, other languages, static files', async () => {
  const { site } = await linkSite();
  assert.deepEqual(complete(EN('See [the target](‸'), site), [
    ['/2020/02/01/links/', "{{ '/2020/02/01/links/' | relative_url }}", 'Links of every form'],
    ['/2020/01/01/target/', "{{ '/2020/01/01/target/' | relative_url }}", 'Target'],
    ['/about/', "{{ '/about/' | relative_url }}", 'About'],
    ['/docs/guide/', "{{ '/docs/guide/' | relative_url }}", 'Guide'],
    ['/fr/', "{{ '/fr/' | relative_url }}", 'Accueil'],
    ['/fr/cible/', "{{ '/fr/cible/' | relative_url }}", 'Cible'],
    ['/assets/doc.pdf', "{{ '/assets/doc.pdf' | relative_url }}", 'static file'],
    ['/assets/img/photo.png', "{{ '/assets/img/photo.png' | relative_url }}", 'static file'],
  ]);
});

test('the style the post already uses: {{ site.baseurl }} where it writes that, the baseurl kept where typed, plain inside a filter', async () => {
  const { site } = await linkSite();
  const styled = complete(EN('Before: [x]({{ site.baseurl }}/about/).\n\n<a href="‸'), site);
  assert.deepEqual(styled[0].slice(0, 2), ['/2020/02/01/links/', '{{ site.baseurl }}/2020/02/01/links/']);
  const typed = complete(EN('[x](/blog/fr‸'), site);
  assert.ok(typed.some(([label, insert]) => label === '/fr/cible/' && insert === '/blog/fr/cible/'), JSON.stringify(typed));
  const filter = complete(EN("[x]({{ '/fr‸"), site);
  assert.ok(filter.some(([label, insert]) => label === '/fr/cible/' && insert === '/fr/cible/'));
  const filterNoOpener = complete(EN("<p>{{ '/ab‸' | relative_url }}</p>"), site);
  assert.ok(filterNoOpener.some(([label, insert]) => label === '/about/' && insert === '/about/'));
  const afterBaseurl = complete(EN('[x]({{ site.baseurl }}/ab‸'), site);
  assert.ok(afterBaseurl.some(([label, insert]) => label === '/about/' && insert === '/about/'));
  // The replaced range is what is typed of the target.
  const doc = EN('[x](/blog/fr‸');
  const { range } = linkCompletions(linkCursor(doc.text, doc.offset)!, doc, site);
  assert.equal(doc.text.slice(range.start, range.end), '/blog/fr');
});

test('a French post lists French URLs first; a site without a baseurl gets plain URLs', async () => {
  const { site } = await linkSite();
  const fr = { ...EN('[x](‸'), lang: 'fr' };
  assert.equal(complete(fr, site)[0][0], '/fr/cible/');
  const plainSite: LinkSite = { ...site, map: { ...site.map, baseurl: '' } };
  assert.deepEqual(complete(EN('[x](‸'), plainSite)[1].slice(0, 2), ['/2020/01/01/target/', '/2020/01/01/target/']);
});

test('images after `![...](` and `<img src="`: the image files only; source paths after {% link %}; post names after {% post_url %}', async () => {
  const { site } = await linkSite();
  assert.deepEqual(complete(EN('![Photo](‸'), site), [['/assets/img/photo.png', "{{ '/assets/img/photo.png' | relative_url }}", 'static file']]);
  assert.deepEqual(complete(EN('<img alt="x" src="‸'), site).map((i) => i[0]), ['/assets/img/photo.png']);
  assert.deepEqual(complete(EN('{% link ‸'), site).map((i) => i[0]), ['_posts/2020-02-01-links.md', '_posts/2020-01-01-target.md', 'about.md', 'docs/guide.html', 'fr/index.html', '_posts/2020-01-02-cible.md', 'assets/doc.pdf', 'assets/img/photo.png']);
  assert.deepEqual(complete(EN('{% post_url 2020‸'), site), [
    ['2020-02-01-links', '2020-02-01-links', 'Links of every form'],
    ['2020-01-01-target', '2020-01-01-target', 'Target'],
    ['2020-01-02-cible', '2020-01-02-cible', 'Cible'],
  ]);
});

test('no link completion in front matter, code, plain text or external URLs', () => {
  for (const body of ['Just text ‸', '`[x](‸`', '```\n[x](‸\n```', '[x](https://example.com/‸']) {
    const doc = EN(body);
    const cursor = linkCursor(doc.text, doc.offset);
    assert.equal(cursor, undefined, body);
  }
  const { text, offset } = cursorIn('---\ntitle: [x](‸\n---\n');
  assert.equal(linkCursor(text, offset), undefined);
});

test('heading fragments: this document after `#`, the target document after `/x/#`, ids as kramdown makes them', async () => {
  const { site } = await linkSite();
  const own = EN('## Été 2020 : news !\n\n### Custom {#custom-id}\n\nSee [above](#‸');
  const cursor = linkCursor(own.text, own.offset);
  assert.ok(cursor?.kind === 'fragment');
  assert.equal(fragmentTarget(cursor, own, site.map), 'self');
  const ownItems = fragmentCompletions(cursor, bodyAnchors(own.text, 25)).items;
  assert.deepEqual(ownItems.map((i) => [i.label, i.detail]), [['été-2020--news-', 'Été 2020 : news !'], ['custom-id', 'Custom']]);
  for (const body of ['[x]({{ site.baseurl }}/2020/01/01/target/#‸', "[x]({{ '/2020/01/01/target/' | relative_url }}#‸", "[x]({{ '/2020/01/01/target/#‸", '[x](/blog/2020/01/01/target/#sec‸', '[x](../../../../2020/01/01/target/#‸']) {
    const doc = EN(body);
    const c = linkCursor(doc.text, doc.offset);
    assert.ok(c?.kind === 'fragment', body);
    const target = fragmentTarget(c, doc, site.map);
    assert.ok(target && target !== 'self' && target.source === '_posts/2020-01-01-target.md', body);
    const targetText = readFileSync(join(root, target.source), 'utf8');
    const { items, range } = fragmentCompletions(c, bodyAnchors(targetText, targetText.indexOf('---', 3) + 4));
    assert.deepEqual(items.map((i) => i.label), ['section-one'], body);
    assert.equal(doc.text.slice(range.start, doc.offset), c.typed);
  }
});

test('hover and definition targets: Markdown, reference, HTML, post_url and link tags, a fragment of this document', async () => {
  const { site } = await linkSite();
  const text = readFileSync(join(root, '_posts/2020-02-01-links.md'), 'utf8');
  const at = (needle: string, shift = 2) => linkTargetAt(text, text.indexOf(needle) + shift, site.map, '_posts/2020-02-01-links.md', '/2020/02/01/links/');
  assert.equal(at('/blog/2020/01/01/target/')?.entry.source, '_posts/2020-01-01-target.md');
  assert.equal(at("{{ '/about/' | relative_url }}")?.entry.source, 'about.md');
  assert.equal(at('{{ site.baseurl }}/docs/guide/">')?.entry.source, 'docs/guide.html');
  assert.equal(at('{{ site.baseurl }}/fr/\n')?.entry.source, 'fr/index.html');
  assert.equal(at('../../../../2020/01/01/target/')?.entry.source, '_posts/2020-01-01-target.md');
  const fragment = at('{{ site.baseurl }}/2020/01/01/target/#section-one');
  assert.deepEqual([fragment?.entry.source, fragment?.fragment], ['_posts/2020-01-01-target.md', 'section-one']);
  const self = at('(#custom-id)', 2);
  assert.deepEqual([self?.entry.source, self?.fragment], ['_posts/2020-02-01-links.md', 'custom-id']);
  assert.equal(at('/2020/01/01/targte/'), undefined, 'a broken link has no target');
  const tags = '---\ntitle: T\n---\n{% post_url 2020-01-02-cible %} and {% link about.md %}\n';
  assert.equal(linkTargetAt(tags, tags.indexOf('2020-01-02') + 3, site.map, 'x.md', undefined)?.entry.url, '/fr/cible/');
  assert.equal(linkTargetAt(tags, tags.indexOf('about.md') + 3, site.map, 'x.md', undefined)?.entry.url, '/about/');
  const described = describeEntry(at('/blog/2020/01/01/target/')!.entry, site).map((t) => (typeof t === 'string' ? t : formatMessage(t)));
  assert.deepEqual(described, ['**Target**', 'Kind: post', 'Date: 2020-01-01', 'Language: en', 'URL: `/blog/2020/01/01/target/`', 'Source file: `_posts/2020-01-01-target.md`']);
});
