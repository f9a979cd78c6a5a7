/**
 * Authors as sites describe them: `_authors/<login>.md` collection documents (the seed's blog) and
 * `_data/authors.yml|yaml|json` entries (jekyll-seo-tag's registry).
 */
import { parseYamlText, parseYamlValue } from './frontMatter';
import { isMap } from './config';
import { JekyllValue } from './scalars';
import { AuthorInfo } from './siteFacts';
import { YamlTimestamp } from './timestamp';

/** Front matter keys read as profile links, in the order hovers list them. */
export const AUTHOR_LINK_KEYS = ['website', 'url', 'twitter', 'x', 'github', 'gitlab', 'linkedin', 'mastodon', 'bluesky', 'facebook', 'instagram', 'youtube', 'stackoverflow', 'email'] as const;

const NAME_KEYS = ['title', 'name', 'display_name', 'fullname', 'full_name'];
const BIO_KEYS = ['bio', 'description', 'about'];

function text(value: JekyllValue | undefined): string | undefined {
  if (value === undefined || value === null || typeof value === 'object' && !(value instanceof YamlTimestamp)) return undefined;
  const s = String(value).trim();
  return s === '' ? undefined : s;
}

function first(data: Readonly<Record<string, JekyllValue>>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = text(data[key]);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Profile links of an author entry: flat keys (`twitter: x`) and a `links:`/`social:` map. */
export function authorLinks(data: Readonly<Record<string, JekyllValue>>): Record<string, string> {
  const links: Record<string, string> = {};
  for (const nested of [data.links, data.social]) {
    if (isMap(nested)) for (const [k, v] of Object.entries(nested)) if (text(v)) links[k] = text(v)!;
  }
  for (const key of AUTHOR_LINK_KEYS) {
    const value = text(data[key]);
    if (value !== undefined) links[key] = value;
  }
  return links;
}

/** The author an `_authors/` document describes (`data` is its effective front matter). */
export function authorFromDocument(relativePath: string, slug: string, data: Readonly<Record<string, JekyllValue>>): AuthorInfo {
  return {
    login: text(data.login) ?? slug,
    name: first(data, NAME_KEYS),
    bio: first(data, BIO_KEYS),
    links: authorLinks(data),
    file: relativePath,
  };
}

/** The data file name of the authors registry: `authors.yml`, `authors.yaml` or `authors.json`. */
export function isAuthorsDataFile(name: string): boolean {
  return /^authors\.(ya?ml|json)$/i.test(name);
}

/**
 * The one `_data/authors.*` file that `site.data.authors` holds when several exist: DataReader reads
 * `*.{yaml,yml,json}` in that order and a later file replaces an earlier one whole (jekyll build 4.3.1
 * with authors.yaml, .yml and .json: the JSON file's people only). Paths or names; undefined for none.
 */
export function authorsDataFileRead(files: Iterable<string>): string | undefined {
  const rank = (file: string): number => ['yaml', 'yml', 'json'].indexOf(file.slice(file.lastIndexOf('.') + 1).toLowerCase());
  let read: string | undefined;
  for (const file of files) if (read === undefined || rank(file) > rank(read)) read = file;
  return read;
}

/**
 * Entries of `_data/authors.*`: a map `login: {name, bio, twitter...}` (jekyll-seo-tag), or a list of
 * maps carrying `login` (or `id`, `key`, `username`). `relativePath` is the file, relative to the site root.
 */
export function authorsFromData(relativePath: string, source: string): AuthorInfo[] {
  const json = /\.json$/i.test(relativePath);
  const keyOffsets = new Map<string, number>();
  const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const yaml = bom ? source.slice(1) : source;
  // Jekyll reads a `.json` data file as YAML too (JSON is YAML): a map of authors or a list of them
  // (`- login: ann`), merge keys merged, the last of a key written twice.
  const data = parseYamlValue(yaml);
  for (const [key, field] of parseYamlText(yaml).fields) keyOffsets.set(key, field.keyRange.start + bom);
  const out: AuthorInfo[] = [];
  const offsetOf = (login: string): number | undefined => {
    const known = keyOffsets.get(login);
    if (known !== undefined) return known;
    const escaped = login.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const m = new RegExp(json ? `"${escaped}"` : `(^|[\\s:'"-])${escaped}(?=$|[\\s'",:])`, 'm').exec(source);
    return m ? m.index + (json ? 0 : m[1].length) : undefined;
  };
  if (isMap(data)) {
    for (const [login, entry] of Object.entries(data)) {
      const fields = isMap(entry) ? entry : {};
      out.push({ login, name: first(fields, NAME_KEYS), bio: first(fields, BIO_KEYS), links: authorLinks(fields), file: relativePath, offset: offsetOf(login) });
    }
  } else if (Array.isArray(data)) {
    for (const entry of data) {
      if (!isMap(entry)) continue;
      const login = text(entry.login) ?? text(entry.id) ?? text(entry.key) ?? text(entry.username);
      if (!login) continue;
      out.push({ login, name: first(entry, NAME_KEYS), bio: first(entry, BIO_KEYS), links: authorLinks(entry), file: relativePath, offset: offsetOf(login) });
    }
  }
  return out;
}
