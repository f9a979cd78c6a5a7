/**
 * What a file's front matter holds, without positions: the site index's fast path.
 *
 * Most front matter is a handful of `key: value` lines and `- item` lists. For those, an exact line
 * scanner gives the same data as the full YAML parse (`parseFrontMatter(text).data`) at a fraction
 * of its cost; whenever the text is anything but that simple shape (block scalars, anchors, nested
 * maps, escapes, tabs, multi-line values...), it hands over to the full parser. A unit test replays
 * every fixture and corpus post and thousands of generated ones through both paths.
 *
 * The same scanner, asked for positions (`scanSimpleFrontMatter`), is `parseFrontMatter`'s fast path:
 * it then also says where each top-level key and value is written, as the full parser's nodes do.
 */
import { trimmedEnd } from './frontMatterBlock';
import type { FrontMatterField, FrontMatterItem, ValueStyle } from './frontMatterBlock';
import { utf8BomLength } from '../text';
import type { OffsetRange } from '../text';
import { JekyllValue, newYamlMap, startsWordish, typePlainScalar } from './scalars';

export const FALLBACK: unique symbol = Symbol('fallback');
type Fallback = typeof FALLBACK;
const EMPTY: unique symbol = Symbol('empty');

/**
 * The key of a top-level `key: value` line `text[start, end)`, what
 * /^([A-Za-z_][A-Za-z0-9_-]{0,99}):(?: +(.*))?$/ calls its first group, without a match array for
 * every line of every post; where the value (the second group, or '' at `end`) starts is left in
 * `valueStart`. Undefined when the line is not of that shape.
 */
function keyOfLine(text: string, start: number, end: number): string | undefined {
  if (start >= end) return undefined;
  const first = text.charCodeAt(start);
  if (!((first >= 65 && first <= 90) || (first >= 97 && first <= 122) || first === 95)) return undefined;
  let p = start + 1;
  while (p < end) {
    const c = text.charCodeAt(p);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45) p++;
    else break;
  }
  if (p - start > 100 || p >= end || text.charCodeAt(p) !== 58) return undefined;
  const value = afterMarker(text, p + 1, end);
  if (value === -1) return undefined;
  valueStart = value;
  return keyAt(text, start, p - start);
}
/** Where the value of the last key or item line read starts (its line's end when there is none). */
let valueStart = 0;

/**
 * Keys read before, by length and first character (an ASCII letter or `_`): the same few keys
 * open every post's lines, so a key is found among them by comparing characters in place and the
 * one string is reused (already internalized as a property name), instead of a new string per line.
 */
const knownKeys: (string[] | undefined)[] = [];
const KNOWN_PER_SLOT = 8;

/** `text.slice(start, start + length)`, a key, as a string read before when there is one. */
function keyAt(text: string, start: number, length: number): string {
  const slot = length * 128 + text.charCodeAt(start);
  let known = knownKeys[slot];
  if (known) {
    for (let n = 0; n < known.length; n++) if (text.startsWith(known[n], start)) return known[n];
  } else knownKeys[slot] = known = [];
  const key = text.slice(start, start + length);
  if (known.length < KNOWN_PER_SLOT) known.push(key);
  return key;
}

/** After a `key:` or `-` marker ending at `at` on a line ending at `end`: nothing, or spaces then the value. Where the value starts (`end` when empty), -1 for anything else. */
function afterMarker(text: string, at: number, end: number): number {
  if (at >= end) return end;
  if (text.charCodeAt(at) !== 32) return -1;
  let v = at + 1;
  while (v < end && text.charCodeAt(v) === 32) v++;
  return v;
}

/** keyOfLine's answer on a line alone, as a pair, for tests. */
export function splitKeyLine(line: string): [string, string] | undefined {
  const key = keyOfLine(line, 0, line.length);
  return key === undefined ? undefined : [key, line.slice(valueStart)];
}
/**
 * For a `- value` list item line `text[start, end)`, what /^( *)-(?: +(.*))?$/ finds, without a
 * match array: the indentation (-1 when the line is no item); where the value (the second group,
 * or '' at `end`) starts is left in `valueStart`.
 */
function itemIndentOf(text: string, start: number, end: number): number {
  let p = start;
  while (p < end && text.charCodeAt(p) === 32) p++;
  if (p >= end || text.charCodeAt(p) !== 45) return -1;
  const value = afterMarker(text, p + 1, end);
  if (value === -1) return -1;
  valueStart = value;
  return p - start;
}

/** itemIndentOf's answer on a line alone, as a pair, for tests. */
export function splitItemLine(line: string): [number, string] | undefined {
  const indent = itemIndentOf(line, 0, line.length);
  return indent === -1 ? undefined : [indent, line.slice(valueStart)];
}
// The only keys of the KEY shape that YAML types as something else (booleans and null); numbers
// and dates cannot start with a letter or `_`.
const TYPED_KEY = /^(?:y|n|yes|no|true|false|on|off|null)$/i;
// Characters that make a line anything but simple: control characters, tabs, lone CRs, BOMs, the
// C1 block, non-characters, line/paragraph separators and lone surrogates.
// Tested once on the whole block: `\n` and a `\r` before it are line ends.
export const UNSAFE = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)|\p{Cs}/u;
// The same characters with every surrogate instead of lone ones only, without the Unicode flag:
// several times faster, and when it finds nothing, UNSAFE finds nothing either.
export const MAYBE_UNSAFE = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]|\r(?!\n)/;
// The full parser refuses front matter nested deeper than MAX_NESTING (64), counting every bracket,
// even those in quotes and comments: more opening brackets than that and the scanner steps aside.
const MAX_BRACKETS = 64;

/**
 * One item of a list as the scanner found it, as `parseFrontMatter` gives it: its range and written
 * text are made when read (rules read them only to report), not for every item of every post.
 */
export class ScannedItem implements FrontMatterItem {
  private readonly start: number;
  private readonly end: number;
  /** `[start, end)` in `text`: as the full parser's node range, white space after it dropped. */
  constructor(
    private readonly text: string,
    start: number,
    end: number,
    readonly style: ValueStyle,
    readonly value: JekyllValue,
  ) {
    this.start = start;
    this.end = trimmedEnd(text, start, end);
  }

  get range(): OffsetRange {
    return { start: this.start, end: this.end };
  }

  get written(): string {
    return this.text.slice(this.start, this.end);
  }
}

/**
 * One top-level `key: value` pair as the scanner found it, as `parseFrontMatter` gives it: the key
 * starts at `keyStart`; the value spans `[valueStart, valueEnd)` in `text` (white space after it
 * dropped, as the full parser's ranges are), or is empty (nothing written after the colon). Ranges
 * and the written text are made when read.
 */
export class ScannedField implements FrontMatterField {
  readonly style: ValueStyle;
  private readonly keyStart: number;
  private readonly valueStart: number;
  private readonly valueEnd: number;

  constructor(
    private readonly text: string,
    readonly key: string,
    keyStart: number,
    valueStart: number,
    valueEnd: number,
    style: ValueStyle,
    readonly value: JekyllValue,
    readonly items: readonly FrontMatterItem[] | undefined,
  ) {
    this.keyStart = keyStart;
    const end = trimmedEnd(text, valueStart, valueEnd);
    const empty = style === 'empty' || (style === 'plain' && end === valueStart);
    this.style = empty ? 'empty' : style;
    // An empty value: an empty range right after the colon.
    this.valueStart = empty ? this.afterColon : valueStart;
    this.valueEnd = empty ? this.afterColon : end;
  }

  get keyRange(): OffsetRange {
    return { start: this.keyStart, end: this.keyStart + this.key.length };
  }

  /** The key is followed by its colon. */
  get afterColon(): number {
    return this.keyStart + this.key.length + 1;
  }

  get valueRange(): OffsetRange {
    return { start: this.valueStart, end: this.valueEnd };
  }

  get pairRange(): OffsetRange {
    return { start: this.keyStart, end: Math.max(this.valueEnd, this.keyStart + this.key.length) };
  }

  get written(): string {
    return this.text.slice(this.valueStart, this.valueEnd);
  }
}

/** What the scanner read, with where: the fast path of `parseFrontMatter`. */
export interface ScannedFrontMatter {
  readonly data: Record<string, JekyllValue>;
  /** Every top-level pair in order, duplicates included. */
  readonly fields: readonly ScannedField[];
}

/**
 * Scans `text[start, end)` as a simple YAML mapping. Returns the data exactly as the full parser
 * would, or FALLBACK as soon as anything is not in the simple shape.
 */
export function scanSimpleYaml(text: string, start: number, end: number): Record<string, JekyllValue> | Fallback {
  return scan(text, start, end, undefined);
}

/**
 * Scans `text[start, end)` as a simple YAML mapping and says where each top-level key and value is
 * written: the data (with maps made as the full parser makes them) and the pairs, or
 * undefined when the text is not in the simple shape or when the positions are not certain (some
 * comment lines after a list or a nested mapping, which the full parser counts in its range).
 */
export function scanSimpleFrontMatter(text: string, start: number, end: number): ScannedFrontMatter | undefined {
  const pairs: ScannedField[] = [];
  const data = scan(text, start, end, pairs);
  if (data === FALLBACK) return undefined;
  // The full parser reads a text without any key (blank, comments) as an empty document: `{}`.
  return { data: pairs.length === 0 ? {} : data, fields: pairs };
}

// Set by inlineValue: how many characters (from its start) the value is written on.
let writtenLength = 0;

/** The style of a value written on one line, from its first character. */
function styleAt(text: string, at: number): ValueStyle {
  const first = text.charCodeAt(at);
  return first === 39 ? 'single' : first === 34 ? 'double' : first === 91 ? 'flow-seq' : 'plain';
}

/** Items of a one-line flow list written at `at` (its `[`), from the offsets flowList found. */
function flowItems(text: string, value: JekyllValue, offsets: readonly number[], at: number): ScannedItem[] {
  const list = value as JekyllValue[];
  const items: ScannedItem[] = new Array(list.length);
  for (let n = 0; n < list.length; n++) items[n] = new ScannedItem(text, at + offsets[2 * n], at + offsets[2 * n + 1], 'plain', list[n]);
  return items;
}

// The lines of the text being scanned: line k is text[lineStart[k], lineEnd[k]), without its `\n`
// or `\r\n`. Reused from scan to scan (a scan does not start another).
const lineStart: number[] = [];
const lineEnd: number[] = [];
let lineCount = 0;

/** Line k's indentation (its length when it is blank). */
function indentOf(text: string, k: number): number {
  const end = lineEnd[k];
  let p = lineStart[k];
  while (p < end && text.charCodeAt(p) === 32) p++;
  return p - lineStart[k];
}

function isBlank(text: string, k: number): boolean {
  return indentOf(text, k) === lineEnd[k] - lineStart[k];
}

function isBlankOrComment(text: string, k: number): boolean {
  const end = lineEnd[k];
  for (let p = lineStart[k]; p < end; p++) {
    const c = text.charCodeAt(p);
    if (c === 32) continue;
    return c === 35; // '#'
  }
  return true;
}

/** Whether line k starts with a space (so it is indented or blank with spaces). */
function startsIndented(text: string, k: number): boolean {
  return lineStart[k] < lineEnd[k] && text.charCodeAt(lineStart[k]) === 32;
}

/**
 * Whether the comment lines in lines [from, to) (the others being blank), after the last entry of a
 * list or nested mapping written at `indent`, are surely outside the full parser's range of it: yes
 * when there are none, or when the first is indented no deeper than the entries and the last entry
 * has a value (the parser counts a more indented comment, or any after an empty entry, in).
 */
function commentsOutside(text: string, from: number, to: number, indent: number, lastEmpty: boolean): boolean {
  for (let k = from; k < to; k++) {
    if (isBlank(text, k)) continue;
    return !lastEmpty && indentOf(text, k) <= indent;
  }
  return true;
}

function tooManyBrackets(text: string, start: number, end: number): boolean {
  let count = 0;
  for (const bracket of ['[', '{']) {
    let at = text.indexOf(bracket, start);
    while (at !== -1 && at < end) {
      if (++count > MAX_BRACKETS) return true;
      at = text.indexOf(bracket, at + 1);
    }
  }
  return false;
}

/** The scanner behind both outputs; with `pairs`, it also records where every top-level pair is written. */
function scan(text: string, start: number, end: number, pairs: ScannedField[] | undefined): Record<string, JekyllValue> | Fallback {
  if (!splitLines(text, start, end)) return FALLBACK;
  if (tooManyBrackets(text, start, end)) return FALLBACK;
  const flowOffsets: number[] | undefined = pairs ? [] : undefined;
  // Maps are made as the full parser makes them (they inherit nothing). A `__proto__` key still goes
  // to the full parser.
  const out: Record<string, JekyllValue> = newYamlMap();
  const lines = lineCount;
  let i = 0;
  while (i < lines) {
    if (isBlankOrComment(text, i)) {
      i++;
      continue;
    }
    const keyStart = lineStart[i];
    const lineStop = lineEnd[i];
    const key = keyOfLine(text, keyStart, lineStop);
    if (key === undefined) return FALLBACK;
    if ((key.length <= 5 && TYPED_KEY.test(key)) || key === '__proto__') return FALLBACK;
    const rawStart = valueStart;
    i++;
    const first = text.charCodeAt(rawStart);
    const block = rawStart < lineStop && (first === 124 || first === 62) ? BLOCK_HEADER.exec(text.slice(rawStart, lineStop)) : null; // `|` or `>`
    if (block) {
      const scalar = blockScalar(text, i, block[1] === '>', block[2] === '-');
      if (scalar === FALLBACK) return FALLBACK;
      out[key] = scalar.value;
      if (pairs) pairs.push(new ScannedField(text, key, keyStart, rawStart, lineEnd[scalar.last], 'block', scalar.value, undefined));
      i = scalar.next;
      continue;
    }
    if (flowOffsets && flowOffsets.length !== 0) flowOffsets.length = 0;
    const value = inlineValue(text, rawStart, lineStop, flowOffsets);
    if (value === FALLBACK) return FALLBACK;
    // Skip blank and comment lines to the next line with content.
    let j = i;
    while (j < lines && isBlankOrComment(text, j)) j++;
    if (value !== EMPTY) {
      // A value on the key's line: the next content line must be another top-level key.
      if (j < lines && startsIndented(text, j)) return FALLBACK;
      out[key] = value;
      if (pairs && flowOffsets) {
        const style = styleAt(text, rawStart);
        pairs.push(new ScannedField(text, key, keyStart, rawStart, rawStart + writtenLength, style, value, style === 'flow-seq' ? flowItems(text, value, flowOffsets, rawStart) : undefined));
      }
    } else if (j < lines && itemIndentOf(text, lineStart[j], lineEnd[j]) !== -1) {
      const list: JekyllValue[] = [];
      const indent = itemIndentOf(text, lineStart[j], lineEnd[j]);
      const items: ScannedItem[] | undefined = pairs ? [] : undefined;
      const listStart = lineStart[j] + indent;
      let lastItem = j;
      let lastEmpty = false;
      while (j < lines) {
        if (isBlankOrComment(text, j)) {
          j++;
          continue;
        }
        if (itemIndentOf(text, lineStart[j], lineEnd[j]) !== indent) break;
        const at = valueStart;
        if (flowOffsets && flowOffsets.length !== 0) flowOffsets.length = 0;
        const item = inlineValue(text, at, lineEnd[j], flowOffsets);
        if (item === FALLBACK) return FALLBACK;
        const itemValue = item === EMPTY ? null : item;
        list.push(itemValue);
        if (items && flowOffsets) {
          // An empty item sits where its line's content ends (or its comment starts).
          items.push(item === EMPTY ? new ScannedItem(text, at, at, 'plain', null) : new ScannedItem(text, at, at + writtenLength, styleAt(text, at), itemValue));
        }
        lastItem = j;
        lastEmpty = item === EMPTY;
        j++;
      }
      // After the list: the end, or a top-level key (checked by the main loop).
      if (j < lines && startsIndented(text, j)) return FALLBACK;
      // Lists grown item by item hold room for 16 or more: kept for the whole lint, they are copied to their size.
      const listValue = list.slice();
      out[key] = listValue;
      if (pairs && items) {
        // The list ends with its last item's line (its comment included), and maybe comment lines after it.
        if (!commentsOutside(text, lastItem + 1, j, indent, lastEmpty)) return FALLBACK;
        pairs.push(new ScannedField(text, key, keyStart, listStart, lineEnd[lastItem], 'block-seq', listValue, items.slice()));
      }
      i = j;
    } else if (j < lines && startsIndented(text, j)) {
      // A nested mapping of `key: value` lines, one level deep.
      const nested = NESTED_KEY.exec(text.slice(lineStart[j], lineEnd[j]));
      if (!nested) return FALLBACK;
      const indent = nested[1].length;
      const map: Record<string, JekyllValue> = newYamlMap();
      const mapStart = lineStart[j] + indent;
      let lastEntry = j;
      let lastEmpty = false;
      while (j < lines) {
        if (isBlankOrComment(text, j)) {
          j++;
          continue;
        }
        if (!startsIndented(text, j)) break;
        const nm = NESTED_KEY.exec(text.slice(lineStart[j], lineEnd[j]));
        if (!nm || nm[1].length !== indent) return FALLBACK;
        const nestedKey = nm[2];
        if ((nestedKey.length <= 5 && TYPED_KEY.test(nestedKey)) || nestedKey === '__proto__') return FALLBACK;
        // The value (the expression's third group) starts after the colon and its spaces.
        const nestedStart = afterMarker(text, lineStart[j] + indent + nestedKey.length + 1, lineEnd[j]);
        const nestedValue = inlineValue(text, nestedStart, lineEnd[j], undefined);
        if (nestedValue === FALLBACK) return FALLBACK;
        if (nestedValue === EMPTY) {
          // `key:` with nothing after: null, unless something more indented follows (fall back).
          let k = j + 1;
          while (k < lines && isBlankOrComment(text, k)) k++;
          if (k < lines && indentOf(text, k) >= indent) {
            if (indentOf(text, k) > indent || itemIndentOf(text, lineStart[k], lineEnd[k]) !== -1) return FALLBACK;
          }
          map[nestedKey] = null;
        } else map[nestedKey] = nestedValue;
        lastEntry = j;
        lastEmpty = nestedValue === EMPTY;
        j++;
      }
      out[key] = map;
      if (pairs) {
        if (!commentsOutside(text, lastEntry + 1, j, indent, lastEmpty)) return FALLBACK;
        pairs.push(new ScannedField(text, key, keyStart, mapStart, lineEnd[lastEntry], 'block-map', map, undefined));
      }
      i = j;
    } else {
      out[key] = null;
      if (pairs) pairs.push(new ScannedField(text, key, keyStart, rawStart, rawStart, 'empty', null, undefined));
    }
  }
  return out;
}

const BLOCK_HEADER = /^([|>])(-?) *$/;
const NESTED_KEY = /^( +)([A-Za-z_][A-Za-z0-9_-]{0,99}):(?: +(.*))?$/;

/**
 * A `|`, `|-`, `>` or `>-` block scalar from line `from` whose lines all share one indentation,
 * with no blank line inside (those fold in ways not worth repeating here: they fall back).
 */
function blockScalar(text: string, from: number, folded: boolean, strip: boolean): { value: string; next: number; last: number } | Fallback {
  const lines = lineCount;
  let j = from;
  const content: string[] = [];
  let indent = -1;
  while (j < lines) {
    const length = lineEnd[j] - lineStart[j];
    const lineIndent = indentOf(text, j);
    if (lineIndent === length) break; // a blank line: the end of the block, or a blank inside it
    if (indent === -1) {
      if (lineIndent === 0) break;
      indent = lineIndent;
    }
    if (lineIndent < indent) break;
    if (lineIndent > indent) return FALLBACK;
    content.push(text.slice(lineStart[j] + indent, lineEnd[j]));
    j++;
  }
  if (content.length === 0) return FALLBACK;
  // After the block: blank lines, then the end or a line at column 0 (a key or a comment).
  let k = j;
  while (k < lines && isBlank(text, k)) {
    if (lineEnd[k] - lineStart[k] >= indent) return FALLBACK; // spaces beyond the indentation are content
    k++;
  }
  if (k < lines && startsIndented(text, k)) return FALLBACK;
  if (folded && content.some((l) => l.endsWith(' '))) return FALLBACK;
  const body = content.join(folded ? ' ' : '\n');
  return { value: strip ? body : `${body}\n`, next: k, last: j - 1 };
}

/** Finds the lines of `text[start, end)` (see lineStart); false on anything unusual. */
function splitLines(text: string, start: number, end: number): boolean {
  const block = start === 0 && end === text.length ? text : text.slice(start, end);
  if (MAYBE_UNSAFE.test(block) && UNSAFE.test(block)) return false;
  let count = 0;
  let at = start;
  while (at < end) {
    let nl = text.indexOf('\n', at);
    if (nl === -1 || nl >= end) nl = end;
    let stop = nl;
    if (stop > at && text.charCodeAt(stop - 1) === 13) stop--;
    lineStart[count] = at;
    lineEnd[count] = stop;
    count++;
    at = nl + 1;
  }
  lineCount = count;
  return true;
}

/** Whether a plain scalar may start with this character: not an indicator (`-`, `?`, `:` are refused too, to stay simple). */
function isPlainStart(c: number): boolean {
  // - ? : , [ ] { } # & * ! | > ' " % @ `
  return !(c === 45 || c === 63 || c === 58 || c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === 35 || c === 38 || c === 42 || c === 33 || c === 124 || c === 62 || c === 39 || c === 34 || c === 37 || c === 64 || c === 96);
}

/**
 * A value written on one line, `text[start, end)` (after `key: ` or `- `). Sets `writtenLength` to
 * how much of it the value is written on; with `flowOffsets`, a flow list's items' start and end
 * (from `start`) are added to it.
 */
function inlineValue(text: string, start: number, end: number, flowOffsets: number[] | undefined): JekyllValue | Fallback | typeof EMPTY {
  if (start >= end) return EMPTY;
  const first = text.charCodeAt(start);
  if (first === 35 /* # */) return EMPTY;
  if (first === 39 /* ' */) return singleQuoted(text, start, end);
  if (first === 34 /* " */) return doubleQuoted(text, start, end);
  if (first === 91 /* [ */) return flowList(text, start, end, flowOffsets);
  if (!isPlainStart(first)) return FALLBACK;
  const plain = plainText(text, start, end);
  if (plain === FALLBACK) return FALLBACK;
  writtenLength = plain.length;
  return typedPlain(plain);
}

// Plain values repeat across a site (`post`, `fr`, tags): the typing of those that need more than a
// glance is remembered, which also lets documents share one copy of each string.
const typedCache = new Map<string, JekyllValue>();
const MAX_CACHED_LENGTH = 64;
const MAX_CACHE_SIZE = 20_000;

function typedPlain(text: string): JekyllValue {
  // Longer than 5 characters and opening with a letter (or `/` and a letter): text, as typePlainScalar says at once.
  if (text.length > 5 && startsWordish(text)) return text;
  if (text.length > MAX_CACHED_LENGTH) return typePlainScalar(text);
  const known = typedCache.get(text);
  if (known !== undefined) return known;
  const typed = typePlainScalar(text);
  if (typed !== null && typeof typed === 'object') return typed; // timestamps: one object per document
  if (typedCache.size >= MAX_CACHE_SIZE) typedCache.clear();
  typedCache.set(text, typed);
  return typed;
}

/** A plain scalar's text in `text[start, end)`: up to a ` #` comment, trailing spaces dropped; refuses `: ` and a final `:`. */
function plainText(text: string, start: number, end: number): string | Fallback {
  // The first ` #` of the line (searched on it alone: the text may go on for long after it).
  let stop = end;
  for (let p = start + 1; p < end; p++) {
    if (text.charCodeAt(p) === 35 && text.charCodeAt(p - 1) === 32) {
      stop = p - 1;
      break;
    }
  }
  while (stop > start && text.charCodeAt(stop - 1) === 32) stop--;
  const plain = text.slice(start, stop);
  if (plain.includes(': ') || plain.endsWith(':')) return FALLBACK;
  return plain;
}

/** What may follow a closing quote or bracket (`text[from, end)`): spaces, then nothing or a comment. */
function restIsEmpty(text: string, from: number, end: number): boolean {
  let at = from;
  while (at < end && text.charCodeAt(at) === 32) at++;
  return at === end || (text.charCodeAt(at) === 35 && at > from);
}

function singleQuoted(text: string, start: number, end: number): string | Fallback {
  let out = '';
  let k = start + 1;
  for (;;) {
    const q = text.indexOf("'", k);
    if (q === -1 || q >= end) return FALLBACK;
    out += text.slice(k, q);
    if (q + 1 < end && text.charCodeAt(q + 1) === 39) {
      out += "'";
      k = q + 2;
      continue;
    }
    writtenLength = q + 1 - start;
    return restIsEmpty(text, q + 1, end) ? out : FALLBACK;
  }
}

function doubleQuoted(text: string, start: number, end: number): string | Fallback {
  const q = text.indexOf('"', start + 1);
  if (q === -1 || q >= end) return FALLBACK;
  const body = text.slice(start + 1, q);
  if (body.includes('\\')) return FALLBACK;
  writtenLength = q + 1 - start;
  return restIsEmpty(text, q + 1, end) ? body : FALLBACK;
}

/** `[a, b, c]` on one line with plain items only (no quotes, comments or nesting). */
function flowList(text: string, start: number, end: number, offsets: number[] | undefined): JekyllValue[] | Fallback {
  const close = text.indexOf(']', start);
  if (close === -1 || close >= end || !restIsEmpty(text, close + 1, end)) return FALLBACK;
  writtenLength = close + 1 - start;
  const body = text.slice(start + 1, close);
  if (/[[\]{}#'"&*!|>%@`?:]/.test(body)) return FALLBACK;
  if (body.trim() === '') return body.length === 0 || /^ +$/.test(body) ? [] : FALLBACK;
  const items: JekyllValue[] = [];
  let at = 1; // where the part starts, from the `[`
  for (const part of body.split(',')) {
    let from = 0;
    let to = part.length;
    while (part.charCodeAt(from) === 32) from++;
    while (to > from && part.charCodeAt(to - 1) === 32) to--;
    const item = from === 0 && to === part.length ? part : part.slice(from, to);
    if (item === '' || !isPlainStart(item.charCodeAt(0))) return FALLBACK;
    items.push(typedPlain(item));
    if (offsets) offsets.push(at + from, at + to);
    at += part.length + 1;
  }
  return items.slice(); // to its size, as block lists
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * The beginning of a file that holds its whole front matter block, decoded: up to the end of the
 * first line that closes it, so that a post's body is never decoded. The whole file when no closing
 * line is found; only the first bytes when the file does not open with `---`. Undefined for a file
 * that is not text (NUL bytes in its front matter).
 */
export function decodeFrontMatterPrefix(bytes: Uint8Array): string | undefined {
  const prefix = bytes.subarray(0, frontMatterPrefixEnd(bytes));
  if (opensWithFence(bytes) && prefix.includes(0)) return undefined;
  return utf8.decode(prefix);
}

function opensWithFence(bytes: Uint8Array): boolean {
  const base = utf8BomLength(bytes);
  return bytes[base] === 45 && bytes[base + 1] === 45 && bytes[base + 2] === 45;
}

/**
 * How many bytes hold the front matter: through the end of the line that closes it; the whole file
 * when it is not closed; 3 bytes (after a BOM) when the file does not open with `---`, enough for
 * splitFrontMatter to see that (never a cut character that matters).
 */
export function frontMatterPrefixEnd(bytes: Uint8Array): number {
  const base = utf8BomLength(bytes);
  if (!opensWithFence(bytes)) return Math.min(bytes.length, base + 3);
  let nl = bytes.indexOf(10, base);
  while (nl !== -1) {
    const at = nl + 1;
    const c = bytes[at];
    if ((c === 45 || c === 46) && bytes[at + 1] === c && bytes[at + 2] === c) {
      let k = at + 3;
      // Ruby's \s after the fence: space, \t, \r, \f, \v.
      while (k < bytes.length && (bytes[k] === 32 || bytes[k] === 9 || bytes[k] === 13 || bytes[k] === 12 || bytes[k] === 11)) k++;
      if (k >= bytes.length || bytes[k] === 10) return Math.min(bytes.length, k + 1);
    }
    nl = bytes.indexOf(10, at);
  }
  return bytes.length;
}
