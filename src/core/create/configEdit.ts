/**
 * The author's new-post choices for a site, saved in `_config.yml` under `jekyll_posts: new_post:`.
 * Only the bytes needed change: the keys' own lines are replaced or inserted, everything else
 * (comments, order, quoting, other keys of `jekyll_posts:`, line ends) stays as it was.
 */
import { isSafePlain, singleQuoted } from '../lint/edits';
import { TextEdit } from '../lint/types';
import { Message, msg } from '../messages';
import { detectEol } from '../text';

export type SavedValue = string | boolean;

function scalar(value: SavedValue): string {
  if (typeof value === 'boolean') return String(value);
  // Words YAML would read as something else are quoted.
  return isSafePlain(value) && !/^(?:y|n|yes|no|on|off|true|false|null|~)$/i.test(value) ? value : singleQuoted(value);
}

interface Line {
  readonly start: number;
  /** End of the line's text, before its line end. */
  readonly end: number;
  /** After its line end. */
  readonly next: number;
  readonly text: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    const next = nl === -1 ? text.length : nl + 1;
    const end = nl === -1 ? text.length : nl > at && text[nl - 1] === '\r' ? nl - 1 : nl;
    out.push({ start: at, end, next, text: text.slice(at, end) });
    at = next;
  }
  return out;
}

const indentOf = (line: string): number => /^ */.exec(line)![0].length;
const isBlank = (line: string): boolean => /^\s*(#.*)?$/.test(line);

/** The lines below `from` indented deeper than `indent` (blank and comment lines inside included). */
function blockEnd(lines: readonly Line[], from: number, indent: number): number {
  let last = from;
  for (let i = from + 1; i < lines.length; i++) {
    if (isBlank(lines[i].text)) continue;
    if (indentOf(lines[i].text) <= indent) break;
    last = i;
  }
  return last;
}

/**
 * Edits setting `jekyll_posts.new_post.<key>` for each entry of `values`, or a message when the
 * file writes `jekyll_posts` in a form this cannot edit line by line (a flow mapping).
 */
export function newPostConfigEdits(text: string, values: Readonly<Record<string, SavedValue>>): TextEdit[] | Message {
  const eol = detectEol(text);
  const lines = linesOf(text);
  const entries = Object.entries(values);
  const top = lines.findIndex((l) => /^jekyll_posts\s*:/.test(l.text));
  if (top === -1) {
    const needsEol = text.length > 0 && !text.endsWith('\n');
    const block = [`jekyll_posts:`, `  new_post:`, ...entries.map(([k, v]) => `    ${k}: ${scalar(v)}`)].join(eol) + eol;
    return [{ range: { start: text.length, end: text.length }, newText: (needsEol ? eol : '') + block }];
  }
  if (!/^jekyll_posts\s*:\s*(#.*)?$/.test(lines[top].text)) return msg('`jekyll_posts:` in _config.yml is not a block of `key: value` lines: add `new_post:` to it by hand.');
  const topEnd = blockEnd(lines, top, 0);
  const children = lines.slice(top + 1, topEnd + 1).filter((l) => !isBlank(l.text));
  const childIndent = children.length ? indentOf(children[0].text) : 2;
  const np = lines.findIndex((l, i) => i > top && i <= topEnd && indentOf(l.text) === childIndent && /^\s*new_post\s*:/.test(l.text));
  if (np === -1) {
    const block = [`${' '.repeat(childIndent)}new_post:`, ...entries.map(([k, v]) => `${' '.repeat(childIndent * 2)}${k}: ${scalar(v)}`)].join(eol) + eol;
    const at = lines[top].next;
    return [{ range: { start: at, end: at }, newText: (lines[top].next === lines[top].end ? eol : '') + block }];
  }
  if (!/^\s*new_post\s*:\s*(#.*)?$/.test(lines[np].text)) return msg('`jekyll_posts: new_post:` in _config.yml is not a block of `key: value` lines: edit it by hand.');
  const npEnd = blockEnd(lines, np, childIndent);
  const own = lines.slice(np + 1, npEnd + 1).filter((l) => !isBlank(l.text));
  const keyIndent = own.length ? indentOf(own[0].text) : childIndent * 2;
  const edits: TextEdit[] = [];
  const inserted: string[] = [];
  for (const [key, value] of entries) {
    const line = own.find((l) => indentOf(l.text) === keyIndent && new RegExp(`^\\s*${key}\\s*:`).test(l.text));
    if (line) {
      // The value (and any comment after it) is replaced; the key and its indentation stay.
      const colon = line.text.indexOf(':');
      const comment = /\s+#.*$/.exec(line.text.slice(colon + 1))?.[0] ?? '';
      edits.push({ range: { start: line.start + colon + 1, end: line.end }, newText: ` ${scalar(value)}${comment}` });
    } else inserted.push(`${' '.repeat(keyIndent)}${key}: ${scalar(value)}`);
  }
  if (inserted.length) {
    const after = lines[npEnd];
    const needsEol = after.next === after.end;
    edits.push({ range: { start: after.next, end: after.next }, newText: (needsEol ? eol : '') + inserted.join(eol) + eol });
  }
  return edits;
}
