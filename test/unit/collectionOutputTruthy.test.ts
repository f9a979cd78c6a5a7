import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig } from '../../src/core/site/config';
import { documentVerdict } from '../../src/core/site/siteModel';

// Collection#write? is `!!metadata.fetch("output", false)`: any value but nil and false writes the
// collection. jekyll build 4.3.1 of `collections: {stuff: {output: V}}` and _stuff/one.md
// (`---\n---\nx\n`) writes _site/stuff/one.html for V = "yes", 1 and "false" (quoted: a string),
// and nothing for ~, false and no. We wrote the collection only for `true`.

const settings = { now: new Date('2026-12-05T23:00:00Z'), drafts: false, machineZone: 'UTC' };
const verdict = (value: string) => documentVerdict('_stuff/one.md', '---\n---\nx\n', readConfig(`collections:\n  stuff:\n    output: ${value}\n`), settings);

test('a collection whose output is any value but nil or false is written', () => {
  for (const value of ['"yes"', '1', '"false"', 'true']) {
    assert.equal(verdict(value)?.written, true, value);
    assert.equal(verdict(value)?.url, '/stuff/one.html', value);
  }
  for (const value of ['~', 'false', 'no']) {
    assert.equal(verdict(value)?.written, false, value);
    assert.equal(verdict(value)?.reason, 'collection output is false', value);
  }
});
