import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computePermalink, escapePath, unescapePath } from '../../src/core/site/permalink';

// From Ruby, Jekyll 4.3.1 itself: Jekyll::URL.escape_path(value) (addressable 2.8.1), or the
// message of the Addressable::URI::InvalidURIError it raises.
const escapes: [string, string | { error: string }][] = [
  ['ab:c', 'ab:c'],
  ['ab:c:d', 'ab:c:d'],
  ['Ab:c', 'Ab:c'],
  ['AB+1.x:y z', 'AB+1.x:y%20z'],
  ['a:b c', 'a:b%20c'],
  ['ab:c d#e f', 'ab:c%20d%23e%20f'],
  ['a/b:c', 'a/b:c'],
  ['/:x', '/:x'],
  ['//a[b]/c', '//a[b]/c'],
  ['//a|b|c/x', '//a%7Cb%7Cc/x'],
  ['//é|x/y', '//%C3%A9%7Cx/y'],
  ['//u ser@x/y', '//u%20ser@x/y'],
  ['//x/a b c', '//x/a%20b%20c'],
  ['x?a b c', 'x?a%20b%20c'],
  ['x#a b c', 'x%23a%20b%20c'],
  ['x?y#a#b', 'x?y%23a%23b'],
  ['a\tb', 'a%09b'],
  ['a\u0001b', 'a%01b'],
  ['\u00a0', '%C2%A0'],
  // Jekyll's shortcut is a Ruby regexp: one line of plain characters returns the value as it is.
  ['a\nb', 'a\nb'],
  ['a b\nc', 'a b\nc'],
  ['c d\nab', 'c d\nab'],
  ['ab\nc d', 'ab\nc d'],
  ['a b\nc\nd e', 'a b\nc\nd e'],
  ['a b\n\nc', 'a b\n\nc'],
  ['a b\r\nc', 'a b\r\nc'],
  ['a b\n', 'a%20b%0A'],
  ['a b\nc d', 'a%20b%0Ac%20d'],
  ['%\n%', '%25%0A%25'],
  [':x', { error: "Cannot assemble URI string with ambiguous path: ':x'" }],
  [': x', { error: "Cannot assemble URI string with ambiguous path: ': x'" }],
  ['a b:c', { error: "Invalid scheme format: 'a b'" }],
  ['é:x', { error: "Invalid scheme format: 'é'" }],
  ['2014:x', { error: "Invalid scheme format: '2014'" }],
];

test("escapePath gives Jekyll's URL.escape_path, and Addressable's message where it raises", () => {
  for (const [value, expected] of escapes) {
    if (typeof expected === 'string') assert.equal(escapePath(value), expected, JSON.stringify(value));
    else assert.throws(() => escapePath(value), (e: Error) => e.message === expected.error, JSON.stringify(value));
  }
});

const post = { kind: 'post', collection: 'posts', relativePath: '_posts/2014-06-04-x.md', sitePermalink: 'date', epochSeconds: 1401883200, timezone: 'UTC' } as const;

test('a category with a newline is written into the URL as it is, as Jekyll does', () => {
  // jekyll build: `categories: ["Tech News\nx"]` gives this url and output path.
  const r = computePermalink({ ...post, data: { categories: ['Tech News\nx'] } });
  assert.deepEqual(r.ok ? [r.url, r.outputPath] : r, ['/tech news\nx/2014/06/04/x.html', 'tech news\nx/2014/06/04/x.html']);
});

test('a URL Jekyll cannot escape is reported with the message the build stops with', () => {
  // jekyll build stops with `Invalid scheme format: 'a b' (Addressable::URI::InvalidURIError)` for
  // `categories: ["a b:c"]`, and `Cannot assemble URI string with ambiguous path: ':x'` for `[":x"]`.
  const scheme = computePermalink({ ...post, data: { categories: ['a b:c'] } });
  assert.deepEqual(scheme.ok ? scheme : [scheme.error, scheme.message], ['invalid-value', "Invalid scheme format: 'a b'"]);
  const colon = computePermalink({ ...post, data: { categories: [':x'] } });
  assert.deepEqual(colon.ok ? colon : [colon.error, colon.message], ['invalid-value', "Cannot assemble URI string with ambiguous path: ':x'"]);
});

test('unescapePath decodes escapes to text as Jekyll does, and keeps a byte that is no UTF-8 as written', () => {
  // Jekyll::URL.unescape_path("/caf%C3%A9%20x/") is "/café x/".
  assert.equal(unescapePath('/caf%C3%A9%20x/'), '/café x/');
  assert.equal(unescapePath('/plain/'), '/plain/');
  // Jekyll gives "/a\xFF/", a string that is no UTF-8, and writes a file name with the byte 0xFF;
  // a JavaScript string cannot hold that byte, so the escape stays.
  assert.equal(unescapePath('/a%FF/'), '/a%FF/');
});
