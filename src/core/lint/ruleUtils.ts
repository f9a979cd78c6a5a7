import { FrontMatterField } from '../site/frontMatter';
import { JekyllValue } from '../site/scalars';
import { resolveDocumentDate, ResolvedDocumentDate } from '../site/rubyTime';
import { LintContext } from './types';
import { documentVerdict } from '../site/siteModel';
import { DocSummary, summarize } from '../site/documents';
import { documentNameParts } from '../site/post';

/** Levenshtein distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      best = Math.min(best, row[j]);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}

/** The candidates nearest to `value` (case-insensitive), closest first, within `max` edits. */
export function closest(value: string, candidates: Iterable<string>, max: number, limit = 3): string[] {
  const v = value.toLowerCase();
  const scored: [string, number][] = [];
  for (const c of candidates) {
    if (c === value) continue;
    const d = editDistance(v, c.toLowerCase(), max);
    if (d <= max) scored.push([c, d]);
  }
  return scored.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([c]) => c);
}

/** Posts, drafts and collection documents: what Jekyll reads dates and URLs of. */
export function isDocument(context: LintContext): boolean {
  return context.document.kind !== 'page';
}

export function isPost(context: LintContext): boolean {
  return context.document.kind === 'post' || context.document.kind === 'draft';
}

export function field(context: LintContext, key: string): FrontMatterField | undefined {
  return context.frontMatter.fields.get(key);
}

export function stringValue(value: JekyllValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The range to report a finding on that concerns the whole front matter: the opening fence. */
export function fenceRange(context: LintContext): { start: number; end: number } {
  return context.frontMatter.block.openRange;
}

/** The document's date as Jekyll resolves it (defaults, then front matter, then file name). */
export function documentDate(context: LintContext): ResolvedDocumentDate {
  const memo = context.memo;
  if (!memo) return resolveDate(context);
  return (memo.date ??= resolveDate(context));
}

function resolveDate(context: LintContext): ResolvedDocumentDate {
  const fm = context.frontMatter.data ?? {};
  return resolveDocumentDate({
    defaultsDate: context.defaults.date,
    frontMatterDate: 'date' in fm ? fm.date : undefined,
    fileDate: nameDate(context),
    fallbackEpochSeconds: Math.floor(context.settings.now.getTime() / 1000),
    timezone: context.settings.timezone,
    now: context.settings.now,
  });
}

/**
 * The date in the file name. Jekyll reads it for drafts and collection documents as for posts
 * (Document#populate_title matches the relative path; a bad one stops the build, drafts with
 * `--drafts`); a post has it as `fileDate`, a page never has one.
 */
function nameDate(context: LintContext): string | undefined {
  const { document } = context;
  if (document.kind === 'draft' || document.kind === 'collection') return documentNameParts(document.relativePath, document.slug).fileDate;
  return document.fileDate;
}

/**
 * The slug Jekyll reads from the file name (Document#populate_title, from which it makes a missing
 * title): after the date where the name has one, for drafts and collection documents as for posts
 * (`_drafts/2014-06-08-my-draft.md` is titled “My Draft”, measured with jekyll 4.3.1), without
 * trailing dots.
 */
export function nameSlug(context: LintContext): string {
  return documentNameParts(context.document.relativePath, context.document.slug).slug;
}

/** Languages the site declares: `_config.yml` `languages` (jekyll-polyglot), else the setting; undefined when it declares none. */
export function declaredLanguages(context: LintContext): readonly string[] | undefined {
  if (context.config.languages?.length) return context.config.languages;
  if (context.settings.languages?.length) return context.settings.languages;
  return undefined;
}

const inUseCache = new WeakMap<object, { version: number; counts: Map<string, number> }>();

/**
 * The `lang` values the site's documents use, each with how many documents use it, this one left
 * out: every post, page and collection document after defaults (when the host computed them), else
 * the posts, plus the `lang` values of `_config.yml` defaults and the site's own `lang`
 * (its default language).
 */
export function languagesInUse(context: LintContext): Map<string, number> {
  const documents = context.site?.siteDocuments;
  let all: Map<string, number>;
  if (documents) {
    const cached = inUseCache.get(documents);
    if (cached && cached.version === documents.version) all = cached.counts;
    else {
      all = new Map();
      for (const doc of documents.all.values()) if (doc.lang) all.set(doc.lang, (all.get(doc.lang) ?? 0) + 1);
      inUseCache.set(documents, { version: documents.version, counts: all });
    }
  } else all = new Map(context.site?.languages ?? []);
  const counts = new Map(all);
  // This document's entry as the host counted it (its saved text in the editor), else its lang now.
  const own = documents ? documents.all.get(context.document.relativePath)?.lang : stringValue(context.effective.lang);
  const ownCount = own === undefined ? undefined : counts.get(own);
  if (own !== undefined && ownCount !== undefined) {
    if (ownCount > 1) counts.set(own, ownCount - 1);
    else counts.delete(own);
  }
  const configured = [context.config.raw.lang, context.config.defaultLang, ...context.config.defaults.map((d) => d.values.lang)];
  for (const lang of configured) if (typeof lang === 'string' && lang && !counts.has(lang)) counts.set(lang, 0);
  return counts;
}

/** Languages the site knows: the ones it declares, else the ones its other documents (and defaults) use. */
export function knownLanguages(context: LintContext): string[] {
  const declared = declaredLanguages(context);
  if (declared) return [...declared];
  return [...languagesInUse(context).keys()];
}

/**
 * A page written out as it is, with no layout on purpose (`layout: null`, `none` or `false`): a
 * redirect stub keeping an old URL alive, a feed, `robots.txt`. Its URL is often one the site
 * cannot change, and its `lang` is shown nowhere.
 */
export function isRawPage(context: LintContext): boolean {
  if (context.document.kind !== 'page') return false;
  // A page's own `layout: null` wins over a default layout: Jekyll looks defaults up only for keys
  // a page does not have (measured with jekyll 4.3.1), where documents keep the default.
  const own = context.frontMatter.data;
  const layout = own && 'layout' in own ? own.layout : context.effective.layout;
  return layout === null || layout === false || layout === 'none';
}

/** Whether the site uses jekyll-polyglot, which prefixes non-default languages itself. */
export function isPolyglot(context: LintContext): boolean {
  return context.config.plugins.includes('jekyll-polyglot');
}

/**
 * What Jekyll makes of this document (URL, output, whether it is written): from the site's
 * documents when the host says they were computed from this very text, else computed now.
 */
export function currentSummary(context: LintContext): DocSummary | undefined {
  const memo = context.memo;
  if (memo?.summary !== undefined) return memo.summary ?? undefined;
  const path = context.document.relativePath;
  const known = context.siteDocumentsCurrent ? context.site?.siteDocuments?.all.get(path) : undefined;
  let summary = known;
  if (!summary) {
    const verdict = documentVerdict(path, context.text, context.config, { now: context.settings.now, drafts: false, machineZone: context.settings.timezone }, undefined, context.frontMatter);
    summary = verdict ? summarize(verdict) : undefined;
  }
  if (memo) memo.summary = summary ?? null;
  return summary;
}
