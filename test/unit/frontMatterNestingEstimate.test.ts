import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { MAX_NESTING, parseFrontMatter } from '../../src/core/site/frontMatter';
import { slice } from './helpers';

// Front matter nested deeper than MAX_NESTING (64) levels is refused before the YAML parser reads
// it (a guard of ours: Jekyll reads it). The depth is estimated from indentation and flow brackets:
// a front matter of 64 levels, or of many lines that do not nest, is read as Psych reads it, and one
// of 65 levels is refused, whatever blank lines, comments and items lie between its levels.
// The expected data of the read cases is Ruby's: the same texts (T1, T2 below, without fences) give
// the same JSON (keys in the same order) with Ruby 3.1:
//   ruby -rjson -rpsych -rdate -e 'puts JSON.generate(Psych.safe_load(File.read(ARGV[0]),
//     permitted_classes: [Date, Time], aliases: true))' t1.yml

/** `k0:` / ` k1:` / `  k2:` … each key one space deeper, the last with the value `x`. */
const chain = (levels: number, lines: Record<number, string> = {}) =>
  Array.from({ length: levels }, (_, i) => `${lines[i] !== undefined ? `${lines[i]}\n` : ''}${' '.repeat(i)}k${i}:`).join('\n') + ' x\n';
const chainData = (levels: number): unknown => {
  let value: unknown = 'x';
  for (let i = levels - 1; i >= 0; i--) value = { [`k${i}`]: value };
  return value;
};

const read = (yaml: string) => {
  const text = `---\n${yaml}---\n\nBody.\n`;
  const parsed = parseFrontMatter(text);
  return { text, parsed, problems: parsed.problems.map((p) => [p.kind, slice(text, p.range), p.detail]) };
};

describe('front matter nesting limit: what is read, what is refused', () => {
  it('64 levels of indentation are read as Psych reads them, even with comment and blank lines indented deeper than the last key', () => {
    assert.equal(MAX_NESTING, 64);
    // T1
    const t1 = chain(64) + `${' '.repeat(80)}# a comment indented deeper than the last key\n${' '.repeat(90)}\n`;
    const { parsed } = read(t1);
    assert.deepEqual(parsed.problems, []);
    assert.equal(JSON.stringify(parsed.data), JSON.stringify(chainData(64)));
  });

  it('70 keys side by side, each with a flow list and a flow mapping, are read as Psych reads them: they do not nest', () => {
    // T2: lines ever longer, each opening and closing `[` and `{`.
    const t2 = Array.from({ length: 70 }, (_, i) => `k${i}: [${'x'.repeat(i + 1)}, {a: b}]`).join('\n') + '\n';
    const { parsed } = read(t2);
    assert.deepEqual(parsed.problems, []);
    assert.equal(JSON.stringify(parsed.data), JSON.stringify(Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`k${i}`, ['x'.repeat(i + 1), { a: 'b' }]]))));
  });

  it('65 levels of indentation are refused, on the first line, whatever blank lines or comments lie between the levels', () => {
    const refused = [['nesting-limit', 'k0:', '64']];
    assert.deepEqual(read(chain(65)).problems, refused);
    assert.deepEqual(read(chain(66, { 33: '' })).problems, refused, 'a blank line');
    assert.deepEqual(read(chain(66, { 33: '   ' })).problems, refused, 'a line of spaces');
    assert.deepEqual(read(chain(66, { 33: '# a comment' })).problems, refused, 'a comment at the margin');
    assert.deepEqual(read(chain(66, { 33: '  # a comment' })).problems, refused, 'an indented comment');
  });

  it('65 levels of flow mappings, or of flow lists with items between the brackets, are refused', () => {
    assert.deepEqual(read(`a: ${'{b: '.repeat(65)}c${'}'.repeat(65)}\n`).problems, [['nesting-limit', `a: ${'{b: '.repeat(65)}c${'}'.repeat(65)}`, '64']]);
    assert.deepEqual(read(`a: ${'[x, '.repeat(65)}y${']'.repeat(65)}\n`).problems, [['nesting-limit', `a: ${'[x, '.repeat(65)}y${']'.repeat(65)}`, '64']]);
  });
});
