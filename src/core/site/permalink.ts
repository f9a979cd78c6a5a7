/**
 * A document's URL and output path, exactly as Jekyll 4.3.1 computes them (url.rb,
 * drops/url_drop.rb, document.rb, page.rb, renderer.rb#output_ext, configuration.rb's permalink
 * styles). Pure: everything it needs comes in through `PermalinkInput`.
 *
 * Jekyll 4.3 has five built-in styles (`date`, `pretty`, `ordinal`, `weekdate`, `none`); there is no
 * `simple` style (it is read as the literal template `simple`).
 */
import type { JekyllValue } from './scalars';
import { rubyDowncase, slugify } from './slugify';
import { strftime } from './strftime';
import { rubyToS } from './rubyTime';

/** configuration.rb STYLE_TO_PERMALINK. */
export const PERMALINK_STYLES: Readonly<Record<string, string>> = {
  none: '/:categories/:title:output_ext',
  date: '/:categories/:year/:month/:day/:title:output_ext',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
};

export type PermalinkDocumentKind = 'post' | 'draft' | 'collection' | 'page';

/**
 * Everything Jekyll looks at to place one document.
 *
 * Paths use `/`. For collection documents (posts and drafts included) Jekyll works with the path
 * relative to `collections_dir`; pass the path relative to the site source and `collectionsDir`.
 */
export interface PermalinkInput {
  readonly kind: PermalinkDocumentKind;
  /** Path relative to the site source: `fr/_posts/2014-06-04-x.md`, `_drafts/x.md`, `_recipes/a/b.md`, `about/index.md`. */
  readonly relativePath: string;
  /** The collection label (`posts` for posts and drafts); ignored for pages. */
  readonly collection?: string;
  /** The site's `collections_dir` as `SiteConfig.collectionsDir` reads it: no leading or trailing slash, '' when unset. Documents are under it. */
  readonly collectionsDir?: string;
  /**
   * The document's effective data: front matter deep-merged over the defaults that apply to it.
   * Read here: `permalink`, `slug`, `categories`, `category`.
   */
  readonly data: Readonly<Record<string, JekyllValue>>;
  /** The site's `permalink` setting as written (`date` when unset). */
  readonly sitePermalink: string;
  /**
   * The collection's own `permalink` as written in `collections:` (undefined when it sets none).
   * For posts, Jekyll uses the site style (converted to its template) when this is unset.
   */
  readonly collectionPermalink?: string;
  /** The document's date (what Jekyll ends with), as epoch seconds; ignored for pages. */
  readonly epochSeconds: number;
  /** The site zone the date is shown in (`timezone:` or the machine zone; UTC when neither). */
  readonly timezone: string;
  /** The site's `markdown_ext` list (default `markdown,mkdown,mkdn,mkd,md`), to find the output extension. */
  readonly markdownExtensions?: readonly string[];
  /** Path categories of a post or draft (folders above `_posts`/`_drafts`); computed from the path when omitted. */
  readonly pathCategories?: readonly string[];
  /**
   * The data layers in Jekyll's merge order (the defaults that apply, then the front matter), when
   * known: categories set by defaults survive front matter categories (Jekyll unites them). When
   * omitted, `data` is the only layer.
   */
  readonly layers?: readonly Readonly<Record<string, JekyllValue>>[];
}

export type PermalinkResult =
  | {
      readonly ok: true;
      /** `page.url` as Jekyll gives it (escaped, leading slash). */
      readonly url: string;
      /** The file Jekyll writes, relative to the destination (`_site`), unescaped: `fr/2014/06/04/x.html`. */
      readonly outputPath: string;
      /** The template the URL came from (the permalink when the document sets one). */
      readonly template: string;
      readonly outputExt: string;
    }
  | {
      readonly ok: false;
      /**
       * `unknown-placeholder`: Jekyll's fatal "The URL template doesn't have KEY keys. Check your permalink template!";
       * `invalid-value`: a value Jekyll crashes on (a non-string `slug` or `permalink`, an escaped value Addressable refuses).
       */
      readonly error: 'unknown-placeholder' | 'invalid-value';
      readonly key?: string;
      readonly message: string;
    };

const DEFAULT_MARKDOWN = ['markdown', 'mkdown', 'mkdn', 'mkd', 'md'];

/** Ruby's File.extname (Ruby >= 2.7: `foo.` gives `.`; dot files have none). */
export function rubyExtname(path: string): string {
  // Leading dots start no extension: the last dot after them does.
  const base = path.slice(path.lastIndexOf('/') + 1).replace(/^\.+/, '');
  const dot = base.lastIndexOf('.');
  return dot === -1 ? '' : base.slice(dot);
}

/** Ruby's File.basename(path, '.*'). */
export function basenameWithoutExt(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const ext = rubyExtname(base);
  return ext ? base.slice(0, -ext.length) : base;
}

/**
 * The converters' output extension for a source extension as rubyExtname gives it (`''` or starting
 * with its dot): Markdown -> .html, Sass -> .css, else unchanged.
 */
export function converterOutputExt(ext: string, markdownExtensions: readonly string[] = DEFAULT_MARKDOWN): string {
  const bare = ext.slice(1).toLowerCase();
  if (bare && markdownExtensions.includes(bare)) return '.html';
  if (bare === 'scss' || bare === 'sass') return '.css';
  return ext;
}

/** Renderer#output_ext: the extension of the document's own permalink when it has one, else the converter's. */
export function outputExtFor(ext: string, permalink: JekyllValue | undefined, markdownExtensions?: readonly string[]): string {
  // An empty permalink has no extension either.
  if (typeof permalink === 'string' && !permalink.endsWith('/')) {
    const e = rubyExtname(permalink);
    if (e) return e;
  }
  return converterOutputExt(ext, markdownExtensions);
}

/** Utils.add_permalink_suffix. */
export function addPermalinkSuffix(template: string, style: string): string {
  if (style === 'pretty') return template + '/';
  if (style === 'date' || style === 'ordinal' || style === 'none') return template + ':output_ext';
  let out = template;
  if (style.endsWith('/')) out += '/';
  if (style.endsWith(':output_ext')) out += ':output_ext';
  return out;
}

/** The URL template of a collection (Collection#url_template, with configuration.rb's style for posts). */
export function collectionUrlTemplate(label: string, collectionPermalink: string | undefined, sitePermalink: string): string {
  if (collectionPermalink !== undefined) return collectionPermalink;
  if (label === 'posts') return PERMALINK_STYLES[sitePermalink] ?? sitePermalink;
  return addPermalinkSuffix('/:collection/:path', sitePermalink);
}

/** Page#template. */
export function pageUrlTemplate(basename: string, outputExt: string, sitePermalink: string): string {
  if (!['.html', '.xhtml', '.htm'].includes(outputExt)) return '/:path/:basename:output_ext';
  if (basename === 'index') return '/:path/';
  return addPermalinkSuffix('/:path/:basename', sitePermalink);
}

// ---------------------------------------------------------------------------------------------
// URL.escape_path: Addressable::URI.encode(path) (addressable 2.8.1), then the first `#` -> %23.

const UNRESERVED = 'a-zA-Z0-9\\-._~';
const SUB_DELIMS = "!$&'()*+,;=";
// None of the sub-delims is special in a character class.
const PCHAR = UNRESERVED + SUB_DELIMS + ':@';
const CLASSES = {
  authority: new RegExp(`[^${PCHAR}\\[\\]]`, 'gu'),
  path: new RegExp(`[^${PCHAR}/]`, 'gu'),
  query: new RegExp(`[^${PCHAR}/?]`, 'gu'),
  fragment: new RegExp(`[^${PCHAR}/?]`, 'gu'),
};
const URIREGEX = /^(([^:/?#]+):)?(\/\/([^/?#]*))?([^?#]*)(\?([^#]*))?(#(.*))?$/su;

function percentEncode(ch: string): string {
  return Array.from(new TextEncoder().encode(ch), (b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
}

class EscapeError extends Error {}

/**
 * Jekyll's shortcut `%r!^[a-zA-Z0-9./-]+$!` is a Ruby regexp, whose `^` and `$` match at every
 * line: a value with one line of these characters only is returned as it is, newlines and all.
 */
const PLAIN_LINE = /(?:^|\n)[a-zA-Z0-9./-]+(?:\n|$)/;

/** Jekyll's URL.escape_path. Throws EscapeError, with Addressable's message, where Addressable raises. */
export function escapePath(path: string): string {
  if (PLAIN_LINE.test(path)) return path;
  // URIREGEX matches every string: the path group is never undefined.
  const [, , scheme, , authority, p, , query, , fragment] = URIREGEX.exec(path) as unknown as (string | undefined)[];
  const rawPath = p as string;
  // Addressable::URI.parse checks the scheme as written (a valid scheme has nothing to escape), and
  // refuses a path whose first segment holds a colon when there is no scheme to take it (after an
  // authority, the path is empty or starts with a slash).
  if (scheme !== undefined && !/^[a-z][a-z0-9.+-]*$/i.test(scheme)) throw new EscapeError(`Invalid scheme format: '${scheme}'`);
  if (scheme === undefined && /^[^/]*:/.test(rawPath)) throw new EscapeError(`Cannot assemble URI string with ambiguous path: '${rawPath}'`);
  const enc = (value: string, re: RegExp): string => value.replace(re, percentEncode);
  let out = scheme === undefined ? '' : scheme + ':';
  if (authority !== undefined) out += '//' + enc(authority, CLASSES.authority);
  out += enc(rawPath, CLASSES.path);
  if (query !== undefined) out += '?' + enc(query, CLASSES.query);
  if (fragment !== undefined) out += '#' + enc(fragment, CLASSES.fragment);
  return out.replace('#', '%23');
}

/** URL.unescape_path (percent-decoding; invalid sequences stay as written). */
export function unescapePath(path: string): string {
  if (!path.includes('%')) return path;
  return path.replace(/(%[0-9a-fA-F]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** URL#sanitize_url. */
export function sanitizeUrl(url: string): string {
  // On a URL without `..`, `./` and `//` (most URLs), the steps below only make sure it starts with `/`.
  if (!url.includes('..') && !url.includes('./') && !url.includes('//')) return url.charCodeAt(0) === 47 ? url : '/' + url;
  return ('/' + url).split('..').join('/').split('./').join('').replace(/\/{2,}/g, '/');
}

// ---------------------------------------------------------------------------------------------
// Categories and slug, as Document#read leaves them

/** Ruby's String#split without arguments: on runs of ASCII whitespace (not NUL), leading ones ignored. */
function rubySplit(s: string): string[] {
  return s.split(/[ \t\n\v\f\r]+/).filter((x) => x !== '');
}

/** Ruby's Array(): nil (or a key the layer does not have) gives no element. */
function rubyArray(value: JekyllValue | undefined): JekyllValue[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/**
 * Ruby's `a | b` (Array#union) as far as the categories can tell: populate_categories ends by
 * turning every value to text and removing repeated texts, keeping the first, so a repeat Array#|
 * drops would be dropped there anyway. Concatenating keeps apart values that only JSON confuses
 * (`.nan`, `.inf` and `-.inf` all read as `null`).
 */
function union(a: JekyllValue[], b: JekyllValue[]): JekyllValue[] {
  return [...a, ...b];
}

/** Folders above `_posts` (or `_drafts`) in a path relative to `collections_dir` (Document#categories_from_path). */
export function categoriesFromPath(docRelativePath: string, specialDir: string): string[] {
  // relative_path.sub(/#{special_dir}.*/, ""): cut at the first occurrence, even inside a folder name
  // (`my_posts/_posts/` gives `my`); a path starting with it keeps nothing, one without it keeps all.
  // No folder left equals special_dir, so Jekyll's test for it never rejects anything.
  const i = docRelativePath.indexOf(specialDir);
  const superdirs = i === -1 ? docRelativePath : docRelativePath.slice(0, i);
  const basename = docRelativePath.slice(docRelativePath.lastIndexOf('/') + 1);
  return superdirs.split('/').filter((c) => c !== '' && c !== basename);
}

/**
 * A document's final `categories` (Document#merge_categories! over the path categories, the
 * defaults and the front matter, then #populate_categories): `categories` strings split on
 * whitespace, `category` is one category and wins over `categories` in the second step.
 * `layers` are the data layers in merge order (defaults, then front matter).
 */
export function documentCategories(pathCategories: readonly string[], layers: readonly Readonly<Record<string, JekyllValue>>[]): string[] {
  return listedCategories(pathCategories, layers) ?? mergedCategories(pathCategories, layers);
}

/** documentCategories by Jekyll's steps, whatever the layers hold (exported for tests). */
export function mergedCategories(pathCategories: readonly string[], layers: readonly Readonly<Record<string, JekyllValue>>[]): string[] {
  // data["categories"] starts as the path categories, an array, so each layer's `categories` (a
  // string split on whitespace) is united with it and it stays an array; a nil or none adds nothing.
  let current: JekyllValue[] = [...pathCategories];
  // Of the merged data only `category` matters here (a nil keeps an earlier value).
  let single: JekyllValue | undefined;
  for (const layer of layers) {
    if (Object.prototype.hasOwnProperty.call(layer, 'category') && layer.category !== null) single = layer.category;
    const value = layer.categories;
    current = union(current, rubyArray(typeof value === 'string' ? rubySplit(value) : value));
  }
  // populate_categories: Array(categories) + pluralized_array_from_hash (`category` unless nil or
  // false, else `categories`; flattened, nils dropped), each to_s (a nil in `categories` gives ""), once.
  const plural = single !== undefined && single !== false ? rubyArray(single) : current;
  const all = [...current, ...plural.flat(Infinity as 1).filter((x) => x !== null)].map((x) => rubyToS(x as JekyllValue));
  return [...new Set(all)];
}

/**
 * documentCategories in the usual case, without its general steps: no path categories, no
 * `category`, and `categories` set by the last layer only (or by none), as a list of texts. Its
 * texts without repeats, in order; undefined in any other case.
 */
function listedCategories(pathCategories: readonly string[], layers: readonly Readonly<Record<string, JekyllValue>>[]): string[] | undefined {
  if (pathCategories.length !== 0) return undefined;
  for (let i = 0; i < layers.length; i++) {
    const layer = layers[i];
    if (Object.prototype.hasOwnProperty.call(layer, 'category')) return undefined;
    const value = layer.categories;
    if (value === undefined || value === null) continue;
    if (i !== layers.length - 1 || !Array.isArray(value)) return undefined;
    const out: string[] = [];
    for (const item of value) {
      if (typeof item !== 'string') return undefined;
      if (!out.includes(item)) out.push(item);
    }
    return out;
  }
  return [];
}

/** The slug Document#populate_title derives from a path relative to collections_dir (trailing dots dropped). */
export function fileSlug(docRelativePath: string): string {
  // DATE_FILENAME_MATCHER's atomic `(?>.+/)*?` takes all up to the last `/` or nothing: the date starts the file name.
  const dated = /^(?:.+\/(?!.*\/))??(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$/su.exec(docRelativePath);
  const dateless = dated ? undefined : /^(?:.+\/)*(.*)(\.[^.]+)$/su.exec(docRelativePath);
  const slug = dated ? dated[2] : dateless ? dateless[1] : basenameWithoutExt(docRelativePath);
  return slug.replace(/\.*$/, '');
}

// ---------------------------------------------------------------------------------------------

const DATE_KEYS: Readonly<Record<string, string>> = {
  year: '%Y', month: '%m', day: '%d', hour: '%H', minute: '%M', second: '%S', i_day: '%-d', i_month: '%-m',
  short_month: '%b', long_month: '%B', short_year: '%y', w_year: '%G', week: '%V', w_day: '%u',
  short_day: '%a', long_day: '%A', y_day: '%j',
};

/** Ruby methods every UrlDrop responds to without them being placeholders: they read as "". */
const RESPONDS_EMPTY = new Set(
  ('__id__ __send__ chain chunk chunk_while class clone collect collect_concat compact cycle define_singleton_method detect display drop ' +
    'drop_while dup each each_cons each_entry each_slice each_with_index each_with_object entries enum_for extend filter filter_map ' +
    'find find_all find_index flat_map freeze grep grep_v group_by hash inject inspect instance_eval instance_exec instance_variable_get ' +
    'instance_variable_set instance_variables invoke_drop itself lazy liquid_method_missing map max_by method methods min_by minmax ' +
    'minmax_by object_id partition private_methods protected_methods public_method public_methods public_send reduce reject ' +
    'remove_instance_variable reverse_each select send singleton_class singleton_method singleton_methods slice_after slice_before ' +
    'slice_when sort_by sum taint take take_while tally tap then to_a to_enum to_h to_json to_s to_set to_yaml trust uniq untaint ' +
    'untrust yield_self zip').split(' '),
);
/** UrlDrop methods Jekyll would call but that are no placeholders (their values crash the URL code). */
const INVOKABLE_OTHER = new Set('content_methods count each_key fetch first hash_for_json keys max merge min sort to_hash to_liquid'.split(' '));

/** Computes `url` and the output path of a post, draft, collection document or page. */
export function computePermalink(input: PermalinkInput): PermalinkResult {
  try {
    return input.kind === 'page' ? pagePermalink(input) : documentPermalink(input);
  } catch (e) {
    if (e instanceof EscapeError) return { ok: false, error: 'invalid-value', message: e.message };
    if (e instanceof NotAString) return { ok: false, error: 'invalid-value', key: e.key, message: e.message };
    throw e;
  }
}

/** A value Jekyll's URL code calls string methods on when it is no string (it crashes there). */
class NotAString extends Error {
  constructor(readonly key: string, value: JekyllValue) {
    super(`${key} is not a string: ${rubyToS(value)}`);
  }
}

/** The path relative to `collections_dir`, where every document of a collection is. */
function docRelative(input: PermalinkInput): string {
  const dir = input.collectionsDir;
  return dir ? input.relativePath.slice(dir.length + 1) : input.relativePath;
}

function documentPermalink(input: PermalinkInput): PermalinkResult {
  const rel = docRelative(input);
  const label = input.collection ?? 'posts';
  const data = input.data;
  const permalink = data.permalink;
  // A nil or false permalink is none; Jekyll crashes on any other value that is no string.
  if (permalink !== undefined && permalink !== null && permalink !== false && typeof permalink !== 'string') throw new NotAString('permalink', permalink);
  const extname = rubyExtname(rel);
  const outputExt = outputExtFor(extname, permalink, input.markdownExtensions);
  const template = typeof permalink === 'string' ? permalink : collectionUrlTemplate(label, input.collectionPermalink, input.sitePermalink);
  const basename = basenameWithoutExt(rel);
  // populate_title: `data["slug"] ||= slug`, so a nil or false slug is the file's.
  const ownSlug = data.slug === undefined || data.slug === null || data.slug === false ? undefined : data.slug;
  // Only `:title` and `:slug` read it, and slugify crashes on a slug that is no string.
  const slugValue = (): string => {
    if (ownSlug !== undefined && typeof ownSlug !== 'string') throw new NotAString('slug', ownSlug);
    return ownSlug ?? fileSlug(rel);
  };
  const relativeDirectory = `_${label}`;
  const specialDir = input.kind === 'draft' ? '_drafts' : relativeDirectory;
  const categories = input.pathCategories ? [...input.pathCategories] : categoriesFromPath(rel, specialDir);
  // Only `:categories` and `:slugified_categories` need them.
  let final: string[] | undefined;
  const finalCategories = (): string[] => (final ??= documentCategories(categories, input.layers ?? [data]));
  const values = (key: string): string | undefined => {
    // Own keys only: `:constructor` or `:toString` are no date placeholders.
    if (Object.prototype.hasOwnProperty.call(DATE_KEYS, key)) return strftime(DATE_KEYS[key], input.epochSeconds, input.timezone);
    switch (key) {
      case 'output_ext': return outputExt;
      case 'path': return (extname ? rel.slice(0, -extname.length) : rel).replace(relativeDirectory, '').replace(/\.*$/, '');
      case 'collection': return label;
      case 'name': return slugify(basename) ?? '';
      case 'title': return slugify(slugValue(), { mode: 'pretty', cased: true }) ?? '';
      case 'slug': return slugify(slugValue()) ?? '';
      case 'categories': return [...new Set(finalCategories().map(rubyDowncase))].join('/');
      case 'slugified_categories': return [...new Set(finalCategories().map((c) => slugify(c) ?? ''))].join('/');
      default: return RESPONDS_EMPTY.has(key) ? '' : undefined;
    }
  };
  let unknown: string | undefined;
  let invalid: string | undefined;
  const generated = template.replace(/:([a-z_]+)/g, (match, name: string) => {
    if (unknown || invalid) return match;
    const pool = name.endsWith('_') ? [name, name.slice(0, -1)] : [name];
    // The first of the pool the drop answers (each value computed once).
    let winner: string | undefined;
    let value: string | undefined;
    for (const k of pool) {
      value = values(k);
      if (value !== undefined || INVOKABLE_OTHER.has(k)) {
        winner = k;
        break;
      }
    }
    if (winner === undefined) {
      unknown = pool.join(' or ');
      return match;
    }
    if (INVOKABLE_OTHER.has(winner)) {
      invalid = winner;
      return match;
    }
    const replacement = escapePath(value!);
    return match.replace(`:${winner}`, () => replacement);
  });
  if (unknown) {
    return { ok: false, error: 'unknown-placeholder', key: unknown, message: `The URL template doesn't have ${unknown} keys. Check your permalink template!` };
  }
  if (invalid) return { ok: false, error: 'invalid-value', key: invalid, message: `:${invalid} is a Ruby method of the URL drop, not a placeholder` };
  const url = sanitizeUrl(generated);
  let outputPath = destinationPath(url);
  if (url.endsWith('/')) outputPath = joinPath(outputPath, 'index.html');
  else if (!outputPath.endsWith(outputExt)) outputPath += outputExt;
  return { ok: true, url, outputPath, template, outputExt };
}

function pagePermalink(input: PermalinkInput): PermalinkResult {
  const rel = input.relativePath;
  const slash = rel.lastIndexOf('/');
  const dir = slash === -1 ? '' : rel.slice(0, slash);
  const name = rel.slice(slash + 1);
  const ext = rubyExtname(name);
  const basename = (ext ? name.slice(0, -ext.length) : name).replace(/\.*$/, '');
  const permalink = input.data.permalink;
  // A nil or false permalink is none; Jekyll crashes on any other value that is no string.
  if (permalink !== undefined && permalink !== null && permalink !== false && typeof permalink !== 'string') throw new NotAString('permalink', permalink);
  const outputExt = outputExtFor(ext, permalink, input.markdownExtensions);
  const template = typeof permalink === 'string' ? permalink : pageUrlTemplate(basename, outputExt, input.sitePermalink);
  // URL#generate_url_from_hash: plain substitutions in the order path, basename, output_ext; unknown
  // placeholders stay as written.
  let result = template;
  for (const [key, value] of [['path', dir], ['basename', basename], ['output_ext', outputExt]] as const) {
    if (!result.includes(':')) break;
    result = result.split(`:${key}`).join(escapePath(value));
  }
  const url = sanitizeUrl(result);
  let outputPath = destinationPath(url);
  if (url.endsWith('/')) outputPath = joinPath(outputPath, 'index');
  if (!outputPath.endsWith(outputExt)) outputPath += outputExt;
  return { ok: true, url, outputPath, template, outputExt };
}

/** Site#in_dest_dir(URL.unescape_path(url)) relative to the destination: File.expand_path against `/`. */
export function destinationPath(url: string): string {
  // A URL without escapes, empty segments or segments starting with a dot: its segments as they are.
  if (!url.includes('%') && !url.includes('//') && !url.includes('/.') && url.charCodeAt(0) !== 46) {
    const start = url.charCodeAt(0) === 47 ? 1 : 0;
    const end = url.length > start && url.charCodeAt(url.length - 1) === 47 ? url.length - 1 : url.length;
    return url.slice(start, end);
  }
  return destinationSteps(url);
}

/** destinationPath by its general steps, whatever the URL (exported for tests). */
export function destinationSteps(url: string): string {
  const parts: string[] = [];
  for (const part of unescapePath(url).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

function joinPath(a: string, b: string): string {
  return a ? `${a}/${b}` : b;
}
