import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { clearHighlightCache, highlightCode } from '../../src/core/render/highlight';

describe('highlighted blocks kept between renders', () => {
  it('gives a kept block as highlighted the first time, per language', () => {
    clearHighlightCache();
    const code = 'def x\n  "s"\nend';
    const ruby = highlightCode(code, 'ruby');
    assert.match(ruby, /<span class="k">def<\/span>/);
    assert.equal(highlightCode(code, 'ruby'), ruby);
    // The same code in another language (or none) is not the kept block.
    assert.equal(highlightCode(code, 'nolanguage'), 'def x\n  &quot;s&quot;\nend');
    assert.notEqual(highlightCode(code, 'python'), ruby);
  });
  it('stays correct once blocks are evicted', () => {
    clearHighlightCache();
    const big = 'x = 1\n'.repeat(200_000);
    const first = highlightCode('puts 1', 'ruby');
    highlightCode(big, 'ruby');
    highlightCode(big, 'python');
    assert.equal(highlightCode('puts 1', 'ruby'), first);
  });
});
