import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../src/core/fs';
import { buildCatalog } from '../../src/core/render/catalog';
import { renderPreview } from '../../src/core/render/page';
import { readConfig } from '../../src/core/site/config';
import { documentVerdict } from '../../src/core/site/siteModel';

// `collections:` written as a list. jekyll build 4.3.1 of `collections: [docs]` with _docs/one.md
// and _posts/2020-01-02-a.md (both `---\n---\nd\n`, a layout printing
// `{% for c in site.collections %}{{ c.label }}:{{ c.output }};{% endfor %}`) writes only the post
// (a listed collection is not written: add_default_collections gives it `{}`), and prints
// `docs:false;posts:true;`.

const CONFIG = 'collections: [docs]\n';
const settings = { now: new Date('2026-12-06T02:00:00Z'), drafts: false, machineZone: 'UTC' };

test('a collection named in a list is read and not written', () => {
  const config = readConfig(CONFIG);
  const doc = documentVerdict('_docs/one.md', '---\n---\nd\n', config, settings);
  assert.deepEqual([doc?.kind, doc?.collection, doc?.written, doc?.reason], ['collection', 'docs', false, 'collection output is false']);
  const post = documentVerdict('_posts/2020-01-02-a.md', '---\n---\nd\n', config, settings);
  assert.deepEqual([post?.url, post?.written], ['/2020/01/02/a.html', true]);
});

test('site.collections lists the listed collection and posts, with their output', async () => {
  const config = readConfig(CONFIG);
  const files = { '/site/_config.yml': CONFIG, '/site/_docs/one.md': '---\n---\nd\n' };
  const site = { root: '/site', fs: new MemoryFileSystem(files), config, timezone: 'UTC', data: {}, catalog: buildCatalog([], config, 'UTC'), now: settings.now };
  const r = await renderPreview({ text: '---\n---\n{% for c in site.collections %}{{ c.label }}:{{ c.output }};{% endfor %}\n', path: '/site/_docs/one.md', site });
  assert.equal(r.contentHtml.replace(/ data-line="\d+"/g, '').trim(), '<p>docs:false;posts:true;</p>');
});

// jekyll build 4.3.1 of `collections: {docs: ~}` and `defaults: [{values: {layout: x}}, {values: ~}]`
// (x printing the same loop) writes a.html only, prints `docs:false;posts:true;` and warns "An
// invalid front-matter default set was found: {"values"=>nil}".
test('a collection set to nil is read with no settings; a defaults set of nil values is skipped', () => {
  const config = readConfig('collections:\n  docs: ~\ndefaults:\n  - values: {layout: x}\n  - values: ~\n');
  const doc = documentVerdict('_docs/one.md', '---\n---\nd\n', config, settings);
  assert.deepEqual([doc?.collection, doc?.written, doc?.data], ['docs', false, { layout: 'x' }]);
  assert.deepEqual(config.problems.map((p) => p.kind), ['invalid-defaults-set']);
});
