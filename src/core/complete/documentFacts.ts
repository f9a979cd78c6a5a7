/** What Jekyll makes of the document being edited: its data after defaults, its date and its URL. */
import { SiteConfig, deepMerge, defaultsFor } from '../site/config';
import { parseFrontMatter } from '../site/frontMatter';
import { computePermalink, PermalinkResult } from '../site/permalink';
import { SiteDocumentInfo } from '../site/post';
import { resolveDocumentDate, ResolvedDocumentDate } from '../site/rubyTime';
import { JekyllValue } from '../site/scalars';

export interface DocumentFacts {
  /** What the front matter writes ({} when it cannot be read). */
  readonly own: Record<string, JekyllValue>;
  readonly defaults: Record<string, JekyllValue>;
  readonly effective: Record<string, JekyllValue>;
  /** The date Jekyll gives the document. */
  readonly date: ResolvedDocumentDate;
  /** The zone dates are read and shown in. */
  readonly timezone: string;
  readonly now: Date;
}

export function documentFacts(text: string, info: SiteDocumentInfo, config: SiteConfig, hostTimezone?: string, now: Date = new Date()): DocumentFacts {
  const own = parseFrontMatter(text).data ?? {};
  const type = info.kind === 'page' ? 'pages' : info.collection ?? 'pages';
  const defaults = defaultsFor(config, info.relativePath, type);
  const timezone = config.timezone ?? hostTimezone ?? 'UTC';
  const date = resolveDocumentDate({
    defaultsDate: defaults.date,
    frontMatterDate: 'date' in own ? own.date : undefined,
    fileDate: info.fileDate,
    fallbackEpochSeconds: Math.floor(now.getTime() / 1000),
    timezone,
    now,
  });
  return { own, defaults, effective: deepMerge(defaults, own), date, timezone, now };
}

/** The document's URL as Jekyll computes it; with `ignorePermalink`, the one it gets without its own `permalink`. */
export function documentUrl(facts: DocumentFacts, info: SiteDocumentInfo, config: SiteConfig, options: { ignorePermalink?: boolean } = {}): PermalinkResult {
  const strip = (data: Record<string, JekyllValue>): Record<string, JekyllValue> => {
    if (!options.ignorePermalink || !('permalink' in data)) return data;
    const { permalink: _ignored, ...rest } = data;
    return rest;
  };
  const label = info.kind === 'page' ? 'pages' : info.collection ?? 'posts';
  const ownPermalink = config.collections.get(label)?.raw.permalink;
  return computePermalink({
    kind: info.kind,
    relativePath: info.relativePath,
    collection: info.collection,
    collectionsDir: config.collectionsDir,
    data: strip(facts.effective),
    sitePermalink: typeof config.raw.permalink === 'string' ? config.raw.permalink : 'date',
    collectionPermalink: typeof ownPermalink === 'string' ? ownPermalink : undefined,
    epochSeconds: facts.date.ok ? facts.date.epochSeconds : Math.floor(facts.now.getTime() / 1000),
    timezone: facts.timezone,
    markdownExtensions: config.markdownExtensions,
    pathCategories: info.pathCategories,
    layers: [strip(facts.defaults), strip(facts.own)],
  });
}
