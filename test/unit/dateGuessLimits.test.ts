import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { dateInvalidFixes } from './ruleCases';

// What date-invalid guesses from a date Jekyll cannot read, and where it stops guessing. Every
// "Jekyll:" line is what `jekyll build` (4.3.1, `timezone: Europe/Paris`) printed for a post
// `_posts/2014-06-04-a.md` with that date: the error, or for a guessed value the URL it built and
// `{{ page.date }}`. Each date below stops the build whatever the day it runs (Ruby's Date._parse
// finds month 20, 30 or 13 in it), so the answers do not depend on the clock.


const fixes = dateInvalidFixes;

const NOW = "Use the current date and time (2026-11-26 13:00:00 +0100) → date: '2026-11-26 13:00:00 +0100'";
const FILE_DAY = "Use the date from the file name (2014-06-04) → date: '2014-06-04'";
/** No guess: only the file name's day and now. */
const NO_GUESS = [FILE_DAY, NOW];

describe('date-invalid: the time of a guessed date', () => {
  it('keeps seconds and the offset, in the form Jekyll documents', () => {
    // Jekyll: Invalid date '2014-06.05 10:30:45.25 +02:00'. Fixed '2014-06-05 10:30:45 +0200':
    // /2014/06/05/a.html, 2014-06-05 10:30:45 +0200.
    assert.deepEqual(fixes("'2014-06.05 10:30:45.25 +02:00'"), ["Use `2014-06-05 10:30:45 +0200` → date: '2014-06-05 10:30:45 +0200'", FILE_DAY, NOW]);
    // Jekyll: Invalid date '2014-06.05 10:30 -0500'. Fixed '2014-06-05 10:30:00 -0500':
    // /2014/06/05/a.html, 2014-06-05 17:30:00 +0200.
    assert.deepEqual(fixes("'2014-06.05 10:30 -0500'"), ["Use `2014-06-05 10:30:00 -0500` → date: '2014-06-05 10:30:00 -0500'", FILE_DAY, NOW]);
  });

  it('reads a time after `T` and a space, and the last second of the day', () => {
    // Jekyll: Invalid date '2014-06.05T 10:30'. Fixed '2014-06-05 10:30:00': 2014-06-05 10:30:00 +0200.
    assert.deepEqual(fixes("'2014-06.05T 10:30'"), ["Use `2014-06-05 10:30:00` → date: '2014-06-05 10:30:00'", FILE_DAY, NOW]);
    // Jekyll: Invalid date '2014-06.05 23:59:59'. Fixed '2014-06-05 23:59:59': /2014/06/05/a.html, 2014-06-05 23:59:59 +0200.
    assert.deepEqual(fixes("'2014-06.05 23:59:59'"), ["Use `2014-06-05 23:59:59` → date: '2014-06-05 23:59:59'", FILE_DAY, NOW]);
  });

  it('no guess when the time is past the day or the minute, even where Ruby would roll it over', () => {
    // Jekyll: Invalid date '2014-06.05 25:00'.
    assert.deepEqual(fixes("'2014-06.05 25:00'"), NO_GUESS);
    // Jekyll: Invalid date '2014-06.05 24:00'; '2014-06-05 24:00:00' would build /2014/06/06/a.html, another day.
    assert.deepEqual(fixes("'2014-06.05 24:00'"), NO_GUESS);
    // Jekyll: Invalid date '2014-06.05 10:30:60'; '2014-06-05 10:30:60' would print 2014-06-05 10:31:00 +0200.
    assert.deepEqual(fixes("'2014-06.05 10:30:60'"), NO_GUESS);
  });

  it('no guess when the time is not a time: cut short, broken by a space, followed by a word or by itself', () => {
    // Jekyll: Invalid date '2014-06.05 10:3', '2014-06.05 10: 30:45', '2014-06.05 10:30 CEST',
    // '2014-06.05 10:30 10:30'.
    for (const date of ["'2014-06.05 10:3'", "'2014-06.05 10: 30:45'", "'2014-06.05 10:30 CEST'", "'2014-06.05 10:30 10:30'"]) {
      assert.deepEqual(fixes(date), NO_GUESS, date);
    }
  });

  it('no guess of a time alone when the day is not a day', () => {
    // Jekyll: Invalid date '2014-13-45 10:30'. A time without its day, 'undefined 10:30:00', would
    // build /2026/12/05/a.html: Ruby puts a lone time on the day of the build.
    assert.deepEqual(fixes("'2014-13-45 10:30'"), NO_GUESS);
  });
});

describe('date-invalid: a guessed day', () => {
  it('no guess for numbers with words before or after them', () => {
    // Jekyll: Invalid date 'le 2014-06.05', '2014-06.05 matin', 'le 4-6.2014', '4-6.2014 matin'.
    for (const date of ["'le 2014-06.05'", "'2014-06.05 matin'", "'le 4-6.2014'", "'4-6.2014 matin'"]) {
      assert.deepEqual(fixes(date, 'fr'), NO_GUESS, date);
    }
  });

  it('a regional English (`en-US`) reads month first, as `en` does', () => {
    // Jekyll: Invalid date '4-6.2014'. Fixed '2014-04-06': /2014/04/06/a.html.
    assert.deepEqual(fixes("'4-6.2014'", 'en-US'), ["Use `2014-04-06` → date: '2014-04-06'", FILE_DAY, NOW]);
  });

  it('no guess of a day past the end of its month, which Jekyll would move to the next month', () => {
    // Jekyll: Invalid date '2/30/2014'; '2014-02-30' would build /2014/03/02/a.html (2014-03-02 00:00:00 +0100).
    assert.deepEqual(fixes("'2/30/2014'", 'fr'), NO_GUESS);
    assert.deepEqual(fixes("'2/30/2014'", 'en'), NO_GUESS);
  });

  it('a French month name after a weekday and extra spaces', () => {
    // Jekyll: Invalid date 'Mercredi 4 juin 2014', 'Mercredi  4 juin 2014', '4  juin  2014',
    // 'juin  4  2014'. Fixed '2014-06-04': /2014/06/04/a.html, the file name's day (offered once).
    for (const date of ["'Mercredi 4 juin 2014'", "'Mercredi  4 juin 2014'", "'4  juin  2014'", "'juin  4  2014'"]) {
      assert.deepEqual(fixes(date, 'fr'), ["Use `2014-06-04` → date: '2014-06-04'", NOW], date);
    }
  });

  it('no guess for a month name with more words around it', () => {
    // Jekyll: Invalid date 'Mercredi le 4 juin 2014', '4 juin 2014 à 10h', 'Mercredi juin 4 2014', 'juin 4 2014 à 10h'.
    for (const date of ["'Mercredi le 4 juin 2014'", "'4 juin 2014 à 10h'", "'Mercredi juin 4 2014'", "'juin 4 2014 à 10h'"]) {
      assert.deepEqual(fixes(date, 'fr'), NO_GUESS, date);
    }
  });
});
