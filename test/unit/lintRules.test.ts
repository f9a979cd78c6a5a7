import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lintText } from '../../src/core/lint/lintFile';
import { applyEdits, noConfig, slice } from './helpers';
import { Finding } from '../../src/core/lint/types';

const only = (rule: string, findings: Finding[]): Finding[] => findings.filter((f) => f.rule === rule);

const POST = '_posts/2014-06-04-retours-sur-dotscale-2014.md';

describe('front-matter-syntax', () => {
  it('points at the unclosed value, on its line', () => {
    const text = '---\nlayout: post\ntitle: [unclosed\n---\nBody\n';
    const [finding] = only('front-matter-syntax', lintText(text, POST, noConfig));
    assert.equal(finding.rule, 'front-matter-syntax');
    assert.equal(finding.severity, 'error');
    assert.equal(slice(text, finding.range), '[unclosed');
  });
  it('reports an unclosed block at its opening fence', () => {
    const text = '---\ntitle: A\n\nBody\n';
    const [finding] = only('front-matter-syntax', lintText(text, POST, noConfig));
    assert.equal(finding.rule, 'front-matter-syntax');
    assert.deepEqual(finding.range, { start: 0, end: 3 });
  });
  it('says nothing about a valid post', () => {
    assert.deepEqual(only('front-matter-syntax', lintText('---\ntitle: A\n---\nBody\n', POST, noConfig)), []);
  });
  it('says nothing about a page without front matter', () => {
    assert.deepEqual(lintText('# Hello\n', 'about.md', noConfig), []);
  });
  it('can be turned off', () => {
    assert.deepEqual(only('front-matter-syntax', lintText('---\ntitle: [\n---\n', POST, noConfig, { rules: { 'front-matter-syntax': 'off' } })), []);
  });
  it('takes the severity the user chose', () => {
    const [finding] = only('front-matter-syntax', lintText('---\ntitle: [\n---\n', POST, noConfig, { rules: { 'front-matter-syntax': 'warning' } }));
    assert.equal(finding.severity, 'warning');
  });
});

describe('duplicate-key', () => {
  it('flags the later key and relates the earlier one', () => {
    const text = '---\ntitle: A\nlang: fr\ntitle: B\n---\n';
    const [finding] = only('duplicate-key', lintText(text, POST, noConfig));
    assert.equal(finding.rule, 'duplicate-key');
    assert.equal(finding.range.start, text.lastIndexOf('title'));
    assert.equal(finding.related![0].range.start, text.indexOf('title'));
  });
  const fixCases: { name: string; before: string; after: string }[] = [
    { name: 'a scalar entry', before: '---\ntitle: A\nlang: fr\ntitle: B\n---\nBody\n', after: '---\nlang: fr\ntitle: B\n---\nBody\n' },
    { name: 'a block list at column 0, with a comment kept', before: '---\ntags:\n- a\n- b\n# keep me\ntags: [c]\n---\n', after: '---\n# keep me\ntags: [c]\n---\n' },
    { name: 'CRLF and a BOM', before: '\ufeff---\r\ntitle: A\r\nlang: fr\r\ntitle: B\r\n---\r\n', after: '\ufeff---\r\nlang: fr\r\ntitle: B\r\n---\r\n' },
    { name: 'an indented map', before: '---\nseo:\n  title: x\n  type: y\nlang: fr\nseo: {}\n---\n', after: '---\nlang: fr\nseo: {}\n---\n' },
  ];
  for (const c of fixCases) {
    it(`removes the earlier entry of ${c.name}, byte for byte`, () => {
      const [finding] = only('duplicate-key', lintText(c.before, POST, noConfig));
      assert.equal(finding.rule, 'duplicate-key');
      assert.equal(applyEdits(c.before, finding.fixes![0].edits), c.after);
    });
  }
});
