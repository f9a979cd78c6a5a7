// Only ASCII white space may follow a closing `---`: Jekyll's pattern ends `(---|\.\.\.)\s*$`, and
// Ruby's `\s` is [ \t\r\n\f\v]. A no-break space after `---` does not close the front matter.
// From a `jekyll build` (Jekyll 4.3.1) of the two posts below:
// - a.md: "YAML Exception ... could not find expected ':' while scanning a simple key at line 3
//   column 1": the YAML runs to the second `---`, the `---\u00a0` line and `body` inside it;
// - b.md: no front matter at all (the page shows `title: y` as text).
import { strict as assert } from 'node:assert';
import { isUtf8 } from 'node:buffer';
import { describe, it } from 'node:test';
import { decodeForRules } from '../../src/core/lint/lint';
import { allRules } from '../../src/core/lint/rules';
import { splitFrontMatter } from '../../src/core/site/frontMatterBlock';

describe('a closing fence followed by a no-break space', () => {
  it('does not close the front matter: the next `---` line does', () => {
    const text = '---\ntitle: x\n---\u00a0\nbody\n---\nmore\n';
    const block = splitFrontMatter(text);
    const close = text.indexOf('---\nmore');
    assert.deepEqual([block.closed, block.yamlRange, block.closeRange, block.bodyStart], [true, { start: 4, end: close }, { start: close, end: close + 3 }, close + 4]);
    // The CLI's front-matter-only decoding agrees: it keeps the text up to that line.
    const decoded = decodeForRules(new TextEncoder().encode(text), allRules, isUtf8);
    assert.ok(decoded.ok);
    assert.deepEqual([decoded.text, decoded.frontMatterOnly], [text.slice(0, close + 4), true]);
  });

  it('alone, leaves the front matter unclosed', () => {
    const text = '---\ntitle: y\n---\u00a0\nbody only\n';
    const block = splitFrontMatter(text);
    assert.deepEqual([block.opened, block.closed, block.bodyStart], [true, false, text.length]);
  });

  it('ASCII white space after the fence still closes it, and the blank lines after it go with it', () => {
    const text = '---\ntitle: x\n--- \t\r\n\n\nbody\n';
    const block = splitFrontMatter(text);
    assert.deepEqual([block.closed, block.bodyStart], [true, text.indexOf('body')]);
    // A no-break space on the next line is body text, as for Ruby's `\s*$`.
    const nbsp = '---\ntitle: x\n---\n\u00a0\nbody\n';
    assert.equal(splitFrontMatter(nbsp).bodyStart, nbsp.indexOf('\u00a0'));
  });
});
