import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { YamlTimestamp } from '../../src/core/site/timestamp';

/** One row of a table test/conformance/ruby/scalars.rb generated from Ruby's Psych. */
export interface PsychRow {
  input: string;
  type: string;
  value?: unknown;
}

/** A table of test/unit/fixtures, by file name. */
export function psychTable(name: string): PsychRow[] {
  return JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'test', 'unit', 'fixtures', name), 'utf8'));
}

/** A value we read, described as the Ruby tables describe Psych's (whole numbers as `number`). */
export function describeValue(value: unknown): { type: string; value?: unknown } {
  if (value === null) return { type: 'null' };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { type: 'float', value: 'NaN' };
    if (!Number.isFinite(value)) return { type: 'float', value: value > 0 ? 'Infinity' : '-Infinity' };
    return { type: Number.isInteger(value) ? 'number' : 'float', value };
  }
  if (value instanceof YamlTimestamp) {
    if (value.kind === 'date') {
      const c = value.civil;
      return { type: 'date', value: `${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}` };
    }
    return { type: 'time', value: new Date(value.epochSeconds() * 1000).toISOString().replace('.000Z', 'Z') };
  }
  return { type: typeof value, value };
}
