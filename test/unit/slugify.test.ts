import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugify, transliterate } from '../../src/core/site/slugify';

interface SlugifyTable {
  cases: { input: string; results: Record<string, string | null> }[];
}

const table: SlugifyTable = JSON.parse(readFileSync(join(__dirname, '../../../test/unit/fixtures/ruby-slugify.json'), 'utf8'));

test('slugify gives what Jekyll 4.3.1 Utils.slugify gives for every input, mode and casing of the Ruby table', () => {
  const failures: string[] = [];
  for (const c of table.cases) {
    for (const [key, expected] of Object.entries(c.results)) {
      const [modeName, cased] = key.split('+');
      const mode = modeName === 'nil' ? undefined : modeName;
      const actual = slugify(c.input, { mode, cased: cased === 'cased' });
      if (actual !== expected) failures.push(`${JSON.stringify(c.input)} ${key}: Ruby ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
  }
  assert.deepEqual(failures, []);
});

const cases: { name: string; input: string | null; mode?: string; cased?: boolean; expected: string | null }[] = [
  { name: 'a nil input stays nil', input: null, expected: null },
  { name: 'the default mode replaces punctuation runs with one hyphen', input: 'Hello, World!', expected: 'hello-world' },
  { name: 'pretty keeps the characters that are safe in a URL', input: "Hello, World!", mode: 'pretty', expected: 'hello,-world!' },
  { name: 'pretty cased keeps capitals and accents (the :title placeholder)', input: 'Été à Paris', mode: 'pretty', cased: true, expected: 'Été-à-Paris' },
  { name: 'latin transliterates accents', input: 'Été à Paris', mode: 'latin', expected: 'ete-a-paris' },
  { name: 'ascii drops accented letters', input: 'Été à Paris', mode: 'ascii', expected: 't-paris' },
  { name: 'raw only replaces whitespace and keeps one extra hyphen at each end', input: '--a b--', mode: 'raw', expected: '-a-b-' },
  { name: 'an unknown mode only downcases', input: 'A B!', mode: 'nope', expected: 'a b!' },
  { name: 'the Greek capital sigma downcases without a final form, as in Ruby', input: 'ΟΔΟΣ', mode: 'raw', expected: 'οδοσ' },
];

for (const c of cases) {
  test(`slugify: ${c.name}`, () => {
    assert.equal(slugify(c.input, { mode: c.mode, cased: c.cased }), c.expected);
  });
}

test('transliterate turns letters it has no approximation for into question marks', () => {
  assert.equal(transliterate('Ærø 日本'), 'AEro ??');
});

test('a missing value (a post without the key) gives null, as a nil title gives nil in Ruby', () => {
  assert.equal(slugify(undefined), null);
  assert.equal(slugify(undefined, { mode: 'pretty', cased: true }), null);
});
