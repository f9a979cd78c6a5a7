import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lintDocument } from '../../src/core/lint/lint';
import { formatMessage } from '../../src/core/messages';
import { readConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';
import { applyEdits, slice } from './helpers';

// With no `requiredKeys` setting and no `jekyll_posts: required_keys`, a post must have a `title`.
// The title Jekyll 4.3.1 makes instead, "A Post" for _posts/2014-06-04-a-post.md, was read from a
// `jekyll build` of that post without one (`{{ page.title }}` in its layout).

const NOW = new Date('2026-11-26T12:00:00Z');

function requiredKeyFindings(text: string, configText: string) {
  const config = readConfig(configText);
  return lintDocument({ text, document: classifyPath('_posts/2014-06-04-a-post.md', config)!, config }, { settings: { now: NOW, timezone: 'UTC' } })
    .filter((f) => f.rule === 'required-key')
    .map((f) => ({ at: slice(text, f.range), message: formatMessage(f.message), fixed: (f.fixes ?? []).map((x) => applyEdits(text, x.edits)) }));
}

describe('the keys a post must have when nobody says which', () => {
  it('is `title`: a post without one is reported at its opening fence, with the title Jekyll makes', () => {
    const text = '---\nlayout: default\n---\nBody\n';
    assert.deepEqual(requiredKeyFindings(text, 'title: x\n'), [
      { at: '---', message: 'This post has no `title`; Jekyll makes one from the file name: “A Post”.', fixed: ['---\nlayout: default\ntitle: A Post\n---\nBody\n'] },
    ]);
  });

  it('is what `jekyll_posts: required_keys` replaces', () => {
    assert.deepEqual(requiredKeyFindings('---\nlayout: default\n---\nBody\n', 'title: x\njekyll_posts:\n  required_keys: [layout]\n'), []);
  });
});
