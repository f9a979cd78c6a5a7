/**
 * What Jekyll makes of each document of a site: its date, URL, output path and whether it is
 * written (Reader, Document#read, Publisher#publish?), and which outputs collide.
 */
import { cachedDefaultsFor, deepMerge, SiteConfig, truthy } from './config';
import { parseFrontMatter, ParsedFrontMatter } from './frontMatter';
import { computePermalink } from './permalink';
import { classifyPath, SiteDocumentInfo } from './post';
import { resolveDocumentDate, rubyToS } from './rubyTime';
import type { JekyllValue } from './scalars';
import { xmlschema } from './strftime';

export interface ModelSettings {
  /** The build time: future posts and dateless documents depend on it. */
  readonly now: Date;
  /** `--drafts`: drafts are read and written. */
  readonly drafts: boolean;
  /** The zone Jekyll runs in when the site sets no `timezone`. */
  readonly machineZone: string;
}

export interface DocVerdict {
  readonly path: string;
  readonly kind: SiteDocumentInfo['kind'];
  readonly collection?: string;
  readonly url?: string;
  readonly outputPath?: string;
  /** Epoch seconds of the document's date; undefined for pages. */
  readonly epochSeconds?: number;
  /** ISO 8601 with offset, as `date_to_xmlschema` prints it; undefined for pages. */
  readonly date?: string;
  /** Whether the date is the build time (not comparable to the second). */
  readonly dateIsBuildTime?: boolean;
  /** Jekyll writes the document. */
  readonly written: boolean;
  /** Why it is not written. */
  readonly reason?: 'collection output is false' | 'published is falsy' | 'future date' | 'draft';
  /** Jekyll's fatal message for this document (the whole build stops). */
  readonly fatal?: string;
  readonly data?: Readonly<Record<string, JekyllValue>>;
}

// Utils.has_yaml_header?: the first line, read as bytes, is `---` and Ruby white space (ASCII only).
const HAS_YAML_HEADER = /^---[ \t\r\n\f\v]*\r?\n/;

// Document::DATE_FILENAME_MATCHER, `^(?>.+/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$`, on the path
// below collections_dir: its atomic group takes all up to the last `/`, so the date starts the file
// name. (Taking nothing matches only a path that starts with a date and has no `.` after its first
// folder's: posts and drafts have an extension, and a collection document's path starts with `_`.)
const DATE_FILE_NAME = /^(\d{2,4}-\d{1,2}-\d{1,2})-[^/]*\.[^.]+$/;

/**
 * The verdict for one file, or undefined when Jekyll does not read it as a document (misnamed
 * posts, drafts without `--drafts`, pages and collection files without front matter, which are
 * static files).
 */
export function documentVerdict(
  path: string,
  text: string,
  config: SiteConfig,
  settings: ModelSettings,
  mtimeSeconds = Math.floor(settings.now.getTime() / 1000),
  parsed?: ParsedFrontMatter,
): DocVerdict | undefined {
  const info = classifyPath(path, config);
  if (!info) return undefined;
  // A post is read whatever its first line (as bom|utf-8: the front matter parser decides); a page
  // or a collection file only when has_yaml_header? says so: one that starts with a byte order mark
  // is a static file.
  if ((info.kind === 'page' || info.kind === 'collection') && !HAS_YAML_HEADER.test(text)) return undefined;
  return documentVerdictFromData(info, true, (parsed ?? parseFrontMatter(text)).data ?? {}, config, settings, mtimeSeconds);
}

/** The verdict from a document's front matter data (as written, before defaults), for hosts that already read it. */
export function documentVerdictFromData(
  info: SiteDocumentInfo,
  hasHeader: boolean,
  frontMatter: Readonly<Record<string, JekyllValue>>,
  config: SiteConfig,
  settings: ModelSettings,
  mtimeSeconds = Math.floor(settings.now.getTime() / 1000),
  /** The front matter merged over its defaults, when the caller has it already. */
  effective?: Readonly<Record<string, JekyllValue>>,
): DocVerdict | undefined {
  const path = info.relativePath;
  if (!info.nameMatches) return undefined; // a misnamed post, a draft without an extension
  if ((info.kind === 'page' || info.kind === 'collection') && !hasHeader) return undefined;
  const timezone = config.timezone ?? settings.machineZone;
  const nowSeconds = Math.floor(settings.now.getTime() / 1000);
  // classifyPath names the collection of every post, draft and collection document, and of no page.
  const collection = info.collection;
  const type = collection ?? 'pages';
  const defaults = cachedDefaultsFor(config, path, type);
  const data = effective ?? deepMerge(defaults, frontMatter);
  let date: { epochSeconds: number; source: string } | undefined;
  if (info.kind !== 'page') {
    const fileDate = DATE_FILE_NAME.exec(path.slice(path.lastIndexOf('/') + 1))?.[1];
    const resolved = resolveDocumentDate({
      defaultsDate: defaults.date,
      frontMatterDate: frontMatter.date,
      fileDate,
      fallbackEpochSeconds: info.kind === 'draft' ? mtimeSeconds : nowSeconds,
      timezone,
      now: settings.now,
    });
    if (!resolved.ok) return { path, kind: info.kind, collection, written: false, fatal: resolved.message(path), data };
    date = resolved;
  }
  const collectionConfig = collection ? config.collections.get(collection) : undefined;
  const rawPermalink = collectionConfig?.raw.permalink;
  // Collection#url_template: a collection `permalink` that is no string (empty, false, a number, a
  // list) crashes Jekyll's URL code for each document it writes without a permalink of its own (a nil
  // or false permalink is none). configuration.rb gives posts the site's style in place of nil or false.
  const own = data.permalink;
  const postsStyle = collection === 'posts' && (rawPermalink === null || rawPermalink === false);
  const result = rawPermalink !== undefined && typeof rawPermalink !== 'string' && !postsStyle && (own === undefined || own === null || own === false)
    ? { ok: false as const, message: `collections.${collection}.permalink is not a string: ${rubyToS(rawPermalink)}` }
    : computePermalink({
      kind: info.kind,
      relativePath: path,
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
  // Pages are written; documents when their collection's output is true (always for posts and
  // drafts: configuration.rb sets it, and so does configFromData).
  const collectionWrites = collectionConfig?.output ?? true;
  let reason: DocVerdict['reason'];
  if (!collectionWrites) reason = 'collection output is false';
  else if (info.kind === 'draft' && !settings.drafts && !config.showDrafts) reason = 'draft';
  else if (!publishedFlag && !config.unpublished) reason = 'published is falsy';
  else if (future) reason = 'future date';
  if (!result.ok) {
    return { path, kind: info.kind, collection, written: false, fatal: reason ? undefined : result.message, reason, data };
  }
  return {
    path,
    kind: info.kind,
    collection,
    url: result.url,
    outputPath: result.outputPath,
    epochSeconds: date?.epochSeconds,
    // Written out only when read: most verdicts never show their date.
    get date(): string | undefined {
      return date ? xmlschema(date.epochSeconds, timezone) : undefined;
    },
    dateIsBuildTime: date?.source === 'fallback' && info.kind !== 'draft',
    written: reason === undefined,
    reason,
    data,
  };
}

/** Output paths written by more than one document, with the documents (sorted). */
export function findConflicts(verdicts: Iterable<DocVerdict>): Map<string, string[]> {
  const byOutput = new Map<string, string[]>();
  for (const d of verdicts) {
    if (!d.written || !d.outputPath) continue;
    byOutput.set(d.outputPath, [...(byOutput.get(d.outputPath) ?? []), d.path]);
  }
  return new Map([...byOutput].filter(([, paths]) => paths.length > 1).map(([out, paths]) => [out, paths.sort()]));
}
