/**
 * The Tags and categories view's model: each term with its post count per language, spellings that
 * differ only by case, accents, separators or a plural grouped as `tag-near-duplicate` groups them.
 */
import { tagKey } from '../lint/rules/tagNearDuplicate';
import type { TermKind } from '../taxonomy/renameTerm';
import { byText, isPostLike, OverviewSource } from './source';

export interface TermEntry {
  readonly name: string;
  /** Posts (and drafts) using it, relative to the site root, sorted. */
  readonly posts: readonly string[];
  /** Post counts by language ('' for posts without one), most used first. */
  readonly byLang: readonly (readonly [string, number])[];
}

export interface TermGroup {
  /** The folded spelling the group shares. */
  readonly key: string;
  /** Spellings, most used first. */
  readonly terms: readonly TermEntry[];
  /** Posts using any of the spellings. */
  readonly postCount: number;
}

export interface TaxonomyOverview {
  readonly kind: TermKind;
  /** Most used first. */
  readonly groups: readonly TermGroup[];
  /** How many distinct spellings. */
  readonly termCount: number;
}

export function buildTaxonomy(source: OverviewSource, kind: TermKind): TaxonomyOverview {
  const terms = new Map<string, { posts: string[]; langs: Map<string, number> }>();
  for (const doc of source.documents()) {
    if (!isPostLike(doc)) continue;
    const lang = doc.lang ?? '';
    for (const name of doc[kind]) {
      let entry = terms.get(name);
      if (!entry) terms.set(name, (entry = { posts: [], langs: new Map() }));
      entry.posts.push(doc.info.relativePath);
      entry.langs.set(lang, (entry.langs.get(lang) ?? 0) + 1);
    }
  }
  const grouped = new Map<string, TermEntry[]>();
  for (const [name, entry] of terms) {
    const key = tagKey(name);
    const byLang = [...entry.langs].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]));
    const list = grouped.get(key) ?? [];
    list.push({ name, posts: entry.posts.sort(byText), byLang });
    grouped.set(key, list);
  }
  const groups: TermGroup[] = [];
  for (const [key, list] of grouped) {
    list.sort((a, b) => b.posts.length - a.posts.length || byText(a.name, b.name));
    const postCount = list.length === 1 ? list[0].posts.length : new Set(list.flatMap((t) => t.posts)).size;
    groups.push({ key, terms: list, postCount });
  }
  groups.sort((a, b) => b.postCount - a.postCount || byText(a.terms[0].name, b.terms[0].name));
  return { kind, groups, termCount: terms.size };
}

/** Near-duplicate groups only (two spellings or more). */
export function nearDuplicates(taxonomy: TaxonomyOverview): TermGroup[] {
  return taxonomy.groups.filter((g) => g.terms.length > 1);
}
