import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { MemoryFileSystem } from '../../src/core/fs';
import { RenderSite } from '../../src/core/render/liquid';
import { renderPreview } from '../../src/core/render/page';
import { readConfig } from '../../src/core/site/config';

/**
 * `{% highlight x linenos %}` as Rouge's table writes it. Each expected body is the post's content
 * written by `jekyll build` (Jekyll 4.3.1, Rouge), one post per case; the token spans inside the
 * code are left out of the comparison (highlight.js colours, not Rouge).
 */
const CASES: [string, string][] = [
  ["{% highlight js linenos %}\nvar a = 1;\n\n// > 8\n{% endhighlight %}", "<figure class=\"highlight\"><pre><code class=\"language-js\" data-lang=\"js\"><table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">1\n2\n3\n</pre></td><td class=\"code\"><pre><span class=\"kd\">var</span> <span class=\"nx\">a</span> <span class=\"o\">=</span> <span class=\"mi\">1</span><span class=\"p\">;</span>\n\n<span class=\"c1\">// &gt; 8</span>\n</pre></td></tr></tbody></table></code></pre></figure>"],
  ["{% highlight ruby linenos %}\nx\n{% endhighlight %}", "<figure class=\"highlight\"><pre><code class=\"language-ruby\" data-lang=\"ruby\"><table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">1\n</pre></td><td class=\"code\"><pre><span class=\"n\">x</span>\n</pre></td></tr></tbody></table></code></pre></figure>"],
];

const site = (): RenderSite => ({ root: '/site', fs: new MemoryFileSystem({}), config: readConfig('title: t\n'), timezone: 'UTC', data: {}, now: new Date('2020-01-01T00:00:00Z') });
const withoutSpans = (html: string): string => html.replace(/<\/?span[^>]*>/g, '').replace(/ data-line="\d+"/g, '').trim();

describe('highlight with line numbers', () => {
  for (const [body, jekyll] of CASES) {
    it(body, async () => {
      const r = await renderPreview({ text: `---\n---\n${body}`, path: '/site/_posts/2020-01-01-c.md', site: site() });
      assert.equal(withoutSpans(r.contentHtml), withoutSpans(jekyll));
    });
  }
});
