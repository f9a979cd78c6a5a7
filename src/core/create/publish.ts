/**
 * Publishing a draft and unpublishing a post, as jekyll-compose's `publish` and `unpublish` do,
 * with the front matter edited byte for byte (comments, quoting, key order, CRLF and BOM kept):
 *
 * - publish: `_drafts/<sub>/slug.ext` → `_posts/<sub>/YYYY-MM-DD-slug.ext` (the folder beside), the
 *   day of the chosen date in the site's zone; `date:` written in the site's date style (or removed
 *   where the site's posts leave the date to the file name); the keys the draft carried for its
 *   posts folder's defaults (drafts.ts) removed where the defaults now give them; a
 *   `published: false` removed (publishing is what it is for).
 * - unpublish: back to the drafts folder without the date in the name; `date:` removed unless the
 *   site's drafts keep one; the keys the posts folder's defaults gave added; `published: false`
 *   removed (a draft is how Jekyll keeps a post unpublished).
 *
 * No I/O: the host checks which targets exist, then moves the files.
 */
import { insertLines, replaceValue, scalarLike, wholeEntry } from '../lint/edits';
import { TextEdit } from '../lint/types';
import { Message, msg } from '../messages';
import { basename, dirname, join } from '../paths';
import { defaultsFor, SiteConfig } from '../site/config';
import { FrontMatterField, parseFrontMatter, ParsedFrontMatter } from '../site/frontMatter';
import { classifyPath, SiteDocumentInfo } from '../site/post';
import { strftime } from '../site/strftime';
import { detectEol } from '../text';
import { Conventions, TRANSLATION_KEYS } from './conventions';
import { CARRIED_KEYS, carriedDefaults, draftsFolderOf, postsFolderOf } from './drafts';
import { Exists, formatDate, parseDateInput } from './newPost';

export interface PlannedMove {
  /** Relative to the site root. */
  readonly from: string;
  readonly to: string;
  /** Edits to the file's text (offsets in `from`'s text), applied before the move. */
  readonly edits: readonly TextEdit[];
  /** The text written at `to`. */
  readonly text: string;
  readonly lang?: string;
}

export type MovePlan = { readonly ok: true; readonly moves: readonly PlannedMove[] } | { readonly ok: false; readonly error: Message; readonly path?: string };

export interface FileText {
  /** Relative to the site root. */
  readonly path: string;
  readonly text: string;
}

export interface PublishInput {
  /** Epoch seconds, or a date Ruby's `Time.parse` reads (zone-less: the site's zone). */
  readonly date: number | string;
  readonly now?: Date;
  /** Other drafts to publish with it on the same date (its translations). */
  readonly with?: readonly FileText[];
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start - a.range.start)) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

/** The folder a document sits in (without its entry's subfolders) and the subfolders. */
function folderParts(info: SiteDocumentInfo): { folder: string; sub: string } {
  const folder = info.relativePath.slice(0, info.relativePath.length - info.entry.length).replace(/\/$/, '');
  const sub = dirname(info.entry);
  return { folder, sub: sub === '.' || sub === '' ? '' : sub };
}

/** A document's language: `lang` (own or defaults), else a language folder in its path. */
export function languageOf(c: Conventions, config: SiteConfig, info: SiteDocumentInfo, data: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const own = data?.lang ?? defaultsFor(config, info.relativePath, 'posts').lang;
  if (typeof own === 'string') return own;
  return info.relativePath.split('/').find((s) => c.languages.includes(s));
}

/** Where a key goes: after the last key present that the site writes before it, else first. */
function insertionPoint(c: Conventions, text: string, fm: ParsedFrontMatter, key: string): number | undefined {
  const order = (k: string): number => {
    const i = c.keyOrder.indexOf(k);
    return i === -1 ? c.keyOrder.length : i;
  };
  const yamlEnd = fm.block.yamlRange.end;
  const fields = [...fm.fields.values()].sort((a, b) => a.keyRange.start - b.keyRange.start);
  const before = fields.filter((f) => order(f.key) < order(key));
  if (before.length) {
    const last = before.reduce((a, b) => (order(b.key) >= order(a.key) ? b : a));
    const end = wholeEntry(text, last.keyRange, yamlEnd).end;
    return text.slice(0, end).endsWith('\n') ? end : undefined;
  }
  return fields.length ? text.lastIndexOf('\n', fields[0].keyRange.start - 1) + 1 : undefined;
}

/** Inserts `key: value` lines at their place in the site's key order, in the file's line ends. */
function insertKeys(c: Conventions, text: string, fm: ParsedFrontMatter, lines: readonly { key: string; line: string }[]): TextEdit[] {
  const eol = detectEol(text);
  const edits: TextEdit[] = [];
  const atEnd: string[] = [];
  for (const { key, line } of lines) {
    const at = insertionPoint(c, text, fm, key);
    if (at === undefined) atEnd.push(line);
    else edits.push({ range: { start: at, end: at }, newText: `${line}${eol}` });
  }
  if (atEnd.length) edits.push(insertLines(text, fm, atEnd));
  // Two lines inserted at one place keep their order.
  const merged = new Map<number, TextEdit>();
  for (const e of edits) {
    const prev = merged.get(e.range.start);
    merged.set(e.range.start, prev && e.range.end === e.range.start ? { range: e.range, newText: prev.newText + e.newText } : e);
  }
  return [...merged.values()];
}

function removeEntry(text: string, fm: ParsedFrontMatter, f: FrontMatterField): TextEdit {
  return { range: wholeEntry(text, f.keyRange, fm.block.yamlRange.end), newText: '' };
}

function scalar(v: unknown): string | undefined {
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

function readable(file: FileText): ParsedFrontMatter | Message {
  const fm = parseFrontMatter(file.text);
  if (!fm.block.closed || !fm.data || fm.problems.some((p) => p.kind === 'yaml-error' || p.kind === 'not-mapping')) return msg('{0} has no readable front matter: fix it before moving the file.', file.path);
  return fm;
}

function isMessage(x: unknown): x is Message {
  return typeof x === 'object' && x !== null && 'template' in x;
}

function checkTargets(moves: readonly PlannedMove[], exists: Exists): MovePlan {
  const seen = new Set<string>();
  for (const m of moves) {
    if (seen.has(m.to)) return { ok: false, error: msg('Both files would be moved to {0}: nothing was moved.', m.to), path: m.to };
    seen.add(m.to);
    if (exists(m.to)) return { ok: false, error: msg('{0} is in the way: nothing was moved.', m.to), path: m.to };
  }
  return { ok: true, moves };
}

/** The drafts among `drafts` that are other-language versions of `draft`: the same translation key, or the same name in the other language's folder. */
export function draftTranslations(c: Conventions, config: SiteConfig, draft: FileText, drafts: readonly FileText[]): FileText[] {
  const info = classifyPath(draft.path, config);
  if (!info || info.kind !== 'draft') return [];
  const fm = parseFrontMatter(draft.text);
  const lang = languageOf(c, config, info, fm.data);
  if (!lang) return [];
  const keys = [...new Set([...(c.translation.kind === 'key' ? [c.translation.key] : []), ...TRANSLATION_KEYS])]
    .map((k) => [k, scalar(fm.data?.[k])] as const)
    .filter(([, v]) => v !== undefined && v !== '');
  const segments = draft.path.split('/');
  const langAt = segments.indexOf(lang);
  const found = new Map<string, FileText>();
  for (const other of drafts) {
    if (other.path === draft.path) continue;
    const otherInfo = classifyPath(other.path, config);
    if (!otherInfo || otherInfo.kind !== 'draft') continue;
    const data = parseFrontMatter(other.text).data;
    const otherLang = languageOf(c, config, otherInfo, data);
    if (!otherLang || otherLang === lang || found.has(otherLang)) continue;
    const byKey = keys.some(([k, v]) => scalar(data?.[k]) === v);
    const byFolder = langAt >= 0 && other.path === [...segments.slice(0, langAt), otherLang, ...segments.slice(langAt + 1)].join('/');
    if (byKey || byFolder) found.set(otherLang, other);
  }
  return [...found.values()];
}

/** Moves a draft (and the drafts given with it) to the posts folder beside, dated. */
export function planPublish(c: Conventions, config: SiteConfig, draft: FileText, input: PublishInput, exists: Exists): MovePlan {
  const date = typeof input.date === 'number' ? (Number.isFinite(input.date) ? { ok: true as const, epochSeconds: Math.floor(input.date) } : { ok: false as const, error: msg('The date is not valid.') }) : parseDateInput(input.date, c.timezone, input.now);
  if (!date.ok) return date;
  const day = strftime('%Y-%m-%d', date.epochSeconds, c.timezone);
  const moves: PlannedMove[] = [];
  for (const file of [draft, ...(input.with ?? [])]) {
    const info = classifyPath(file.path, config);
    if (!info || info.kind !== 'draft') return { ok: false, error: msg('{0} is not a draft: only files in `_drafts` can be published.', file.path), path: file.path };
    if (!info.nameMatches) return { ok: false, error: msg('{0} has no extension: Jekyll does not read it.', file.path), path: file.path };
    const fm = readable(file);
    if (isMessage(fm)) return { ok: false, error: fm, path: file.path };
    const { folder, sub } = folderParts(info);
    const postsFolder = postsFolderOf(folder)!;
    const to = join(postsFolder, sub, `${day}-${basename(info.entry)}`);
    const lang = languageOf(c, config, info, fm.data);
    const edits: TextEdit[] = [];
    const text = file.text;
    const written = formatDate(c, date.epochSeconds);
    const dateField = fm.fields.get('date');
    if (dateField && written) edits.push(replaceValue(dateField, written));
    else if (dateField) edits.push(removeEntry(text, fm, dateField));
    const inserts: { key: string; line: string }[] = [];
    if (!dateField && written) inserts.push({ key: 'date', line: `date: ${written}` });
    // Keys the draft carried for the posts folder's defaults, which give them again.
    const carried = carriedDefaults(config, join(postsFolder, sub));
    const target = defaultsFor(config, to, 'posts');
    for (const key of CARRIED_KEYS) {
      const f = fm.fields.get(key);
      if (f && carried[key] !== undefined && target[key] === f.value && !writesKey(c, key, lang)) edits.push(removeEntry(text, fm, f));
    }
    const published = fm.fields.get('published');
    if (published && published.value === false) edits.push(removeEntry(text, fm, published));
    edits.push(...insertKeys(c, text, fm, inserts));
    moves.push({ from: info.relativePath, to, edits, text: applyEdits(text, edits), lang });
  }
  return checkTargets(moves, exists);
}

/** Whether the site writes this key in its posts of this language itself (rather than leaving it to defaults). */
function writesKey(c: Conventions, key: string, lang: string | undefined): boolean {
  if (key === 'lang') return !!lang && c.writeLang[lang] === true;
  if (key === 'layout') return c.layout !== undefined;
  return !!lang && c.permalinks[lang] !== undefined;
}

/** Moves a post back to the drafts folder beside, without the date in its name. */
export function planUnpublish(c: Conventions, config: SiteConfig, post: FileText, exists: Exists): MovePlan {
  const info = classifyPath(post.path, config);
  if (!info || info.kind !== 'post' || !info.fileDate) return { ok: false, error: msg('{0} is not a post: only dated files in `_posts` can be unpublished.', post.path), path: post.path };
  const fm = readable(post);
  if (isMessage(fm)) return { ok: false, error: fm, path: post.path };
  const { folder, sub } = folderParts(info);
  const draftsFolder = draftsFolderOf(folder)!;
  const to = join(draftsFolder, sub, `${info.slug}${info.ext}`);
  const lang = languageOf(c, config, info, fm.data);
  const text = post.text;
  const edits: TextEdit[] = [];
  const dateField = fm.fields.get('date');
  if (dateField && !c.draftsKeepDate) edits.push(removeEntry(text, fm, dateField));
  const published = fm.fields.get('published');
  if (published && (published.value === false || published.value === null)) edits.push(removeEntry(text, fm, published));
  const inserts = Object.entries(carriedDefaults(config, join(folder, sub)))
    .filter(([key]) => !fm.fields.has(key))
    .map(([key, value]) => ({ key, line: `${key}: ${scalarLike('plain', value)}` }));
  edits.push(...insertKeys(c, text, fm, inserts));
  return checkTargets([{ from: info.relativePath, to, edits, text: applyEdits(text, edits), lang }], exists);
}
