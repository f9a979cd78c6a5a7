/**
 * Times as Jekyll's Liquid sees them: a Ruby `Time` shown in the site zone. `{{ page.date }}` prints
 * like `Time#to_s`, comparisons use the instant, and the date filters format with Ruby's strftime.
 */
import { localToEpochSeconds, parseRubyTime } from '../site/rubyTime';
import { YamlTimestamp } from '../site/timestamp';
import { strftime } from '../site/strftime';

export class JekyllTime {
  constructor(
    /** Seconds since the epoch. */
    readonly epochSeconds: number,
    /** The zone the time is shown in. */
    readonly timezone: string,
    /** A YAML date (Ruby `Date`): prints as `2014-06-04`. */
    readonly dateOnly = false,
  ) {}

  strftime(format: string): string {
    return strftime(format, this.epochSeconds, this.timezone);
  }

  toString(): string {
    return this.dateOnly ? this.strftime('%Y-%m-%d') : this.strftime('%Y-%m-%d %H:%M:%S %z');
  }

  toJSON(): string {
    return this.toString();
  }

  valueOf(): number {
    return this.epochSeconds;
  }

  /** For liquidjs: the value a template compares and prints. */
  toLiquid(): JekyllTime {
    return this;
  }
}

/** A YAML timestamp read in the site zone (a date is local midnight there). */
export function timeFromYaml(value: YamlTimestamp, timezone: string): JekyllTime {
  if (value.kind === 'date') {
    const c = value.civil;
    return new JekyllTime(localToEpochSeconds({ ...c, hour: 0, minute: 0, second: 0 }, timezone), timezone, true);
  }
  return new JekyllTime(value.epochSeconds(), timezone);
}

/**
 * Liquid's `Utils.to_date` as Jekyll runs it (`TZ` set to the site zone): a time stays, numbers are
 * epoch seconds, `now`/`today` are now, strings go through `Time.parse`. Undefined when the input is
 * not a date.
 */
export function toJekyllTime(input: unknown, timezone: string, now: Date = new Date()): JekyllTime | undefined {
  if (input instanceof JekyllTime) return input;
  if (input instanceof YamlTimestamp) return timeFromYaml(input, timezone);
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? undefined : new JekyllTime(Math.floor(input.getTime() / 1000), timezone);
  if (typeof input === 'number') return Number.isFinite(input) ? new JekyllTime(Math.floor(input), timezone) : undefined;
  if (typeof input !== 'string' || input === '') return undefined;
  const text = input.toLowerCase();
  if (text === 'now' || text === 'today') return new JekyllTime(Math.floor(now.getTime() / 1000), timezone);
  if (/^\d+$/.test(text)) return new JekyllTime(parseInt(text, 10), timezone);
  const parsed = parseRubyTime(input, timezone, now);
  return parsed.ok ? new JekyllTime(parsed.epochSeconds, ownZone(input) ?? timezone) : undefined;
}

/** The zone a string gives itself: Ruby's `Time.parse` keeps it (`Z` is UTC, `+02:00` a fixed offset). */
function ownZone(input: string): string | undefined {
  const m = /(?:\d|\s)(Z|UTC|GMT|[+-]\d\d:?\d\d)\s*$/i.exec(input.trim());
  if (!m) return undefined;
  const zone = m[1].toUpperCase();
  if (zone === 'Z' || zone === 'UTC' || zone === 'GMT') return 'UTC';
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3)}`;
}
