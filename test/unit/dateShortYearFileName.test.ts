import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { applyEdits, slice } from './helpers';
import { lintCase } from './ruleCases';

// Post file names with a two- or three-digit year. Jekyll 4.3.1 (`jekyll build`, UTC) reads them as
// Ruby's Time.parse does: `_posts/14-06-05-b.md` with no date → _site/2014/06/05/b.html,
// `69-01-01-c.md` → 1969/01/01, `00-1-2-f.md` → 2000/01/02, `999-01-01-e.md` → 0999/01/01; and
// `14-06-04-a.md` with `date: 2015-01-01` → _site/2015/01/01/a.html (the front matter date wins),
// which date-filename-mismatch reported for a four-digit year only.

const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;
const UTC = 'title: Test\ntimezone: UTC\n';

describe('date-filename-mismatch and date-invalid read a short year in the file name as Jekyll does', () => {
  it('reports a front matter date on another day than `14-06-04` (2014-06-04), with both fixes', () => {
    const text = fm('title: A\ndate: 2015-01-01');
    const [finding, ...rest] = lintCase({ text, path: '_posts/14-06-04-a.md', config: UTC }, 'date-filename-mismatch');
    assert.equal(rest.length, 0);
    assert.ok(finding, 'a finding');
    assert.equal(finding.rule, 'date-filename-mismatch');
    assert.equal(slice(text, finding.range), '2015-01-01');
    assert.deepEqual(finding.message.args, ['2015-01-01', 'UTC', '2014-06-04']);
    const change = finding.fixes?.find((f) => f.title.template === 'Change the date to {0}');
    assert.ok(change);
    assert.equal(applyEdits(text, change.edits), fm('title: A\ndate: 2014-06-04'));
    const rename = finding.fixes?.find((f) => f.rename);
    assert.deepEqual(rename?.rename, { from: '_posts/14-06-04-a.md', to: '_posts/2015-01-01-a.md' });
  });

  it('reads `69-` as 1969 and `00-1-2` as 2000-01-02, as Ruby completes a two-digit year', () => {
    const late = lintCase({ text: fm('title: C\ndate: 2069-01-01'), path: '_posts/69-01-01-c.md', config: UTC }, 'date-filename-mismatch');
    assert.deepEqual(late[0]?.message.args, ['2069-01-01', 'UTC', '1969-01-01']);
    assert.deepEqual(lintCase({ text: fm('title: C\ndate: 1969-01-01'), path: '_posts/69-01-01-c.md', config: UTC }, 'date-filename-mismatch'), []);
    assert.deepEqual(lintCase({ text: fm('title: F\ndate: 2000-01-02 10:00:00'), path: '_posts/00-1-2-f.md', config: UTC }, 'date-filename-mismatch'), []);
    const f = lintCase({ text: fm('title: F\ndate: 2000-01-03'), path: '_posts/00-1-2-f.md', config: UTC }, 'date-filename-mismatch');
    assert.deepEqual(f[0]?.message.args, ['2000-01-03', 'UTC', '2000-01-02']);
  });

  it('offers the file name’s day, as Jekyll reads it, for an unreadable date', () => {
    const text = fm('title: A\ndate: 2014-13-45');
    const [finding] = lintCase({ text, path: '_posts/14-06-04-a.md', config: UTC }, 'date-invalid');
    assert.ok(finding);
    const titles = finding.fixes?.map((f) => f.title.template === 'Use the date from the file name ({0})' && f.title.args?.[0]);
    assert.ok(titles?.includes('2014-06-04'), JSON.stringify(finding.fixes?.map((f) => f.title)));
  });
});
