/**
 * Completions inside front matter, from what the whole site knows: keys, tags and categories by
 * use, authors, languages, layouts, dates and permalinks. Pure: the host hands in the text, the
 * cursor, the site's configuration and its index.
 */
import { Message, msg } from '../messages';
import { defaultsFor, SiteConfig } from '../site/config';
import { classifyPath, SiteDocumentInfo } from '../site/post';
import { describeValue, typePlainScalar } from '../site/scalars';
import { applyPermalinkShape, fileDateParts, SiteKnowledge } from '../site/siteIndex';
import { strftime } from '../site/strftime';
import { OffsetRange } from '../text';
import { cursorContext, KeyContext, ValueContext } from './context';
import { KNOWN_KEYS, LIST_KEYS } from './keys';
import { matchRank } from './match';
import { documentUrl, documentFacts } from './documentFacts';

/** Text for the user: a string shown as is (data from the site), or a message the host translates. */
export type Text = string | Message;

export type CompletionKind = 'key' | 'tag' | 'category' | 'author' | 'language' | 'layout' | 'date' | 'permalink';

export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  /** The text that replaces `range`. */
  readonly insertText: string;
  readonly range: OffsetRange;
  /** A short line next to the label (a count, a display name). */
  readonly detail?: Text;
  /** Markdown paragraphs; strings are site data (already escaped). */
  readonly documentation?: readonly Text[];
  /** Order: items come ranked, and this keeps the host from reordering them. */
  readonly sortText: string;
  /** What the host's own filter compares with the typed text: the typed text, since the core has filtered. */
  readonly filterText: string;
  /** After inserting a key whose values the site knows, ask for completions again. */
  readonly retrigger?: boolean;
}

export interface CompletionResult {
  readonly items: CompletionItem[];
  /** The host should ask again as the user types (the core filters, ignoring accents). */
  readonly isIncomplete: boolean;
}

export interface CompletionInput {
  readonly text: string;
  readonly offset: number;
  /** Path of the document relative to the site root. */
  readonly relativePath: string;
  readonly config: SiteConfig;
  readonly site: SiteKnowledge;
  /** The build time; now by default. */
  readonly now?: Date;
  /** The zone when `_config.yml` sets no `timezone` (the host machine's); UTC by default. */
  readonly timezone?: string;
}

const EMPTY: CompletionResult = { items: [], isIncomplete: false };

/** How many posts, in a few words. */
export function postCount(count: number): Message {
  return count === 1 ? msg('1 post') : msg('{0} posts', count);
}

/** Escapes site data for Markdown. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&');
}

/** A value as it must be written in YAML at this place: plain when that reads back the same, else quoted. */
export function yamlValue(value: string, context: { list: 'none' | 'block' | 'flow'; quote?: '"' | "'" }): string {
  if (context.quote === "'") return value.replace(/'/g, "''");
  if (context.quote === '"') return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  const plain =
    value !== '' &&
    typePlainScalar(value) === value &&
    !/^[-?:,[\]{}#&*!|>'"%@`\s]/.test(value) &&
    !/\s$/.test(value) &&
    !/: |:$| #|[\t\n\r]/.test(value) &&
    !(context.list === 'flow' && /[,[\]{}]/.test(value));
  return plain ? value : `'${value.replace(/'/g, "''")}'`;
}

function sortKey(n: number): string {
  return String(n).padStart(6, '0');
}

/** Completions at the cursor; empty outside front matter. */
export function completeAt(input: CompletionInput): CompletionResult {
  const context = cursorContext(input.text, input.offset);
  if (context.kind === 'none') return EMPTY;
  const info = classifyPath(input.relativePath, input.config);
  if (context.kind === 'key') return completeKey(input, context, info);
  return completeValue(input, context, info);
}

function completeKey(input: CompletionInput, context: KeyContext, info: SiteDocumentInfo | undefined): CompletionResult {
  const type = info?.kind === 'page' || !info ? 'pages' : info.collection ?? 'pages';
  const defaults = defaultsFor(input.config, input.relativePath, type);
  const candidates = new Map<string, { detail?: Text; documentation: Text[]; count: number; order: number }>();
  KNOWN_KEYS.forEach((k, order) => candidates.set(k.key, { documentation: [k.description], count: input.site.keys.get(k.key) ?? 0, order }));
  for (const [key, count] of input.site.keys) {
    const known = candidates.get(key);
    if (!known) candidates.set(key, { detail: postCount(count), documentation: [], count, order: KNOWN_KEYS.length });
    else known.detail = postCount(count);
  }
  for (const [key, value] of Object.entries(defaults)) {
    const entry = candidates.get(key) ?? { documentation: [], count: 0, order: KNOWN_KEYS.length };
    entry.detail = msg('Default: {0}', describeValue(value));
    candidates.set(key, entry);
  }
  const ranked: { key: string; rank: number; count: number; order: number; detail?: Text; documentation: Text[] }[] = [];
  for (const [key, entry] of candidates) {
    if (context.present.has(key)) continue;
    const rank = matchRank(key, context.prefix);
    if (rank === undefined) continue;
    ranked.push({ key, rank, ...entry });
  }
  ranked.sort((a, b) => a.rank - b.rank || b.count - a.count || a.order - b.order || (a.key < b.key ? -1 : 1));
  const hasValues = (key: string): boolean => ['tags', 'tag', 'categories', 'category', 'authors', 'author', 'lang', 'layout', 'date', 'permalink'].includes(key);
  const items = ranked.map((r, i): CompletionItem => ({
    label: r.key,
    kind: 'key',
    insertText: `${r.key}: `,
    range: context.range,
    detail: r.detail,
    documentation: r.documentation,
    sortText: sortKey(i),
    filterText: context.prefix,
    retrigger: hasValues(r.key),
  }));
  return { items, isIncomplete: true };
}

interface Candidate {
  readonly value: string;
  readonly kind: CompletionKind;
  readonly count: number;
  readonly detail?: Text;
  readonly documentation?: Text[];
  /** Extra words to match besides the value (an author's display name). */
  readonly alias?: string;
}

function completeValue(input: CompletionInput, context: ValueContext, info: SiteDocumentInfo | undefined): CompletionResult {
  const key = context.key;
  const site = input.site;
  let candidates: Candidate[] = [];
  let ranked = true;
  if (key === 'tags' || key === 'tag') {
    for (const [tag, count] of site.tags) candidates.push({ value: tag, kind: 'tag', count, detail: postCount(count) });
  } else if (key === 'categories' || key === 'category') {
    for (const [category, count] of site.categories) candidates.push({ value: category, kind: 'category', count, detail: postCount(count) });
  } else if (key === 'authors' || key === 'author') {
    for (const author of site.authors.values()) {
      const documentation: Text[] = [];
      if (author.name) documentation.push(`**${escapeMarkdown(author.name)}**`);
      if (author.bio) documentation.push(escapeMarkdown(author.bio));
      candidates.push({ value: author.login, kind: 'author', count: 0, detail: author.name, documentation, alias: author.name });
    }
  } else if (key === 'lang') {
    const languages = new Map(site.languages);
    for (const lang of input.config.languages ?? []) if (!languages.has(lang)) languages.set(lang, 0);
    for (const [lang, count] of languages) candidates.push({ value: lang, kind: 'language', count, detail: postCount(count) });
  } else if (key === 'layout') {
    const files = site.layoutFiles;
    for (const layout of site.layouts ?? []) candidates.push({ value: layout, kind: 'layout', count: 0, detail: files?.get(layout) });
  } else if (key === 'date') {
    ranked = false;
    candidates = dateCandidates(input, info);
  } else if (key === 'permalink') {
    ranked = false;
    candidates = permalinkCandidates(input, info);
  } else return EMPTY;

  const existing = new Set(context.existing);
  const scored: { c: Candidate; rank: number; index: number }[] = [];
  candidates.forEach((c, index) => {
    if (existing.has(c.value)) return;
    let rank = matchRank(c.value, context.prefix);
    if (rank === undefined && c.alias) rank = matchRank(c.alias, context.prefix) === undefined ? undefined : 2;
    if (rank === undefined) return;
    scored.push({ c, rank, index });
  });
  if (ranked) scored.sort((a, b) => a.rank - b.rank || b.c.count - a.c.count || (a.c.value < b.c.value ? -1 : a.c.value > b.c.value ? 1 : 0));
  else scored.sort((a, b) => a.rank - b.rank || a.index - b.index);
  const emptyListKey = context.list === 'none' && LIST_KEYS.has(key) && context.prefix === '' && context.range.start === context.range.end;
  const items = scored.map(({ c }, i): CompletionItem => {
    let insertText = yamlValue(c.value, context);
    if (emptyListKey) insertText = `[${yamlValue(c.value, { list: 'flow' })}]`;
    if (context.needsDash) insertText = `- ${insertText}`;
    return { label: c.value, kind: c.kind, insertText, range: context.range, detail: c.detail, documentation: c.documentation, sortText: sortKey(i), filterText: input.text.slice(context.range.start, input.offset) };
  });
  return { items, isIncomplete: true };
}

function dateCandidates(input: CompletionInput, info: SiteDocumentInfo | undefined): Candidate[] {
  const zone = input.config.timezone ?? input.timezone ?? 'UTC';
  const now = Math.floor((input.now ?? new Date()).getTime() / 1000);
  const out: Candidate[] = [{ value: strftime('%Y-%m-%d %H:%M:%S %z', now, zone), kind: 'date', count: 0, detail: msg('Now, in {0}', zone) }];
  const parts = fileDateParts(info?.fileDate);
  if (parts) out.push({ value: `${parts.year}-${parts.month}-${parts.day}`, kind: 'date', count: 0, detail: msg('The date in the file name') });
  return out;
}

function permalinkCandidates(input: CompletionInput, info: SiteDocumentInfo | undefined): Candidate[] {
  if (!info) return [];
  const facts = documentFacts(input.text, info, input.config, input.timezone, input.now);
  const out: Candidate[] = [];
  const shapes = [...(input.site.permalinkShapes ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
  const lang = typeof facts.effective.lang === 'string' ? facts.effective.lang : undefined;
  for (const [shape, count] of shapes) {
    const url = applyPermalinkShape(shape, { lang, slug: info.slug, fileDate: info.fileDate });
    if (url && !out.some((c) => c.value === url)) out.push({ value: url, kind: 'permalink', count, detail: msg('The URL shape {0} posts of this site use', count) });
    if (out.length >= 3) break;
  }
  const computed = documentUrl(facts, info, input.config, { ignorePermalink: true });
  if (computed.ok && !out.some((c) => c.value === computed.url)) out.push({ value: computed.url, kind: 'permalink', count: 0, detail: msg('The URL Jekyll gives this post without a permalink') });
  return out;
}
