/**
 * Every post and output document of a site with its URL and date, as `site.posts`, `post_url`,
 * `link` and the URL conflict check need them. Built from what the site index keeps (effective
 * front matter), so it costs no file reads.
 */
import { SiteConfig, truthy } from '../site/config';
import { computePermalink } from '../site/permalink';
import { documentNameParts, SiteDocumentInfo } from '../site/post';
import { resolveDocumentDate } from '../site/rubyTime';
import { JekyllValue } from '../site/scalars';

export interface CatalogInput {
  /** Absolute path. */
  readonly path: string;
  readonly info: SiteDocumentInfo;
  /** Effective front matter. */
  readonly data: Readonly<Record<string, JekyllValue>>;
}

export interface CatalogPost extends CatalogInput {
  readonly relativePath: string;
  /** `page.url`, when Jekyll can compute it. */
  readonly url?: string;
  readonly epochSeconds?: number;
}

export interface PostCatalog {
  /** Posts, newest first (as `site.posts`). */
  readonly posts: readonly CatalogPost[];
  /** Every output document (posts and collection documents that Jekyll writes) by URL. */
  readonly byUrl: ReadonlyMap<string, readonly CatalogPost[]>;
  readonly byRelativePath: ReadonlyMap<string, CatalogPost>;
}

/**
 * Publisher#publish?: a document whose `published` is present and falsy (false, or nil) is not
 * written unless `unpublished:`; one dated after the build's time is not written unless `future:`.
 */
function isWritten(data: Readonly<Record<string, JekyllValue>>, epochSeconds: number | undefined, config: SiteConfig, now: Date): boolean {
  if ('published' in data && !truthy(data.published) && !config.unpublished) return false;
  return config.future || epochSeconds === undefined || epochSeconds <= Math.floor(now.getTime() / 1000);
}

/** The URL and date of one document. */
export function placeDocument(doc: CatalogInput, config: SiteConfig, timezone: string, now: Date): { url?: string; epochSeconds?: number; error?: string } {
  const date = resolveDocumentDate({
    frontMatterDate: doc.data.date,
    // Drafts and collection documents are dated by a dated name too (Document::DATE_FILENAME_MATCHER).
    fileDate: doc.info.kind === 'draft' || doc.info.kind === 'collection' ? documentNameParts(doc.info.relativePath, doc.info.slug).fileDate : doc.info.fileDate,
    fallbackEpochSeconds: Math.floor(now.getTime() / 1000),
    timezone,
    now,
  });
  const epochSeconds = date.ok ? date.epochSeconds : Math.floor(now.getTime() / 1000);
  const collection = doc.info.collection ? config.collections.get(doc.info.collection) : undefined;
  const result = computePermalink({
    kind: doc.info.kind,
    relativePath: doc.info.relativePath,
    collection: doc.info.collection,
    collectionsDir: config.collectionsDir,
    data: doc.data,
    sitePermalink: config.permalink,
    collectionPermalink: collection?.permalink,
    epochSeconds,
    timezone,
    markdownExtensions: config.markdownExtensions,
    pathCategories: doc.info.pathCategories,
  });
  return result.ok ? { url: result.url, epochSeconds: date.ok ? epochSeconds : undefined } : { error: result.message, epochSeconds: date.ok ? epochSeconds : undefined };
}

export function buildCatalog(documents: Iterable<CatalogInput>, config: SiteConfig, timezone: string, now: Date = new Date()): PostCatalog {
  const posts: CatalogPost[] = [];
  const byUrl = new Map<string, CatalogPost[]>();
  const byRelativePath = new Map<string, CatalogPost>();
  for (const doc of documents) {
    const kind = doc.info.kind;
    // Drafts are in `site.posts` only where the build writes them (`show_drafts:`; the preview renders as `jekyll build` does).
    if (kind === 'page' || (kind === 'draft' && !config.showDrafts)) continue;
    if (kind === 'collection' && !config.collections.get(doc.info.collection ?? '')?.output) continue;
    if ((kind === 'post' || kind === 'draft') && !doc.info.nameMatches) continue;
    const placed = placeDocument(doc, config, timezone, now);
    const entry: CatalogPost = { ...doc, relativePath: doc.info.relativePath, url: placed.url, epochSeconds: placed.epochSeconds };
    byRelativePath.set(entry.relativePath, entry);
    if (!isWritten(doc.data, placed.epochSeconds, config, now)) continue;
    if (kind === 'post' || kind === 'draft') posts.push(entry);
    if (entry.url !== undefined) {
      let list = byUrl.get(entry.url);
      if (!list) byUrl.set(entry.url, (list = []));
      list.push(entry);
    }
  }
  posts.sort((a, b) => (b.epochSeconds ?? 0) - (a.epochSeconds ?? 0) || (a.relativePath < b.relativePath ? 1 : -1));
  return { posts, byUrl, byRelativePath };
}
