// Where a front matter value ends: the range a finding underlines and a fix replaces. White space
// and line breaks after a value are not part of it, as YAML reads them (libyaml, in Psych): space,
// tab, LF, CR, NEL, LS and PS; any other character, a no-break space too, is part of the value.
// Expected values from a `jekyll build` (Jekyll 4.3.1) of pages printing `[{{ page.title }}]` or
// `[{{ page.tags | join: "|" }}]`: `title: x` followed by U+00A0 printed `[x\u00a0]`, by U+3000
// `[x\u3000]`, by NEL, LS or PS `[x]`; `tags:` with `- a` followed by a space and a tab printed `[a]`,
// and with CRLF line ends `[a]`; `title:` with nothing after it printed `[]` (Jekyll's nil).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseFrontMatter, parseFrontMatterFull, ParsedFrontMatter } from '../../src/core/site/frontMatter';
import { requiredKey } from '../../src/core/lint/rules/requiredKey';
import { lintCase } from './ruleCases';
import { slice } from './helpers';

/** Both readers: the fast scanner (with its fallback) and the full YAML parser. */
const readers: [string, (text: string) => ParsedFrontMatter][] = [
  ['parseFrontMatter', parseFrontMatter],
  ['parseFrontMatterFull', parseFrontMatterFull],
];

function written(text: string, key: string, read: (text: string) => ParsedFrontMatter): string {
  return slice(text, read(text).fields.get(key)!.valueRange);
}

describe('a value’s range ends where the value Jekyll reads ends', () => {
  const cases: { name: string; text: string; key: string; expected: string }[] = [
    { name: 'a no-break space is part of the title', text: '---\ntitle: x\u00a0\n---\n', key: 'title', expected: 'x\u00a0' },
    { name: 'an ideographic space is part of the title', text: '---\ntitle: x\u3000\n---\n', key: 'title', expected: 'x\u3000' },
    { name: 'NEL is a line break after the title', text: '---\ntitle: x\u0085\n---\n', key: 'title', expected: 'x' },
    { name: 'LS is a line break after the title', text: '---\ntitle: x\u2028\n---\n', key: 'title', expected: 'x' },
    { name: 'PS is a line break after the title', text: '---\ntitle: x\u2029\n---\n', key: 'title', expected: 'x' },
    { name: 'spaces and tabs after a list’s last item are not part of the list', text: '---\ntags:\n- a \t\n---\n', key: 'tags', expected: '- a' },
    { name: 'a CR before the list’s line end is not part of it', text: '---\r\ntags:\r\n- a\r\n---\r\n', key: 'tags', expected: '- a' },
    { name: 'a block text ends with its last line of text', text: '---\ntitle: |\n  a\n\nx: 1\n---\n', key: 'title', expected: '|\n  a' },
  ];
  for (const c of cases) {
    for (const [reader, read] of readers) {
      it(`${c.name} (${reader})`, () => assert.equal(written(c.text, c.key, read), c.expected));
    }
  }
});

describe('an empty value has an empty range right after its colon', () => {
  // `x: !!str 1` (a tag) is read by the full YAML parser only, as every value of such front matter.
  const text = '---\ntitle: \ntags:\n- \n- a\nx: !!str 1\n---\n';
  const colon = text.indexOf(':') + 1;

  it('in both readers, for a key and for a list item', () => {
    for (const [reader, read] of readers) {
      const fields = read(text).fields;
      const title = fields.get('title')!;
      assert.deepEqual([title.style, title.valueRange], ['empty', { start: colon, end: colon }], reader);
      const dash = text.indexOf('- \n') + 2;
      assert.deepEqual(fields.get('tags')!.items!.map((i) => i.range), [{ start: dash, end: dash }, { start: dash + 3, end: dash + 4 }], reader);
    }
  });

  it('so the fix that writes the missing title writes it after the colon', () => {
    const findings = lintCase({ path: '_posts/2014-06-04-retours.md', text, settings: { requiredKeys: ['title'] } }, requiredKey.id);
    assert.deepEqual(
      findings.flatMap((f) => f.fixes ?? []).flatMap((f) => f.edits),
      [{ range: { start: colon, end: colon }, newText: ' Retours' }],
    );
  });
});
