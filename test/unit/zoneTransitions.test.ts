import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { placeDocument } from '../../src/core/render/catalog';
import { readConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';
import { parseRubyTime, zoneOffsetSeconds } from '../../src/core/site/rubyTime';

// From real Ruby: test/conformance/ruby/zone-transitions.rb. Changes of offset that do not fall on
// a quarter hour of UTC: the end of local mean time (Paris, 23:50:39 UTC on 1911-03-10), changes
// at 00:01 local (St. John's until 2011), Monrovia's -00:44:30 ending in 1972, Dublin's summer
// time on a local-mean-time offset.
interface Transitions {
  offsets: { zone: string; epochSeconds: number; offset: number }[];
  parses: { zone: string; input: string; epochSeconds: number; offsetMinutes: number; iso: string }[];
}
const table: Transitions = JSON.parse(readFileSync(join(__dirname, '../../../test/unit/fixtures/ruby-zone-transitions.json'), 'utf8'));

test('the UTC offset around a change of offset in the middle of a quarter hour is Ruby’s, second by second, whichever instant is asked first', () => {
  assert.ok(table.offsets.length > 500);
  // Latest first, then earliest first: an answer remembered for one instant must not be given for another across the change.
  for (const order of [[...table.offsets].reverse(), table.offsets]) {
    const wrong = order
      .filter((o) => zoneOffsetSeconds(o.epochSeconds, o.zone) !== o.offset)
      .map((o) => `${o.zone} at ${new Date(o.epochSeconds * 1000).toISOString()}: Ruby ${o.offset}, got ${zoneOffsetSeconds(o.epochSeconds, o.zone)}`);
    assert.deepEqual(wrong, []);
  }
});

test('a post dated just before or after such a change gets Ruby’s instant and offset (Time.parse(date).localtime in the site zone)', () => {
  const now = new Date('2024-07-15T10:20:30Z');
  assert.ok(table.parses.length > 40);
  const wrong: string[] = [];
  for (const p of table.parses) {
    const r = parseRubyTime(p.input, p.zone, now);
    if (!r.ok || r.epochSeconds !== p.epochSeconds || r.offsetMinutes !== p.offsetMinutes) {
      wrong.push(`${p.input} in ${p.zone}: Ruby ${p.iso}, got ${JSON.stringify(r)}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('posts around St. John’s changes at 00:01 local get Jekyll’s URLs with :hour, :minute and :second', () => {
  // Jekyll 4.3.1, `timezone: America/St_Johns`, `permalink: /:year/:month/:day/:hour/:minute/:second/:title/`,
  // each post dated by a quoted string; the date as `{{ page.date | date: "%F %T %z" }}` printed it.
  const config = readConfig('timezone: America/St_Johns\npermalink: /:year/:month/:day/:hour/:minute/:second/:title/\n');
  const now = new Date('2024-07-15T10:20:30Z');
  const jekyll: [string, string, string][] = [
    ['2010-03-14 00:00:30', '/2010/03/14/00/00/30/p/', '-0330'],
    ['2010-03-14 01:01:30', '/2010/03/14/01/01/30/p/', '-0230'],
    ['2010-03-13 23:59:59', '/2010/03/13/23/59/59/p/', '-0330'],
    ['2010-11-07 00:00:30', '/2010/11/07/00/00/30/p/', '-0330'],
    ['2010-11-06 23:00:30', '/2010/11/06/23/00/30/p/', '-0230'],
    ['2010-11-06 23:30:00', '/2010/11/06/23/30/00/p/', '-0330'],
  ];
  for (const [date, url, offset] of jekyll) {
    const info = classifyPath('_posts/2010-01-01-p.md', config)!;
    const placed = placeDocument({ path: '/site/_posts/2010-01-01-p.md', info, data: { date } }, config, 'America/St_Johns', now);
    assert.equal(placed.url, url, date);
    const r = parseRubyTime(date, 'America/St_Johns', now);
    assert.ok(r.ok);
    const minutes = Math.abs(r.offsetMinutes);
    assert.equal(`${r.offsetMinutes < 0 ? '-' : '+'}${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}`, offset, date);
  }
});
