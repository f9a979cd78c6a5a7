/**
 * image-missing on a front matter image written with the site's `baseurl` and nothing after it:
 * with `baseurl: /blog`, jekyll 4.3.1 wrote the site's index.md to `_site/index.html`, which a
 * server of the site answers at /blog (build in /tmp/k3-links/s8); without an index page nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintCase } from './ruleCases';

function seen(others: Record<string, string>): string[] {
  const text = '---\ntitle: T\nimage: /blog\n---\nBody.\n';
  return lintCase({ text, others, config: 'title: T\nbaseurl: /blog\n' }, 'image-missing').map((f) => text.slice(f.range.start, f.range.end));
}

test('`image: /blog` is the site’s root under baseurl: served when the site has an index page', () => {
  assert.deepEqual(seen({ 'index.md': '---\ntitle: Home\n---\n' }), []);
  assert.deepEqual(seen({}), ['/blog']);
});
