/**
 * What the core says about every document of a site, for the conformance run (bundled on the fly
 * by run.mjs with esbuild). It only composes core functions; rules live in src/core.
 */
import { readConfig, configFromData, defaultsFor, deepMerge, truthy, SiteConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';
import { parseFrontMatter } from '../../src/core/site/frontMatter';
import { resolveDocumentDate } from '../../src/core/site/rubyTime';
import { computePermalink } from '../../src/core/site/permalink';
import { xmlschema } from '../../src/core/site/strftime';
import { slugify } from '../../src/core/site/slugify';
import type { JekyllValue } from '../../src/core/site/scalars';

export { slugify, xmlschema };

export interface SiteFileInput {
  readonly path: string;
  readonly text: string;
  /** Modification time, epoch seconds (drafts without a date use it). */
  readonly mtime: number;
}

export interface ModelOptions {
  readonly now: Date;
  /** `--drafts` */
  readonly drafts: boolean;
  /** The zone Jekyll runs in when the site sets no `timezone` (the TZ the build gets). */
  readonly machineZone: string;
  /** `--config a.yml,b.yml`: later files win (default `_config.yml`). */
  readonly configFiles?: readonly string[];
}

export interface DocVerdict {
  readonly path: string;
  readonly kind: string;
  readonly collection?: string;
  readonly url?: string;
  readonly outputPath?: string;
  /** ISO 8601 with offset, as `date_to_xmlschema` prints it; undefined for pages. */
  readonly date?: string;
  /** Whether the date is the build time (not comparable to the second). */
  readonly dateIsBuildTime?: boolean;
  /** Jekyll writes the document. */
  readonly written: boolean;
  /** Why it is not written, or what is fatal about it. */
  readonly reason?: string;
  readonly fatal?: string;
  readonly title?: JekyllValue;
}

export interface SiteVerdict {
  readonly docs: DocVerdict[];
  /** Output paths written by more than one document. */
  readonly conflicts: Map<string, string[]>;
  readonly fatal: string[];
  readonly timezone: string;
}

const HAS_YAML_HEADER = /^---\s*\r?\n/;

export function modelSite(files: readonly SiteFileInput[], options: ModelOptions): SiteVerdict {
  let raw: Record<string, JekyllValue> = {};
  for (const name of options.configFiles ?? ['_config.yml']) {
    const text = files.find((f) => f.path === name)?.text;
    raw = deepMerge(raw, readConfig(text).raw);
  }
  const config: SiteConfig = configFromData(raw);
  const timezone = config.timezone ?? options.machineZone;
  const nowSeconds = Math.floor(options.now.getTime() / 1000);
  const docs: DocVerdict[] = [];
  const fatal: string[] = [];
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const info = classifyPath(file.path, config);
    if (!info) continue;
    if (info.kind === 'post' && !info.nameMatches) continue;
    if (info.kind === 'draft' && !options.drafts) continue;
    const hasHeader = HAS_YAML_HEADER.test(file.text.replace(/^\ufeff/, ''));
    if ((info.kind === 'page' || info.kind === 'collection') && !hasHeader) continue; // static files
    const fm = parseFrontMatter(file.text);
    const frontMatter = fm.data ?? {};
    const type = info.kind === 'page' ? 'pages' : info.collection ?? 'posts';
    const defaults = defaultsFor(config, file.path, type);
    const data = deepMerge(defaults, frontMatter);
    const collection = info.kind === 'page' ? undefined : info.collection ?? 'posts';
    let date: { epochSeconds: number; source: string } | undefined;
    if (info.kind !== 'page') {
      const fileDate = /^(?:.+\/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$/su.exec(info.relativePath)?.[1];
      const resolved = resolveDocumentDate({
        defaultsDate: defaults.date,
        frontMatterDate: frontMatter.date,
        fileDate,
        fallbackEpochSeconds: info.kind === 'draft' ? file.mtime : nowSeconds,
        timezone,
        now: options.now,
      });
      if (!resolved.ok) {
        const message = resolved.message(file.path);
        fatal.push(message);
        docs.push({ path: file.path, kind: info.kind, collection, written: false, fatal: message });
        continue;
      }
      date = resolved;
    }
    const collectionConfig = collection ? config.collections.get(collection) : undefined;
    const rawPermalink = collectionConfig?.raw.permalink;
    const result = computePermalink({
      kind: info.kind,
      relativePath: file.path,
      collection,
      collectionsDir: config.collectionsDir,
      data,
      layers: [defaults, frontMatter],
      sitePermalink: config.permalink,
      collectionPermalink: typeof rawPermalink === 'string' ? rawPermalink : undefined,
      epochSeconds: date?.epochSeconds ?? nowSeconds,
      timezone,
      markdownExtensions: config.markdownExtensions,
      pathCategories: info.pathCategories,
    });
    // Publisher#publish?: `published` falsy (false, or present and nil) hides; future dates hide.
    const publishedFlag = 'published' in data ? truthy(data.published) : true;
    const future = date !== undefined && date.epochSeconds > nowSeconds && !config.future;
    const collectionWrites = info.kind === 'page' || info.kind === 'post' || info.kind === 'draft' || collectionConfig?.output === true;
    let reason: string | undefined;
    if (!collectionWrites) reason = 'collection output is false';
    else if (!publishedFlag && !config.unpublished) reason = 'published is falsy';
    else if (future) reason = 'future date';
    if (!result.ok) {
      if (!reason) fatal.push(result.message);
      docs.push({ path: file.path, kind: info.kind, collection, written: false, fatal: reason ? undefined : result.message, reason });
      continue;
    }
    docs.push({
      path: file.path,
      kind: info.kind,
      collection,
      url: result.url,
      outputPath: result.outputPath,
      date: date ? xmlschema(date.epochSeconds, timezone) : undefined,
      dateIsBuildTime: date?.source === 'fallback' && info.kind !== 'draft',
      written: reason === undefined,
      reason,
      title: data.title,
    });
  }
  const byOutput = new Map<string, string[]>();
  for (const d of docs) {
    if (!d.written || !d.outputPath) continue;
    byOutput.set(d.outputPath, [...(byOutput.get(d.outputPath) ?? []), d.path]);
  }
  const conflicts = new Map([...byOutput].filter(([, paths]) => paths.length > 1));
  return { docs, conflicts, fatal, timezone };
}
