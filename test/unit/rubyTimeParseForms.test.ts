import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRubyTime, rubyDateParse } from '../../src/core/site/rubyTime';

// From real Ruby: test/conformance/ruby/parse-forms.rb over parse-forms-inputs.txt. Each branch of
// Date._parse (digit runs, week and ordinal dates, Japanese eras, VMS, slashes, dots, eras, fragments),
// time.rb's zone table and offsets, and the fields Time.parse fills from now.
interface RubyResult {
  epochSeconds?: number;
  offsetMinutes?: number;
  iso?: string;
  error?: string;
}
const table: { now: string; zones: string[]; cases: { input: string; results: Record<string, RubyResult> }[] } = JSON.parse(
  readFileSync(join(__dirname, '../../../test/unit/fixtures/ruby-parse-forms.json'), 'utf8'),
);
const now = new Date(table.now);

test('Time.parse(date).localtime of each form Date._parse reads, in five zones, as Ruby gives it (or refuses it)', () => {
  assert.ok(table.cases.length >= 200 && table.zones.length === 5);
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
