/**
 * With `collections_dir`, Jekyll matches a document's defaults on its path relative to that folder
 * (Document#relative_path: `_recipes/soup.md`, not `coll/_recipes/soup.md`) and strips
 * `collections_dir/` from scope paths and from what a glob scope matches; a page keeps its path
 * from the site root. Before this test, a scope `coll/_recipes` reached no recipe, a scope `coll`
 * reached every document, and `_recipes/sub` or `coll/_rec*` nothing.
 *
 * Expected values: `jekyll build` 4.3.1 of this very configuration (/tmp/k5-def/b), a layout
 * printing each key with `jsonify`; keys Jekyll printed as null are left out.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cachedDefaultsFor, defaultsFor, readConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';
import { JekyllValue } from '../../src/core/site/scalars';

const CONFIG = `collections_dir: coll
collections:
  recipes:
    output: true
defaults:
  - scope: {path: ""}
    values: {layout: show, lang: root}
  - scope: {path: "coll/_recipes"}
    values: {lang: stripped}
  - scope: {path: "coll"}
    values: {a: coll}
  - scope: {path: "_recipes/sub"}
    values: {b: sub}
  - scope: {path: "coll/_rec*/sub"}
    values: {c: glob}
  - scope: {path: "coll/_posts"}
    values: {c: posts}
  - scope: {path: "_po*"}
    values: {g: posts-glob}
  - scope: {path: "coll/*"}
    values: {m: collstar}
  - scope: {path: "co*"}
    values: {keep: costar}
  - scope: {path: "co"}
    values: {nested: co}
  - scope: {path: "pag*/sub"}
    values: {g: page-glob}
`;

const JEKYLL: [string, Record<string, JekyllValue>][] = [
  ['about.md', { layout: 'show', lang: 'root' }],
  ['coll/_posts/2024-01-02-post.md', { layout: 'show', lang: 'root', c: 'posts', m: 'collstar' }],
  ['coll/_recipes/soup.md', { layout: 'show', lang: 'stripped', m: 'collstar' }],
  ['coll/_recipes/sub/s.md', { layout: 'show', lang: 'stripped', b: 'sub', c: 'glob', m: 'collstar' }],
  ['coll/page.md', { layout: 'show', lang: 'root', a: 'coll', nested: 'co', keep: 'costar' }],
  ['pages/sub/p.md', { layout: 'show', lang: 'root', g: 'page-glob' }],
];

/** The keys Jekyll prints as non-null, as plain JSON (the YAML reader's maps have no prototype). */
function withoutNulls(values: Record<string, JekyllValue>): Record<string, JekyllValue> {
  return JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined))));
}

test('with collections_dir, documents and pages get the defaults Jekyll 4.3.1 gives them', () => {
  const config = readConfig(CONFIG);
  for (const [path, expected] of JEKYLL) {
    const info = classifyPath(path, config)!;
    const type = info.collection ?? 'pages';
    assert.deepEqual(withoutNulls(defaultsFor(config, info.relativePath, type)), expected, path);
    assert.deepEqual(withoutNulls(cachedDefaultsFor(config, info.relativePath, type)), expected, path);
  }
});
