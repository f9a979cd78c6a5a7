import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseFrontMatter } from '../../src/core/site/frontMatter';
import { typePlainScalar } from '../../src/core/site/scalars';
import { YamlTimestamp } from '../../src/core/site/timestamp';
import { keyCompletionDetails } from './keyCompletionDetails';

// Expected values from Ruby 3.1's Psych as Jekyll 4.3.1 (Debian) reads front matter,
// `Psych.safe_load(yaml, permitted_classes: [Date, Time], aliases: true)`, and from a jekyll build
// printing `{{ page.x | inspect }}` for each (the same answers):
//   2001-12-14 2001-12-14 21:59:43 → String     2001-12-14 21:59:43 junk → String
//   2001-12-14 21:59:43 +5         → Time 2001-12-14 21:59:43 +0500
//   12001-12-14 → String   2001-10-14 → Date   2001-12-31 → Date   2001-13-01 → String
//   1.5:30 → String        1:5 → Integer 3900
const CASES: [string, string, unknown][] = [
  ['2001-12-14 2001-12-14 21:59:43', 'string', '2001-12-14 2001-12-14 21:59:43'],
  ['2001-12-14 21:59:43 junk', 'string', '2001-12-14 21:59:43 junk'],
  ['2001-12-14 21:59:43 +5', 'time', '2001-12-14T16:59:43Z'],
  ['12001-12-14', 'string', '12001-12-14'],
  ['2001-10-14', 'date', '2001-10-14'],
  ['2001-12-31', 'date', '2001-12-31'],
  ['2001-13-01', 'string', '2001-13-01'],
  ['1.5:30', 'string', '1.5:30'],
  ['1:5', 'number', 3900],
];

function typed(value: unknown): [string, unknown] {
  if (value instanceof YamlTimestamp) {
    if (value.kind === 'date') return ['date', `${value.civil.year}-${String(value.civil.month).padStart(2, '0')}-${String(value.civil.day).padStart(2, '0')}`];
    return ['time', new Date(value.epochSeconds() * 1000).toISOString().replace('.000Z', 'Z')];
  }
  return [typeof value, value];
}

describe('plain scalars at the edges of Psych’s patterns, typed as Jekyll reads them', () => {
  for (const [input, type, value] of CASES) {
    it(`\`${input}\` is a ${type}`, () => {
      assert.deepEqual(typed(typePlainScalar(input)), [type, value]);
      // The same through the front matter parser, as a post's `x:` value.
      assert.deepEqual(typed(parseFrontMatter(`---\nx: ${input}\n---\n`).data?.x), [type, value]);
    });
  }
});

describe('default values as completions show them', () => {
  it('a list and a map from `defaults`', async () => {
    const config = 'defaults:\n  - scope: {path: ""}\n    values: {tags: [php, 2024], sidebar: {nav: docs}}\n';
    const detail = await keyCompletionDetails(config);
    assert.equal(detail('tags'), 'Default: ["php", 2024]');
    assert.equal(detail('sidebar'), 'Default: {…}');
  });
});
