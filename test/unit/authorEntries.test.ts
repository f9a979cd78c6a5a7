// The authors users see in hovers and completions: name, bio and links read from an `_authors/`
// document's front matter or a `_data/authors.*` registry, and where each login is written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { authorFromDocument, authorsFromData, isAuthorsDataFile } from '../../src/core/site/authors';

test('an _authors/ document: first non-blank name and bio key, trimmed; links from flat keys and links:/social: maps', () => {
  assert.deepEqual(authorFromDocument('_authors/ann.md', 'ann', { title: 'Dr Ann' }).name, 'Dr Ann');
  const ann = authorFromDocument('_authors/ann.md', 'ann', {
    name: '',
    display_name: { nested: 'map' },
    fullname: '  Ann Smith  ',
    bio: null,
    description: 42,
    links: { github: 'ann-gh', blank: ' ' },
    social: { mastodon: '@ann@x.social' },
    twitter: 'ann_tw',
  });
  assert.deepEqual(ann, {
    login: 'ann',
    name: 'Ann Smith',
    bio: '42',
    links: { github: 'ann-gh', mastodon: '@ann@x.social', twitter: 'ann_tw' },
    file: '_authors/ann.md',
  });
  assert.equal(authorFromDocument('_authors/b.md', 'b', { login: 'bee' }).login, 'bee');
});

test('isAuthorsDataFile: authors.yml, .yaml, .json only', () => {
  const cases: Array<[string, boolean]> = [['authors.yml', true], ['Authors.YAML', true], ['authors.json', true], ['authors.yml.bak', false], ['my-authors.yml', false], ['authors.toml', false]];
  for (const [name, expected] of cases) assert.equal(isAuthorsDataFile(name), expected, name);
});

test('_data/authors.yml as a map: each login at its key, after a BOM too, even when the login is also a value', () => {
  const source = '\ufeffbob:\n  name: ann\nann:\n  name: Ann\n  social:\n    github: ann\n';
  const authors = authorsFromData('_data/authors.yml', source);
  assert.deepEqual(authors.map((a) => [a.login, a.name, a.links, a.offset]), [
    ['bob', 'ann', {}, source.indexOf('bob')],
    ['ann', 'Ann', { github: 'ann' }, source.indexOf('ann:')],
  ]);
});

test('_data/authors.yml as a list: login (or id), entries without one or not maps skipped; offsets of dotted logins', () => {
  const source = '- name: Nobody\n- ~\n- plain\n- login: a.b\n  name: A B\n- id: cid\n  bio: C\n';
  const authors = authorsFromData('_data/authors.yml', source);
  assert.deepEqual(authors.map((a) => [a.login, a.name, a.bio, a.offset]), [
    ['a.b', 'A B', undefined, source.indexOf('a.b')],
    ['cid', undefined, 'C', source.indexOf('cid')],
  ]);
  assert.deepEqual(authorsFromData('_data/authors.yml', '42'), []);
  assert.deepEqual(authorsFromData('_data/authors.json', '[{"login": "j.k", "name": "J"}]').map((a) => [a.login, a.offset]), [['j.k', '[{"login": '.length]]);
});
