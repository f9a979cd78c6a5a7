/**
 * Ruby's `Time.parse(input).localtime` (Ruby 3.1, date 3.2.2), which is what Jekyll's
 * `Utils.parse_date` runs on every document date, emulated without Node built-ins.
 *
 * `Time.parse` = `Date._parse(input, true)` (a port of ext/date/date_parse.c below, the
 * non-TIGHT_PARSER build) followed by time.rb's `make_time` (missing leading fields taken from
 * "now", zone offsets from its own small table, `apply_offset`, `Time.utc` / `Time.local`).
 * Time zones come from `Intl.DateTimeFormat`.
 */
import { YamlTimestamp, rubyCivil, CivilDateTime, daysFromCivil, daysInMonth, utcSecondsToCivil } from './timestamp';
import type { JekyllValue } from './scalars';

export type RubyTimeResult =
  | {
      readonly ok: true;
      /** Whole seconds since the epoch (Ruby's `Time#to_i`). */
      readonly epochSeconds: number;
      /** UTC offset of the site zone at that instant, in minutes (what `.localtime` shows). */
      readonly offsetMinutes: number;
    }
  | { readonly ok: false; /** Ruby's ArgumentError message, or close to it. */ readonly reason: string };

/** The hash `Date._parse` returns (only the keys Time.parse reads, plus the week ones). */
export interface DateParseHash {
  year?: number;
  yday?: number;
  mon?: number;
  mday?: number;
  hour?: number;
  min?: number;
  sec?: number;
  /** Fraction of a second, 0 <= f < 1. */
  sec_fraction?: number;
  zone?: string;
  wday?: number;
  cwyear?: number;
  cweek?: number;
  cwday?: number;
  _bc?: boolean;
  _comp?: boolean;
}

class RubyArgumentError extends Error {}

// ---------------------------------------------------------------------------------------------
// Time zones through Intl

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let f = formatters.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timezone, f);
  }
  return f;
}

/** Whether `Intl` knows the IANA zone name. */
export function isKnownTimeZone(timezone: string): boolean {
  try {
    formatterFor(timezone);
    return true;
  } catch {
    return false;
  }
}

/** UTC offset of `timezone` at an instant, in seconds (LMT offsets keep their seconds). */
// One lookup serves a whole quarter hour of UTC when the offset is the same at both ends of it:
// zones change offset on quarter hours, except where local mean time ended (Paris at 23:50:39 UTC
// on 1911-03-10) or a change fell at 00:01 local (St. John's until 2011); such a quarter is read
// at the instant itself.
const offsetCache = new Map<string, Map<number, number>>();
const unknownZones = new Set<string>();
let offsetCacheSize = 0;

export function zoneOffsetSeconds(epochSeconds: number, timezone: string): number {
  if (timezone === 'UTC' || timezone === 'Etc/UTC') return 0;
  // A fixed offset (`+02:00`): a time parsed from a string that gives its own.
  const fixed = /^([+-])(\d\d):(\d\d)$/.exec(timezone);
  if (fixed) return (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 3600 + Number(fixed[3]) * 60);
  const quarter = Math.floor(epochSeconds / 900);
  let zone = offsetCache.get(timezone);
  if (!zone) {
    // A zone Intl does not know is UTC, as for Jekyll: Ruby's Time reads an unknown TZ (the machine
    // set to `Etc/Unknown`, or no zone at all) as UTC.
    if (unknownZones.has(timezone)) return 0;
    if (!isKnownTimeZone(timezone)) {
      unknownZones.add(timezone);
      return 0;
    }
    offsetCache.set(timezone, (zone = new Map()));
  }
  let offset = zone.get(quarter);
  if (offset === undefined) {
    if (++offsetCacheSize > 50_000) {
      offsetCache.clear();
      offsetCacheSize = 0;
      offsetCache.set(timezone, zone = new Map());
    }
    const start = computeZoneOffset(quarter * 900, timezone);
    // NaN: the offset changes within this quarter hour.
    offset = computeZoneOffset(quarter * 900 + 899, timezone) === start ? start : NaN;
    zone.set(quarter, offset);
  }
  return Number.isNaN(offset) ? computeZoneOffset(epochSeconds, timezone) : offset;
}

// `GMT+02:00`, `GMT-04:56:02` (local mean time keeps its seconds), or `GMT` alone.
const LONG_OFFSET = /GMT(?:([+-])(\d{1,2}):(\d\d)(?::(\d\d))?)?$/;
const offsetFormatters = new Map<string, Intl.DateTimeFormat | null>();

/** A formatter that writes only the date and the zone's offset (`timeZoneName: 'longOffset'`), or null where Intl lacks it. */
function offsetFormatterFor(timezone: string): Intl.DateTimeFormat | null {
  let f = offsetFormatters.get(timezone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeZoneName: 'longOffset' });
    } catch {
      f = null;
    }
    offsetFormatters.set(timezone, f);
  }
  return f;
}

function computeZoneOffset(epochSeconds: number, timezone: string): number {
  const ms = Math.floor(epochSeconds) * 1000;
  // One formatted string instead of a dozen parts: three times faster.
  const m = LONG_OFFSET.exec(offsetFormatterFor(timezone)?.format(new Date(ms)) ?? '');
  if (m) return m[1] === undefined ? 0 : (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 3600 + Number(m[3]) * 60 + Number(m[4] ?? 0));
  return zoneOffsetFromParts(epochSeconds, timezone);
}

/** The offset from the civil fields Intl gives for the instant (the way that needs no `longOffset`). */
export function zoneOffsetFromParts(epochSeconds: number, timezone: string): number {
  const ms = Math.floor(epochSeconds) * 1000;
  const parts = formatterFor(timezone).formatToParts(new Date(ms));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  let year = get('year');
  if (parts.find((p) => p.type === 'era')?.value === 'BC') year = 1 - year;
  const d = new Date(0);
  d.setUTCFullYear(year, get('month') - 1, get('day'));
  d.setUTCHours(get('hour'), get('minute'), get('second'), 0);
  return (d.getTime() - ms) / 1000;
}

/** Seconds since the epoch of civil fields read as UTC. */
export function civilToUtcSeconds(c: CivilDateTime): number {
  const d = new Date(0);
  d.setUTCFullYear(c.year, c.month - 1, c.day);
  d.setUTCHours(c.hour, c.minute, c.second, 0);
  return d.getTime() / 1000;
}

export { utcSecondsToCivil };

/**
 * Ruby's `Time.local` for already valid civil fields in `timezone`: a local time skipped by a
 * change of offset is read with the offset before it (02:30 becomes 03:30), a local time that
 * happens twice is the later one.
 */
export function localToEpochSeconds(c: CivilDateTime, timezone: string): number {
  const wall = civilToUtcSeconds(c);
  const before = zoneOffsetSeconds(wall - 86400, timezone);
  const after = zoneOffsetSeconds(wall + 86400, timezone);
  const candidates: number[] = [];
  for (const o of before === after ? [before] : [before, after]) {
    const t = wall - o;
    if (zoneOffsetSeconds(t, timezone) === o) candidates.push(t);
  }
  if (candidates.length === 0) {
    // Offsets may also change within the day without matching either end (rare): try the offset at the wall time.
    const o = zoneOffsetSeconds(wall, timezone);
    if (zoneOffsetSeconds(wall - o, timezone) === o) return wall - o;
    return wall - before;
  }
  return Math.max(...candidates);
}

// ---------------------------------------------------------------------------------------------
// Date._parse (ext/date/date_parse.c)

/** Onigmo's `\b` in a UTF-8 regexp: word characters are Unicode letters, marks, digits and connectors. */
const W = '[\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}]';
const B = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;

function rx(source: string, ignoreCase: boolean): RegExp {
  return new RegExp(source.replace(/\\b/g, B), ignoreCase ? 'iu' : 'u');
}

const ABBR_DAYS = 'sun|mon|tue|wed|thu|fri|sat';
const ABBR_MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const MONTHS = ABBR_MONTHS.split('|');

// The expressions only capture the three letters of the abbreviations (`(sun|mon|...)`), so both are found.
function dayNum(s: string): number {
  return DAYS.indexOf(s.toLowerCase());
}

function monNum(s: string): number {
  return MONTHS.indexOf(s.toLowerCase()) + 1;
}

/** `rb_str_to_inum(s, 10, false)` on what every caller passes: a run of digits an expression captured,
 * with at most a sign before it (never the spaces, underscores or trailing text Ruby's also reads). */
function str2num(s: string): number {
  return parseInt(s, 10);
}

const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isSign = (ch: string | undefined): boolean => ch === '-' || ch === '+';

type G = string | undefined;

/** The state of one `Date._parse` run: the text being eaten and the hash being filled. */
class Parse {
  constructor(public str: string, readonly hash: DateParseHash) {}

  /** `subx`: on a match, replaces the whole match by one space and runs the callback. */
  subs(re: RegExp, cb: (m: RegExpExecArray) => void): boolean {
    const m = re.exec(this.str);
    if (!m) return false;
    this.str = this.str.slice(0, m.index) + ' ' + this.str.slice(m.index + m[0].length);
    cb(m);
    return true;
  }

  has(flags: number): boolean {
    let f = 0;
    for (const ch of this.str) {
      if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) f |= ALPHA;
      else if (isDigit(ch)) f |= DIGIT;
      else if (ch === '-') f |= DASH;
      else if (ch === '.') f |= DOT;
      else if (ch === '/') f |= SLASH;
    }
    return (f & flags) === flags;
  }

  /** `s3e`: sorts out which of three numbers is the year, the month and the day (every caller has the month). */
  s3e(y: G, m: string | number, d: G, bc: boolean): void {
    const hash = this.hash;
    let c: boolean | undefined;
    let mm: G = String(m);
    if (y !== undefined && d === undefined) {
      const oy = y;
      const om = mm;
      y = d;
      mm = oy;
      d = om;
    }
    if (y === undefined) {
      if (d !== undefined && byteLength(d) > 2) {
        y = d;
        d = undefined;
      }
      if (d !== undefined && d.length > 0 && d[0] === "'") {
        y = d;
        d = undefined;
      }
    }
    if (y !== undefined) {
      let s = 0;
      while (s < y.length && !isSign(y[s]) && !isDigit(y[s])) s++;
      if (s < y.length) {
        const bp = s;
        if (isSign(y[s])) s++;
        let ep = s;
        while (ep < y.length && isDigit(y[ep])) ep++;
        if (ep < y.length) {
          const oy = y;
          y = d;
          d = oy.slice(bp, ep);
        }
      }
    }
    if (mm[0] === "'" || byteLength(mm) > 2) {
      const oy = y;
      const om = mm;
      const od = d;
      y = om;
      mm = od;
      d = oy;
    }
    if (d !== undefined && (d[0] === "'" || byteLength(d) > 2)) {
      const oy = y;
      y = d;
      d = oy;
    }
    if (y !== undefined) {
      let s = 0;
      while (s < y.length && !isSign(y[s]) && !isDigit(y[s])) s++;
      if (s < y.length) {
        const bp = s;
        if (isSign(y[s])) {
          s++;
          c = false;
        }
        let ep = s;
        while (ep < y.length && isDigit(y[ep])) ep++;
        if (ep - s > 2) c = false;
        hash.year = str2num(y.slice(bp, ep));
      }
    }
    if (bc) hash._bc = true;
    const digitsOf = (v: string): number | undefined => {
      let s = 0;
      while (s < v.length && !isDigit(v[s])) s++;
      if (s >= v.length) return undefined;
      let ep = s;
      while (ep < v.length && isDigit(v[ep])) ep++;
      return str2num(v.slice(s, ep));
    };
    if (mm !== undefined) {
      const v = digitsOf(mm);
      if (v !== undefined) hash.mon = v;
    }
    if (d !== undefined) {
      const v = digitsOf(d);
      if (v !== undefined) hash.mday = v;
    }
    if (c !== undefined) hash._comp = c;
  }
}

const ALPHA = 1;
const DIGIT = 2;
const DASH = 4;
const DOT = 8;
const SLASH = 16;

function byteLength(s: string): number {
  let n = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

const ERA = '(c(?:e|\\.e\\.)|b(?:ce|\\.c\\.e\\.)|a(?:d|\\.d\\.)|b(?:c|\\.c\\.))?';
const isBc = (b: G): boolean => b !== undefined && (b[0] === 'B' || b[0] === 'b');

// Compiled on first use: the canonical dates most sites write never need them (quickDateParse).
let compiled: ReturnType<typeof compileExpressions> | undefined;
const expressions = (): ReturnType<typeof compileExpressions> => (compiled ??= compileExpressions());

function compileExpressions() {
  return {
  clean: /[^-+',./:@\p{Alphabetic}\p{Nd}[\]]+/gu,
  day: rx(`\\b(${ABBR_DAYS})[^-/\\d\\s]*`, true),
  time: rx(
    '(' +
      '(?:' +
      '\\d+\\s*:\\s*\\d+' +
      '(?:\\s*:\\s*\\d+(?:[,.]\\d*)?)?' +
      '|' +
      '\\d+\\s*h(?:\\s*\\d+m?(?:\\s*\\d+s?)?)?' +
      ')' +
      '(?:\\s*[ap](?:m\\b|\\.m\\.))?' +
      '|' +
      '\\d+\\s*[ap](?:m\\b|\\.m\\.)' +
      ')' +
      '(?:\\s*(' +
      '(?:gmt|utc?)?[-+]\\d+(?:[,.:]\\d+(?::\\d+)?)?' +
      '|' +
      '[\\p{Alphabetic}.\\s]+(?:standard|daylight)\\stime\\b' +
      '|' +
      '\\p{Alphabetic}+(?:\\sdst)?\\b' +
      '))?',
    true,
  ),
  time2: rx('^(\\d+)h?(?:\\s*:?\\s*(\\d+)m?(?:\\s*:?\\s*(\\d+)(?:[,.](\\d+))?s?)?)?(?:\\s*([ap])(?:m\\b|\\.m\\.))?', true),
  eu: rx(`('?\\d+)[^-\\d\\s]*\\s*(${ABBR_MONTHS})[^-\\d\\s']*(?:\\s*${ERA}\\s*('?-?\\d+(?:(?:st|nd|rd|th)\\b)?))?`, true),
  us: rx(`\\b(${ABBR_MONTHS})[^-\\d\\s']*\\s*('?\\d+)[^-\\d\\s']*(?:\\s*,?\\s*${ERA}\\s*('?-?\\d+))?`, true),
  iso: rx("('?[-+]?\\d+)-(\\d+)-('?-?\\d+)", false),
  iso21: rx('\\b(\\d{2}|\\d{4})?-?w(\\d{2})(?:-?(\\d))?\\b', true),
  iso22: rx('-w-(\\d)\\b', true),
  iso23: rx('--(\\d{2})?-(\\d{2})\\b', false),
  iso24: rx('--(\\d{2})(\\d{2})?\\b', false),
  iso25pre: rx('[,.](\\d{2}|\\d{4})-\\d{3}\\b', false),
  iso25: rx('\\b(\\d{2}|\\d{4})-(\\d{3})\\b', false),
  iso26pre: rx('\\d-\\d{3}\\b', false),
  iso26: rx('\\b-(\\d{3})\\b', false),
  jis: rx('\\b([mtshr])(\\d+)\\.(\\d+)\\.(\\d+)', true),
  vms11: rx(`('?-?\\d+)-(${ABBR_MONTHS})[^-/.]*-('?-?\\d+)`, true),
  vms12: rx(`\\b(${ABBR_MONTHS})[^-/.]*-('?-?\\d+)(?:-('?-?\\d+))?`, true),
  sla: rx("('?-?\\d+)/\\s*('?\\d+)(?:\\D\\s*('?-?\\d+))?", true),
  dot: rx("('?-?\\d+)\\.\\s*('?\\d+)\\.\\s*('?-?\\d+)", true),
  year: rx("'(\\d+)\\b", false),
  mon: rx(`\\b(${ABBR_MONTHS})\\S*`, true),
  mday: rx('(\\d+)(st|nd|rd|th)\\b', true),
  ddd: rx('([-+]?)(\\d{2,14})(?:\\s*t?\\s*(\\d{2,6})?(?:[,.](\\d*))?)?(?:\\s*(z\\b|[-+]\\d{1,4}\\b|\\[[-+]?\\d[^\\]]*\\]))?', true),
  bc: rx('\\b(bc\\b|bce\\b|b\\.c\\.|b\\.c\\.e\\.)', true),
  frag: rx('^\\s*(\\d{1,2})\\s*$', true),
};
}

// date 3.2.2 (Ruby 3.1) knows Reiwa too: JAPANESE_ERA_INITIALS "mtshr".
const GENGO: Record<string, number> = { m: 1867, t: 1911, s: 1925, h: 1988, r: 2018 };

function fraction(digits: string): number {
  return str2num(digits) / 10 ** digits.length; // '' is 0 / 1
}

function parseTime(p: Parse): void {
  p.subs(expressions().time, (m) => {
    const h = p.hash;
    if (m[2] !== undefined) h.zone = m[2];
    // time's first group starts with digits, and so does every text time2 reads.
    const t = expressions().time2.exec(m[1])!;
    let hour = str2num(t[1]);
    if (t[5] !== undefined) {
      hour %= 12;
      if (t[5] === 'P' || t[5] === 'p') hour += 12;
    }
    h.hour = hour;
    if (t[2] !== undefined) h.min = str2num(t[2]);
    if (t[3] !== undefined) h.sec = str2num(t[3]);
    if (t[4] !== undefined) h.sec_fraction = fraction(t[4]);
  });
}

function parseDdd(p: Parse): void {
  p.subs(expressions().ddd, (m) => {
    const h = p.hash;
    const [, s1, s2, s3, s4, s5] = m as unknown as G[];
    const n = (s: string, from: number, width: number): number => parseInt(s.slice(from, from + width), 10);
    const neg = s1 === '-';
    const l2 = s2!.length;
    const timeFirst = s3 === undefined && s4 !== undefined;
    const c2 = s2!;
    switch (l2) {
      case 2:
        if (timeFirst) h.sec = n(c2, l2 - 2, 2);
        else h.mday = n(c2, 0, 2);
        break;
      case 4:
        if (timeFirst) {
          h.sec = n(c2, l2 - 2, 2);
          h.min = n(c2, l2 - 4, 2);
        } else {
          h.mon = n(c2, 0, 2);
          h.mday = n(c2, 2, 2);
        }
        break;
      case 6:
        if (timeFirst) {
          h.sec = n(c2, l2 - 2, 2);
          h.min = n(c2, l2 - 4, 2);
          h.hour = n(c2, l2 - 6, 2);
        } else {
          const y = n(c2, 0, 2);
          h.year = neg ? -y : y;
          h.mon = n(c2, 2, 2);
          h.mday = n(c2, 4, 2);
        }
        break;
      case 8:
      case 10:
      case 12:
      case 14:
        if (timeFirst) {
          h.sec = n(c2, l2 - 2, 2);
          h.min = n(c2, l2 - 4, 2);
          h.hour = n(c2, l2 - 6, 2);
          h.mday = n(c2, l2 - 8, 2);
          if (l2 >= 10) h.mon = n(c2, l2 - 10, 2);
          if (l2 === 12) {
            const y = n(c2, l2 - 12, 2);
            h.year = neg ? -y : y;
          }
          if (l2 === 14) {
            const y = n(c2, l2 - 14, 4);
            h.year = neg ? -y : y;
            h._comp = false;
          }
        } else {
          const y = n(c2, 0, 4);
          h.year = neg ? -y : y;
          h.mon = n(c2, 4, 2);
          h.mday = n(c2, 6, 2);
          if (l2 >= 10) h.hour = n(c2, 8, 2);
          if (l2 >= 12) h.min = n(c2, 10, 2);
          if (l2 >= 14) h.sec = n(c2, 12, 2);
          h._comp = false;
        }
        break;
      case 3:
        if (timeFirst) {
          h.sec = n(c2, l2 - 2, 2);
          h.min = n(c2, l2 - 3, 1);
        } else h.yday = n(c2, 0, 3);
        break;
      case 5:
        if (timeFirst) {
          h.sec = n(c2, l2 - 2, 2);
          h.min = n(c2, l2 - 4, 2);
          h.hour = n(c2, l2 - 5, 1);
        } else {
          const y = n(c2, 0, 2);
          h.year = neg ? -y : y;
          h.yday = n(c2, 2, 3);
        }
        break;
      case 7:
        if (timeFirst) {
          h.sec = n(c2, l2 - 2, 2);
          h.min = n(c2, l2 - 4, 2);
          h.hour = n(c2, l2 - 6, 2);
          h.mday = n(c2, l2 - 7, 1);
        } else {
          const y = n(c2, 0, 4);
          h.year = neg ? -y : y;
          h.yday = n(c2, 4, 3);
        }
        break;
    }
    if (s3 !== undefined) {
      const l3 = s3.length;
      if (l3 === 2 || l3 === 4 || l3 === 6) {
        if (s4 !== undefined) {
          h.sec = n(s3, l3 - 2, 2);
          if (l3 >= 4) h.min = n(s3, l3 - 4, 2);
          if (l3 >= 6) h.hour = n(s3, l3 - 6, 2);
        } else {
          h.hour = n(s3, 0, 2);
          if (l3 >= 4) h.min = n(s3, 2, 2);
          if (l3 >= 6) h.sec = n(s3, 4, 2);
        }
      }
    }
    if (s4 !== undefined) h.sec_fraction = fraction(s4);
    if (s5 !== undefined) {
      h.zone = s5;
      if (s5[0] === '[') {
        const inner = s5.slice(1, -1);
        h.zone = inner.slice(inner.indexOf(':') + 1); // after the colon, or all of it (-1 + 1)
      }
    }
  });
}

/** Ruby's `Date._parse(input, true)`. Throws a RubyArgumentError for inputs over 128 bytes. */
export function rubyDateParse(input: string): DateParseHash {
  return quickDateParse(input) ?? fullDateParse(input);
}

// What posts nearly always write: `2014-06-04`, `2014-06-04 10:00:00 +0200`, `2014-06-04T10:00:00Z`.
const CANONICAL_DATE = /^([1-9]\d{3})-(\d\d)-(\d\d)(?:([ T])(\d\d):(\d\d):(\d\d)(?: ?([+-]\d\d:?\d\d|Z))?)?$/;

/**
 * `Date._parse` for the canonical forms above, without the general parser's many expressions; the
 * same hash (a unit test compares the two on thousands of inputs). Undefined for anything else.
 */
export function quickDateParse(input: string): DateParseHash | undefined {
  const m = CANONICAL_DATE.exec(input);
  if (!m) return undefined;
  const hash: DateParseHash = { year: Number(m[1]), mon: Number(m[2]), mday: Number(m[3]) };
  if (m[4] !== undefined) {
    hash.hour = Number(m[5]);
    hash.min = Number(m[6]);
    hash.sec = Number(m[7]);
    if (m[8] !== undefined) hash.zone = m[8];
  }
  return hash;
}

/** Ruby's `Date._parse`, whole. */
export function fullDateParse(input: string): DateParseHash {
  const bytes = byteLength(input);
  if (bytes > 128) throw new RubyArgumentError(`string length (${bytes}) exceeds the limit 128`);
  const hash: DateParseHash = { _comp: true };
  const p = new Parse(input.replace(expressions().clean, ' '), hash);

  if (p.has(ALPHA)) p.subs(expressions().day, (m) => (hash.wday = dayNum(m[1])));
  if (p.has(DIGIT)) parseTime(p);

  // The date expressions in Date._parse's order: the first that matches ends the search (`goto ok`).
  ((): void => {
    if (p.has(ALPHA | DIGIT)) {
      if (p.subs(expressions().eu, (m) => p.s3e(m[4], monNum(m[2]), m[1], isBc(m[3])))) return;
      if (p.subs(expressions().us, (m) => p.s3e(m[4], monNum(m[1]), m[2], isBc(m[3])))) return;
    }
    if (p.has(DIGIT | DASH) && p.subs(expressions().iso, (m) => p.s3e(m[1], m[2], m[3], false))) return;
    if (p.has(DIGIT | DOT) && p.subs(expressions().jis, (m) => {
      hash.year = str2num(m[2]) + (GENGO[m[1].toLowerCase()] ?? 0);
      hash.mon = str2num(m[3]);
      hash.mday = str2num(m[4]);
    })) return;
    if (p.has(ALPHA | DIGIT | DASH)) {
      if (p.subs(expressions().vms11, (m) => p.s3e(m[3], monNum(m[2]), m[1], false))) return;
      if (p.subs(expressions().vms12, (m) => p.s3e(m[3], monNum(m[1]), m[2], false))) return;
    }
    if (p.has(DIGIT | SLASH) && p.subs(expressions().sla, (m) => p.s3e(m[1], m[2], m[3], false))) return;
    if (p.has(DIGIT | DOT) && p.subs(expressions().dot, (m) => p.s3e(m[1], m[2], m[3], false))) return;
    if (p.has(DIGIT)) {
      if (p.subs(expressions().iso21, (m) => {
        if (m[1] !== undefined) hash.cwyear = str2num(m[1]);
        hash.cweek = str2num(m[2]);
        if (m[3] !== undefined) hash.cwday = str2num(m[3]);
      })) return;
      if (p.subs(expressions().iso22, (m) => (hash.cwday = str2num(m[1])))) return;
      if (p.subs(expressions().iso23, (m) => {
        if (m[1] !== undefined) hash.mon = str2num(m[1]);
        hash.mday = str2num(m[2]);
      })) return;
      if (p.subs(expressions().iso24, (m) => {
        hash.mon = str2num(m[1]);
        if (m[2] !== undefined) hash.mday = str2num(m[2]);
      })) return;
      if (!expressions().iso25pre.test(p.str) && p.subs(expressions().iso25, (m) => {
        hash.year = str2num(m[1]);
        hash.yday = str2num(m[2]);
      })) return;
      if (!expressions().iso26pre.test(p.str) && p.subs(expressions().iso26, (m) => (hash.yday = str2num(m[1])))) return;
    }
    if (p.has(DIGIT) && p.subs(expressions().year, (m) => (hash.year = str2num(m[1])))) return;
    if (p.has(ALPHA) && p.subs(expressions().mon, (m) => (hash.mon = monNum(m[1])))) return;
    if (p.has(DIGIT) && p.subs(expressions().mday, (m) => (hash.mday = str2num(m[1])))) return;
    if (p.has(DIGIT)) parseDdd(p);
  })();

  if (p.has(ALPHA)) p.subs(expressions().bc, () => (hash._bc = true));
  if (p.has(DIGIT)) {
    p.subs(expressions().frag, (m) => {
      if (hash.hour !== undefined && hash.mday === undefined) {
        const n = str2num(m[1]);
        if (n >= 1 && n <= 31) hash.mday = n;
      }
      if (hash.mday !== undefined && hash.hour === undefined) {
        const n = str2num(m[1]);
        if (n >= 0 && n <= 24) hash.hour = n;
      }
    });
  }
  if (hash._bc) {
    if (hash.cwyear !== undefined) hash.cwyear = -hash.cwyear + 1;
    if (hash.year !== undefined) hash.year = -hash.year + 1;
  }
  if (hash._comp) {
    if (hash.cwyear !== undefined && hash.cwyear >= 0 && hash.cwyear <= 99) hash.cwyear += hash.cwyear >= 69 ? 1900 : 2000;
    if (hash.year !== undefined && hash.year >= 0 && hash.year <= 99) hash.year += hash.year >= 69 ? 1900 : 2000;
  }
  delete hash._bc;
  delete hash._comp;
  return hash;
}

// ---------------------------------------------------------------------------------------------
// time.rb

const ZONE_OFFSET: Record<string, number> = {
  UTC: 0, Z: 0, UT: 0, GMT: 0,
  EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, I: 9, K: 10, L: 11, M: 12,
  N: -1, O: -2, P: -3, Q: -4, R: -5, S: -6, T: -7, U: -8, V: -9, W: -10, X: -11, Y: -12,
};

/**
 * time.rb's `zone_offset` in seconds, or undefined. Ruby also accepts the machine zone's own
 * abbreviations (`CET` under Europe/Paris); Intl does not expose them, so those read as unknown.
 */
function rubyZoneOffset(zone: string): number | undefined {
  const z = zone.toUpperCase();
  let m = /^([+-])(\d\d)(:?)(\d\d)(?:\3(\d\d))?$/.exec(z);
  if (m) return (m[1] === '-' ? -1 : 1) * ((parseInt(m[2], 10) * 60 + parseInt(m[4], 10)) * 60 + (m[5] ? parseInt(m[5], 10) : 0));
  m = /^[+-]\d\d$/.exec(z);
  if (m) return parseInt(z, 10) * 3600;
  if (Object.prototype.hasOwnProperty.call(ZONE_OFFSET, z)) return ZONE_OFFSET[z] * 3600;
  return undefined;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function monthDays(y: number, m: number): number | undefined {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const i = m - 1 < 0 ? MONTH_DAYS.length + (m - 1) : m - 1; // Ruby's negative array index
  const d = MONTH_DAYS[i]; // undefined past either end, as Ruby's nil
  return i === 1 && leap ? 29 : d;
}

function divmod(a: number, b: number): [number, number] {
  const q = Math.floor(a / b);
  return [q, a - q * b];
}

interface Fields {
  year: number;
  mon: number;
  day: number;
  hour: number;
  min: number;
  sec: number;
}

function applyOffset(f: Fields, offset: number): Fields {
  let { year, mon, day, hour, min, sec } = f;
  let off = offset;
  let o: number;
  if (off < 0) {
    off = -off;
    [off, o] = divmod(off, 60);
    if (o !== 0) { sec += o; [o, sec] = divmod(sec, 60); off += o; }
    [off, o] = divmod(off, 60);
    if (o !== 0) { min += o; [o, min] = divmod(min, 60); off += o; }
    [off, o] = divmod(off, 24);
    if (o !== 0) { hour += o; [o, hour] = divmod(hour, 24); off += o; }
    if (off !== 0) {
      day += off;
      const days = monthDays(year, mon);
      if (days !== undefined && days < day) {
        mon += 1;
        if (12 < mon) { mon = 1; year += 1; }
        day = 1;
      }
    }
  } else if (off > 0) {
    [off, o] = divmod(off, 60);
    if (o !== 0) { sec -= o; [o, sec] = divmod(sec, 60); off -= o; }
    [off, o] = divmod(off, 60);
    if (o !== 0) { min -= o; [o, min] = divmod(min, 60); off -= o; }
    [off, o] = divmod(off, 24);
    if (o !== 0) { hour -= o; [o, hour] = divmod(hour, 24); off -= o; }
    if (off !== 0) {
      day -= off;
      if (day < 1) {
        mon -= 1;
        if (mon < 1) { year -= 1; mon = 12; }
        day = monthDays(year, mon) ?? 1;
      }
    }
  }
  return { year, mon, day, hour, min, sec };
}

/** A Time as make_time builds it: its instant and the offset its civil fields are shown in. */
interface RubyTime {
  epoch: number;
  shownOffset: number;
}

const MAX_YEAR = 200_000;

function rubyTimeNew(f: Fields, offset: number | undefined, timezone: string): RubyTime {
  if (Math.abs(f.year) > MAX_YEAR) throw new RubyArgumentError('year out of the range this emulation supports');
  if (offset !== undefined) {
    const g = applyOffset(f, offset);
    const c = rubyCivil(g.year, g.mon, g.day, g.hour, g.min, g.sec);
    if (!c) throw new RubyArgumentError('argument out of range');
    const epoch = civilToUtcSeconds(c);
    // force_zone!: a fixed offset the zone cannot show is applied with Time#localtime(offset), which
    // refuses offsets of a day or more (zone_utc? zones such as -00:00 are offset 0 anyway).
    if (Math.abs(offset) >= 86400) throw new RubyArgumentError('utc_offset out of range');
    return { epoch, shownOffset: offset };
  }
  const c = rubyCivil(f.year, f.mon, f.day, f.hour, f.min, f.sec);
  if (!c) throw new RubyArgumentError('argument out of range');
  const epoch = localToEpochSeconds(c, timezone);
  return { epoch, shownOffset: zoneOffsetSeconds(epoch, timezone) };
}

function yearDay(t: RubyTime): number {
  const c = utcSecondsToCivil(t.epoch + t.shownOffset);
  return daysFromCivil(c.year, c.month, c.day) - daysFromCivil(c.year, 1, 1) + 1;
}

function makeTime(
  d: DateParseHash,
  input: string,
  year: number | undefined,
  yday: number | undefined,
  mon: number | undefined,
  day: number | undefined,
  now: Date,
  timezone: string,
): RubyTime {
  let { hour, min, sec } = d;
  if (year === undefined && yday === undefined && mon === undefined && day === undefined && hour === undefined && min === undefined && sec === undefined && d.sec_fraction === undefined) {
    throw new RubyArgumentError(`no time information in ${JSON.stringify(input)}`);
  }
  const zone = d.zone;
  const off = zone !== undefined ? rubyZoneOffset(zone) : undefined;
  if (yday !== undefined) {
    if (yday < 1 || yday > 366) throw new RubyArgumentError(`yday ${yday} out of range`);
    let [m, dd] = divmod(yday - 1, 31);
    m += 1;
    dd += 1;
    const t = makeTime(d, input, year, undefined, m, dd, now, timezone);
    const diff = yday - yearDay(t);
    if (diff === 0) return t;
    dd += diff;
    const offYear = year ?? nowFields(now, off, timezone).year;
    const md = monthDays(offYear, m)!;
    if (dd > 28 && dd > md) {
      m += 1;
      if (m > 12) throw new RubyArgumentError(`yday ${yday} out of range`);
      dd -= md;
    }
    return makeTime(d, input, year, undefined, m, dd, now, timezone);
  }
  fill: {
    if (year !== undefined) break fill;
    // Missing leading fields come from now (read only then: most dates are complete).
    const n = nowFields(now, off, timezone);
    year = n.year;
    if (mon !== undefined) break fill;
    mon = n.mon;
    if (day !== undefined) break fill;
    day = n.day;
    if (hour !== undefined) break fill;
    hour = n.hour;
    if (min !== undefined) break fill;
    min = n.min;
    if (sec !== undefined) break fill;
    sec = n.sec;
  }
  const fields: Fields = { year, mon: mon ?? 1, day: day ?? 1, hour: hour ?? 0, min: min ?? 0, sec: sec ?? 0 };
  return rubyTimeNew(fields, off, timezone);
}

function nowFields(now: Date, off: number | undefined, timezone: string): Fields {
  const epoch = Math.floor(now.getTime() / 1000);
  const shift = off ?? zoneOffsetSeconds(epoch, timezone);
  const c = utcSecondsToCivil(epoch + shift);
  return { year: c.year, mon: c.month, day: c.day, hour: c.hour, min: c.minute, sec: c.second };
}

/**
 * Jekyll's `Utils.parse_date(input)`: Ruby's `Time.parse(input).localtime` with `TZ` set to the
 * site's `timezone` (the host passes the machine zone when the site sets none; UTC by default).
 * `now` stands for Ruby's `Time.now`, which fills the fields left out at the front
 * (`10:00` is today at ten, `June 4` is this year's).
 */
// A site's dates are parsed again by each rule and view that needs them: recent answers are
// remembered by input, per zone, for the build second they were computed for (which a whole-site
// lint keeps from file to file).
const parseCaches = new Map<string, { second: number; answers: Map<string, RubyTimeResult> }>();

export function parseRubyTime(input: string, timezone: string | undefined, now: Date = new Date()): RubyTimeResult {
  const second = Math.floor(now.getTime() / 1000);
  let cache = parseCaches.get(timezone ?? '');
  if (!cache || cache.second !== second || cache.answers.size > 20_000) {
    if (parseCaches.size > 16) parseCaches.clear();
    parseCaches.set(timezone ?? '', (cache = { second, answers: new Map() }));
  }
  const parseCache = cache.answers;
  const cached = parseCache.get(input);
  if (cached) return cached;
  const result = parseRubyTimeUncached(input, timezone, now);
  parseCache.set(input, result);
  return result;
}

/**
 * The instant of a canonical date with its own offset (`2014-06-04 10:00:00 +0200`) whose fields are
 * all in range, by arithmetic: what Time.parse gives it (a unit test compares the two); undefined
 * for anything else.
 */
export function quickOffsetEpoch(input: string): number | undefined {
  const d = quickDateParse(input);
  if (!d || d.zone === undefined || d.hour === undefined) return undefined;
  const offset = rubyZoneOffset(d.zone);
  const { year, mon, mday, hour, min, sec } = d as Required<DateParseHash>;
  if (offset === undefined || Math.abs(offset) >= 86400 || mon < 1 || mon > 12 || mday < 1 || mday > daysInMonth(year, mon) || hour > 23 || min > 59 || sec > 59) return undefined;
  return daysFromCivil(year, mon, mday) * 86400 + hour * 3600 + min * 60 + sec - offset;
}

function parseRubyTimeUncached(input: string, timezone: string | undefined, now: Date): RubyTimeResult {
  const tz = timezone ?? 'UTC';
  const quick = quickOffsetEpoch(input);
  if (quick !== undefined) return { ok: true, epochSeconds: quick, offsetMinutes: Math.floor(zoneOffsetSeconds(quick, tz) / 60) };
  return generalRubyTime(input, tz, now);
}

/** Time.parse through the general Date._parse port and Time.make_time, whatever the input. */
export function generalRubyTime(input: string, tz: string, now: Date): RubyTimeResult {
  try {
    const d = rubyDateParse(input);
    const t = makeTime(d, input, d.year, d.yday, d.mon, d.mday, now, tz);
    if (!Number.isFinite(t.epoch)) return { ok: false, reason: 'argument out of range' };
    const epochSeconds = Math.floor(t.epoch);
    return { ok: true, epochSeconds, offsetMinutes: Math.floor(zoneOffsetSeconds(epochSeconds, tz) / 60) };
  } catch (e) {
    if (e instanceof RubyArgumentError || e instanceof RangeError) return { ok: false, reason: e.message };
    throw e;
  }
}

/** Ruby's `to_s` of a YAML value, as Jekyll applies it before parsing a date. */
export function rubyToS(value: JekyllValue): string {
  if (value === null) return '';
  if (value instanceof YamlTimestamp) return yamlTimestampToS(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return rubyNumberToS(value);
  return rubyInspect(value);
}

function rubyNumberToS(n: number): string {
  // NaN, Infinity and -Infinity: String writes them as Ruby does (at the end).
  // JekyllValue does not tell Integer from Float; whole numbers are taken as Integers.
  if (Number.isInteger(n)) return BigInt(n).toString();
  // Ruby writes a Float of 1e16 or more with an exponent too, but every such double is whole (taken
  // as an Integer above): only small fractions are left, with a negative exponent (1.0e-05).
  if (Math.abs(n) < 1e-4) {
    const [mant, exp] = n.toExponential().split('e');
    return `${mant.includes('.') ? mant : mant + '.0'}e-${exp.slice(1).padStart(2, '0')}`;
  }
  return String(n);
}

function rubyInspect(value: JekyllValue): string {
  if (value === null) return 'nil';
  if (value instanceof YamlTimestamp) return value.kind === 'date' ? dateInspect(value) : yamlTimestampToS(value, true);
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value !== 'object') return rubyToS(value);
  if (Array.isArray(value)) return `[${value.map(rubyInspect).join(', ')}]`;
  return `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}=>${rubyInspect(v)}`).join(', ')}}`;
}

function pad(n: number, width = 2): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? '-' + s : s;
}

/**
 * `Date#to_s` / `Time#to_s` of a YAML timestamp, or `Time#inspect` (which adds the fraction of a
 * second). Psych makes a `Z` time with Time.utc (shown `UTC`), one with an offset with Time.new at
 * that offset, and one without a zone with Time.at, a local time: `+0000` under TZ=UTC (under
 * another zone Ruby shows the same instant in that zone, which this text does not know).
 */
function yamlTimestampToS(t: YamlTimestamp, inspect = false): string {
  const c = t.civil;
  const date = `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;
  if (t.kind === 'date') return date;
  const fraction = inspect ? t.fraction.replace(/0+$/, '') : '';
  const time = `${date} ${pad(c.hour)}:${pad(c.minute)}:${pad(c.second)}${fraction && '.' + fraction}`;
  if (t.source.endsWith('Z')) return `${time} UTC`;
  const o = Number(t.offsetMinutes); // no zone (null) is 0
  return `${time} ${o < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(o) / 60))}${pad(Math.abs(o) % 60)}`;
}

/**
 * `Date#inspect` of a YAML date: its Julian Day Number, in the Julian calendar before 1582-10-15
 * (Psych's Date starts the Gregorian calendar there, Date::ITALY).
 */
function dateInspect(t: YamlTimestamp): string {
  const { year, month, day } = t.civil;
  let jd = daysFromCivil(year, month, day) + 2_440_588;
  if (jd < 2_299_161) {
    const a = Math.floor((14 - month) / 12);
    const y = year + 4800 - a;
    jd = day + Math.floor((153 * (month + 12 * a - 3) + 2) / 5) + 365 * y + Math.floor(y / 4) - 32_083;
  }
  return `#<Date: ${yamlTimestampToS(t)} ((${jd}j,0s,0n),+0s,2299161j)>`;
}

/**
 * The date Jekyll ends with for a document whose front matter (or defaults) sets `date` to
 * `value`: Jekyll parses `value.to_s` with `Utils.parse_date`, so a YAML date is local midnight
 * in the site zone, a YAML time keeps its instant (whole seconds), a string goes through
 * `Time.parse`, and anything else through its Ruby `to_s` (an empty `date:` is `""`, which
 * fails). Returns undefined when `value` is undefined (no `date` key: the file name's date, or
 * the build time, is used instead).
 */
export function jekyllDocumentDate(value: JekyllValue | undefined, timezone: string | undefined, now: Date = new Date()): RubyTimeResult | undefined {
  if (value === undefined) return undefined;
  if (value instanceof YamlTimestamp && value.kind === 'time') {
    const epochSeconds = value.epochSeconds();
    if (!Number.isFinite(epochSeconds)) return { ok: false, reason: 'argument out of range' };
    return { ok: true, epochSeconds, offsetMinutes: Math.floor(zoneOffsetSeconds(epochSeconds, timezone ?? 'UTC') / 60) };
  }
  return parseRubyTime(rubyToS(value), timezone, now);
}

/** resolveDocumentDate's step for one source of `date`: `prior` when `value` leaves it as it is. */
function dateFrom(value: JekyllValue | undefined, source: DocumentDateSource, prior: ResolvedDocumentDate | undefined, tz: string, now: Date | undefined): ResolvedDocumentDate | undefined {
  if (value === undefined || (value === null && prior)) return prior;
  const r = jekyllDocumentDate(value, tz, now);
  if (!r || !r.ok) return failedDate(rubyToS(value), source);
  return { ok: true, epochSeconds: r.epochSeconds, offsetMinutes: r.offsetMinutes, source };
}

function failedDate(value: string, source: DocumentDateSource): ResolvedDocumentDate {
  return { ok: false, value, source, message: (path) => `Invalid date '${value}': Document '${path}' does not have a valid date in the ${source}.` };
}

export type DocumentDateSource = 'front matter defaults' | 'YAML front matter' | 'filename' | 'fallback';

export type ResolvedDocumentDate =
  | { readonly ok: true; readonly epochSeconds: number; readonly offsetMinutes: number; readonly source: DocumentDateSource }
  | {
      readonly ok: false;
      /** The text Jekyll tried to parse (`value.to_s`). */
      readonly value: string;
      readonly source: DocumentDateSource;
      /** Jekyll's fatal message, given the document's path relative to collections_dir. */
      readonly message: (relativePath: string) => string;
    };

/**
 * The date Jekyll gives a document (Document#merge_date! then #modify_date): the defaults' `date`
 * is parsed first (a bad one is fatal even when the front matter sets another), then the front
 * matter's; when neither sets one, the file name's date (`2014-06-04-...`, any collection), else
 * `fallbackEpochSeconds` (the build time, or the file's mtime for drafts).
 */
export function resolveDocumentDate(options: {
  readonly defaultsDate?: JekyllValue;
  readonly frontMatterDate?: JekyllValue;
  readonly fileDate?: string;
  readonly fallbackEpochSeconds: number;
  readonly timezone: string | undefined;
  readonly now?: Date;
}): ResolvedDocumentDate {
  const tz = options.timezone ?? 'UTC';
  // The defaults' date, then the front matter's (a nil front matter value keeps the default).
  let result: ResolvedDocumentDate | undefined = dateFrom(options.defaultsDate, 'front matter defaults', undefined, tz, options.now);
  if (result?.ok !== false) result = dateFrom(options.frontMatterDate, 'YAML front matter', result, tz, options.now);
  if (result) return result;
  if (options.fileDate !== undefined) {
    const r = parseRubyTime(options.fileDate, tz, options.now);
    if (!r.ok) return failedDate(options.fileDate, 'filename');
    return { ok: true, epochSeconds: r.epochSeconds, offsetMinutes: r.offsetMinutes, source: 'filename' };
  }
  const e = options.fallbackEpochSeconds;
  return { ok: true, epochSeconds: e, offsetMinutes: Math.floor(zoneOffsetSeconds(e, tz) / 60), source: 'fallback' };
}
