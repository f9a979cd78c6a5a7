import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { lintDocument } from '../../src/core/lint/lint';
import { formatMessage } from '../../src/core/messages';
import { readConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';
import { slice } from './helpers';
import { lintCase } from './ruleCases';

// image-missing on front matter images (`image`, `image.path`, `header.*`, read by jekyll-seo-tag and
// themes): the finding sits on the value as written, in block or flow style alike.

function seen(text: string, config?: string): string[] {
  return lintCase({ text, config, files: ['assets/here.png'] }, 'image-missing').map((f) => `${slice(text, f.range)}: ${formatMessage(f.message)}`);
}

test('a missing image named in a flow map is reported on its value', () => {
  const text = '---\ntitle: T\nimage: {path: /missing.png}\nheader: {overlay_image: "/gone.png", teaser: /assets/here.png}\n---\nBody.\n';
  assert.deepEqual(seen(text), [
    '/missing.png: No file of the site provides the image `/missing.png`.',
    '/gone.png: No file of the site provides the image `/gone.png`.',
  ]);
});

test('a value written with Liquid is left alone (front matter is not rendered; themes prefix it their own way)', () => {
  assert.deepEqual(seen('---\ntitle: T\nimage: "{{ site.baseurl }}/missing.png"\n---\nBody.\n'), []);
});

test('without the site’s files, nothing is said about images', () => {
  const config = readConfig('title: T\n');
  const text = '---\ntitle: T\nimage: /missing.png\n---\n![x](/gone.png)\n';
  const found = lintDocument({ text, document: classifyPath('_posts/2014-06-04-a.md', config)!, config }, { settings: { now: new Date('2026-11-26T12:00:00Z'), timezone: 'UTC' } });
  assert.deepEqual(found.filter((f) => f.rule === 'image-missing' || f.rule === 'internal-error'), []);
});

test('a value written with escapes, not found as written, is reported on its key’s value', () => {
  const text = '---\ntitle: T\nimage:\n  path: "/missing\\x2Epng"\nheader:\n  teaser: "/gone\\x2Epng"\n---\nBody.\n';
  assert.deepEqual(seen(text), [
    'path: "/missing\\x2Epng": No file of the site provides the image `/missing.png`.',
    'teaser: "/gone\\x2Epng": No file of the site provides the image `/gone.png`.',
  ]);
});
