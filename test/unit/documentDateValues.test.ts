import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontMatterData } from '../../src/core/site/frontMatter';
import { resolveDocumentDate } from '../../src/core/site/rubyTime';

// From real Ruby with Jekyll's YAML loader: test/conformance/ruby/date-values.rb over
// date-values-inputs.txt. A front matter `date:` of each YAML type: Jekyll parses its `to_s`
// (Utils.parse_date, Time.parse in the site zone), so a float, an array or a hash is a date when
// its Ruby text holds one, and otherwise fails with "Invalid date '<to_s>'".
interface Case {
  yaml: string;
  rubyClass: string;
  toS: string;
  results: Record<string, { epochSeconds?: number; offsetMinutes?: number; iso?: string; error?: string }>;
  excluded?: string;
}
const table: { now: string; zones: string[]; cases: Case[] } = JSON.parse(readFileSync(join(__dirname, '../../../test/unit/fixtures/ruby-date-values.json'), 'utf8'));
const now = new Date(table.now);

// A whole-valued Float (1.0e+16, -0.0) is a Float in Ruby, whose to_s differs from the Integer's;
// the YAML values this project reads do not tell the two apart (rubyTime.ts rubyNumberToS).
const wholeFloat = (c: Case): boolean => c.rubyClass === 'Float' && /^-?\d[\d_]*(?:\.0*)?(?:e\+?\d+)?$/i.test(c.yaml) && Number.isInteger(Number(c.yaml));

test('a front matter date of each YAML type gets Jekyll’s date, or Jekyll’s “Invalid date” message with the value’s Ruby text', () => {
  assert.ok(table.cases.length >= 40);
  const failures: string[] = [];
  let compared = 0;
  for (const c of table.cases) {
    if (wholeFloat(c) || c.excluded !== undefined) continue;
    const value = parseFrontMatterData(`---\ndate: ${c.yaml}\n---\n`)?.date;
    for (const zone of table.zones) {
      const expected = c.results[zone];
      const r = resolveDocumentDate({ frontMatterDate: value, fallbackEpochSeconds: 0, timezone: zone, now });
      compared++;
      const where = `date: ${c.yaml} in ${zone}`;
      if (expected.error !== undefined) {
        const message = `Invalid date '${c.toS}': Document '_posts/2014-06-04-a.md' does not have a valid date in the YAML front matter.`;
        if (r.ok) failures.push(`${where}: Jekyll fails (${expected.error}), got ${new Date(r.epochSeconds * 1000).toISOString()}`);
        else if (r.message('_posts/2014-06-04-a.md') !== message) failures.push(`${where}: Jekyll says ${message}, got ${r.message('_posts/2014-06-04-a.md')}`);
      } else if (!r.ok) {
        failures.push(`${where}: Jekyll gives ${expected.iso}, got ${r.message('x')}`);
      } else if (r.epochSeconds !== expected.epochSeconds || r.offsetMinutes !== expected.offsetMinutes) {
        failures.push(`${where}: Jekyll gives ${expected.iso}, got ${new Date(r.epochSeconds * 1000).toISOString()} offset ${r.offsetMinutes}`);
      } else if (r.source !== 'YAML front matter') {
        failures.push(`${where}: source ${r.source}`);
      }
    }
  }
  assert.ok(compared >= 70, `${compared}`);
  for (const c of table.cases) if (c.excluded !== undefined) assert.ok(c.excluded.length > 30, c.yaml);
  assert.deepEqual(failures, []);
});

test('a date in the front matter defaults: kept when the post sets none or an empty one, replaced by the post’s own, fatal when invalid even under a valid own date', () => {
  // Jekyll 4.3.1, `defaults: [{scope: {path: ""}, values: {date: "2014-06-04 10:00"}}]`,
  // `permalink: /:year/:month/:day/:hour:minute/:title/`: _posts/2014-06-05-c.md (no date) and
  // 2014-06-05-b.md (`date:` empty) are written at /2014/06/04/1000/, 2014-06-04-a.md
  // (`date: 2014-06-04 10:00:00 +02:00`) at /2014/06/04/0800/. With the default `date: "bogus"`,
  // the build of a post dated 2014-06-04 10:00:00 +02:00 fails: Invalid date 'bogus'.
  const defaultsDate = '2014-06-04 10:00';
  const base = { fileDate: '2014-06-05', fallbackEpochSeconds: 0, timezone: 'UTC', now };
  const none = resolveDocumentDate({ ...base, defaultsDate });
  const empty = resolveDocumentDate({ ...base, defaultsDate, frontMatterDate: parseFrontMatterData('---\ndate:\n---\n')?.date });
  const own = resolveDocumentDate({ ...base, defaultsDate, frontMatterDate: parseFrontMatterData('---\ndate: 2014-06-04 10:00:00 +02:00\n---\n')?.date });
  assert.deepEqual([none, empty].map((r) => r.ok && [new Date(r.epochSeconds * 1000).toISOString(), r.source]), [
    ['2014-06-04T10:00:00.000Z', 'front matter defaults'],
    ['2014-06-04T10:00:00.000Z', 'front matter defaults'],
  ]);
  assert.ok(own.ok && own.epochSeconds === Date.UTC(2014, 5, 4, 8) / 1000 && own.source === 'YAML front matter');
  const bogus = resolveDocumentDate({ ...base, defaultsDate: 'bogus', frontMatterDate: parseFrontMatterData('---\ndate: 2014-06-04 10:00:00 +02:00\n---\n')?.date });
  assert.ok(!bogus.ok && bogus.value === 'bogus' && bogus.source === 'front matter defaults', JSON.stringify(bogus));
});
