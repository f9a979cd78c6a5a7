import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { MemoryFileSystem } from '../../src/core/fs';
import { RenderSite } from '../../src/core/render/liquid';
import { renderPreview } from '../../src/core/render/page';
import { readConfig } from '../../src/core/site/config';

/**
 * Liquid string literals as Ruby's Liquid reads them: no escapes. Each expected body is the post's
 * content written by `jekyll build` (Jekyll 4.3.1), one post per case (front matter `---\n---`).
 */
const CASES: [string, string][] = [
  ["{{ \"a\\nb\" }}", "<p>a\\nb</p>"],
  ["{{ \"a\\tb\" | upcase }}", "<p>A\\TB</p>"],
  ["{{ \"a\\\\b\" | size }}", "<p>4</p>"],
  ["{% assign s = \"c:\\temp\" %}{{ s }}", "<p>c:\\temp</p>"],
  ["{{ \"\\u00e9\" }}", "<p>\\u00e9</p>"],
];

function site(): RenderSite {
  return { root: '/site', fs: new MemoryFileSystem({ '/site/_config.yml': 'title: t\n' }), config: readConfig('title: t\n'), timezone: 'UTC', data: {}, now: new Date('2020-01-01T00:00:00Z') };
}

describe('Liquid string literals', () => {
  for (const [body, jekyll] of CASES) {
    it(body, async () => {
      const r = await renderPreview({ text: `---\n---\n${body}`, path: '/site/_posts/2020-01-01-c.md', site: site() });
      assert.equal(r.contentHtml.trim().replace(/ data-line="\d+"/g, ''), jekyll);
    });
  }
});
