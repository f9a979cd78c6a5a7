/**
 * How a site writes its posts, detected from its `_config.yml` and its existing posts, so that new
 * posts look like the others: where each language's posts live, the file name, which keys are
 * written (or left to `_config.yml` defaults), the per-language permalink, the key linking
 * translations, quoting, list and date styles. Settings override any of it; a site with no posts
 * gets the defaults below. Pure: the host hands in the config and the posts' text.
 */
import { join } from '../paths';
import { defaultsFor, SiteConfig } from '../site/config';
import { FrontMatterField, parseFrontMatter, ValueStyle } from '../site/frontMatter';
import { classifyPath, SiteDocumentInfo } from '../site/post';
import { isKnownTimeZone } from '../site/rubyTime';
import { isSlugifyMode } from '../site/slugify';

/** Where a language's posts live: `_posts/`, `_posts/<lang>/` or `<lang>/_posts/`. */
export type PostsFolderForm = '_posts' | '_posts/<lang>' | '<lang>/_posts';
export const POSTS_FOLDER_FORMS: readonly PostsFolderForm[] = ['_posts', '_posts/<lang>', '<lang>/_posts'];

export type QuoteStyle = 'plain' | 'single' | 'double';

/** How a date is written in front matter; `none` leaves the date to the file name. */
export interface DateStyle {
  readonly form: 'datetime' | 'date' | 'none';
  /** Between the day and the time. */
  readonly separator: ' ' | 'T';
  readonly seconds: boolean;
  /** `+0100`, `+01:00`, or no zone (read in the site zone when quoted). */
  readonly offset: 'none' | 'hhmm' | 'hh:mm';
  readonly quote: QuoteStyle;
}

export interface ListStyle {
  /** `[a, b]` rather than one `- a` line per item. */
  readonly flow: boolean;
  /** Spaces before the `-` of block items. */
  readonly indent: string;
}

/** How the versions of one post are linked. */
export type TranslationLink =
  /** A front matter key with the same value in every version: the slug (or dated file name) of the version in `from`. */
  | { readonly kind: 'key'; readonly key: string; readonly value: 'slug' | 'name'; readonly from: string }
  /** No key: the versions share their file name, one folder per language. */
  | { readonly kind: 'filename' }
  | { readonly kind: 'none' };

/** Where a convention comes from, for the summary shown before creating files. */
export type ConventionSource = 'posts' | 'config' | 'setting' | 'default';

export interface Conventions {
  /** The site's languages, the first one first (`languages`, `default_lang`, else the posts', else the fallback). */
  readonly languages: readonly string[];
  readonly polyglot: boolean;
  /** The zone dates are written in: the site's `timezone`, else the host's. */
  readonly timezone: string;
  readonly collectionsDir: string;
  readonly postsFolder: PostsFolderForm;
  /** With its dot: `.md`. */
  readonly extension: string;
  /** Languages whose posts write `lang` (the others get it from defaults or their path). */
  readonly writeLang: Readonly<Record<string, boolean>>;
  /** The `layout` to write, or undefined when posts leave it to defaults. */
  readonly layout?: string;
  /** Per language, the permalink to write with `{slug}`, `{lang}`, `{year}`, `{month}`, `{day}` to fill; absent: none written. */
  readonly permalinks: Readonly<Record<string, string>>;
  readonly translation: TranslationLink;
  readonly titleQuote: QuoteStyle;
  readonly date: DateStyle;
  /** List style per key (`tags`, `categories`, `authors`), and `*` for any other list. */
  readonly lists: Readonly<Record<string, ListStyle>>;
  /** `authors: [a]` or `author: a`. */
  readonly authorsKey: 'authors' | 'author';
  /** Keys in the order the site writes them. */
  readonly keyOrder: readonly string[];
  /** Jekyll slugify mode used to make slugs from titles. */
  readonly slugifyMode: string;
  readonly sources: Readonly<Record<ConventionKey, ConventionSource>>;
}

export type ConventionKey = 'languages' | 'postsFolder' | 'lang' | 'layout' | 'permalink' | 'translation' | 'style' | 'date';

/** What settings may force (`jekyllPosts.newPost.*`, `jekyllPosts.translationKey`, `jekyllPosts.languages`). */
export interface ConventionOverrides {
  readonly languages?: readonly string[];
  readonly postsFolder?: PostsFolderForm;
  /** Write `lang` in every post, or never. */
  readonly writeLang?: boolean;
  /** The layout to write; `''` writes none. */
  readonly layout?: string;
  /** Permalink per language (`/fr/{slug}/`); `''` writes none. */
  readonly permalinks?: Readonly<Record<string, string>>;
  /** The translation key's name; `''` links by file name only. */
  readonly translationKey?: string;
  readonly translationValue?: 'slug' | 'name';
  readonly slugifyMode?: string;
}

export interface ConventionInput {
  readonly config: SiteConfig;
  /** Some of the site's posts (the newest ones are enough), with paths relative to the site root. */
  readonly posts: readonly { readonly relativePath: string; readonly text: string }[];
  /** Layout names in `_layouts/`, when known. */
  readonly layouts?: ReadonlySet<string>;
  /** Languages when neither `_config.yml` nor the posts name any (the user's, then the other of fr/en). */
  readonly fallbackLanguages?: readonly string[];
  /** The host's zone, used when `_config.yml` sets none. */
  readonly fallbackTimezone?: string;
  readonly overrides?: ConventionOverrides;
}

/** Keys that link translations on plugin-free sites, best known first; `page_id` is jekyll-polyglot's. */
export const TRANSLATION_KEYS = ['ref', 'lang_ref', 'translation_key', 'i18n-link', 'page_id'];

export const DEFAULT_KEY_ORDER = ['layout', 'title', 'lang', 'date', 'permalink', 'author', 'authors', 'categories', 'tags', ...TRANSLATION_KEYS];

const DEFAULT_LIST: ListStyle = { flow: false, indent: '' };

interface Sample {
  readonly info: SiteDocumentInfo;
  readonly own: ReadonlyMap<string, FrontMatterField>;
  readonly keys: readonly string[];
  readonly lang?: string;
  readonly defaults: Record<string, unknown>;
}

function majority<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestCount = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

function quoteOf(style: ValueStyle): QuoteStyle | undefined {
  return style === 'plain' || style === 'single' || style === 'double' ? style : undefined;
}

/** The folder of a post path, relative to the site root, and the form it shows. */
function folderForm(info: SiteDocumentInfo, languages: ReadonlySet<string>): { form: PostsFolderForm; lang?: string } {
  const firstBelow = info.entry.includes('/') ? info.entry.split('/')[0] : undefined;
  if (firstBelow && languages.has(firstBelow)) return { form: '_posts/<lang>', lang: firstBelow };
  const above = info.pathCategories[info.pathCategories.length - 1];
  if (above && languages.has(above)) return { form: '<lang>/_posts', lang: above };
  return { form: '_posts' };
}

/** The folder (relative to the site root) where a language's posts go. */
export function postsFolderFor(c: Pick<Conventions, 'postsFolder' | 'collectionsDir'>, lang: string | undefined): string {
  const dir = c.collectionsDir;
  if (!lang || c.postsFolder === '_posts') return join(dir, '_posts');
  if (c.postsFolder === '_posts/<lang>') return join(dir, '_posts', lang);
  return join(dir, lang, '_posts');
}

/** A permalink's shape: the language, slug and file date segments replaced by `{lang}`, `{slug}`, `{year}`... */
export function permalinkShapeOf(permalink: string, doc: { lang?: string; slug: string; fileDate?: string }): string {
  const date = /^(\d{2,4})-(\d{1,2})-(\d{1,2})$/.exec(doc.fileDate ?? '');
  return permalink
    .split('/')
    .map((segment) => {
      const m = /^(.*?)(\.html?)?$/.exec(segment)!;
      const stem = m[1];
      const ext = m[2] ?? '';
      if (stem === '') return segment;
      if (doc.lang !== undefined && stem === doc.lang) return `{lang}${ext}`;
      if (stem === doc.slug) return `{slug}${ext}`;
      if (date && stem === date[1]) return `{year}${ext}`;
      if (date && stem === date[2].padStart(2, '0')) return `{month}${ext}`;
      if (date && stem === date[3].padStart(2, '0')) return `{day}${ext}`;
      return segment;
    })
    .join('/');
}

/** Fills a permalink shape. */
export function applyShape(shape: string, values: { lang: string; slug: string; year: string; month: string; day: string }): string {
  return shape.replace(/\{(lang|slug|year|month|day)\}/g, (_, key: keyof typeof values) => values[key]);
}

function dateStyleOf(written: string, style: ValueStyle): DateStyle | undefined {
  const quote = quoteOf(style);
  if (!quote) return undefined;
  const inner = quote === 'plain' ? written : written.slice(1, -1);
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(inner)) return { form: 'date', separator: ' ', seconds: false, offset: 'none', quote };
  const m = /^\d{4}-\d{1,2}-\d{1,2}([ T]+)\d{1,2}:\d{2}(:\d{2})?(?:\.\d+)?\s*(Z|[+-]\d{2}:\d{2}|[+-]\d{4}|[+-]\d{2})?$/.exec(inner);
  if (!m) return undefined;
  const offset = !m[3] ? 'none' : m[3].includes(':') ? 'hh:mm' : 'hhmm';
  return { form: 'datetime', separator: m[1].includes('T') ? 'T' : ' ', seconds: !!m[2], offset, quote };
}

function listStyleOf(text: string, f: FrontMatterField): ListStyle | undefined {
  if (f.style === 'flow-seq') return { flow: true, indent: '' };
  if (f.style === 'block-seq' && f.items?.length) {
    const first = f.items[0].range.start;
    const lineStart = text.lastIndexOf('\n', first - 1) + 1;
    const before = text.slice(lineStart, first);
    const m = /^( *)-\s*$/.exec(before);
    return { flow: false, indent: m ? m[1] : '' };
  }
  return undefined;
}

function sameList(a: ListStyle, b: ListStyle): boolean {
  return a.flow === b.flow && a.indent === b.indent;
}

function majorityList(styles: readonly ListStyle[]): ListStyle | undefined {
  const keyed = styles.map((s) => `${s.flow ? 'flow' : 'block'}:${s.indent}`);
  const best = majority(keyed);
  return best === undefined ? undefined : styles[keyed.indexOf(best)];
}

/** Orders keys by their average relative position in the samples that write them. */
function detectKeyOrder(samples: readonly Sample[]): string[] {
  const positions = new Map<string, number[]>();
  for (const s of samples) {
    const n = s.keys.length;
    s.keys.forEach((key, i) => {
      const list = positions.get(key) ?? [];
      list.push(n > 1 ? i / (n - 1) : 0);
      positions.set(key, list);
    });
  }
  const avg = (key: string): number => {
    const list = positions.get(key)!;
    return list.reduce((a, b) => a + b, 0) / list.length;
  };
  const seen = [...positions.keys()].sort((a, b) => avg(a) - avg(b) || DEFAULT_KEY_ORDER.indexOf(a) - DEFAULT_KEY_ORDER.indexOf(b));
  // Keys the site never writes go after the keys that come before them in the default order.
  const out = [...seen];
  for (const key of DEFAULT_KEY_ORDER) {
    if (out.includes(key)) continue;
    const index = DEFAULT_KEY_ORDER.indexOf(key);
    let at = out.length;
    for (let i = index + 1; i < DEFAULT_KEY_ORDER.length; i++) {
      const later = out.indexOf(DEFAULT_KEY_ORDER[i]);
      if (later !== -1 && !TRANSLATION_KEYS.includes(DEFAULT_KEY_ORDER[i])) {
        at = Math.min(at, later);
      }
    }
    if (TRANSLATION_KEYS.includes(key)) at = out.length;
    out.splice(at, 0, key);
  }
  return out;
}

function orderLanguages(config: SiteConfig, samples: readonly Sample[], fallback: readonly string[], override?: readonly string[]): { languages: string[]; source: ConventionSource } {
  const withDefault = (langs: readonly string[], first?: string): string[] => {
    const list = [...new Set(langs.filter(Boolean))];
    if (first && list.includes(first)) return [first, ...list.filter((l) => l !== first)];
    return list;
  };
  if (override?.length) return { languages: withDefault(override), source: 'setting' };
  if (config.languages?.length) return { languages: withDefault(config.languages, config.defaultLang), source: 'config' };
  const counts = new Map<string, number>();
  for (const s of samples) if (s.lang) counts.set(s.lang, (counts.get(s.lang) ?? 0) + 1);
  if (counts.size > 0) {
    const byUse = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([l]) => l);
    const langs = withDefault(byUse, config.defaultLang);
    // A bilingual command needs two languages: complete from the fallback.
    for (const l of fallback) if (langs.length < 2 && !langs.includes(l)) langs.push(l);
    return { languages: langs, source: 'posts' };
  }
  return { languages: withDefault(fallback.length ? fallback : ['en', 'fr'], config.defaultLang), source: 'default' };
}

/** Detects the site's conventions. Never throws; unknown parts get the defaults. */
export function detectConventions(input: ConventionInput): Conventions {
  const { config } = input;
  const o = input.overrides ?? {};
  const polyglot = config.plugins.includes('jekyll-polyglot');
  const samples: Sample[] = [];
  for (const post of input.posts) {
    const info = classifyPath(post.relativePath, config);
    if (!info || info.kind !== 'post' || !info.nameMatches) continue;
    const fm = parseFrontMatter(post.text);
    if (!fm.data) continue;
    const defaults = defaultsFor(config, info.relativePath, 'posts');
    const langValue = fm.data.lang ?? defaults.lang;
    samples.push({ info, own: fm.fields, keys: [...fm.fields.keys()], lang: typeof langValue === 'string' ? langValue : undefined, defaults });
  }
  const sources: Record<ConventionKey, ConventionSource> = { languages: 'default', postsFolder: 'default', lang: 'default', layout: 'default', permalink: 'default', translation: 'default', style: samples.length ? 'posts' : 'default', date: 'default' };

  const fallback = [...(input.fallbackLanguages ?? [])];
  for (const l of ['en', 'fr']) if (fallback.length < 2 && !fallback.includes(l)) fallback.push(l);
  const { languages, source: langSource } = orderLanguages(config, samples, fallback, o.languages);
  sources.languages = langSource;
  const langSet = new Set(languages);

  // Samples may say their language by their folder only.
  const forms = samples.map((s) => folderForm(s.info, langSet));
  samples.forEach((s, i) => {
    if (!s.lang && forms[i].lang) (s as { lang?: string }).lang = forms[i].lang;
  });

  // Where posts live.
  let postsFolder: PostsFolderForm = '_posts';
  if (o.postsFolder) {
    postsFolder = o.postsFolder;
    sources.postsFolder = 'setting';
  } else if (samples.length) {
    postsFolder = majority(forms.map((f) => f.form)) ?? '_posts';
    sources.postsFolder = 'posts';
  } else {
    // No posts: defaults scoped to `_posts/<lang>` or `<lang>/_posts` tell the layout.
    for (const set of config.defaults) {
      const p = set.path.replace(/^\/+|\/+$/g, '');
      const m = /^_posts\/([^/]+)$/.exec(p) ?? /^([^/]+)\/_posts$/.exec(p);
      if (m && langSet.has(m[1])) {
        postsFolder = p.startsWith('_posts/') ? '_posts/<lang>' : '<lang>/_posts';
        sources.postsFolder = 'config';
        break;
      }
    }
  }
  const collectionsDir = config.collectionsDir;
  const extension = majority(samples.map((s) => s.info.ext)) ?? '.md';
  const folderOf = (lang: string): string => postsFolderFor({ postsFolder, collectionsDir }, lang);
  const defaultsOf = (lang: string): Record<string, unknown> => defaultsFor(config, join(folderOf(lang), `2000-01-01-x${extension}`), 'posts');
  const langFromPath = polyglot && config.raw.lang_from_path === true && postsFolder !== '_posts';

  // `lang`: written unless defaults (or polyglot's lang_from_path) give it.
  const writeLang: Record<string, boolean> = {};
  for (const lang of languages) {
    if (o.writeLang !== undefined) {
      writeLang[lang] = o.writeLang;
      sources.lang = 'setting';
    } else if (defaultsOf(lang).lang === lang || langFromPath) {
      writeLang[lang] = false;
      sources.lang = 'config';
    } else {
      writeLang[lang] = true;
      if (samples.some((s) => s.own.has('lang'))) sources.lang = 'posts';
    }
  }

  // `layout`: written when no default gives one and the posts write one (or `_layouts/post` exists).
  let layout: string | undefined;
  if (o.layout !== undefined) {
    layout = o.layout || undefined;
    sources.layout = 'setting';
  } else if (languages.every((l) => typeof defaultsOf(l).layout === 'string')) {
    layout = undefined;
    sources.layout = 'config';
  } else {
    const written = samples.map((s) => s.own.get('layout')).filter((f): f is FrontMatterField => !!f && typeof f.value === 'string');
    if (samples.length && written.length * 2 >= samples.length) {
      layout = majority(written.map((f) => f.value as string));
      sources.layout = 'posts';
    } else if (!samples.length && input.layouts?.has('post')) {
      layout = 'post';
      sources.layout = 'default';
    }
  }

  // Permalinks: each language's habit, else another language's with `{lang}` in it.
  const permalinks: Record<string, string> = {};
  if (o.permalinks) sources.permalink = 'setting';
  const shapesByLang = new Map<string, string[]>();
  const countByLang = new Map<string, number>();
  for (const s of samples) {
    const key = s.lang ?? '';
    countByLang.set(key, (countByLang.get(key) ?? 0) + 1);
    const f = s.own.get('permalink');
    if (!f || typeof f.value !== 'string') continue;
    let shape = permalinkShapeOf(f.value, { lang: s.lang, slug: s.info.slug, fileDate: s.info.fileDate });
    if (polyglot) shape = shape.replace(/^\/\{lang\}(?=\/)/, '');
    shapesByLang.set(key, [...(shapesByLang.get(key) ?? []), shape]);
  }
  for (const lang of languages) {
    const forced = o.permalinks?.[lang];
    if (forced !== undefined) {
      if (forced) permalinks[lang] = forced;
      continue;
    }
    if (typeof defaultsOf(lang).permalink === 'string') continue;
    const shapes = shapesByLang.get(lang) ?? [];
    if (shapes.length && shapes.length * 2 >= (countByLang.get(lang) ?? 0)) {
      permalinks[lang] = majority(shapes)!;
      sources.permalink = o.permalinks ? 'setting' : 'posts';
    }
  }
  const langShapes = [...shapesByLang.values()].flat().filter((s) => s.includes('{lang}'));
  for (const lang of languages) {
    if (permalinks[lang] || o.permalinks?.[lang] !== undefined || typeof defaultsOf(lang).permalink === 'string') continue;
    if ((countByLang.get(lang) ?? 0) === 0 && langShapes.length) permalinks[lang] = majority(langShapes)!;
  }

  // The translation link.
  let translation: TranslationLink;
  const keyCounts = new Map<string, number>();
  for (const s of samples) for (const key of TRANSLATION_KEYS) if (s.own.has(key)) keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);
  const usedKey = [...keyCounts.entries()].sort((a, b) => b[1] - a[1] || TRANSLATION_KEYS.indexOf(a[0]) - TRANSLATION_KEYS.indexOf(b[0]))[0]?.[0];
  if (o.translationKey !== undefined) sources.translation = 'setting';
  if (o.translationKey === '') {
    translation = { kind: 'filename' };
  } else {
    const key = o.translationKey || usedKey;
    if (key) {
      translation = { kind: 'key', key, ...detectKeyValue(samples, key, languages[0]) };
      if (o.translationValue) translation = { ...translation, value: o.translationValue };
      if (!o.translationKey) sources.translation = 'posts';
    } else if (postsFolder !== '_posts' && sharesFileNames(samples)) {
      translation = { kind: 'filename' };
      sources.translation = 'posts';
    } else {
      translation = { kind: 'key', key: polyglot ? 'page_id' : 'ref', value: o.translationValue ?? 'slug', from: languages[0] };
    }
  }

  // Quoting, lists, authors, key order.
  const titleQuote = majority(samples.map((s) => s.own.get('title')).flatMap((f) => (f && typeof f.value === 'string' && quoteOf(f.style) ? [quoteOf(f.style)!] : []))) ?? 'plain';
  const listStyles = new Map<string, ListStyle[]>();
  for (const [i, s] of samples.entries()) {
    const text = input.posts.find((p) => p.relativePath === s.info.relativePath)?.text ?? '';
    void i;
    for (const f of s.own.values()) {
      const style = listStyleOf(text, f);
      if (style) listStyles.set(f.key, [...(listStyles.get(f.key) ?? []), style]);
    }
  }
  const anyList = majorityList([...listStyles.values()].flat()) ?? DEFAULT_LIST;
  const lists: Record<string, ListStyle> = { '*': anyList };
  for (const key of ['tags', 'categories', 'authors']) {
    const style = majorityList(listStyles.get(key) ?? []);
    lists[key] = style ?? anyList;
  }
  const authorString = samples.filter((s) => typeof s.own.get('author')?.value === 'string').length;
  const authorsList = samples.filter((s) => Array.isArray(s.own.get('authors')?.value)).length;
  const authorsKey = authorString > authorsList ? 'author' : 'authors';

  // Dates.
  const dateFields = samples.map((s) => s.own.get('date'));
  const styles = dateFields.flatMap((f) => (f ? [dateStyleOf(f.written, f.style)].filter((d): d is DateStyle => !!d) : []));
  let date: DateStyle = { form: 'datetime', separator: ' ', seconds: true, offset: 'hhmm', quote: 'single' };
  if (samples.length && styles.length * 2 < samples.length) {
    date = { ...date, form: 'none' };
    sources.date = 'posts';
  } else if (styles.length) {
    const keyed = styles.map((d) => JSON.stringify(d));
    date = styles[keyed.indexOf(majority(keyed)!)];
    sources.date = 'posts';
  }

  const timezone = config.timezone && isKnownTimeZone(config.timezone) ? config.timezone : input.fallbackTimezone && isKnownTimeZone(input.fallbackTimezone) ? input.fallbackTimezone : 'UTC';
  return {
    languages,
    polyglot,
    timezone,
    collectionsDir,
    postsFolder,
    extension,
    writeLang,
    layout,
    permalinks,
    translation,
    titleQuote,
    date,
    lists,
    authorsKey,
    keyOrder: detectKeyOrder(samples),
    slugifyMode: o.slugifyMode && isSlugifyMode(o.slugifyMode) ? o.slugifyMode : 'latin',
    sources,
  };
}

/** Posts of different language folders sharing a file name: the folder-per-language link. */
function sharesFileNames(samples: readonly Sample[]): boolean {
  const byName = new Map<string, Set<string>>();
  for (const s of samples) {
    const name = s.info.entry.split('/').pop()!;
    byName.set(name, (byName.get(name) ?? new Set()).add(s.lang ?? ''));
  }
  return [...byName.values()].some((langs) => langs.size >= 2);
}

/** How the translation key's value is made: the slug or dated name of which language's version. */
function detectKeyValue(samples: readonly Sample[], key: string, first: string): { value: 'slug' | 'name'; from: string } {
  const groups = new Map<string, Sample[]>();
  for (const s of samples) {
    const v = s.own.get(key)?.value;
    if (typeof v === 'string' || typeof v === 'number') groups.set(String(v), [...(groups.get(String(v)) ?? []), s]);
  }
  const votes: string[] = [];
  for (const [value, members] of groups) {
    for (const m of members) {
      const name = m.info.entry.split('/').pop()!.replace(/\.[^.]+$/, '');
      if (value === m.info.slug) votes.push(`slug:${m.lang ?? first}`);
      else if (value === name) votes.push(`name:${m.lang ?? first}`);
    }
  }
  const best = majority(votes.filter((v) => v.endsWith(`:${first}`)).length ? votes.filter((v) => v.endsWith(`:${first}`)) : votes);
  if (!best) return { value: 'slug', from: first };
  const [value, from] = best.split(':');
  return { value: value as 'slug' | 'name', from };
}
