import { JekyllValue } from './scalars';
import { rubyToS } from './rubyTime';
import type { SiteDocuments } from './documents';

/** An author the site knows: an `_authors/` document or a `_data/authors.*` entry. */
export interface AuthorInfo {
  /** The login posts use (`authors: [marie]`): the document's `login`, else its file name. */
  readonly login: string;
  /** Display name (`title`, `name` or `display_name`). */
  readonly name?: string;
  readonly bio?: string;
  /** Profile links by network: twitter, github, linkedin, website... */
  readonly links: Readonly<Record<string, string>>;
  /** Where it is defined, relative to the site root (`_authors/marie.md`, `_data/authors.yml`). */
  readonly file: string;
  /** For `_data` entries: the key's offset in that file. */
  readonly offset?: number;
}

/**
 * What the whole site knows, as lint rules, completions and hovers need it. The site index keeps
 * it current in the editor; the CLI builds it once. Counts are numbers of posts.
 */
export interface SiteFacts {
  readonly postCount: number;
  /** Tags as Jekyll reads them (after splitting strings), with how many posts use each. */
  readonly tags: ReadonlyMap<string, number>;
  readonly categories: ReadonlyMap<string, number>;
  /** `lang` values of posts, with counts. */
  readonly languages: ReadonlyMap<string, number>;
  /** Posts that set `lang` (after defaults). */
  readonly postsWithLang: number;
  /** Authors by login; empty when the site has no registry. */
  readonly authors: ReadonlyMap<string, AuthorInfo>;
  /** The site has an `_authors/` collection or `_data/authors.*`. */
  readonly hasAuthorRegistry: boolean;
  /** Layout names (file names in `_layouts/` without extension), or undefined when there is no `_layouts/`. */
  readonly layouts: ReadonlySet<string> | undefined;
  /** Front matter keys used by posts, with counts. */
  readonly keys: ReadonlyMap<string, number>;
  /** How many posts write `authors` as a list, and as a string. */
  readonly authorsStyle: { readonly list: number; readonly string: number };
  /** Permalinks ending in `/` and not, among posts that set one. */
  readonly trailingSlash: { readonly slash: number; readonly noSlash: number };
  /** Keys watched by templateReads (date_gmt, permalink) that a layout, include, plugin or feed of the site mentions; undefined when the host did not look. */
  readonly templateKeys?: ReadonlySet<string>;
  /** Every document's URL, output, language and translation keys, when the host computed them. */
  readonly siteDocuments?: SiteDocuments;
}

/** One post's contribution to the facts: its effective front matter. */
export interface PostFacts {
  readonly relativePath: string;
  readonly data: Readonly<Record<string, JekyllValue>>;
}

/** Tags of a post as Jekyll's populate_tags reads them: `tag` (any value) wins over `tags`; a `tags` string splits on whitespace; a `tags` number or map is dropped. */
export function jekyllTags(data: Readonly<Record<string, JekyllValue>>): string[] {
  return pluralizedArray(data, 'tag', 'tags').map(rubyToS);
}

// Jekyll's Utils.pluralized_array_from_hash: the singular key's value as is, else the plural key's
// value when it is a string (split on whitespace) or a list; flattened, nils removed.
export function pluralizedArray(data: Readonly<Record<string, JekyllValue>>, singular: string, plural: string): JekyllValue[] {
  let value: JekyllValue | undefined = singular in data ? data[singular] : undefined;
  if (value === undefined || value === null) {
    const many = plural in data ? data[plural] : undefined;
    if (typeof many === 'string') value = many.split(/\s+/).filter(Boolean);
    else if (Array.isArray(many)) value = many;
    else value = undefined;
  }
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return [value];
  // Most lists are flat and without nils: a copy of them is the answer.
  if (!value.some((v) => v === null || Array.isArray(v))) return value.slice();
  const out: JekyllValue[] = [];
  const add = (v: JekyllValue): void => {
    if (v === null) return; // a JekyllValue list holds no undefined, and forEach skips holes
    if (Array.isArray(v)) v.forEach(add);
    else out.push(v);
  };
  add(value);
  return out;
}
