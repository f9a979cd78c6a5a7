/**
 * The defaults cache (what the site model, the linter and the fix safety use for every file) gives
 * exactly the answer `defaultsFor` gives, whatever the scopes (plain prefixes that stop inside a
 * folder or a file name, globs, types), `collections_dir`, and the order files come in: a folder's
 * answer is reused only where no scope can tell its files apart.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cachedDefaultsFor, defaultsFor, DefaultsSet, readConfig, SiteConfig } from '../../src/core/site/config';

const RUNS = Math.max(200, Math.round(Number(process.env.FUZZ_RUNS ?? 20_000) / 10));
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);

const plainScope = fc.constantFrom('', 'a', 'a/', 'ab', 'a/b', 'a/x', 'a/x.md', 'x.md', 'x', 'b/a', 'a?', '/a', '/a/x', 'c', 'c/_r', '_r', '_r/x', 'c/_r/x.md');
const globScope = fc.constantFrom('a*', 'a/*', '*/b', '*/x*', '*x*', 'a/*/x*', '**/x.md', '/a/*', 'c/*', 'c/_r/*');
const scopeType = fc.constantFrom(undefined, 'pages', 'posts', 'r');
const folder = fc.constantFrom('', 'a', 'b', 'ab', 'a/b', 'b/a', 'c', 'c/_r', '_r', 'c/_r/a');
const file = fc.constantFrom('x.md', 'x.mx', 'y.md', 'a', 'ab.md');
const docType = fc.constantFrom('pages', 'posts', 'r');
// Files of a few folders, so that the same folder comes back, before and after others.
const queries = fc.array(fc.tuple(folder, file, docType), { minLength: 1, maxLength: 12 });

function configOf(collectionsDir: string, sets: [string, string | undefined][]): SiteConfig {
  const defaults: DefaultsSet[] = sets.map(([path, type], i) => ({ path, type, hasPathScope: path !== '', values: { k: i, [`k${i}`]: i } }));
  return { ...readConfig(''), collectionsDir, defaults };
}

function agrees(config: SiteConfig, asked: [string, string, string][]): void {
  for (const [dir, name, type] of asked) {
    const path = dir ? `${dir}/${name}` : name;
    assert.deepEqual(cachedDefaultsFor(config, path, type), defaultsFor(config, path, type), `${path} (${type})`);
  }
}

test(`cachedDefaultsFor answers as defaultsFor does: plain scope paths (${RUNS} generated sites, seed ${SEED})`, () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(plainScope, scopeType), { minLength: 1, maxLength: 3 }), queries, (sets, asked) => agrees(configOf('', sets), asked)),
    { seed: SEED, numRuns: RUNS },
  );
});

test(`cachedDefaultsFor answers as defaultsFor does: globs and collections_dir too (${RUNS} generated sites, seed ${SEED + 1})`, () => {
  const set = fc.tuple(fc.oneof(plainScope, globScope), scopeType);
  fc.assert(
    fc.property(fc.constantFrom('', 'c'), fc.array(set, { minLength: 1, maxLength: 4 }), queries, (collectionsDir, sets, asked) => agrees(configOf(collectionsDir, sets), asked)),
    { seed: SEED + 1, numRuns: RUNS },
  );
});

test('cachedDefaultsFor answers as defaultsFor does: every pair of plain scopes, files folder by folder and back', () => {
  const scopes = ['', 'a', 'a/', 'ab', 'a/b', 'a/x', 'a/x.md', 'x.md', 'x.mx', 'x', 'b/a', 'a?', '/a'];
  const sets: [string, string | undefined][] = scopes.flatMap((path) => [[path, undefined] as [string, string | undefined], [path, 'pages']]);
  const folders = ['', 'a', 'b', 'ab', 'a/b', 'b/a'];
  const files = ['x.md', 'x.mx', 'y.md', 'a', 'ab.md'];
  const asked: [string, string, string][] = ['pages', 'posts'].flatMap((type) => folders.flatMap((dir) => files.map((name): [string, string, string] => [dir, name, type])));
  let configs = 0;
  for (const first of sets) {
    for (const second of sets) {
      const config = configOf('', [first, second]);
      agrees(config, asked);
      agrees(config, [...asked].reverse());
      configs++;
    }
  }
  assert.equal(configs, 26 * 26);
});

test('a one-character scope path tells the files at the root apart (the cache gave `x.md` the answer of `y.md`)', () => {
  const config = configOf('', [['x', undefined]]);
  assert.deepEqual(cachedDefaultsFor(config, 'y.md', 'pages'), {});
  assert.deepEqual(cachedDefaultsFor(config, 'x.md', 'pages'), { k: 0, k0: 0 });
});

test('a folder’s cached answer is not reused for a file a scope path reaches by its name', () => {
  const config = configOf('', [['a/x', undefined]]);
  assert.deepEqual(cachedDefaultsFor(config, 'a/y.md', 'pages'), {});
  assert.deepEqual(cachedDefaultsFor(config, 'a/x.md', 'pages'), { k: 0, k0: 0 });
  assert.deepEqual(cachedDefaultsFor(config, 'a/y.md', 'pages'), {});
});
