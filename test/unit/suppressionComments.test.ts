import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lintDocument } from '../../src/core/lint/lint';
import { Finding } from '../../src/core/lint/types';
import { formatMessage } from '../../src/core/messages';
import { readConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';
import { applyEdits, slice } from './helpers';

// Which `#` lines of a front matter are suppression comments, and what an unused one reports:
// the finding at the comment with its message, and the file after its fix.

const NOW = new Date('2026-11-26T12:00:00Z');

function lint(text: string): Finding[] {
  const config = readConfig('title: x\n');
  return lintDocument({ text, document: classifyPath('_posts/2014-06-04-a-post.md', config)!, config }, { settings: { now: NOW, timezone: 'UTC' } });
}

function seen(text: string): { at: string; message: string; fixed: string[] }[] {
  return lint(text).map((f) => ({ at: `${f.rule} ${slice(text, f.range)}`, message: formatMessage(f.message), fixed: (f.fixes ?? []).map((x) => applyEdits(text, x.edits)) }));
}

describe('a `#` line is a suppression comment only where YAML reads a comment', () => {
  it('not inside a quoted value spanning lines (its text then)', () => {
    for (const q of ['"', "'"]) {
      const text = `---\ntitle: ${q}first\n  # jekyll-posts-disable\n  second${q}\npermalnk: /a/\n---\n`;
      assert.deepEqual(seen(text).map((f) => f.at), ['key-typo permalnk'], q);
    }
  });

  it('between the items of a list, where it is a comment', () => {
    const text = '---\ntitle: A\ntags:\n  - a\n  # jekyll-posts-disable key-typo\n  - b\npermalnk: /a/\n---\n';
    assert.deepEqual(seen(text), []);
  });
});

describe('an unused suppression', () => {
  it('without ids, in the whole post or on the next line: the comment reported, its line removed', () => {
    const post = '---\n# jekyll-posts-disable\ntitle: A\n---\n';
    assert.deepEqual(seen(post), [
      { at: 'unused-suppression jekyll-posts-disable', message: 'This suppression hides nothing: no rule reports anything in this post.', fixed: ['---\ntitle: A\n---\n'] },
    ]);
    const next = '---\ntitle: A\n# jekyll-posts-disable-next-line\ntags: [a]\n---\n';
    assert.deepEqual(seen(next), [
      { at: 'unused-suppression jekyll-posts-disable-next-line', message: 'This suppression hides nothing: no rule reports anything on the next line.', fixed: ['---\ntitle: A\ntags: [a]\n---\n'] },
    ]);
    assert.deepEqual(lint(post).map((f) => f.fixes!.map((x) => formatMessage(x.title))), [['Remove this suppression']]);
  });

  it('a second id unused: the fix removes it with the comma before it', () => {
    const text = '---\n# jekyll-posts-disable key-typo, seo-length\ntitle: A\npermalnk: /a/\n---\n';
    assert.deepEqual(seen(text), [
      { at: 'unused-suppression seo-length', message: '`seo-length` reports nothing in this post: this suppression hides nothing.', fixed: ['---\n# jekyll-posts-disable key-typo\ntitle: A\npermalnk: /a/\n---\n'] },
    ]);
  });

  it('an id near no rule: said so, and only removed', () => {
    const text = '---\n# jekyll-posts-disable-next-line zzzzzzzzzzzzzzzz\ntitle: A\n---\n';
    assert.deepEqual(seen(text), [
      { at: 'unused-suppression zzzzzzzzzzzzzzzz', message: '`zzzzzzzzzzzzzzzz` is not a rule of Jekyll Posts.', fixed: ['---\ntitle: A\n---\n'] },
    ]);
  });
});
