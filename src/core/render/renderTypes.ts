/**
 * The types Liquid rendering shares with Jekyll's filters and tags (kept apart from liquid.ts so that
 * liquid.ts, which registers the filters and tags, and they, which read the render's state, do not
 * import each other).
 */
import { SiteFileSystem } from '../fs';
import { Message } from '../messages';
import { SiteConfig } from '../site/config';
import { OffsetRange } from '../text';
import type { PostCatalog } from './catalog';

/** What rendering needs to know about the site. */
export interface RenderSite {
  /** Absolute path of the site root. */
  readonly root: string;
  readonly fs: SiteFileSystem;
  readonly config: SiteConfig;
  /** The zone dates are shown in: the site's `timezone`, else the machine's. */
  readonly timezone: string;
  /** `site.data`. */
  readonly data: Readonly<Record<string, unknown>>;
  /** Posts and documents with their URLs, for `site.posts`, `post_url`, `link` and URL conflicts. */
  readonly catalog?: PostCatalog;
  /** Texts of included files by absolute path; the host clears it when `_includes` changes. */
  readonly includeCache?: Map<string, Promise<string | undefined>>;
  /** The build time (`site.time`, `now`). */
  readonly now?: Date;
}

export interface LiquidNotice {
  readonly message: Message;
  /** Range in the rendered text (the caller shifts it into the document). */
  readonly range: OffsetRange;
  readonly severity: 'error' | 'warning';
}

/** The state of one render, reachable from tags and filters as the `jp` register. */
export interface LiquidRun {
  readonly site: RenderSite;
  readonly page: { readonly path: string };
  includeDepth: number;
  /** Stores HTML that must reach the page untouched by Markdown; returns its placeholder. */
  placeholder(html: string): string;
  /** The placeholder of notice N. */
  notice(index: number): string;
}
