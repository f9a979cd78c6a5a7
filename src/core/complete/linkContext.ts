/**
 * Where the cursor is in a post's body when it writes a link or an image: after `](`, `]: `,
 * `href="`, `src="` (plainly, after `{{ site.baseurl }}`, or inside `{{ '...' | relative_url }}`),
 * after `#` in such a target, or in `{% link ` / `{% post_url `. Pure and line-based: it reads the
 * text before the cursor on its line, and the rest of the line for a URL filter not typed yet.
 */
import { maskCode } from '../site/links';

/** How a target is written: as the browser asks for it, after `{{ site.baseurl }}`, or inside a URL filter. */
export type LinkWriting = 'plain' | 'baseurl' | 'filter';

export type LinkCursor =
  | {
      readonly kind: 'url';
      readonly image: boolean;
      readonly writing: LinkWriting;
      /** What is typed of the target so far, and where it starts. */
      readonly typed: string;
      readonly start: number;
    }
  | {
      readonly kind: 'fragment';
      readonly writing: LinkWriting;
      /** The path before `#` as written (without its Liquid); `''` for this very document. */
      readonly path: string;
      readonly typed: string;
      readonly start: number;
    }
  | { readonly kind: 'link-tag'; readonly typed: string; readonly start: number }
  | { readonly kind: 'post-url'; readonly typed: string; readonly start: number };

/** Where a link target opens: `[text](`, `![alt](`, a reference definition, an HTML `href`/`src`. */
const OPENER = String.raw`(?:(!?)\[(?:[^\[\]\n]|\[[^\[\]\n]*\])*\]\(\s*<?|^ {0,3}\[[^\]\n]+\]:[ \t]+<?|<([A-Za-z][\w-]*)\b[^<>]*?\s(?:href|src)\s*=\s*["'])`;
const PLAIN = new RegExp(`${OPENER}([^\\s"'()<>{}]*)$`);
const BASEURL = new RegExp(`${OPENER}\\{\\{-?\\s*site\\.baseurl\\s*-?\\}\\}([^\\s"'()<>{}]*)$`);
const FILTER_OPEN = new RegExp(`${OPENER}?\\{\\{-?\\s*(['"])([^'"\\s{}]*)$`);
const FILTER_CLOSED = new RegExp(`${OPENER}\\{\\{-?\\s*(['"])([^'"\\s{}]*)\\3\\s*\\|\\s*(?:relative_url|absolute_url)\\s*-?\\}\\}#([^\\s"'()<>{}]*)$`);
const POST_URL = /\{%-?\s*post_url\s+(\S*)$/;
const LINK_TAG = /\{%-?\s*link\s+(\S*)$/;
/** After the cursor: the rest of a `'...' | relative_url` the author already wrote. */
const FILTER_AFTER = /^[^'"\s{}]*['"]\s*\|\s*(?:relative_url|absolute_url)\b/;

/** Where the body starts: after a closed front matter block, else 0. */
export function bodyOffset(text: string): number {
  const first = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!first) return 0;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  close.lastIndex = 0;
  const rest = text.slice(first[0].length);
  const m = close.exec(rest);
  return m ? first[0].length + m.index! + m[0].length : text.length;
}

function isImage(bang: string | undefined, tag: string | undefined): boolean {
  return bang === '!' || tag?.toLowerCase() === 'img';
}

function withFragment(writing: LinkWriting, image: boolean, typed: string, start: number): LinkCursor | undefined {
  // An external URL (`https:`, `mailto:`, `//cdn`) is not the site's.
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(typed)) return undefined;
  const hash = typed.indexOf('#');
  if (hash === -1 || image) return { kind: 'url', image, writing, typed, start };
  return { kind: 'fragment', writing, path: typed.slice(0, hash), typed: typed.slice(hash + 1), start: start + hash + 1 };
}

/** What the cursor at `offset` is writing, or undefined when it writes no link target. */
export function linkCursor(text: string, offset: number): LinkCursor | undefined {
  const body = bodyOffset(text);
  if (offset < body) return undefined;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  if (!/[(:='"\s#]/.test(before)) return undefined;
  // Code and comments write no links (maskCode blanks them, offsets kept).
  const probe = offset - 1;
  if (probe >= body && !/\s/.test(text[probe]) && maskCode(text, body)[probe] === ' ') return undefined;
  let m = POST_URL.exec(before);
  if (m) return { kind: 'post-url', typed: m[1], start: offset - m[1].length };
  m = LINK_TAG.exec(before);
  if (m) return { kind: 'link-tag', typed: m[1], start: offset - m[1].length };
  m = FILTER_CLOSED.exec(before);
  if (m) return { kind: 'fragment', writing: 'filter', path: m[4], typed: m[5], start: offset - m[5].length };
  m = FILTER_OPEN.exec(before);
  if (m) {
    const opened = !m[0].startsWith('{{');
    const after = text.slice(offset, text.indexOf('\n', offset) === -1 ? text.length : text.indexOf('\n', offset));
    if (opened || FILTER_AFTER.test(after)) return withFragment('filter', isImage(m[1], m[2]), m[4], offset - m[4].length);
  }
  m = BASEURL.exec(before);
  if (m) return withFragment('baseurl', isImage(m[1], m[2]), m[3], offset - m[3].length);
  m = PLAIN.exec(before);
  if (m) return withFragment('plain', isImage(m[1], m[2]), m[3], offset - m[3].length);
  return undefined;
}
