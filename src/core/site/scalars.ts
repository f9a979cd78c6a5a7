import { YamlTimestamp, daysInMonth, rubyCivil } from './timestamp';

/** A value as Jekyll reads it from YAML. */
export type JekyllValue = string | number | boolean | null | YamlTimestamp | JekyllValue[] | { [key: string]: JekyllValue };

// The prototype of the maps YAML is read into: an empty object without a prototype of its own, so
// that no key is inherited (`constructor`, `toString`, `__proto__`...) as with Object.create(null),
// while V8 keeps the maps in fast mode (shared shapes, fast reads and copies) instead of
// dictionary mode.
const YAML_MAP_PROTOTYPE: object = Object.freeze(Object.create(null));

/** A new, empty map for YAML mapping values: inherits nothing. */
export function newYamlMap(): Record<string, JekyllValue> {
  return Object.create(YAML_MAP_PROTOTYPE);
}

// The patterns of Psych's ScalarScanner (Ruby's YAML loader used by Jekyll 4.3), which SafeYAML
// follows for the types it allows.
export const WORDISH = /^[^\d.:-]?[\p{Alphabetic}\p{M}_\s!@#$%^&*(){}<>|/\\~;=]+/u;
const TIME = /^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$/;
const DATE = /^\d{4}-(?:1[012]|0\d|\d)-(?:[12]\d|3[01]|0\d|\d)$/;
const SEXAGESIMAL_INT = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}$/;
const SEXAGESIMAL_FLOAT = /^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}\.[0-9_]*$/;
const FLOAT = /^(?:[-+]?([0-9][0-9_,]*)?\.[0-9]*([eE][-+][0-9]+)?)$/;
const INTEGER = /^(?:[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-F_,]+)$/;

/**
 * What WORDISH answers, without its Unicode expression, for the texts most values are: those that
 * open with an ASCII letter or `_` (matched by the second part alone), or with one character the
 * optional first part takes (not a digit, `.`, `:` or `-`) and then such a letter. False means
 * "ask WORDISH".
 */
export function startsWordish(text: string): boolean {
  const first = text.charCodeAt(0);
  if (isAsciiWordish(first)) return true;
  return !(first >= 48 && first <= 57) && first !== 46 && first !== 58 && first !== 45 && !(first >= 0xd800 && first <= 0xdbff) && isAsciiWordish(text.charCodeAt(1));
}

function isAsciiWordish(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Types an unquoted (plain) scalar as Jekyll's YAML loader does. Quoted and block scalars stay strings. */
export function typePlainScalar(text: string): JekyllValue {
  if (text === '') return null;
  if (startsWordish(text) || WORDISH.test(text) || text.includes('\n')) {
    if (text.length > 5) return text;
    if (/^[^ytonf~]/i.test(text)) return text;
    if (text === '~' || /^null$/i.test(text)) return null;
    if (/^(yes|true|on)$/i.test(text)) return true;
    if (/^(no|false|off)$/i.test(text)) return false;
    return text;
  }
  if (TIME.test(text)) return parseTime(text) ?? text;
  if (DATE.test(text)) {
    const [y, m, d] = text.split('-').map(Number);
    if (d > daysInMonth(y, m)) return text;
    return new YamlTimestamp('date', { year: y, month: m, day: d, hour: 0, minute: 0, second: 0 }, null, '', text);
  }
  if (/^\+?\.inf$/i.test(text)) return Infinity;
  if (/^-\.inf$/i.test(text)) return -Infinity;
  if (/^\.nan$/i.test(text)) return NaN;
  if (SEXAGESIMAL_INT.test(text) || SEXAGESIMAL_FLOAT.test(text)) {
    // Psych weighs the parts from the left with 60^|index - 2| (so `12:30` is 45000).
    let total = 0;
    text.split(':').forEach((part, index) => {
      const n = SEXAGESIMAL_FLOAT.test(text) ? parseFloat(part.replace(/_/g, '')) : parseInt(part.replace(/_/g, ''), 10);
      total += n * 60 ** Math.abs(index - 2);
    });
    return total;
  }
  if (FLOAT.test(text)) {
    if (/^[-+]?\.$/.test(text)) return text;
    return parseFloat(text.replace(/[,_]/g, '').replace(/\.([Ee]|$)/, '$1'));
  }
  if (INTEGER.test(text)) return parseRubyInteger(text.replace(/[,_]/g, '')) ?? text;
  return text;
}

function parseRubyInteger(text: string): number | undefined {
  const m = /^([-+]?)(0b|0x|0)?(.*)$/i.exec(text);
  if (!m) return undefined;
  const sign = m[1] === '-' ? -1 : 1;
  const prefix = (m[2] ?? '').toLowerCase();
  const digits = m[3];
  const radix = prefix === '0b' ? 2 : prefix === '0x' ? 16 : prefix === '0' ? 8 : 10;
  if (digits === '') return prefix === '0' ? 0 : undefined;
  const value = parseInt(digits, radix);
  return Number.isNaN(value) ? undefined : sign * value;
}

function parseTime(text: string): YamlTimestamp | undefined {
  const [datePart, timePart] = splitOnce(text);
  const dm = /^(-?\d{4})-(\d{1,2})-(\d{1,2})/.exec(datePart);
  const tm = /(\d+:\d+:\d+)(?:\.(\d*))?\s*(Z|[-+]\d+(:\d\d)?)?/.exec(timePart);
  if (!dm || !tm) return undefined;
  const [hh, mi, ss] = tm[1].split(':').map(Number);
  const civil = rubyCivil(Number(dm[1]), Number(dm[2]), Number(dm[3]), hh, mi, ss);
  if (!civil) return undefined;
  let offset: number | null = null;
  if (tm[3] === 'Z') offset = 0;
  else if (tm[3]) {
    const zm = /^([+-]?\d{1,2}):?(\d{1,2})?$/.exec(tm[3]);
    if (!zm) return undefined;
    const hours = parseInt(zm[1], 10);
    const minutes = zm[2] ? parseInt(zm[2], 10) : 0;
    offset = hours * 60 + (hours < 0 ? -minutes : minutes); // as Psych: the sign of the hours as a number (`-00:30` is east)
    if (Math.abs(offset) >= 24 * 60) return undefined;
  }
  return new YamlTimestamp('time', civil, offset, tm[2] ?? '', text);
}

function splitOnce(text: string): [string, string] {
  const m = /[ tT]/.exec(text);
  return m ? [text.slice(0, m.index), text.slice(m.index + 1)] : [text, ''];
}

/** How a value reads in a message: `false`, `2024`, `"text"`. */
export function describeValue(value: JekyllValue): string {
  if (value instanceof YamlTimestamp) return value.source;
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(describeValue).join(', ')}]`;
  if (value !== null && typeof value === 'object') return '{…}';
  return String(value);
}
