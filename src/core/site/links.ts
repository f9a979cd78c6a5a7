/**
 * The links and images a post's body holds, as the author wrote them: Markdown inline links and
 * images, reference definitions, HTML `href` and `src`, with the Liquid forms that make a site URL
 * (`{{ site.baseurl }}`, `{{ site.url }}`, `{{ '/x/' | relative_url }}`, `absolute_url`) read as
 * the path they produce. Code (fenced, indented, inline, `{% highlight %}`), `{% comment %}` and
 * HTML comments are left out; `{% raw %}` is not (its Markdown still becomes links).
 */

export type LinkSyntax = 'markdown' | 'reference' | 'html';

export interface BodyLink {
  /** Offsets in the text of the target as written (what a fix replaces). */
  readonly start: number;
  readonly end: number;
  readonly written: string;
  readonly image: boolean;
  readonly syntax: LinkSyntax;
  /** For images: the alternative text, when the syntax has one (undefined for `<img>` without `alt`). */
  readonly alt?: string;
  /** Offsets of the whole construct (`![alt](src)`, `<img ...>`), for image findings. */
  readonly whole: { readonly start: number; readonly end: number };
}

/** A link target read as the site path it names. */
export type LinkTarget =
  | { readonly kind: 'external' | 'unknown' | 'tag' }
  | {
      readonly kind: 'site';
      /** How the path was written: plain, with `{{ site.baseurl }}`, with a URL filter, with `{{ site.url }}`. */
      readonly style: 'plain' | 'baseurl' | 'relative_url' | 'absolute_url' | 'site_url';
      /** The path as written, without the Liquid around it; relative to the post when `relative`. */
      readonly path: string;
      readonly relative: boolean;
      readonly fragment?: string;
    };

/** Blanks code, `{% comment %}` and HTML comments out of a body, keeping every offset. */
export function maskCode(text: string, from: number): string {
  let body = text.slice(from);
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  // Each pattern only where its opening characters occur (most bodies hold few of them). A fence
  // never closed is no code for kramdown (its lines stay a paragraph), so a fence needs its closing line.
  if (body.includes('{%')) body = body.replace(/\{%-?\s*(highlight|comment)\b[\s\S]*?\{%-?\s*end\1\s*-?%\}/g, blank);
  if (body.includes('<!--')) body = body.replace(/<!--[\s\S]*?-->/g, blank);
  if (body.includes('```') || body.includes('~~~')) body = body.replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\2[`~]*[ \t]*$/gm, blank);
  if (body.includes('    ') || body.includes('\t')) body = body.replace(/(?:^|\n\n)(?:(?: {4}|\t)[^\n]*\n?)+/g, blank);
  if (body.includes('`')) body = body.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, blank);
  return text.slice(0, from) + body;
}

/** Whether a body may hold a link to the site: a link or reference whose target is not `http(s):` or `mailto:`. */
export function mayLinkToSite(text: string, from: number): boolean {
  SITE_LINK.lastIndex = from;
  return SITE_LINK.test(text);
}

// The look-aheads come after every space and quote (`\s*` giving some back would let `"https:` through).
// Any case, as HTML_ATTR reads them (`<A HREF="…">`, `HTTPS:`).
const SITE_LINK = /\]\(\s*(?!\s|<?(?:https?:|mailto:))|^ {0,3}\[[^\]\n]+\]:|\s(?:href|src)\s*=\s*(?!\s|["']?(?:https?:|mailto:))/gim;

const INLINE = /(!?)\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\(\s*(<[^>\n]*>|(?:\{\{[^}\n]*\}\}|\{%[^%\n]*%\}|[^()\s]|\([^()\s]*\))+)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g;
const REFERENCE = /^ {0,3}\[([^\]\n]+)\]:[ \t]*(<[^>\n]*>|(?:\{\{[^}\n]*\}\}|\{%[^%\n]*%\}|\S)+)/gm;
const HTML_ATTR = /<(a|img|link|source|script|iframe)\b[^>]*?\s(href|src)\s*=\s*("([^"]*)"|'([^']*)')[^>]*>/gi;

/** Every link and image of the body (from `bodyStart`), in text order. */
export function findLinks(text: string, bodyStart: number): BodyLink[] {
  const masked = maskCode(text, bodyStart);
  const body = masked.slice(bodyStart);
  const links: BodyLink[] = [];
  for (const m of body.matchAll(INLINE)) {
    const [whole, bang, alt, rawTarget] = m;
    const at = bodyStart + m.index!;
    // `[`, the text, `](`: the INLINE pattern allows nothing between them.
    const targetOffset = bang.length + alt.length + 3;
    const lead = whole.slice(targetOffset).search(/\S/);
    let start = at + targetOffset + lead;
    let written = rawTarget;
    if (written.startsWith('<')) {
      written = written.slice(1, -1);
      start++;
    }
    links.push({ start, end: start + written.length, written, image: bang === '!', syntax: 'markdown', alt: bang ? alt : undefined, whole: { start: at, end: at + whole.length } });
  }
  for (const m of body.matchAll(REFERENCE)) {
    const [whole, , rawTarget] = m;
    const at = bodyStart + m.index!;
    let start = at + whole.length - rawTarget.length;
    let written = rawTarget;
    if (written.startsWith('<')) {
      written = written.slice(1, -1);
      start++;
    }
    links.push({ start, end: start + written.length, written, image: false, syntax: 'reference', whole: { start: at, end: at + whole.length } });
  }
  for (const m of body.matchAll(HTML_ATTR)) {
    const [whole, tag, , quoted, dq, sq] = m;
    const value = dq ?? sq; // HTML_ATTR's value is in double or single quotes: one of the two groups took part.
    const at = bodyStart + m.index!;
    const valueOffset = whole.lastIndexOf(quoted, whole.length) + 1;
    const start = at + valueOffset;
    const image = tag.toLowerCase() === 'img';
    const altMatch = image ? /\salt\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(whole) : null;
    links.push({ start, end: start + value.length, written: value, image, syntax: 'html', alt: altMatch ? altMatch[2] ?? altMatch[3] ?? altMatch[4] : undefined, whole: { start: at, end: at + whole.length } });
  }
  return links.sort((a, b) => a.start - b.start);
}

const BASEURL = /^\{\{-?\s*site\.baseurl\s*-?\}\}/;
const SITE_URL = /^\{\{-?\s*site\.url\s*-?\}\}(\{\{-?\s*site\.baseurl\s*-?\}\})?/;
const FILTERED = /^\{\{-?\s*(["'])([^"'{}]*)\1\s*\|\s*(relative_url|absolute_url)\s*-?\}\}/;

/** What a link target names: a path of the site (and how it was written), or something else. */
export function readTarget(written: string): LinkTarget {
  let rest = written.trim();
  let style: 'plain' | 'baseurl' | 'relative_url' | 'absolute_url' | 'site_url' = 'plain';
  let path: string;
  const filtered = FILTERED.exec(rest);
  if (filtered) {
    style = filtered[3] as 'relative_url' | 'absolute_url';
    path = filtered[2] + rest.slice(filtered[0].length);
    // relative_url makes any path root-relative under baseurl.
    if (!path.startsWith('/')) path = `/${path}`;
  } else if (SITE_URL.test(rest)) {
    const m = SITE_URL.exec(rest)!;
    style = 'site_url';
    path = rest.slice(m[0].length);
    if (m[1]) style = 'baseurl';
  } else if (BASEURL.test(rest)) {
    style = 'baseurl';
    path = rest.slice(BASEURL.exec(rest)![0].length);
  } else {
    path = rest;
  }
  if (/\{\{|\{%/.test(path)) return { kind: 'tag' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) return { kind: 'external' };
  if (style === 'site_url' && !path.startsWith('/')) return { kind: 'unknown' };
  const hash = path.indexOf('#');
  const fragment = hash === -1 ? undefined : path.slice(hash + 1);
  rest = hash === -1 ? path : path.slice(0, hash);
  const query = rest.indexOf('?');
  if (query !== -1) rest = rest.slice(0, query);
  if (rest === '' && fragment === undefined) return { kind: 'unknown' };
  return { kind: 'site', style, path: rest, relative: rest !== '' && !rest.startsWith('/'), fragment };
}

/** Resolves a relative path against the folder of a URL (`/a/b/` or `/a/b.html`), as a browser does. */
export function resolveRelative(base: string, relative: string): string {
  const folder = base.endsWith('/') ? base : base.slice(0, base.lastIndexOf('/') + 1);
  const parts: string[] = [];
  for (const part of (folder + relative).split('/')) {
    if (part === '.') continue;
    if (part === '..') {
      if (parts.length > 1) parts.pop();
    } else parts.push(part);
  }
  const joined = parts.join('/');
  return relative.endsWith('/') || relative.endsWith('/.') || relative.endsWith('/..') || relative === '.' || relative === '..' ? joined.replace(/\/?$/, '/') : joined;
}

/** Percent-escapes decoded where they are valid UTF-8 (a static server's view of the path). */
export function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** A target of `#fragment` links in a body: a heading (with its text) or another element's id. */
export interface BodyAnchor {
  readonly id: string;
  /** The heading's text as written (undefined for `{: #id}` lists and HTML ids). */
  readonly text?: string;
  /** Offset in the text where the heading (or the id) is written. */
  readonly offset: number;
}

/**
 * kramdown's GFM auto ids for the headings of a Markdown body: ATX and Setext headings, `{#id}`
 * attribute lists winning; a repeated id gets `-1`, `-2`. Then ids of block attribute lists and of
 * HTML elements.
 */
export function bodyAnchors(text: string, bodyStart: number): BodyAnchor[] {
  const body = maskCode(text, bodyStart).slice(bodyStart);
  const anchors: BodyAnchor[] = [];
  const counts = new Map<string, number>();
  const add = (raw: string, offset: number): void => {
    // kramdown's HEADER_ID: ` {#id}` closing the line, an XML name, no `:` nor classes.
    const explicit = /[\t ]\{#([\p{L}_:][\p{L}\p{N}_:.-]*)\}$/u.exec(raw);
    if (explicit) {
      anchors.push({ id: explicit[1], text: raw.slice(0, explicit.index).trim(), offset });
      return;
    }
    const heading = raw.replace(/\s+#+\s*$/, '');
    const id = gfmId(heading);
    const seen = counts.get(id);
    counts.set(id, (seen ?? -1) + 1);
    anchors.push({ id: seen === undefined ? id : `${id}-${seen + 1}`, text: heading, offset });
  };
  const lines = body.split('\n');
  let at = bodyStart;
  for (let i = 0; i < lines.length; i++) {
    const atx = /^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*$/.exec(lines[i]);
    if (atx) add(atx[1], at);
    // A setext heading may be a list item's text (`- b` over `---`): kramdown makes it a heading in the item.
    else if (i + 1 < lines.length && lines[i].trim() && /^ {0,3}(=+|-+)[ \t]*$/.test(lines[i + 1])) add(lines[i].trim().replace(/^(?:[-*+]|\d+\.)[ \t]+/, ''), at);
    at += lines[i].length + 1;
  }
  // Block attribute lists on their own line after a heading: `{: #id}`.
  for (const m of body.matchAll(/^\{:\s*#([\w-]+)[^}]*\}\s*$/gm)) anchors.push({ id: m[1], offset: bodyStart + m.index! });
  // HTML ids.
  for (const m of body.matchAll(/\s(?:id|name)\s*=\s*["']([^"']+)["']/g)) anchors.push({ id: m[1], offset: bodyStart + m.index! });
  return anchors;
}

/** The ids `#fragment` links of a body may name (see bodyAnchors). */
export function headingIds(text: string, bodyStart: number): Set<string> {
  return new Set(bodyAnchors(text, bodyStart).map((a) => a.id));
}

/** kramdown-parser-gfm's generate_gfm_header_id on a heading's text (Markdown markup dropped first). */
export function gfmId(heading: string): string {
  const textOnly = heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_`]/g, (c) => (c === '_' ? '_' : ''));
  return textOnly
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{Nd}\p{Pc} \t-]/gu, '')
    .replace(/[ \t]/g, '-');
}
