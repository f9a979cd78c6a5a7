import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { parseFrontMatter, splitFrontMatter } from '../../src/core/site/frontMatter';
import { slice } from './helpers';

describe('front matter is split with Jekyll’s pattern', () => {
  const cases: { name: string; text: string; opened: boolean; closed: boolean; yaml?: string; body?: string }[] = [
    { name: 'a plain block', text: '---\ntitle: A\n---\nBody', opened: true, closed: true, yaml: 'title: A\n', body: 'Body' },
    { name: 'CRLF line ends', text: '---\r\ntitle: A\r\n---\r\nBody', opened: true, closed: true, yaml: 'title: A\r\n', body: 'Body' },
    { name: 'a BOM before the fence', text: '\ufeff---\ntitle: A\n---\nBody', opened: true, closed: true, yaml: 'title: A\n', body: 'Body' },
    { name: 'a `...` closer', text: '---\ntitle: A\n...\nBody', opened: true, closed: true, yaml: 'title: A\n', body: 'Body' },
    { name: 'trailing spaces on both fences', text: '---  \ntitle: A\n---   \nBody', opened: true, closed: true, yaml: 'title: A\n', body: 'Body' },
    { name: 'an empty block', text: '---\n---\nBody', opened: true, closed: true, yaml: '', body: 'Body' },
    { name: 'a missing closer', text: '---\ntitle: A\nBody', opened: true, closed: false },
    { name: 'no front matter', text: '# Title\n\n---\n', opened: false, closed: false, body: '# Title\n\n---\n' },
    { name: 'a fence not on the first line', text: '\n---\ntitle: A\n---\n', opened: false, closed: false },
    { name: 'four dashes', text: '----\ntitle: A\n---\n', opened: false, closed: false },
    { name: 'an empty file', text: '', opened: false, closed: false, body: '' },
    { name: 'a closer with text after it', text: '---\na: 1\n--- x\n---\nBody', opened: true, closed: true, yaml: 'a: 1\n--- x\n', body: 'Body' },
  ];
  for (const c of cases) {
    it(`handles ${c.name}`, () => {
      const block = splitFrontMatter(c.text);
      assert.equal(block.opened, c.opened);
      assert.equal(block.closed, c.closed);
      if (c.yaml !== undefined) assert.equal(slice(c.text, block.yamlRange), c.yaml);
      if (c.body !== undefined) assert.equal(c.text.slice(block.bodyStart), c.body);
    });
  }
});

describe('front matter is parsed with the range of every key and value', () => {
  const text = '---\nlayout: post\ntitle: "Retours"\ntags:\n- dotScale\n- php\nempty:\n---\n';
  const parsed = parseFrontMatter(text);

  it('keeps each key’s range', () => {
    assert.equal(slice(text, parsed.fields.get('layout')!.keyRange), 'layout');
    assert.equal(slice(text, parsed.fields.get('title')!.keyRange), 'title');
  });
  it('keeps each value’s range as written, quotes included', () => {
    assert.equal(slice(text, parsed.fields.get('title')!.valueRange), '"Retours"');
    assert.equal(parsed.fields.get('title')!.style, 'double');
    assert.equal(parsed.fields.get('title')!.value, 'Retours');
  });
  it('keeps the range of each list item', () => {
    const tags = parsed.fields.get('tags')!;
    assert.equal(tags.style, 'block-seq');
    assert.deepEqual(tags.items!.map((i) => slice(text, i.range)), ['dotScale', 'php']);
  });
  it('gives an empty value an empty range after the colon', () => {
    const empty = parsed.fields.get('empty')!;
    assert.equal(empty.style, 'empty');
    assert.equal(empty.value, null);
    assert.equal(empty.valueRange.start, empty.valueRange.end);
    assert.equal(empty.valueRange.start, empty.keyRange.end + 1);
  });
});

describe('front matter that Jekyll cannot read is a problem, never an exception', () => {
  const cases: { name: string; text: string; kind?: string; line?: number }[] = [
    { name: 'an unclosed flow list', text: '---\ntitle: [unclosed\n---\n', kind: 'yaml-error', line: 1 },
    { name: 'an unclosed quote', text: '---\ntitle: "abc\nlang: fr\n---\n', kind: 'yaml-error', line: 1 },
    { name: 'a tab used for indentation', text: '---\na:\n\tb: 1\n---\n', kind: 'yaml-error', line: 2 },
    { name: 'a list instead of a mapping', text: '---\n- a\n- b\n---\n', kind: 'not-mapping', line: 1 },
    { name: 'a single value instead of a mapping', text: '---\nhello\n---\n', kind: 'not-mapping', line: 1 },
    { name: 'a missing closer', text: '---\ntitle: A\n', kind: 'unclosed', line: 0 },
    { name: 'a duplicate key', text: '---\na: 1\nb: 2\na: 3\n---\n', kind: 'duplicate-key', line: 3 },
    { name: 'binary bytes', text: '---\ntitle: \u0000\u0001\u0002\n---\n' },
    { name: 'two YAML documents', text: '---\na: 1\n---\n', kind: undefined },
    { name: 'a YAML alias bomb', text: `---\na: &a ["x","x","x","x","x","x","x","x","x"]\n${Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`).join('\n')}\n---\n`, kind: 'alias-limit', line: 2 },
  ];
  for (const c of cases) {
    it(`reports ${c.name}${c.kind ? ` as ${c.kind}` : ' without crashing'}`, () => {
      const parsed = parseFrontMatter(c.text);
      if (!c.kind) {
        assert.ok(Array.isArray(parsed.problems));
        return;
      }
      const problem = parsed.problems.find((p) => p.kind === c.kind);
      assert.ok(problem, `expected ${c.kind}, got ${JSON.stringify(parsed.problems)}`);
      const line = c.text.slice(0, problem.range.start).split('\n').length - 1;
      assert.equal(line, c.line);
    });
  }
  it('refuses front matter nested thousands of levels deep with a finding', () => {
    const brackets = parseFrontMatter(`---\na: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n`);
    assert.equal(brackets.problems[0]?.kind, 'nesting-limit');
    const indented = parseFrontMatter(`---\n${Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} x\n---\n`);
    assert.equal(indented.problems[0]?.kind, 'nesting-limit');
  });
  it('accepts ordinary nesting', () => {
    assert.deepEqual(parseFrontMatter('---\nseo:\n  og:\n    image:\n      url: /x.png\n---\n').problems, []);
  });
  it('reads a 10 MB post', () => {
    const text = `---\ntitle: Big\n---\n${'Lorem ipsum dolor sit amet. '.repeat(400_000)}`;
    const parsed = parseFrontMatter(text);
    assert.equal(parsed.data?.title, 'Big');
  });
  it('takes the last of duplicate keys, as Jekyll does', () => {
    assert.equal(parseFrontMatter('---\ntitle: A\ntitle: B\n---\n').data?.title, 'B');
  });
  it('merges `<<` keys where they stand, as Ruby’s loader does', () => {
    const parsed = parseFrontMatter('---\nbase: &b {x: 1, y: 1}\nc:\n  x: 0\n  <<: *b\n  y: 2\n---\n');
    assert.deepEqual({ ...(parsed.data?.c as object) }, { x: 1, y: 2 });
  });
});
