/**
 * The fixes link-broken and image-missing offer: the site's nearest URLs (pages and posts for a link,
 * files for an image), the post's own language first, written in the link's own style. Every URL
 * below is one jekyll 4.3.1 served for the same files (build in /tmp/k3-links/s2: /about.html,
 * /2015/01/02/b.html, /en/b/, /fr/b/, /xy/b/, /img/photo.png), and with `url: https://example.com`
 * and `baseurl: /blog` it wrote both `{{ '/2015/01/02/b.html' | absolute_url }}` and
 * `{{ site.url }}{% post_url 2015-01-02-b %}` as https://example.com/blog/2015/01/02/b.html.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintDocument } from '../../src/core/lint/lint';
import { readConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';
import { factsFromDocuments, siteDocumentsFrom } from '../../src/core/site/siteScan';
import { lintCase } from './ruleCases';
import { applyEdits } from './helpers';

const PAGE = (head: string): string => `---\ntitle: P\n${head}---\n`;

function fixed(body: string, rule: string, options: { others?: Record<string, string>; files?: string[]; head?: string; config?: string } = {}): string[][] {
  const text = `---\ntitle: T\n${options.head ?? ''}---\n${body}\n`;
  const bodyStart = text.indexOf('---\n', 4) + 4;
  return lintCase({ text, others: options.others ?? {}, files: options.files, config: options.config ?? 'title: T\n' }, rule).map((f) =>
    (f.fixes ?? []).map((x) => applyEdits(text, x.edits).slice(bodyStart, -1)),
  );
}

test('how far a suggestion may be grows with the path: a third of its length, at least 3 edits', () => {
  const others = { 'about.md': PAGE('') };
  // `/abc.html` (9 characters) is 3 edits from `/about.html`: the most allowed for a short path.
  assert.deepEqual(fixed('[a](/abc.html)', 'link-broken', { others }), [['[a](/about.html)', '[a]({% link about.md %})']]);
  // `/abouts-us.html` (15 characters) is 4 edits from it: a third of 15 allows 5.
  assert.deepEqual(fixed('[a](/abouts-us.html)', 'link-broken', { others }), [['[a](/about.html)', '[a]({% link about.md %})']]);
  // 4 edits from a 9-character path: too far.
  assert.deepEqual(fixed('[a](/xbcd.html)', 'link-broken', { others }), [[]]);
});

test('a link is offered pages and posts, an image the site’s files', () => {
  const others = { 'about.md': PAGE('') };
  const files = ['img/photo.png'];
  assert.deepEqual(fixed('[p](/img/photos.png)', 'link-broken', { others, files }), [[]]);
  assert.deepEqual(fixed('![p](/img/photos.png)', 'image-missing', { others, files }), [['![p](/img/photo.png)']]);
  assert.deepEqual(fixed('![p](/abouts.html)', 'image-missing', { others, files }), [[]]);
});

const LANGUAGES = { 'en/b.md': PAGE('lang: en\npermalink: /en/b/\n'), 'fr/b.md': PAGE('lang: fr\npermalink: /fr/b/\n'), 'xy/b.md': PAGE('permalink: /xy/b/\n') };

test('among equally near URLs, those in another language than the post’s come last, then URL order', () => {
  // A page with no `lang` is not pushed back: it has none to differ.
  assert.deepEqual(fixed('[b](/zz/b/)', 'link-broken', { others: LANGUAGES, head: 'lang: fr\n' }), [[
    '[b](/fr/b/)', '[b]({% link fr/b.md %})',
    '[b](/xy/b/)', '[b]({% link xy/b.md %})',
    '[b](/en/b/)', '[b]({% link en/b.md %})',
  ]]);
  // A post with no `lang`: URL order alone, pages with and without one alike.
  assert.deepEqual(fixed('[b](/zz/b/)', 'link-broken', { others: LANGUAGES }), [[
    '[b](/en/b/)', '[b]({% link en/b.md %})',
    '[b](/fr/b/)', '[b]({% link fr/b.md %})',
    '[b](/xy/b/)', '[b]({% link xy/b.md %})',
  ]]);
});

test('a link written with absolute_url is fixed with absolute_url, or {{ site.url }} before the tag', () => {
  const others = { '_posts/2015-01-02-b.md': '---\ntitle: B\n---\n' };
  const config = 'title: T\nurl: https://example.com\nbaseurl: /blog\n';
  assert.deepEqual(fixed("[b]({{ '/2015/01/02/bx.html' | absolute_url }})", 'link-broken', { others, config }), [[
    "[b]({{ '/2015/01/02/b.html' | absolute_url }})",
    '[b]({{ site.url }}{% post_url 2015-01-02-b %})',
  ]]);
});

test('a draft the host built with drafts is offered by its URL only: {% link _drafts/… %} stops a build without --drafts', () => {
  // jekyll 4.3.1 --drafts served `_drafts/b.md` (date: 2015-01-03) at /2015/01/03/b.html and wrote
  // `{% link _drafts/b.md %}` as that URL; the same tag fails a build without --drafts
  // (build in /tmp/k3-links/s3). `jekyll-posts unpublish` checks its plan with the drafts built.
  const config = readConfig('title: T\n');
  const now = new Date('2026-11-26T12:00:00Z');
  const path = '_posts/2015-01-05-p.md';
  const text = '---\ntitle: P\n---\n[x](/2015/01/03/bx.html)\n';
  const texts = [{ path, text }, { path: '_drafts/b.md', text: '---\ntitle: D\ndate: 2015-01-03\n---\nD\n' }];
  const siteDocuments = siteDocumentsFrom(texts, texts.map((t) => t.path), config, { now, drafts: true, machineZone: 'UTC' });
  const findings = lintDocument({ text, document: classifyPath(path, config)!, config }, { site: { ...factsFromDocuments([], { authors: new Map(), hasAuthorRegistry: false, layouts: undefined }), siteDocuments }, settings: { now, timezone: 'UTC', requiredKeys: [] } });
  const broken = findings.filter((f) => f.rule === 'link-broken');
  assert.deepEqual(broken.map((f) => (f.fixes ?? []).map((x) => applyEdits(text, x.edits).slice(17, -1))), [
    // The draft (the nearest), then this post itself: a tag only for the post.
    ['[x](/2015/01/03/b.html)', '[x](/2015/01/05/p.html)', '[x]({% post_url 2015-01-05-p %})'],
  ]);
});

test('two documents at one URL (a conflict) are offered in the same order whatever order the site lists them in', () => {
  // jekyll 4.3.1 wrote both `_posts/2015-01-02-b.md` and `b.md` (permalink: /2015/01/02/b.html) to
  // _site/2015/01/02/b.html, with a Conflict warning (build in /tmp/k3-links/s4).
  const post = { '_posts/2015-01-02-b.md': '---\ntitle: B\n---\n' };
  const page = { 'b.md': PAGE('permalink: /2015/01/02/b.html\n') };
  const expected = [['[x](/2015/01/02/b.html)', '[x]({% post_url 2015-01-02-b %})', '[x](/2015/01/02/b.html)', '[x]({% link b.md %})']];
  assert.deepEqual(fixed('[x](/2015/01/02/bx.html)', 'link-broken', { others: { ...post, ...page } }), expected);
  assert.deepEqual(fixed('[x](/2015/01/02/bx.html)', 'link-broken', { others: { ...page, ...post } }), expected);
});

test('equally near URLs come in URL order, not in the order of their files’ names', () => {
  // jekyll 4.3.1 served `z.md` (permalink: /b1/) at /b1/ and `a.md` (permalink: /b2/) at /b2/ (build in /tmp/k3-links/s10).
  const others = { 'a.md': PAGE('permalink: /b2/\n'), 'z.md': PAGE('permalink: /b1/\n') };
  assert.deepEqual(fixed('[x](/b0/)', 'link-broken', { others }), [['[x](/b1/)', '[x]({% link z.md %})', '[x](/b2/)', '[x]({% link a.md %})']]);
});
