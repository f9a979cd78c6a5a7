import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { Finding } from '../../src/core/lint/types';
import { applyEdits, slice } from './helpers';
import { lintCase, SiteCase } from './ruleCases';

// date-filename-mismatch: which day Jekyll gives a post whose front matter date and file name
// disagree, and what the fix writes. Every day below is the URL day of `jekyll build` (4.3.1,
// `timezone: Europe/Paris`) of a post `_posts/2014-06-04-x.md` with that front matter; every fixed
// value was built again and gets the file's day, /2014/06/04/x.html.

const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;
const PATH = '_posts/2014-06-04-a.md';

function lint(c: Omit<SiteCase, 'path'>): { finding: Finding | undefined; all: Finding[] } {
  const all = lintCase({ ...c, path: PATH }, 'date-filename-mismatch');
  return { finding: all[0], all };
}

/** The text after the fix titled "Change the date to …". */
function changed(text: string, finding: Finding): string {
  const fix = finding.fixes?.find((f) => f.title.template === 'Change the date to {0}');
  assert.ok(fix, 'a fix changes the date');
  return applyEdits(text, fix.edits);
}

describe('date-filename-mismatch: the day Jekyll reads, and the fix', () => {
  it('reads a plain time without a zone as UTC, as Psych does: 23:30 is already the 5th in Paris, and the fix writes the same Paris time on the 4th', () => {
    // Jekyll: /2014/06/05/a.html, page.date 2014-06-05 01:30:00 +0200. Fixed: /2014/06/04/a.html.
    const text = fm('title: A\ndate: 2014-06-04 23:30:00');
    const { finding } = lint({ text });
    assert.ok(finding, 'a finding');
    assert.equal(slice(text, finding.range), '2014-06-04 23:30:00');
    assert.deepEqual(finding.message.args, ['2014-06-05', 'Europe/Paris', '2014-06-04']);
    // Writing the file's day again would change nothing: the day as written is already the 4th.
    assert.equal(changed(text, finding), fm('title: A\ndate: 2014-06-04 01:30:00 +0200'));
  });

  it('keeps a double-quoted date’s escapes as written when it changes the day', () => {
    // Jekyll reads "2014-06-05\t10:00:00 +0200" (a tab) as /2014/06/05/; the fixed value gives /2014/06/04/.
    const text = fm('title: B\ndate: "2014-06-05\\t10:00:00 +0200"');
    const { finding } = lint({ text });
    assert.ok(finding);
    assert.equal(changed(text, finding), fm('title: B\ndate: "2014-06-04\\t10:00:00 +0200"'));
  });

  it('keeps a single-quoted date’s doubled quote as written', () => {
    const text = fm("title: B\ndate: '2014-06-05 10:00:00 +0200 o''clock'");
    const { finding } = lint({ text });
    assert.ok(finding);
    assert.equal(changed(text, finding), fm("title: B\ndate: '2014-06-04 10:00:00 +0200 o''clock'"));
  });

  it('rewrites a date that does not start with its day whole, in Jekyll’s form (a weekday before it would be wrong on another day)', () => {
    // Jekyll: "Thursday 2014-06-05 10:00:00 +0200" gives /2014/06/05/; the fixed value /2014/06/04/.
    const text = fm('title: C\ndate: "Thursday 2014-06-05 10:00:00 +0200"');
    const { finding } = lint({ text });
    assert.ok(finding);
    assert.equal(changed(text, finding), fm('title: C\ndate: "2014-06-04 10:00:00 +0200"'));
  });

  it('reports a date merged from an anchor (`<<: *base`) on the front matter, with the rename as the only fix', () => {
    // Jekyll: /2014/06/07/c.html (Psych merges the anchor's date into the front matter).
    const text = fm('title: C\nbase: &b\n  date: 2014-06-07 10:00:00 +0200\n<<: *b');
    const { finding, all } = lint({ text });
    assert.equal(all.length, 1);
    assert.ok(finding);
    assert.equal(slice(text, finding.range), '---');
    assert.deepEqual(finding.message.args, ['2014-06-07', 'Europe/Paris', '2014-06-04']);
    assert.deepEqual(finding.fixes?.map((f) => f.rename), [{ from: PATH, to: '_posts/2014-06-07-a.md' }]);
  });

  it('leaves a date that `_config.yml` defaults give (the post’s `date:` is empty): nothing in the post to change', () => {
    // Jekyll: an empty `date:` keeps the defaults' date, /2014/06/07/d.html.
    const config = 'defaults:\n  - scope: {path: ""}\n    values: {date: 2014-06-07 10:00:00 +0200}\n';
    assert.deepEqual(lint({ text: fm('title: D\ndate:'), config }).all, []);
  });
});
