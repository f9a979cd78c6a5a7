import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import { fileNameDay } from '../../src/core/lint/fileNameDay';

// The day a short-year post file name says. Jekyll 4.3.1 (`jekyll build`, UTC): `_posts/00-02-29-b.md`
// → _site/2000/02/29/b.html; `01-02-29-c.md` → 2001/03/01 and `14-02-30-a.md` → 2014/03/02 (Ruby rolls
// an impossible day into March, a day the name does not say: no day, as for `2014-02-30`);
// `14-13-45` stops the build (Time.parse: argument out of range), which date-invalid reports.

const NOW = new Date('2026-12-05T12:00:00Z');

test('a short year gives the day Jekyll reads; an impossible or unreadable one gives none', () => {
  assert.equal(fileNameDay('00-02-29', 'UTC', NOW), '2000-02-29');
  assert.equal(fileNameDay('14-6-4', 'UTC', NOW), '2014-06-04');
  assert.equal(fileNameDay('999-12-31', 'UTC', NOW), '0999-12-31');
  assert.equal(fileNameDay('01-02-29', 'UTC', NOW), undefined);
  assert.equal(fileNameDay('14-02-30', 'UTC', NOW), undefined);
  assert.equal(fileNameDay('14-13-45', 'UTC', NOW), undefined);
});
