import { parseRubyTime } from '../site/rubyTime';
import { dayOf, normalizeDay } from './dates';

/**
 * The day a post's file name gives it, as Jekyll reads it (`Time.parse`): `2014-6-4` →
 * `2014-06-04`; a two-digit year as Ruby completes it (`14-06-04` → 2014, `69-01-01` → 1969), a
 * three-digit one as written (`999-01-01` → 0999). Undefined for a four-digit date that is no real
 * day (`2014-02-30`): Ruby rolls it into March, which the author did not write.
 */
export function fileNameDay(fileDate: string, timezone: string, now: Date): string | undefined {
  const day = normalizeDay(fileDate);
  if (day || !/^\d{2,3}-\d{1,2}-\d{1,2}$/.test(fileDate)) return day;
  const parsed = parseRubyTime(fileDate, timezone, now);
  if (!parsed.ok) return undefined;
  const read = dayOf(parsed.epochSeconds, timezone);
  // Ruby rolls an impossible month day over (`14-02-30` → 2014-03-02): no day the name says.
  return Number(read.slice(8)) === Number(fileDate.split('-')[2]) ? read : undefined;
}
