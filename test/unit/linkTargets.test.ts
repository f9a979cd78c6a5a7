/**
 * link-broken on the links a post writes: which ones are read, under a baseurl, to a heading of the
 * post itself, and the fixes offered (their order, the link's own style kept, the tag for a post or
 * a collection document). URLs are those `jekyll build` (4.3.1) gave the same files in
 * /tmp/k-links/links: `_posts/2015-01-02-b.md` → /2015/01/02/b.html, `_recipes/pie.md` (collection
 * `recipes`, output) → /recipes/pie.html, `## Part one` → id `part-one`, and every fixed link below
 * resolves to a file of that build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatMessage } from '../../src/core/messages';
import { lintCase } from './ruleCases';
import { applyEdits } from './helpers';

const POST = '---\ntitle: B\n---\n## Part one\n';

function broken(body: string, options: { config?: string; others?: Record<string, string>; head?: string } = {}): { at: string; message: string; fixed: string[] }[] {
  const text = `---\ntitle: T\n${options.head ?? ''}---\n${body}\n`;
  const bodyStart = text.indexOf('---\n', 4) + 4;
  return lintCase({ text, others: options.others ?? { '_posts/2015-01-02-b.md': POST }, config: options.config ?? 'title: T\n' }, 'link-broken').map((f) => ({
    at: text.slice(f.range.start, f.range.end),
    message: formatMessage(f.message),
    fixed: (f.fixes ?? []).map((x) => applyEdits(text, x.edits).slice(bodyStart, -1)),
  }));
}

test('with render_with_liquid: false, only links without Liquid are read', () => {
  // Jekyll writes `{{ site.baseurl }}/nothing/` into the page as it is: no site URL to check.
  assert.deepEqual(broken('[a]({{ site.baseurl }}/nothing/) [b](/nothing2/)', { head: 'render_with_liquid: false\n' }).map((f) => f.at), ['/nothing2/']);
  assert.deepEqual(broken('[a]({{ site.baseurl }}/nothing/) [b](/nothing2/)').map((f) => f.at), ['{{ site.baseurl }}/nothing/', '/nothing2/']);
});

test('under a baseurl, a link written with it is read without it', () => {
  const config = 'title: T\nbaseurl: /blog\n';
  assert.deepEqual(broken('[a](/blog/2015/01/02/bx.html) [b](/blog/2015/01/02/b.html) [c](/blog)', { config }), [
    { at: '/blog/2015/01/02/bx.html', message: 'The site serves nothing at `/blog/2015/01/02/bx.html`: this link is broken.', fixed: [
      '[a](/blog/2015/01/02/b.html) [b](/blog/2015/01/02/b.html) [c](/blog)',
      '[a]({% post_url 2015-01-02-b %}) [b](/blog/2015/01/02/b.html) [c](/blog)',
    ] },
    // No index page: /blog serves nothing.
    { at: '/blog', message: 'The site serves nothing at `/blog/`: this link is broken.', fixed: [] },
  ]);
  // With an index page, /blog is served.
  assert.deepEqual(broken('[c](/blog) [d](/blog/)', { config, others: { 'index.md': '---\ntitle: Home\n---\n' } }), []);
});

test('a fragment of the post itself, written with its URL, names one of its headings', () => {
  const url = '/2014/06/04/retours-sur-dotscale-2014.html';
  assert.deepEqual(broken(`## Intro\n\n[x](${url}#nope) [y](${url}#intro) [z](/2015/01/02/b.html#part-one)`), [
    { at: `${url}#nope`, message: 'No heading with the id `nope` in this document: the link goes to the top of the page.', fixed: [] },
  ]);
});

test('the nearest URLs first, ties in URL order, at most three', () => {
  const others = { '_posts/2015-01-02-bb.md': POST, '_posts/2015-01-02-c.md': POST, '_posts/2015-01-02-b.md': POST, '_posts/2015-01-02-a.md': POST };
  assert.deepEqual(broken('[x](/2015/01/02/x.html)', { others }).map((f) => f.fixed.filter((_, i) => i % 2 === 0)), [
    ['[x](/2015/01/02/a.html)', '[x](/2015/01/02/b.html)', '[x](/2015/01/02/c.html)'],
  ]);
  // Whatever order the site lists them in.
  const listed = { '_posts/2015-01-02-a.md': POST, '_posts/2015-01-02-b.md': POST, '_posts/2015-01-02-c.md': POST, '_posts/2015-01-02-bb.md': POST };
  assert.deepEqual(broken('[x](/2015/01/02/x.html)', { others: listed }).map((f) => f.fixed.filter((_, i) => i % 2 === 0)), [
    ['[x](/2015/01/02/a.html)', '[x](/2015/01/02/b.html)', '[x](/2015/01/02/c.html)'],
  ]);
  const far = { '_posts/2015-01-02-bb.md': POST, '_posts/2015-01-02-c.md': POST };
  assert.deepEqual(broken('[x](/2015/01/02/x.html)', { others: far }).map((f) => f.fixed), [
    ['[x](/2015/01/02/c.html)', '[x]({% post_url 2015-01-02-c %})', '[x](/2015/01/02/bb.html)', '[x]({% post_url 2015-01-02-bb %})'],
  ]);
});

test('a fix keeps the link’s style and its fragment', () => {
  assert.deepEqual(broken('[x]({{ site.url }}/2015/01/02/bx.html#part-one)').map((f) => f.fixed), [
    ['[x]({{ site.url }}/2015/01/02/b.html#part-one)', '[x]({{ site.url }}{% post_url 2015-01-02-b %}#part-one)'],
  ]);
  assert.deepEqual(broken('[x](/2015/01/02/bx.html#part-one)').map((f) => f.fixed), [
    ['[x](/2015/01/02/b.html#part-one)', '[x]({% post_url 2015-01-02-b %}#part-one)'],
  ]);
});

test('a collection document is offered with {% link %}', () => {
  const config = 'title: T\ncollections:\n  recipes:\n    output: true\n';
  assert.deepEqual(broken('[p](/recipes/pi.html)', { config, others: { '_recipes/pie.md': '---\ntitle: Pie\n---\n' } }).map((f) => f.fixed), [
    ['[p](/recipes/pie.html)', '[p]({% link _recipes/pie.md %})'],
  ]);
});
