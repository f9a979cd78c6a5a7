/**
 * image-missing on front matter images (`image`, `image.path`, `header.image|teaser|overlay_image|og_image`)
 * and image-alt-missing: the finding, at which bytes, with which argument.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintCase } from './ruleCases';

const FILES = ['assets/img/a.png'];

function seen(frontMatter: string, rule = 'image-missing', config?: string, body = 'Body.'): [string, unknown[]][] {
  const text = `---\ntitle: T\n${frontMatter}---\n${body}\n`;
  return lintCase({ text, files: FILES, config }, rule).map((f) => [text.slice(f.range.start, f.range.end), [...f.message.args]]);
}

test('a root-relative front matter image no file provides: reported at its value', () => {
  assert.deepEqual(seen('image: /assets/img/missing.png\n'), [['/assets/img/missing.png', ['/assets/img/missing.png']]]);
  assert.deepEqual(seen('image: /assets/img/a.png\n'), []);
  assert.deepEqual(seen('image:\n  alt: x\n  path: "/assets/img/missing.png"\n'), [['/assets/img/missing.png', ['/assets/img/missing.png']]]);
  assert.deepEqual(seen('image:\n  path: /assets/img/a.png\n'), []);
  assert.deepEqual(seen('image:\n  path: 3\n'), []);
  assert.deepEqual(
    seen("header:\n  caption: /assets/no-caption.png\n  image: /assets/i.png\n  teaser: '/assets/t.png'\n  overlay_image: /assets/o.png\n  og_image: /assets/g.png\n  overlay_color: 3\n"),
    [['/assets/i.png', ['/assets/i.png']], ['/assets/t.png', ['/assets/t.png']], ['/assets/o.png', ['/assets/o.png']], ['/assets/g.png', ['/assets/g.png']]],
  );
  assert.deepEqual(seen('header:\n  teaser: /assets/img/a.png\n'), []);
  assert.deepEqual(seen('header: /assets/img/missing.png\n'), []);
});

test('front matter images themes prefix, or on another site: not checked', () => {
  for (const fm of ['image: assets/img/missing.png\n', 'image: https://example.com/missing.png\n', 'image: //cdn.example.com/missing.png\n', 'header:\n  teaser: missing.png\n']) assert.deepEqual(seen(fm), [], fm);
});

test('with a baseurl, a front matter image may carry it or not', () => {
  const config = 'title: T\nbaseurl: /blog\n';
  assert.deepEqual(seen('image: /blog/assets/img/a.png\n', 'image-missing', config), []);
  assert.deepEqual(seen('image: /assets/img/a.png\n', 'image-missing', config), []);
  assert.deepEqual(seen('image: /blog/assets/img/missing.png\n', 'image-missing', config), [['/blog/assets/img/missing.png', ['/blog/assets/img/missing.png']]]);
  // Only the baseurl itself is taken off, not any first five characters.
  assert.deepEqual(seen('image: /xxxx/assets/img/a.png\n', 'image-missing', config), [['/xxxx/assets/img/a.png', ['/xxxx/assets/img/a.png']]]);
  assert.deepEqual(seen('image: /bloga/img/a.png\n', 'image-missing', config), [['/bloga/img/a.png', ['/bloga/img/a.png']]]);
});

test('image-alt-missing: Markdown images with blank alt, <img> without alt, found whichever marker the body has', () => {
  const at = (body: string): string[] => {
    const text = `---\ntitle: T\n---\n${body}\n`;
    return lintCase({ text, files: FILES }, 'image-alt-missing').map((f) => text.slice(f.range.start, f.range.end));
  };
  assert.deepEqual(at('![  ](/assets/img/a.png) and ![a](/assets/img/a.png)'), ['![  ](/assets/img/a.png)']);
  assert.deepEqual(at('<IMG src="/assets/img/a.png"> and <img alt="" src="/assets/img/a.png">'), ['<IMG src="/assets/img/a.png">']);
  assert.deepEqual(at('<img src="/assets/img/a.png"> then ![](/assets/img/a.png)'), ['<img src="/assets/img/a.png">', '![](/assets/img/a.png)']);
  assert.deepEqual(at('![](/assets/img/a.png) then <img src="/assets/img/a.png">'), ['![](/assets/img/a.png)', '<img src="/assets/img/a.png">']);
});

test('image-missing in the body: an image no file provides, not an image pointing at a heading of the page', () => {
  assert.deepEqual(seen('', 'image-missing', 'title: T\nbaseurl: /blog\n', '![a](#nope) ![b](/assets/img/nothing.png) ![c](/assets/img/a.png)'), [
    ['/assets/img/nothing.png', ['/blog/assets/img/nothing.png']],
  ]);
});
