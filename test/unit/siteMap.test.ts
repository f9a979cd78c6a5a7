// The site map from documents and files, and how a static server resolves a path against it. Which
// URL and output each file gets is proven against real Jekyll by the conformance run (siteMap.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig } from '../../src/core/site/config';
import { summarize } from '../../src/core/site/documents';
import { documentVerdict } from '../../src/core/site/siteModel';
import { buildSiteMap, resolveServed, siteBaseurl } from '../../src/core/site/siteMap';

const config = readConfig('baseurl: /blog/\npermalink: pretty\ncollections:\n  notes: {output: true}\n');
const settings = { now: new Date('2026-01-01T00:00:00Z'), drafts: false, machineZone: 'UTC' };
const texts: Record<string, string> = {
  '_posts/2020-01-01-a.md': '---\ntitle: A\nlang: fr\n---\n',
  '_drafts/d.md': '---\ntitle: D\n---\n',
  'about.md': '---\ntitle: About\n---\n',
  'docs/guide.html': '---\ntitle: Guide\n---\n',
  '_notes/n.md': '---\ntitle: N\n---\n',
};
const files = [...Object.keys(texts), 'assets/img/x.png', '_notes/pic.png', 'assets/css/main.scss', 'robots.txt'];

function map(drafts = false) {
  const docs = Object.entries(texts).map(([path, text]) => summarize(documentVerdict(path, text, config, { ...settings, drafts })!));
  return buildSiteMap(docs, files, config);
}

test('the site map holds posts, pages, documents and static files with their kind; drafts only when built', () => {
  const entries = map().entries.map((e) => `${e.kind} ${e.url} ${e.output}`);
  assert.deepEqual(entries, [
    'post /2020/01/01/a/ 2020/01/01/a/index.html',
    'page /about/ about/index.html',
    'page /docs/guide/ docs/guide/index.html',
    'document /notes/n/ notes/n/index.html',
    'static /assets/img/x.png assets/img/x.png',
    'static /notes/pic.png notes/pic.png',
    'static /assets/css/main.scss assets/css/main.scss',
    'page /assets/css/main.css assets/css/main.css',
    'static /robots.txt robots.txt',
  ]);
  assert.ok(map(true).entries.some((e) => e.kind === 'draft' && e.url === '/2026/01/01/d/'));
  assert.equal(map().baseurl, '/blog');
  assert.equal(siteBaseurl(readConfig('baseurl: ""\n')), '');
  assert.equal(siteBaseurl(readConfig('baseurl: docs\n')), '/docs');
});

test('a path resolves as a static server answers it: the file, its folder index, or with .html added', () => {
  const m = map();
  const at = (path: string) => resolveServed(m, path)?.source;
  assert.equal(at('/about/'), 'about.md');
  assert.equal(at('/about'), 'about.md');
  assert.equal(at('/about/index.html'), 'about.md');
  assert.equal(at('/docs/guide.html'), undefined);
  assert.equal(at('/assets/img/x.png'), 'assets/img/x.png');
  assert.equal(at('/assets/img/y.png'), undefined);
  assert.equal(at('/'), undefined);
});
