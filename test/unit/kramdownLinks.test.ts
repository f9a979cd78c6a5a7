import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { renderMarkdown } from '../../src/core/render/markdown';

/**
 * Inline links' URLs and titles as kramdown's parse_link reads them. Each expected body is the
 * post's content written by `jekyll build` (Jekyll 4.3.1, kramdown 2.4.0 with GFM input).
 */
const CASES: [string, string][] = [
  ["See [doc](( \"/docs/themes/#assets\" / relative_url )) for more.", "<p>See [doc](( “/docs/themes/#assets” / relative_url )) for more.</p>"],
  ["[a](/x \"t\" y) b", "<p>[a](/x “t” y) b</p>"],
  ["[a](http://x.y/a(b)c) d", "<p><a href=\"http://x.y/a(b)c\">a</a> d</p>"],
  ["[a](http://x.y/ \"title \"q\" here\") b", "<p><a href=\"http://x.y/\" title=\"title &quot;q&quot; here\">a</a> b</p>"],
  ["[a](http://x.y/ 'single') b", "<p><a href=\"http://x.y/\" title=\"single\">a</a> b</p>"],
  ["[a]( http://x.y/  ) b", "<p><a href=\"http://x.y/\">a</a> b</p>"],
  ["[a](http://x.y/a b) c", "<p><a href=\"http://x.y/a b\">a</a> c</p>"],
  ["[a](http://x.y/ \"t\" ) b", "<p><a href=\"http://x.y/\" title=\"t\">a</a> b</p>"],
  ["[a](x \"t\nu\") b", "<p><a href=\"x\" title=\"t\nu\">a</a> b</p>"],
  ["[r][id] and [id]\n\n[id]: http://r.example/ \"Ref title\"", "<p><a href=\"http://r.example/\" title=\"Ref title\">r</a> and <a href=\"http://r.example/\" title=\"Ref title\">id</a></p>"],
];

describe('kramdown link URLs and titles', () => {
  for (const [markdown, jekyll] of CASES) {
    it(JSON.stringify(markdown), () => assert.equal(renderMarkdown(markdown).html.trim(), jekyll));
  }
});
