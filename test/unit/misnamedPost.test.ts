import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formatMessage } from '../../src/core/messages';
import { lintCase, SiteCase } from './ruleCases';

// filename-invalid: the fixes offered for a file in `_posts` that Jekyll skips. Jekyll 4.3.1 builds
// none of _posts/2014-06-04_retours.md, notes-2014-06-04.md, 2014-06-04retours.md, notes and
// "v1.2 notes.md" (silently), and publishes blog/_drafts/Mon Article.md with --drafts. The lint
// runs on 26 November 2026 (ruleCases), which gives "today's date".

const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;

function fixes(c: SiteCase): string[] {
  const findings = lintCase(c, 'filename-invalid');
  assert.equal(findings.length, 1, 'one finding');
  return (findings[0].fixes ?? []).map((f) => `${formatMessage(f.title)} → ${f.rename?.to}${f.preferred ? ' (preferred)' : ''}`);
}

describe('filename-invalid: the rename and the move offered', () => {
  it('a name without a date, in a category folder: today’s date, or the `_drafts` folder beside that `_posts`', () => {
    assert.deepEqual(fixes({ path: 'blog/_posts/Mon Article.md', text: fm('title: Mon Article') }), [
      'Rename the file to 2026-11-26-mon-article.md (today’s date: it will be published) → blog/_posts/2026-11-26-mon-article.md',
      'Move it to `_drafts/` (not published) → blog/_drafts/Mon Article.md',
    ]);
  });

  it('a name without a date, under a folder of `_posts`: the draft keeps that folder', () => {
    assert.deepEqual(fixes({ path: '_posts/fr/idee.md', text: fm('title: Idée\ndate: 2015-02-03') }), [
      'Rename the file to 2015-02-03-idee.md → _posts/fr/2015-02-03-idee.md',
      'Move it to `_drafts/` (not published) → _drafts/fr/idee.md',
    ]);
  });

  it('a name that starts with its date but no hyphen after it: the rename, preferred, and no move', () => {
    assert.deepEqual(fixes({ path: '_posts/2014-06-04_retours.md', text: fm('title: A') }), ['Rename the file to 2014-06-04-retours.md → _posts/2014-06-04-retours.md (preferred)']);
    assert.deepEqual(fixes({ path: '_posts/2014-06-04retours.md', text: fm('title: A') }), ['Rename the file to 2014-06-04-retours.md → _posts/2014-06-04-retours.md (preferred)']);
  });

  it('a date later in the name is part of its title, not its date', () => {
    assert.deepEqual(fixes({ path: '_posts/notes-2014-06-04.md', text: fm('title: N') }), [
      'Rename the file to 2026-11-26-notes-2014-06-04.md (today’s date: it will be published) → _posts/2026-11-26-notes-2014-06-04.md',
      'Move it to `_drafts/` (not published) → _drafts/notes-2014-06-04.md',
    ]);
  });

  it('the extension is the last one; a name without one gets `.md`', () => {
    assert.deepEqual(fixes({ path: '_posts/v1.2 notes.md', text: fm('title: N') })[0], 'Rename the file to 2026-11-26-v1-2-notes.md (today’s date: it will be published) → _posts/2026-11-26-v1-2-notes.md');
    assert.deepEqual(fixes({ path: '_posts/notes', text: fm('title: N') })[0], 'Rename the file to 2026-11-26-notes.md (today’s date: it will be published) → _posts/2026-11-26-notes.md');
    assert.deepEqual(fixes({ path: '_posts/v1.2.', text: fm('title: N') })[0], 'Rename the file to 2026-11-26-v1-2.md (today’s date: it will be published) → _posts/2026-11-26-v1-2.md');
  });

  it('a name with nothing to keep: the title in plain Latin letters, else `post`', () => {
    assert.deepEqual(fixes({ path: '_posts/!!!.md', text: fm('title: Été à Paris') })[0], 'Rename the file to 2026-11-26-ete-a-paris.md (today’s date: it will be published) → _posts/2026-11-26-ete-a-paris.md');
    assert.deepEqual(fixes({ path: '_posts/!!!.md', text: fm('lang: fr') })[0], 'Rename the file to 2026-11-26-post.md (today’s date: it will be published) → _posts/2026-11-26-post.md');
  });

  it('not a draft (the rule is about the names of posts)', () => {
    assert.deepEqual(lintCase({ path: '_drafts/notes', text: fm('title: N') }, 'filename-invalid'), []);
  });
});
