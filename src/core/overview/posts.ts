/**
 * The Posts view's model: every post and draft of a site by language, then year, newest first, each
 * with its status as Jekyll decides it (draft, future, unpublished, published) and its translations.
 * Built from the site index in one pass; the years' lists are what a view shows on expanding.
 */
import { truthy } from '../site/config';
import { zoneOffsetSeconds } from '../site/rubyTime';
import { documentIndexes, groupOf } from '../site/documents';
import type { IndexedDocument } from '../site/siteIndex';
import { byText, isPostLike, OverviewOptions, OverviewSource } from './source';

export type PostStatus = 'draft' | 'future' | 'unpublished' | 'published';

export interface OverviewPost {
  /** Absolute path. */
  readonly path: string;
  readonly relativePath: string;
  /** `title`, else the slug of the file name. */
  readonly title: string;
  readonly lang?: string;
  /** The date Jekyll gives the post, in the site's zone (`2014-06-04`); undefined for a draft without one. */
  readonly date?: string;
  readonly epochSeconds?: number;
  readonly status: PostStatus;
  readonly tags: readonly string[];
  readonly categories: readonly string[];
  readonly authors: readonly string[];
}

export interface YearGroup {
  /** `2014`, or '' for posts without a date. */
  readonly year: string;
  readonly posts: readonly OverviewPost[];
}

export interface LanguageGroup {
  /** undefined for posts that set no language. */
  readonly lang?: string;
  readonly count: number;
  readonly years: readonly YearGroup[];
}

export interface PostsOverview {
  readonly languages: readonly LanguageGroup[];
  readonly count: number;
}

/** A post's language versions, worked out when its row is shown (not for the 10,000 rows nobody sees). */
export interface TranslationStatus {
  /** Other-language versions (when the site links translations). */
  readonly translations: readonly { readonly lang: string; readonly relativePath: string }[];
  /** Languages of the site this post has no version in (when the site links translations). */
  readonly missing: readonly string[];
}

const NO_TRANSLATIONS: TranslationStatus = { translations: [], missing: [] };

/** The other-language versions of a post and the languages it lacks, when the site links translations (a key such as `ref`, or a folder per language). */
export function translationStatus(source: OverviewSource, post: Pick<OverviewPost, 'relativePath' | 'lang'>, options: Pick<OverviewOptions, 'translationKey'>): TranslationStatus {
  const documents = source.siteDocuments;
  const summary = documents.all.get(post.relativePath);
  if (!summary || !post.lang) return NO_TRANSLATIONS;
  const indexes = documentIndexes(documents, options.translationKey);
  if (!indexes.link) return NO_TRANSLATIONS;
  const group = groupOf(summary, indexes.link);
  const others = group === undefined ? [] : (indexes.byTranslation.get(group) ?? []).filter((d) => d.path !== summary.path && d.lang && d.lang !== post.lang);
  const missing = [...source.languages.keys()].sort(byText).filter((l) => l !== post.lang && !others.some((d) => d.lang === l));
  return { translations: others.map((d) => ({ lang: d.lang!, relativePath: d.path })), missing };
}

/** `YYYY-MM-DD` of an instant in a zone (the zone's offsets are cached by quarter hour: no Intl call per post). */
export function dayIn(epochSeconds: number, zone: string): string {
  const local = new Date((epochSeconds + zoneOffsetSeconds(epochSeconds, zone)) * 1000);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(local.getUTCFullYear()).padStart(4, '0')}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
}

/** Logins a post names in `author` and `authors` (a login or a list). */
export function postAuthors(data: IndexedDocument['data']): string[] {
  const out: string[] = [];
  for (const value of [data.author, data.authors]) {
    for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string' && v !== '' && !out.includes(v)) out.push(v);
  }
  return out;
}

export function buildPostsOverview(source: OverviewSource, options: OverviewOptions): PostsOverview {
  const documents = source.siteDocuments;
  const zone = source.config.timezone ?? options.machineZone;
  const nowSeconds = options.now.getTime() / 1000;
  const byLang = new Map<string | undefined, OverviewPost[]>();
  let count = 0;
  for (const doc of source.documents()) {
    if (!isPostLike(doc)) continue;
    const summary = documents.all.get(doc.info.relativePath);
    // A draft without a `date` gets its file's time from Jekyll: not a date to sort or show it by.
    const epochSeconds = doc.info.kind === 'draft' && doc.data.date === undefined ? undefined : summary?.epochSeconds;
    const published = !('published' in doc.data) || truthy(doc.data.published);
    const status: PostStatus = doc.info.kind === 'draft' ? 'draft' : !published ? 'unpublished' : epochSeconds !== undefined && epochSeconds > nowSeconds ? 'future' : 'published';
    const title = typeof doc.data.title === 'string' && doc.data.title.trim() !== '' ? doc.data.title : doc.info.slug;
    const post: OverviewPost = {
      path: doc.path,
      relativePath: doc.info.relativePath,
      title,
      lang: doc.lang,
      date: epochSeconds === undefined ? undefined : dayIn(epochSeconds, zone),
      epochSeconds,
      status,
      tags: doc.tags,
      categories: doc.categories,
      authors: postAuthors(doc.data),
    };
    const list = byLang.get(doc.lang);
    if (list) list.push(post);
    else byLang.set(doc.lang, [post]);
    count++;
  }
  const languages: LanguageGroup[] = [...byLang]
    .sort(([a, pa], [b, pb]) => (a === undefined ? 1 : b === undefined ? -1 : pb.length - pa.length || byText(a, b)))
    .map(([lang, posts]) => ({ lang, count: posts.length, years: byYear(posts) }));
  return { languages, count };
}

/** Newest first; posts without a date (drafts) before the years. */
function byYear(posts: OverviewPost[]): YearGroup[] {
  posts.sort((a, b) => (b.epochSeconds ?? Infinity) - (a.epochSeconds ?? Infinity) || byText(a.relativePath, b.relativePath));
  const years: YearGroup[] = [];
  let current: { year: string; posts: OverviewPost[] } | undefined;
  for (const post of posts) {
    const year = post.date?.slice(0, 4) ?? '';
    if (!current || current.year !== year) years.push((current = { year, posts: [] }));
    current.posts.push(post);
  }
  return years;
}

/** The posts whose title, path, tags, categories or authors contain `text` (any case); the groups left empty go. */
export function filterPosts(overview: PostsOverview, text: string): PostsOverview {
  const needle = text.trim().toLowerCase();
  if (needle === '') return overview;
  const matches = (p: OverviewPost): boolean =>
    p.title.toLowerCase().includes(needle) ||
    p.relativePath.toLowerCase().includes(needle) ||
    [...p.tags, ...p.categories, ...p.authors].some((t) => t.toLowerCase().includes(needle)) ||
    p.status === needle;
  let count = 0;
  const languages: LanguageGroup[] = [];
  for (const group of overview.languages) {
    const years = group.years.map((y) => ({ year: y.year, posts: y.posts.filter(matches) })).filter((y) => y.posts.length > 0);
    const n = years.reduce((sum, y) => sum + y.posts.length, 0);
    if (n > 0) languages.push({ lang: group.lang, count: n, years });
    count += n;
  }
  return { languages, count };
}
