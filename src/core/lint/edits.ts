import { FrontMatterField, ParsedFrontMatter, ValueStyle } from '../site/frontMatter';
import { typePlainScalar } from '../site/scalars';
import { detectEol, OffsetRange } from '../text';
import { TextEdit } from './types';

/** Whether `value` written plain would be read back by Jekyll's loader as this very string. */
export function isSafePlain(value: string): boolean {
  if (value === '' || value !== value.trim()) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) || /: |\s#|:$/.test(value) || /[\n\r\t]/.test(value)) return false;
  return typePlainScalar(value) === value;
}

export function singleQuoted(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

export function doubleQuoted(value: string): string {
  return JSON.stringify(value);
}

/** Writes a string value in the style the original value used (plain only when it stays a string). */
export function scalarLike(style: ValueStyle, value: string): string {
  if (style === 'double') return doubleQuoted(value);
  if (style === 'single') return singleQuoted(value);
  return isSafePlain(value) ? value : singleQuoted(value);
}

/** Writes a value that Jekyll should read as written even unquoted (dates, timestamps), keeping quotes if there were any. */
export function rawLike(style: ValueStyle, raw: string): string {
  if (style === 'double') return doubleQuoted(raw);
  if (style === 'single') return singleQuoted(raw);
  return raw;
}

/** Replaces a key's value with a one-line value; a value written on the lines below the key goes with it. */
export function replaceValue(field: FrontMatterField, newText: string): TextEdit {
  if (field.style === 'block-seq' || field.style === 'block-map') return { range: { start: field.afterColon, end: field.valueRange.end }, newText: ` ${newText}` };
  // A value that starts right at the colon needs the space YAML requires after it; so does a missing value (`key:`), whose range is empty, right after the colon.
  return { range: field.valueRange, newText: field.valueRange.start === field.afterColon ? ` ${newText}` : newText };
}

export function replaceRange(range: OffsetRange, newText: string): TextEdit {
  return { range, newText };
}

/** Inserts `key: value` lines before the closing fence, with the file's own line ends. */
export function insertLines(text: string, frontMatter: ParsedFrontMatter, lines: readonly string[]): TextEdit {
  const eol = detectEol(text);
  const at = frontMatter.block.closeRange?.start ?? frontMatter.block.yamlRange.end;
  const before = text.slice(frontMatter.block.yamlRange.start, at);
  const needsNewline = before.length > 0 && !before.endsWith('\n');
  return { range: { start: at, end: at }, newText: `${needsNewline ? eol : ''}${lines.map((l) => `${l}${eol}`).join('')}` };
}

/**
 * The lines of a top-level entry: from its key's line to the line before the next line that
 * starts at the key's column (0, or more when the whole front matter is indented) with something
 * other than a list dash (block lists may sit at their key's column). Comments and blank lines
 * after the entry are not part of it.
 */
export function wholeEntry(text: string, keyRange: OffsetRange, yamlEnd: number): OffsetRange {
  const start = text.lastIndexOf('\n', keyRange.start - 1) + 1;
  const column = keyRange.start - start;
  let lineStart = text.indexOf('\n', keyRange.end);
  if (lineStart === -1 || lineStart >= yamlEnd) return { start, end: yamlEnd };
  lineStart += 1;
  let end = lineStart;
  while (lineStart < yamlEnd) {
    const lineEnd = text.indexOf('\n', lineStart);
    const next = lineEnd === -1 || lineEnd >= yamlEnd ? yamlEnd : lineEnd + 1;
    const line = text.slice(lineStart, next);
    const blank = /^\s*$/.test(line);
    const indent = /^[ \t]*/.exec(line)![0].length;
    const continues = !blank && (indent > column || (indent === column && /^-(\s|$)/.test(line.slice(indent))));
    if (!continues && !blank) break;
    if (continues) end = next;
    lineStart = next;
  }
  return { start, end };
}

/** The line holding a range, with its line end: to delete a list item written on its own line. */
export function wholeLine(text: string, range: OffsetRange): OffsetRange {
  const start = text.lastIndexOf('\n', range.start - 1) + 1;
  const nl = text.indexOf('\n', range.end);
  return { start, end: nl === -1 ? text.length : nl + 1 };
}

/** Writes a list of strings in the flow style (`[a, b]`), quoting where needed. */
export function flowList(values: readonly string[]): string {
  return `[${values.map((v) => (isSafePlain(v) && !/[,[\]{}]/.test(v) ? v : singleQuoted(v))).join(', ')}]`;
}

/** Writes a block list under a key (`\n- a\n- b`), indented as `indent`. */
export function blockList(values: readonly string[], eol: string, indent: string): string {
  return values.map((v) => `${eol}${indent}- ${isSafePlain(v) ? v : singleQuoted(v)}`).join('');
}
