/**
 * The site's documents as the rules that compare them need them: each one's URL, output file,
 * language, date and translation keys, with indexes (by output, by translation) built once per
 * version of the set.
 */
import { DocVerdict } from './siteModel';

export interface DocSummary {
  readonly path: string;
  readonly kind: DocVerdict['kind'];
  readonly url?: string;
  readonly output?: string;
  readonly written: boolean;
  /** Why it is not written, as judged when the summary was made (a future date passes). */
  readonly reason?: DocVerdict['reason'];
  readonly lang?: string;
  readonly epochSeconds?: number;
  /** The front matter permalink, when the document sets one. */
  readonly permalink?: string;
  /** Values of the keys that can link translations (`ref`, `lang_ref`, ...), as text. */
  readonly keys: Readonly<Record<string, string>>;
}

export interface SiteDocuments {
  /** Changes whenever a document is added, changed or removed. */
  readonly version: number;
  readonly all: ReadonlyMap<string, DocSummary>;
  /** Every file of the site (documents and static files), relative to the root: for `{% link %}`. */
  readonly files: ReadonlySet<string>;
}

export const TRANSLATION_KEYS = ['ref', 'lang_ref', 'translation_key', 'i18n-link', 'page_id'] as const;

export function summarize(verdict: DocVerdict): DocSummary {
  const data = verdict.data ?? {};
  const keys: Record<string, string> = {};
  for (const key of TRANSLATION_KEYS) {
    const v = data[key];
    if (typeof v === 'string' || typeof v === 'number') keys[key] = String(v);
  }
  return {
    path: verdict.path,
    kind: verdict.kind,
    url: verdict.url,
    output: verdict.outputPath,
    written: verdict.written,
    ...(verdict.reason ? { reason: verdict.reason } : {}),
    lang: typeof data.lang === 'string' && data.lang ? data.lang : undefined,
    epochSeconds: verdict.epochSeconds,
    permalink: typeof data.permalink === 'string' ? data.permalink : undefined,
    keys,
  };
}

/** How a site links the language versions of a post. */
export type TranslationLink = { readonly kind: 'key'; readonly key: string } | { readonly kind: 'folders' };

export interface DocumentIndexes {
  readonly byOutput: ReadonlyMap<string, DocSummary[]>;
  readonly byUrlLower: ReadonlyMap<string, DocSummary[]>;
  /** How many groups of byUrlLower hold URLs that differ by case (0 on most sites). */
  readonly caseCollisions: number;
  readonly link?: TranslationLink;
  /** Documents by translation group (key value, or file name under per-language folders). */
  readonly byTranslation: ReadonlyMap<string, DocSummary[]>;
  /** Share of posts with at least one other-language version. */
  readonly translatedShare: number;
}

const cache = new WeakMap<SiteDocuments, { version: number; setting?: string; indexes: DocumentIndexes }>();

/** The group a document belongs to under per-language folders: its path with the language folder taken out. */
export function folderGroup(doc: DocSummary): string | undefined {
  if (!doc.lang) return undefined;
  const parts = doc.path.split('/');
  const i = parts.indexOf(doc.lang);
  if (i === -1) return undefined;
  return [...parts.slice(0, i), ...parts.slice(i + 1)].join('/');
}

function detectLink(posts: DocSummary[], setting: string | undefined): TranslationLink | undefined {
  if (setting) return { kind: 'key', key: setting };
  let best: { key: string; count: number } | undefined;
  for (const key of TRANSLATION_KEYS) {
    const count = posts.filter((p) => p.keys[key] !== undefined).length;
    if (count >= 2 && (!best || count > best.count)) best = { key, count };
  }
  if (best) return { kind: 'key', key: best.key };
  const groups = new Map<string, Set<string>>();
  for (const p of posts) {
    const g = folderGroup(p);
    if (g && p.lang) groups.set(g, (groups.get(g) ?? new Set()).add(p.lang));
  }
  if ([...groups.values()].some((langs) => langs.size > 1)) return { kind: 'folders' };
  return undefined;
}

export function groupOf(doc: DocSummary, link: TranslationLink | undefined): string | undefined {
  if (!link) return undefined;
  return link.kind === 'key' ? doc.keys[link.key] : folderGroup(doc);
}

function addTo(map: Map<string, DocSummary[]>, key: string, doc: DocSummary): void {
  const list = map.get(key);
  if (list) list.push(doc);
  else map.set(key, [doc]);
}

/** Indexes over a site's documents, computed once per version. */
export function documentIndexes(documents: SiteDocuments, translationKeySetting?: string): DocumentIndexes {
  const cached = cache.get(documents);
  if (cached && cached.version === documents.version && cached.setting === translationKeySetting) return cached.indexes;
  const byOutput = new Map<string, DocSummary[]>();
  const byUrlLower = new Map<string, DocSummary[]>();
  const posts: DocSummary[] = [];
  for (const doc of documents.all.values()) {
    if (doc.kind === 'post') posts.push(doc);
    if (!doc.written) continue;
    if (doc.output) addTo(byOutput, doc.output, doc);
    if (doc.url) {
      addTo(byUrlLower, doc.url.toLowerCase(), doc);
    }
  }
  const link = detectLink(posts, translationKeySetting);
  const byTranslation = new Map<string, DocSummary[]>();
  if (link) {
    for (const doc of posts) {
      const group = groupOf(doc, link);
      if (group !== undefined) addTo(byTranslation, group, doc);
    }
  }
  const translated = posts.filter((p) => {
    const group = groupOf(p, link);
    return group !== undefined && (byTranslation.get(group) ?? []).some((o) => o !== p && o.lang !== p.lang);
  }).length;
  let caseCollisions = 0;
  for (const group of byUrlLower.values()) if (group.length > 1 && group.some((d) => d.url !== group[0].url)) caseCollisions++;
  const indexes: DocumentIndexes = { byOutput, byUrlLower, caseCollisions, link, byTranslation, translatedShare: posts.length ? translated / posts.length : 0 };
  cache.set(documents, { version: documents.version, setting: translationKeySetting, indexes });
  return indexes;
}
