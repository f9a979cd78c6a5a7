/**
 * Everything a Jekyll site knows, kept current: one SiteIndex per site root. It reads the site only
 * through the host's SiteFileSystem, keeps no file text (only each document's front matter data and
 * what it adds to the site-wide counts), and updates in time proportional to the change.
 */
import { followedKind, LinkPolicy, linkPolicy, SiteFileSystem } from '../fs';
import { DocSummary, SiteDocuments, summarize } from './documents';
import { documentVerdictFromData } from './siteModel';
import { Message, msg } from '../messages';
import { basename, isInside, join, relative } from '../paths';
import { authorFromDocument, authorsDataFileRead, authorsFromData, isAuthorsDataFile } from './authors';
import { deepMerge, defaultsFor, SiteConfig, DefaultsCache, truthy } from './config';
import { decodeFrontMatterPrefix } from './frontMatterData';
import { frontMatterData } from './frontMatter';
import { documentCategories } from './permalink';
import { classifyPath, isMarkdownPath, SiteDocumentInfo } from './post';
import { JekyllValue } from './scalars';
import { AuthorInfo, jekyllTags, SiteFacts } from './siteFacts';
import { CONFIG_FILE_NAMES, SiteFile, walkSite } from './siteFiles';
import { folderSetting, isTemplatePath, templateReads } from './templateReads';

/** Files larger than this are left out of the index (one notice for all of them). */
export const MAX_INDEXED_FILE_BYTES = 5 * 1024 * 1024;

/** Folders never indexed, whatever `exclude` says (as `walkSite` skips them). */
const NEVER_INDEXED = new Set(['_site', '.jekyll-cache', '.sass-cache', '.git', 'node_modules', 'vendor', '.bundle', '.vscode-test']);

/** Extensions Jekyll reads as data files. */
const DATA_FILE = /\.(ya?ml|json|csv|tsv)$/i;

/** One post, draft, collection document or page (Markdown or HTML), as the index keeps it. */
export interface IndexedDocument {
  /** Absolute path. */
  readonly path: string;
  readonly info: SiteDocumentInfo;
  /** The file opens with a `---` line. */
  readonly hasFrontMatter: boolean;
  /** The front matter could not be read (a YAML error, an unclosed block, not a mapping). */
  readonly invalid: boolean;
  /** Effective front matter: the defaults merged under the front matter. */
  readonly data: Readonly<Record<string, JekyllValue>>;
  /** Keys the file itself writes. */
  readonly ownKeys: readonly string[];
  /** The front matter as written (before defaults). */
  readonly own: Readonly<Record<string, JekyllValue>>;
  /** Tags as Jekyll reads them, each once. */
  readonly tags: readonly string[];
  /** Categories as Jekyll reads them (path categories included), each once. */
  readonly categories: readonly string[];
  readonly lang?: string;
  /** The document's own `permalink` with its language, slug and date replaced by `:lang`, `:slug`, `:year`... */
  readonly permalinkShape?: string;
}

/** What the index knows beyond SiteFacts, for completions, hovers and navigation. */
export interface SiteKnowledge extends SiteFacts {
  /** Absolute path of the site root. */
  readonly root?: string;
  /** Layout name → its file, relative to the site root. */
  readonly layoutFiles?: ReadonlyMap<string, string>;
  /** Top-level `site.data` keys → the file or folder, relative to the site root. */
  readonly dataFiles?: ReadonlyMap<string, string>;
  /** Shapes of the permalinks posts write (see IndexedDocument.permalinkShape), with counts. */
  readonly permalinkShapes?: ReadonlyMap<string, number>;
  /** Posts that write a permalink. */
  readonly postsWithPermalink?: number;
}

export interface SiteIndexOptions {
  /** Largest file indexed; 5 MB by default. */
  readonly maxFileBytes?: number;
  /** How many files are read at once. */
  readonly concurrency?: number;
}

export interface BuildProgress {
  readonly done: number;
  readonly total: number;
}

/** What an update changed, for the host to react to. */
export interface IndexChange {
  /** `_config.yml` changed: the host must rebuild the index with the new configuration. */
  readonly configChanged: boolean;
  /** Some indexed fact changed. */
  readonly changed: boolean;
}

const NO_CHANGE: IndexChange = { configChanged: false, changed: false };
const CHANGED: IndexChange = { configChanged: false, changed: true };

function bump(map: Map<string, number>, key: string, by: number): void {
  const next = (map.get(key) ?? 0) + by;
  if (next > 0) map.set(key, next);
  else map.delete(key);
}

/** Runs `work` on every item with at most `concurrency` at once (file reads overlap; the order of completion is free). */
export async function runPool<T>(items: readonly T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
}

/** The index of one Jekyll site. Build it with `SiteIndex.build`, keep it current with `update`. */
export class SiteIndex implements SiteKnowledge {
  private readonly docs = new Map<string, IndexedDocument>();
  private readonly overlays = new Set<string>();
  private readonly tagCounts = new Map<string, number>();
  private readonly categoryCounts = new Map<string, number>();
  private readonly languageCounts = new Map<string, number>();
  /** How the walks of `_layouts/` and `_data/` treat symbolic links (worked out on first use). */
  private links?: LinkPolicy;
  /** templateReads' answer, kept current as layouts, includes, plugins and root files change. */
  private templateKeySet?: ReadonlySet<string>;
  private readonly keyCounts = new Map<string, number>();
  private readonly shapeCounts = new Map<string, number>();
  private readonly authorDocs = new Map<string, AuthorInfo>();
  private readonly dataAuthors = new Map<string, AuthorInfo[]>();
  private readonly layoutMap = new Map<string, string>();
  private readonly dataMap = new Map<string, Set<string>>();
  private readonly skippedFiles = new Set<string>();
  /** Every file of the site the walk saw, relative to the root (pages and static files too): for `{% link %}`. */
  private readonly allFiles = new Set<string>();
  private readonly summaries = new Map<string, DocSummary>();
  /** Documents whose summary is still to compute (see siteDocuments). */
  private readonly unsummarized = new Set<string>();
  /** One object, its version bumped on change, so per-version indexes (documentIndexes) stay cached. */
  private readonly documentsView: { version: number; all: Map<string, DocSummary>; files: Set<string> } = { version: 0, all: this.summaries, files: this.allFiles };
  private mergedAuthors: Map<string, AuthorInfo> | undefined;
  private hasLayoutsDir = false;
  private posts = 0;
  private withLang = 0;
  private withPermalink = 0;
  private style = { list: 0, string: 0 };
  private slash = { slash: 0, noSlash: 0 };
  private changes = 0;
  private readonly maxFileBytes: number;
  private readonly concurrency: number;
  private readonly defaultsCache: DefaultsCache;

  constructor(
    readonly fs: SiteFileSystem,
    /** Absolute path of the site root. */
    readonly root: string,
    readonly config: SiteConfig,
    options: SiteIndexOptions = {},
  ) {
    this.maxFileBytes = options.maxFileBytes ?? MAX_INDEXED_FILE_BYTES;
    this.concurrency = options.concurrency ?? 32;
    this.defaultsCache = new DefaultsCache(config);
  }

  /** Builds the index of a site from its files. */
  static async build(fs: SiteFileSystem, root: string, config: SiteConfig, options: SiteIndexOptions = {}, onProgress?: (progress: BuildProgress) => void): Promise<SiteIndex> {
    const index = new SiteIndex(fs, root, config, options);
    await index.load(onProgress);
    return index;
  }

  // ---- SiteFacts --------------------------------------------------------------------------------

  get postCount(): number {
    return this.posts;
  }
  get tags(): ReadonlyMap<string, number> {
    return this.tagCounts;
  }
  get categories(): ReadonlyMap<string, number> {
    return this.categoryCounts;
  }
  get languages(): ReadonlyMap<string, number> {
    return this.languageCounts;
  }
  get postsWithLang(): number {
    return this.withLang;
  }
  get keys(): ReadonlyMap<string, number> {
    return this.keyCounts;
  }
  get authorsStyle(): { readonly list: number; readonly string: number } {
    return this.style;
  }
  get trailingSlash(): { readonly slash: number; readonly noSlash: number } {
    return this.slash;
  }
  get hasAuthorRegistry(): boolean {
    return this.config.collections.has('authors') || this.dataAuthors.size > 0;
  }
  get templateKeys(): ReadonlySet<string> | undefined {
    return this.templateKeySet;
  }
  get layouts(): ReadonlySet<string> | undefined {
    return this.hasLayoutsDir || this.layoutMap.size > 0 ? new Set(this.layoutMap.keys()) : undefined;
  }
  get layoutFiles(): ReadonlyMap<string, string> {
    return this.layoutMap;
  }
  get dataFiles(): ReadonlyMap<string, string> {
    const out = new Map<string, string>();
    for (const [key, files] of this.dataMap) out.set(key, [...files].sort()[0]);
    return out;
  }
  /** Top-level `site.data` keys. */
  get dataKeys(): ReadonlySet<string> {
    return new Set(this.dataMap.keys());
  }
  get permalinkShapes(): ReadonlyMap<string, number> {
    return this.shapeCounts;
  }
  get postsWithPermalink(): number {
    return this.withPermalink;
  }
  /** Authors by login: `_authors/` documents first, then the `_data/authors.*` file Jekyll reads (its entries fill what a document leaves out). */
  get authors(): ReadonlyMap<string, AuthorInfo> {
    if (!this.mergedAuthors) {
      const merged = new Map<string, AuthorInfo>();
      for (const author of this.authorDocs.values()) if (!merged.has(author.login)) merged.set(author.login, author);
      // Of several `_data/authors.*` files, Jekyll keeps one whole (authorsDataFileRead).
      const file = authorsDataFileRead(this.dataAuthors.keys());
      for (const author of file === undefined ? [] : this.dataAuthors.get(file)!) {
        const known = merged.get(author.login);
        merged.set(author.login, known ? { ...author, ...stripUndefined(known), links: { ...author.links, ...known.links } } : author);
      }
      this.mergedAuthors = merged;
    }
    return this.mergedAuthors;
  }

  // ---- Reading ----------------------------------------------------------------------------------

  /** Bumped on every change: lets callers cache what they derive from the index. */
  get version(): number {
    return this.changes;
  }

  /** Every indexed document. */
  /**
   * Every document's URL, output and translation keys, for the rules that compare documents.
   * Computed on first use after a change, for the changed documents only: building the index does
   * not pay for URLs nobody asked for.
   */
  get siteDocuments(): SiteDocuments {
    if (this.unsummarized.size > 0) {
      const model = { now: new Date(), drafts: false, machineZone: machineZone() };
      for (const path of this.unsummarized) {
        const doc = this.docs.get(path);
        if (!doc || doc.invalid) continue;
        const verdict = documentVerdictFromData(doc.info, doc.hasFrontMatter, doc.own, this.config, model, undefined, doc.data);
        if (verdict) this.summaries.set(doc.info.relativePath, summarize(verdict));
      }
      this.unsummarized.clear();
    }
    return this.documentsView;
  }

  documents(): IterableIterator<IndexedDocument> {
    return this.docs.values();
  }

  document(path: string): IndexedDocument | undefined {
    return this.docs.get(path);
  }

  /** Files left out because they are too large, relative to the root. */
  get skipped(): readonly string[] {
    return [...this.skippedFiles].sort();
  }

  /** What the index has to tell the user: one message for all the files it skipped. */
  notices(): Message[] {
    const skipped = this.skipped;
    if (skipped.length === 0) return [];
    const mb = Math.round(this.maxFileBytes / (1024 * 1024));
    return [skipped.length === 1 ? msg('The site index skipped {0}: it is larger than {1} MB.', skipped[0], mb) : msg('The site index skipped {0} files larger than {1} MB, such as {2}.', skipped.length, mb, skipped[0])];
  }

  // ---- Building ---------------------------------------------------------------------------------

  private async load(onProgress?: (progress: BuildProgress) => void): Promise<void> {
    // Workers read documents as the walk finds them.
    const queue: { path: string; info: SiteDocumentInfo }[] = [];
    let walking = true;
    let waiting: (() => void)[] = [];
    const wake = (): void => {
      const all = waiting;
      waiting = [];
      for (const resolve of all) resolve();
    };
    let done = 0;
    let lastReport = 0;
    // Files are read as the walk finds them (their size is checked on the bytes read).
    const enqueue = ({ path, info }: SiteFile): void => {
      this.allFiles.add(info.relativePath);
      if (info.kind === 'page' && !this.isIndexedPage(info.relativePath)) return;
      queue.push({ path, info });
      wake();
    };
    const worker = async (): Promise<void> => {
      for (;;) {
        const file = queue.pop();
        if (!file) {
          if (!walking) return;
          await new Promise<void>((resolve) => waiting.push(resolve));
          continue;
        }
        if (!this.overlays.has(file.path)) {
          const bytes = await this.fs.readFile(file.path);
          if (bytes && bytes.length > this.maxFileBytes) this.skippedFiles.add(file.info.relativePath);
          else if (bytes && !this.overlays.has(file.path)) this.putDocument(file.path, file.info, decodeFrontMatterPrefix(bytes) ?? '');
        }
        done++;
        if (onProgress && (done - lastReport >= 100 || (!walking && queue.length === 0))) {
          lastReport = done;
          onProgress({ done, total: done + queue.length });
        }
      }
    };
    const workers = Array.from({ length: this.concurrency }, worker);
    await Promise.all([walkSite(this.fs, this.root, this.config, this.root, enqueue), this.loadLayouts(), this.loadData(), this.loadTemplateKeys()]);
    walking = false;
    wake();
    await Promise.all(workers);
    onProgress?.({ done, total: done });
  }

  private get layoutsDir(): string {
    return folderSetting(this.config.raw.layouts_dir, '_layouts');
  }

  private get dataDir(): string {
    return folderSetting(this.config.raw.data_dir, '_data');
  }

  private async loadTemplateKeys(): Promise<boolean> {
    const links = (this.links ??= await linkPolicy(this.fs, this.root, truthy(this.config.raw.safe)));
    const found = await templateReads(this.fs, this.root, this.config, links);
    const changed = !this.templateKeySet || found.size !== this.templateKeySet.size || [...found].some((k) => !this.templateKeySet!.has(k));
    this.templateKeySet = found;
    return changed;
  }

  private async loadLayouts(): Promise<void> {
    const dir = join(this.root, this.layoutsDir);
    const found = await this.listFiles(dir);
    if (found === undefined) return;
    this.hasLayoutsDir = true;
    for (const path of found) this.putLayout(relative(this.root, path), true);
  }

  private async loadData(): Promise<void> {
    const dir = join(this.root, this.dataDir);
    const found = await this.listFiles(dir);
    if (found === undefined) return;
    await runPool(found, this.concurrency, async (path) => {
      const rel = relative(this.root, path);
      if (!DATA_FILE.test(rel)) return;
      let text: string | undefined;
      if (isAuthorsDataFile(basename(rel)) && relative(this.dataDir, rel) === basename(rel)) {
        const bytes = await this.fs.readFile(path);
        if (bytes && bytes.length <= this.maxFileBytes) text = new TextDecoder().decode(bytes);
      }
      this.putDataFile(rel, text ?? '');
    });
  }

  /** Every file under a folder (recursively), or undefined when the folder cannot be read. */
  private async listFiles(dir: string, depth = 0): Promise<string[] | undefined> {
    const entries = await this.fs.readDirectory(dir);
    if (!entries) return undefined;
    const links = (this.links ??= await linkPolicy(this.fs, this.root, truthy(this.config.raw.safe)));
    const out: string[] = [];
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      const kind = followedKind(e, links);
      if (kind === 'file') out.push(path);
      else if (kind === 'directory' && depth < 16) out.push(...((await this.listFiles(path, depth + 1)) ?? []));
    }
    return out;
  }

  // ---- Updating ---------------------------------------------------------------------------------

  /**
   * A file changed on disk: `text` is its new content, undefined when it was deleted (a rename is a
   * delete and an add). Ignored while an editor overrides the file (see setOverlay). For a deleted
   * folder, everything indexed under it goes.
   */
  update(path: string, text: string | undefined): IndexChange {
    if (this.overlays.has(path)) return NO_CHANGE;
    return this.apply(path, text);
  }

  /** An editor holds unsaved text for a file: it counts instead of the disk until removeOverlay. */
  setOverlay(path: string, text: string): IndexChange {
    if (!isInside(path, this.root)) return NO_CHANGE;
    this.overlays.add(path);
    return this.apply(path, text);
  }

  /** The editor no longer overrides the file (saved or closed): reads it from disk again. */
  async removeOverlay(path: string): Promise<IndexChange> {
    if (!this.overlays.delete(path)) return NO_CHANGE;
    return this.refresh(path);
  }

  /** Re-reads a path from disk: a file, a folder (added or removed as a whole) or a deleted path. */
  async refresh(path: string): Promise<IndexChange> {
    if (!isInside(path, this.root) || this.overlays.has(path)) return NO_CHANGE;
    const rel = relative(this.root, path);
    if (CONFIG_FILE_NAMES.includes(rel)) return { configChanged: true, changed: false };
    // A template starting or ceasing to read `date_gmt` changes what rules say of every post.
    const templatesChanged = isTemplatePath(rel, this.config) && (await this.loadTemplateKeys());
    const change = await this.refreshPath(path, rel);
    return templatesChanged && !change.changed ? CHANGED : change;
  }

  private async refreshPath(path: string, rel: string): Promise<IndexChange> {
    const stat = await this.fs.stat(path);
    if (!stat) return this.apply(path, undefined);
    if (stat.kind === 'directory') {
      if (this.isIgnored(rel)) return NO_CHANGE;
      const found = await this.listFiles(path);
      let changed = false;
      await runPool(found ?? [], this.concurrency, async (file) => {
        if ((await this.refresh(file)).changed) changed = true;
      });
      return changed ? CHANGED : NO_CHANGE;
    }
    if (stat.kind !== 'file') return NO_CHANGE;
    const kind = this.kindOf(rel);
    // A file no document stands for is still one the site serves (a static file): nothing to read.
    if (kind === undefined) return this.apply(path, '');
    if (kind === 'layout') return this.apply(path, '');
    if (stat.size > this.maxFileBytes) {
      const removed = this.apply(path, undefined);
      this.skippedFiles.add(rel);
      return removed;
    }
    if (kind === 'data' && !this.isAuthorsData(rel)) return this.apply(path, '');
    const bytes = await this.fs.readFile(path);
    if (this.overlays.has(path)) return NO_CHANGE;
    if (!bytes) return this.apply(path, undefined);
    return this.apply(path, kind === 'document' ? decodeFrontMatterPrefix(bytes) ?? '' : new TextDecoder().decode(bytes));
  }

  /** Re-reads many paths (a burst of file events) as one batch. */
  async refreshAll(paths: Iterable<string>): Promise<IndexChange> {
    let configChanged = false;
    let changed = false;
    await runPool([...new Set(paths)], this.concurrency, async (path) => {
      const change = await this.refresh(path);
      configChanged ||= change.configChanged;
      changed ||= change.changed;
    });
    return { configChanged, changed };
  }

  private isIgnored(rel: string): boolean {
    return rel.split('/').some((part) => NEVER_INDEXED.has(part));
  }

  private isAuthorsData(rel: string): boolean {
    return isAuthorsDataFile(basename(rel)) && rel === join(this.dataDir, basename(rel));
  }

  private kindOf(rel: string): 'layout' | 'data' | 'document' | undefined {
    if (this.isIgnored(rel)) return undefined;
    if (isInside(rel, this.layoutsDir)) return 'layout';
    if (isInside(rel, this.dataDir)) return DATA_FILE.test(rel) ? 'data' : undefined;
    const info = classifyPath(rel, this.config);
    return info && (info.kind !== 'page' || this.isIndexedPage(rel)) ? 'document' : undefined;
  }

  /**
   * Pages the index reads (Markdown and HTML, as the CLI does): their URL and title belong in the
   * site map. They add nothing to the site's tags, categories, languages or post counts.
   */
  private isIndexedPage(rel: string): boolean {
    return isMarkdownPath(rel, this.config) || /\.html?$/i.test(rel);
  }

  private apply(path: string, text: string | undefined): IndexChange {
    const rel = relative(this.root, path);
    if (rel.startsWith('..')) return NO_CHANGE;
    if (CONFIG_FILE_NAMES.includes(rel)) return { configChanged: true, changed: false };
    this.skippedFiles.delete(rel); // gone, or read now (shrunk under the limit, or the editor's text): no longer skipped
    let filesChanged = false;
    if (!this.isIgnored(rel)) {
      if (text === undefined) {
        if (this.allFiles.delete(rel)) filesChanged = true;
      } else if (!this.allFiles.has(rel)) {
        this.allFiles.add(rel);
        filesChanged = true;
      }
      if (filesChanged) this.documentsView.version++;
    }
    const kind = this.kindOf(rel);
    if (text === undefined && !this.docs.has(path) && !this.layoutMap.has(this.layoutName(rel)) && !this.dataMap.get(this.dataKey(rel))?.has(rel)) {
      const removed = this.removeUnder(path); // a deleted folder, or a file the index never held
      return filesChanged ? CHANGED : removed;
    }
    // A static file (an image, a PDF) changes the site's URLs only.
    if (kind === undefined) return filesChanged ? CHANGED : NO_CHANGE;
    this.changes++;
    if (kind === 'layout') this.putLayout(rel, text !== undefined);
    else if (kind === 'data') {
      if (text === undefined) this.removeDataFile(rel);
      else this.putDataFile(rel, text);
    } else if (text === undefined) this.removeDocument(path);
    else this.putDocument(path, classifyPath(rel, this.config)!, text);
    return CHANGED;
  }

  /** A deleted folder: drops everything indexed under it. */
  private removeUnder(path: string): IndexChange {
    const prefix = `${path}/`;
    let changed = false;
    for (const docPath of [...this.docs.keys()]) if (docPath.startsWith(prefix)) {
      this.removeDocument(docPath);
      changed = true;
    }
    const rel = relative(this.root, path);
    const relPrefix = `${rel}/`;
    for (const [name, file] of [...this.layoutMap]) if (file.startsWith(relPrefix)) {
      this.layoutMap.delete(name);
      changed = true;
    }
    for (const files of this.dataMap.values()) for (const file of [...files]) if (file.startsWith(relPrefix)) {
      this.removeDataFile(file);
      changed = true;
    }
    for (const file of [...this.skippedFiles]) if (file.startsWith(relPrefix)) this.skippedFiles.delete(file);
    let filesGone = false;
    for (const file of [...this.allFiles]) if (file.startsWith(relPrefix)) filesGone = this.allFiles.delete(file);
    if (filesGone) {
      this.documentsView.version++;
      changed = true;
    }
    if (changed) this.changes++;
    return changed ? CHANGED : NO_CHANGE;
  }

  private layoutName(rel: string): string {
    return relative(this.layoutsDir, rel).replace(/\.[^./]+$/, '');
  }

  private putLayout(rel: string, exists: boolean): void {
    const name = this.layoutName(rel);
    if (exists) this.layoutMap.set(name, rel);
    else if (this.layoutMap.get(name) === rel) this.layoutMap.delete(name);
  }

  private dataKey(rel: string): string {
    const inside = relative(this.dataDir, rel);
    const first = inside.split('/')[0];
    return inside.includes('/') ? first : first.replace(DATA_FILE, '');
  }

  private putDataFile(rel: string, text: string): void {
    const key = this.dataKey(rel);
    let files = this.dataMap.get(key);
    if (!files) this.dataMap.set(key, (files = new Set()));
    files.add(rel);
    if (this.isAuthorsData(rel)) {
      this.dataAuthors.set(rel, authorsFromData(rel, text));
      this.mergedAuthors = undefined;
    }
  }

  private removeDataFile(rel: string): void {
    const key = this.dataKey(rel);
    const files = this.dataMap.get(key);
    files?.delete(rel);
    if (files?.size === 0) this.dataMap.delete(key);
    if (this.dataAuthors.delete(rel)) this.mergedAuthors = undefined;
  }

  private putDocument(path: string, info: SiteDocumentInfo, text: string): void {
    this.removeDocument(path);
    const doc = readDocument(path, info, text, this.config, this.defaultsCache);
    this.docs.set(path, doc);
    this.count(doc, 1);
    this.unsummarized.add(path);
    this.documentsView.version++;
  }

  private removeDocument(path: string): void {
    const old = this.docs.get(path);
    if (!old) return;
    this.docs.delete(path);
    this.count(old, -1);
    this.summaries.delete(old.info.relativePath);
    this.unsummarized.delete(path);
    this.documentsView.version++;
  }

  private count(doc: IndexedDocument, sign: 1 | -1): void {
    // An _authors file without front matter is a static file: not in site.authors.
    if (doc.info.collection === 'authors' && doc.info.kind === 'collection' && doc.hasFrontMatter) {
      if (sign > 0) this.authorDocs.set(doc.path, authorFromDocument(doc.info.relativePath, doc.info.slug, doc.data));
      else this.authorDocs.delete(doc.path);
      this.mergedAuthors = undefined;
    }
    // Language versions kept in a collection of their own (`_cn/` with `lang: zh`) are the site's languages too.
    if (doc.info.kind === 'collection' && doc.lang !== undefined && doc.info.collection !== 'authors') bump(this.languageCounts, doc.lang, sign);
    if (doc.info.kind !== 'post' && doc.info.kind !== 'draft') return;
    this.posts += sign;
    for (const tag of doc.tags) bump(this.tagCounts, tag, sign);
    for (const category of doc.categories) bump(this.categoryCounts, category, sign);
    if (doc.lang !== undefined) {
      bump(this.languageCounts, doc.lang, sign);
      this.withLang += sign;
    }
    for (const key of doc.ownKeys) bump(this.keyCounts, key, sign);
    const authors = doc.data.authors;
    if (Array.isArray(authors)) this.style = { ...this.style, list: this.style.list + sign };
    else if (typeof authors === 'string') this.style = { ...this.style, string: this.style.string + sign };
    const permalink = doc.data.permalink;
    if (typeof permalink === 'string' && permalink !== '') {
      this.withPermalink += sign;
      if (permalink.endsWith('/')) this.slash = { ...this.slash, slash: this.slash.slash + sign };
      else this.slash = { ...this.slash, noSlash: this.slash.noSlash + sign };
    }
    if (doc.permalinkShape !== undefined) bump(this.shapeCounts, doc.permalinkShape, sign);
  }
}

/** The zone Jekyll runs in when a site sets none: this machine's. */
function machineZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}


/** What the index keeps of one document, from its text (or just the front matter part of it). */
export function readDocument(path: string, info: SiteDocumentInfo, text: string, config: SiteConfig, defaultsCache?: DefaultsCache): IndexedDocument {
  const fm = frontMatterData(text);
  const own = fm.data ?? {};
  const type = info.collection ?? 'pages';
  const defaults = defaultsCache ? defaultsCache.get(info.relativePath, type) : defaultsFor(config, info.relativePath, type);
  // effectiveFrontMatter (lint.ts) is exactly this merge; the defaults are computed once per folder here.
  const effective = deepMerge(defaults, own);
  const categories = info.kind === 'post' || info.kind === 'draft' ? documentCategories(info.pathCategories, [defaults, own]) : [];
  const lang = typeof effective.lang === 'string' && effective.lang !== '' ? effective.lang : undefined;
  const permalink = typeof own.permalink === 'string' ? own.permalink : undefined;
  return {
    path,
    info,
    hasFrontMatter: fm.opened,
    invalid: fm.opened && fm.data === undefined,
    data: effective,
    ownKeys: Object.keys(own),
    own,
    tags: [...new Set(jekyllTags(effective))],
    categories,
    lang,
    permalinkShape: permalink === undefined ? undefined : permalinkShape(permalink, { lang, slug: info.slug, fileDate: info.fileDate }),
  };
}

/** Date parts of a post file name (`2014-6-4` → 2014, 06, 04). */
export function fileDateParts(fileDate: string | undefined): { year: string; month: string; day: string } | undefined {
  const m = fileDate ? /^(\d{2,4})-(\d{1,2})-(\d{1,2})$/.exec(fileDate) : null;
  return m ? { year: m[1], month: m[2].padStart(2, '0'), day: m[3].padStart(2, '0') } : undefined;
}

/**
 * A permalink's shape: the segments that are the document's language, slug or file date replaced by
 * `:lang`, `:slug`, `:year`, `:month`, `:day` (`/fr/retours/` → `/:lang/:slug/`).
 */
export function permalinkShape(permalink: string, doc: { lang?: string; slug: string; fileDate?: string }): string {
  const date = fileDateParts(doc.fileDate);
  return permalink
    .split('/')
    .map((segment) => {
      // What /^(.*?)(\.html?)?$/ finds: the segment, less a final `.html` or `.htm`.
      const ext = segment.endsWith('.html') ? '.html' : segment.endsWith('.htm') ? '.htm' : '';
      const stem = ext ? segment.slice(0, -ext.length) : segment;
      if (stem === '') return segment;
      if (stem === doc.lang) return `:lang${ext}`;
      if (stem === doc.slug) return `:slug${ext}`;
      if (date && stem === date.year) return `:year${ext}`;
      if (date && stem === date.month) return `:month${ext}`;
      if (date && stem === date.day) return `:day${ext}`;
      return segment;
    })
    .join('/');
}

/** Fills a permalink shape for a document, or undefined when it lacks a value the shape needs. */
export function applyPermalinkShape(shape: string, doc: { lang?: string; slug: string; fileDate?: string }): string | undefined {
  const date = fileDateParts(doc.fileDate);
  const values: Record<string, string | undefined> = { lang: doc.lang, slug: doc.slug, year: date?.year, month: date?.month, day: date?.day };
  let missing = false;
  const out = shape.replace(/:(lang|slug|year|month|day)\b/g, (_, key: string) => {
    const v = values[key];
    if (v === undefined) missing = true;
    return v ?? '';
  });
  return missing ? undefined : out;
}
