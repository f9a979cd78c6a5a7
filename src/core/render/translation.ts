/**
 * The other-language versions of a post: documents sharing a translation key (`ref`, `lang_ref`,
 * `translation_key`, `i18n-link`, `page_id`) with another `lang`, or the same file name in the
 * other language's folder (`fr/_posts/x.md` ↔ `en/_posts/x.md`). Creating a missing one is the
 * `jekyllPosts.addTranslation` command's job.
 */
import { JekyllValue } from '../site/scalars';
import type { CatalogInput } from './catalog';

export const TRANSLATION_KEYS = ['ref', 'lang_ref', 'translation_key', 'i18n-link', 'page_id'] as const;

export interface TranslationLink {
  readonly lang: string;
  readonly status: 'found' | 'missing';
  /** Found: the other version. */
  readonly path?: string;
  readonly relativePath?: string;
  readonly title?: string;
  /** How it was found. */
  readonly via?: string;
}

function scalar(value: JekyllValue | undefined): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined;
}

export function langOf(data: Readonly<Record<string, JekyllValue>>): string | undefined {
  return scalar(data.lang) ?? scalar(data.language) ?? scalar(data.locale);
}

/** The other-language versions of a document, one entry per other language of the site. */
export function findTranslations(
  current: { readonly path: string; readonly relativePath: string; readonly data: Readonly<Record<string, JekyllValue>> },
  documents: Iterable<CatalogInput>,
  languages: readonly string[],
): TranslationLink[] {
  const lang = langOf(current.data);
  if (!lang) return [];
  const others = languages.filter((l) => l.toLowerCase() !== lang.toLowerCase());
  if (others.length === 0) return [];
  const found = new Map<string, TranslationLink>();
  const keys = TRANSLATION_KEYS.map((k) => [k, scalar(current.data[k])] as const).filter(([, v]) => v !== undefined);
  const segments = current.relativePath.split('/');
  const langSegment = segments.findIndex((s) => s.toLowerCase() === lang.toLowerCase());
  const byPath = new Map<string, CatalogInput>();
  for (const doc of documents) {
    if (doc.path === current.path) continue;
    byPath.set(doc.info.relativePath, doc);
    const otherLang = langOf(doc.data);
    if (!otherLang || otherLang.toLowerCase() === lang.toLowerCase() || found.has(otherLang)) continue;
    for (const [key, value] of keys) {
      if (scalar(doc.data[key]) === value) {
        found.set(otherLang, { lang: otherLang, status: 'found', path: doc.path, relativePath: doc.info.relativePath, title: scalar(doc.data.title), via: key });
        break;
      }
    }
  }
  if (langSegment >= 0) {
    for (const other of others) {
      if (found.has(other)) continue;
      const candidate = [...segments.slice(0, langSegment), other, ...segments.slice(langSegment + 1)].join('/');
      const doc = byPath.get(candidate);
      if (doc) found.set(other, { lang: other, status: 'found', path: doc.path, relativePath: candidate, title: scalar(doc.data.title), via: 'folder' });
    }
  }
  return others.map((other) => found.get(other) ?? [...found.values()].find((f) => f.lang.toLowerCase() === other.toLowerCase()) ?? { lang: other, status: 'missing' });
}
