import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { Finding } from '../../src/core/lint/types';
import { applyEdits, slice } from './helpers';
import { lintCase } from './ruleCases';

// What Jekyll makes of `tags` and `categories`, measured with jekyll 4.3.1 on a scratch site whose
// layout prints `{{ page.tags | jsonify }} {{ page.categories | jsonify }}`:
//   tags: php, symfony            → ["php,","symfony"]
//   tags: php,symfony, web,       → ["php,symfony,","web,"]
//   tags: 2024 / 2014-06-04 / {a: b} → []   (dropped)
//   tag: php + tags: [web]        → ["php"]
//   category: web + categories: [php] → categories ["php","web"]
//   tags: [[php]]                 → ["php"]  (flattened)
//   tags: [php, null, web]        → ["php","web"]; [php, null, null] → ["php"]
//   tags: " php, symfony "        → ["php,","symfony"]  (Ruby's split skips the spaces around)
//   tags: (empty)                 → []
//   list: &l [php, web] + tags: *l → ["php","web"]
//   categories: 2014-06-04        → "Error: could not read file …: no implicit conversion of Date into Array"
//   categories: {a: b}            → "Error: could not read file …: no implicit conversion of Hash into Array"

const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;

function lint(text: string, rule = 'tags-format'): { text: string; findings: Finding[] } {
  return { text, findings: lintCase({ text }, rule) };
}

function fixed(text: string, finding: Finding): string {
  const fix = finding.fixes?.[0];
  assert.ok(fix, 'a fix');
  return applyEdits(text, fix.edits);
}

describe('tags-format and categories-format say what Jekyll makes of the list', () => {
  it('comma-separated tags: the message lists the tags Jekyll reads, commas kept', () => {
    const { text, findings } = lint(fm('title: A\ntags: php, symfony'));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].message.template, 'Jekyll splits `{0}` on spaces, so the commas stay: it reads {1}.');
    assert.deepEqual(findings[0].message.args, ['tags', '`php,`, `symfony`']);
    assert.equal(findings[0].fixes?.[0].preferred, true);
    assert.equal(fixed(text, findings[0]), fm('title: A\ntags: [php, symfony]'));
  });

  it('commas without spaces and a trailing comma: Jekyll reads `php,symfony,` and `web,`; the fix keeps three tags', () => {
    const { text, findings } = lint(fm('title: A\ntags: php,symfony, web,'));
    assert.deepEqual(findings[0].message.args, ['tags', '`php,symfony,`, `web,`']);
    assert.equal(slice(text, findings[0].range), 'php,symfony, web,');
    assert.equal(fixed(text, findings[0]), fm('title: A\ntags: [php, symfony, web]'));
  });

  it('a quoted value with spaces around: the message names no empty tag', () => {
    const { findings } = lint(fm('title: A\ntags: " php, symfony "'));
    assert.deepEqual(findings[0].message.args, ['tags', '`php,`, `symfony`']);
  });

  it('an empty `tags:` and a list written through an alias: nothing to say', () => {
    assert.deepEqual(lint(fm('title: A\ntags:')).findings, []);
    assert.deepEqual(lint(fm('title: A\nlist: &l [php, web]\ntags: *l')).findings, []);
  });

  it('the fix writes a flow list in a file whose lists are flow lists', () => {
    const { text, findings } = lint(fm('title: A\nauthors: [marie]\ntags: php, symfony'));
    assert.equal(fixed(text, findings[0]), fm('title: A\nauthors: [marie]\ntags: [php, symfony]'));
  });

  it('the fix writes a block list with the indent of the file’s block lists', () => {
    const { text, findings } = lint(fm('title: A\nauthors:\n  - a\ntags: php, symfony'));
    assert.equal(fixed(text, findings[0]), fm('title: A\nauthors:\n  - a\ntags:\n  - php\n  - symfony'));
  });

  it('tag and tags: Jekyll uses `tag`', () => {
    const { text, findings } = lint(fm('title: A\ntag: php\ntags: [web]'));
    assert.equal(findings.length, 1);
    assert.equal(slice(text, findings[0].range), 'tag');
    assert.equal(findings[0].message.template, 'Both `tag` and `tags` are set: Jekyll uses `tag` and ignores `tags`.');
  });

  it('category and categories: Jekyll merges them', () => {
    const { text, findings } = lint(fm('title: A\ncategory: web\ncategories: [php]'), 'categories-format');
    assert.equal(findings.length, 1);
    assert.equal(slice(text, findings[0].range), 'category');
    assert.equal(findings[0].message.template, 'Both `category` and `categories` are set: Jekyll merges them, which is rarely meant.');
  });

  it('tags: 2024 is dropped (a warning, not the categories error)', () => {
    const { text, findings } = lint(fm('title: A\ntags: 2024'));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].severity, 'warning');
    assert.equal(findings[0].message.template, 'Jekyll drops `{0}` when it is a single value that is not text: write it as a list.');
    assert.equal(findings[0].fixes?.[0].preferred, true);
    assert.equal(fixed(text, findings[0]), fm("title: A\ntags: ['2024']"));
  });

  it('tags: 2014-06-04, a date, is dropped; the fix keeps the date as written', () => {
    const { text, findings } = lint(fm('title: A\ntags: 2014-06-04'));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].severity, 'warning');
    assert.equal(slice(text, findings[0].range), '2014-06-04');
    assert.equal(findings[0].message.template, 'Jekyll drops `{0}` when it is a single value that is not text: write it as a list.');
    assert.equal(findings[0].fixes?.[0].title.template, 'Write `{0}` as a list');
    assert.equal(findings[0].fixes?.[0].preferred, true);
    assert.equal(fixed(text, findings[0]), fm("title: A\ntags: ['2014-06-04']"));
  });

  it('categories: 2014-06-04 keeps Jekyll from reading the file: an error', () => {
    const { text, findings } = lint(fm('title: A\ncategories: 2014-06-04'), 'categories-format');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].severity, 'error');
    assert.equal(fixed(text, findings[0]), fm("title: A\ncategories: ['2014-06-04']"));
  });

  it('tags: {a: b}, a map, is dropped; no fix guesses the list', () => {
    const { text, findings } = lint(fm('title: A\ntags: {a: b}'));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].severity, 'warning');
    assert.equal(slice(text, findings[0].range), '{a: b}');
    assert.equal(findings[0].fixes, undefined);
  });

  it('categories: {a: b} keeps Jekyll from reading the file: an error', () => {
    const { findings } = lint(fm('title: A\ncategories: {a: b}'), 'categories-format');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].severity, 'error');
  });

  it('a list alone inside the list is flattened', () => {
    const { text, findings } = lint(fm('title: A\ntags: [[php]]'));
    assert.equal(findings.length, 1);
    assert.equal(slice(text, findings[0].range), '[php]');
    assert.equal(findings[0].message.template, 'A list inside `{0}` is flattened by Jekyll: write each value as its own item.');
  });

  it('a map inside the list', () => {
    const { text, findings } = lint(fm('title: A\ntags: [{a: b}, web]'));
    assert.equal(findings.length, 1);
    assert.equal(slice(text, findings[0].range), '{a: b}');
    assert.equal(findings[0].message.template, 'A `key: value` map inside `{0}` becomes unreadable text: write a plain value.');
  });

  it('empty items, which Jekyll leaves out, are neither maps nor duplicates', () => {
    assert.deepEqual(lint(fm('title: A\ntags: [php, null, web]')).findings, []);
    assert.deepEqual(lint(fm('title: A\ntags: [php, null, null]')).findings, []);
  });

  it('a duplicate in a block list: the fix removes its whole line; in a flow list, the item and the comma before it', () => {
    const block = lint(fm('title: A\ntags:\n- php\n- web\n- php'));
    assert.equal(block.findings[0].fixes?.[0].preferred, true);
    assert.equal(fixed(block.text, block.findings[0]), fm('title: A\ntags:\n- php\n- web'));
    // The removed line takes its comment with it; the line before keeps its own.
    const commented = lint(fm('title: A\ntags:\n- php # first\n- web\n- php # again'));
    assert.equal(fixed(commented.text, commented.findings[0]), fm('title: A\ntags:\n- php # first\n- web'));
    const flow = lint(fm('title: A\ntags: [php, web, php]'));
    assert.equal(fixed(flow.text, flow.findings[0]), fm('title: A\ntags: [php, web]'));
  });
});
