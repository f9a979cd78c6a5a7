import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fullDateParse, generalRubyTime, jekyllDocumentDate, parseRubyTime, quickDateParse, quickOffsetEpoch, rubyDateParse, zoneOffsetFromParts, zoneOffsetSeconds } from '../../src/core/site/rubyTime';
import { typePlainScalar } from '../../src/core/site/scalars';

interface RubyResult {
  epochSeconds?: number;
  offsetMinutes?: number;
  iso?: string;
  error?: string;
}
interface RubyTable {
  now: string;
  zones: string[];
  cases: { input: string; results: Record<string, RubyResult>; excluded?: string }[];
}

const table: RubyTable = JSON.parse(readFileSync(join(__dirname, '../../../test/unit/fixtures/ruby-dates.json'), 'utf8'));
const now = new Date(table.now);

test('the Ruby date table has several hundred inputs', () => {
  assert.ok(table.cases.length >= 300, `only ${table.cases.length} cases`);
});

test('parseRubyTime accepts and rejects exactly what Time.parse(x).localtime does, in every zone of the table', () => {
  const failures: string[] = [];
  let compared = 0;
  for (const c of table.cases) {
    if (c.excluded) continue;
    for (const zone of table.zones) {
      const expected = c.results[zone];
      const actual = parseRubyTime(c.input, zone, now);
      compared++;
      if (expected.error !== undefined) {
        if (actual.ok) failures.push(`${JSON.stringify(c.input)} in ${zone}: Ruby fails (${expected.error}), got ${new Date(actual.epochSeconds * 1000).toISOString()}`);
      } else if (!actual.ok) {
        failures.push(`${JSON.stringify(c.input)} in ${zone}: Ruby gives ${expected.iso}, got an error (${actual.reason}) ${JSON.stringify(rubyDateParse(c.input))}`);
      } else if (actual.epochSeconds !== expected.epochSeconds || actual.offsetMinutes !== expected.offsetMinutes) {
        failures.push(`${JSON.stringify(c.input)} in ${zone}: Ruby gives ${expected.iso}, got ${new Date(actual.epochSeconds * 1000).toISOString()} offset ${actual.offsetMinutes} ${JSON.stringify(rubyDateParse(c.input))}`);
      }
    }
  }
  assert.ok(compared > 1000);
  assert.deepEqual(failures, []);
});

test('every excluded input of the Ruby date table says why', () => {
  for (const c of table.cases) if (c.excluded !== undefined) assert.match(c.excluded, /\w{10}/);
});

const documentDates: { name: string; yaml: string; zone: string; iso: string | 'error' | undefined }[] = [
  { name: 'a YAML date is midnight in the site zone', yaml: '2014-06-04', zone: 'Europe/Paris', iso: '2014-06-03T22:00:00.000Z' },
  { name: 'a YAML time with an offset keeps its instant', yaml: '2014-06-04 15:27:59 +02:00', zone: 'America/Los_Angeles', iso: '2014-06-04T13:27:59.000Z' },
  { name: 'a YAML time without a zone is read as UTC', yaml: '2014-06-04 15:27:59', zone: 'Asia/Tokyo', iso: '2014-06-04T15:27:59.000Z' },
  { name: 'a YAML time drops its fraction of a second', yaml: '2014-06-04T15:27:59.9Z', zone: 'UTC', iso: '2014-06-04T15:27:59.000Z' },
  { name: 'a string goes through Time.parse in the site zone', yaml: '"2014-06-04 15:27"', zone: 'Europe/Paris', iso: '2014-06-04T13:27:00.000Z' },
  { name: 'an impossible date string rolls over as Ruby does', yaml: '2014-02-30', zone: 'UTC', iso: '2014-03-02T00:00:00.000Z' },
  { name: 'an empty date is the empty string, which fails', yaml: '', zone: 'UTC', iso: 'error' },
  { name: 'a boolean is its Ruby to_s, which fails', yaml: 'yes', zone: 'UTC', iso: 'error' },
];

for (const c of documentDates) {
  test(`jekyllDocumentDate: ${c.name}`, () => {
    const value = c.yaml.startsWith('"') ? JSON.parse(c.yaml) : typePlainScalar(c.yaml);
    const r = jekyllDocumentDate(value, c.zone, now);
    if (c.iso === 'error') assert.equal(r?.ok, false);
    else {
      assert.ok(r && r.ok, JSON.stringify(r));
      assert.equal(new Date(r.epochSeconds * 1000).toISOString(), c.iso);
    }
  });
}

test('jekyllDocumentDate gives nothing when there is no date key', () => {
  assert.equal(jekyllDocumentDate(undefined, 'UTC', now), undefined);
});

test('the quick reading of canonical dates gives the general parser’s hash, field for field', () => {
  let compared = 0;
  for (const date of ['1000-01-01', '1969-12-31', '1970-01-01', '2014-06-04', '2038-01-19', '9999-12-31', '2014-13-45', '2014-00-00', '2015-02-29']) {
    for (const time of ['', ' 10:00:00', 'T10:00:00', ' 00:00:00', 'T23:59:60', ' 24:00:00', ' 99:99:99']) {
      for (const zone of time === '' ? [''] : ['', ' +0200', '+0200', ' +02:00', '-09:30', ' -0930', 'Z', ' Z', ' +1400', ' +2400']) {
        const input = `${date}${time}${zone}`;
        const quick = quickDateParse(input);
        assert.ok(quick, input);
        assert.deepStrictEqual(quick, fullDateParse(input), input);
        compared++;
      }
    }
  }
  assert.equal(compared, 9 * (1 + 6 * 10));
  for (const other of ['2014-6-4', '14-06-04', '0999-01-01', '2014-06-04 10:00', '2014-06-04 10:00:00.5 +0200', '2014-06-04 10:00:00 CET', 'June 4, 2014', ' 2014-06-04', '2014-06-04 10:00:00 +02']) {
    assert.equal(quickDateParse(other), undefined, other);
  }
});

test('zone offsets read from Intl’s long offset name equal those computed from its civil fields', () => {
  const zones = ['Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'America/St_Johns', 'Pacific/Chatham', 'Africa/Casablanca', 'Etc/GMT+5', 'UTC'];
  let compared = 0;
  for (const zone of zones) {
    for (let s = -2_500_000_000; s < 4_200_000_000; s += 7_776_013) {
      assert.equal(zoneOffsetSeconds(s, zone), zoneOffsetFromParts(s, zone), `${zone} at ${s}`);
      compared++;
    }
  }
  assert.ok(compared > 8000);
  assert.equal(zoneOffsetSeconds(-2_000_000_000, 'Europe/Paris'), 561); // local mean time, +00:09:21
});

test('canonical dates with an offset are read by arithmetic exactly as Time.parse reads them, out-of-range fields left to it', () => {
  const now = new Date('2026-11-26T12:00:00Z');
  let quick = 0;
  let general = 0;
  for (const year of [1600, 1900, 1970, 2000, 2014, 2024, 2100, 9999]) {
    for (const [month, day] of [[1, 1], [2, 28], [2, 29], [2, 30], [3, 31], [4, 31], [12, 31], [13, 1], [0, 10], [6, 0], [6, 32]]) {
      for (const time of ['00:00:00', '23:59:59', '12:30:45', '24:00:00', '23:60:00', '23:59:60']) {
        for (const zone of ['+0000', ' +0200', ' -05:00', ' +14:00', ' -12:00', ' +23:59', ' -2359', ' +2400', 'Z', ' +0530']) {
          const input = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} ${time}${zone}`;
          const fast = quickOffsetEpoch(input);
          const expected = generalRubyTime(input, 'Europe/Paris', now);
          if (fast === undefined) {
            general++;
            continue;
          }
          quick++;
          assert.ok(expected.ok, `${input}: the general path refuses it`);
          assert.equal(fast, expected.epochSeconds, input);
          assert.deepEqual(parseRubyTime(input, 'Europe/Paris', now), expected, input);
        }
      }
    }
  }
  assert.ok(quick > 900 && general > 1000, `${quick} quick, ${general} general`);
  assert.equal(quickOffsetEpoch('2014-06-04 10:00:00'), undefined);
  assert.equal(quickOffsetEpoch('2014-06-04'), undefined);
});
