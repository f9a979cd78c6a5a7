import * as vscode from 'vscode';
import { buildAuthors, AuthorsOverview } from '../../core/overview/authors';
import { buildPostsOverview, OverviewPost, PostsOverview, translationStatus, TranslationStatus } from '../../core/overview/posts';
import { buildTaxonomy, TaxonomyOverview } from '../../core/overview/taxonomy';
import type { TermKind } from '../../core/taxonomy/renameTerm';
import { IndexedSite, IndexService } from '../indexService';

/** How long index updates are gathered before the views refresh. */
const REFRESH_DELAY_MS = 250;

interface Cached {
  version: number;
  posts?: PostsOverview;
  byPath?: Map<string, OverviewPost>;
  tags?: TaxonomyOverview;
  categories?: TaxonomyOverview;
  authors?: AuthorsOverview;
}

/**
 * The overview models of each indexed site, built on first use by the view that shows them and
 * again only after the site index changed (its version); tells the views when to refresh.
 */
export class OverviewStore implements vscode.Disposable {
  private readonly cache = new WeakMap<object, Cached>();
  private readonly changed = new vscode.EventEmitter<void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscription: vscode.Disposable;
  /** Fires (debounced) after the site indexes changed. */
  readonly onDidChange = this.changed.event;

  constructor(readonly indexes: IndexService) {
    this.subscription = indexes.onDidUpdate(() => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.changed.fire(), REFRESH_DELAY_MS);
    });
  }

  sites(): IndexedSite[] {
    return this.indexes.indexedSites();
  }

  private entry(site: IndexedSite): Cached {
    let cached = this.cache.get(site.index);
    if (!cached || cached.version !== site.index.version) this.cache.set(site.index, (cached = { version: site.index.version }));
    return cached;
  }

  private translationKey(site: IndexedSite): string | undefined {
    return vscode.workspace.getConfiguration('jekyllPosts', site.site.rootUri).get<string>('translationKey') || undefined;
  }

  /** A post's language versions, for its row. */
  versions(site: IndexedSite, post: OverviewPost): TranslationStatus {
    return translationStatus(site.index, post, { translationKey: this.translationKey(site) });
  }

  posts(site: IndexedSite): PostsOverview {
    const entry = this.entry(site);
    if (!entry.posts) {
      const translationKey = this.translationKey(site);
      entry.posts = buildPostsOverview(site.index, { now: new Date(), machineZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', translationKey });
    }
    return entry.posts;
  }

  post(site: IndexedSite, relativePath: string): OverviewPost | undefined {
    const entry = this.entry(site);
    if (!entry.byPath) {
      entry.byPath = new Map();
      for (const group of this.posts(site).languages) for (const year of group.years) for (const post of year.posts) entry.byPath.set(post.relativePath, post);
    }
    return entry.byPath.get(relativePath);
  }

  taxonomy(site: IndexedSite, kind: TermKind): TaxonomyOverview {
    const entry = this.entry(site);
    return (entry[kind] ??= buildTaxonomy(site.index, kind));
  }

  authors(site: IndexedSite): AuthorsOverview {
    const entry = this.entry(site);
    return (entry.authors ??= buildAuthors(site.index));
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscription.dispose();
    this.changed.dispose();
  }
}
