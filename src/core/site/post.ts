import { SiteConfig } from './config';
import { globToRegExp } from '../paths';
import { categoriesFromPath } from './permalink';

/** What Jekyll makes of one file of a site. */
export type DocumentKind = 'post' | 'draft' | 'collection' | 'page';

export interface SiteDocumentInfo {
  /** Path relative to the site root, with `/` separators. */
  readonly relativePath: string;
  readonly kind: DocumentKind;
  /** Collection label: `posts` for posts and drafts. */
  readonly collection?: string;
  /** Post file names: the date part as written (`2014-06-04`). */
  readonly fileDate?: string;
  /** The slug from the file name (posts: after the date; others: the base name without extension). */
  readonly slug: string;
  /** The extension, with its dot (`.md`). */
  readonly ext: string;
  /** The categories Jekyll reads from the folders above `_posts`/`_drafts` (Document#categories_from_path). */
  readonly pathCategories: readonly string[];
  /** False for a file in `_posts` whose name Jekyll's pattern rejects: Jekyll skips it silently. */
  readonly nameMatches: boolean;
  /** The path below the `_posts`/`_drafts`/collection folder. */
  readonly entry: string;
}

// Document::DATE_FILENAME_MATCHER, applied to the path below `_posts`.
const DATE_FILENAME = /^(?:.+\/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^./]+)$/;
// Document::DATELESS_FILENAME_MATCHER.
const DATELESS_FILENAME = /^(?:.+\/)*(.*)(\.[^./]+)$/;

/** Jekyll's EntryFilter#special? / #backup?: names it never reads. */
export function isSpecialName(name: string): boolean {
  return /^[._#~]/.test(name) || name.endsWith('~');
}

/**
 * EntryFilter#included?: a file or folder name that `include` lists (literally, as a prefix or as a
 * glob), which Jekyll reads even when its name is special (`.htaccess`, `_pages`).
 */
export function isIncludedName(name: string, config: SiteConfig): boolean {
  for (const pattern of config.include) {
    // A prefix of the name: `""` includes every name (Jekyll then reads `_layouts`, `.git`, excluded folders...).
    if (name.startsWith(pattern)) return true;
    if ((pattern.includes('*') || pattern.includes('?')) && globToRegExp(pattern).test(name)) return true;
  }
  return false;
}

/** A name the reader skips: special or a backup, unless `include` lists it; names ending in `.` always. */
export function isSkippedName(name: string, config: SiteConfig): boolean {
  if (name.endsWith('.')) return true;
  return isSpecialName(name) && !isIncludedName(name, config);
}

/**
 * Whether `exclude` (less `include`) keeps Jekyll from reading a path. Jekyll tests the path of each
 * folder on the way and of the file (EntryFilter#excluded?, #glob_include?): a literal entry matches
 * a path that starts with it (`docs` also skips `docs-old/` and `docsy.md`, `Gemfile` skips
 * `Gemfile-notes.md`), a glob one by File.fnmatch; a name that `include` lists is read anyway.
 */
export function isExcluded(relativePath: string, config: SiteConfig): boolean {
  const { literal, globs } = excludeMatcher(config);
  if (literal.length === 0 && globs.length === 0) return false;
  let from = 0;
  for (;;) {
    const slash = relativePath.indexOf('/', from);
    const prefix = slash === -1 ? relativePath : relativePath.slice(0, slash);
    if ((literal.some((l) => prefix.startsWith(l)) || globs.some((re) => re.test(prefix))) && !isIncludedName(prefix.slice(from), config)) return true;
    if (slash === -1) return false;
    from = slash + 1;
  }
}

/** Ruby's File.fnmatch pattern without flags: `*` and `?` match any character, `/` included. */
function fnmatchRegExp(pattern: string): RegExp {
  let out = '';
  for (const c of pattern) out += c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${out}$`, 's');
}

/** `exclude` less `include`, compiled once per configuration: literal entries and globs. */
const excludeMatchers = new WeakMap<SiteConfig, { literal: string[]; globs: RegExp[] }>();

function excludeMatcher(config: SiteConfig): { literal: string[]; globs: RegExp[] } {
  let found = excludeMatchers.get(config);
  if (!found) {
    const included = new Set(config.include);
    found = { literal: [], globs: [] };
    for (const raw of config.exclude) {
      if (included.has(raw)) continue;
      // File.join(source, entry) drops one leading slash: `/docs` is `docs`, `//w` matches nothing,
      // and `/` or `` (every path starts with it) excludes every name `include` does not list.
      const pattern = raw.replace(/^\//, '');
      // File.fnmatch? without FNM_PATHNAME, against the path from the source: `*` crosses folders.
      if (pattern.includes('*') || pattern.includes('?')) found.globs.push(fnmatchRegExp(pattern));
      // A trailing slash stays: `x/` matches the paths in folder `x`, not `xy.md` (`v//` matches none).
      else found.literal.push(pattern);
    }
    excludeMatchers.set(config, found);
  }
  return found;
}

/**
 * Reader#retrieve_posts: the posts and drafts of a folder are read only when its path from the
 * source, led by `/` (`/coll/sub`; the source itself is ``), starts with `/` and `collections_dir`
 * as written. So `collections_dir: coll/` reads coll/sub/_posts but not coll/_posts, and `/coll` or
 * `./coll` read no post at all (`jekyll build` 4.3.1), while other collections are found under
 * `coll` whatever the slashes.
 */
function readsPostsIn(folder: readonly string[], config: SiteConfig): boolean {
  const written = config.raw.collections_dir;
  if (typeof written !== 'string' || written === '') return true;
  return (folder.length ? `/${folder.join('/')}` : '').startsWith(`/${written}`);
}

/**
 * Classifies a file of a site (path relative to the site root) as Jekyll's reader would, or
 * returns undefined when Jekyll never reads it as a document (special names, `_site`, layouts...).
 * Pages are any other file; whether a page has front matter is for the caller to check.
 */
export function classifyPath(relativePath: string, config: SiteConfig): SiteDocumentInfo | undefined {
  const slashed = relativePath.includes('\\') ? relativePath.replace(/\\/g, '/') : relativePath;
  const path = slashed.startsWith('./') ? slashed.slice(2) : slashed;
  if (isExcluded(path, config)) return undefined;
  const parts = path.split('/');
  const name = parts[parts.length - 1];
  const collectionsDir = config.collectionsDir;
  const inCollectionsDir = collectionsDir ? path.startsWith(`${collectionsDir}/`) : true;
  const rest = collectionsDir && inCollectionsDir ? path.slice(collectionsDir.length + 1).split('/') : parts;

  // Posts and drafts: <dir>/_posts/** where every folder of <dir> is a readable name.
  const magicIndex = rest.findIndex((p) => p === '_posts' || p === '_drafts');
  if (inCollectionsDir && magicIndex !== -1 && rest.slice(0, magicIndex).every((p) => !isSpecialName(p))) {
    const magic = rest[magicIndex];
    const below = rest.slice(magicIndex + 1);
    const entry = below.join('/');
    if (below.length === 0 || below.some((p) => isSpecialName(p))) return undefined;
    if (!readsPostsIn(parts.slice(0, parts.length - rest.length + magicIndex), config)) return undefined;
    // Jekyll cuts at the first `_posts`/`_drafts` in the path, even inside a folder name (`my_posts/_posts/` gives `my`).
    const pathCategories = categoriesFromPath(rest.join('/'), magic);
    if (magic === '_posts') {
      const m = DATE_FILENAME.exec(entry);
      if (m) {
        return { relativePath: path, kind: 'post', collection: 'posts', fileDate: m[1], slug: m[2], ext: m[3], pathCategories, nameMatches: true, entry };
      }
      const d = DATELESS_FILENAME.exec(entry);
      return { relativePath: path, kind: 'post', collection: 'posts', slug: d ? d[1] : name, ext: d ? d[2] : '', pathCategories, nameMatches: false, entry };
    }
    const d = DATELESS_FILENAME.exec(entry);
    return { relativePath: path, kind: 'draft', collection: 'posts', slug: d ? d[1] : name, ext: d ? d[2] : '', pathCategories, nameMatches: !!d, entry };
  }

  // Other collections: <collections_dir>/_<label>/**.
  if (inCollectionsDir && rest.length > 1 && rest[0].startsWith('_')) {
    const label = rest[0].slice(1);
    if (label !== 'posts' && config.collections.has(label)) {
      const below = rest.slice(1);
      // EntryFilter#filter rejects an entry that ends with `.`: here the path below the collection, so its file name.
      if (name.endsWith('.') || below.some((p) => isSpecialName(p))) return undefined;
      const entry = below.join('/');
      const d = DATELESS_FILENAME.exec(entry);
      return { relativePath: path, kind: 'collection', collection: label, slug: d ? d[1] : name, ext: d ? d[2] : '', pathCategories: [], nameMatches: true, entry };
    }
  }

  if (parts.some((p) => isSkippedName(p, config))) return undefined;
  const d = DATELESS_FILENAME.exec(path);
  return { relativePath: path, kind: 'page', slug: d ? d[1] : name, ext: d ? d[2] : '', pathCategories: [], nameMatches: true, entry: path };
}

/** Whether a path is a Markdown file by the site's `markdown_ext`. */
export function isMarkdownPath(relativePath: string, config: SiteConfig): boolean {
  const m = /\.([^./]+)$/.exec(relativePath);
  return !!m && config.markdownExtensions.includes(m[1].toLowerCase());
}

/**
 * Document::DATE_FILENAME_MATCHER, `^(?>.+/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$`, on a
 * document's file name: its atomic group takes everything up to the last `/`, so the date must start
 * the name (`_stuff/2099-01-01-a.x/b` is not dated; jekyll build 4.3.1 dates it at build time).
 */
const DATE_FILENAME_MATCHER = /^(\d{2,4}-\d{1,2}-\d{1,2})-(.*)(\.[^.]+)$/;

/**
 * What Jekyll's Document#populate_title takes from a document's path, for posts, drafts and
 * collection documents alike (pages have neither): the date of a dated name, and the slug, after
 * the date where there is one, without its trailing dots. `_drafts/2014-06-09-notes..md` is dated
 * 2014-06-09 with the slug `notes` (jekyll build 4.3.1: `/2014/06/09/notes.html`, title "Notes").
 * `slug` is the document's name without its extension (SiteDocumentInfo.slug), for undated names.
 */
export function documentNameParts(relativePath: string, slug: string): { readonly fileDate?: string; readonly slug: string } {
  const dated = DATE_FILENAME_MATCHER.exec(relativePath.slice(relativePath.lastIndexOf('/') + 1));
  return { fileDate: dated?.[1], slug: (dated ? dated[2] : slug).replace(/\.+$/, '') };
}

/** Jekyll's Utils.titleize_slug, Ruby's `capitalize` on each word: `my-great-dotScale` → `My Great Dotscale`. */
export function titleizeSlug(slug: string): string {
  return slug
    .split('-')
    .map((word) => (word ? word[0].toUpperCase() + word.slice(1).toLowerCase() : word))
    .join(' ');
}
