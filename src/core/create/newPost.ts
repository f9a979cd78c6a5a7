/**
 * Plans for new posts: the files to write (paths relative to the site root, full text) and the
 * edits to existing files, following the site's conventions. No I/O: the host checks which paths
 * exist through `exists`, writes the files, and opens them. A plan with an existing target is an
 * error and writes nothing.
 */
import { insertLines, doubleQuoted, isSafePlain, singleQuoted } from '../lint/edits';
import { TextEdit } from '../lint/types';
import { Message, msg } from '../messages';
import { basename, join } from '../paths';
import { defaultsFor, SiteConfig } from '../site/config';
import { FrontMatterField, parseFrontMatter } from '../site/frontMatter';
import { classifyPath } from '../site/post';
import { parseRubyTime } from '../site/rubyTime';
import { slugify } from '../site/slugify';
import { strftime } from '../site/strftime';
import { detectEol } from '../text';
import { applyShape, ConventionKey, ConventionSource, Conventions, ListStyle, postsFolderFor, QuoteStyle } from './conventions';
import { yamlValue } from './defaultFrontMatter';
import { draftsFolderOf } from './drafts';

export interface PlannedFile {
  /** Relative to the site root. */
  readonly path: string;
  readonly text: string;
  readonly lang?: string;
  /** Where the body starts: the cursor goes there. */
  readonly bodyOffset: number;
  /** The URL the post will have when it writes a permalink. */
  readonly permalink?: string;
}

export interface PlannedEdit {
  readonly path: string;
  readonly edits: readonly TextEdit[];
}

export type Plan =
  | { readonly ok: true; readonly files: readonly PlannedFile[]; readonly edits: readonly PlannedEdit[] }
  | { readonly ok: false; readonly error: Message; readonly path?: string; /** Refused by the site check: the site's linter or model found the problem in `path`. */ readonly refused?: boolean };

/** One language version to create. */
export interface PostDraft {
  readonly lang?: string;
  readonly title: string;
  /** Defaults to the title slugified the site's way. */
  readonly slug?: string;
}

export interface CommonInput {
  /** Epoch seconds, or a date Ruby's `Time.parse` reads (zone-less: the site's zone). */
  readonly date: number | string;
  readonly authors?: readonly string[];
  readonly tags?: readonly string[];
  readonly categories?: readonly string[];
  /** For dates given as text: what `now` is (fills the parts left out). */
  readonly now?: Date;
  /** A draft in `_drafts/` (no date in its name; `date:` only where the site's drafts write one). */
  readonly draft?: boolean;
}

export interface BilingualInput extends CommonInput {
  /** The first language's version, and the second one's unless it is translated later. */
  readonly first: PostDraft;
  readonly second?: PostDraft;
  /** The second language when `second` is absent (translate later): the key is formed for it. */
  readonly secondLang?: string;
}

export interface SingleInput extends CommonInput {
  readonly post: PostDraft;
}

export interface TranslationInput {
  readonly lang: string;
  /** Defaults to a placeholder made from the original's title. */
  readonly title?: string;
  readonly slug?: string;
}

/** Whether a path (relative to the site root) exists; the host answers it before planning. */
export type Exists = (relativePath: string) => boolean;

/** A slug from a title, by the site's slugify mode (latin by default: ASCII URLs for French titles). */
export function slugFromTitle(c: Pick<Conventions, 'slugifyMode'>, title: string): string {
  return slugify(title, { mode: c.slugifyMode }) ?? '';
}

/** Why a slug cannot name a post file, or undefined when it can. */
export function slugProblem(slug: string): Message | undefined {
  if (!slug) return msg('The slug cannot be empty.');
  if (/[\s/\\]/.test(slug)) return msg('The slug cannot contain spaces or slashes.');
  if (/^[._#~]/.test(slug) || slug.endsWith('~')) return msg('Jekyll skips files whose name starts with `.`, `_`, `#` or `~`, or ends with `~`.');
  if (/[:?*"<>|]/.test(slug)) return msg('The slug cannot contain any of `: ? * " < > |`.');
  return undefined;
}

export function titleProblem(title: string): Message | undefined {
  if (!title.trim()) return msg('The title cannot be empty.');
  if (/[\r\n]/.test(title)) return msg('The title must fit on one line.');
  return undefined;
}

/** Reads a date as the command's input box gives it (zone-less: the site's zone). */
export function parseDateInput(text: string, timezone: string, now: Date = new Date()): { ok: true; epochSeconds: number } | { ok: false; error: Message } {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, error: msg('Enter a date such as {0}.', strftime('%Y-%m-%d %H:%M', Math.floor(now.getTime() / 1000), timezone)) };
  const parsed = parseRubyTime(trimmed, timezone, now);
  if (!parsed.ok || !/\d{4}/.test(trimmed)) return { ok: false, error: msg('Jekyll cannot read `{0}` as a date; write it as {1}.', trimmed, strftime('%Y-%m-%d %H:%M', Math.floor(now.getTime() / 1000), timezone)) };
  return { ok: true, epochSeconds: parsed.epochSeconds };
}

/** The date as the input box shows it: `2025-01-15 10:30`, in the site's zone. */
export function formatDateInput(epochSeconds: number, timezone: string): string {
  return strftime('%Y-%m-%d %H:%M', epochSeconds, timezone);
}

function resolveDate(c: Conventions, date: number | string, now?: Date): { ok: true; epochSeconds: number } | { ok: false; error: Message } {
  if (typeof date === 'number') return Number.isFinite(date) ? { ok: true, epochSeconds: Math.floor(date) } : { ok: false, error: msg('The date is not valid.') };
  return parseDateInput(date, c.timezone, now);
}

function quoted(style: QuoteStyle, value: string): string {
  if (style === 'double') return doubleQuoted(value);
  if (style === 'single') return singleQuoted(value);
  return isSafePlain(value) ? value : singleQuoted(value);
}

function listItem(value: string): string {
  return isSafePlain(value) && !/[,[\]{}]/.test(value) ? value : singleQuoted(value);
}

function listValue(style: ListStyle, values: readonly string[]): string {
  // A space-separated string holds only items without spaces that read back as strings.
  if (style.string && values.every((v) => /^\S+$/.test(v) && isSafePlain(values.join(' ')) && !/^[-+]?\d/.test(v))) return ` ${values.join(' ')}`;
  if (style.flow || style.string) return ` [${values.map(listItem).join(', ')}]`;
  return values.map((v) => `\n${style.indent}- ${listItem(v)}`).join('');
}

/** The front matter date, written the site's way. */
export function formatDate(c: Conventions, epochSeconds: number): string | undefined {
  const d = c.date;
  if (d.form === 'none') return undefined;
  let text = strftime('%Y-%m-%d', epochSeconds, c.timezone);
  if (d.form === 'datetime') {
    text += d.separator + strftime(d.seconds ? '%H:%M:%S' : '%H:%M', epochSeconds, c.timezone);
    if (d.offset !== 'none') {
      const z = strftime('%z', epochSeconds, c.timezone);
      text += (d.separator === 'T' ? '' : ' ') + (d.offset === 'hh:mm' ? `${z.slice(0, 3)}:${z.slice(3)}` : z);
    }
  }
  // Unquoted and zone-less, a time is read as UTC: quote it so it is read in the site's zone.
  const quote = d.quote === 'plain' && d.form === 'datetime' && d.offset === 'none' ? 'single' : d.quote;
  return quote === 'double' ? doubleQuoted(text) : quote === 'single' ? singleQuoted(text) : text;
}

interface DayParts {
  readonly year: string;
  readonly month: string;
  readonly day: string;
}

function dayParts(c: Conventions, epochSeconds: number): DayParts {
  const [year, month, day] = strftime('%Y-%m-%d', epochSeconds, c.timezone).split('-');
  return { year, month, day };
}

/** The path of a language's post file (a collection document's without the date when the site's are). */
export function postPath(c: Conventions, lang: string | undefined, day: DayParts, slug: string): string {
  const dated = lang === undefined || c.datedNames?.[lang] !== false;
  return join(postsFolderFor(c, lang), `${dated ? `${day.year}-${day.month}-${day.day}-` : ''}${slug}${c.extension}`);
}

/** The `slug:` value a version writes where the site writes one: the counter or the file slug, with the language's suffix. */
/** The path of a language's draft, or undefined when its posts live in a collection (which has no drafts). */
export function draftPath(c: Conventions, lang: string | undefined, slug: string): string | undefined {
  const folder = draftsFolderOf(postsFolderFor(c, lang));
  return folder === undefined ? undefined : join(folder, `${slug}${c.extension}`);
}

/** Where a version goes: its post file, or its draft. */
function targetPath(c: Conventions, lang: string | undefined, day: DayParts, slug: string, draft: boolean | undefined): string | Message {
  if (!draft) return postPath(c, lang, day, slug);
  return draftPath(c, lang, slug) ?? msg('The {0} posts of this site live in {1}, a collection: Jekyll has no drafts there.', lang ?? '', postsFolderFor(c, lang));
}

function slugKeyValue(c: Conventions, lang: string | undefined, slug: string): string | undefined {
  const k = c.slugKey;
  if (!k) return undefined;
  const base = k.counter ? String(k.counter.next).padStart(k.counter.width, '0') : slug;
  return base + (lang ? k.suffixes[lang] ?? '' : '');
}

function permalinkFor(c: Conventions, lang: string | undefined, day: DayParts, slug: string): string | undefined {
  const shape = lang ? c.permalinks[lang] : undefined;
  return shape ? applyShape(shape, { lang: lang!, slug, ...day }) : undefined;
}

/** The translation key's value for a set of versions. */
function keyValue(c: Conventions, versions: readonly { lang?: string; slug: string; day: DayParts }[]): string | undefined {
  const t = c.translation;
  if (t.kind !== 'key') return undefined;
  if (t.value === 'number') return String(t.next ?? 1);
  const source = versions.find((v) => v.lang === t.from) ?? versions[0];
  return t.value === 'name' ? `${source.day.year}-${source.day.month}-${source.day.day}-${source.slug}` : source.slug;
}

interface Entry {
  readonly key: string;
  /** What follows `key:`, with its leading space (or newline for block lists). */
  readonly value: string;
}

function render(c: Conventions, entries: readonly Entry[]): { text: string; bodyOffset: number } {
  const order = (key: string): number => {
    const i = c.keyOrder.indexOf(key);
    return i === -1 ? c.keyOrder.length : i;
  };
  const sorted = entries.map((e, i) => ({ e, i })).sort((a, b) => order(a.e.key) - order(b.e.key) || a.i - b.i);
  const head = `---\n${sorted.map(({ e }) => `${e.key}:${e.value}\n`).join('')}---\n\n`;
  return { text: head, bodyOffset: head.length };
}

interface VersionSpec {
  readonly lang?: string;
  readonly title: string;
  readonly slug: string;
}

function postEntries(c: Conventions, v: VersionSpec, day: DayParts, epochSeconds: number, common: CommonInput, translationValue: string | undefined): { entries: Entry[]; permalink?: string } {
  const entries: Entry[] = [];
  if (c.layout) entries.push({ key: 'layout', value: ` ${quoted('plain', c.layout)}` });
  entries.push({ key: 'title', value: ` ${quoted(c.titleQuote, v.title.trim())}` });
  if (v.lang && c.writeLang[v.lang] !== false) entries.push({ key: 'lang', value: ` ${quoted('plain', v.lang)}` });
  const permalink = permalinkFor(c, v.lang, day, v.slug);
  if (permalink) entries.push({ key: 'permalink', value: ` ${quoted('plain', permalink)}` });
  const slugValue = slugKeyValue(c, v.lang, v.slug);
  if (slugValue !== undefined) entries.push({ key: 'slug', value: ` ${quoted(c.slugKey!.quote === 'plain' && /^\d+$/.test(slugValue) ? 'double' : c.slugKey!.quote, slugValue)}` });
  const date = formatDate(c, epochSeconds);
  if (date && (!common.draft || c.draftsKeepDate)) entries.push({ key: 'date', value: ` ${date}` });
  // A draft writes what its posts folder's defaults give the post and its own folder's do not.
  if (common.draft) for (const [key, value] of Object.entries(c.draftDefaults?.[v.lang ?? ''] ?? {})) if (!entries.some((e) => e.key === key)) entries.push({ key, value: ` ${quoted('plain', value)}` });
  const authors = (common.authors ?? []).filter(Boolean);
  if (authors.length === 1 && c.authorsKey === 'author') entries.push({ key: 'author', value: ` ${quoted('plain', authors[0])}` });
  else if (authors.length) entries.push({ key: 'authors', value: listValue(c.lists.authors ?? c.lists['*'], authors) });
  const categories = (common.categories ?? []).filter(Boolean);
  if (categories.length) entries.push({ key: 'categories', value: listValue(c.lists.categories ?? c.lists['*'], categories) });
  const tags = (common.tags ?? []).filter(Boolean);
  if (tags.length) entries.push({ key: 'tags', value: listValue(c.lists.tags ?? c.lists['*'], tags) });
  if (translationValue !== undefined && c.translation.kind === 'key') entries.push({ key: c.translation.key, value: ` ${c.translation.value === 'number' ? translationValue : quoted('plain', translationValue)}` });
  // The site's default front matter, for the keys the command did not write.
  const defaults = c.defaultFrontMatter?.[common.draft ? 'drafts' : 'posts'] ?? {};
  for (const key of Object.keys(defaults)) {
    if (entries.some((e) => e.key === key)) continue;
    const style = c.lists[key] ?? c.lists['*'];
    entries.push({ key: isSafePlain(key) ? key : singleQuoted(key), value: yamlValue(defaults[key], style.flow || !!style.string, style.indent) });
  }
  return { entries, permalink };
}

function checkTargets(files: readonly PlannedFile[], exists: Exists): Plan | undefined {
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) return { ok: false, error: msg('Both versions would be written to {0}: give them different slugs.', f.path), path: f.path };
    seen.add(f.path);
    if (exists(f.path)) return { ok: false, error: msg('{0} already exists: nothing was written. Choose another slug or date.', f.path), path: f.path };
  }
  const permalinks = files.map((f) => f.permalink).filter(Boolean);
  if (new Set(permalinks).size !== permalinks.length) return { ok: false, error: msg('Both versions would have the URL {0}.', permalinks[0]!) };
  return undefined;
}

function draftSpec(c: Conventions, draft: PostDraft, fallbackLang: string | undefined): VersionSpec | Message {
  const title = draft.title ?? '';
  const titleError = titleProblem(title);
  if (titleError) return titleError;
  const slug = draft.slug ?? slugFromTitle(c, title);
  const slugError = slugProblem(slug);
  if (slugError) return slugError;
  return { lang: draft.lang ?? fallbackLang, title, slug };
}

function isMessage(x: unknown): x is Message {
  return typeof x === 'object' && x !== null && 'template' in x;
}

/**
 * The two versions of a new post (or the first one alone when the second is translated later,
 * its translation key already set so that "Add translation" links them).
 */
export function planBilingualPost(c: Conventions, input: BilingualInput, exists: Exists): Plan {
  const date = resolveDate(c, input.date, input.now);
  if (!date.ok) return date;
  const first = draftSpec(c, input.first, c.languages[0]);
  if (isMessage(first)) return { ok: false, error: first };
  const secondLang = input.second?.lang ?? input.secondLang ?? c.languages.find((l) => l !== first.lang);
  // Linked by file name: the second version takes the first's slug unless told otherwise.
  // So do versions of sites whose versions share their slug, when each language has its own folder.
  const sharesSlug = c.translation.kind === 'filename' || (c.sameSlug && postsFolderFor(c, first.lang) !== postsFolderFor(c, secondLang));
  const secondDraft = input.second && sharesSlug && input.second.slug === undefined ? { ...input.second, slug: first.slug } : input.second;
  const second = secondDraft ? draftSpec(c, secondDraft, secondLang) : undefined;
  if (isMessage(second)) return { ok: false, error: second };
  if (second && second.lang === first.lang) return { ok: false, error: msg('Both versions are in {0}: choose two languages.', first.lang ?? '') };
  if (second && c.translation.kind === 'filename' && second.slug !== first.slug) {
    return { ok: false, error: msg('This site links translations by file name: both versions need the slug {0}.', first.slug) };
  }
  const day = dayParts(c, date.epochSeconds);
  const versions = [first, ...(second ? [second] : [])];
  // Translate later: the key is formed for the versions to come, the second one with the first's slug.
  const keyVersions = second ? versions : [first, { lang: secondLang, title: '', slug: first.slug }];
  const value = keyValue(c, keyVersions.map((v) => ({ ...v, day })));
  const files: PlannedFile[] = [];
  for (const v of versions) {
    const path = targetPath(c, v.lang, day, v.slug, input.draft);
    if (isMessage(path)) return { ok: false, error: path };
    const { entries, permalink } = postEntries(c, v, day, date.epochSeconds, input, value);
    const { text, bodyOffset } = render(c, entries);
    files.push({ path, text, lang: v.lang, bodyOffset, permalink });
  }
  return checkTargets(files, exists) ?? { ok: true, files, edits: [] };
}

/** One post in one language, without a translation key. */
export function planPost(c: Conventions, input: SingleInput, exists: Exists): Plan {
  const date = resolveDate(c, input.date, input.now);
  if (!date.ok) return date;
  const spec = draftSpec(c, input.post, input.post.lang ?? (c.languages.length > 1 || c.writeLang[c.languages[0]] ? c.languages[0] : undefined));
  if (isMessage(spec)) return { ok: false, error: spec };
  const day = dayParts(c, date.epochSeconds);
  const path = targetPath(c, spec.lang, day, spec.slug, input.draft);
  if (isMessage(path)) return { ok: false, error: path };
  const { entries, permalink } = postEntries(c, spec, day, date.epochSeconds, input, undefined);
  const { text, bodyOffset } = render(c, entries);
  const files = [{ path, text, lang: spec.lang, bodyOffset, permalink }];
  return checkTargets(files, exists) ?? { ok: true, files, edits: [] };
}

/** What the original post says about itself, for "Add translation". */
export interface OriginalPost {
  readonly path: string;
  readonly lang?: string;
  readonly title?: string;
  readonly slug: string;
  readonly day: DayParts;
  readonly translationValue?: string;
}

/** Reads a post for "Add translation", or says why it cannot be translated. */
export function readOriginal(c: Conventions, config: SiteConfig, path: string, text: string): OriginalPost | Message {
  const info = classifyPath(path, config);
  if (!info || info.kind !== 'post' || !info.fileDate) return msg('{0} is not a post: only files in `_posts` can be translated.', path);
  const fm = parseFrontMatter(text);
  if (!fm.data) return msg('{0} has no readable front matter.', path);
  const defaults = defaultsFor(config, info.relativePath, 'posts');
  const langValue = fm.data.lang ?? defaults.lang;
  let lang = typeof langValue === 'string' ? langValue : undefined;
  if (!lang) {
    const below = info.entry.split('/');
    const candidates = [below.length > 1 ? below[0] : undefined, info.pathCategories[info.pathCategories.length - 1]];
    lang = candidates.find((x) => x !== undefined && c.languages.includes(x));
  }
  const m = /^(\d{2,4})-(\d{1,2})-(\d{1,2})$/.exec(info.fileDate)!;
  const day = { year: m[1], month: m[2].padStart(2, '0'), day: m[3].padStart(2, '0') };
  const t = c.translation;
  const own = t.kind === 'key' ? fm.data[t.key] : undefined;
  return {
    path: info.relativePath,
    lang,
    title: typeof fm.data.title === 'string' ? fm.data.title : undefined,
    slug: info.slug,
    day,
    translationValue: typeof own === 'string' || typeof own === 'number' ? String(own) : undefined,
  };
}

/** The placeholder title of a translation: the original's, marked to be translated. */
export function placeholderTitle(originalTitle: string | undefined, slug: string): string {
  return `TODO: ${originalTitle ?? slug}`;
}

/** The slug a translation gets unless told: the original's when its file cannot collide, else `<slug>-<lang>`. */
export function translationSlug(c: Conventions, original: Pick<OriginalPost, 'slug' | 'lang'>, lang: string): string {
  if (c.translation.kind === 'filename') return original.slug;
  const sameFolder = postsFolderFor(c, lang) === postsFolderFor(c, original.lang);
  return sameFolder || c.polyglot ? `${original.slug}-${lang}` : original.slug;
}

/**
 * "Add translation": the original's front matter copied with `lang`, `permalink`, the title (a
 * placeholder unless given) and the translation key set; the body left empty. When the original
 * has no translation key, the plan adds it there too.
 */
export function planTranslation(c: Conventions, config: SiteConfig, original: { path: string; text: string }, input: TranslationInput, exists: Exists): Plan {
  const read = readOriginal(c, config, original.path, original.text);
  if (isMessage(read)) return { ok: false, error: read };
  if (read.lang === input.lang) return { ok: false, error: msg('{0} is already in {1}.', read.path, input.lang) };
  const title = input.title?.trim() ? input.title.trim() : placeholderTitle(read.title, read.slug);
  const titleError = titleProblem(title);
  if (titleError) return { ok: false, error: titleError };
  const slug = input.slug ?? (input.title?.trim() && c.translation.kind !== 'filename' ? slugFromTitle(c, title) : translationSlug(c, read, input.lang));
  const slugError = slugProblem(slug);
  if (slugError) return { ok: false, error: slugError };
  if (c.translation.kind === 'filename' && slug !== read.slug) {
    return { ok: false, error: msg('This site links translations by file name: both versions need the slug {0}.', read.slug) };
  }

  const text = original.text;
  const fm = parseFrontMatter(text);
  const eol = detectEol(text);
  const yamlStart = fm.block.yamlRange.start;
  const yamlEnd = fm.block.yamlRange.end;
  const replacements: TextEdit[] = [];
  const additions: string[] = [];
  const set = (key: string, value: string | undefined, insert: boolean): void => {
    const f: FrontMatterField | undefined = fm.fields.get(key);
    if (value === undefined) {
      if (f) replacements.push({ range: wholeLines(text, f, yamlEnd), newText: '' });
      return;
    }
    if (f && (f.style === 'plain' || f.style === 'single' || f.style === 'double' || f.style === 'empty')) {
      const style = f.style === 'empty' ? 'plain' : f.style;
      replacements.push({ range: f.valueRange, newText: (f.style === 'empty' ? ' ' : '') + quoted(style, value) });
    } else if (f) {
      replacements.push({ range: wholeLines(text, f, yamlEnd), newText: `${key}: ${quoted('plain', value)}${eol}` });
    } else if (insert) additions.push(`${key}: ${quoted(key === 'title' ? c.titleQuote : 'plain', value)}`);
  };

  set('title', title, true);
  const targetDefaults = defaultsFor(config, postPath(c, input.lang, read.day, slug), 'posts');
  const langWritten = fm.fields.has('lang') || c.writeLang[input.lang] !== false;
  set('lang', targetDefaults.lang === input.lang && !fm.fields.has('lang') ? undefined : langWritten ? input.lang : undefined, langWritten);
  const permalink = permalinkFor(c, input.lang, read.day, slug);
  if (fm.fields.has('permalink') || permalink) {
    // A permalink written by hand in the original becomes the target language's own, else none.
    set('permalink', permalink ?? undefined, true);
  }
  // A `slug:` with a per-language suffix: the original's value, its suffix changed for the new language.
  const slugField = fm.fields.get('slug');
  if (c.slugKey && slugField && (typeof slugField.value === 'string' || typeof slugField.value === 'number')) {
    const own = String(slugField.value);
    const from = read.lang ? c.slugKey.suffixes[read.lang] ?? '' : '';
    const base = from && own.endsWith(from) ? own.slice(0, -from.length) : own;
    set('slug', base + (c.slugKey.suffixes[input.lang] ?? ''), true);
  }
  let originalEdit: PlannedEdit | undefined;
  const t = c.translation;
  if (t.kind === 'key') {
    const value =
      read.translationValue ??
      keyValue(c, [
        { lang: read.lang, slug: read.slug, day: read.day },
        { lang: input.lang, slug, day: read.day },
      ])!;
    set(t.key, value, true);
    if (read.translationValue === undefined) {
      originalEdit = { path: read.path, edits: [insertLines(text, fm, [`${t.key}: ${quoted('plain', value)}`])] };
    }
  }
  const yaml = applyEdits(text.slice(0, yamlEnd), replacements).slice(yamlStart);
  const needsEol = yaml.length > 0 && !yaml.endsWith('\n');
  const head = `---${eol}${yaml}${needsEol ? eol : ''}${additions.map((l) => `${l}${eol}`).join('')}---${eol}${eol}`;
  const target = postPath(c, input.lang, read.day, slug);
  const files: PlannedFile[] = [{ path: target, text: head, lang: input.lang, bodyOffset: head.length, permalink }];
  const error = checkTargets(files, exists);
  if (error) return error;
  return { ok: true, files, edits: originalEdit ? [originalEdit] : [] };
}

/** A top-level entry's lines, with its line end (to remove or rewrite it). */
function wholeLines(text: string, f: FrontMatterField, yamlEnd: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', f.keyRange.start - 1) + 1;
  let end = text.indexOf('\n', f.pairRange.end);
  end = end === -1 || end >= yamlEnd ? yamlEnd : end + 1;
  return { start, end };
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start - a.range.start)) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

/** One line of the conventions summary, with where the convention comes from. */
export interface ConventionLine {
  /** Which convention: the command lets the author change some of them. */
  readonly key: ConventionKey;
  readonly message: Message;
  readonly source: ConventionSource;
  /** Posts (paths relative to the root) and `_config.yml:LINE` it was read from. */
  readonly evidence: readonly string[];
}

function tagsLine(style: ListStyle | undefined): Message {
  if (style?.string) return msg('Tags: a space-separated string (`tags: a b c`)');
  if (style?.flow) return msg('Tags: a flow list (`tags: [a, b]`)');
  return msg('Tags: a block list (one `- a` line each)');
}

/** The conventions a plan follows, for the summary before the files are written. */
export function describeConventions(c: Conventions): ConventionLine[] {
  const s = c.sources;
  const e = (key: ConventionKey): readonly string[] => c.evidence?.[key] ?? [];
  const lines: ConventionLine[] = [];
  const line = (key: ConventionKey, message: Message, source: ConventionSource = s[key]): void => {
    lines.push({ key, message, source, evidence: e(key) });
  };
  line('languages', msg('Languages: {0}', c.languages.join(', ')));
  const perLanguage = c.languages.map((l) => `${l}: ${postsFolderFor(c, l)}/`);
  if (Object.keys(c.folders ?? {}).length) line('postsFolder', msg('Folders: {0}', perLanguage.join(', ')));
  else {
    const folder = c.postsFolder === '_posts' ? '_posts/' : c.postsFolder === '_posts/<lang>' ? '_posts/<lang>/' : '<lang>/_posts/';
    line('postsFolder', msg('Folder: {0}', join(c.collectionsDir, folder) + (folder.endsWith('/') ? '/' : '')));
  }
  const t = c.translation;
  if (t.kind === 'key') {
    line('translation', t.value === 'number' ? msg('Translations linked by `{0}`: the next number, {1}', t.key, String(t.next ?? 1)) : t.value === 'slug' ? msg('Translations linked by `{0}`: the slug of the {1} version', t.key, t.from) : msg('Translations linked by `{0}`: the file name of the {1} version', t.key, t.from));
  } else if (t.kind === 'filename') {
    line('translation', msg('Translations linked by the same file name in each language folder'));
  } else {
    line('translation', msg('No key links translations: none is written'));
  }
  if (c.slugKey) {
    const k = c.slugKey;
    const example = c.languages.map((l) => `${l}: ${k.counter ? String(k.counter.next).padStart(k.counter.width, '0') : '<slug>'}${k.suffixes[l] ?? ''}`).join(', ');
    line('slug', msg('`slug:` written, with each language’s suffix ({0})', example));
  }
  const langs = c.languages.filter((l) => c.writeLang[l]);
  line('lang', langs.length ? msg('`lang` written') : msg('`lang` from `_config.yml` defaults'));
  line('layout', c.layout ? msg('`layout: {0}` written', c.layout) : msg('`layout` not written'));
  const shapes = c.languages.filter((l) => c.permalinks[l]).map((l) => `${l}: ${c.permalinks[l].split('{lang}').join(l)}`);
  line('permalink', shapes.length ? msg('Permalinks: {0}', shapes.join(', ')) : msg('No permalink written: Jekyll makes the URL'));
  line('lists', tagsLine(c.lists.tags ?? c.lists['*']));
  line('date', c.date.form === 'none' ? msg('No `date` written: the file name gives the day') : msg('Dates written in {0}', c.timezone));
  return lines;
}

/** The file name a plan writes, for messages. */
export function fileName(path: string): string {
  return basename(path);
}
