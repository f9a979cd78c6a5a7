/**
 * The references to one post that a rename must rewrite, in the text of one document of the site:
 * `{% post_url NAME %}`, `{% link PATH %}` and the links (Markdown, reference, HTML `href`, with
 * `{{ site.baseurl }}`, `relative_url`/`absolute_url`, `{{ site.url }}`, relative paths) that a
 * static server resolves to the post's URL. Each comes with the exact bytes to put in its place.
 */
import { decodePath, findLinks, readTarget, resolveRelative } from '../site/links';
import { splitFrontMatter } from '../site/frontMatter';
import { resolveServed, SiteMap } from '../site/siteMap';
import { postUrlMatches } from '../lint/rules/postUrlBroken';
import { TextEdit } from '../lint/types';

export interface RenameTarget {
  /** The post's path before and after, relative to the site root. */
  readonly from: string;
  readonly to: string;
  /** Its URL before and after (`page.url`, without baseurl). */
  readonly oldUrl: string;
  readonly newUrl: string;
}

/** One rewritten reference: the edit, and the text before and after (for reports). */
export interface RefEdit extends TextEdit {
  readonly before: string;
}

const TAG = /\{%-?\s*(post_url|link)\s+([^%]*?)\s*-?%\}/g;
const RAW = /\{%-?\s*raw\s*-?%\}[\s\S]*?\{%-?\s*endraw\s*-?%\}|\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/g;

function stem(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
}

/** `{% post_url %}` and `{% link %}` naming the post, rewritten for its new file name. */
function tagEdits(text: string, from: number, target: RenameTarget): RefEdit[] {
  if (target.from === target.to || text.indexOf('{%', from) === -1) return [];
  const body = text.slice(from).replace(RAW, (m) => ' '.repeat(m.length));
  const out: RefEdit[] = [];
  for (const m of body.matchAll(TAG)) {
    const [, tag, argument] = m;
    if (!argument || /\{\{|\{%/.test(argument)) continue;
    const start = from + m.index! + m[0].indexOf(argument, tag.length + 2);
    let newText: string | undefined;
    if (tag === 'post_url') {
      if (postUrlMatches(argument, target.from)) {
        // The folders written before the name stay: the post stays in its folder.
        const slash = argument.lastIndexOf('/');
        newText = argument.slice(0, slash + 1) + stem(target.to);
      }
    } else if (argument.replace(/^\//, '') === target.from) {
      newText = (argument.startsWith('/') ? '/' : '') + target.to;
    }
    if (newText !== undefined && newText !== argument) out.push({ range: { start, end: start + argument.length }, newText, before: argument });
  }
  return out;
}

/** The path as the link should now write it, given the path it wrote (decoded, without baseurl). */
function newPathFor(written: string, oldUrl: string, newUrl: string): string {
  const oldDecoded = decodePath(oldUrl);
  if (written === oldDecoded) return newUrl;
  if (oldDecoded.endsWith('/') && written === oldDecoded.slice(0, -1)) return newUrl.replace(/\/$/, '');
  if (written.startsWith(oldDecoded)) {
    // `index.html` after a pretty URL, `.html` after an extensionless one.
    const rest = written.slice(oldDecoded.length);
    return newUrl.endsWith('/') || rest.startsWith('.') ? newUrl + rest : newUrl;
  }
  return newUrl;
}

/** A relative path from the folder of `base` to `to` (both site URLs). */
export function relativeUrl(base: string, to: string): string {
  const fromParts = base.slice(0, base.lastIndexOf('/') + 1).split('/').filter(Boolean);
  const toParts = to.split('/');
  const last = toParts.pop() ?? '';
  const dirs = toParts.filter(Boolean);
  let common = 0;
  while (common < fromParts.length && common < dirs.length && fromParts[common] === dirs[common]) common++;
  const up = fromParts.length - common;
  const rel = [...Array(up).fill('..'), ...dirs.slice(common), last].join('/');
  return rel === '' ? './' : rel;
}

/**
 * A relative link rewritten to lead to `to`, keeping as much of it as written: the longest
 * leading part (`../../2020/01/01/`) whose folder still holds the new URL, else the shortest path.
 */
export function rewriteRelative(written: string, base: string, to: string): string {
  for (let k = written.lastIndexOf('/', written.length - 2); k > 0; k = written.lastIndexOf('/', k - 1)) {
    const head = written.slice(0, k + 1);
    const folder = resolveRelative(base, head);
    if (to.startsWith(folder) && !to.slice(folder.length).startsWith('/')) return head + to.slice(folder.length);
  }
  return relativeUrl(base, to);
}

/** The links of a document that lead to the post, rewritten to lead to its new URL in the style each was written. */
function linkEdits(text: string, from: number, map: SiteMap, ownUrl: string | undefined, target: RenameTarget, liquid: boolean): RefEdit[] {
  const out: RefEdit[] = [];
  for (const link of findLinks(text, from)) {
    const read = readTarget(link.written);
    if (read.kind !== 'site' || read.path === '') continue;
    if (!liquid && read.style !== 'plain') continue;
    let path = read.path;
    if (read.relative) {
      if (!ownUrl) continue;
      path = resolveRelative(ownUrl, path);
    }
    let decoded = decodePath(path);
    let withBaseurl = false;
    if ((read.style === 'plain' || read.style === 'site_url') && !read.relative && map.baseurl) {
      // The browser asks for the path as written: only a path under baseurl reaches the site.
      if (decoded !== map.baseurl && !decoded.startsWith(`${map.baseurl}/`)) continue;
      decoded = decoded.slice(map.baseurl.length) || '/';
      withBaseurl = true;
    }
    const served = resolveServed(map, decoded);
    if (!served || served.source !== target.from) continue;
    let replacement = newPathFor(decoded, target.oldUrl, target.newUrl);
    if (read.relative) replacement = rewriteRelative(read.path, ownUrl!, replacement);
    else if (withBaseurl) replacement = map.baseurl + replacement;
    // Only the path as written changes: the Liquid, quotes, query and fragment around it stay.
    const written = link.written;
    let at = written.indexOf(read.path);
    let old = read.path;
    if (at === -1 && read.path.startsWith('/')) {
      // `{{ 'x/' | relative_url }}`: readTarget added the leading slash.
      old = read.path.slice(1);
      at = written.indexOf(old);
      replacement = replacement.replace(/^\//, '');
    }
    if (at === -1 || replacement === old) continue;
    const start = link.start + at;
    out.push({ range: { start, end: start + old.length }, newText: replacement, before: old });
  }
  return out;
}

/**
 * Every edit a document needs for the rename, in text order. `ownUrl` is the document's URL (for
 * its relative links); `liquid` is false when the document sets `render_with_liquid: false`.
 */
export function referenceEdits(text: string, map: SiteMap, ownUrl: string | undefined, target: RenameTarget, liquid = true): RefEdit[] {
  const block = splitFrontMatter(text);
  const from = block.closed ? block.bodyStart : 0;
  const edits = [...(liquid ? tagEdits(text, from, target) : []), ...linkEdits(text, from, map, ownUrl, target, liquid)];
  return edits.sort((a, b) => a.range.start - b.range.start).filter((e, i, all) => i === 0 || e.range.start >= all[i - 1].range.end);
}
