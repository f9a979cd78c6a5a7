import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRubyTime, rubyDateParse, zoneOffsetFromParts, zoneOffsetSeconds } from '../../src/core/site/rubyTime';

// From real Ruby: test/conformance/ruby/parse-forms-zones.rb over parse-forms-zones-inputs.txt.
// Forms and zones that ruby-parse-forms.json leaves out: day names, the ways Date._parse's s3e
// sorts two or three numbers, London at offset 0 in winter, the hour that happens twice when
// summer time ends in New York and Los Angeles, and offsets before the year 1.
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
} = JSON.parse(readFileSync(join(__dirname, '../../../test/unit/fixtures/ruby-parse-forms-zones.json'), 'utf8'));
const now = new Date(table.now);

test('Time.parse(date).localtime in London, New York, Los Angeles, Paris and UTC, as Ruby gives it', () => {
  assert.ok(table.cases.length >= 20 && table.zones.includes('Europe/London') && table.zones.includes('America/New_York'));
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

test('Date._parse gives Ruby’s hash for day names and for the numbers s3e sorts into year, month and day', () => {
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
  // Every day of the week is among the inputs.
  assert.deepEqual([...new Set(table.cases.map((c) => c.hash.wday).filter((w) => w !== undefined))].sort(), [0, 1, 2, 3, 5, 6]);
  assert.deepEqual(failures, []);
});

test('the UTC offset before the year 1 (local mean time) is Ruby’s, from Intl’s long offset name and from its civil fields (era BC)', () => {
  assert.ok(table.offsets.some((o) => o.local.startsWith('-0100')));
  for (const o of table.offsets) {
    assert.equal(zoneOffsetSeconds(o.epochSeconds, o.zone), o.offsetSeconds, `${o.zone} at ${o.local}`);
    assert.equal(zoneOffsetFromParts(o.epochSeconds, o.zone), o.offsetSeconds, `${o.zone} at ${o.local} from the civil fields`);
  }
});
