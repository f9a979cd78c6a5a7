import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formatMessage } from '../../src/core/messages';
import { applyEdits } from './helpers';
import { lintCase } from './ruleCases';

// A mistyped layout near many of the site's layouts: the quick fixes are the three nearest (fewest
// edits, then by name), never a long list to read through, and none is preferred.
const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;

describe('layout-unknown suggestions', () => {
  it('`pots` among page, post, posts, poster, home (all within three edits): posts, post, home', () => {
    const text = fm('title: A\nlayout: pots');
    const [finding, ...more] = lintCase({ text, layouts: ['archive', 'default', 'home', 'page', 'post', 'poster', 'posts'] }, 'layout-unknown');
    assert.deepEqual(more, []);
    assert.deepEqual(
      (finding.fixes ?? []).map((f) => [formatMessage(f.title), applyEdits(text, f.edits), f.preferred]),
      [
        ['Use `posts`', fm('title: A\nlayout: posts'), false],
        ['Use `post`', fm('title: A\nlayout: post'), false],
        ['Use `home`', fm('title: A\nlayout: home'), false],
      ],
    );
  });
});
