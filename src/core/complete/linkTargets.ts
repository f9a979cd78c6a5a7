/**
 * What a link in a post's body leads to, for hovers and go to definition: a Markdown link or image,
 * a reference definition, an HTML `href`/`src`, `{% post_url %}` or `{% link %}`, read against the
 * site map the link rules use (the same reading of `baseurl`, relative paths and fragments).
 */
import { msg } from '../messages';
import { postUrlMatches } from '../lint/rules/postUrlBroken';
import { decodePath, findLinks, readTarget, resolveRelative } from '../site/links';
import { resolveServed, SiteMap, SiteUrl } from '../site/siteMap';
import { strftime } from '../site/strftime';
import { OffsetRange } from '../text';
import { escapeMarkdown, Text } from './completions';
import { bodyOffset } from './linkContext';

/** What the host knows of the site for links: its map and each source file's title. */
export interface LinkSite {
  readonly map: SiteMap;
  /** The title of a document (source path relative to the site root), when it has one. */
  titleOf(source: string): string | undefined;
  /** The zone dates are shown in. */
  readonly timezone: string;
}

export interface LinkedTarget {
  readonly entry: SiteUrl;
  /** The `#fragment` the link names, if any. */
  readonly fragment?: string;
  /** The link's target as written (what the hover covers). */
  readonly originRange: OffsetRange;
}

/** A path written in a link, read as a browser under the site's `baseurl` would: the entry served there. */
export function servedEntry(map: SiteMap, path: string, style: 'plain' | 'baseurl' | 'relative_url' | 'absolute_url' | 'site_url', relative: boolean, ownUrl: string | undefined): SiteUrl | undefined {
  let resolved = path;
  if (relative) {
    if (!ownUrl) return undefined;
    resolved = resolveRelative(ownUrl, path);
  }
  let decoded = decodePath(resolved);
  if ((style === 'plain' || style === 'site_url') && !relative && map.baseurl && (decoded === map.baseurl || decoded.startsWith(`${map.baseurl}/`))) {
    decoded = decoded.slice(map.baseurl.length) || '/';
  }
  return resolveServed(map, decoded);
}

const TAG = /\{%-?\s*(post_url|link)\s+([^%\s]+)\s*-?%\}/g;

/** The link under the cursor and the site entry it leads to (this very document for `#fragment`). */
export function linkTargetAt(text: string, offset: number, map: SiteMap, ownSource: string, ownUrl: string | undefined): LinkedTarget | undefined {
  const body = bodyOffset(text);
  if (offset < body) return undefined;
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset) === -1 ? text.length : text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd);
  for (const m of line.matchAll(TAG)) {
    const start = lineStart + m.index! + m[0].indexOf(m[2], m[1].length + 2);
    const range = { start, end: start + m[2].length };
    if (offset < range.start || offset > range.end) continue;
    if (m[1] === 'post_url') {
      const entry = map.entries.find((e) => e.kind === 'post' && postUrlMatches(m[2], e.source));
      return entry ? { entry, originRange: range } : undefined;
    }
    const path = m[2].replace(/^\//, '');
    const entry = map.entries.find((e) => e.source === path);
    return entry ? { entry, originRange: range } : undefined;
  }
  // Links whose target holds the cursor; only the lines around it are read.
  const from = Math.max(body, text.lastIndexOf('\n\n', lineStart));
  const links = findLinks(text.slice(0, lineEnd), from);
  const link = links.find((l) => offset >= l.start && offset <= l.end);
  if (!link) return undefined;
  const target = readTarget(link.written);
  if (target.kind !== 'site') return undefined;
  const originRange = { start: link.start, end: link.end };
  if (target.path === '') {
    const own = map.entries.find((e) => e.source === ownSource);
    return own ? { entry: own, fragment: target.fragment, originRange } : undefined;
  }
  const entry = servedEntry(map, target.path, target.style, target.relative, ownUrl);
  return entry ? { entry, fragment: target.fragment, originRange } : undefined;
}

/** The kind of an entry, in words. */
export function kindText(entry: SiteUrl): Text {
  switch (entry.kind) {
    case 'post':
      return msg('post');
    case 'draft':
      return msg('draft');
    case 'page':
      return msg('page');
    case 'document':
      return msg('collection document');
    default:
      return msg('static file');
  }
}

/** What a hover or a completion item says of a link's target: title, kind, date, language, URL and source file. */
export function describeEntry(entry: SiteUrl, site: LinkSite): Text[] {
  const title = site.titleOf(entry.source);
  const parts: Text[] = [];
  if (title) parts.push(`**${escapeMarkdown(title)}**`);
  parts.push(msg('Kind: {0}', kindText(entry)));
  if (entry.epochSeconds !== undefined) parts.push(msg('Date: {0}', strftime('%Y-%m-%d', entry.epochSeconds, site.timezone)));
  if (entry.lang) parts.push(msg('Language: {0}', entry.lang));
  parts.push(msg('URL: `{0}`', `${site.map.baseurl}${entry.url}`));
  parts.push(msg('Source file: `{0}`', entry.source));
  return parts;
}
