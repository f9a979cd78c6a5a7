/**
 * link-broken on relative links (`c.html`, `../02/c.html`): the browser resolves them against the
 * page's own URL. jekyll 4.3.1 served `_posts/2015-01-02-b.md` at /2015/01/02/b.html and
 * `_posts/2015-01-02-c.md` at /2015/01/02/c.html, and kept the links as written
 * (`<a href="c.html">`, `<a href="../02/c.html">`, `<a href="x.html">`); its `_site/` held
 * 2015/01/02/c.html and no 2015/01/02/x.html (build in /tmp/k3-links/s1).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatMessage } from '../../src/core/messages';
import { lintCase } from './ruleCases';

const OTHERS = { '_posts/2015-01-02-c.md': '---\ntitle: C\n---\nC\n' };
const BODY = '[rel](c.html) [rel2](../02/c.html) [relnone](x.html)';

function broken(path: string, body = BODY): [string, string][] {
  const text = `---\ntitle: B\n---\n## Part one\n\n${body}\n`;
  return lintCase({ text, path, others: OTHERS }, 'link-broken').map((f) => [text.slice(f.range.start, f.range.end), formatMessage(f.message)]);
}

test('a relative link is read from the post’s own URL, as a browser does', () => {
  assert.deepEqual(broken('_posts/2015-01-02-b.md'), [['x.html', 'The site serves nothing at `/2015/01/02/x.html`: this link is broken.']]);
});

test('a file Jekyll gives no URL (a post without a date in its name) has its relative links left alone, its others checked', () => {
  // jekyll 4.3.1 does not read `_posts/notes.md` at all: it has no URL to resolve `x.html` against.
  assert.deepEqual(broken('_posts/notes.md', `${BODY} [abs](/2015/01/02/cc.html)`), [
    ['/2015/01/02/cc.html', 'The site serves nothing at `/2015/01/02/cc.html`: this link is broken.'],
  ]);
});
