import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { frontMatterData, MAX_NESTING, parseFrontMatter, parseYamlValue } from '../../src/core/site/frontMatter';
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

/** A value read, as plain JSON (our maps have no prototype; Ruby's Date is described apart). */
function json(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

// A merge key `<<` as Psych.safe_load reads it (ruby -ryaml -e 'p YAML.safe_load(TEXT,
// permitted_classes: [Date, Time], aliases: true)'): a map, an alias of one or a list of maps is
// merged, quoted `<<` too but not `!!str <<`; any other value, or a list holding any but maps
// (Hash#merge! raises TypeError, which Psych rescues), is kept as the value of the key `<<`.
describe('a merge key is read as Psych reads it', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['<<: x\nc: 3', { '<<': 'x', c: 3 }],
    ['<<: [{a: 1}, x]\nc: 3', { '<<': [{ a: 1 }, 'x'], c: 3 }],
    ['<<: [{a: 1}, [1, 2]]\nc: 3', { '<<': [{ a: 1 }, [1, 2]], c: 3 }],
    ['<<: [{a: 1}, ~]\nc: 3', { '<<': [{ a: 1 }, null], c: 3 }],
    ['<<: [1, 2]\nc: 3', { '<<': [1, 2], c: 3 }],
    ['<<: ~\nc: 3', { '<<': null, c: 3 }],
    ['<<: []\nc: 3', { c: 3 }],
    ['"<<": {a: 1}\nc: 3', { a: 1, c: 3 }],
    ["'<<': {a: 1}\nc: 3", { a: 1, c: 3 }],
    ['"\\x3c<": {a: 1}\nc: 3', { a: 1, c: 3 }],
    ['!!str <<: {a: 1}\nc: 3', { '<<': { a: 1 }, c: 3 }],
    ['b: 0\n<<: {a: 1, b: 2}\nc: 3', { b: 2, a: 1, c: 3 }],
    ['<<: [{a: 1, b: 1}, {a: 2, c: 2}]', { a: 1, c: 2, b: 1 }],
  ];
  for (const [yaml, expected] of cases) {
    it(`\`${yaml.replace(/\n/g, '\\n')}\``, () => {
      const parsed = parseFrontMatter(`---\n${yaml}\n---\n`);
      assert.deepEqual(parsed.problems, []);
      assert.deepEqual(json(parsed.data), expected);
    });
  }
  it('a list holding a date is kept, the date a Date', () => {
    const parsed = parseFrontMatter('---\n<<: [{a: 1}, 2020-01-01]\nc: 3\n---\n');
    const kept = parsed.data?.['<<'] as unknown[];
    assert.deepEqual(Object.keys(parsed.data ?? {}), ['<<', 'c']);
    assert.deepEqual(json(kept[0]), { a: 1 });
    assert.deepEqual(describeValue(kept[1]), { type: 'date', value: '2020-01-01' });
  });
  it('a date alone is kept as well', () => {
    const parsed = parseFrontMatter('---\n<<: 2020-01-01\nc: 3\n---\n');
    assert.deepEqual(describeValue(parsed.data?.['<<']), { type: 'date', value: '2020-01-01' });
  });
});

// Psych reads an empty key as nil (`?\n: a` is {nil=>"a", "b"=>1}), which Jekyll's data holds; we
// name it ''.
describe('an empty key', () => {
  for (const yaml of ['?\n: a\nb: 1', '{? : a, b: 1}']) {
    it(`\`${yaml.replace(/\n/g, '\\n')}\` is the key '' beside b`, () => {
      const parsed = parseFrontMatter(`---\n${yaml}\n---\n`);
      assert.deepEqual(parsed.problems, []);
      assert.deepEqual(json(parsed.data), { '': 'a', b: 1 });
    });
  }
});

// A plain key is typed as Psych types it, a quoted one is its text (ruby YAML.safe_load:
// `"1_000": q` is {"1_000"=>"q"}, `1_000: p` is {1000=>"p"}, `"~": r` is {"~"=>"r"}, `~: s` is
// {nil=>"s"}, named '' here).
describe('a key is typed only when plain', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['"1_000": q', { '1_000': 'q' }],
    ['1_000: p', { '1000': 'p' }],
    ['"~": r', { '~': 'r' }],
    ['~: s', { '': 's' }],
  ];
  for (const [yaml, expected] of cases) {
    it(`\`${yaml}\``, () => {
      const parsed = parseFrontMatter(`---\n${yaml}\n---\n`);
      assert.deepEqual(parsed.problems, []);
      assert.deepEqual(json(parsed.data), expected);
    });
  }
});

describe('a field tells how its value is written', () => {
  it('an alias, a flow map and a block map', () => {
    const parsed = parseFrontMatter('---\nb0: &a x\nb: *a\nm: {x: 1}\nn:\n  x: 1\n---\n');
    assert.deepEqual(
      [...parsed.fields].map(([key, field]) => [key, field.style]),
      [['b0', 'plain'], ['b', 'alias'], ['m', 'flow-map'], ['n', 'block-map']],
    );
  });
  it('an explicit key without a value (Psych: `? a` is {"a"=>nil}) is empty', () => {
    const parsed = parseFrontMatter('---\n? a\nb: 1\n---\n');
    assert.deepEqual(json(parsed.data), { a: null, b: 1 });
    assert.deepEqual(
      [...parsed.fields].map(([key, field]) => [key, field.style]),
      [['a', 'empty'], ['b', 'plain']],
    );
  });
});

describe('frontMatterData without a closed front matter', () => {
  it('a file without front matter: not opened, no data, answered by the line scanner', () => {
    assert.deepEqual({ ...frontMatterData('title: a\n') }, { opened: false, data: undefined, fast: true });
  });
  it('an unclosed front matter: opened, no data (Jekyll reads none), answered by the line scanner', () => {
    assert.deepEqual({ ...frontMatterData('---\ntitle: a\n') }, { opened: true, data: undefined, fast: true });
  });
});

// parseYamlValue reads a data file; Psych raises on a syntax error (`a: [`), and our own limit
// MAX_NESTING (the converter recurses) refuses a deeper document, which Psych would read.
describe('parseYamlValue', () => {
  const nested = (n: number) => '['.repeat(n) + ']'.repeat(n);
  it('refuses a document that does not parse', () => {
    assert.equal(parseYamlValue('a: ['), undefined);
  });
  it(`reads lists nested ${MAX_NESTING} deep and refuses ${MAX_NESTING + 1} (our limit)`, () => {
    assert.equal(JSON.stringify(parseYamlValue(nested(MAX_NESTING))), nested(MAX_NESTING));
    assert.equal(parseYamlValue(nested(MAX_NESTING + 1)), undefined);
  });
});
