/**
 * The filters Jekyll adds to Liquid (Jekyll::Filters and Jekyll::Filters::URLFilters, 4.3), with
 * Ruby's semantics where liquidjs differs: dates in the site zone with Ruby's strftime, Jekyll's
 * slugify, `where` comparing strings, `group_by` with `size`, and so on.
 */
import type { Context, Liquid } from 'liquidjs';

/** What liquidjs binds `this` to in a filter. */
interface FilterImpl {
  readonly context: Context;
}
import { slugify, SlugifyMode } from '../site/slugify';
import { xmlschema } from '../site/strftime';
import { JekyllTime, toJekyllTime } from './time';
import type { LiquidRun } from './renderTypes';
import { renderMarkdown } from './markdown';

export function runOf(impl: FilterImpl): LiquidRun {
  return impl.context.getRegister('jp') as LiquidRun;
}

function config(run: LiquidRun, key: string): string {
  const v = run.site.config.raw[key];
  return v === undefined || v === null ? '' : String(v);
}

function isAbsoluteUrl(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url);
}

/** Addressable's `normalize` for what posts use: percent-encodes what is not allowed in a URL, keeps existing escapes. */
export function normalizeUrl(url: string): string {
  return url.replace(/%(?![0-9a-fA-F]{2})|[^\x21-\x7e]|["<>\\^`{|}]/gu, (c) => encodeURIComponent(c).replace(/%25/g, '%25'));
}

function ensureLeadingSlash(s: string): string {
  return s.startsWith('/') ? s : `/${s}`;
}

export function relativeUrl(input: unknown, baseurl: string): unknown {
  if (input === undefined || input === null) return input;
  const value = typeof input === 'object' && input !== null && 'url' in input ? (input as { url: unknown }).url : input;
  const text = String(value);
  if (isAbsoluteUrl(text)) return text;
  const base = baseurl.replace(/\/$/, '');
  return normalizeUrl([base, text].map((p) => ensureLeadingSlash(p)).join('').replace(/^\/\//, '/'));
}

export function absoluteUrl(input: unknown, siteUrl: string, baseurl: string): unknown {
  if (input === undefined || input === null) return input;
  const value = typeof input === 'object' && input !== null && 'url' in input ? (input as { url: unknown }).url : input;
  const text = String(value);
  if (isAbsoluteUrl(text)) return text;
  const relative = relativeUrl(text, baseurl) as string;
  if (!siteUrl) return relative;
  return normalizeUrl(siteUrl + relative);
}

function time(run: LiquidRun, input: unknown): JekyllTime {
  const t = toJekyllTime(input, run.site.timezone, run.site.now);
  if (!t) throw new Error(`Invalid Date: '${String(input)}' is not a valid datetime.`);
  return t;
}

function ordinal(n: number): string {
  const mod100 = n % 100;
  if (mod100 >= 11 && mod100 <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** Jekyll's stringify_date. */
function stringifyDate(t: JekyllTime, monthType: string, type: unknown, style: unknown): string {
  if (type === 'ordinal') {
    const day = Number(t.strftime('%d'));
    const ord = ordinal(day);
    return style === 'US' ? t.strftime(`${monthType} `) + ord + t.strftime(', %Y') : `${ord} ${t.strftime(`${monthType} %Y`)}`;
  }
  return t.strftime(`%d ${monthType} %Y`);
}

function xmlEscape(input: unknown): string {
  if (input === undefined || input === null) return '';
  return String(input).replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

function property(item: unknown, prop: string): unknown {
  if (item === null || item === undefined) return undefined;
  if (typeof item !== 'object') return undefined;
  let value: unknown = item;
  for (const part of prop.split('.')) {
    if (value === null || value === undefined || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function asArray(input: unknown): unknown[] {
  if (Array.isArray(input)) return input;
  if (input && typeof input === 'object') return Object.values(input as object);
  return [];
}

function rubyToString(v: unknown): string {
  if (v === undefined || v === null) return '';
  return String(v);
}

const CJK = /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Hangul}]/gu;

export function numberOfWords(input: unknown, mode?: unknown): number {
  const text = rubyToString(input);
  if (mode === 'cjk') return (text.match(CJK) ?? []).length + text.replace(CJK, ' ').split(/\s+/).filter(Boolean).length;
  if (mode === 'auto') {
    const cjk = (text.match(CJK) ?? []).length;
    return cjk > 0 ? cjk + text.replace(CJK, ' ').split(/\s+/).filter(Boolean).length : text.split(/\s+/).filter(Boolean).length;
  }
  return text.split(/\s+/).filter(Boolean).length;
}

/** A Ruby Float: prints `7.0` where JavaScript prints `7`. */
export class RubyFloat {
  constructor(readonly value: number) {}
  valueOf(): number {
    return this.value;
  }
  toString(): string {
    return Number.isInteger(this.value) ? `${this.value}.0` : String(this.value);
  }
  toJSON(): number {
    return this.value;
  }
}

/** Whether a filter's input or operand is a Ruby Float: a non-integer, a RubyFloat, or a literal written with a point. */
function isFloat(value: unknown, raw: string): boolean {
  if (value instanceof RubyFloat) return true;
  if (typeof value === 'number' && !Number.isInteger(value)) return true;
  if (typeof value === 'string' && /^\s*-?\d+\.\d+\s*$/.test(value)) return true;
  return /^-?\d+\.\d+$/.test(raw);
}

interface RawToken {
  readonly begin: number;
  readonly end: number;
  readonly input?: string;
}

/** The literal text just before the filter (`17.0` in `{{ 17.0 | divided_by: 4 }}`), when it is one. */
function operandBefore(impl: FilterImpl): string {
  const token = (impl as unknown as { token?: RawToken }).token;
  if (!token?.input) return '';
  const before = token.input.slice(Math.max(0, token.begin - 200), token.begin);
  return /(?:\{\{-?|\|)\s*(-?[\d.]+)\s*\|?\s*$/.exec(before)?.[1] ?? '';
}

/** The literal text of the filter's argument (`4.0` in `divided_by: 4.0`). */
function operandAfter(impl: FilterImpl): string {
  const token = (impl as unknown as { token?: RawToken }).token;
  if (!token?.input) return '';
  return /:\s*(-?[\d.]+)\s*$/.exec(token.input.slice(token.begin, token.end))?.[1] ?? '';
}

/** Registers Jekyll's filters on a liquidjs engine. */
export function registerJekyllFilters(liquid: Liquid): void {
  const f = (name: string, handler: (this: FilterImpl, value: unknown, ...args: unknown[]) => unknown): void => liquid.registerFilter(name, handler as never);
  f('relative_url', function (input) {
    return relativeUrl(input, config(runOf(this), 'baseurl'));
  });
  f('absolute_url', function (input) {
    const run = runOf(this);
    return absoluteUrl(input, config(run, 'url'), config(run, 'baseurl'));
  });
  f('date', function (input, format) {
    const run = runOf(this);
    if (format === undefined || format === null || String(format) === '') return input;
    const t = toJekyllTime(input, run.site.timezone, run.site.now);
    return t ? t.strftime(String(format)) : input;
  });
  f('date_to_xmlschema', function (input) {
    if (input === undefined || input === null || input === '') return input;
    const t = time(runOf(this), input);
    return xmlschema(t.epochSeconds, t.timezone);
  });
  f('date_to_rfc822', function (input) {
    if (input === undefined || input === null || input === '') return input;
    return time(runOf(this), input).strftime('%a, %d %b %Y %H:%M:%S %z');
  });
  f('date_to_string', function (input, type, style) {
    if (input === undefined || input === null || input === '') return input;
    return stringifyDate(time(runOf(this), input), '%b', type, style);
  });
  f('date_to_long_string', function (input, type, style) {
    if (input === undefined || input === null || input === '') return input;
    return stringifyDate(time(runOf(this), input), '%B', type, style);
  });
  f('xml_escape', (input) => xmlEscape(input));
  f('cgi_escape', (input) => rubyToString(input).replace(/[^ a-zA-Z0-9_.\-~]+/g, (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).replace(/ /g, '+'));
  f('uri_escape', (input) => normalizeUrl(rubyToString(input)).replace(/\[|\]/g, (c) => encodeURIComponent(c)));
  f('number_of_words', (input, mode) => numberOfWords(input, mode));
  // Liquid's math on Ruby numbers: integers stay integers (17 / 3 is 5), a float anywhere makes a float (7.0).
  const math = (name: string, op: (a: number, b: number, integers: boolean) => number): void =>
    f(name, function (input, operand) {
      const a = Number(input);
      const b = Number(operand);
      const floats = isFloat(input, operandBefore(this)) || isFloat(operand, operandAfter(this));
      const result = op(a, b, !floats);
      return floats ? new RubyFloat(result) : result;
    });
  math('divided_by', (a, b, integers) => (integers ? Math.floor(a / b) : a / b));
  math('times', (a, b) => a * b);
  math('plus', (a, b) => a + b);
  math('minus', (a, b) => a - b);
  f('array_to_sentence_string', (input, connector = 'and') => {
    const a = asArray(input).map(rubyToString);
    if (a.length === 0) return '';
    if (a.length === 1) return a[0];
    if (a.length === 2) return `${a[0]} ${connector} ${a[1]}`;
    return `${a.slice(0, -1).join(', ')}, ${connector} ${a[a.length - 1]}`;
  });
  f('markdownify', (input) => renderMarkdown(rubyToString(input)).html);
  f('smartify', (input) =>
    rubyToString(input)
      .replace(/---/g, '&#8212;')
      .replace(/--/g, '&#8211;')
      .replace(/\.\.\./g, '&#8230;')
      .replace(/(^|[\s(\[{])"/g, '$1&#8220;')
      .replace(/"/g, '&#8221;')
      .replace(/(^|[\s(\[{])'/g, '$1&#8216;')
      .replace(/'/g, '&#8217;'),
  );
  f('slugify', (input, mode) => slugify(input === undefined || input === null ? null : String(input), { mode: (mode === undefined || mode === null ? 'default' : String(mode)) as SlugifyMode }));
  f('normalize_whitespace', (input) => rubyToString(input).replace(/\s+/g, ' ').trim());
  f('jsonify', (input) => JSON.stringify(input ?? null));
  f('where', (input, prop, value) => {
    if (prop === undefined || prop === null || Array.isArray(value) || (value !== null && typeof value === 'object' && !(value instanceof JekyllTime))) return input;
    const wanted = rubyToString(value);
    return asArray(input).filter((item) => {
      const v = property(item, String(prop));
      return (Array.isArray(v) ? v : [v]).map(rubyToString).includes(wanted);
    });
  });
  f('group_by', (input, prop) => {
    const groups = new Map<string, unknown[]>();
    for (const item of asArray(input)) {
      const key = rubyToString(property(item, String(prop)));
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(item);
    }
    return [...groups].map(([name, items]) => ({ name, items, size: items.length }));
  });
  f('to_integer', (input) => (typeof input === 'boolean' ? (input ? 1 : 0) : Math.trunc(Number(input)) || 0));
  f('sassify', (input) => input);
  f('scssify', (input) => input);
}
