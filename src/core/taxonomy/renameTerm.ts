/**
 * Renaming or merging a tag or a category in one file's front matter, byte-exactly: only the
 * spelling changes (quoting style, comments, key order, line ends and BOM stay); a post that already
 * has the new name loses the old one instead of getting the new one twice.
 */
import { isSafePlain, scalarLike, singleQuoted, wholeLine } from '../lint/edits';
import { TextEdit } from '../lint/types';
import { FrontMatterField, FrontMatterItem, parseFrontMatter, ParsedFrontMatter } from '../site/frontMatter';
import { rubyToS } from '../site/rubyTime';
import { JekyllValue } from '../site/scalars';
import { YamlTimestamp } from '../site/timestamp';
import { OffsetRange } from '../text';

export type TermKind = 'tags' | 'categories';

/** The front matter keys Jekyll reads a kind of term from: the singular one, then the plural one. */
export const TERM_KEYS: Readonly<Record<TermKind, readonly [string, string]>> = {
  tags: ['tag', 'tags'],
  categories: ['category', 'categories'],
};

/** One spelling changed in a file: `to` undefined when the old spelling was removed (the post already had the new one). */
export interface TermChange {
  readonly key: string;
  readonly from: string;
  readonly to?: string;
  /** Where the old spelling was written. */
  readonly range: OffsetRange;
}

export interface TermEdits {
  readonly edits: TextEdit[];
  readonly changes: TermChange[];
}

/** A term as Jekyll reads it from a list item or a value (numbers and dates as their text). */
function termText(value: JekyllValue): string | undefined {
  if (value === null || Array.isArray(value)) return undefined;
  if (value instanceof YamlTimestamp) return value.source;
  if (typeof value === 'object') return undefined;
  return rubyToS(value);
}

/** The edits that rename `from` (one or more spellings) to `to` in the front matter of `text`. */
export function renameTermEdits(text: string, kind: TermKind, from: readonly string[], to: string, parsed: ParsedFrontMatter = parseFrontMatter(text)): TermEdits {
  const olds = new Set(from.filter((f) => f !== to));
  const out: TermEdits = { edits: [], changes: [] };
  if (olds.size === 0 || parsed.data === undefined) return out;
  const [singular, plural] = TERM_KEYS[kind];
  for (const key of [singular, plural]) {
    const field = parsed.fields.get(key);
    if (!field) continue;
    if (field.items) renameInList(text, field, olds, to, out);
    else if (typeof field.value === 'string' && (field.style === 'plain' || field.style === 'single' || field.style === 'double')) {
      if (key === singular) renameWhole(field, olds, to, out);
      else renameInWords(text, field, olds, to, out);
    } else if (key === singular) {
      const value = termText(field.value);
      if (value !== undefined && olds.has(value) && field.style === 'plain') renameWhole(field, olds, to, out, value);
    }
  }
  return out;
}

/** `category: Old`: the whole value is one term. */
function renameWhole(field: FrontMatterField, olds: ReadonlySet<string>, to: string, out: TermEdits, value = field.value as string): void {
  if (!olds.has(value)) return;
  out.edits.push({ range: field.valueRange, newText: scalarLike(field.style, to) });
  out.changes.push({ key: field.key, from: value, to, range: field.valueRange });
}

/** A flow (`[a, b]`) or block (`- a`) list: each old item renamed, or removed when the list has the new name. */
function renameInList(text: string, field: FrontMatterField, olds: ReadonlySet<string>, to: string, out: TermEdits): void {
  const items = field.items!;
  const texts = items.map((item) => termText(item.value));
  let kept = texts.includes(to);
  const removed: boolean[] = items.map(() => false);
  items.forEach((item, i) => {
    const value = texts[i];
    if (value === undefined || !olds.has(value)) return;
    if (kept) {
      removed[i] = true;
      out.changes.push({ key: field.key, from: value, range: item.range });
    } else {
      kept = true;
      // A plain item of a flow list ends at `,` `]` `}`: such a name is quoted there.
      const flowUnsafe = field.style === 'flow-seq' && item.style === 'plain' && /[,[\]{}]/.test(to);
      out.edits.push({ range: item.range, newText: flowUnsafe ? singleQuoted(to) : scalarLike(item.style, to) });
      out.changes.push({ key: field.key, from: value, to, range: item.range });
    }
  });
  // Runs of removed items go as one edit each, with the separator before them (or after, at the start).
  for (let i = 0; i < items.length; i++) {
    if (!removed[i]) continue;
    let j = i;
    while (j + 1 < items.length && removed[j + 1]) j++;
    out.edits.push(removal(text, field, items, i, j));
    i = j;
  }
}

function removal(text: string, field: FrontMatterField, items: readonly FrontMatterItem[], first: number, last: number): TextEdit {
  if (field.style === 'block-seq') {
    return { range: { start: wholeLine(text, items[first].range).start, end: wholeLine(text, items[last].range).end }, newText: '' };
  }
  if (first > 0) return { range: { start: items[first - 1].range.end, end: items[last].range.end }, newText: '' };
  return { range: { start: items[first].range.start, end: items[last + 1].range.start }, newText: '' };
}

/** `tags: a b c`: Jekyll splits the string on white space; the words are renamed where they are written. */
function renameInWords(text: string, field: FrontMatterField, olds: ReadonlySet<string>, to: string, out: TermEdits): void {
  const value = field.value as string;
  const words = [...value.matchAll(/\S+/g)];
  if (!words.some((w) => olds.has(w[0]))) return;
  // Where the value's characters sit in the file: plain values as written, quoted ones inside their quotes when nothing is escaped.
  const written = text.slice(field.valueRange.start, field.valueRange.end);
  const quoted = field.style !== 'plain';
  const inner = quoted ? written.slice(1, -1) : written;
  const base = field.valueRange.start + (quoted ? 1 : 0);
  const inPlace = inner === value && !/\s/.test(to) && (field.style === 'plain' ? /^[^\s#'"[\]{},:&*!|>%@`]+$/.test(to) : field.style === 'single' ? !to.includes("'") : !/["\\]/.test(to));
  let kept = words.some((w) => w[0] === to);
  const next: string[] = [];
  const edits: TextEdit[] = [];
  words.forEach((w, i) => {
    const start = base + w.index!;
    const range = { start, end: start + w[0].length };
    if (!olds.has(w[0])) {
      next.push(w[0]);
      return;
    }
    if (kept) {
      out.changes.push({ key: field.key, from: w[0], range });
      // The word and the spaces before it (after it, for the first word).
      const before = i > 0 ? base + words[i - 1].index! + words[i - 1][0].length : start;
      const after = i > 0 ? range.end : i + 1 < words.length ? base + words[i + 1].index! : range.end;
      edits.push({ range: { start: before, end: after }, newText: '' });
    } else {
      kept = true;
      next.push(to);
      out.changes.push({ key: field.key, from: w[0], to, range });
      edits.push({ range, newText: to });
    }
  });
  if (inPlace && (field.style !== 'plain' || isSafePlain(next.join(' ')))) out.edits.push(...mergeAdjacent(edits));
  else out.edits.push({ range: field.valueRange, newText: scalarLike(field.style, next.join(' ')) });
}

/** Removals of consecutive words touch or overlap: one edit for each run. */
function mergeAdjacent(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start);
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && e.range.start < last.range.end && last.newText === '' && e.newText === '') {
      out[out.length - 1] = { range: { start: last.range.start, end: Math.max(last.range.end, e.range.end) }, newText: '' };
    } else out.push(e);
  }
  return out;
}
