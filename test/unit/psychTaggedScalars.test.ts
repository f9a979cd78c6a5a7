import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseFrontMatter } from '../../src/core/site/frontMatter';
import { describeValue, psychTable, PsychRow } from './psychValues';

// A value with a YAML tag, as Psych types it for Jekyll 4.3.1: every tag but `!!str` (and the
// `!!float`/`!!binary`/`!ruby/...` it converts itself) types the text as a plain value, quoted or
// not (`!!null 12` is 12, `!!int "42"` is 42, `!foo 'false'` is false). Generated from Psych:
//   ruby test/conformance/ruby/scalars.rb < test/conformance/ruby/tagged-scalars-inputs.json \
//     > test/unit/fixtures/psych-tagged-scalars.json
// A jekyll build of posts holding `val: !!null en/x/`, `!!int 42`, `!!bool true`, `!!null ""` and
// `!!str 42` prints them (`{{ page.val | inspect }}`) as "en/x/", 42, true, nil and "42".
const table = psychTable('psych-tagged-scalars.json');

function expected(row: PsychRow): { type: string; value?: unknown } {
  // Ruby's Integer and a whole Float are a JavaScript number described as `number`.
  if (row.type === 'integer' || (row.type === 'float' && Number.isInteger(row.value))) return { type: 'number', value: row.value };
  return row.type === 'null' ? { type: 'null' } : { type: row.type, value: row.value };
}

describe('a tagged front matter value is typed as Psych types it for Jekyll', () => {
  it('the table holds the 39 inputs, none of them a Psych error', () => {
    assert.equal(table.length, 39);
    assert.deepEqual(table.filter((r) => r.type === 'error'), []);
  });
  for (const row of table) {
    it(`\`${row.input.replace(/\n/g, '\\n')}\` is ${row.type} ${JSON.stringify(row.value)}`, () => {
      const parsed = parseFrontMatter(`---\nx: ${row.input}\ntitle: t\n---\n`);
      assert.deepEqual(parsed.problems, []);
      assert.deepEqual(describeValue(parsed.data?.x), expected(row));
      assert.deepEqual(describeValue(parsed.fields.get('x')?.value), expected(row));
    });
  }
  it('inside a list and a map as well', () => {
    const parsed = parseFrontMatter('---\ntags: [!!int 42, !!str 42, !foo true]\nauthor: {id: !!null 12}\n---\n');
    assert.deepEqual(parsed.data?.tags, [42, '42', true]);
    assert.deepEqual({ ...(parsed.data?.author as object) }, { id: 12 });
  });
});
