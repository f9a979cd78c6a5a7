import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { readConfig } from '../../src/core/site/config';
import { isMarkdownPath } from '../../src/core/site/post';

/**
 * Which files Jekyll converts as Markdown: the last extension of the file name decides, in any case.
 * From `jekyll build` (Jekyll 4.3.1, empty `_config.yml`) of these files, each with front matter and
 * `*hi*`: v1.2/post.md and page.MD gave `<p><em>hi</em></p>`; notes.md.txt and README were
 * written unconverted.
 */
describe('which files are Markdown (markdown_ext)', () => {
  const config = readConfig('');
  for (const [path, markdown] of [
    ['v1.2/post.md', true],
    ['page.MD', true],
    ['notes.md.txt', false],
    ['README', false],
  ] as const) {
    it(`${path}: ${markdown ? 'Markdown' : 'not Markdown'}`, () => assert.equal(isMarkdownPath(path, config), markdown));
  }
});
