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
import { DefaultFrontMatter, defaultFrontMatterOf } from './defaultFrontMatter';
import { carriedDefaults } from './drafts';

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
  /** `tags: a b c`: one string Jekyll splits on whitespace (tags and categories only). */
  readonly string?: boolean;
}

/** How the versions of one post are linked. */
export type TranslationLink =
  /**
   * A front matter key with the same value in every version: the slug (or dated file name) of the
   * version in `from`, or (`number`) the next number after the highest the site uses (`next`).
   */
  | { readonly kind: 'key'; readonly key: string; readonly value: 'slug' | 'name' | 'number'; readonly from: string; readonly next?: number }
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
  /** Where each convention was read: post paths (relative to the root) and `_config.yml:LINE`. */
  readonly evidence: Readonly<Partial<Record<ConventionKey, readonly string[]>>>;
  /** Per language, the folder (relative to the root) its posts go to, when the site says. */
  readonly folders: Readonly<Record<string, string>>;
  /** Per language, the collection its documents belong to when it is not `posts` (`_cn/` for `cn`). */
  readonly collections: Readonly<Record<string, string>>;
  /** Per language, whether file names start with the date (posts always; collection documents when the site's do). */
  readonly datedNames: Readonly<Record<string, boolean>>;
  readonly slugKey?: SlugKey;
  /** The versions of a post share their slug (`_posts/2023-05-29-wechat-network.md` and `_cn/wechat-network.md`). */
  readonly sameSlug: boolean;
  /** Other keys the posts could be linked by (for the author to choose). */
  readonly translationCandidates: readonly string[];
  /** Keys new drafts and posts start with (`default_front_matter` of `jekyll_posts:` and `jekyll_compose:`). */
  readonly defaultFrontMatter?: DefaultFrontMatter;
  /** The site's drafts write `date:` (most of the drafts in `_drafts/` do): drafts keep one. */
  readonly draftsKeepDate?: boolean;
  /** Per language (`''` for none), what the posts folder's defaults give and the drafts folder's do not (drafts.ts). */
  readonly draftDefaults?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export type ConventionKey = 'languages' | 'postsFolder' | 'lang' | 'layout' | 'permalink' | 'translation' | 'style' | 'date' | 'slug' | 'lists';

/**
 * A `slug:` key every post writes (it makes the URL where the permalink uses `:slug` or `:title`):
 * per language, the suffix its value ends with (`"083-en"` for English, `"083"` for Korean), and
 * whether the rest is a number counted up from post to post.
 */
export interface SlugKey {
  readonly suffixes: Readonly<Record<string, string>>;
  /** The rest of the value is a number: the next one, and its width (`084`: 3). */
  readonly counter?: { readonly next: number; readonly width: number };
  readonly quote: QuoteStyle;
}

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
  /** Per language, the folder its posts go to (`en/_posts`, `_cn`). */
  readonly folders?: Readonly<Record<string, string>>;
  /** `flow`, `block` or `string` for tags and categories. */
  readonly tagsStyle?: 'flow' | 'block' | 'string';
  readonly categoriesStyle?: 'flow' | 'block' | 'string';
  /** The date written: `none` leaves it to the file name. */
  readonly dateForm?: DateStyle['form'];
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
  /** The text of `_config.yml`, to say which of its lines a convention comes from. */
  readonly configText?: string;
  /** Some of the site's drafts (in `_drafts/`), to see whether drafts write `date:`. */
  readonly drafts?: readonly { readonly relativePath: string; readonly text: string }[];
}

/** Keys that link translations on plugin-free sites, best known first; `page_id` is jekyll-polyglot's. */
export const TRANSLATION_KEYS = ['ref', 'lang_ref', 'translation_key', 'i18n-link', 'page_id', 'article_num'];

/** Keys that are never a translation link, however their values fall. */
const NOT_LINKS = new Set(['title', 'date', 'lang', 'layout', 'permalink', 'slug', 'tags', 'tag', 'categories', 'category', 'author', 'authors', 'published', 'excerpt', 'description', 'image', 'cover', 'subtitle', 'last_modified_at', 'date_modified', 'created_at', 'date_gmt']);

export const DEFAULT_KEY_ORDER = ['layout', 'title', 'lang', 'date', 'permalink', 'author', 'authors', 'categories', 'tags', ...TRANSLATION_KEYS];

const DEFAULT_LIST: ListStyle = { flow: false, indent: '' };

interface Sample {
  readonly info: SiteDocumentInfo;
  readonly own: ReadonlyMap<string, FrontMatterField>;
  readonly data: Readonly<Record<string, unknown>>;
  readonly keys: readonly string[];
  readonly lang?: string;
  readonly defaults: Record<string, unknown>;
  /** The folder the document sits in, relative to the root, without the language subfolder: `_posts`, `en/_posts`, `_cn`. */
  readonly folder: string;
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
export function postsFolderFor(c: Pick<Conventions, 'postsFolder' | 'collectionsDir'> & Partial<Pick<Conventions, 'folders'>>, lang: string | undefined): string {
  const dir = c.collectionsDir;
  const known = lang ? c.folders?.[lang] : undefined;
  if (known !== undefined) return known;
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
  // `tags: a b c`: Jekyll splits the string on whitespace (tags and categories only).
  if ((f.key === 'tags' || f.key === 'categories') && f.style === 'plain' && typeof f.value === 'string' && f.value.trim()) return { flow: false, indent: '', string: true };
  if (f.style === 'block-seq' && f.items?.length) {
    const first = f.items[0].range.start;
    const lineStart = text.lastIndexOf('\n', first - 1) + 1;
    const before = text.slice(lineStart, first);
    const m = /^( *)-\s*$/.exec(before);
    return { flow: false, indent: m ? m[1] : '' };
  }
  return undefined;
}

function majorityList(styles: readonly ListStyle[]): ListStyle | undefined {
  const keyed = styles.map((s) => `${s.string ? 'string' : s.flow ? 'flow' : 'block'}:${s.indent}`);
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

/** Language codes as sites write them (`en`, `zh`, `pt-BR`, `zh_CN`). */
function isLanguageCode(value: unknown): value is string {
  return typeof value === 'string' && /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$/.test(value);
}

/** Languages `_config.yml` gives documents: `lang:` of the site, and `lang` in defaults for posts or written collections. */
function configLanguages(config: SiteConfig): string[] {
  const out: string[] = [];
  if (isLanguageCode(config.raw.lang)) out.push(config.raw.lang);
  for (const set of config.defaults) {
    const writes = !set.type || set.type === 'posts' || config.collections.get(set.type)?.output === true;
    if (writes && isLanguageCode(set.values.lang)) out.push(set.values.lang);
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
  const fromConfig = configLanguages(config);
  const siteLang = config.defaultLang ?? (isLanguageCode(config.raw.lang) ? config.raw.lang : undefined);
  if (counts.size > 0 || fromConfig.length > 0) {
    const byUse = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([l]) => l);
    const langs = withDefault([...byUse, ...fromConfig], siteLang);
    const source: ConventionSource = counts.size > 0 ? 'posts' : 'config';
    // A bilingual command needs two languages: complete from the fallback only when the site names one.
    for (const l of fallback) if (langs.length < 2 && !langs.includes(l)) langs.push(l);
    return { languages: langs, source };
  }
  return { languages: withDefault(fallback.length ? fallback : ['en', 'fr'], config.defaultLang), source: 'default' };
}

/** The folder of a document, relative to the root: what comes before its entry, the language subfolder added. */
function folderOf(info: SiteDocumentInfo): string {
  return info.relativePath.slice(0, info.relativePath.length - info.entry.length).replace(/\/$/, '');
}

/** Lines of `_config.yml` that set `key` (to `value` when given), as `_config.yml:N`. */
export function configLines(text: string | undefined, key: string, value?: string): string[] {
  if (!text) return [];
  const out: string[] = [];
  const lines = text.split('\n');
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^\\s*(?:-\\s+)?["']?${escaped}["']?\\s*:\\s*(.*?)\\s*(?:#.*)?$`);
  lines.forEach((line, i) => {
    const m = pattern.exec(line.replace(/\r$/, ''));
    if (!m) return;
    if (value !== undefined && m[1].replace(/^["']|["']$/g, '') !== value) return;
    out.push(`_config.yml:${i + 1}`);
  });
  return out;
}

/** A few post paths, newest first, for the summary. */
function someOf(samples: readonly Sample[]): string[] {
  return samples.slice(0, 3).map((s) => s.info.relativePath);
}

/** Detects the site's conventions. Never throws; unknown parts get the defaults. */
export function detectConventions(input: ConventionInput): Conventions {
  const { config } = input;
  const o = input.overrides ?? {};
  const polyglot = config.plugins.includes('jekyll-polyglot');
  const samples: Sample[] = [];
  for (const post of input.posts) {
    const info = classifyPath(post.relativePath, config);
    if (!info || !((info.kind === 'post' && info.nameMatches) || (info.kind === 'collection' && info.collection !== 'posts' && config.collections.get(info.collection ?? '')?.output === true))) continue;
    const fm = parseFrontMatter(post.text);
    if (!fm.data) continue;
    const defaults = defaultsFor(config, info.relativePath, info.kind === 'post' ? 'posts' : info.collection!);
    const langValue = fm.data.lang ?? defaults.lang;
    // A collection document is a language version only when it says its language.
    if (info.kind === 'collection' && typeof langValue !== 'string') continue;
    samples.push({ info, own: fm.fields, data: fm.data, keys: [...fm.fields.keys()], lang: typeof langValue === 'string' ? langValue : undefined, defaults, folder: folderOf(info) });
  }
  const sources: Record<ConventionKey, ConventionSource> = { languages: 'default', postsFolder: 'default', lang: 'default', layout: 'default', permalink: 'default', translation: 'default', style: samples.length ? 'posts' : 'default', date: 'default', slug: 'default', lists: samples.length ? 'posts' : 'default' };
  const evidence: Partial<Record<ConventionKey, string[]>> = {};
  const configText = input.configText;

  const fallback = [...(input.fallbackLanguages ?? [])];
  for (const l of ['en', 'fr']) if (fallback.length < 2 && !fallback.includes(l)) fallback.push(l);
  const { languages, source: langSource } = orderLanguages(config, samples, fallback, o.languages);
  sources.languages = langSource;
  const langSet = new Set(languages);
  if (langSource === 'config') evidence.languages = [...configLines(configText, 'languages'), ...configLines(configText, 'lang')];
  else if (langSource === 'posts') {
    evidence.languages = languages.flatMap((l) => someOf(samples.filter((s) => s.lang === l)).slice(0, 1));
    for (const l of languages) if (!samples.some((s) => s.lang === l)) evidence.languages.push(...configLines(configText, 'lang', l).slice(0, 2));
  }

  // Samples may say their language by their folder only.
  const forms = samples.map((s) => (s.info.kind === 'post' ? folderForm(s.info, langSet) : { form: '_posts' as PostsFolderForm, lang: undefined }));
  samples.forEach((s, i) => {
    if (!s.lang && forms[i].lang) (s as { lang?: string }).lang = forms[i].lang;
  });
  const postForms = forms.filter((_, i) => samples[i].info.kind === 'post');

  // Where posts live: the site's form, and each language's own folder when its posts show one.
  let postsFolder: PostsFolderForm = '_posts';
  const folders: Record<string, string> = {};
  const collections: Record<string, string> = {};
  const datedNames: Record<string, boolean> = {};
  if (o.postsFolder) {
    postsFolder = o.postsFolder;
    sources.postsFolder = 'setting';
  } else if (samples.length) {
    postsFolder = majority(postForms.map((f) => f.form)) ?? '_posts';
    sources.postsFolder = 'posts';
    // Each language's own folder: `_posts`, `_posts/ko`, `en/_posts` or a collection's (`_cn`).
    const folderOfSample = (s: Sample, i: number): string => (forms[i].form === '_posts/<lang>' ? join(s.folder, forms[i].lang!) : s.folder);
    for (const lang of languages) {
      const mine = samples.map((s, i) => ({ s, folder: folderOfSample(s, i) })).filter(({ s }) => s.lang === lang);
      const folder = majority(mine.map((m) => m.folder));
      if (folder === undefined) continue;
      const there = mine.filter((m) => m.folder === folder).map((m) => m.s);
      folders[lang] = folder;
      if (there[0].info.kind === 'collection') collections[lang] = there[0].info.collection!;
      datedNames[lang] = there.filter((s) => s.info.fileDate).length * 2 >= there.length;
    }
    evidence.postsFolder = languages.flatMap((l) => someOf(samples.filter((s) => s.lang === l)).slice(0, 1));
  } else {
    // No posts: defaults scoped to `_posts/<lang>` or `<lang>/_posts` tell the layout.
    for (const set of config.defaults) {
      const p = set.path.replace(/^\/+|\/+$/g, '');
      const m = /^_posts\/([^/]+)$/.exec(p) ?? /^([^/]+)\/_posts$/.exec(p);
      if (m && langSet.has(m[1])) {
        postsFolder = p.startsWith('_posts/') ? '_posts/<lang>' : '<lang>/_posts';
        sources.postsFolder = 'config';
        evidence.postsFolder = configLines(configText, 'path', p);
        break;
      }
    }
  }
  for (const [lang, folder] of Object.entries(o.folders ?? {})) {
    if (typeof folder !== 'string' || !langSet.has(lang)) continue;
    const clean = folder.replace(/^\/+|\/+$/g, '');
    folders[lang] = clean;
    const label = /^_([^/]+)$/.exec(clean.slice(config.collectionsDir ? config.collectionsDir.length + 1 : 0))?.[1];
    if (label && config.collections.get(label)?.output && label !== 'posts') collections[lang] = label;
    else delete collections[lang];
    datedNames[lang] = collections[lang] ? datedNames[lang] ?? false : true;
    sources.postsFolder = 'setting';
  }
  // Languages whose posts are all in `_posts/` while another language has a folder of its own keep `_posts/`.
  const collectionsDir = config.collectionsDir;
  const extension = majority(samples.map((s) => s.info.ext)) ?? '.md';
  const folderFor = (lang: string): string => postsFolderFor({ postsFolder, collectionsDir, folders }, lang);
  const defaultsOf = (lang: string): Record<string, unknown> => defaultsFor(config, join(folderFor(lang), `2000-01-01-x${extension}`), collections[lang] ?? 'posts');
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
      evidence.lang = [...(evidence.lang ?? []), ...configLines(configText, 'lang', lang)];
    } else {
      writeLang[lang] = true;
      if (samples.some((s) => s.own.has('lang'))) {
        sources.lang = 'posts';
        evidence.lang = [...(evidence.lang ?? []), ...someOf(samples.filter((s) => s.lang === lang && s.own.has('lang'))).slice(0, 1)];
      }
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
    evidence.layout = [...new Set(languages.flatMap((l) => configLines(configText, 'layout', String(defaultsOf(l).layout))))];
  } else {
    const written = samples.map((s) => s.own.get('layout')).filter((f): f is FrontMatterField => !!f && typeof f.value === 'string');
    if (samples.length && written.length * 2 >= samples.length) {
      layout = majority(written.map((f) => f.value as string));
      sources.layout = 'posts';
      evidence.layout = someOf(samples.filter((s) => s.own.get('layout')?.value === layout));
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
    if (typeof defaultsOf(lang).permalink === 'string') {
      sources.permalink = 'config';
      evidence.permalink = [...(evidence.permalink ?? []), ...configLines(configText, 'permalink', String(defaultsOf(lang).permalink))];
      continue;
    }
    const shapes = shapesByLang.get(lang) ?? [];
    if (shapes.length && shapes.length * 2 >= (countByLang.get(lang) ?? 0)) {
      permalinks[lang] = majority(shapes)!;
      sources.permalink = o.permalinks ? 'setting' : 'posts';
      evidence.permalink = [...(evidence.permalink ?? []), ...someOf(samples.filter((s) => s.lang === lang && s.own.has('permalink'))).slice(0, 1)];
    }
  }
  const langShapes = [...shapesByLang.values()].flat().filter((s) => s.includes('{lang}'));
  for (const lang of languages) {
    if (permalinks[lang] || o.permalinks?.[lang] !== undefined || typeof defaultsOf(lang).permalink === 'string') continue;
    if ((countByLang.get(lang) ?? 0) === 0 && langShapes.length) permalinks[lang] = majority(langShapes)!;
  }
  if (sources.permalink === 'default' && !Object.keys(permalinks).length) {
    const lines = [...configLines(configText, 'permalink')];
    if (lines.length) {
      sources.permalink = 'config';
      evidence.permalink = lines;
    }
  }

  // `slug:` written in every post, with a per-language suffix.
  const slugKey = detectSlugKey(samples, languages);
  if (slugKey) {
    sources.slug = 'posts';
    evidence.slug = someOf(samples.filter((s) => s.own.has('slug')));
  }

  // The translation link.
  let translation: TranslationLink;
  const candidates = linkCandidates(samples);
  const usedKey = candidates[0];
  if (o.translationKey !== undefined) sources.translation = 'setting';
  if (o.translationKey === '') {
    translation = { kind: 'filename' };
  } else if (o.translationKey === 'none') {
    translation = { kind: 'none' };
  } else {
    const key = o.translationKey || usedKey;
    if (key) {
      translation = { kind: 'key', key, ...detectKeyValue(samples, key, languages[0]) };
      if (o.translationValue) translation = { ...translation, value: o.translationValue };
      if (!o.translationKey) {
        sources.translation = 'posts';
        evidence.translation = someOf(samples.filter((s) => s.own.has(key)));
      }
    } else if (postsFolder !== '_posts' || Object.keys(folders).length > 1 ? sharesFileNames(samples) : false) {
      translation = { kind: 'filename' };
      sources.translation = 'posts';
      evidence.translation = sharedNameExamples(samples);
    } else if (samples.length) {
      // The site links its versions by nothing the posts show: none is invented.
      translation = { kind: 'none' };
      sources.translation = 'posts';
    } else {
      translation = { kind: 'key', key: polyglot ? 'page_id' : 'ref', value: o.translationValue ?? 'slug', from: languages[0] };
    }
  }

  // Quoting, lists, authors, key order.
  const titleQuote = majority(samples.map((s) => s.own.get('title')).flatMap((f) => (f && typeof f.value === 'string' && quoteOf(f.style) ? [quoteOf(f.style)!] : []))) ?? 'plain';
  const listStyles = new Map<string, ListStyle[]>();
  for (const s of samples) {
    const text = input.posts.find((p) => p.relativePath === s.info.relativePath)?.text ?? '';
    for (const f of s.own.values()) {
      const style = listStyleOf(text, f);
      if (style) listStyles.set(f.key, [...(listStyles.get(f.key) ?? []), style]);
    }
  }
  const anyList = majorityList([...listStyles.values()].flat().filter((l) => !l.string)) ?? DEFAULT_LIST;
  const lists: Record<string, ListStyle> = { '*': anyList };
  for (const key of ['tags', 'categories', 'authors']) {
    const style = majorityList((listStyles.get(key) ?? []).filter((l) => key !== 'authors' || !l.string));
    lists[key] = style ?? anyList;
  }
  const forcedList = (style: 'flow' | 'block' | 'string' | undefined): ListStyle | undefined => (style === 'flow' ? { flow: true, indent: '' } : style === 'block' ? { flow: false, indent: anyList.flow ? '' : anyList.indent } : style === 'string' ? { flow: false, indent: '', string: true } : undefined);
  if (o.tagsStyle && forcedList(o.tagsStyle)) {
    lists.tags = forcedList(o.tagsStyle)!;
    sources.lists = 'setting';
  }
  if (o.categoriesStyle && forcedList(o.categoriesStyle)) {
    lists.categories = forcedList(o.categoriesStyle)!;
    sources.lists = 'setting';
  }
  if (sources.lists === 'posts') evidence.lists = someOf(samples.filter((s) => s.own.has('tags') || s.own.has('categories')));
  const authorString = samples.filter((s) => typeof s.own.get('author')?.value === 'string').length;
  const authorsList = samples.filter((s) => Array.isArray(s.own.get('authors')?.value)).length;
  const authorsKey = authorString > authorsList ? 'author' : 'authors';

  // Dates, and the offset they are written with.
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
    evidence.date = someOf(samples.filter((s) => s.own.has('date')));
  }
  // Documents without a date in their name need one written.
  if (Object.values(datedNames).some((d) => !d) && date.form === 'none') date = { form: 'datetime', separator: ' ', seconds: true, offset: 'hhmm', quote: 'plain' };
  if (o.dateForm) {
    date = o.dateForm === 'none' ? { ...date, form: 'none' } : { ...date, form: o.dateForm };
    sources.date = 'setting';
  }

  let timezone = config.timezone && isKnownTimeZone(config.timezone) ? config.timezone : input.fallbackTimezone && isKnownTimeZone(input.fallbackTimezone) ? input.fallbackTimezone : 'UTC';
  if (config.timezone && isKnownTimeZone(config.timezone)) evidence.date = [...(evidence.date ?? []), ...configLines(configText, 'timezone')];
  else {
    // No `timezone`: the offset the posts write (`+0900`) is the zone new dates are written in.
    const offsets = dateFields.flatMap((f) => {
      const m = f && /([+-])(\d{2}):?(\d{2})["']?$/.exec(f.written.trim());
      return m && m[3] === '00' ? [`${m[1]}${m[2]}`] : [];
    });
    const offset = majority(offsets);
    if (offset && offsets.length * 2 >= samples.length) {
      const hours = Number(offset.slice(1));
      const zone = hours === 0 ? 'UTC' : `Etc/GMT${offset[0] === '+' ? '-' : '+'}${hours}`;
      if (isKnownTimeZone(zone)) timezone = zone;
    }
  }
  const translationCandidates = [...new Set([...candidates, ...TRANSLATION_KEYS.slice(0, 3)])];
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
    evidence,
    folders,
    collections,
    datedNames,
    slugKey,
    sameSlug: sharesSlugs(samples),
    translationCandidates,
    defaultFrontMatter: defaultFrontMatterOf(config),
    draftsKeepDate: draftsWriteDates(input.drafts ?? []),
    draftDefaults: Object.fromEntries(['', ...languages].map((l) => [l, carriedDefaults(config, postsFolderFor({ postsFolder, collectionsDir, folders }, l || undefined))])),
  };
}

/** Most of the site's drafts write `date:` (none: jekyll-compose's drafts do not). */
function draftsWriteDates(drafts: readonly { readonly text: string }[]): boolean {
  const dated = drafts.filter((d) => parseFrontMatter(d.text).fields.has('date')).length;
  return drafts.length > 0 && dated * 2 > drafts.length;
}

/** Posts of different language folders sharing a file name: the folder-per-language link. */
function sharesFileNames(samples: readonly Sample[]): boolean {
  return sharedNameExamples(samples).length > 0;
}

/** Documents of different languages with one slug. */
function sharesSlugs(samples: readonly Sample[]): boolean {
  const bySlug = new Map<string, Set<string>>();
  for (const s of samples) bySlug.set(s.info.slug, (bySlug.get(s.info.slug) ?? new Set()).add(s.lang ?? ''));
  return [...bySlug.values()].some((langs) => langs.size >= 2);
}

function sharedNameExamples(samples: readonly Sample[]): string[] {
  const byName = new Map<string, Sample[]>();
  for (const s of samples) {
    const name = s.info.entry.split('/').pop()!;
    byName.set(name, [...(byName.get(name) ?? []), s]);
  }
  const pair = [...byName.values()].find((group) => new Set(group.map((s) => s.lang ?? '')).size >= 2);
  return pair ? pair.slice(0, 2).map((s) => s.info.relativePath) : [];
}

/**
 * Keys whose values link versions: a value shared by documents of different languages and never by
 * two of one language. Known keys first, then by how many versions they link.
 */
function linkCandidates(samples: readonly Sample[]): string[] {
  const scores = new Map<string, { cross: number; bad: number; values: number; members: number }>();
  for (const s of samples) {
    for (const [key, f] of s.own) {
      if (NOT_LINKS.has(key) || (typeof f.value !== 'string' && typeof f.value !== 'number') || f.value === '') continue;
      if (!scores.has(key)) scores.set(key, { cross: 0, bad: 0, values: 0, members: 0 });
    }
  }
  for (const [key, score] of scores) {
    const groups = new Map<string, Sample[]>();
    for (const s of samples) {
      const v = s.own.get(key)?.value;
      if (typeof v === 'string' || typeof v === 'number') groups.set(String(v), [...(groups.get(String(v)) ?? []), s]);
    }
    for (const group of groups.values()) {
      score.values++;
      score.members += group.length;
      const langs = group.map((s) => s.lang ?? '');
      if (new Set(langs).size !== langs.length) score.bad++;
      else if (group.length >= 2) score.cross++;
    }
  }
  const known = (key: string): number => (TRANSLATION_KEYS.includes(key) ? TRANSLATION_KEYS.indexOf(key) : TRANSLATION_KEYS.length);
  return [...scores.entries()]
    .filter(([key, s]) => (TRANSLATION_KEYS.includes(key) && s.members > 0 && s.bad * 10 <= s.values) || (s.cross > 0 && s.bad === 0))
    .sort((a, b) => known(a[0]) - known(b[0]) || b[1].cross - a[1].cross)
    .map(([key]) => key);
}

/** A `slug:` most posts write, with the suffix each language's values end with. */
function detectSlugKey(samples: readonly Sample[], languages: readonly string[]): SlugKey | undefined {
  const written = samples.filter((s) => typeof s.own.get('slug')?.value === 'string' || typeof s.own.get('slug')?.value === 'number');
  if (!samples.length || written.length * 2 < samples.length) return undefined;
  const suffixes: Record<string, string> = {};
  const bases: string[] = [];
  for (const lang of languages) {
    const own = written.filter((s) => s.lang === lang);
    const withSuffix = own.filter((s) => String(s.own.get('slug')!.value).endsWith(`-${lang}`));
    suffixes[lang] = own.length && withSuffix.length * 2 > own.length ? `-${lang}` : '';
  }
  for (const s of written) {
    const value = String(s.own.get('slug')!.value);
    const suffix = suffixes[s.lang ?? ''] ?? '';
    bases.push(suffix && value.endsWith(suffix) ? value.slice(0, -suffix.length) : value);
  }
  const numeric = bases.filter((b) => /^\d+$/.test(b));
  const counter = numeric.length === bases.length ? { next: Math.max(...numeric.map(Number)) + 1, width: majority(numeric.map((b) => b.length)) ?? 1 } : undefined;
  const quote = majority(written.flatMap((s) => quoteOf(s.own.get('slug')!.style) ?? [])) ?? 'plain';
  return { suffixes, counter, quote };
}

/** How the translation key's value is made: the slug or dated name of which language's version, or a number. */
function detectKeyValue(samples: readonly Sample[], key: string, first: string): { value: 'slug' | 'name' | 'number'; from: string; next?: number } {
  const groups = new Map<string, Sample[]>();
  const numbers: number[] = [];
  let others = 0;
  for (const s of samples) {
    const v = s.own.get(key)?.value;
    if (typeof v === 'number' && Number.isInteger(v)) numbers.push(v);
    else if (v !== undefined) others++;
    if (typeof v === 'string' || typeof v === 'number') groups.set(String(v), [...(groups.get(String(v)) ?? []), s]);
  }
  if (numbers.length && others === 0) return { value: 'number', from: first, next: Math.max(...numbers) + 1 };
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
