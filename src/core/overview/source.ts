/** What the overview reads of a site: the site index (SiteIndex fits), so the views follow it as files change. */
import type { SiteConfig } from '../site/config';
import type { SiteDocuments } from '../site/documents';
import type { AuthorInfo } from '../site/siteFacts';
import type { IndexedDocument } from '../site/siteIndex';

export interface OverviewSource {
  readonly config: SiteConfig;
  documents(): Iterable<IndexedDocument>;
  readonly siteDocuments: SiteDocuments;
  /** Languages of the site's posts and language collections, with counts. */
  readonly languages: ReadonlyMap<string, number>;
  readonly authors: ReadonlyMap<string, AuthorInfo>;
  readonly hasAuthorRegistry: boolean;
}

export interface OverviewOptions {
  /** The build time: decides which posts are future ones. */
  readonly now: Date;
  /** The zone dates are shown in when `_config.yml` sets no `timezone`. */
  readonly machineZone: string;
  /** `jekyllPosts.translationKey`, when set. */
  readonly translationKey?: string;
}

/** Posts and drafts: the documents the views list. */
export function isPostLike(doc: IndexedDocument): boolean {
  return doc.info.kind === 'post' || doc.info.kind === 'draft';
}

export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
