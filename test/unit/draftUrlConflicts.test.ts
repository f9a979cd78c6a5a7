import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { checkPlan } from '../../src/core/create/checkPlan';
import { MemoryFileSystem } from '../../src/core/fs';
import { formatMessage } from '../../src/core/messages';
import { readConfig } from '../../src/core/site/config';
import { lintCase } from './ruleCases';

// A draft given the permalink of a post, measured with jekyll 4.3.1:
//   `jekyll build`          writes only the post to _site/fr/a/index.html and prints no Conflict;
//   `jekyll build --drafts` prints "Conflict: The following destination is shared by multiple
//                           files." for _site/fr/a/index.html, and the draft's text is what is left.
// So the draft, linted in the editor (the site read as `jekyll build` reads it), conflicts with
// nothing; a draft about to be written by `jekyll-posts new --draft` (the site read as
// `jekyll build --drafts` reads it) is refused.
const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;
const POST = fm('title: A\npermalink: /fr/a/');
const DRAFT = fm('title: Copy\npermalink: /fr/a/');

describe('a draft at a post’s URL', () => {
  it('in the editor: no permalink-conflict (a build without --drafts leaves the draft out)', () => {
    assert.deepEqual(lintCase({ path: '_drafts/copy.md', text: DRAFT, others: { '_posts/2014-06-04-a.md': POST } }, 'permalink-conflict'), []);
  });

  it('planned as a new draft (read as with --drafts): refused, naming the post it would overwrite', async () => {
    const fs = new MemoryFileSystem({ '/s/_config.yml': 'title: T\n', '/s/_posts/2014-06-04-a.md': POST });
    const check = await checkPlan(fs, '/s', readConfig('title: T\n'), { files: [{ path: '_drafts/copy.md', text: DRAFT, bodyOffset: 0 }], edits: [] }, { now: new Date('2026-06-02T00:00:00Z'), machineZone: 'UTC', languages: [], drafts: true });
    assert.equal(check.ok, false);
    assert.deepEqual(
      check.problems.map((p) => [p.path, p.rule, formatMessage(p.message)]),
      [['_drafts/copy.md', 'permalink-conflict', 'fr/a/index.html is also written by _posts/2014-06-04-a.md: Jekyll keeps only one of them.']],
    );
  });
});
