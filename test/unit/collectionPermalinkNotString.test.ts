import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig } from '../../src/core/site/config';
import { documentVerdict } from '../../src/core/site/siteModel';

// A collection whose `permalink` is no string: Collection#url_template hands it to Jekyll's URL code,
// which crashes (`jekyll build --trace` 4.3.1: NoMethodError "undefined method `gsub' for 42:Integer",
// or ArgumentError "One of :template or :permalink must be supplied." for an empty one) for each
// document it writes without a permalink of its own; the build stops, nothing is written. Built one
// document at a time, `---\n<front matter>\n---\nx\n`:
//   stuff permalink 42:    no permalink, `permalink: ~`, `permalink: false`: crash; `permalink: /own/`: _site/own/index.html;
//                          `published: false`, or the collection's `output: false`: built, nothing written
//   stuff permalink ~:     no permalink: crash; `permalink: /own/`: _site/own/index.html
//   stuff permalink false, [a]: as 42 (crash without a permalink, or with ~ or false; _site/own/index.html with /own/)
//   posts permalink 42: crash; ~ or false: _site/2014/06/04/a.html (configuration.rb gives posts the site's style)
// We used the collection's default URL.

const settings = { now: new Date('2026-12-05T23:00:00Z'), drafts: false, machineZone: 'UTC' };
const stuff = (permalink: string, output = 'true') => readConfig(`collections:\n  stuff:\n    output: ${output}\n    permalink: ${permalink}\n`);
const doc = (config: ReturnType<typeof readConfig>, frontMatter: string, path = '_stuff/one.md') => documentVerdict(path, `---\n${frontMatter}\n---\nx\n`, config, settings);

test('a collection permalink that is no string stops the build for a document without a permalink of its own', () => {
  for (const [value, shown] of [['42', '42'], ['~', ''], ['false', 'false'], ['[a]', '["a"]']]) {
    for (const own of ['', 'permalink: ~', 'permalink: false']) {
      const verdict = doc(stuff(value), own);
      assert.equal(verdict?.fatal, `collections.stuff.permalink is not a string: ${shown}`, `${value} / ${own}`);
      assert.equal(verdict?.written, false);
      assert.equal(verdict?.url, undefined);
    }
  }
});

test('a document with a permalink of its own, or one not written, does not reach the collection permalink', () => {
  for (const value of ['42', '~']) {
    const own = doc(stuff(value), 'permalink: /own/');
    assert.equal(own?.url, '/own/');
    assert.equal(own?.written, true);
    assert.equal(own?.fatal, undefined);
  }
  const unpublished = doc(stuff('42'), 'published: false');
  assert.equal(unpublished?.fatal, undefined);
  assert.equal(unpublished?.reason, 'published is falsy');
  const hidden = doc(stuff('42', 'false'), '');
  assert.equal(hidden?.fatal, undefined);
  assert.equal(hidden?.reason, 'collection output is false');
});

test('posts take the site style in place of an empty or false permalink, and crash on a number', () => {
  const posts = (value: string) => doc(readConfig(`collections:\n  posts:\n    permalink: ${value}\n`), '', '_posts/2014-06-04-a.md');
  assert.equal(posts('~')?.url, '/2014/06/04/a.html');
  assert.equal(posts('false')?.url, '/2014/06/04/a.html');
  assert.equal(posts('42')?.fatal, 'collections.posts.permalink is not a string: 42');
  assert.equal(posts('42')?.written, false);
});
