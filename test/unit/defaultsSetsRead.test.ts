import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig } from '../../src/core/site/config';
import { documentVerdict } from '../../src/core/site/siteModel';

// Which `defaults:` sets Jekyll reads, and the old singular types. jekyll build --drafts 4.3.1 of
// this _config.yml with _posts/2020-01-02-a.md, _drafts/dr.md, about.md and _docs/one.md (each
// `---\nlayout: x\n---\n`, x printing `{{ page.tag }}|{{ page.kind }}`) warns "An invalid
// front-matter default set was found" for the first three sets (a set that is no map, `values` no
// map) and prints `all|post` (post and draft: drafts are posts), `all|page`, `all|docs`.
// A collection named `draft` (`collections: {draft: {output: true}}`, _draft/one.md) does not get
// a `type: draft` set: Jekyll reads `draft` as `drafts` ("The 'draft' type has become 'drafts'"),
// and prints an empty kind.

const CONFIG = `collections:
  docs:
    output: true
defaults:
  - "not a set"
  - scope: {path: ""}
    values: "not a map"
  - scope: {path: "docs"}
    values: [1, 2]
  - values: {tag: all}
  - scope: {type: post}
    values: {kind: post}
  - scope: {type: page}
    values: {kind: page}
  - scope: {type: draft}
    values: {kind: draft}
  - scope: {type: docs}
    values: {kind: docs}
`;
const settings = { now: new Date('2026-12-06T02:00:00Z'), drafts: true, machineZone: 'UTC' };
const dataOf = (config: string, path: string) => documentVerdict(path, '---\nlayout: x\n---\n', readConfig(config), settings)?.data;

test('invalid defaults sets are skipped; post, page and draft types are read as posts, pages, drafts', () => {
  assert.deepEqual(dataOf(CONFIG, '_posts/2020-01-02-a.md'), { tag: 'all', kind: 'post', layout: 'x' });
  assert.deepEqual(dataOf(CONFIG, '_drafts/dr.md'), { tag: 'all', kind: 'post', layout: 'x' });
  assert.deepEqual(dataOf(CONFIG, 'about.md'), { tag: 'all', kind: 'page', layout: 'x' });
  assert.deepEqual(dataOf(CONFIG, '_docs/one.md'), { tag: 'all', kind: 'docs', layout: 'x' });
});

test('a `type: draft` set does not reach a collection named draft', () => {
  const config = 'collections:\n  draft:\n    output: true\ndefaults:\n  - scope: {type: draft}\n    values: {kind: draft}\n';
  assert.deepEqual(dataOf(config, '_draft/one.md'), { layout: 'x' });
});
