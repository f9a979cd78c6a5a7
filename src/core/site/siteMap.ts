/**
 * The site's URL map: every URL the site serves, as Jekyll 4.3 writes it into `_site`: posts,
 * collection documents and pages (their verdicts, siteModel.ts), drafts with `--drafts`, and static
 * files (StaticFile#url: the path as it is, or the collection's URL template), under `baseurl`.
 */
import { basename } from '../paths';
import { SiteConfig } from './config';
import { DocSummary, SiteDocuments } from './documents';
import { classifyPath, SiteDocumentInfo } from './post';
import { collectionUrlTemplate, destinationPath, escapePath, rubyExtname, sanitizeUrl } from './permalink';

export type UrlKind = 'post' | 'document' | 'page' | 'static' | 'draft';

export interface SiteUrl {
  /** `page.url` (or the static file's `url`), without `baseurl`. */
  readonly url: string;
  /** The file written, relative to the destination folder. */
  readonly output: string;
  readonly kind: UrlKind;
  /** The source file, relative to the site root. */
  readonly source: string;
  readonly lang?: string;
  readonly epochSeconds?: number;
}

export interface SiteMap {
  /** `baseurl` as the site sets it, without a trailing slash (`''` when none). */
  readonly baseurl: string;
  readonly entries: readonly SiteUrl[];
  /** Entries by output file: of files sharing one, the one Jekyll writes last (the one served). */
  readonly byOutput: ReadonlyMap<string, SiteUrl>;
}

/** `baseurl` without its trailing slashes, with a leading one (`''` when the site has none). */
export function siteBaseurl(config: SiteConfig): string {
  const raw = config.raw.baseurl;
  if (typeof raw !== 'string') return '';
  const trimmed = raw.replace(/\/+$/, '');
  return trimmed && !trimmed.startsWith('/') ? `/${trimmed}` : trimmed;
}

/**
 * A static file's URL and output (StaticFile#url and #destination), or undefined when Jekyll does
 * not write it (a file of a collection whose `output` is false). `info` is what classifyPath says
 * of a file Jekyll reads as static: a page or a collection file without front matter.
 */
export function staticFileUrl(info: SiteDocumentInfo, config: SiteConfig): { url: string; output: string } | undefined {
  const rel = info.relativePath;
  const extname = rubyExtname(rel);
  let url: string;
  if (info.kind === 'collection' && info.collection) {
    const collection = config.collections.get(info.collection);
    if (!collection?.output) return undefined;
    // cleaned_relative_path: the path below collections_dir, less its extension and trailing dots,
    // less the collection's folder (its first occurrence). classifyPath gives a collection file only
    // inside collections_dir.
    const dir = config.collectionsDir;
    const inDir = dir ? rel.slice(dir.length + 1) : rel;
    const cleaned = inDir.slice(0, inDir.length - extname.length).replace(/\.*$/, '').replace(`_${info.collection}`, '');
    const name = info.slug.replace(/\.*$/, '');
    const template = collectionUrlTemplate(info.collection, collection.permalink, config.permalink);
    // URL#generate_url_from_hash: the placeholders in order, each replaced everywhere.
    let result = template;
    for (const [key, value] of [['collection', info.collection], ['path', cleaned], ['output_ext', ''], ['name', name], ['title', '']] as const) {
      if (!result.includes(':')) break;
      result = result.split(`:${key}`).join(escapePath(value));
    }
    url = sanitizeUrl(result).replace(/\/$/, '') + extname;
  } else {
    url = `/${rel.slice(0, rel.length - extname.length).replace(/\.*$/, '')}${extname}`;
  }
  return { url, output: destinationPath(url) };
}

/**
 * When Jekyll 4.3 writes a file (Site#each_site_file; Reader#read sorts pages and static files before
 * it reads collections): pages by file name; static files by path, then those of each collection;
 * documents of each collection (posts first, then the configuration's order) by date, then path.
 * Of files sharing an output, the one written last is served.
 */
interface WriteOrder {
  /** 0 pages, 1 static files, 2 documents. */
  readonly rank: 0 | 1 | 2;
  /** The collection's place (posts 0; none -1). */
  readonly collection?: number;
  /** Documents: the date (dateless ones take the build's time: after every dated one). */
  readonly date?: number;
  /** Pages: the file name; others: the path. */
  readonly key: string;
}

/** Whether `a` is written after `b`; ties (pages of the same name: Ruby's sort_by! is not stable) keep the first. */
function writtenAfter(a: WriteOrder, b: WriteOrder): boolean {
  for (const [x, y] of [[a.rank, b.rank], [a.collection ?? -1, b.collection ?? -1], [a.date ?? Infinity, b.date ?? Infinity]] as const) {
    if (x !== y) return x > y;
  }
  return a.key > b.key;
}

/** Collections in the order Jekyll writes them: posts, then the configuration's. */
function collectionOrder(config: SiteConfig): Map<string | undefined, number> {
  const order = new Map<string | undefined, number>([['posts', 0]]);
  for (const label of config.collections.keys()) if (!order.has(label)) order.set(label, order.size);
  return order;
}

/** What the map needs of a document. */
export type MappedDocument = Pick<DocSummary, 'path' | 'kind' | 'url' | 'output' | 'written' | 'lang' | 'epochSeconds'>;

/**
 * The site map from the site's documents (verdicts summarized) and every file of the site the
 * walk found: a file no document stands for is a static file when Jekyll copies it (hosts summarize
 * Markdown and HTML files only: a `.scss` is served both as it is and as `.css`, whichever it is).
 */
export function buildSiteMap(documents: Iterable<MappedDocument>, files: Iterable<string>, config: SiteConfig): SiteMap {
  const entries: SiteUrl[] = [];
  const byOutput = new Map<string, SiteUrl>();
  const orders = new Map<SiteUrl, WriteOrder>();
  const documentPaths = new Set<string>();
  const collections = collectionOrder(config);
  const add = (entry: SiteUrl, order: WriteOrder): void => {
    entries.push(entry);
    orders.set(entry, order);
    const before = byOutput.get(entry.output);
    if (!before || writtenAfter(order, orders.get(before)!)) byOutput.set(entry.output, entry);
  };
  for (const doc of documents) {
    documentPaths.add(doc.path);
    if (!doc.written || !doc.url || !doc.output) continue;
    const kind: UrlKind = doc.kind === 'collection' ? 'document' : doc.kind;
    const entry: SiteUrl = { url: doc.url, output: doc.output, kind, source: doc.path, lang: doc.lang, epochSeconds: doc.epochSeconds };
    if (kind === 'page') add(entry, { rank: 0, key: basename(doc.path) });
    else add(entry, { rank: 2, collection: collections.get(classifyPath(doc.path, config)?.collection), date: doc.epochSeconds, key: doc.path });
  }
  for (const file of files) {
    if (documentPaths.has(file)) continue;
    const info = classifyPath(file, config);
    if (!info || (info.kind !== 'page' && info.kind !== 'collection')) continue;
    const found = staticFileUrl(info, config);
    const entry = found && { url: found.url, output: found.output, kind: 'static' as const, source: file };
    if (entry) add(entry, { rank: 1, collection: collections.get(info.collection), key: file });
    // A Sass file the host did not read may have front matter: then Jekyll writes it as CSS.
    if (found && info.kind === 'page' && /\.s[ac]ss$/i.test(file)) {
      const url = found.url.replace(/\.s[ac]ss$/i, '.css');
      add({ url, output: destinationPath(url), kind: 'page', source: file }, { rank: 0, key: basename(file) });
    }
  }
  return { baseurl: siteBaseurl(config), entries, byOutput };
}

/**
 * What a static web server (GitHub Pages, `jekyll serve`) answers for a path of the site, written
 * without `baseurl`, percent-escapes decoded: the file itself, the folder's `index.html`, or the
 * path with `.html` added.
 */
export function resolveServed(map: SiteMap, path: string): SiteUrl | undefined {
  const rel = destinationPath(path);
  if (path === '' || path.endsWith('/')) return map.byOutput.get(rel ? `${rel}/index.html` : 'index.html');
  return map.byOutput.get(rel) ?? map.byOutput.get(`${rel}/index.html`) ?? map.byOutput.get(`${rel}.html`);
}

const maps = new WeakMap<SiteDocuments, { version: number; config: SiteConfig; map: SiteMap }>();

/** The site map of a host's documents, built once per version of them (the rules, completions and preview share it). */
export function siteMapFor(documents: SiteDocuments, config: SiteConfig): SiteMap {
  const cached = maps.get(documents);
  if (cached && cached.version === documents.version && cached.config === config) return cached.map;
  const map = buildSiteMap(documents.all.values(), documents.files, config);
  maps.set(documents, { version: documents.version, config, map });
  return map;
}
