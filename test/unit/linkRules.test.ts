/**
 * link-baseurl-missing and link-broken: the finding, its message arguments and the file after its fix.
 * The post `_posts/2015-01-02-b.md` is served at `/2015/01/02/b.html` (jekyll 4.3.1, default permalink).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintCase } from './ruleCases';
import { applyEdits } from './helpers';

const OTHERS = { '_posts/2015-01-02-b.md': '---\ntitle: B\n---\n## Part one\n' };
const BASEURL = 'title: T\nbaseurl: /blog\n';

function seen(body: string, rule: string, config = BASEURL): { at: string; args: unknown[]; fixed: string[] }[] {
  const text = `---\ntitle: T\n---\n${body}\n`;
  return lintCase({ text, others: OTHERS, config }, rule).map((f) => ({
    at: text.slice(f.range.start, f.range.end),
    args: [...f.message.args],
    fixed: (f.fixes ?? []).map((x) => applyEdits(text, x.edits).slice(text.indexOf('---\n', 4) + 4, -1)),
  }));
}

test('link-baseurl-missing: the fix keeps the fragment and the style the document already uses', () => {
  const args = ['/blog', '/2015/01/02/b.html', '/blog/2015/01/02/b.html'];
  // No baseurl in the document: relative_url, the fragment after the tag.
  assert.deepEqual(seen('[x](/2015/01/02/b.html#part-one)', 'link-baseurl-missing'), [{ at: '/2015/01/02/b.html#part-one', args, fixed: ["[x]({{ '/2015/01/02/b.html' | relative_url }}#part-one)"] }]);
  assert.deepEqual(seen('[x]({{ site.url }}/2015/01/02/b.html)', 'link-baseurl-missing'), [{ at: '{{ site.url }}/2015/01/02/b.html', args, fixed: ["[x]({{ '/2015/01/02/b.html' | absolute_url }})"] }]);
  // The document writes {{ site.baseurl }} (any spacing, any whitespace control): the fix does too.
  assert.deepEqual(seen('[y]({{site.baseurl}}/2015/01/02/b.html) [x](/2015/01/02/b.html#part-one)', 'link-baseurl-missing'), [
    { at: '/2015/01/02/b.html#part-one', args, fixed: ['[y]({{site.baseurl}}/2015/01/02/b.html) [x]({{ site.baseurl }}/2015/01/02/b.html#part-one)'] },
  ]);
  assert.deepEqual(seen('[y]({{- site.baseurl }}/2015/01/02/b.html) [x]({{ site.url }}/2015/01/02/b.html)', 'link-baseurl-missing'), [
    { at: '{{ site.url }}/2015/01/02/b.html', args, fixed: ['[y]({{- site.baseurl }}/2015/01/02/b.html) [x]({{ site.url }}{{ site.baseurl }}/2015/01/02/b.html)'] },
  ]);
  // ...unless it also uses relative_url, which then wins.
  assert.deepEqual(seen('[y]({{ site.baseurl -}}/2015/01/02/b.html) [z]({{ "/2015/01/02/b.html" |relative_url }}) [x](/2015/01/02/b.html)', 'link-baseurl-missing'), [
    { at: '/2015/01/02/b.html', args, fixed: ['[y]({{ site.baseurl -}}/2015/01/02/b.html) [z]({{ "/2015/01/02/b.html" |relative_url }}) [x]({{ \'/2015/01/02/b.html\' | relative_url }})'] },
  ]);
  // Without a baseurl the same link is fine.
  assert.deepEqual(seen('[x](/2015/01/02/b.html)', 'link-baseurl-missing', 'title: T\n'), []);
});

test('link-broken: a fragment naming no heading of this document, a URL the site does not serve', () => {
  assert.deepEqual(seen('[h](#nope) [x](/nothing/) [ok](#) [b](/2015/01/02/b.html#part-one)', 'link-broken', 'title: T\n'), [
    { at: '#nope', args: ['nope'], fixed: [] },
    { at: '/nothing/', args: ['/nothing/'], fixed: [] },
  ]);
  assert.deepEqual(seen('[x](/nothing/)', 'link-broken'), [{ at: '/nothing/', args: ['/blog/nothing/'], fixed: [] }]);
});
