import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strftime, xmlschema } from '../../src/core/site/strftime';

const table: { tz: string; epoch: number; format: string; out: string; xml: string }[] = JSON.parse(
  readFileSync(join(__dirname, '../../../test/unit/fixtures/ruby-strftime.json'), 'utf8'),
);

test('strftime prints what Ruby Time#strftime prints, in every zone of the table', () => {
  const failures = table.filter((c) => strftime(c.format, c.epoch, c.tz) !== c.out).map((c) => `${c.tz} ${c.epoch}: ${c.out} vs ${strftime(c.format, c.epoch, c.tz)}`);
  assert.deepEqual(failures, []);
});

test('xmlschema prints what Ruby Time#xmlschema prints (date_to_xmlschema)', () => {
  for (const c of table) assert.equal(xmlschema(c.epoch, c.tz), c.xml, `${c.tz} ${c.epoch}`);
});

const cases: { name: string; format: string; epoch: number; tz: string; expected: string }[] = [
  { name: 'the ISO week year differs from the year at the end of December', format: '%G-W%V-%u', epoch: 1451520000, tz: 'UTC', expected: '2015-W53-4' },
  { name: 'the no-padding flag drops leading zeros', format: '%-m/%-d', epoch: 1401888479, tz: 'UTC', expected: '6/4' },
  { name: 'the day is the one of the zone, not of UTC', format: '%Y-%m-%d', epoch: 1420068600, tz: 'Asia/Tokyo', expected: '2015-01-01' },
];
for (const c of cases) {
  test(`strftime: ${c.name}`, () => assert.equal(strftime(c.format, c.epoch, c.tz), c.expected));
}
