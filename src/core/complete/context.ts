/**
 * Where a cursor stands in a document's front matter, read from the raw lines (the text being typed
 * is rarely valid YAML): on a key, on a value after `key:`, on an item of a block list (`- `) or of a
 * flow list (`[a, b]`), or on a fresh line. Outside front matter there is no context.
 */
import { splitFrontMatter } from '../site/frontMatter';
import { OffsetRange } from '../text';

export type ListStyle = 'none' | 'block' | 'flow';

export interface KeyContext {
  readonly kind: 'key';
  /** What is typed of the key so far. */
  readonly prefix: string;
  /** What a completion replaces: the key as written on the line. */
  readonly range: OffsetRange;
  /** Top-level keys the front matter already has (the one being typed excluded). */
  readonly present: ReadonlySet<string>;
}

export interface ValueContext {
  readonly kind: 'value';
  /** The top-level key the value belongs to. */
  readonly key: string;
  readonly list: ListStyle;
  /** What is typed of the value so far (after any opening quote). */
  readonly prefix: string;
  /** What a completion replaces. */
  readonly range: OffsetRange;
  /** The quote the value opens with, if any. */
  readonly quote?: '"' | "'";
  /** On an indented empty line under a list key: insert `- ` before the value. */
  readonly needsDash: boolean;
  /** The other values of the list (unquoted), which completions do not offer again. */
  readonly existing: readonly string[];
  readonly present: ReadonlySet<string>;
}

export type CursorContext = KeyContext | ValueContext | { readonly kind: 'none' };

const NONE = { kind: 'none' } as const;
const TOP_KEY = /^([^\s#:\-?[{'"][^:]*?)[ \t]*:(?:[ \t]|$)/;
const KEY_VALUE = /^([A-Za-z_][\w-]*)[ \t]*:([ \t]*)(.*)$/;
const ITEM = /^([ \t]*)-([ \t]+|$)(.*)$/;

interface Line {
  readonly start: number;
  readonly text: string;
}

/** The lines of the front matter block (without line ends), and the range they cover. */
export function frontMatterLines(text: string): { lines: Line[]; start: number; end: number } | undefined {
  const block = splitFrontMatter(text);
  if (!block.opened) return undefined;
  const start = block.yamlRange.start;
  const end = block.yamlRange.end;
  const lines: Line[] = [];
  let at = start;
  while (at <= end) {
    let nl = text.indexOf('\n', at);
    if (nl === -1 || nl > end) nl = end;
    let lineEnd = nl;
    if (lineEnd > at && text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    lines.push({ start: at, text: text.slice(at, lineEnd) });
    if (nl >= end) break;
    at = nl + 1;
  }
  return { lines, start, end };
}

/** Unquotes a written scalar for comparisons (`'it''s'` → `it's`). */
export function unquote(written: string): string {
  const s = written.trim();
  if (s.length >= 2 && s.startsWith("'") && s.endsWith("'")) return s.slice(1, -1).replace(/''/g, "'");
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) return s.slice(1, -1).replace(/\\"/g, '"').replace(/\\\\/g, '\\');
  const hash = s.search(/\s#/);
  return (hash === -1 ? s : s.slice(0, hash)).trim();
}

function presentKeys(lines: readonly Line[], except?: number): Set<string> {
  const keys = new Set<string>();
  lines.forEach((line, i) => {
    if (i === except) return;
    const m = TOP_KEY.exec(line.text);
    if (m) keys.add(m[1]);
  });
  return keys;
}

/** The key owning the list an item line (or an indented empty line) at `index` belongs to. */
function ownerKey(lines: readonly Line[], index: number): { key: string; line: number } | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const t = lines[i].text;
    if (t.trim() === '' || /^\s*#/.test(t)) continue;
    if (ITEM.test(t)) continue;
    const m = KEY_VALUE.exec(t);
    if (!m) return undefined;
    const rest = m[3].replace(/(^|\s)#.*$/, '').trim();
    return rest === '' ? { key: m[1], line: i } : undefined;
  }
  return undefined;
}

/** Items of the block list around line `index` (the line itself left out). */
function blockItems(lines: readonly Line[], owner: number, index: number): string[] {
  const out: string[] = [];
  for (let i = owner + 1; i < lines.length; i++) {
    const t = lines[i].text;
    if (t.trim() === '' || /^\s*#/.test(t)) continue;
    const m = ITEM.exec(t);
    if (!m) {
      if (i > index) break;
      continue;
    }
    if (i !== index) out.push(unquote(m[3]));
  }
  return out.filter((v) => v !== '');
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** A value's prefix and range, skipping an opening quote and stopping before a closing one. */
function scalarSpan(text: string, valueStart: number, valueEnd: number, offset: number): { prefix: string; range: OffsetRange; quote?: '"' | "'" } {
  const first = text[valueStart];
  if ((first === '"' || first === "'") && offset > valueStart) {
    const close = text.indexOf(first, valueStart + 1);
    const end = close !== -1 && close < valueEnd && close >= offset ? close : valueEnd;
    return { prefix: text.slice(valueStart + 1, offset), range: { start: valueStart + 1, end }, quote: first };
  }
  return { prefix: text.slice(valueStart, offset), range: { start: valueStart, end: Math.max(valueEnd, offset) } };
}

/** The completion context at `offset` in `text`. */
export function cursorContext(text: string, offset: number): CursorContext {
  const fm = frontMatterLines(text);
  if (!fm || offset < fm.start || offset > fm.end) return NONE;
  const index = fm.lines.findIndex((l, i) => offset >= l.start && (offset <= l.start + l.text.length || i === fm.lines.length - 1));
  if (index === -1) return NONE;
  const line = fm.lines[index];
  // On the closing fence itself: outside.
  if (offset === fm.end && line.start === fm.end && splitFrontMatter(text).closed) return NONE;
  const column = offset - line.start;
  const before = line.text.slice(0, column);
  const lineEnd = line.start + line.text.length;

  const item = ITEM.exec(before);
  if (item) {
    const owner = ownerKey(fm.lines, index);
    if (!owner) return NONE;
    const valueStart = line.start + item[1].length + 1 + item[2].length;
    const full = ITEM.exec(line.text)!;
    const valueEnd = trimEnd(text, valueStart, line.start + full[1].length + 1 + full[2].length + full[3].length);
    const span = scalarSpan(text, valueStart, Math.max(valueEnd, valueStart), offset);
    return { kind: 'value', key: owner.key, list: 'block', ...span, needsDash: false, existing: blockItems(fm.lines, owner.line, index), present: presentKeys(fm.lines) };
  }

  const kv = KEY_VALUE.exec(before);
  if (kv && !before.startsWith(' ')) {
    const key = kv[1];
    const valueStart = line.start + before.indexOf(':') + 1 + kv[2].length;
    const fullValueEnd = trimEnd(text, valueStart, lineEnd);
    if (text[valueStart] === '[') {
      // A flow list: the item between the nearest `[` or `,` before the cursor and the next `,` or `]`.
      const inside = text.slice(valueStart + 1, offset);
      if (inside.includes(']')) return NONE;
      const lastSep = Math.max(inside.lastIndexOf(','), -1);
      let itemStart = valueStart + 1 + lastSep + 1;
      while (itemStart < offset && text[itemStart] === ' ') itemStart++;
      const rest = text.slice(offset, lineEnd);
      const stop = rest.search(/[,\]]/);
      const itemEnd = trimEnd(text, offset, stop === -1 ? lineEnd : offset + stop);
      const span = scalarSpan(text, itemStart, Math.max(itemEnd, offset), offset);
      const close = text.indexOf(']', valueStart);
      const body = text.slice(valueStart + 1, close !== -1 && close < lineEnd ? close : lineEnd);
      const all = body.split(',').map(unquote);
      const current = unquote(text.slice(itemStart, Math.max(itemEnd, offset)));
      const existing = all.filter((v, i) => v !== '' && !(v === current && i === inside.split(',').length - 1));
      return { kind: 'value', key, list: 'flow', ...span, needsDash: false, existing, present: presentKeys(fm.lines) };
    }
    const span = scalarSpan(text, valueStart, Math.max(fullValueEnd, valueStart), offset);
    return { kind: 'value', key, list: 'none', ...span, needsDash: false, existing: [], present: presentKeys(fm.lines) };
  }

  if (/^[ \t]+$/.test(before) && line.text.trim() === '') {
    const owner = ownerKey(fm.lines, index);
    if (!owner) return NONE;
    return { kind: 'value', key: owner.key, list: 'block', prefix: '', range: { start: offset, end: offset }, needsDash: true, existing: blockItems(fm.lines, owner.line, index), present: presentKeys(fm.lines) };
  }

  if (/^[A-Za-z_][\w-]*$/.test(before) || before === '') {
    const rest = /^[\w-]*/.exec(line.text.slice(column))![0];
    const afterWord = line.text.slice(column + rest.length);
    // Not inside a key that already has its value (`ti|tle: x` still completes the key alone).
    const end = offset + rest.length;
    if (before === '' && rest === '' && afterWord.trim() !== '') return NONE;
    return { kind: 'key', prefix: before, range: { start: line.start, end }, present: presentKeys(fm.lines, index) };
  }
  return NONE;
}

/** The key or value under the cursor, for hovers and navigation. */
export interface TokenAt {
  readonly key: string;
  readonly part: 'key' | 'value';
  /** The value (unquoted) for a value; a list item's own value inside lists. */
  readonly value?: string;
  readonly range: OffsetRange;
}

/** What the cursor is on in the front matter, if anything. */
export function tokenAt(text: string, offset: number): TokenAt | undefined {
  const fm = frontMatterLines(text);
  if (!fm || offset < fm.start || offset > fm.end) return undefined;
  const index = fm.lines.findIndex((l) => offset >= l.start && offset <= l.start + l.text.length);
  if (index === -1) return undefined;
  const line = fm.lines[index];
  const item = ITEM.exec(line.text);
  if (item) {
    const owner = ownerKey(fm.lines, index);
    const start = line.start + item[1].length + 1 + item[2].length;
    const end = trimEnd(text, start, line.start + line.text.length);
    if (!owner || offset < start || offset > end) return undefined;
    return { key: owner.key, part: 'value', value: unquote(text.slice(start, end)), range: { start, end } };
  }
  const kv = KEY_VALUE.exec(line.text);
  if (!kv) return undefined;
  const key = kv[1];
  const keyEnd = line.start + key.length;
  if (offset <= keyEnd) return { key, part: 'key', range: { start: line.start, end: keyEnd } };
  const valueStart = line.start + line.text.indexOf(':') + 1 + kv[2].length;
  const valueEnd = trimEnd(text, valueStart, line.start + line.text.length);
  if (offset < valueStart || valueStart >= valueEnd) return { key, part: 'key', range: { start: line.start, end: keyEnd } };
  if (text[valueStart] === '[') {
    let start = valueStart + 1;
    for (let i = valueStart + 1; i <= valueEnd; i++) {
      const c = text[i];
      if (c === ',' || c === ']' || i === valueEnd) {
        if (offset >= start && offset <= i) {
          let s = start;
          while (s < i && text[s] === ' ') s++;
          const e = trimEnd(text, s, i);
          return { key, part: 'value', value: unquote(text.slice(s, e)), range: { start: s, end: e } };
        }
        start = i + 1;
      }
    }
    return undefined;
  }
  return { key, part: 'value', value: unquote(text.slice(valueStart, valueEnd)), range: { start: valueStart, end: valueEnd } };
}
