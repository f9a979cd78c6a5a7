import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { MemoryFileSystem } from '../../src/core/fs';
import { readConfig } from '../../src/core/site/config';
import { parseFrontMatter } from '../../src/core/site/frontMatter';
import { typePlainScalar } from '../../src/core/site/scalars';
import { SiteIndex } from '../../src/core/site/siteIndex';
import { describeValue, psychTable, PsychRow } from './psychValues';

// Each line of Psych's ScalarScanner at its edges: base-60 floats, signed binary and hexadecimal
// integers, exponents, `.inf`/`.nan` and null/boolean words that only start or end like them, a
// lone `.`, and time zones with minutes. Generated from Psych as Jekyll 4.3.1 calls it:
//   ruby test/conformance/ruby/scalars.rb < test/conformance/ruby/scalar-patterns-inputs.json \
//     > test/unit/fixtures/psych-scalar-patterns.json
// Values Psych cannot type at all (`0b_`, `-.e+1`, a tab between date and time, `:a`: Ruby
// raises, Jekyll logs "could not read file" and reads no front matter) are not in it: we do not
// model that error.
const table = psychTable('psych-scalar-patterns.json');

function expected(row: PsychRow): { type: string; value?: unknown } {
  // Ruby's Integer and a whole Float are a JavaScript number described as `number`; another finite Float as `float`.
  if (row.type === 'integer' || (row.type === 'float' && Number.isInteger(row.value))) return { type: 'number', value: row.value };
  return { type: row.type, value: row.value };
}

describe('plain scalars at the edges of each Psych pattern are typed as Jekyll types them', () => {
  it('the table holds only values Psych types (no error rows)', () => {
    assert.equal(table.length, 34);
    assert.deepEqual(table.filter((r) => r.type === 'error'), []);
  });
  for (const row of table) {
    it(`\`${row.input}\` is ${row.type} ${JSON.stringify(row.value)}`, () => {
      assert.deepEqual(describeValue(typePlainScalar(row.input)), expected(row));
      // The same as a post's front matter value (the parser's own fast path for plain values).
      assert.deepEqual(describeValue(parseFrontMatter(`---\nx: ${row.input}\n---\n`).data?.x), expected(row));
    });
  }
});

describe('a post dated in a zone written with minutes', () => {
  // jekyll build (4.3.1, timezone UTC, permalink /:year/:month/:day/:title/) of these two posts:
  //   date: 2014-06-04 23:45:00 -00:30 → _site/2014/06/04/minus-zero/, date printed 2014-06-04 23:15:00 +0000
  //   date: 2014-06-04 02:00:00 +05:30 → _site/2014/06/03/india/,      date printed 2014-06-03 20:30:00 +0000
  // Psych gives the minutes the sign of the hours as a number, and -00 is 0: `-00:30` is east.
  it('takes its URL day from the zone as Psych reads it', async () => {
    const fs = new MemoryFileSystem({
      '/s/_config.yml': 'timezone: UTC\npermalink: /:year/:month/:day/:title/\n',
      '/s/_posts/2014-06-04-minus-zero.md': '---\ntitle: a\ndate: 2014-06-04 23:45:00 -00:30\n---\n',
      '/s/_posts/2014-06-04-india.md': '---\ntitle: b\ndate: 2014-06-04 02:00:00 +05:30\n---\n',
    });
    const index = await SiteIndex.build(fs, '/s', readConfig('timezone: UTC\npermalink: /:year/:month/:day/:title/\n'));
    assert.equal(index.siteDocuments.all.get('_posts/2014-06-04-minus-zero.md')?.url, '/2014/06/04/minus-zero/');
    assert.equal(index.siteDocuments.all.get('_posts/2014-06-04-india.md')?.url, '/2014/06/03/india/');
  });
});

describe('a time Psych cannot read', () => {
  // `2014-06-04<TAB>15:27:59` matches Psych's TIME pattern, but its parse_time splits on space or
  // T only and then calls `match` on nil: a jekyll build (4.3.1) of such a post logs "could not read
  // file ...: undefined method `match' for nil:NilClass". We do not model that error; the promise
  // here is only that reading it does not throw.
  it('does not make the reader throw', () => {
    assert.doesNotThrow(() => typePlainScalar('2014-06-04\t15:27:59'));
    const parsed = parseFrontMatter('---\nx: 2014-06-04\t15:27:59\ntitle: t\n---\n');
    assert.equal(parsed.data?.title, 't');
  });
});
