import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { readConfig } from '../../src/core/site/config';
import { classifyPath, isExcluded } from '../../src/core/site/post';

/**
 * Which files `exclude` and `include` keep Jekyll from reading. Every expectation comes from
 * `jekyll build` (Jekyll 4.3.1) of a scratch site with exactly this `_config.yml` and these files,
 * each with front matter: "read" files had an output in `_site`, the others had none. Site 3 read
 * only keep.txt; site 4 only sub/b.md, sub/x/a.md and xy.md.
 *
 * Each test reads its own configuration: the compiled `exclude` matcher is cached per
 * configuration, and a test that reused another's would not run the code that builds it.
 */
const read = (yaml: string, path: string): boolean => classifyPath(path, readConfig(yaml)) !== undefined;

function expectRead(yaml: string, readPaths: string[], skipped: string[]): void {
  for (const path of readPaths) assert.equal(read(yaml, path), true, `${JSON.stringify(path)} is read`);
  for (const path of skipped) assert.equal(read(yaml, path), false, `${JSON.stringify(path)} is not read`);
}

/** Scratch site 1. */
const S1 = 'exclude: ["docs", "a+b*", "n?tes.md", "*.txt", "keep.md", "/lead", "trail/", "doc/s"]\ninclude: ["keep.md"]\n';
/** Scratch site 2. */
const S2 = 'exclude: ["docs"]\ninclude: [""]\n';
/** Scratch site 3. */
const S3 = 'exclude: ["docs", "*.txt", "/"]\ninclude: ["do", "keep*"]\n';
/** Scratch site 4. */
const S4 = 'exclude: ["sub/*/", "deep/*", "x/"]\n';
/** Scratch site 5: read docs/a.md, docs/b.md, sub/keep.md, sub/other.md. */
const S5 = 'exclude: ["docs/a.md", "sub/k"]\ninclude: ["docs/a.md", "k"]\n';

describe('exclude: a literal entry skips every path that starts with it', () => {
  it('`docs` skips docs/, docs-old/ and docsy.md, not sub/docs/', () => {
    expectRead(S1, ['sub/docs/a.md'], ['docs/a.md', 'docs-old/a.md', 'docsy.md']);
  });

  it('the default excludes are prefixes too: Gemfile-notes.md and node_modules2/ are not read', () => {
    expectRead(S1, [], ['Gemfile-notes.md', 'node_modules2/a.md']);
  });

  it('`doc/s` skips doc/s.md, not doc/t.md', () => {
    expectRead(S1, ['doc/t.md'], ['doc/s.md']);
  });

  it('one leading slash is dropped: `/lead` skips lead/ and leadx/', () => {
    expectRead(S1, [], ['lead/a.md', 'leadx/a.md']);
  });

  it('a trailing slash stays: `trail/` skips trail/, not trailx/; `x/` skips x/, not xy.md', () => {
    expectRead(S1, ['trailx/a.md'], ['trail/a.md']);
    expectRead(S4, ['xy.md'], ['x/a.md']);
  });

  it('`/` skips every name include does not list, in every folder', () => {
    expectRead(S3, ['keep.txt'], ['docs/a.md', 'other.txt', 'plain.md', 'sub/plain.md', '.htaccess']);
  });
});

describe('exclude: a glob is File.fnmatch over the path from the site root', () => {
  it('`*` matches any run of characters, line breaks included; the dot is literal', () => {
    expectRead(S1, ['notestxt/a.md'], ['a.txt', 'we\nird.txt']);
  });

  it('`?` matches exactly one character', () => {
    expectRead(S1, ['ntes.md'], ['notes.md', 'nXtes.md']);
  });

  it('regular expression characters are literal: `a+b*` skips a+bc.md, not abc.md', () => {
    expectRead(S1, ['abc.md'], ['a+bc.md']);
  });

  it('`*` crosses folders: `deep/*` skips deep/y/z.md', () => {
    expectRead(S4, [], ['deep/y/z.md']);
  });

  it('a glob ending in `/` matches nothing: `sub/*/` skips neither sub/x/a.md nor sub/b.md', () => {
    expectRead(S4, ['sub/x/a.md', 'sub/b.md'], []);
  });
});

describe('include beats exclude', () => {
  it('an entry in both lists is read (keep.md)', () => {
    expectRead(S1, ['keep.md'], []);
    expectRead(S5, ['docs/a.md', 'docs/b.md'], []);
  });

  it('include matches the name in its folder: `k` reads sub/keep.md, and folder sub/k2 but not its a.md', () => {
    expectRead(S5, ['sub/keep.md', 'sub/other.md'], ['sub/k2/a.md']);
  });

  it('an include prefix reads a folder exclude lists, not what is inside it (`do` against `/`)', () => {
    const config = readConfig(S3);
    assert.equal(isExcluded('docs', config), false);
    assert.equal(isExcluded('docs/a.md', config), true);
  });

  it('`include: [""]` reads every name: special, backup, excluded and default-excluded ones', () => {
    expectRead(S2, ['docs/a.md', '.hidden.md', '_foo/a.md', '#x.md', 'b.md~', 'node_modules/a.md', 'plain.md'], []);
  });
});
