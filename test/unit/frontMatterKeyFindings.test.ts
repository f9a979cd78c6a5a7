import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { applyEdits, slice } from './helpers';
import { lintCase } from './ruleCases';

// duplicate-key and layout-unknown report only what the post itself writes.

const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;

describe('duplicate-key: only keys written twice', () => {
  it('nothing for a front matter YAML cannot read or that is never closed (front-matter-syntax reports those)', () => {
    assert.deepEqual(lintCase({ text: fm('title: [A\nlayout: post') }, 'duplicate-key'), []);
    assert.deepEqual(lintCase({ text: '---\ntitle: A\nlayout: post\n\nBody.\n' }, 'duplicate-key'), []);
  });

  it('a key written twice: one finding on the second, whose fix removes the first', () => {
    const text = fm('title: A\nlayout: post\ntitle: B');
    const findings = lintCase({ text }, 'duplicate-key');
    assert.deepEqual(findings.map((f) => slice(text, f.range)), ['title']);
    assert.equal(applyEdits(text, findings[0].fixes![0].edits), fm('layout: post\ntitle: B'));
  });
});

describe('layout-unknown: only a layout the post writes', () => {
  it('nothing on an empty `layout:` under a missing layout the defaults give (the post does not name it)', () => {
    // Jekyll 4.3.1: "Layout 'psot' requested in _posts/2014-06-04-l.md does not exist." (an empty value keeps the defaults').
    const config = 'defaults:\n  - scope: {path: ""}\n    values: {layout: psot}\n';
    assert.deepEqual(lintCase({ layouts: ['post'], config, text: fm('title: L\nlayout:') }, 'layout-unknown'), []);
  });
});
