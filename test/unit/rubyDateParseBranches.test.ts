import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRubyTime, rubyDateParse } from '../../src/core/site/rubyTime';

// From real Ruby: test/conformance/ruby/parse-branches.rb over parse-branches-inputs.txt. The corners
// of Date._parse and time.rb that ruby-parse-forms.json leaves out: signed and quoted years, a day
// after a minus, digit runs with a year below 100, time parts of odd length, bracketed zone names,
// the 128-byte limit in UTF-8, era words, time.rb's zone letters, offsets that cross a month end.
interface RubyResult {
  epochSeconds?: number;
  offsetMinutes?: number;
  iso?: string;
  error?: string;
}
const table: { now: string; zones: string[]; cases: { input: string; results: Record<string, RubyResult>; hash: Record<string, unknown> }[] } = JSON.parse(
  readFileSync(join(__dirname, '../../../test/unit/fixtures/ruby-parse-branches.json'), 'utf8'),
);
const now = new Date(table.now);

const hashOf = (input: string): Record<string, unknown> => {
  try {
    return { ...rubyDateParse(input) };
  } catch (e) {
    return { error: (e as Error).message };
  }
};
const sorted = (h: Record<string, unknown>): string => JSON.stringify(Object.keys(h).filter((k) => h[k] !== undefined).sort().map((k) => [k, h[k]]));

test('Date._parse gives Ruby’s hash (or Ruby’s length error, counted in UTF-8 bytes) for each corner form', () => {
  assert.ok(table.cases.length >= 60);
  assert.ok(table.cases.some((c) => typeof c.hash.error === 'string' && /exceeds the limit 128/.test(c.hash.error)));
  const failures: string[] = [];
  for (const c of table.cases) {
    const hash = hashOf(c.input);
    if (sorted(hash) !== sorted(c.hash)) failures.push(`${JSON.stringify(c.input)}: Ruby ${sorted(c.hash)}, got ${sorted(hash)}`);
  }
  assert.deepEqual(failures, []);
});

test('Time.parse(date).localtime of each corner form, in five zones, as Ruby gives it (or refuses it)', () => {
  assert.equal(table.zones.length, 5);
  const failures: string[] = [];
  for (const c of table.cases) {
    for (const zone of table.zones) {
      const expected = c.results[zone];
      const actual = parseRubyTime(c.input, zone, now);
      const shown = actual.ok ? `${new Date(actual.epochSeconds * 1000).toISOString()} offset ${actual.offsetMinutes}` : `an error (${actual.reason})`;
      if (expected.error !== undefined ? actual.ok : !actual.ok || actual.epochSeconds !== expected.epochSeconds || actual.offsetMinutes !== expected.offsetMinutes) {
        failures.push(`${JSON.stringify(c.input)} in ${zone}: Ruby gives ${expected.iso ?? `an error (${expected.error})`}, got ${shown}`);
      }
    }
  }
  assert.deepEqual(failures, []);
});
