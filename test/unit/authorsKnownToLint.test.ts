/**
 * Which authors `jekyll-posts lint` knows (siteScan.readRegistries): the documents of the `authors`
 * collection, read as Jekyll 4.3.1 reads them, and `_data/authors.*`. What a post's `authors` list
 * is checked against shows in the `author-unknown` findings; where each author is defined is
 * what the editor's site index says too.
 *
 * The documents Jekyll reads: a jekyll build of the first site below, with a page printing
 * `{% for a in site.authors %}{{ a.relative_path }} slug={{ a.slug }} login={{ a.login }}{% endfor %}`,
 * printed `_authors/jean.dupont.md slug=jean.dupont`, `_authors/jo.html slug=jo login=joe` and
 * `_authors/marie.md slug=marie`: none of `.hidden.md`, `_under.md`, `#hash.md`, `~tilde.md`,
 * and nothing for the folder `team/` (it holds only `.keep`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintPaths } from '../../src/cli/lintCommand';
import { MemoryFileSystem } from '../../src/core/fs';
import { readConfig } from '../../src/core/site/config';
import { SiteIndex } from '../../src/core/site/siteIndex';

const settings = { now: new Date('2024-01-01T00:00:00Z'), timezone: 'UTC' };
const COLLECTION = 'title: T\ncollections:\n  authors:\n    output: false\n';

/** The site `files` (paths under /s) as `jekyll-posts lint` and the editor see it. */
async function scan(files: Record<string, string>): Promise<{ unknown: string[]; authors: Map<string, string>; registry: boolean; index: Map<string, string>; indexRegistry: boolean }> {
  const fs = new MemoryFileSystem(Object.fromEntries(Object.entries(files).map(([p, t]) => [`/s/${p}`, t])));
  const [site] = await lintPaths(fs, ['/s'], '/', { settings });
  const unknown = site.files.flatMap((f) => f.findings.filter((x) => x.rule === 'author-unknown').map((x) => `${f.file}: ${x.message.args[0]}`));
  const index = await SiteIndex.build(fs, '/s', readConfig(files['_config.yml']));
  const byLogin = (m: ReadonlyMap<string, { file: string }>): Map<string, string> => new Map([...m].map(([login, a]): [string, string] => [login, a.file]).sort());
  return { unknown, authors: byLogin(site.facts.authors), registry: site.facts.hasAuthorRegistry, index: byLogin(index.authors), indexRegistry: index.hasAuthorRegistry };
}

test('`_authors/` documents: known by their `login` or file name; hidden, special and folder entries are not authors', async () => {
  const special = '---\nlogin: ghost\n---\n';
  const site = await scan({
    '_config.yml': COLLECTION,
    '_authors/marie.md': '---\nname: Marie\n---\n',
    '_authors/jo.html': '---\nlogin: joe\n---\n',
    '_authors/jean.dupont.md': '---\n---\n',
    '_authors/.hidden.md': special,
    '_authors/_under.md': special,
    '_authors/#hash.md': special,
    '_authors/~tilde.md': special,
    '_authors/team/.keep': '',
    '_posts/2020-01-01-a.md': '---\ntitle: A\nauthors: [marie, joe, jean.dupont, jo, ghost, team, zed]\n---\n',
  });
  assert.equal(site.registry, true);
  assert.deepEqual(site.authors, new Map([['jean.dupont', '_authors/jean.dupont.md'], ['joe', '_authors/jo.html'], ['marie', '_authors/marie.md']]));
  assert.deepEqual(site.index, site.authors, 'the editor knows the same authors, defined in the same files');
  assert.deepEqual(site.unknown, ['_posts/2020-01-01-a.md: jo', '_posts/2020-01-01-a.md: ghost', '_posts/2020-01-01-a.md: team', '_posts/2020-01-01-a.md: zed']);
});

test('collections_dir: the documents of `my/_authors/`, defined in that folder', async () => {
  // jekyll (collections_dir: my): site.authors holds my/_authors/marie.md.
  const site = await scan({
    '_config.yml': `${COLLECTION}collections_dir: my\n`,
    'my/_authors/marie.md': '---\nname: Marie\n---\n',
    'my/_posts/2020-01-01-a.md': '---\ntitle: A\nauthors: [marie, zed]\n---\n',
  });
  assert.deepEqual(site.authors, new Map([['marie', 'my/_authors/marie.md']]));
  assert.deepEqual(site.index, site.authors);
  assert.deepEqual(site.unknown, ['my/_posts/2020-01-01-a.md: zed']);
});

test('each of `_data/authors.yml`, `.yaml` and `.json` alone is a registry', async () => {
  const sources: [string, string][] = [
    ['authors.yml', 'ann:\n  name: Ann\n'],
    ['authors.yaml', 'ann:\n  name: Ann\n'],
    ['authors.json', '{"ann": {"name": "Ann"}}\n'],
  ];
  for (const [name, source] of sources) {
    const site = await scan({ '_config.yml': 'title: T\n', [`_data/${name}`]: source, '_posts/2020-01-01-a.md': '---\ntitle: A\nauthors: [ann, zed]\n---\n' });
    assert.equal(site.registry, true, name);
    assert.deepEqual(site.authors, new Map([['ann', `_data/${name}`]]), name);
    assert.deepEqual(site.index, site.authors, name);
    assert.deepEqual(site.unknown, ['_posts/2020-01-01-a.md: zed'], name);
  }
});

test('an `_authors/` file whose first line is `---` and a no-break space has no front matter for Jekyll: not an author', async () => {
  // has_yaml_header? reads `---` then Ruby white space, ASCII only: jekyll build 4.3.1 leaves
  // `---\u00a0\nname: Nbsp\n---\n` out of site.authors (a static file).
  const site = await scan({ '_config.yml': COLLECTION, '_authors/nbsp.md': '---\u00a0\nname: Nbsp\n---\n', '_authors/bee.md': '---\nname: Bee\n---\n', '_posts/2020-01-01-a.md': '---\ntitle: A\nauthors: [bee, nbsp]\n---\n' });
  assert.deepEqual(site.authors, new Map([['bee', '_authors/bee.md']]));
  assert.deepEqual(site.index, site.authors);
  assert.deepEqual(site.unknown, ['_posts/2020-01-01-a.md: nbsp']);
});

test('with several `_data/authors.*` files, the one Jekyll reads: JSON, else .yml, else .yaml, whole', async () => {
  // jekyll build 4.3.1 with authors.yaml (marie, bob), authors.yml (marie, zoe) and authors.json (marie)
  // prints `{{ site.data.authors | jsonify }}` as the JSON file alone; without it, the .yml file alone.
  const files = {
    '_config.yml': 'title: T\n',
    '_data/authors.yaml': 'marie:\n  name: Marie YAML\nbob:\n  name: Bob\n',
    '_data/authors.yml': 'marie:\n  name: Marie Y\nzoe:\n  name: Zoe\n',
    '_posts/2020-01-01-a.md': '---\ntitle: A\nauthors: [marie, zoe, bob]\n---\n',
  };
  const all = await scan({ ...files, '_data/authors.json': '{"marie": {"name": "Marie J"}}\n' });
  assert.deepEqual(all.authors, new Map([['marie', '_data/authors.json']]));
  assert.deepEqual(all.index, all.authors);
  assert.deepEqual(all.unknown, ['_posts/2020-01-01-a.md: zoe', '_posts/2020-01-01-a.md: bob']);
  const noJson = await scan(files);
  assert.deepEqual(noJson.authors, new Map([['marie', '_data/authors.yml'], ['zoe', '_data/authors.yml']]));
  assert.deepEqual(noJson.index, noJson.authors);
});

test('a login both in `_authors/` and in `_data/authors.yml` is defined by its document', async () => {
  const site = await scan({
    '_config.yml': COLLECTION,
    '_authors/marie.md': '---\nname: Marie\n---\n',
    '_data/authors.yml': 'marie:\n  name: M.\nann:\n  name: Ann\n',
    '_posts/2020-01-01-a.md': '---\ntitle: A\nauthors: [marie, ann, zed]\n---\n',
  });
  assert.deepEqual(site.authors, new Map([['ann', '_data/authors.yml'], ['marie', '_authors/marie.md']]));
  assert.deepEqual(site.index, site.authors);
  assert.deepEqual(site.unknown, ['_posts/2020-01-01-a.md: zed']);
});

test('a site with no `_authors/` and no `_data/authors.*` has no registry: no login is unknown', async () => {
  const site = await scan({ '_config.yml': 'title: T\n', '_data/people.yml': 'zed:\n  name: Z\n', '_posts/2020-01-01-a.md': '---\ntitle: A\nauthors: [zed]\n---\n' });
  assert.equal(site.registry, false);
  assert.deepEqual(site.authors, new Map());
  assert.deepEqual(site.unknown, []);
});

test('documents in folders of `_authors/` are authors; backups, special names at the top or as file names, and files without front matter are not', async () => {
  // jekyll build: site.authors lists _authors/crlf.md (`---  ` and CRLF), marie.md, team/.x/bo.md,
  // team/_y/cy.md and team/ann.md; `site.static_files` holds bom.md (a BOM before `---`) and nofm.md; no trace of
  // backup.md~, team/_dd.md or _t/ee.md.
  const fm = '---\nname: N\n---\n';
  const site = await scan({
    '_config.yml': COLLECTION,
    '_authors/marie.md': fm,
    '_authors/team/ann.md': fm,
    '_authors/team/.x/bo.md': fm,
    '_authors/team/_y/cy.md': fm,
    '_authors/team/_dd.md': fm,
    '_authors/backup.md~': fm,
    '_authors/_t/ee.md': fm,
    '_authors/nofm.md': 'no front matter\n',
    '_authors/bom.md': `\ufeff${fm}`,
    '_authors/crlf.md': '---  \r\nname: C\r\n---\r\n',
    '_posts/2020-01-01-a.md': '---\ntitle: A\nauthors: [marie, ann, bo, cy, crlf, dd, backup, ee, nofm, bom]\n---\n',
  });
  assert.deepEqual(site.authors, new Map([['ann', '_authors/team/ann.md'], ['bo', '_authors/team/.x/bo.md'], ['crlf', '_authors/crlf.md'], ['cy', '_authors/team/_y/cy.md'], ['marie', '_authors/marie.md']]));
  assert.deepEqual(site.unknown, ['dd', 'backup', 'ee', 'nofm', 'bom'].map((login) => `_posts/2020-01-01-a.md: ${login}`));
});

test('`_authors/` without an `authors` collection is not read; `data_dir` holds `authors.yml`', async () => {
  // jekyll build (no collections, data_dir: /people/): site.authors is nil, site.data.authors {"ann":{"name":"Ann"}}.
  const site = await scan({
    '_config.yml': 'title: T\ndata_dir: /people/\n',
    '_authors/marie.md': '---\nname: Marie\n---\n',
    'people/authors.yml': 'ann:\n  name: Ann\n',
    '_posts/2020-01-01-a.md': '---\ntitle: A\nauthors: [ann, marie]\n---\n',
  });
  assert.deepEqual(site.authors, new Map([['ann', 'people/authors.yml']]));
  assert.deepEqual(site.index, site.authors, 'the editor knows the same authors');
  assert.deepEqual(site.unknown, ['_posts/2020-01-01-a.md: marie']);
  const none = await scan({ '_config.yml': 'title: T\n', '_authors/marie.md': '---\nname: Marie\n---\n', '_posts/2020-01-01-a.md': '---\ntitle: A\nauthors: [zed]\n---\n' });
  assert.equal(none.registry, false);
  assert.equal(none.indexRegistry, false);
  assert.deepEqual(none.unknown, []);
});

test('an `authors` collection is a registry even before it has a document, as in the editor', async () => {
  // Not a Jekyll answer: the project's choice that a site which configures the collection keeps its authors there.
  const site = await scan({ '_config.yml': COLLECTION, '_posts/2020-01-01-a.md': '---\ntitle: A\nauthors: [zed]\n---\n' });
  assert.equal(site.registry, true);
  assert.equal(site.indexRegistry, true);
  assert.deepEqual(site.unknown, ['_posts/2020-01-01-a.md: zed']);
});
