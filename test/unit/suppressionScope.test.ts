import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lintDocument } from '../../src/core/lint/lint';
import { Finding } from '../../src/core/lint/types';
import { formatMessage } from '../../src/core/messages';
import { readConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';
import { applyEdits, slice } from './helpers';

// Which findings a suppression comment hides, which `#` lines are one, and what an unused one says:
// the findings at their ranges with their codes, their messages and fix titles, the file after a fix.
// YAML's reading of the `#` lines (comment or text) was checked with Ruby's Psych, which Jekyll uses:
// a `#` line after a block scalar is a comment (`description` reads "text\n"), and so is one between
// the keys of a map (`tags` reads {"a"=>1, "b"=>2}).

const NOW = new Date('2026-11-26T12:00:00Z');
const LONG = 'A title that goes on and on well past what search engines show in results';

function lint(text: string): Finding[] {
  const config = readConfig('title: x\n');
  return lintDocument({ text, document: classifyPath('_posts/2014-06-04-a-post.md', config)!, config }, { settings: { now: NOW, timezone: 'UTC' } });
}

const at = (text: string): string[] => lint(text).map((f) => `${f.rule} ${slice(text, f.range)}`);

function reported(text: string): { at: string; message: string; fixes: { title: string; after: string }[] }[] {
  return lint(text).map((f) => ({
    at: `${f.rule} ${slice(text, f.range)}`,
    message: formatMessage(f.message),
    fixes: (f.fixes ?? []).map((x) => ({ title: formatMessage(x.title), after: applyEdits(text, x.edits) })),
  }));
}

describe('an unused id in a suppression comment', () => {
  // First in this file on purpose: the list of rule ids is worked out once per process, on the first unused id.
  it('a rule that reports nothing on the next line: said so, with a fix that removes the id and its comma', () => {
    const text = '---\ntitle: A\n# jekyll-posts-disable-next-line seo-length, key-typo\npermalnk: /a/\n---\n';
    assert.deepEqual(reported(text), [
      {
        at: 'unused-suppression seo-length',
        message: '`seo-length` reports nothing on the next line: this suppression hides nothing.',
        fixes: [{ title: 'Remove `seo-length` from this suppression', after: '---\ntitle: A\n# jekyll-posts-disable-next-line key-typo\npermalnk: /a/\n---\n' }],
      },
    ]);
  });

  it('a name near a rule: said so, with fixes that change it to the rule or remove it', () => {
    const text = '---\n# jekyll-posts-disable key-typ, seo-length\ntitle: A\n---\n';
    assert.deepEqual(reported(text), [
      {
        at: 'unused-suppression key-typ',
        message: '`key-typ` is not a rule of Jekyll Posts; did you mean `key-typo`?',
        fixes: [
          { title: 'Change to `key-typo`', after: '---\n# jekyll-posts-disable key-typo, seo-length\ntitle: A\n---\n' },
          { title: 'Remove `key-typ` from this suppression', after: '---\n# jekyll-posts-disable seo-length\ntitle: A\n---\n' },
        ],
      },
      {
        at: 'unused-suppression seo-length',
        message: '`seo-length` reports nothing in this post: this suppression hides nothing.',
        fixes: [{ title: 'Remove `seo-length` from this suppression', after: '---\n# jekyll-posts-disable key-typ\ntitle: A\n---\n' }],
      },
    ]);
  });

  it('one inside a multi-line value is listed after the finding on that value, which starts before it', () => {
    const text = '---\ntitle: A\ntags:\n  a: 1\n  # jekyll-posts-disable-next-line seo-length\n  b: 2\n---\n';
    assert.deepEqual(at(text), ['tags-format a: 1\n  # jekyll-posts-disable-next-line seo-length\n  b: 2', 'unused-suppression seo-length']);
  });
});

describe('what a suppression hides', () => {
  it('`-next-line`: the findings of its next line only, not those of the same rule above it', () => {
    const text = '---\ntitle: A\nautors: x\n# jekyll-posts-disable-next-line key-typo\npermalnk: /a/\n---\n';
    assert.deepEqual(at(text), ['key-typo autors']);
  });

  it('`-next-line` as the last line of the front matter: nothing (its next line is the closing `---`)', () => {
    const text = '---\ntitle: A\npermalnk: /a/\n# jekyll-posts-disable-next-line key-typo\n---\n';
    assert.deepEqual(reported(text).map((f) => f.at), ['key-typo permalnk', 'unused-suppression key-typo']);
    assert.equal(reported(text)[1].message, '`key-typo` reports nothing on the next line: this suppression hides nothing.');
  });

  it('a reason after ` -- ` with no rule ids before it: every rule', () => {
    const text = `---\n# jekyll-posts-disable  -- imported from WordPress\ntitle: ${LONG}\npermalnk: /a/\n---\n`;
    assert.deepEqual(at(text), []);
  });
});

describe('which `#` lines are suppression comments', () => {
  it('a comment line right after a block scalar (YAML ends the scalar there)', () => {
    const text = '---\ntitle: A\ndescription: |\n  text\n# jekyll-posts-disable key-typo\npermalnk: /a/\n---\n';
    assert.deepEqual(at(text), []);
  });

  it('not a comment at the end of a key’s line', () => {
    const text = '---\ntitle: A\npermalnk: /a/ # jekyll-posts-disable key-typo\n---\n';
    assert.deepEqual(at(text), ['key-typo permalnk']);
  });

  it('not a comment that only mentions the keyword', () => {
    const text = '---\ntitle: A\n# never write jekyll-posts-disable key-typo here\npermalnk: /a/\n---\n';
    assert.deepEqual(at(text), ['key-typo permalnk']);
  });

  it('not a Markdown heading in the body, even when the front matter has a suppression', () => {
    const text = `---\ntitle: ${LONG}\n# jekyll-posts-disable-next-line key-typo\npermalnk: /a/\n---\n# jekyll-posts-disable\n\nHow to silence the linter.\n`;
    assert.deepEqual(at(text), [`seo-length ${LONG}`]);
  });

  it('none in a front matter that is never closed (Jekyll reads the whole file as content)', () => {
    const text = '---\n# jekyll-posts-disable\ntitle: A\npermalnk: /a/\n';
    assert.deepEqual(reported(text).map((f) => [f.at, f.message]), [
      ['front-matter-syntax ---', 'Front matter is never closed: add a line with `---` after it, or Jekyll reads the whole file as content.'],
    ]);
  });
});
