/**
 * Front matter defaults reach each document as Jekyll 4.3.1 merges them (FrontmatterDefaults#all):
 * the longer scope path wins whatever its place in the list, a typed scope wins over an untyped one
 * of the same length, the later of two equal scopes wins, the losing set still fills the keys the
 * winner lacks, nested maps merge and a null keeps the value below it, a glob scope applies to
 * everything below each folder it matches, a plain scope path is a bare string prefix, and a glob
 * with a leading `/` applies to nothing (Jekyll globs it from the disk's root).
 *
 * Expected values: `jekyll build` 4.3.1 of this very configuration (/tmp/k5-def/a), every page and
 * document with empty front matter and a layout printing `{{ page.lang | jsonify }}` and the other
 * keys; keys Jekyll printed as null are left out.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cachedDefaultsFor, defaultsFor, readConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';
import { JekyllValue } from '../../src/core/site/scalars';

const CONFIG = `collections:
  recipes:
    output: true
defaults:
  - scope: {path: ""}
    values: {layout: show, lang: root, a: root, nested: {x: 1, y: 1}, keep: base, m: {k: 1}}
  - scope: {path: "blog/deep"}
    values: {lang: deep}
  - scope: {path: "blog"}
    values: {lang: blog, b: blog}
  - scope: {path: "eqa", type: pages}
    values: {c: typed}
  - scope: {path: "eqa"}
    values: {c: untyped}
  - scope: {path: "eqb"}
    values: {c: untyped}
  - scope: {path: "eqb", type: pages}
    values: {c: typed}
  - scope: {path: "eqc"}
    values: {c: first}
  - scope: {path: "eqc"}
    values: {c: second}
  - scope: {path: "eqd", type: pages}
    values: {c: first}
  - scope: {path: "eqd", type: pages}
    values: {c: second}
  - scope: {path: "nest"}
    values: {nested: {y: 2, z: null}, keep: null, a: scalar-over-nothing, m: flat}
  - scope: {path: "nest/mapover"}
    values: {a: {k: 2}}
  - scope: {path: "g/*/inner"}
    values: {g: inner}
  - scope: {path: "g/*"}
    values: {g: star}
  - scope: {path: "pre"}
    values: {b: pre}
  - scope: {path: "/slash"}
    values: {b: slash}
  - scope: {path: "/sg/*"}
    values: {b: slashglob}
  - scope: {path: "_posts", type: posts}
    values: {lang: postlang}
  - scope: {path: "_recipes"}
    values: {lang: reclang}
  - scope: {path: "mixa/x.md"}
    values: {c: file}
  - scope: {path: "mixa"}
    values: {c: folder}
`;

// Printed by Jekyll 4.3.1 for each file (null keys left out).
const JEKYLL: [string, Record<string, JekyllValue>][] = [
  ['_posts/2024-01-02-post.md', { layout: 'show', lang: 'postlang', a: 'root', nested: { x: 1, y: 1 }, keep: 'base', m: { k: 1 } }],
  ['_recipes/soup.md', { layout: 'show', lang: 'reclang', a: 'root', nested: { x: 1, y: 1 }, keep: 'base', m: { k: 1 } }],
  ['blog/b.md', { layout: 'show', lang: 'blog', a: 'root', b: 'blog', nested: { x: 1, y: 1 }, keep: 'base', m: { k: 1 } }],
  ['blog/deep/d.md', { layout: 'show', lang: 'deep', a: 'root', b: 'blog', nested: { x: 1, y: 1 }, keep: 'base', m: { k: 1 } }],
  ['eqa/p.md', { layout: 'show', lang: 'root', a: 'root', c: 'typed', nested: { x: 1, y: 1 }, keep: 'base', m: { k: 1 } }],
  ['eqb/p.md', { layout: 'show', lang: 'root', a: 'root', c: 'typed', nested: { x: 1, y: 1 }, keep: 'base', m: { k: 1 } }],
  ['eqc/p.md', { layout: 'show', lang: 'root', a: 'root', c: 'second', nested: { x: 1, y: 1 }, keep: 'base', m: { k: 1 } }],
  ['eqd/p.md', { layout: 'show', lang: 'root', a: 'root', c: 'second', nested: { x: 1, y: 1 }, keep: 'base', m: { k: 1 } }],
  ['g/a/inner/p.md', { layout: 'show', lang: 'root', a: 'root', nested: { x: 1, y: 1 }, keep: 'base', g: 'inner', m: { k: 1 } }],
  ['g/a/p.md', { layout: 'show', lang: 'root', a: 'root', nested: { x: 1, y: 1 }, keep: 'base', g: 'star', m: { k: 1 } }],
  ['g/b/p.md', { layout: 'show', lang: 'root', a: 'root', nested: { x: 1, y: 1 }, keep: 'base', g: 'star', m: { k: 1 } }],
  ['g/top.md', { layout: 'show', lang: 'root', a: 'root', nested: { x: 1, y: 1 }, keep: 'base', g: 'star', m: { k: 1 } }],
  ['index.md', { layout: 'show', lang: 'root', a: 'root', nested: { x: 1, y: 1 }, keep: 'base', m: { k: 1 } }],
  ['mixa/x.md', { layout: 'show', lang: 'root', a: 'root', c: 'file', nested: { x: 1, y: 1 }, keep: 'base', m: { k: 1 } }],
  ['mixa/y.md', { layout: 'show', lang: 'root', a: 'root', c: 'folder', nested: { x: 1, y: 1 }, keep: 'base', m: { k: 1 } }],
  ['nest/mapover/p.md', { layout: 'show', lang: 'root', a: { k: 2 }, nested: { x: 1, y: 2, z: null }, keep: 'base', m: 'flat' }],
  ['nest/p.md', { layout: 'show', lang: 'root', a: 'scalar-over-nothing', nested: { x: 1, y: 2, z: null }, keep: 'base', m: 'flat' }],
  ['prefix/p.md', { layout: 'show', lang: 'root', a: 'root', b: 'pre', nested: { x: 1, y: 1 }, keep: 'base', m: { k: 1 } }],
  ['sg/a/p.md', { layout: 'show', lang: 'root', a: 'root', nested: { x: 1, y: 1 }, keep: 'base', m: { k: 1 } }],
  ['slash/p.md', { layout: 'show', lang: 'root', a: 'root', nested: { x: 1, y: 1 }, keep: 'base', m: { k: 1 } }],
];

/** The keys Jekyll prints as non-null, as plain JSON (the YAML reader's maps have no prototype). */
function withoutNulls(values: Record<string, JekyllValue>): Record<string, JekyllValue> {
  return JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null && v !== undefined))));
}

test('every file gets the defaults Jekyll 4.3.1 gives it (precedence, merge, globs, prefixes)', () => {
  const config = readConfig(CONFIG);
  for (const [path, expected] of JEKYLL) {
    const info = classifyPath(path, config)!;
    const type = info.collection ?? 'pages';
    assert.deepEqual(withoutNulls(defaultsFor(config, info.relativePath, type)), expected, path);
  }
});

test('the cached defaults (what the site model and the linter use) are the same, file after file', () => {
  const config = readConfig(CONFIG);
  for (const [path, expected] of JEKYLL) {
    const info = classifyPath(path, config)!;
    assert.deepEqual(withoutNulls(cachedDefaultsFor(config, info.relativePath, info.collection ?? 'pages')), expected, path);
  }
});

test('a document path with a leading slash is read without it, as sanitize_path does', () => {
  const config = readConfig(CONFIG);
  assert.deepEqual(withoutNulls(defaultsFor(config, '/blog/deep/d.md', 'pages')), JEKYLL.find(([p]) => p === 'blog/deep/d.md')![1]);
});
