/**
 * `_data/authors.*` read as Jekyll 4.3.1 reads data files (DataReader#read_data_file: every file but
 * .csv and .tsv through its YAML loader, `.json` too). Each expected value is what
 * `{{ site.data.authors | jsonify }}` printed in a jekyll build of the same file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { authorsFromData } from '../../src/core/site/authors';

const row = (a: { login: string; name?: string; bio?: string }) => [a.login, a.name, a.bio];

test('a list of authors: the last of a key written twice, merge keys, YAML 1.1 scalars', () => {
  const source = '- login: ann\n  name: A\n  name: Ann B\n- &base\n  login: bob\n  bio: Writes\n- <<: *base\n  login: cy\n- login: dee\n  name: 1_000\n  bio: 0o17\n';
  // jekyll: [{"login":"ann","name":"Ann B"},{"login":"bob","bio":"Writes"},{"login":"cy","bio":"Writes"},{"login":"dee","name":1000,"bio":"0o17"}]
  assert.deepEqual(authorsFromData('_data/authors.yml', source).map(row), [
    ['ann', 'Ann B', undefined],
    ['bob', undefined, 'Writes'],
    ['cy', undefined, 'Writes'],
    ['dee', '1000', '0o17'],
  ]);
});

test('_data/authors.json holding YAML that is not JSON: read all the same', () => {
  // jekyll: {"ann":{"name":"Ann"}}
  assert.deepEqual(authorsFromData('_data/authors.json', 'ann: {name: Ann}\n').map(row), [['ann', 'Ann', undefined]]);
  // Neither JSON nor YAML: no authors (jekyll stops the build).
  assert.deepEqual(authorsFromData('_data/authors.json', '{"ann": [}\n'), []);
});

test('data_dir: my.json: authors.yml there is YAML, each login found where it is written', () => {
  // jekyll (data_dir: my.json, my.json/authors.yml): {"ann":{"name":"Ann"}}
  const source = '- login: ann\n  name: Ann\n';
  assert.deepEqual(authorsFromData('my.json/authors.yml', source).map((a) => [a.login, a.name, a.offset]), [['ann', 'Ann', source.indexOf('ann')]]);
});

test('names under display_name or full_name, a bio under about', () => {
  const source = 'ann:\n  display_name: Ann D\nbob:\n  full_name: Bob F\n  about: Likes tea\n';
  assert.deepEqual(authorsFromData('_data/authors.yml', source).map(row), [
    ['ann', 'Ann D', undefined],
    ['bob', 'Bob F', 'Likes tea'],
  ]);
});
