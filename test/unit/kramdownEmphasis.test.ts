import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { renderMarkdown } from '../../src/core/render/markdown';

/**
 * Emphasis paired as kramdown pairs it. Each expected body is the post's content written by
 * `jekyll build` (Jekyll 4.3.1, kramdown 2.4.0 with GFM input), one post per case; only the
 * whitespace between tags is left out of the comparison (kramdown indents list items).
 */
const CASES: [string, string][] = [
  ["**a*", "<p><em>*a</em></p>"],
  ["x **a* b*", "<p>x <em>*a</em> b*</p>"],
  ["__**b**__", "<p><strong>**b**</strong></p>"],
  ["*a **b** c*", "<p><em>a <strong>b</strong> c</em></p>"],
  ["**a *b* c**", "<p><strong>a <em>b</em> c</strong></p>"],
  ["***a***", "<p><strong><em>a</em></strong></p>"],
  ["*a**b*", "<p><em>a**b</em></p>"],
  ["snake_case_name and _x_", "<p>snake_case_name and <em>x</em></p>"],
  ["**encryption ****algorithm**.", "<p><strong>encryption **</strong>algorithm**.</p>"],
  ["*apply *will apply *attributes*.", "<p><em>apply *will apply *attributes</em>.</p>"],
  ["**CA* pour **Certificate Authority** en", "<p><strong>CA* pour **Certificate Authority</strong> en</p>"],
  ["* a", "<ul>\n  <li>a</li>\n</ul>"],
  ["**[a **b** c](x)**", "<p><strong><a href=\"x\">a **b** c</a></strong></p>"],
  ["*[a **b* c](x)", "<p>*<a href=\"x\">a <em>*b</em> c</a></p>"],
  ["`*a`* b*", "<p><code class=\"language-plaintext highlighter-rouge\">*a</code>* b*</p>"],
  ["_a_b_ c", "<p><em>a_b</em> c</p>"],
  ["**a** b ** c", "<p><strong>a</strong> b ** c</p>"],
];

const betweenTags = (html: string): string => html.trim().replace(/>\s+</g, '><');

describe('kramdown emphasis', () => {
  for (const [markdown, jekyll] of CASES) {
    it(JSON.stringify(markdown), () => assert.equal(betweenTags(renderMarkdown(markdown).html), betweenTags(jekyll)));
  }
});
