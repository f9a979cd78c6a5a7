// Broken links marked in the preview: the links fixture (baseurl /blog) rendered with its site map.
// Each element the reader would click to nothing the site serves is marked, and exactly those the
// link rules report in the body (test/unit/links.test.ts lists them; which targets real Jekyll
// serves is checked by the conformance run, test/conformance/siteMap.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintPaths } from '../../src/cli/lintCommand';
import { nodeFileSystem, syncNodeFileSystem } from '../../src/cli/nodeFs';
import { brokenUrlMarker } from '../../src/core/render/brokenLinks';
import { renderPreview } from '../../src/core/render/page';
import { formatMessage } from '../../src/core/messages';
import { siteMapFor } from '../../src/core/site/siteMap';
import { loadConfig } from '../../src/core/site/siteFiles';
import { SiteIndex } from '../../src/core/site/siteIndex';

const root = join(__dirname, '../../../test/fixtures/links').replace(/\\/g, '/');
const post = '_posts/2020-02-01-links.md';

async function rendered(withMap: boolean) {
  const config = await loadConfig(nodeFileSystem, root);
  const index = await SiteIndex.build(nodeFileSystem, root, config);
  const text = readFileSync(join(root, post), 'utf8');
  const r = await renderPreview({
    text,
    path: `${root}/${post}`,
    site: { root, fs: nodeFileSystem, config, timezone: 'UTC', data: {} },
    siteMap: withMap ? siteMapFor(index.siteDocuments, config) : undefined,
    resourceUri: (p) => `https://file+.vscode-resource.invalid${p}`,
  });
  return { html: r.contentHtml, url: r.header.url.url };
}

/** Each marked element: its tag, its URL as rendered (before the webview rewrite for images), its rule and its tooltip. */
function marks(html: string): { tag: string; url: string; rule: string; title: string }[] {
  const out = [];
  for (const m of html.matchAll(/<(a|img)\b([^>]*)>/g)) {
    const attrs = m[2];
    const cls = /class="([^"]*)"/.exec(attrs)?.[1] ?? '';
    if (!cls.split(' ').includes('jp-broken-link')) continue;
    const url = /(?:href|src)="([^"]*)"/.exec(attrs)![1].replace('https://file+.vscode-resource.invalid' + root, '(file)');
    out.push({ tag: m[1], url, rule: /jp-finding-([\w-]+)/.exec(cls)![1], title: /title="([^"]*)"/.exec(attrs)![1] });
  }
  return out;
}

test('the preview marks each broken link and image where it is clicked, with the finding as its tooltip', async () => {
  const page = await rendered(true);
  // Relative links resolve against the page's URL: `permalink: pretty` gives /2020/02/01/links/ (Jekyll writes _site/2020/02/01/links/index.html).
  assert.equal(page.url, '/2020/02/01/links/');
  const found = marks(page.html);
  assert.deepEqual(
    found.map((m) => `${m.tag} ${m.url} ${m.rule}`),
    [
      'a /blog/2020/01/01/targte/ link-broken',
      'a /blog/abuot/ link-broken',
      'a /about/ link-baseurl-missing',
      'a /fr/cible/ link-baseurl-missing',
      'a ../../../../2020/01/01/nothing/ link-broken',
      'a /blog/fr/nulle-part/ link-broken', // [reference broken][nowhere], where it is written in the text
      'a #no-such-heading link-broken',
      'a https://example.org/about/ link-baseurl-missing',
      'img (file)/assets/img/missing.png image-missing',
      'img (file)/assets/img/nope.jpg image-missing',
      'a /blog/docs/guide.html link-broken',
      'a /nothing/ link-broken',
    ],
  );
  assert.equal(found[0].title, 'The site serves nothing at /blog/2020/01/01/targte/: this link is broken.');
  assert.equal(found[2].title, 'The site is served under /blog: /about/ works only without it (the site serves /blog/about/).');
  assert.equal(found[6].title, 'No heading with the id no-such-heading in this document: the link goes to the top of the page.');
  // As many marks as the link rules report in the body (all but the front matter `image:`).
  const [result] = await lintPaths(syncNodeFileSystem, [root], root, { settings: { now: new Date('2026-11-26T12:00:00Z'), timezone: 'UTC' } });
  const text = readFileSync(join(root, post), 'utf8');
  const bodyStart = text.indexOf('---', 3);
  const reported = result.files.find((f) => f.file === post)!.findings.filter((f) => ['link-broken', 'link-baseurl-missing', 'image-missing'].includes(f.rule) && f.range.start > bodyStart);
  assert.equal(found.length, reported.length, reported.map((f) => formatMessage(f.message)).join('\n'));
});

test('without the site map (the index still building) nothing is marked; sound, external and own-heading links never are', async () => {
  assert.deepEqual(marks((await rendered(false)).html), []);
  const map = { baseurl: '', entries: [], byOutput: new Map() };
  const mark = brokenUrlMarker(map, '/a/', new Set(['here']), (m) => formatMessage(m));
  assert.equal(mark('https://example.com/x', 'link'), undefined);
  assert.equal(mark('mailto:a@b.c', 'link'), undefined);
  assert.equal(mark('#here', 'link'), undefined);
  assert.equal(mark('#', 'link'), undefined);
  assert.equal(mark('#elsewhere', 'link')?.className, 'jp-broken-link jp-finding-link-broken');
});
