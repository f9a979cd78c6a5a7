import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseFrontMatter, parseFrontMatterFull } from '../../src/core/site/frontMatter';
import { applyEdits, slice } from './helpers';
import { lintCase } from './ruleCases';

// A plain scalar opening with `:` (`:ruby`, `:-)`). Jekyll 4.3.1, `jekyll build` of posts whose
// front matter holds one (Psych reads it as a Ruby symbol, which Jekyll's safe loader refuses):
//   title: :sym              → "Error: could not read file …: Tried to load unspecified class: Symbol"
//   :key: v                  → the same error (a key)
//   tags:\n  - :a            → the same error (a list item)
//   mood: :-)                → the same error (a smiley); header:\n  image: :img → the same (nested)
//   tags: [:ruby, rails]     → "YAML Exception reading …: did not find expected node content"
// and each post is then built with no front matter at all (_site/2026/12/05/2014-06-04-block.html,
// the build day and the whole file name). Quoted (`':ok'`, `":ok:"`), tagged (`!!str :a`) or inside
// a value (`x: a :b`), the same characters are text, and the post is at _site/2014/06/03/quoted.html.
// We read the values as text and reported nothing.

const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;
const lint = (text: string) => lintCase({ text, path: '_posts/2014-06-04-block.md' }, 'front-matter-syntax');

describe('a plain `:` value is a Ruby symbol, and Jekyll reads no front matter', () => {
  for (const [name, lines, written] of [
    ['a value', 'title: :sym\nlayout: post', ':sym'],
    ['a smiley', 'title: T\nmood: :-)', ':-)'],
    ['a key', 'title: t\n:key: v', ':key'],
    ['a block list item', 'title: t\ntags:\n  - php\n  - :a', ':a'],
    ['a flow list item', 'title: t\ntags: [:ruby, rails]', ':ruby'],
    ['a nested value', 'title: t\nheader:\n  image: :img', ':img'],
  ] as const) {
    it(`${name}: no data, one error at the value, and a fix that quotes it`, () => {
      const text = fm(lines);
      for (const parsed of [parseFrontMatter(text), parseFrontMatterFull(text)]) {
        assert.equal(parsed.data, undefined);
        assert.deepEqual(parsed.problems.map((p) => [p.kind, slice(text, p.range)]), [['ruby-symbol', written]]);
      }
      const [finding, ...rest] = lint(text);
      assert.equal(rest.length, 0);
      assert.equal(finding.severity, 'error');
      assert.equal(slice(text, finding.range), written);
      assert.deepEqual(finding.message.args, [written]);
      const fix = finding.fixes?.[0];
      assert.ok(fix);
      const fixed = applyEdits(text, fix.edits);
      assert.equal(fixed, fm(lines.replace(written, `'${written}'`)));
      assert.notEqual(parseFrontMatter(fixed).data, undefined);
    });
  }

  it('quoted, tagged, alone or inside a value it is text', () => {
    const text = fm("title: ':ok'\nemoji: \":ok:\"\nx: a :b\ny: !!str :a\nz: ':'");
    for (const parsed of [parseFrontMatter(text), parseFrontMatterFull(text)]) {
      assert.deepEqual(parsed.problems, []);
      assert.deepEqual({ ...parsed.data }, { title: ':ok', emoji: ':ok:', x: 'a :b', y: ':a', z: ':' });
    }
    assert.deepEqual(lint(text), []);
  });
});
