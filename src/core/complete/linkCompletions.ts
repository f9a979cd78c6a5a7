/**
 * Completions of what a post links to: the site's URLs after `](`, `]: `, `href="` and inside
 * `{{ '...' | relative_url }}`, image files after `![...](` and `<img src="`, source paths after
 * `{% link `, post names after `{% post_url `, and heading ids after `#`. URLs are written the way
 * the site needs them: on a site with a `baseurl`, with `relative_url` or `{{ site.baseurl }}` in
 * the style the post already uses (never a form link-baseurl-missing reports). Pure: the host hands
 * in the site map (built once per version of the site) and the titles.
 */
import { msg } from '../messages';
import { postUrlName } from '../lint/rules/postUrlBroken';
import { BodyAnchor } from '../site/links';
import { SiteMap, SiteUrl } from '../site/siteMap';
import { OffsetRange } from '../text';
import { Text } from './completions';
import { LinkCursor, LinkWriting } from './linkContext';
import { LinkSite, servedEntry } from './linkTargets';

export type LinkCompletionKind = 'url' | 'image' | 'file' | 'post' | 'heading';

export interface LinkCompletionItem {
  readonly label: string;
  readonly kind: LinkCompletionKind;
  /** The text that replaces the list's range. */
  readonly insertText: string;
  /** The target's title (or what it is, when it has none). */
  readonly detail?: Text;
  /** The target, for its description (describeEntry), asked for only when an item is shown. */
  readonly entry?: SiteUrl;
  readonly sortText: string;
  readonly filterText: string;
}

/** Completions and what each replaces: what is typed of the target (the same range for all). */
export interface LinkCompletionList {
  readonly range: OffsetRange;
  readonly items: readonly LinkCompletionItem[];
}

/** What the completion knows of the post being written. */
export interface LinkDocument {
  /** The whole text (for the style of links it already uses). */
  readonly text: string;
  /** Its source path, relative to the site root. */
  readonly source: string;
  readonly lang?: string;
  /** Its URL (for relative links). */
  readonly url?: string;
}

export const IMAGE_EXTENSIONS = /\.(png|jpe?g|gif|svg|webp|avif|ico|bmp|tiff?)$/i;

/** How a link in this post is written on a site with a baseurl: as link-baseurl-missing's fix writes it. */
export function baseurlStyle(text: string): 'relative_url' | 'baseurl' {
  return /\{\{-?\s*site\.baseurl\s*-?\}\}/.test(text) && !/\|\s*relative_url/.test(text) ? 'baseurl' : 'relative_url';
}

/** A URL of the site (without baseurl) written where the cursor is. */
export function writeUrl(url: string, writing: LinkWriting, map: SiteMap, document: LinkDocument, typed: string): { insertText: string; filterText: string } {
  if (writing !== 'plain' || !map.baseurl) return { insertText: url, filterText: url };
  // An author who writes the baseurl by hand keeps doing so.
  if (typed === map.baseurl || typed.startsWith(`${map.baseurl}/`)) return { insertText: `${map.baseurl}${url}`, filterText: `${map.baseurl}${url}` };
  const insertText = styleOf(document) === 'baseurl' ? `{{ site.baseurl }}${url}` : `{{ '${url}' | relative_url }}`;
  return { insertText, filterText: url };
}

const styles = new WeakMap<LinkDocument, 'relative_url' | 'baseurl'>();

/** baseurlStyle once per document object (not once per item). */
function styleOf(document: LinkDocument): 'relative_url' | 'baseurl' {
  let style = styles.get(document);
  if (!style) styles.set(document, (style = baseurlStyle(document.text)));
  return style;
}

const ranked = new WeakMap<SiteMap, Map<string, SiteUrl[]>>();

/**
 * The map's entries in the order completions list them: documents before static files; the
 * post's own language first, then those without a language, then other languages; the most
 * recent first; then by URL. Computed once per map and language.
 */
function rankedEntries(map: SiteMap, lang: string | undefined): SiteUrl[] {
  let byLang = ranked.get(map);
  if (!byLang) ranked.set(map, (byLang = new Map()));
  const key = lang ?? '';
  const known = byLang.get(key);
  if (known) return known;
  const group = (e: SiteUrl): number => (e.kind === 'static' ? 3 : lang && e.lang === lang ? 0 : !e.lang ? 1 : 2);
  const order = [...map.entries].sort((a, b) => group(a) - group(b) || (b.epochSeconds ?? -Infinity) - (a.epochSeconds ?? -Infinity) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  byLang.set(key, order);
  return order;
}

function sortText(i: number): string {
  return String(i).padStart(6, '0');
}

/** Items by map (one per version of the site) and by what decides them, so typing does not rebuild thousands of items. */
const built = new WeakMap<SiteMap, Map<string, LinkCompletionItem[]>>();

/** Completions of link targets, images, `{% link %}` paths and `{% post_url %}` names. */
export function linkCompletions(cursor: LinkCursor, document: LinkDocument, site: LinkSite): LinkCompletionList {
  const range = { start: cursor.start, end: cursor.start + cursor.typed.length };
  if (cursor.kind === 'fragment') return { range, items: [] };
  const { map } = site;
  const url = cursor.kind === 'url';
  const handBaseurl = url && cursor.writing === 'plain' && !!map.baseurl && (cursor.typed === map.baseurl || cursor.typed.startsWith(`${map.baseurl}/`));
  const key = [cursor.kind, url && cursor.image, url && cursor.writing, url && map.baseurl && cursor.writing === 'plain' ? styleOf(document) : '', handBaseurl, document.source, document.lang ?? ''].join('|');
  let byKey = built.get(map);
  if (!byKey) built.set(map, (byKey = new Map()));
  let items = byKey.get(key);
  if (!items) {
    if (byKey.size > 32) byKey.clear();
    items = unplacedItems(cursor, document, site);
    byKey.set(key, items);
  }
  return { range, items };
}

function unplacedItems(cursor: Exclude<LinkCursor, { kind: 'fragment' }>, document: LinkDocument, site: LinkSite): LinkCompletionItem[] {
  const { map } = site;
  const items: LinkCompletionItem[] = [];
  const seen = new Set<string>();
  for (const entry of rankedEntries(map, document.lang)) {
    if (entry.source === document.source) continue;
    const detail = site.titleOf(entry.source);
    const item = (kind: LinkCompletionKind, label: string, written: { insertText: string; filterText: string }): LinkCompletionItem => ({
      label,
      kind,
      ...written,
      detail: detail ?? kindFallback(entry),
      entry,
      sortText: sortText(items.length),
    });
    if (cursor.kind === 'post-url') {
      if (entry.kind !== 'post') continue;
      const name = postUrlName(entry.source);
      items.push(item('post', name, { insertText: name, filterText: name }));
    } else if (cursor.kind === 'link-tag') {
      if (seen.has(entry.source)) continue;
      seen.add(entry.source);
      items.push(item('file', entry.source, { insertText: entry.source, filterText: entry.source }));
    } else if (cursor.image) {
      if (entry.kind !== 'static' || !IMAGE_EXTENSIONS.test(entry.url)) continue;
      items.push(item('image', entry.url, writeUrl(entry.url, cursor.writing, map, document, cursor.typed)));
    } else {
      items.push(item('url', entry.url, writeUrl(entry.url, cursor.writing, map, document, cursor.typed)));
    }
  }
  return items;
}

function kindFallback(entry: SiteUrl): Text {
  return entry.kind === 'static' ? msg('static file') : entry.source;
}

/** The document a `#fragment` being typed points into: this one for `#`, else the entry its path leads to. */
export function fragmentTarget(cursor: Extract<LinkCursor, { kind: 'fragment' }>, document: LinkDocument, map: SiteMap): SiteUrl | 'self' | undefined {
  if (cursor.path === '') return 'self';
  let path = cursor.path;
  const relative = cursor.writing === 'plain' && !path.startsWith('/');
  if (cursor.writing === 'filter' && !path.startsWith('/')) path = `/${path}`;
  const entry = servedEntry(map, path, cursor.writing === 'filter' ? 'relative_url' : cursor.writing, relative, document.url);
  if (entry && entry.source === document.source) return 'self';
  return entry && entry.kind !== 'static' ? entry : undefined;
}

/** Heading ids of the target document (kramdown's auto ids, as link-broken reads them), in document order. */
export function fragmentCompletions(cursor: Extract<LinkCursor, { kind: 'fragment' }>, anchors: readonly BodyAnchor[]): LinkCompletionList {
  const range = { start: cursor.start, end: cursor.start + cursor.typed.length };
  const seen = new Set<string>();
  const items: LinkCompletionItem[] = [];
  for (const anchor of anchors) {
    if (seen.has(anchor.id)) continue;
    seen.add(anchor.id);
    items.push({
      label: anchor.id,
      kind: 'heading',
      insertText: anchor.id,
      filterText: anchor.id,
      detail: anchor.text,
      sortText: sortText(items.length),
    });
  }
  return { range, items };
}
