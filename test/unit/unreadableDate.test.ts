import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formatMessage } from '../../src/core/messages';
import { applyEdits, slice } from './helpers';
import { lintCase, SiteCase } from './ruleCases';

// date-invalid: the dates that stop `jekyll build` (4.3.1), where they come from, and the fixes
// offered. Each "Jekyll:" line is what a build of that file printed.

const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;
const COLLECTION = 'collections:\n  cn:\n    output: true\n';

function lint(c: SiteCase): { where: string; message: string; fixes: string[] }[] {
  return lintCase(c, 'date-invalid').map((f) => ({
    where: slice(c.text, f.range),
    message: formatMessage(f.message),
    fixes: (f.fixes ?? []).map((x) => `${formatMessage(x.title)} → ${applyEdits(c.text, x.edits).split('\n').find((l) => l.startsWith('date:'))}`),
  }));
}

describe('date-invalid: where the unreadable date comes from', () => {
  it('a collection document’s file name', () => {
    // Jekyll: Invalid date '2014-13-45': Document '_cn/2014-13-45-c.md' does not have a valid date in the filename.
    assert.deepEqual(lint({ path: '_cn/2014-13-45-c.md', config: COLLECTION, text: fm('title: C') }), [
      { where: '---', message: 'The date in the file name, `2014-13-45`, is not a real date: Jekyll stops the whole build.', fixes: [] },
    ]);
  });

  it('not a date inside a name, nor a folder’s name: Jekyll reads a date only at the start of the file name', () => {
    // Jekyll: _cn/v2014-13-45-c.md and _cn/2014-13-45-c.x/y.md both build, dated at the build time.
    assert.deepEqual(lint({ path: '_cn/v2014-13-45-c.md', config: COLLECTION, text: fm('title: V') }), []);
    assert.deepEqual(lint({ path: '_cn/2014-13-45-c.x/y.md', config: COLLECTION, text: fm('title: Y') }), []);
  });

  it('a draft’s file name (Jekyll stops with --drafts)', () => {
    // Jekyll --drafts: Invalid date '2014-13-45': Document '_drafts/2014-13-45-x.md' does not have a valid date in the filename.
    assert.deepEqual(lint({ path: '_drafts/2014-13-45-x.md', text: fm('title: X') }).map((f) => f.message), [
      'The date in the file name, `2014-13-45`, is not a real date: Jekyll stops the whole build.',
    ]);
  });

  it('a post’s file name, told apart from a date the defaults give', () => {
    assert.deepEqual(lint({ path: '_posts/2014-13-45-a.md', text: fm('title: A') }).map((f) => f.message), [
      'The date in the file name, `2014-13-45`, is not a real date: Jekyll stops the whole build.',
    ]);
    const config = 'defaults:\n  - scope: {path: ""}\n    values: {date: "2014-13-45"}\n';
    assert.deepEqual(lint({ config, text: fm('title: A') }).map((f) => f.message), [
      'The `date` that `_config.yml` defaults give this post, `2014-13-45`, cannot be read: Jekyll stops the whole build.',
    ]);
  });

  it('a date merged from an anchor (`<<: *base`), reported on the front matter without a fix', () => {
    // Jekyll: Invalid date '2014-13-45': Document '_posts/2014-06-04-d.md' does not have a valid date in the YAML front matter.
    assert.deepEqual(lint({ text: fm('title: D\nbase: &b\n  date: 2014-13-45\n<<: *b') }), [
      { where: '---', message: 'Jekyll cannot read the date `2014-13-45` and stops the whole build.', fixes: [] },
    ]);
  });

  it('not a page: Jekyll builds a page whatever its `date` or its name say', () => {
    // Jekyll: h.md with `date: 2014-13-45` builds _site/h.html, page.date printed as written; 2014-13-45-p.md builds too.
    // Jekyll stops on _cn/juin.md with `date: '5 juin 2014'` (below): collection documents' dates are read.
    assert.deepEqual(lint({ path: 'h.md', text: fm('title: H\ndate: 2014-13-45') }), []);
    assert.deepEqual(lint({ path: '2014-13-45-h.md', text: fm('title: H') }), []);
  });
});

describe('date-invalid: the fixes offered', () => {
  it('the file name’s day once only when it is also the guess', () => {
    assert.deepEqual(lint({ text: fm("title: A\nlang: fr\ndate: '4 juin 2014'") })[0].fixes, [
      "Use `2014-06-04` → date: '2014-06-04'",
      "Use the current date and time (2026-11-26 13:00:00 +0100) → date: '2026-11-26 13:00:00 +0100'",
    ]);
  });

  it('no file name fix for a document whose name has no date', () => {
    assert.deepEqual(lint({ path: '_cn/juin.md', config: COLLECTION, text: fm("title: A\nlang: fr\ndate: '5 juin 2014'") })[0].fixes, [
      "Use `2014-06-05` → date: '2014-06-05'",
      "Use the current date and time (2026-11-26 13:00:00 +0100) → date: '2026-11-26 13:00:00 +0100'",
    ]);
    assert.deepEqual(lint({ path: '_cn/juin.md', config: COLLECTION, text: fm('title: A\ndate: 2014-13-45') })[0].fixes, [
      'Use the current date and time (2026-11-26 13:00:00 +0100) → date: 2026-11-26 13:00:00 +0100',
    ]);
  });
});
