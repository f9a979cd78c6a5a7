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
  const d = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (year >= 0 && year < 100) d.setUTCFullYear(year);
  return utcSecondsToCivil(d.getTime() / 1000);
}

/** Civil fields, in UTC, of an instant given in seconds since the epoch. */
export function utcSecondsToCivil(seconds: number): CivilDateTime {
  const d = new Date(seconds * 1000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}
