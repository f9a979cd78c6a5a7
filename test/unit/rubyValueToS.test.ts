import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontMatterData } from '../../src/core/site/frontMatter';
import { parseRubyTime, rubyToS } from '../../src/core/site/rubyTime';

// From real Ruby with Jekyll's YAML loader: test/conformance/ruby/date-values.rb over
// date-values-inputs.txt records each front matter value's `to_s` (under TZ=UTC). Jekyll parses
// that text as the date and shows it in "Invalid date '<to_s>'" when it fails; inside a
// list or a map a date or time is written with its `inspect` (Date#inspect with its Julian Day
// Number, Time#inspect with the fraction of a second).
interface Case {
  yaml: string;
  rubyClass: string;
  toS: string;
  excluded?: string;
}
const table: { cases: Case[] } = JSON.parse(readFileSync(join(__dirname, '../../../test/unit/fixtures/ruby-date-values.json'), 'utf8'));

// A whole-valued Float is a Float in Ruby (to_s `1.0e+16`); the values this project reads do not
// tell it from an Integer (rubyTime.ts rubyNumberToS), as documentDateValues.test says too.
const wholeFloat = (c: Case): boolean => c.rubyClass === 'Float' && Number.isInteger(Number(c.yaml));

const valueOf = (yaml: string) => parseFrontMatterData(`---\ndate: ${yaml}\n---\n`)?.date;

test('each front matter value has Ruby’s to_s text: dates, times with and without a zone, numbers, lists and maps', () => {
  const failures: string[] = [];
  let compared = 0;
  for (const c of table.cases) {
    if (wholeFloat(c) || c.excluded !== undefined) continue;
    const value = valueOf(c.yaml);
    assert.notEqual(value, undefined, c.yaml);
    compared++;
    const text = rubyToS(value!);
    if (text !== c.toS) failures.push(`date: ${c.yaml}: Ruby ${JSON.stringify(c.toS)}, got ${JSON.stringify(text)}`);
  }
  assert.ok(compared >= 50, `${compared}`);
  assert.deepEqual(failures, []);
});

test('the same date text parsed in the same second with no zone given (UTC) and in Europe/Paris gets each zone’s time', () => {
  // ruby-dates.json (dates.rb: Time.parse(input, now).localtime under each TZ): `2014-06-04 10:20`
  // is 10:20 UTC without a zone (Jekyll's default here) and 08:20 UTC under TZ=Europe/Paris.
  const dates: { now: string; cases: { input: string; results: Record<string, { epochSeconds?: number; offsetMinutes?: number }> }[] } = JSON.parse(
    readFileSync(join(__dirname, '../../../test/unit/fixtures/ruby-dates.json'), 'utf8'),
  );
  const expected = dates.cases.find((c) => c.input === '2014-06-04 10:20')!.results;
  const now = new Date(dates.now);
  const plain = parseRubyTime('2014-06-04 10:20', undefined, now);
  const paris = parseRubyTime('2014-06-04 10:20', 'Europe/Paris', now);
  assert.deepEqual(plain, { ok: true, epochSeconds: expected.UTC.epochSeconds, offsetMinutes: expected.UTC.offsetMinutes });
  assert.deepEqual(paris, { ok: true, epochSeconds: expected['Europe/Paris'].epochSeconds, offsetMinutes: expected['Europe/Paris'].offsetMinutes });
});

test('an ordinal date of a leap year at 24:00 gets Ruby’s day, whatever the current year', () => {
  // TZ=UTC ruby -e 'require "time"; now = Time.utc(2025,7,15,10,20,30);
  //   p Time.parse("2016-061 24:00", now), Time.parse("2016-062 24:00", now)'
  // => 2016-03-01 00:00:00 +0000, 2016-03-02 00:00:00 +0000: make_time builds day 61 (30 February
  // at 24:00, 2 March), finds the yday one too far and steps the day back, counting the days of
  // February of 2016 (29), not of the current year.
  const now = new Date('2025-07-15T10:20:30Z');
  const iso = (input: string) => {
    const r = parseRubyTime(input, 'UTC', now);
    return r.ok ? new Date(r.epochSeconds * 1000).toISOString() : r.reason;
  };
  assert.deepEqual(['2016-061 24:00', '2016-062 24:00'].map(iso), ['2016-03-01T00:00:00.000Z', '2016-03-02T00:00:00.000Z']);
});
