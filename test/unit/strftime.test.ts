import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strftime, xmlschema } from '../../src/core/site/strftime';
import { daysFromCivil, utcSecondsToCivil } from '../../src/core/site/timestamp';

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

test('civil fields by arithmetic agree with Date, across eras and around leap days', () => {
  const samples: number[] = [];
  for (let s = -62_167_219_200 * 3; s < 253_402_300_800 * 3; s += 86_399_937) samples.push(s); // years -3000..30000
  for (const iso of ['1970-01-01T00:00:00Z', '2000-02-29T23:59:59Z', '1900-02-28T12:00:00Z', '2024-12-31T23:59:59Z', '0000-03-01T00:00:00Z', '-000001-12-31T23:59:59Z']) samples.push(Date.parse(iso) / 1000);
  samples.push(1.5, -0.5, 86_399.999, -86_400.25);
  for (const s of samples) {
    const d = new Date(s * 1000);
    const expected = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds() };
    assert.deepEqual(utcSecondsToCivil(s), expected, String(s));
    const days = Math.floor(s / 86400);
    assert.equal(daysFromCivil(expected.year, expected.month, expected.day), days, `days of ${String(s)}`);
  }
  assert.ok(samples.length > 1000);
});
