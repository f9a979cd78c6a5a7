/**
 * HTML links and images written with spaces around `=` or in capitals are links all the same:
 * jekyll 4.3.1 (kramdown) wrote `<a href = "/nothing/">`, `<A HREF="/nothing2/">` and
 * `<img SRC="/missing.png" alt="x">` of a post as `<a href="/nothing/">`, `<a href="/nothing2/">`
 * and `<img src="/missing.png" alt="x" />`, and its `_site/` held neither target (build in
 * /tmp/k3-links/s1). Each one alone in a body must be read, by the editor and by the CLI (which
 * decodes a body only when a rule's markers are in it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import { decodeForRules } from '../../src/core/lint/lint';
import { allRules } from '../../src/core/lint/rules';
import { lintCase } from './ruleCases';

const OTHERS = { '_posts/2015-01-02-b.md': '---\ntitle: B\n---\n## Part one\n' };
const LINK_RULES = new Set(['link-broken', 'image-missing']);

function found(body: string, rule: string): string[] {
  const text = `---\ntitle: T\n---\n${body}\n`;
  return lintCase({ text, others: OTHERS }, rule).map((f) => text.slice(f.range.start, f.range.end));
}

function bodyRead(body: string): boolean {
  const decoded = decodeForRules(new TextEncoder().encode(`---\ntitle: T\n---\n${body}\n`), allRules.filter((r) => LINK_RULES.has(r.id)), isUtf8);
  return decoded.ok && !decoded.frontMatterOnly;
}

test('a link written `href = "…"` (spaces around the equal sign) is checked', () => {
  assert.deepEqual(found('<a href = "/nothing/">spaced</a>', 'link-broken'), ['/nothing/']);
  assert.deepEqual(found('<a href = "/2015/01/02/b.html">sound</a>', 'link-broken'), []);
  assert.ok(bodyRead('<a href = "/nothing/">spaced</a>'));
});

test('a link written in capitals, `<A HREF="…">`, is checked', () => {
  assert.deepEqual(found('<A HREF="/nothing2/">upper</A>', 'link-broken'), ['/nothing2/']);
  assert.ok(bodyRead('<A HREF="/nothing2/">upper</A>'));
});

test('an image written `<img SRC="…">` is checked', () => {
  assert.deepEqual(found('<img SRC="/missing.png" alt="x">', 'image-missing'), ['/missing.png']);
  assert.deepEqual(found('<IMG src = "/missing.png" alt="x">', 'image-missing'), ['/missing.png']);
  assert.ok(bodyRead('<img SRC="/missing.png" alt="x">'));
});

test('a body with no link at all is still left unread', () => {
  assert.equal(bodyRead('Only text, a = b and a Source.'), false);
});

test('an image written `<IMG …>` without `alt` is read for image-alt-missing alone', () => {
  // jekyll 4.3.1 wrote `<IMG SRC="/img/x.png">` as `<img src="/img/x.png" />`: no alternative text.
  const rules = allRules.filter((r) => r.id === 'image-alt-missing');
  const decoded = decodeForRules(new TextEncoder().encode('---\ntitle: T\n---\n<IMG SRC="/img/x.png">\n'), rules, isUtf8);
  assert.ok(decoded.ok && !decoded.frontMatterOnly);
  const text = '---\ntitle: T\n---\n<IMG SRC="/img/x.png">\n';
  assert.deepEqual(lintCase({ text, files: ['img/x.png'] }, 'image-alt-missing').map((f) => text.slice(f.range.start, f.range.end)), ['<IMG SRC="/img/x.png">']);
});

test('any mix of case, `<a hRef="…">`, is read in the editor as Jekyll writes it', () => {
  // jekyll 4.3.1 wrote `<a hRef="/nothing/">` as `<a href="/nothing/">` (build in /tmp/k3-links/s4).
  assert.deepEqual(found('<a hRef="/nothing/">x</a>', 'link-broken'), ['/nothing/']);
});

test('a capitalized attribute or tag name (`Href`, `Src`, `<Img`) is read by the CLI too', () => {
  assert.ok(bodyRead('<a Href="/nothing/">x</a>'));
  assert.ok(bodyRead('<img Src="/missing.png" alt="x">'));
  const rules = allRules.filter((r) => r.id === 'image-alt-missing');
  const decoded = decodeForRules(new TextEncoder().encode('---\ntitle: T\n---\n<Img alt>\n'), rules, isUtf8);
  assert.ok(decoded.ok && !decoded.frontMatterOnly);
});

test('an `<iframe src>` is a link the CLI reads too', () => {
  // jekyll 4.3.1 kept `<iframe src="/nothing3/"></iframe>` as written; its _site/ held no nothing3/.
  assert.deepEqual(found('<iframe src="/nothing3/"></iframe>', 'link-broken'), ['/nothing3/']);
  assert.ok(bodyRead('<iframe src="/nothing3/"></iframe>'));
});
