/**
 * Every post and output document of a site with its URL and date, as `site.posts`, `post_url`,
 * `link` and the URL conflict check need them. Built from what the site index keeps (effective
 * front matter), so it costs no file reads.
 */
import { SiteConfig } from '../site/config';
import { SiteDocumentInfo } from '../site/post';
import { JekyllValue } from '../site/scalars';
import { documentVerdictFromData } from '../site/siteModel';

export interface CatalogInput {
  /** Absolute path. */
  readonly path: string;
  readonly info: SiteDocumentInfo;
  /** Effective front matter. */
  readonly data: Readonly<Record<string, JekyllValue>>;
  /** The front matter as written, before defaults (`data` when not given): the date is read from it and from the defaults apart. */
  readonly own?: Readonly<Record<string, JekyllValue>>;
  /** The file opens with a `---` line (a collection file without one is a static file); true when not given. */
  readonly hasFrontMatter?: boolean;
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
 * The URL and date of one document, and whether the build writes it: the site model's verdict
 * (Document#read, Publisher#publish?), so the preview places posts as the linter and `urls` do.
 */
export function placeDocument(doc: CatalogInput, config: SiteConfig, timezone: string, now: Date): { document: boolean; url?: string; epochSeconds?: number; written: boolean } {
  const settings = { now, drafts: false, machineZone: timezone };
  const verdict = documentVerdictFromData(doc.info, doc.hasFrontMatter ?? true, doc.own ?? doc.data, config, settings, undefined, doc.data);
  if (!verdict) return { document: false, written: false }; // a misnamed post, a collection file without front matter (a static file)
  return { document: true, url: verdict.url, epochSeconds: verdict.epochSeconds, written: verdict.written };
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
    const placed = placeDocument(doc, config, timezone, now);
    if (!placed.document) continue;
    const entry: CatalogPost = { ...doc, relativePath: doc.info.relativePath, url: placed.url, epochSeconds: placed.epochSeconds };
    byRelativePath.set(entry.relativePath, entry);
    if (!placed.written) continue;
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
