import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { insertLines, isSafePlain, replaceValue, scalarLike, singleQuoted, wholeEntry, wholeLine } from '../../src/core/lint/edits';
import { applyTextEdits, planFixAll } from '../../src/core/lint/fix';
import { Finding, Fix, TextEdit } from '../../src/core/lint/types';
import { lintText } from '../../src/core/lint/lintFile';
import { msg } from '../../src/core/messages';
import { readConfig } from '../../src/core/site/config';
import { parseFrontMatter } from '../../src/core/site/frontMatter';

/** The bytes "Fix all" and `--fix` write: which edits are taken together, and how a value is rewritten. */
const edit = (start: number, end: number, newText = 'X'): TextEdit => ({ range: { start, end }, newText });
const finding = (edits: TextEdit[], rename?: Fix['rename'], preferred = true): Finding => ({
  rule: 'r',
  severity: 'warning',
  range: { start: 0, end: 0 },
  message: msg('m'),
  fixes: [{ title: msg('t'), edits, rename, preferred }],
});

describe('planFixAll: edits that touch are taken together, edits that overlap wait for the next pass', () => {
  const taken = edit(5, 8);
  const takes = (e: TextEdit): boolean => planFixAll([finding([taken]), finding([e])]).applied.length === 2;

  it('overlapping ranges', () => {
    assert.equal(takes(edit(3, 6)), false);
    assert.equal(takes(edit(6, 7)), false);
    assert.equal(takes(edit(7, 10)), false);
    assert.equal(takes(edit(6, 6)), false, 'an insertion inside a replaced range');
    assert.equal(takes(edit(5, 5)), false, 'an insertion where a replacement starts');
  });

  it('ranges that only touch, or lie apart', () => {
    assert.equal(takes(edit(2, 5)), true);
    assert.equal(takes(edit(8, 10)), true);
    assert.equal(takes(edit(8, 8)), true, 'an insertion where a replacement ends');
    assert.equal(takes(edit(0, 1)), true);
    assert.equal(takes(edit(12, 13)), true);
    assert.equal(planFixAll([finding([edit(5, 5)]), finding([edit(5, 8)])]).applied.length, 2, 'a replacement starting at an insertion');
    assert.equal(planFixAll([finding([edit(5, 5)]), finding([edit(5, 5)])]).applied.length, 1, 'two insertions at one place');
  });

  it('a fix is taken whole or not at all', () => {
    const plan = planFixAll([finding([taken]), finding([edit(0, 1, 'A'), edit(6, 7, 'B')])]);
    assert.equal(plan.applied.length, 1);
    assert.deepEqual(plan.edits, [taken]);
  });

  it('one rename at most, kept by the fixes after it', () => {
    const first = { from: 'a.md', to: 'b.md' };
    const plan = planFixAll([finding([edit(0, 1)], first), finding([edit(2, 3)], { from: 'a.md', to: 'c.md' }), finding([edit(4, 5)])]);
    assert.deepEqual(plan.rename, first);
    assert.equal(plan.applied.length, 2);
    assert.deepEqual(plan.edits, [edit(0, 1), edit(4, 5)]);
    assert.equal(planFixAll([finding([edit(0, 1)])]).rename, undefined);
  });

  it('only preferred fixes, edits in text order', () => {
    const plan = planFixAll([finding([edit(10, 11, 'c')]), finding([edit(0, 1, 'a')]), finding([edit(3, 4, 'n')], undefined, false), finding([edit(5, 6, 'b')]), { ...finding([]), fixes: undefined }]);
    assert.deepEqual(plan.edits, [edit(0, 1, 'a'), edit(5, 6, 'b'), edit(10, 11, 'c')]);
    assert.equal(applyTextEdits('0123456789ABC', plan.edits), 'a1234b6789cBC');
  });

  it('applyTextEdits takes edits in any order', () => {
    assert.equal(applyTextEdits('---\ntitle: A\r\n---\n', [edit(12, 13, ''), edit(0, 0, '\ufeff'), edit(11, 12, 'B')]), '\ufeff---\ntitle: B\n---\n');
  });
});

describe('values written by a fix', () => {
  it('plain only when Jekyll reads it back as the same string', () => {
    for (const v of ['', ' a', 'a ', 'a: b', 'a:', 'a #b', 'yes', '-a', 'a\tb']) assert.equal(isSafePlain(v), false, JSON.stringify(v));
    for (const v of ['a', 'a:b', 'a#b', 'a - b']) assert.equal(isSafePlain(v), true, v);
  });

  it('keeps the quoting the value had', () => {
    assert.equal(singleQuoted("it's"), "'it''s'");
    assert.equal(scalarLike('double', 'a'), '"a"');
    assert.equal(scalarLike('single', 'a'), "'a'");
    assert.equal(scalarLike('plain', 'a'), 'a');
    assert.equal(scalarLike('plain', ' a'), "' a'");
  });

  const replaced = (text: string, key: string, value: string): string => {
    const field = parseFrontMatter(text).fields.get(key)!;
    return applyTextEdits(text, [replaceValue(field, value)]);
  };

  it('replaceValue: a value on the key line, below it, or missing', () => {
    assert.equal(replaced('---\ntitle: Old # keep\r\nx: 1\r\n---\r\n', 'title', 'New'), '---\ntitle: New # keep\r\nx: 1\r\n---\r\n');
    assert.equal(replaced('---\ntitle:\nx: 1\n---\n', 'title', 'New'), '---\ntitle: New\nx: 1\n---\n');
    assert.equal(replaced('---\ntags:\n- a\n- b\n# after\nx: 1\n---\n', 'tags', '[c]'), '---\ntags: [c]\n# after\nx: 1\n---\n');
    assert.equal(replaced('---\nm:\n  a: 1\n  b: 2\nx: 1\n---\n', 'm', '2'), '---\nm: 2\nx: 1\n---\n');
    assert.equal(replaced('---\ntitle:\t"Old"\n---\n', 'title', '"New"'), '---\ntitle:\t"New"\n---\n');
  });

  it('insertLines: before the closing fence, with the file’s line ends', () => {
    const ins = (text: string, lines: string[]): string => applyTextEdits(text, [insertLines(text, parseFrontMatter(text), lines)]);
    assert.equal(ins('\ufeff---\r\ntitle: A\r\n---\r\nbody', ['a: 1', 'b: 2']), '\ufeff---\r\ntitle: A\r\na: 1\r\nb: 2\r\n---\r\nbody');
    assert.equal(ins('---\n---\nbody', ['a: 1']), '---\na: 1\n---\nbody');
    assert.equal(ins('---\ntitle: A', ['a: 1']), '---\ntitle: A\na: 1\n');
  });
});

describe('the lines an edit removes', () => {
  const entry = (text: string, key: string, yamlEnd = parseFrontMatter(text).block.yamlRange.end): string => {
    const name = key.trimStart();
    const start = text.indexOf(`\n${key}`) + 1 + key.length - name.length;
    const r = wholeEntry(text, { start, end: start + name.length }, yamlEnd);
    return text.slice(r.start, r.end);
  };

  it('a top-level entry with the lines under it, not the comments and blank lines after it', () => {
    assert.equal(entry('---\ntags:\n- x\n  - y\n\n-\n# c\nb: 2\n---\n', 'tags'), 'tags:\n- x\n  - y\n\n-\n');
    assert.equal(entry('---\na: 1\n  \nb: 2\n---\n', 'a'), 'a: 1\n');
    assert.equal(entry('---\na: |\n\tx\nb: 2\n---\n', 'a'), 'a: |\n\tx\n');
    assert.equal(entry('---\na: 1\nb: x - y\n---\n', 'a'), 'a: 1\n');
    assert.equal(entry('---\na:\nb: 1\n---\n', 'a'), 'a:\n');
    assert.equal(entry('---\na: 1\n---\n', 'a'), 'a: 1\n');
    assert.equal(entry('---\na: 1\nb:\n  - x\n---\n', 'a'), 'a: 1\n');
  });

  it('front matter indented as a whole: the entry ends at the next line as indented as its key', () => {
    // jekyll build 4.3.1 reads this post as title A, tags ["y"], lang fr; and so it reads the fixed text.
    const text = '---\n  title: A\n  tags: x\n  tags: y\n  lang: fr\n---\nbody\n';
    const found = lintText(text, '_posts/2020-01-01-a.md', readConfig('')).filter((f) => f.rule === 'duplicate-key');
    assert.equal(found.length, 1);
    assert.equal(applyTextEdits(text, found[0].fixes![0].edits), '---\n  title: A\n  tags: y\n  lang: fr\n---\nbody\n');
    assert.equal(entry('---\n  tags:\n  - x\n    - y\n  \n  b: 1\n---\n', '  tags'), '  tags:\n  - x\n    - y\n');
    assert.equal(entry('---\n  a: 1\n- x\n---\n', '  a'), '  a: 1\n');
  });

  it('up to the end of the front matter, even without a line end', () => {
    assert.equal(entry('---\na: 1', 'a'), 'a: 1');
    assert.equal(entry('---\ntags:\n- x\n-', 'tags'), 'tags:\n- x\n-');
    assert.equal(entry('\na: 1\nb', 'a', 5), 'a: 1');
    assert.equal(entry('\na: 1\n  x\nb', 'a', 9), 'a: 1\n  x');
  });

  it('wholeLine: the line of a list item, with its line end', () => {
    const text = '- a\n- b';
    const line = (s: string): string => {
      const r = wholeLine(text, { start: text.indexOf(s), end: text.indexOf(s) + 1 });
      return text.slice(r.start, r.end);
    };
    assert.equal(line('a'), '- a\n');
    assert.equal(line('b'), '- b');
  });
});
