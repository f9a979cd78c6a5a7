import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toJekyllTime } from '../../src/core/render/time';

// Expected outputs from Jekyll 4.3.1: a page printing `{{ s | date: "%F %T %z %s" }}` for each string
// (site `timezone: Europe/Paris`, then `Etc/UTC`); this project's strftime writes %F %T as %Y-%m-%d %H:%M:%S.
const now = new Date('2024-07-15T10:20:30Z');
const FORMAT = '%Y-%m-%d %H:%M:%S %z %s';

test('the date filter shows a string that gives its own offset in that offset, whatever the site zone', () => {
  const jekyll: [string, string][] = [
    ['2014-06-04 10:00:00 -05:30', '2014-06-04 10:00:00 -0530 1401895800'],
    ['2014-06-04 10:00:00 +14:00', '2014-06-04 10:00:00 +1400 1401825600'],
    ['2014-06-04 10:00:00 +0545', '2014-06-04 10:00:00 +0545 1401855300'],
    ['2014-06-04 23:30:00 -09:30', '2014-06-04 23:30:00 -0930 1401958800'],
    ['2014-12-31 23:30:00 -11:00', '2014-12-31 23:30:00 -1100 1420108200'],
    ['2014-06-04 10:00:00 -00:00', '2014-06-04 10:00:00 +0000 1401876000'],
    ['2014-06-04 10:00:00 +00:00', '2014-06-04 10:00:00 +0000 1401876000'],
    ['2014-06-04 10:00:00 Z', '2014-06-04 10:00:00 +0000 1401876000'],
    ['2014-06-04 10:00:00 UTC', '2014-06-04 10:00:00 +0000 1401876000'],
    ['2014-06-04T10:00:00+12:45', '2014-06-04 10:00:00 +1245 1401830100'],
  ];
  for (const zone of ['Europe/Paris', 'America/Los_Angeles']) {
    for (const [input, shown] of jekyll) assert.equal(toJekyllTime(input, zone, now)?.strftime(FORMAT), shown, `${input} in ${zone}`);
  }
});

test('in a UTC site, epoch seconds past the years JavaScript dates reach are shown as Ruby shows them', () => {
  // Jekyll 4.3.1, `timezone: Etc/UTC`: {{ "9999999999999" | date: "%F %T %z" }} prints 318857-05-20 17:46:39 +0000.
  for (const zone of ['UTC', 'Etc/UTC']) {
    assert.equal(toJekyllTime('9999999999999', zone, now)?.strftime(FORMAT), '318857-05-20 17:46:39 +0000 9999999999999', zone);
    assert.equal(toJekyllTime('8639999999999', zone, now)?.strftime(FORMAT), '275760-09-12 23:59:59 +0000 8639999999999', zone);
  }
});
