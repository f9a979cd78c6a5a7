/**
 * A timestamp typed by YAML (an unquoted `2014-06-04` or `2014-06-04 15:27:59 +02:00`), as Jekyll's
 * YAML loader (Psych's scalar scanner, which SafeYAML mirrors) produces it.
 */
export interface CivilDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

export class YamlTimestamp {
  constructor(
    /** `date` for `YYYY-MM-DD` (Ruby Date), `time` for a full timestamp (Ruby Time). */
    readonly kind: 'date' | 'time',
    /** The fields as written, already normalised the way Ruby's Time.utc normalises them. */
    readonly civil: CivilDateTime,
    /**
     * Minutes east of UTC written in the value; `null` when no zone was written (Psych then reads
     * the fields as UTC); always `null` for dates, which are local midnight where they are used.
     */
    readonly offsetMinutes: number | null,
    /** Fraction of a second as written after the dot (digits only), or ''. */
    readonly fraction: string,
    /** The scalar exactly as written. */
    readonly source: string,
  ) {}

  /** Seconds since the epoch of a `time` timestamp (whole seconds, as Ruby's `Time#to_s` keeps them). */
  epochSeconds(): number {
    const c = this.civil;
    const utc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) / 1000;
    return utc - (this.offsetMinutes ?? 0) * 60;
  }

  toString(): string {
    return this.source;
  }

  toJSON(): string {
    return this.source;
  }
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
}

/**
 * Builds civil fields the way Ruby's `Time.utc(y, m, d, h, mi, s)` accepts them: month 1..12,
 * day 1..31 (a day past the month's end rolls into the next month), hour 0..24 (24 only at
 * 24:00:00), minute 0..59, second 0..60. Returns undefined where Ruby raises ArgumentError.
 */
export function rubyCivil(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): CivilDateTime | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  if (hour < 0 || hour > 24 || minute < 0 || minute > 59 || second < 0 || second > 60) return undefined;
  if (hour === 24 && (minute !== 0 || second !== 0)) return undefined;
  // Not Date.UTC: it reads years 0-99 as 1900-1999, and 1900 has no 29 February where year 0 has one.
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return utcSecondsToCivil(d.getTime() / 1000);
}

/** Civil fields, in UTC, of an instant given in seconds since the epoch (proleptic Gregorian, as Date). */
export function utcSecondsToCivil(seconds: number): CivilDateTime {
  const days = Math.floor(seconds / 86400);
  const inDay = Math.floor(seconds - days * 86400);
  const { year, month, day } = civilFromDays(days);
  return { year, month, day, hour: Math.floor(inDay / 3600), minute: Math.floor(inDay / 60) % 60, second: inDay % 60 };
}

/** The date `days` after 1970-01-01, by arithmetic (H. Hinnant's civil_from_days) rather than a Date object. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** Days from 1970-01-01 to a civil date (days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}
