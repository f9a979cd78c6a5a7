import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formatMessage } from '../../src/core/messages';
import { slice } from './helpers';
import { lintCase, SiteCase } from './ruleCases';

// The first and last days a post's file name can give, as date-filename-mismatch compares them with
// the front matter date. Every "Jekyll:" line is what `jekyll build` (4.3.1, `timezone:
// Europe/Paris`) built and printed as `{{ page.date }}`.

const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;
const lint = (c: SiteCase): string[] => lintCase(c, 'date-filename-mismatch').map((f) => `${slice(c.text, f.range)}: ${formatMessage(f.message)}`);

describe('date-filename-mismatch: the days at the ends of a month', () => {
  it('the last day of the year is a day of the file name', () => {
    // Jekyll: _posts/2014-12-31-a.md without a date builds /2014/12/31/a.html (2014-12-31 00:00:00 +0100);
    // dated 2015-01-01 it builds /2015/01/01/a.html.
    assert.deepEqual(lint({ path: '_posts/2014-12-31-a.md', text: fm('title: A\ndate: 2015-01-01') }), [
      '2015-01-01: This date falls on 2015-01-01 (Europe/Paris), but the file name says 2014-12-31: Jekyll uses the front matter date.',
    ]);
    assert.deepEqual(lint({ path: '_posts/2014-12-31-a.md', text: fm('title: A\ndate: 2014-12-31 10:00:00') }), []);
  });

  it('day 0 and day 40 are no days: nothing to compare', () => {
    // Jekyll: _posts/2014-06-00-a.md and _posts/2014-06-40-a.md without a date stop the build
    // (Invalid date '2014-06-00', '2014-06-40'); dated, they build /2014/06/04/a.html and /2014/07/02/a.html.
    assert.deepEqual(lint({ path: '_posts/2014-06-00-a.md', text: fm('title: A\ndate: 2014-06-04') }), []);
    assert.deepEqual(lint({ path: '_posts/2014-06-40-a.md', text: fm('title: A\ndate: 2014-07-02') }), []);
  });
});
