import { isKnownTimeZone } from './timeZone';
import { OffsetRange } from '../text';
import { parseYamlText } from './frontMatter';
import { JekyllValue } from './scalars';
import { YamlTimestamp } from './timestamp';
import { globToRegExp } from '../paths';
import { PERMALINK_STYLES } from './permalink';
import { rubyToS } from './rubyTime';

export interface CollectionConfig {
  readonly label: string;
  readonly output: boolean;
  /** The collection's permalink template or style, if set. */
  readonly permalink?: string;
  readonly raw: Record<string, JekyllValue>;
}

export interface DefaultsSet {
  readonly path: string;
  readonly type?: string;
  readonly values: Record<string, JekyllValue>;
}

export interface ConfigProblem {
  readonly kind: 'yaml-error' | 'not-mapping' | 'invalid-defaults-set' | 'missing';
  readonly range: OffsetRange;
  readonly detail: string;
}

/** A site's `_config.yml`, read as Jekyll reads it, with Jekyll's defaults filled in. */
export interface SiteConfig {
  readonly raw: Record<string, JekyllValue>;
  /** The site `permalink` setting (a style name or a template). */
  readonly permalink: string;
  /**
   * The zone Jekyll builds in: `timezone:` when the system knows it; Jekyll sets `TZ` to any
   * string and the C library runs an unknown one as UTC, so an unknown name gives `UTC` here.
   */
  readonly timezone?: string;
  /** `timezone:` as written when it names no known zone (the site then builds in UTC). */
  readonly unknownTimezone?: string;
  readonly future: boolean;
  readonly unpublished: boolean;
  /** `show_drafts:` (any truthy value): every build writes the drafts, as `--drafts` does. */
  readonly showDrafts: boolean;
  readonly collectionsDir: string;
  readonly collections: ReadonlyMap<string, CollectionConfig>;
  readonly defaults: readonly DefaultsSet[];
  readonly exclude: readonly string[];
  readonly include: readonly string[];
  readonly excerptSeparator: string;
  readonly markdownExtensions: readonly string[];
  /** Languages declared by the site (`languages`, as jekyll-polyglot and many themes use). */
  readonly languages?: readonly string[];
  readonly defaultLang?: string;
  /** Theme gem named in the config, if any. */
  readonly theme?: string;
  readonly plugins: readonly string[];
  readonly problems: readonly ConfigProblem[];
}

const DEFAULT_EXCLUDES = ['.sass-cache', '.jekyll-cache', 'gemfiles', 'Gemfile', 'Gemfile.lock', 'node_modules', 'vendor/bundle/', 'vendor/cache/', 'vendor/gems/', 'vendor/ruby/'];

/**
 * The part of a configuration file's text that Jekyll reads, with offsets into `text`. Jekyll reads
 * `_config.yml` as it is (File.read), a byte order mark included, and libyaml takes the mark for a
 * column: a first line holding a setting starts a mapping indented by one, the first later line
 * written from column 0 ends that document, and Psych.safe_load returns the first document only. So
 * a file saved with a byte order mark keeps its first setting (and the lines indented under it) and
 * silently loses the rest (`jekyll build` 4.3.1). `ignoredFrom` is where the lost part starts.
 */
export function configTextAsPsychReadsIt(text: string): { readonly text: string; readonly ignoredFrom?: number } {
  if (text.charCodeAt(0) !== 0xfeff) return { text };
  // The mark as one column of indentation: same length, so offsets stay those of `text`.
  const spaced = ` ${text.slice(1)}`;
  const firstEnd = text.indexOf('\n');
  // Only a first line that opens a block (`key:`, `- item`) ends at a later line written from column
  // 0; a comment or a blank line opens nothing, and a plain value (`---` among them, which is no
  // document start once indented) goes on over the lines below it.
  if (firstEnd < 0 || !/^[ \t]*(-[ \t\r]|-$|[^\s#][^\n]*?:[ \t\r]|[^\s#][^\n]*?:$)/.test(spaced.slice(0, firstEnd))) return { text: spaced };
  const later = /\n(?=[^\s#])/g;
  later.lastIndex = firstEnd;
  const cut = later.exec(text);
  if (!cut) return { text: spaced };
  return { text: spaced.slice(0, cut.index + 1), ignoredFrom: cut.index + 1 };
}

/** Reads `_config.yml` text (undefined when the site has none) into a SiteConfig. Never throws. */
export function readConfig(text: string | undefined): SiteConfig {
  const problems: ConfigProblem[] = [];
  let raw: Record<string, JekyllValue> = {};
  if (text === undefined) {
    problems.push({ kind: 'missing', range: { start: 0, end: 0 }, detail: '' });
  } else {
    const read = configTextAsPsychReadsIt(text);
    const parsed = parseYamlText(read.text);
    for (const p of parsed.problems) {
      problems.push({ kind: p.kind === 'not-mapping' ? 'not-mapping' : 'yaml-error', range: p.range, detail: p.detail });
    }
    if (parsed.data) raw = parsed.data;
  }
  return configFromData(raw, problems);
}

export function configFromData(raw: Record<string, JekyllValue>, problems: ConfigProblem[] = []): SiteConfig {
  const permalinkSetting = raw.permalink;
  const permalink = typeof permalinkSetting === 'string' ? permalinkSetting : 'date'; // a nil keeps Jekyll's default; another value stops the build
  const collections = new Map<string, CollectionConfig>();
  const rawCollections = raw.collections;
  if (Array.isArray(rawCollections)) {
    for (const name of rawCollections) if (typeof name === 'string') collections.set(name, { label: name, output: false, raw: {} });
  } else if (isMap(rawCollections)) {
    for (const [label, value] of Object.entries(rawCollections)) {
      const settings = isMap(value) ? value : {};
      collections.set(label, {
        label,
        // Collection#write?: `!!metadata.fetch("output", false)`, any value but nil and false.
        output: truthy(settings.output),
        permalink: typeof settings.permalink === 'string' ? settings.permalink : undefined,
        raw: settings,
      });
    }
  }
  const posts = collections.get('posts');
  collections.set('posts', {
    label: 'posts',
    output: true,
    // configuration.rb: `collections.posts.permalink ||= style_to_permalink(permalink)` (an empty string too: Ruby's "" is true).
    permalink: posts?.permalink ?? PERMALINK_STYLES[permalink] ?? permalink,
    raw: posts?.raw ?? {},
  });

  const defaults: DefaultsSet[] = [];
  if (Array.isArray(raw.defaults)) {
    for (const set of raw.defaults) {
      if (!isMap(set) || !isMap(set.values)) {
        problems.push({ kind: 'invalid-defaults-set', range: { start: 0, end: 0 }, detail: '' });
        continue;
      }
      const scope = isMap(set.scope) ? set.scope : undefined;
      const type = scope && scope.type !== undefined && scope.type !== null ? String(scope.type) : undefined;
      defaults.push({
        path: scope && typeof scope.path === 'string' ? scope.path : '',
        type: type === 'post' ? 'posts' : type === 'page' ? 'pages' : type === 'draft' ? 'drafts' : type,
        values: set.values,
      });
    }
  }
  const include = stringList(raw.include, ['.htaccess']);
  const exclude = [...stringList(raw.exclude, []), ...DEFAULT_EXCLUDES];
  const languages = Array.isArray(raw.languages) ? raw.languages.filter((l): l is string => typeof l === 'string') : undefined;
  const markdownExt = typeof raw.markdown_ext === 'string' ? raw.markdown_ext : 'markdown,mkdown,mkdn,mkd,md';
  return {
    raw,
    permalink,
    ...siteZone(raw.timezone),
    future: truthy(raw.future),
    unpublished: truthy(raw.unpublished),
    showDrafts: truthy(raw.show_drafts),
    // Site#in_source_dir makes `/coll/`, `./coll` and `coll` one folder (posts are another matter: post.ts readsPostsIn).
    collectionsDir: typeof raw.collections_dir === 'string' ? plainCollectionsDir(raw.collections_dir) : '',
    collections,
    defaults,
    exclude,
    include,
    excerptSeparator: raw.excerpt_separator === undefined || raw.excerpt_separator === null ? '\n\n' : rubyToS(raw.excerpt_separator), // Document#excerpt_separator: `.to_s`
    markdownExtensions: markdownExt.split(',').map((e) => e.toLowerCase()).filter(Boolean), // Markdown#extname_list: not stripped
    languages: languages && languages.length > 0 ? languages : undefined,
    defaultLang: typeof raw.default_lang === 'string' ? raw.default_lang : undefined,
    theme: typeof raw.theme === 'string' && raw.theme ? raw.theme : undefined,
    plugins: stringList(raw.plugins, []).concat(stringList(raw.gems, [])),
    problems,
  };
}

/** Ruby truthiness: only false and nil are false. */
export function truthy(value: JekyllValue | undefined): boolean {
  return value !== undefined && value !== null && value !== false;
}

export function isMap(value: JekyllValue | undefined): value is Record<string, JekyllValue> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof YamlTimestamp);
}

function stringList(value: JekyllValue | undefined, fallback: string[]): string[] {
  // EntryFilter#glob_include? matches String entries only: `exclude: [2020]` excludes no folder 2020.
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string') return [value];
  return fallback;
}

// ---------------------------------------------------------------------------------------------
// Front matter defaults, with Jekyll's precedence (FrontmatterDefaults#all).

/** Jekyll's sanitize_path: one leading `/` off. */
function sanitizeScopePath(path: string): string {
  return path.startsWith('/') ? path.slice(1) : path;
}

function stripCollectionsDir(path: string, collectionsDir: string): string {
  if (!collectionsDir) return path;
  const prefix = `${collectionsDir}/`;
  return path.startsWith(prefix) ? path.slice(prefix.length) : path;
}

function appliesPath(set: DefaultsSet, relativePath: string, type: string, collectionsDir: string): boolean {
  const scopePath = set.path;
  if (!scopePath) return true;
  const path = sanitizeScopePath(relativePath);
  // A document's path is relative to collections_dir (Document#relative_path), a page's to the site.
  const under = path.startsWith(`${collectionsDir}/`);
  const inCollections = under && type !== 'pages';
  if (scopePath.includes('*')) {
    // Jekyll joins the glob to the site source: one with a leading `/` is globbed from the disk's
    // root and matches no file of the site (nor does it here: no path tested starts with `/`).
    // Jekyll globs the disk, strips collections_dir from each match and tests it as a prefix: the
    // matches that can be prefixes are this path's own ancestors (and itself), those below
    // collections_dir for a document there, the others for a page.
    const re = globToRegExp(scopePath);
    const parts = path.split('/');
    const depth = collectionsDir.split('/').length;
    const last = under && !inCollections ? depth : parts.length;
    for (let i = inCollections ? depth + 1 : 1; i <= last; i++) if (re.test(parts.slice(0, i).join('/'))) return true;
    return false;
  }
  return (inCollections ? path.slice(collectionsDir.length + 1) : path).startsWith(stripCollectionsDir(scopePath, collectionsDir));
}

function hasPrecedence(old: DefaultsSet | undefined, next: DefaultsSet): boolean {
  if (!old) return true;
  const newPath = sanitizeScopePath(next.path);
  const oldPath = sanitizeScopePath(old.path);
  if (newPath.length !== oldPath.length) return newPath.length >= oldPath.length;
  if (next.type !== undefined) return true;
  return old.type === undefined;
}

/** The defaults that apply to a document (path relative to the site root, type = collection label). */
export function defaultsFor(config: SiteConfig, relativePath: string, type: string): Record<string, JekyllValue> {
  let merged: Record<string, JekyllValue> = {};
  let oldScope: DefaultsSet | undefined;
  for (const set of config.defaults) {
    if (set.type !== undefined && set.type !== type) continue;
    if (!appliesPath(set, relativePath, type, config.collectionsDir)) continue;
    if (hasPrecedence(oldScope, set)) {
      merged = deepMerge(merged, set.values);
      oldScope = set;
    } else {
      merged = deepMerge(set.values, merged);
    }
  }
  return merged;
}

/** Jekyll's deep_merge_hashes: `over` wins, nested maps merge, a nil in `over` keeps the base value. */
export function deepMerge(base: Readonly<Record<string, JekyllValue>>, over: Readonly<Record<string, JekyllValue>>): Record<string, JekyllValue> {
  // `for...in` and Object.assign rather than Object.entries and a spread: this runs several times
  // per document.
  const out: Record<string, JekyllValue> = Object.assign({}, base);
  for (const key in over) {
    const value = over[key];
    if (value === null && Object.prototype.hasOwnProperty.call(out, key)) continue;
    const old = out[key];
    out[key] = isMap(old) && isMap(value) ? deepMerge(old, value) : value;
  }
  return out;
}

/**
 * `defaultsFor`, remembered per folder and type where that gives the same answer: when no scope path
 * is a glob or reaches below the folder (into file names), every file of the folder gets the same
 * defaults.
 */
export class DefaultsCache {
  private readonly byFolder = new Map<string, Record<string, JekyllValue>>();
  private readonly scopePaths: string[] | undefined;

  constructor(private readonly config: SiteConfig) {
    // A scope path with a leading `/` applies to no file (Jekyll matches it against paths without
    // one), and Jekyll globs only a scope path with a `*` (one with `?` alone is a plain prefix).
    const paths = config.defaults.map((set) => set.path);
    this.scopePaths = config.collectionsDir || paths.some((p) => p.includes('*')) ? undefined : paths;
  }

  get(relativePath: string, type: string): Record<string, JekyllValue> {
    const slash = relativePath.lastIndexOf('/');
    const folder = slash === -1 ? '' : relativePath.slice(0, slash);
    // The last answer given by folder serves the next file of that folder (files come folder by folder).
    const last = this.last;
    if (last && last.folder === folder && last.type === type) return last.defaults;
    // A scope path longer than `folder/` (`` at the root) that starts with it can tell its files apart.
    const prefix = folder === '' ? '' : `${folder}/`;
    if (!this.scopePaths || this.scopePaths.some((p) => p.length > prefix.length && p.startsWith(prefix))) {
      return defaultsFor(this.config, relativePath, type);
    }
    const key = `${type}\0${folder}`;
    let found = this.byFolder.get(key);
    if (!found) this.byFolder.set(key, (found = defaultsFor(this.config, relativePath, type)));
    this.last = { folder, type, defaults: found };
    return found;
  }

  private last: { readonly folder: string; readonly type: string; readonly defaults: Record<string, JekyllValue> } | undefined;
}

const defaultsCaches = new WeakMap<SiteConfig, DefaultsCache>();

/** `defaultsFor` through a cache kept per configuration: the same object for every file of a folder where that is exact. Do not mutate it. */
export function cachedDefaultsFor(config: SiteConfig, relativePath: string, type: string): Record<string, JekyllValue> {
  let cache = defaultsCaches.get(config);
  if (!cache) defaultsCaches.set(config, (cache = new DefaultsCache(config)));
  return cache.get(relativePath, type);
}

/** `timezone:` as Jekyll runs it: a known zone as is, an unknown name (the empty one too) as UTC (and remembered). */
function siteZone(value: JekyllValue | undefined): { timezone?: string; unknownTimezone?: string } {
  if (typeof value !== 'string') return {};
  return isKnownTimeZone(value) ? { timezone: value } : { timezone: 'UTC', unknownTimezone: value };
}

/** `collections_dir` as the folder it names: without leading `/` or `./` and trailing `/` (Site#in_source_dir). */
export function plainCollectionsDir(value: string): string {
  return value.replace(/^(\.?\/)+|\/+$/g, '');
}
