// Which lines open and close the front matter, and where the body starts: Jekyll's pattern
// `\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)`, where Ruby's `\s` is [ \t\r\n\f\v] and `$` is before a
// `\n` or at the end. Every expectation below is from a `jekyll build` (Jekyll 4.3.1) of the same
// text as an `.html` page without a layout: its output is the body after the front matter, Liquid
// rendered (quoted in each case), and a file without front matter is copied as it is.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseFrontMatter, splitFrontMatter } from '../../src/core/site/frontMatter';
import { slice } from './helpers';

interface Case {
  readonly name: string;
  readonly text: string;
  /** The text between the fences and the body after the closing line; undefined: no front matter. */
  readonly split?: { readonly yaml: string; readonly body: string };
}

const cases: Case[] = [
  {
    // Output `body \n`, with "YAML Exception ... control characters are not allowed at line 1 column 1":
    // the vertical tab is white space to the pattern, so the file has front matter (its YAML fails).
    name: 'an opening `---` followed by a vertical tab opens the front matter',
    text: '---\v\ntitle: A\n---\nbody {{ page.title }}\n',
    split: { yaml: 'title: A\n', body: 'body {{ page.title }}\n' },
  },
  {
    // Output: the file as written, `{{ page.title }}` included.
    name: 'an opening `---` followed by a letter opens nothing',
    text: '---V\ntitle: A\n---\nbody {{ page.title }}\n',
  },
  {
    // Output `body C\n`.
    name: 'a closing `---` followed by a vertical tab closes it, and takes its line end',
    text: '---\ntitle: C\n---\v\nbody {{ page.title }}\n',
    split: { yaml: 'title: C\n', body: 'body {{ page.title }}\n' },
  },
  {
    // Output `body C\n`.
    name: 'a closing `---` followed by a form feed closes it',
    text: '---\ntitle: C\n---\f\nbody {{ page.title }}\n',
    split: { yaml: 'title: C\n', body: 'body {{ page.title }}\n' },
  },
  {
    // Output `[a -x- --x aaa b]\n`: the quoted title runs over the lines `-x-`, `--x` and `aaa`,
    // which start like a fence but are not one.
    name: 'lines `-x-`, `--x` and `aaa` close nothing',
    text: '---\ntitle: "a\n-x-\n--x\naaa\nb"\n---\n[{{ page.title }}]\n',
    split: { yaml: 'title: "a\n-x-\n--x\naaa\nb"\n', body: '[{{ page.title }}]\n' },
  },
  {
    // Output `[D]\n`.
    name: 'a comment line `###` closes nothing',
    text: '---\n# note\n###\ntitle: D\n---\n[{{ page.title }}]\n',
    split: { yaml: '# note\n###\ntitle: D\n', body: '[{{ page.title }}]\n' },
  },
  {
    // Output `a,b\n`.
    name: 'list items `- a` close nothing',
    text: '---\ntags:\n- a\n- b\n---\n{{ page.tags | join: "," }}\n',
    split: { yaml: 'tags:\n- a\n- b\n', body: '{{ page.tags | join: "," }}\n' },
  },
  {
    // Output `    code E\n` (as a Markdown file, a code block): the spaces of the first body line stay.
    name: 'an indented first body line keeps its indent',
    text: '---\ntitle: E\n---\n    code {{ page.title }}\n',
    split: { yaml: 'title: E\n', body: '    code {{ page.title }}\n' },
  },
  {
    // Output: an empty file.
    name: 'a closing `---` with spaces at the very end of the file leaves an empty body',
    text: '---\ntitle: F\n---   ',
    split: { yaml: 'title: F\n', body: '' },
  },
  {
    // Output `body\n`: `\s*$` goes over the blank lines, the one holding a vertical tab too.
    name: 'blank lines after the closing line, one with a vertical tab, are not body',
    text: '---\ntitle: G\n---\n\v\n\nbody\n',
    split: { yaml: 'title: G\n', body: 'body\n' },
  },
];

describe('the lines that open and close the front matter, as Jekyll’s pattern reads them', () => {
  for (const c of cases) {
    it(c.name, () => {
      const block = splitFrontMatter(c.text);
      if (!c.split) {
        assert.deepEqual([block.opened, block.closed, block.bodyStart], [false, false, 0]);
        return;
      }
      assert.deepEqual([block.opened, block.closed], [true, true]);
      assert.deepEqual([slice(c.text, block.yamlRange), c.text.slice(block.bodyStart)], [c.split.yaml, c.split.body]);
    });
  }

  it('a `---` never closed gives no data: the front matter is reported unclosed at its opening fence', () => {
    // Output `---\ntitle: U\nbody \n`: a page (its first line is `---`) whose text is all body, no `title`.
    const text = '---\ntitle: U\nbody {{ page.title }}\n';
    const parsed = parseFrontMatter(text);
    assert.deepEqual([parsed.block.opened, parsed.block.closed, parsed.data], [true, false, undefined]);
    assert.deepEqual(parsed.problems.map((p) => [p.kind, p.range]), [['unclosed', { start: 0, end: 3 }]]);
  });

  it('reads the values Jekyll printed where the YAML is plain', () => {
    assert.deepEqual({ ...parseFrontMatter(cases[2].text).data }, { title: 'C' });
    assert.deepEqual({ ...parseFrontMatter(cases[3].text).data }, { title: 'C' });
    assert.deepEqual({ ...parseFrontMatter(cases[5].text).data }, { title: 'D' });
    assert.deepEqual({ ...parseFrontMatter(cases[6].text).data }, { tags: ['a', 'b'] });
  });
});
