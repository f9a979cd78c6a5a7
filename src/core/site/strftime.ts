/**
 * The part of Ruby's `Time#strftime` that Jekyll's permalinks (and date filters) use, for an
 * instant shown in an IANA time zone (Jekyll's dates are `localtime` in the site zone).
 *
 * Conversions: %Y %C %y %m %B %b %h %d %e %j %H %k %I %l %M %S %L %N %p %P %A %a %u %w %G %g %V
 * %U %W %s %z %% ; flags `-` (no padding), `_` (spaces), `0` (zeros), `^` (upper case).
 * Anything else is copied as written, as Ruby does with unknown conversions.
 */
import { utcSecondsToCivil, zoneOffsetSeconds } from './rubyTime';
import { daysFromCivil, type CivilDateTime } from './timestamp';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Civil fields of an instant in a zone, with the derived calendar values strftime needs. */
export interface ZonedTime extends CivilDateTime {
  /** 0 = Sunday. */
  readonly weekday: number;
  /** 1..366. */
  readonly yearDay: number;
  readonly offsetSeconds: number;
  readonly epochSeconds: number;
}

// The last answer: a permalink asks for :year, :month and :day of the same instant in a row.
let lastZoned: ZonedTime | undefined;
let lastZone = '';

export function zonedTime(epochSeconds: number, timezone: string): ZonedTime {
  if (lastZoned !== undefined && lastZoned.epochSeconds === epochSeconds && lastZone === timezone) return lastZoned;
  lastZoned = computeZonedTime(epochSeconds, timezone);
  lastZone = timezone;
  return lastZoned;
}

function computeZonedTime(epochSeconds: number, timezone: string): ZonedTime {
  const offsetSeconds = zoneOffsetSeconds(epochSeconds, timezone);
  const local = epochSeconds + offsetSeconds;
  const c = utcSecondsToCivil(local);
  const days = Math.floor(local / 86400);
  const weekday = (((days + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  const yearDay = days - daysFromCivil(c.year, 1, 1) + 1;
  return { year: c.year, month: c.month, day: c.day, hour: c.hour, minute: c.minute, second: c.second, weekday, yearDay, offsetSeconds, epochSeconds };
}

/** ISO 8601 week-based year and week number. */
function isoWeek(t: ZonedTime): { year: number; week: number } {
  const isoDay = t.weekday === 0 ? 7 : t.weekday;
  // The Thursday of this ISO week decides the year.
  const thursdayYearDay = t.yearDay - isoDay + 4;
  const daysInYear = (y: number): number => ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 366 : 365);
  if (thursdayYearDay < 1) {
    const year = t.year - 1;
    return { year, week: Math.floor((thursdayYearDay + daysInYear(year) - 1) / 7) + 1 };
  }
  if (thursdayYearDay > daysInYear(t.year)) return { year: t.year + 1, week: 1 };
  return { year: t.year, week: Math.floor((thursdayYearDay - 1) / 7) + 1 };
}

function num(value: number, width: number, flag: string, defaultPad: '0' | ' '): string {
  const s = String(Math.abs(value));
  const sign = value < 0 ? '-' : '';
  if (flag === '-') return sign + s;
  const pad = flag === '_' ? ' ' : flag === '0' ? '0' : defaultPad;
  return sign + s.padStart(width - sign.length, pad);
}

/** One `%` conversion of a format, as written: its flags, width and conversion character. */
interface Conversion {
  readonly whole: string;
  /** The padding flag that counts (`-` wherever written, else the last of `_` and `0`), or ''. */
  readonly flag: string;
  readonly upper: boolean;
  /** `#` was written (`%#p` is lower case). */
  readonly hash: boolean;
  readonly width: number | undefined;
  readonly conv: string;
}

const CONVERSION = /%([-_0^#]*)(\d*)([a-zA-Z%+])/g;

// Formats split once into literal text and conversions: a site asks for the same few formats for
// every document.
const compiled = new Map<string, readonly (string | Conversion)[]>();

function compile(format: string): readonly (string | Conversion)[] {
  let pieces = compiled.get(format);
  if (pieces) return pieces;
  const out: (string | Conversion)[] = [];
  let last = 0;
  for (const m of format.matchAll(CONVERSION)) {
    if (m.index! > last) out.push(format.slice(last, m.index));
    const [whole, flags, widthText, conv] = m;
    // Ruby: `-` anywhere means no padding; otherwise the last of `_` and `0` written counts.
    out.push({ whole, flag: flags.includes('-') ? '-' : flags.replace(/[\^#]/g, '').slice(-1), upper: flags.includes('^'), hash: flags.includes('#'), width: widthText ? parseInt(widthText, 10) : undefined, conv });
    last = m.index! + whole.length;
  }
  if (last < format.length) out.push(format.slice(last));
  pieces = out;
  if (compiled.size > 1000) compiled.clear();
  compiled.set(format, pieces);
  return pieces;
}

/** Ruby's `time.strftime(format)` for the instant `epochSeconds` shown in `timezone`. */
export function strftime(format: string, epochSeconds: number, timezone: string): string {
  const t = zonedTime(epochSeconds, timezone);
  let out = '';
  for (const piece of compile(format)) out += typeof piece === 'string' ? piece : convert(piece, t);
  return out;
}

/** A number with the conversion's padding: `width` and `pad` are the conversion's defaults. */
function n(c: Conversion, value: number, width: number, pad: '0' | ' ' = '0'): string {
  return num(value, c.width ?? width, c.flag, pad);
}

/** A name with the conversion's case and padding. */
function text(c: Conversion, value: string): string {
  const v = c.upper ? value.toUpperCase() : value;
  return c.width !== undefined && c.flag !== '-' ? v.padStart(c.width, c.flag === '0' ? '0' : ' ') : v;
}

// Ruby's combined conversions, as the formats they stand for; the result takes the conversion's
// width, padding and `^` as a name does (`%20F`, `%^c`).
const COMBINED: Readonly<Record<string, string>> = {
  F: '%Y-%m-%d', T: '%H:%M:%S', X: '%H:%M:%S', D: '%m/%d/%y', x: '%m/%d/%y', R: '%H:%M',
  r: '%I:%M:%S %p', c: '%a %b %e %H:%M:%S %Y', v: '%e-%^b-%4Y', n: '\n', t: '\t',
};

function convert(c: Conversion, t: ZonedTime): string {
  const combined = COMBINED[c.conv];
  if (combined !== undefined) {
    let out = '';
    for (const piece of compile(combined)) out += typeof piece === 'string' ? piece : convert(piece, t);
    return text(c, out);
  }
  const hour12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  switch (c.conv) {
    case 'Y': return n(c, t.year, t.year < 0 ? 5 : 4);
    case 'C': return n(c, Math.floor(t.year / 100), 2);
    case 'y': return n(c, ((t.year % 100) + 100) % 100, 2);
    case 'm': return n(c, t.month, 2);
    case 'B': return text(c, MONTHS[t.month - 1]);
    case 'b':
    case 'h': return text(c, MONTHS[t.month - 1].slice(0, 3));
    case 'd': return n(c, t.day, 2);
    case 'e': return n(c, t.day, 2, ' ');
    case 'j': return n(c, t.yearDay, 3);
    case 'H': return n(c, t.hour, 2);
    case 'k': return n(c, t.hour, 2, ' ');
    case 'I': return n(c, hour12, 2);
    case 'l': return n(c, hour12, 2, ' ');
    case 'M': return n(c, t.minute, 2);
    case 'S': return n(c, t.second, 2);
    case 'L': return n(c, 0, 3);
    case 'N': return n(c, 0, 9);
    case 'p': return c.hash ? (t.hour < 12 ? 'am' : 'pm') : text(c, t.hour < 12 ? 'AM' : 'PM');
    case 'P': return t.hour < 12 ? 'am' : 'pm';
    case 'A': return text(c, DAYS[t.weekday]);
    case 'a': return text(c, DAYS[t.weekday].slice(0, 3));
    case 'u': return n(c, t.weekday === 0 ? 7 : t.weekday, 1);
    case 'w': return n(c, t.weekday, 1);
    case 'G': {
      const year = isoWeek(t).year;
      return n(c, year, year < 0 ? 5 : 4); // -0001, as %Y
    }
    case 'g': return n(c, ((isoWeek(t).year % 100) + 100) % 100, 2);
    case 'V': return n(c, isoWeek(t).week, 2);
    case 'U': return n(c, Math.floor((t.yearDay - 1 - t.weekday + 7) / 7), 2);
    case 'W': return n(c, Math.floor((t.yearDay - 1 - ((t.weekday + 6) % 7) + 7) / 7), 2);
    case 's': return String(Math.floor(t.epochSeconds));
    case 'z': {
      const o = Math.round(t.offsetSeconds / 60);
      const a = Math.abs(o);
      return `${o < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}${String(a % 60).padStart(2, '0')}`;
    }
    case '%': return '%';
    default: return c.whole;
  }
}

/** Jekyll's `date_to_xmlschema` (`Time#xmlschema`): `2014-06-04T15:27:59+02:00`, `Z` never used. */
export function xmlschema(epochSeconds: number, timezone: string): string {
  const z = strftime('%z', epochSeconds, timezone);
  return strftime('%Y-%m-%dT%H:%M:%S', epochSeconds, timezone) + z.slice(0, 3) + ':' + z.slice(3);
}
