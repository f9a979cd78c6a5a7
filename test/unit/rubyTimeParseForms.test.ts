import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRubyTime, rubyDateParse, zoneOffsetFromParts, zoneOffsetSeconds } from '../../src/core/site/rubyTime';

// From real Ruby: test/conformance/ruby/parse-forms.rb over parse-forms-inputs.txt. Each branch of
// Date._parse (digit runs, week and ordinal dates, Japanese eras, VMS, slashes, dots, eras, fragments,
// day names, how s3e sorts signed or quoted years and two or three numbers, the 128-byte limit
// counted in UTF-8 bytes), time.rb's zone table and offsets, the fields Time.parse fills from now,
// in seven zones (London at offset 0 in winter, the hour New York repeats when summer time ends),
// and the UTC offsets before the year 1.
interface RubyResult {
  epochSeconds?: number;
  offsetMinutes?: number;
  iso?: string;
  error?: string;
}
const table: {
  now: string;
  zones: string[];
  cases: { input: string; results: Record<string, RubyResult>; hash: Record<string, unknown> }[];
  offsets: { zone: string; epochSeconds: number; offsetSeconds: number; local: string }[];
} = JSON.parse(
  readFileSync(join(__dirname, '../../../test/unit/fixtures/ruby-parse-forms.json'), 'utf8'),
);
const now = new Date(table.now);

test('Time.parse(date).localtime of each form Date._parse reads, in seven zones, as Ruby gives it (or refuses it)', () => {
  assert.ok(table.cases.length >= 340 && table.zones.length === 7);
  const failures: string[] = [];
  for (const c of table.cases) {
    for (const zone of table.zones) {
      const expected = c.results[zone];
      const actual = parseRubyTime(c.input, zone, now);
      const shown = (): string => (actual.ok ? `${new Date(actual.epochSeconds * 1000).toISOString()} offset ${actual.offsetMinutes}` : `an error (${actual.reason})`);
      if (expected.error !== undefined ? actual.ok : !actual.ok || actual.epochSeconds !== expected.epochSeconds || actual.offsetMinutes !== expected.offsetMinutes) {
        let hash = '';
        try {
          hash = JSON.stringify(rubyDateParse(c.input));
        } catch (e) {
          hash = String(e);
        }
        failures.push(`${JSON.stringify(c.input)} in ${zone}: Ruby gives ${expected.iso ?? `an error (${expected.error})`}, got ${shown()} ${hash}`);
      }
    }
  }
  assert.deepEqual(failures, []);
});

test('Date._parse gives Ruby’s hash for each form, the week-date and weekday keys that Time.parse ignores included', () => {
  const failures: string[] = [];
  for (const c of table.cases) {
    let hash: Record<string, unknown>;
    try {
      hash = { ...rubyDateParse(c.input) };
    } catch (e) {
      hash = { error: (e as Error).message };
    }
    const sorted = (h: Record<string, unknown>): string => JSON.stringify(Object.keys(h).filter((k) => h[k] !== undefined).sort().map((k) => [k, h[k]]));
    if (sorted(hash) !== sorted(c.hash)) failures.push(`${JSON.stringify(c.input)}: Ruby ${sorted(c.hash)}, got ${sorted(hash)}`);
  }
  assert.ok(table.cases.some((c) => c.hash.cweek !== undefined));
  // Every day of the week is among the inputs, and an input past Date._parse's 128-byte limit.
  assert.deepEqual([...new Set(table.cases.map((c) => c.hash.wday).filter((w) => w !== undefined))].sort(), [0, 1, 2, 3, 4, 5, 6]);
  assert.ok(table.cases.some((c) => typeof c.hash.error === 'string' && /exceeds the limit 128/.test(c.hash.error)));
  assert.deepEqual(failures, []);
});

test('the UTC offset before the year 1 (local mean time) is Ruby’s, from Intl’s long offset name and from its civil fields (era BC)', () => {
  assert.ok(table.offsets.some((o) => o.local.startsWith('-0100')));
  for (const o of table.offsets) {
    assert.equal(zoneOffsetSeconds(o.epochSeconds, o.zone), o.offsetSeconds, `${o.zone} at ${o.local}`);
    assert.equal(zoneOffsetFromParts(o.epochSeconds, o.zone), o.offsetSeconds, `${o.zone} at ${o.local} from the civil fields`);
  }
});
