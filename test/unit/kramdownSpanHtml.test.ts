import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { renderMarkdown } from '../../src/core/render/markdown';

/**
 * HTML inside a paragraph as kramdown reads it. Each expected body is the post's content written by
 * `jekyll build` (Jekyll 4.3.1, kramdown 2.4.0 with GFM input), one post per case.
 */
const CASES: [string, string][] = [
  ["[Config](https://x.y/Config)</a>.", "<p><a href=\"https://x.y/Config\">Config</a>&lt;/a&gt;.</p>"],
  ["a <span>b *c* d</span> e", "<p>a <span>b <em>c</em> d</span> e</p>"],
  ["a <span>b *c d</span> e*", "<p>a <span>b <em>c d&lt;/span&gt; e</em></span></p>"],
  ["a <b><i>x</b></i> y", "<p>a <b><i>x&lt;/b&gt;</i> y</b></p>"],
  ["a <span>unclosed *x* y", "<p>a <span>unclosed <em>x</em> y</span></p>"],
  ["a <div>x</div> b", "<p>a &lt;div&gt;x&lt;/div&gt; b</p>"],
  ["a <kbd>*x* & <y</kbd> b", "<p>a <kbd>*x* &amp; &lt;y</kbd> b</p>"],
  ["a <code>1 < 2</code> b", "<p>a <code>1 &lt; 2</code> b</p>"],
  ["a <img src=x.png alt=\"a b\"> b", "<p>a &lt;img src=x.png alt=”a b”&gt; b</p>"],
  ["a <br/> b <br> c", "<p>a <br /> b <br /> c</p>"],
  ["a <!-- c --> b", "<p>a <!-- c --> b</p>"],
  ["a <ip> b", "<p>a <ip> b</ip></p>"],
  ["a </span> b", "<p>a &lt;/span&gt; b</p>"],
  ["*a <span>b* c</span> d*", "<p><em>a <span>b* c</span> d</em></p>"],
  ["a <span class=\"x\" markdown=\"0\">*b*</span>", "<p>a <span class=\"x\">*b*</span></p>"],
  ["a <a href=\"x\">link *em*</a> b", "<p>a <a href=\"x\">link <em>em</em></a> b</p>"],
  ["<SPAN CLASS=\"x\" Data-Y='1'>*a*</SPAN> b", "<p><span class=\"x\" data-y=\"1\"><em>a</em></span> b</p>"],
  ["a <abbr title=\"x &amp; y < z\">t</abbr>", "<p>a <abbr title=\"x &amp; y &lt; z\">t</abbr></p>"],
  ["a <code markdown=\"span\">*b*</code> and <kbd markdown=\"1\">*c*</kbd>", "<p>a <code><em>b</em></code> and <kbd>*c*</kbd></p>"],
  ["a <custom-el>*x*</custom-el>", "<p>a <custom-el>*x*</custom-el></p>"],
];

describe('kramdown span HTML', () => {
  for (const [markdown, jekyll] of CASES) {
    it(JSON.stringify(markdown), () => assert.equal(renderMarkdown(markdown).html.trim(), jekyll));
  }
});
