import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lintDocument } from '../../src/core/lint/lint';
import { Finding, Fix } from '../../src/core/lint/types';
import { ignoreForPostFix, ignoreOnLineFix } from '../../src/core/lint/suppressions';
import { formatMessage } from '../../src/core/messages';
import { readConfig } from '../../src/core/site/config';
import { parseFrontMatter } from '../../src/core/site/frontMatter';
import { classifyPath } from '../../src/core/site/post';
import { applyEdits } from './helpers';

// When the quick fixes "Ignore <rule> on this line" and "Ignore <rule> for this post" are offered
// for a finding, with which title, and the file after them. The findings are the linter's own.

const NOW = new Date('2026-11-26T12:00:00Z');
const LONG = 'A title that goes on and on well past what search engines show in results';

function lint(text: string): Finding[] {
  const config = readConfig('title: x\n');
  return lintDocument({ text, document: classifyPath('_posts/2014-06-04-a-post.md', config)!, config }, { settings: { now: NOW, timezone: 'UTC' } });
}

function finding(text: string, rule: string): Finding {
  const found = lint(text).find((f) => f.rule === rule);
  assert.ok(found, `${rule} in ${JSON.stringify(text)}`);
  return found;
}

/** The fix "on this line" for the linter's finding of `rule`: its title and the file after it. */
function onLine(text: string, rule: string): { title: string; after: string } | undefined {
  return shown(text, ignoreOnLineFix(text, parseFrontMatter(text), finding(text, rule)));
}

function forPost(text: string, rule: string): { title: string; after: string } | undefined {
  return shown(text, ignoreForPostFix(text, parseFrontMatter(text), rule));
}

function shown(text: string, fix: Fix | undefined): { title: string; after: string } | undefined {
  return fix && { title: formatMessage(fix.title), after: applyEdits(text, fix.edits) };
}

describe('"Ignore <rule> on this line"', () => {
  it('above the line a value’s finding starts on, not in the middle of it', () => {
    const text = `---\nlayout: post\ntitle: ${LONG}\n---\n`;
    assert.deepEqual(onLine(text, 'seo-length'), { title: 'Ignore `seo-length` on this line', after: `---\nlayout: post\n# jekyll-posts-disable-next-line seo-length\ntitle: ${LONG}\n---\n` });
  });

  it('above a one-letter value at the end of its line', () => {
    const text = '---\ntitle: A\nlang: x\nlayout: post\n---\n';
    assert.equal(onLine(text, 'lang-unknown')?.after, '---\ntitle: A\n# jekyll-posts-disable-next-line lang-unknown\nlang: x\nlayout: post\n---\n');
  });

  it('indented as the list item the finding is on', () => {
    const text = '---\ntitle: A\ntags:\n  - yes\n---\n';
    const after = onLine(text, 'yaml-type-surprise')?.after;
    assert.equal(after, '---\ntitle: A\ntags:\n  # jekyll-posts-disable-next-line yaml-type-surprise\n  - yes\n---\n');
    assert.deepEqual(lint(after!), []);
  });

  it('on the first line of the front matter', () => {
    const text = '---\npermalnk: /a/\ntitle: A\n---\n';
    assert.equal(onLine(text, 'key-typo')?.after, '---\n# jekyll-posts-disable-next-line key-typo\npermalnk: /a/\ntitle: A\n---\n');
  });

  it('a comment of its own even where the post has a `# jekyll-posts-disable`, or a next-line one above another line', () => {
    const text = '---\n# jekyll-posts-disable seo-length\ntitle: A\n# jekyll-posts-disable-next-line layout-unknown\nlayout: post\npermalnk: /a/\n# jekyll-posts-disable-next-line\n---\n';
    assert.equal(onLine(text, 'key-typo')?.after, text.replace('permalnk', '# jekyll-posts-disable-next-line key-typo\npermalnk'));
  });

  it('not offered where the next-line comment above hides the rule already (a finding shown before the file was linted again)', () => {
    for (const comment of ['# jekyll-posts-disable-next-line seo-length, key-typo', '# jekyll-posts-disable-next-line']) {
      const before = '---\ntitle: A\npermalnk: /a/\n---\n';
      const text = before.replace('permalnk', `${comment}\npermalnk`);
      const at = text.indexOf('permalnk');
      assert.equal(ignoreOnLineFix(text, parseFrontMatter(text), { rule: 'key-typo', range: { start: at, end: at + 8 } }), undefined, comment);
    }
  });

  it('not offered for a finding outside the front matter, on its fences, or of unused-suppression', () => {
    const body = '---\ntitle: A\n---\n![](/a.png)\n';
    assert.equal(onLine(body, 'image-alt-missing'), undefined);
    assert.equal(onLine('---\nlayout: post\n---\n', 'required-key'), undefined, 'the opening fence');
    const text = '---\ntitle: A\npermalnk: /a/\n---\n';
    const close = text.lastIndexOf('---');
    assert.equal(ignoreOnLineFix(text, parseFrontMatter(text), { rule: 'key-typo', range: { start: close, end: close + 3 } }), undefined, 'the closing fence');
    const unused = '---\n# jekyll-posts-disable key-typo\ntitle: A\n---\n';
    assert.equal(onLine(unused, 'unused-suppression'), undefined);
  });

  it('not offered in a front matter that is never closed', () => {
    const text = '---\ntitle: A\npermalnk: /a/\n';
    const at = text.indexOf('permalnk');
    assert.equal(ignoreOnLineFix(text, parseFrontMatter(text), { rule: 'key-typo', range: { start: at, end: at + 8 } }), undefined);
  });
});

describe('"Ignore <rule> for this post"', () => {
  it('its title, and a `# jekyll-posts-disable` line of its own where the post has only next-line comments', () => {
    const text = '---\ntitle: A\n# jekyll-posts-disable-next-line\nlayout: post\n# jekyll-posts-disable-next-line seo-length\npermalnk: /a/\n---\n';
    assert.deepEqual(forPost(text, 'key-typo'), { title: 'Ignore `key-typo` for this post', after: text.replace('---\n', '---\n# jekyll-posts-disable key-typo\n') });
  });

  it('offered for the opening fence’s finding, which has no line of its own to ignore', () => {
    const text = '---\nlayout: post\n---\n';
    assert.equal(ignoreForPostFix(text, parseFrontMatter(text), finding(text, 'required-key').rule) !== undefined, true);
  });

  it('not offered where the post’s comment names the rule among others, nor for unused-suppression', () => {
    assert.equal(forPost('---\n# jekyll-posts-disable seo-length, key-typo\ntitle: A\n---\n', 'key-typo'), undefined);
    assert.equal(forPost('---\n# jekyll-posts-disable seo-length\ntitle: A\n---\n', 'unused-suppression'), undefined);
  });
});
