import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lintDocument } from '../../src/core/lint/lint';
import { formatMessage } from '../../src/core/messages';
import { readConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';
import { slice } from './helpers';
import { dateInvalidFixes, lintCase, SiteCase } from './ruleCases';

// The dates a user wrote that Jekyll cannot read, the date date-invalid guesses they meant, and the
// file name days date-filename-mismatch reads. Every "Jekyll:" line is what `jekyll build` (4.3.1,
// `timezone: Europe/Paris` unless said) printed for a post `_posts/2014-06-04-a.md` with that date,
// and for the fixed value: the URL and `page.date` it built.

const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;

const fixes = dateInvalidFixes;

const NOW = "Use the current date and time (2026-11-26 13:00:00 +0100) → date: '2026-11-26 13:00:00 +0100'";
const FILE_DAY = "Use the date from the file name (2014-06-04) → date: '2014-06-04'";

describe('date-invalid: the date the author meant', () => {
  it('ISO parts joined by mixed separators, written in full', () => {
    // Jekyll: Invalid date '2014-6.4' ... does not have a valid date in the YAML front matter.
    // Fixed '2014-06-04': /2014/06/04/a.html, 2014-06-04 00:00:00 +0200.
    assert.deepEqual(fixes("'2014-6.4'"), ["Use `2014-06-04` → date: '2014-06-04'", NOW]);
  });

  it('a time kept, seconds added; `Z` written as +0000', () => {
    // Jekyll: Invalid date '2014-06.04 10:30'; fixed '2014-06-04 10:30:00': 2014-06-04 10:30:00 +0200.
    assert.deepEqual(fixes("'2014-06.04 10:30'"), ["Use `2014-06-04 10:30:00` → date: '2014-06-04 10:30:00'", FILE_DAY, NOW]);
    // Jekyll: Invalid date '2014-06.04 10:30Z'; fixed '2014-06-04 10:30:00 +0000': 2014-06-04 12:30:00 +0200.
    assert.deepEqual(fixes("'2014-06.04 10:30Z'"), ["Use `2014-06-04 10:30:00 +0000` → date: '2014-06-04 10:30:00 +0000'", FILE_DAY, NOW]);
  });

  it('day and month both possible: month first in English, day first otherwise', () => {
    // Jekyll: Invalid date '4-6.2014'. Fixed '2014-04-06': /2014/04/06/a.html; fixed '2014-06-04': /2014/06/04/a.html.
    assert.deepEqual(fixes("'4-6.2014'", 'en'), ["Use `2014-04-06` → date: '2014-04-06'", FILE_DAY, NOW]);
    assert.deepEqual(fixes("'4-6.2014'", 'fr'), ["Use `2014-06-04` → date: '2014-06-04'", NOW]);
    assert.deepEqual(fixes("'4-6.2014'"), ["Use `2014-06-04` → date: '2014-06-04'", NOW]);
  });

  it('only the month-first reading is a day: taken whatever the language', () => {
    // Jekyll: Invalid date '06/13/2014'. Fixed '2014-06-13': /2014/06/13/a.html.
    const expected = ["Use `2014-06-13` → date: '2014-06-13'", FILE_DAY, NOW];
    assert.deepEqual(fixes("'06/13/2014'", 'en'), expected);
    assert.deepEqual(fixes("'06/13/2014'", 'fr'), expected);
  });

  it('a month name before the day, in any case', () => {
    // Jekyll: Invalid date 'Juin 4 2014'. Fixed '2014-06-04': /2014/06/04/a.html.
    assert.deepEqual(fixes("'Juin 4 2014'", 'fr'), ["Use `2014-06-04` → date: '2014-06-04'", NOW]);
    // Jekyll: Invalid date 'JUIN 9 2014'. Fixed '2014-06-09': /2014/06/09/a.html.
    assert.deepEqual(fixes("'JUIN 9 2014'"), ["Use `2014-06-09` → date: '2014-06-09'", FILE_DAY, NOW]);
    // Jekyll: Invalid date 'Juin 32 2014'. No such day: no guess.
    assert.deepEqual(fixes("'Juin 32 2014'"), [FILE_DAY, NOW]);
  });
});

describe('date-filename-mismatch: the day a file name gives', () => {
  const lint = (c: SiteCase): string[] => lintCase(c, 'date-filename-mismatch').map((f) => `${slice(c.text, f.range)}: ${formatMessage(f.message)}`);

  it('a day written without its zeros is the same day', () => {
    // Jekyll: _posts/2014-6-4-b.md, _posts/2014-6-04-b.md and _posts/2014-06-4-b.md dated
    // 2014-06-04 10:00:00 all build /2014/06/04/b.html.
    for (const path of ['_posts/2014-6-4-b.md', '_posts/2014-6-04-b.md', '_posts/2014-06-4-b.md']) {
      assert.deepEqual(lint({ path, text: fm('title: B\ndate: 2014-06-04 10:00:00') }), [], path);
    }
    // Jekyll: _posts/2014-6-4-c.md dated 2014-06-05 builds /2014/06/05/c.html.
    assert.deepEqual(lint({ path: '_posts/2014-6-4-c.md', text: fm('title: C\ndate: 2014-06-05') }), [
      '2014-06-05: This date falls on 2014-06-05 (Europe/Paris), but the file name says 2014-06-04: Jekyll uses the front matter date.',
    ]);
  });

  it('a year before 1000 keeps its four digits', () => {
    // Jekyll: _posts/0999-06-04-a.md dated 0999-06-04 10:00:00 builds /0999/06/04/a.html.
    assert.deepEqual(lint({ path: '_posts/0999-06-04-a.md', text: fm('title: A\ndate: 0999-06-04 10:00:00') }), []);
  });

  it('a file name that is not a real day, or has a two-digit year, is compared with nothing', () => {
    // Jekyll: _posts/2014-13-45-d.md dated 2014-06-04 builds /2014/06/04/d.html (the front matter date wins).
    assert.deepEqual(lint({ path: '_posts/2014-13-45-d.md', text: fm('title: D\ndate: 2014-06-04') }), []);
    // Jekyll: _posts/14-06-04-a.md without a date builds /2014/06/04/a.html.
    assert.deepEqual(lint({ path: '_posts/14-06-04-a.md', text: fm('title: A') }), []);
  });
});

describe('date-invalid: the file name day offered', () => {
  it('not when the file name is not a real day either', () => {
    // Jekyll: _posts/2014-13-45-d.md with `date: nope` stops: Invalid date 'nope' ... in the YAML front matter.
    const text = fm('title: D\ndate: nope');
    assert.deepEqual(lintCase({ path: '_posts/2014-13-45-d.md', text }, 'date-invalid').map((f) => (f.fixes ?? []).map((x) => formatMessage(x.title))), [
      ['Use the current date and time (2026-11-26 13:00:00 +0100)'],
    ]);
  });

  it('"now" in UTC when the host cannot name its zone, as Ruby reads an unknown TZ', () => {
    // Jekyll, no `timezone:` and TZ=Etc/Unknown on the machine: page.date of a post dated
    // 2014-06-04 22:30:00 -0500 prints 2014-06-05 03:30:00 +0000.
    const text = fm('title: A\ndate: nope');
    const config = readConfig('title: T\n');
    const found = lintDocument(
      { text, document: classifyPath('_posts/2014-06-04-a.md', config)!, config },
      { settings: { now: new Date('2026-11-26T12:00:00Z'), timezone: 'Etc/Unknown', requiredKeys: [] } },
    );
    assert.deepEqual(found.map((f) => [f.rule, (f.fixes ?? []).map((x) => formatMessage(x.title))]), [
      ['date-invalid', ['Use the date from the file name (2014-06-04)', 'Use the current date and time (2026-11-26 12:00:00 +0000)']],
    ]);
  });
});
