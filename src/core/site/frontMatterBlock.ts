/**
 * Where a document's front matter block sits, and the shapes both front matter readers give their
 * fields: shared by the full parser (frontMatter.ts) and the line scanner (frontMatterData.ts).
 */
import type { OffsetRange } from '../text';
import type { JekyllValue } from './scalars';

/** Where the front matter block sits in a file, found with Jekyll's own pattern. */
export interface FrontMatterBlock {
  /** The text starts with a UTF-8 byte order mark (kept in the text, skipped for matching). */
  readonly bom: boolean;
  /** The first line is `---` (so Jekyll treats the file as having front matter when it is closed). */
  readonly opened: boolean;
  /** A closing `---` or `...` line was found. */
  readonly closed: boolean;
  /** The opening `---` line. */
  readonly openRange: OffsetRange;
  /** The closing line, when closed. */
  readonly closeRange?: OffsetRange;
  /** The YAML text between the fences (what Jekyll hands to its YAML loader). */
  readonly yamlRange: OffsetRange;
  /** Start of the body (after the closing line), or 0 when there is no front matter. */
  readonly bodyStart: number;
}

// Jekyll: \A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)  (Ruby multiline: `.` matches newlines, ^/$ are line anchors)
const OPEN = /---[ \t\r\n\f\v]*\n/y;
// The closing line and what Jekyll's pattern takes with it: `\s*$` may extend over following blank
// lines before `$`, then `\n?`. Ruby's `\s` is ASCII white space only, and its `$` is before a `\n` or
// at the end. Sticky, at the closing line's start; its lastIndex is where the body starts.
const CLOSE = /(?:---|\.\.\.)[ \t\r\n\f\v]*(?:\n|(?![\s\S]))/y;

/** Splits a document the way Jekyll's YAML_FRONT_MATTER_REGEXP does. */
export function splitFrontMatter(text: string): FrontMatterBlock {
  const bom = text.charCodeAt(0) === 0xfeff;
  const base = bom ? 1 : 0;
  OPEN.lastIndex = base;
  if (!OPEN.test(text)) {
    return { bom, opened: false, closed: false, openRange: { start: base, end: base }, yamlRange: { start: base, end: base }, bodyStart: 0 };
  }
  const yamlStart = OPEN.lastIndex;
  const openRange = { start: base, end: base + 3 };
  // The group `.*?\n?` is lazy: the block closes at the first line, at or after yamlStart, that is `---` or `...`.
  // `^` may also match at yamlStart itself (empty front matter).
  let lineStart = yamlStart;
  for (;;) {
    const end = lineEndAt(text, lineStart);
    // Only a line that starts with `---` or `...` can close the block.
    const c = text.charCodeAt(lineStart);
    if ((c === 45 || c === 46) && text.charCodeAt(lineStart + 1) === c && text.charCodeAt(lineStart + 2) === c && onlySpaceBetween(text, lineStart + 3, end)) {
      CLOSE.lastIndex = lineStart;
      const bodyStart = CLOSE.test(text) ? CLOSE.lastIndex : end;
      return {
        bom,
        opened: true,
        closed: true,
        openRange,
        closeRange: { start: lineStart, end: lineStart + 3 },
        yamlRange: { start: yamlStart, end: lineStart },
        bodyStart,
      };
    }
    if (end >= text.length) break;
    lineStart = end + 1;
  }
  return { bom, opened: true, closed: false, openRange, yamlRange: { start: yamlStart, end: text.length }, bodyStart: text.length };
}

/** Whether `text[from, to)` is all white space as Ruby's `\s` means it (ASCII only: a no-break space is not), as `\s*$` on the line asks. */
function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    const c = text.charCodeAt(at);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 11 && c !== 12) return false;
  }
  return true;
}

export function lineEndAt(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i === -1 ? text.length : i;
}

/** One top-level key of the front matter, with where it is written. */
export interface FrontMatterField {
  readonly key: string;
  readonly keyRange: OffsetRange;
  /** The value node's range; an empty range right after the colon when the value is empty. */
  readonly valueRange: OffsetRange;
  /** The offset just after the key's `:`; a value written on the lines below starts later. */
  readonly afterColon: number;
  /** The whole `key: value` pair, up to the end of the value. */
  readonly pairRange: OffsetRange;
  /** The value's text as written (for scalars, the scalar source including quotes). */
  readonly written: string;
  /** How the value is written. */
  readonly style: ValueStyle;
  /** What Jekyll reads. */
  readonly value: JekyllValue;
  /** Items of a list value, with their ranges. */
  readonly items?: readonly FrontMatterItem[];
}

export interface FrontMatterItem {
  readonly range: OffsetRange;
  readonly style: ValueStyle;
  readonly value: JekyllValue;
  readonly written: string;
}

export type ValueStyle = 'plain' | 'single' | 'double' | 'block' | 'flow-seq' | 'block-seq' | 'flow-map' | 'block-map' | 'alias' | 'empty';

/** Where `text[start, end)` ends once the white space and line breaks that YAML (libyaml, as Psych) reads after a value are dropped. */
export function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start) {
    const c = text.charCodeAt(end - 1);
    // Space, tab, LF, CR, NEL, LS, PS; a no-break or ideographic space is part of the value (JavaScript's `\s` is not).
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0x85 && c !== 0x2028 && c !== 0x2029) break;
    end--;
  }
  return end;
}
