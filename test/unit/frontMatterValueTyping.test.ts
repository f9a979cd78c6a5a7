import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseFrontMatter } from '../../src/core/site/frontMatter';
import { describeValue, psychTable } from './psychValues';

// A `!!float` value whose text Psych leaves a string (no `.`, or padded) is Ruby's Float() of it:
// digits grouped by underscores in the whole, fraction and exponent parts, a signed exponent.
// Generated from Psych:
//   ruby test/conformance/ruby/scalars.rb < test/conformance/ruby/float-tag-inputs.json \
//     > test/unit/fixtures/psych-float-tag.json
const floats = psychTable('psych-float-tag.json');

describe('a !!float value is read as Ruby reads its text', () => {
  it('the table holds the 9 inputs, each a float', () => {
    assert.equal(floats.length, 9);
    assert.deepEqual(floats.filter((r) => r.type !== 'float'), []);
  });
  for (const row of floats) {
    it(`\`${row.input}\` is ${JSON.stringify(row.value)}`, () => {
      const parsed = parseFrontMatter(`---\nx: ${row.input}\n---\n`);
      assert.deepEqual(parsed.problems, []);
      // Ruby's Float is a JavaScript number; a whole one is described as `number`.
      const type = Number.isInteger(row.value) ? 'number' : 'float';
      assert.deepEqual(describeValue(parsed.data?.x), { type, value: row.value });
    });
  }
});

describe('reading front matter leaves the process as it found it', () => {
  it('Error.stackTraceLimit is restored after a parse, also one with errors', () => {
    const before = Error.stackTraceLimit;
    parseFrontMatter('---\ntitle: [a\nb: {\n---\n');
    parseFrontMatter('---\ntitle: a\n---\n');
    assert.equal(Error.stackTraceLimit, before);
    assert.notEqual(before, 0);
  });
});
