/**
 * The Authors view's model: each login posts name, with its posts, whether the site's registry
 * (`_authors/`, `_data/authors.*`) knows it, and where it is defined; registered authors without
 * posts too.
 */
import { postAuthors } from './posts';
import { byText, isPostLike, OverviewSource } from './source';

export interface AuthorEntry {
  readonly login: string;
  /** Display name from the registry. */
  readonly name?: string;
  /** The registry knows the login; always true on a site without a registry (nothing to check against). */
  readonly known: boolean;
  /** Where the author is defined, relative to the site root, with the key's offset for a data file. */
  readonly file?: string;
  readonly offset?: number;
  readonly posts: readonly string[];
}

export interface AuthorsOverview {
  readonly authors: readonly AuthorEntry[];
  readonly hasRegistry: boolean;
  readonly unknownCount: number;
}

export function buildAuthors(source: OverviewSource): AuthorsOverview {
  const posts = new Map<string, string[]>();
  for (const doc of source.documents()) {
    if (!isPostLike(doc)) continue;
    for (const login of postAuthors(doc.data)) {
      const list = posts.get(login);
      if (list) list.push(doc.info.relativePath);
      else posts.set(login, [doc.info.relativePath]);
    }
  }
  const registry = source.hasAuthorRegistry;
  const logins = new Set([...posts.keys(), ...source.authors.keys()]);
  const authors: AuthorEntry[] = [...logins].map((login) => {
    const info = source.authors.get(login);
    return { login, name: info?.name, known: !registry || !!info, file: info?.file, offset: info?.offset, posts: (posts.get(login) ?? []).sort(byText) };
  });
  // Unknown logins first (they need attention), then by number of posts.
  authors.sort((a, b) => Number(a.known) - Number(b.known) || b.posts.length - a.posts.length || byText(a.login, b.login));
  return { authors, hasRegistry: registry, unknownCount: authors.filter((a) => !a.known).length };
}
