import { strftime, zonedTime } from '../site/strftime';
import { localToEpochSeconds, isKnownTimeZone } from '../site/rubyTime';
import { daysInMonth } from '../site/timestamp';

/** The form Jekyll documents for dates: `2014-06-04 15:27:59 +0200`, in the given zone. */
export function formatJekyllDate(epochSeconds: number, timezone: string): string {
  return strftime('%Y-%m-%d %H:%M:%S %z', epochSeconds, zoneOrUtc(timezone));
}

export function zoneOrUtc(timezone: string): string {
  return isKnownTimeZone(timezone) ? timezone : 'UTC';
}

/** The civil day of an instant in a zone, as `YYYY-MM-DD`. */
export function dayOf(epochSeconds: number, timezone: string): string {
  const t = zonedTime(epochSeconds, zoneOrUtc(timezone));
  return `${String(t.year).padStart(4, '0')}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
}

/** `2014-6-4` → `2014-06-04`, or undefined for an impossible day. */
export function normalizeDay(text: string): string | undefined {
  const m = DAY.exec(text);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (!validDay(y, mo, d)) return undefined;
  // Most days are written in full already.
  return m[2].length === 2 && m[3].length === 2 ? text : `${m[1]}-${pad(mo)}-${pad(d)}`;
}

const DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** In the proleptic Gregorian calendar (years below 100 included, where `Date.UTC` would read 19xx). */
function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const MONTH_NAMES: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  janvier: 1, fevrier: 2, février: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, août: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12, décembre: 12,
  janv: 1, févr: 2, fevr: 2, avr: 4, juil: 7,
};

/**
 * What the author most likely meant by a date Jekyll cannot read, when that is clear: ISO parts
 * written loosely, a day-first date (`04/06/2014` in a non-English post; month-first in English
 * when that is the only valid reading), month names in English or French. The time and zone
 * are kept when they are valid. Undefined when the intent is not clear.
 */
export function guessIntendedDate(value: string, lang: string | undefined): string | undefined {
  const text = value.trim();
  const [datePart, ...rest] = text.split(/[T\s]+(?=\d{1,2}:)/);
  const timePart = rest.join(' ');
  const time = timePart ? normalizeTime(timePart) : '';
  if (time === undefined) return undefined;
  const day = guessDay(datePart.trim(), lang);
  if (!day) return undefined;
  return time ? `${day} ${time}` : day;
}

function normalizeTime(text: string): string | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(text.trim());
  if (!m) return undefined;
  const [h, mi, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (h > 23 || mi > 59 || s > 59) return undefined;
  const zone = m[4] ? (m[4].toUpperCase() === 'Z' ? '+0000' : m[4].replace(':', '')) : '';
  return `${pad(h)}:${pad(mi)}:${pad(s)}${zone ? ` ${zone}` : ''}`;
}

function guessDay(text: string, lang: string | undefined): string | undefined {
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m) return validDay(+m[1], +m[2], +m[3]) ? `${m[1]}-${pad(+m[2])}-${pad(+m[3])}` : undefined;
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) {
    const [a, b, y] = [+m[1], +m[2], +m[3]];
    const dayFirst = validDay(y, b, a);
    const monthFirst = validDay(y, a, b);
    const english = (lang ?? '').toLowerCase().startsWith('en');
    if (english ? monthFirst : dayFirst) return english ? `${y}-${pad(a)}-${pad(b)}` : `${y}-${pad(b)}-${pad(a)}`;
    if (dayFirst && !monthFirst) return `${y}-${pad(b)}-${pad(a)}`;
    if (monthFirst && !dayFirst) return `${y}-${pad(a)}-${pad(b)}`;
    return undefined;
  }
  m = /^(?:\p{L}+\.?,?\s+)?(\d{1,2})(?:er)?\.?\s+(\p{L}+)\.?,?\s+(\d{4})$/u.exec(text);
  if (m) {
    const month = MONTH_NAMES[m[2].toLowerCase()];
    return month && validDay(+m[3], month, +m[1]) ? `${m[3]}-${pad(month)}-${pad(+m[1])}` : undefined;
  }
  m = /^(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u.exec(text);
  if (m) {
    const month = MONTH_NAMES[m[1].toLowerCase()];
    return month && validDay(+m[3], month, +m[2]) ? `${m[3]}-${pad(month)}-${pad(+m[2])}` : undefined;
  }
  return undefined;
}

/** Epoch seconds of a civil day's midnight in a zone. */
export function midnightIn(day: string, timezone: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return localToEpochSeconds({ year: y, month: m, day: d, hour: 0, minute: 0, second: 0 }, zoneOrUtc(timezone));
}
