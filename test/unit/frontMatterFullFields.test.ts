import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseFrontMatter, parseFrontMatterFast } from '../../src/core/site/frontMatter';
import { slice } from './helpers';

// The fields of front matter read by the full YAML parser (a flow list or an explicit `? key` sends
// it there): one per top-level key Jekyll reads, with where its colon ends and its value lies.
// The data each case asserts is Ruby's (Ruby 3.1, Psych.safe_load(yaml, permitted_classes:
// [Date, Time], aliases: true), as Jekyll 4.3.1 loads front matter):
//   "title: Hello\nimage: {src: x}\n"    => {"title"=>"Hello", "image"=>{"src"=>"x"}}
//   "a : [x]\n"                           => {"a"=>["x"]}
//   "a :\nb: [x]\n", "? a\nb: [x]\n"      => {"a"=>nil, "b"=>["x"]}
//   "b: [x]\n? a\n"                       => {"b"=>["x"], "a"=>nil}
//   "? a\n::\n"                           => {"a"=>nil, ":"=>nil}
//   "a: !!str\nb: [x]\n"                  => {"a"=>"", "b"=>["x"]}
//   "base: &b {x: 1}\n<<: *b\ny: [2]\n"   => {"base"=>{"x"=>1}, "x"=>1, "y"=>[2]}
//   "a: &x [1]\nb: *x\n" (aliases: true)   => {"a"=>[1], "b"=>[1]}
//   "[a]: 1\nb: [x]\n"                    => {["a"]=>1, "b"=>["x"]} (a list as the key: no key name)

const read = (yaml: string) => {
  const text = `---\n${yaml}---\n`;
  assert.equal(parseFrontMatterFast(text), undefined, 'read by the full parser');
  const parsed = parseFrontMatter(text);
  assert.deepEqual(parsed.problems, []);
  const fields = [...parsed.fields].map(([key, f]) => [key, slice(text, { start: f.keyRange.start, end: f.afterColon }), slice(text, f.valueRange), f.style]);
  return { data: JSON.parse(JSON.stringify(parsed.data)) as unknown, fields };
};

describe('front matter fields, read by the full parser', () => {
  it('a plain value is a `plain` field over its text', () => {
    assert.deepEqual(read('title: Hello\nimage: {src: x}\n'), {
      data: { title: 'Hello', image: { src: 'x' } },
      fields: [['title', 'title:', 'Hello', 'plain'], ['image', 'image:', '{src: x}', 'flow-map']],
    });
  });

  it('a space before the colon: the field starts its value after the colon', () => {
    assert.deepEqual(read('a : [x]\n'), { data: { a: ['x'] }, fields: [['a', 'a :', '[x]', 'flow-seq']] });
    assert.deepEqual(read('a :\nb: [x]\n'), { data: { a: null, b: ['x'] }, fields: [['a', 'a :', '', 'empty'], ['b', 'b:', '[x]', 'flow-seq']] });
  });

  it('an explicit key without a value: an empty field just after the key, not after a later colon', () => {
    assert.deepEqual(read('? a\nb: [x]\n'), { data: { a: null, b: ['x'] }, fields: [['a', 'a\n', '', 'empty'], ['b', 'b:', '[x]', 'flow-seq']] });
    assert.deepEqual(read('? a\n::\n'), { data: { a: null, ':': null }, fields: [['a', 'a\n', '', 'empty'], [':', '::', '', 'empty']] }, 'not after the colon of a key `:` on the next line');
    assert.deepEqual(read('b: [x]\n? a\n'), { data: { b: ['x'], a: null }, fields: [['b', 'b:', '[x]', 'flow-seq'], ['a', 'a\n', '', 'empty']] });
  });

  it('a tag alone (`!!str`) is an empty string written as a plain value, not an empty field', () => {
    assert.deepEqual(read('a: !!str\nb: [x]\n'), { data: { a: '', b: ['x'] }, fields: [['a', 'a:', '', 'plain'], ['b', 'b:', '[x]', 'flow-seq']] });
  });

  it('an alias is an `alias` field over `*name`, with the anchored value (whose own field starts after its anchor)', () => {
    assert.deepEqual(read('a: &x [1]\nb: *x\n'), { data: { a: [1], b: [1] }, fields: [['a', 'a:', '[1]', 'flow-seq'], ['b', 'b:', '*x', 'alias']] });
  });

  it('a merge key (`<<`) and a key that is a list are not fields', () => {
    assert.deepEqual(read('base: &b {x: 1}\n<<: *b\ny: [2]\n'), {
      data: { base: { x: 1 }, x: 1, y: [2] },
      fields: [['base', 'base:', '{x: 1}', 'flow-map'], ['y', 'y:', '[2]', 'flow-seq']],
    });
    assert.deepEqual(read('[a]: 1\nb: [x]\n').fields, [['b', 'b:', '[x]', 'flow-seq']]);
  });
});
