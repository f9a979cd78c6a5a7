import { msg } from '../../messages';
import { documentIndexes, groupOf } from '../../site/documents';
import { currentSummary, fenceRange, field, knownLanguages, stringValue } from '../ruleUtils';
import { LintContext, Rule, Translations } from '../types';
import { OffsetRange } from '../../text';

/** This post and the other members of its translation group, when the site links translations (once per lint of a post). */
function translations(context: LintContext): Translations | undefined {
  const memo = context.memo;
  if (memo?.translations !== undefined) return memo.translations ?? undefined;
  const found = findTranslations(context);
  if (memo) memo.translations = found ?? null;
  return found;
}

function findTranslations(context: LintContext): Translations | undefined {
  const documents = context.site?.siteDocuments;
  if (!documents || context.document.kind !== 'post') return undefined;
  const own = currentSummary(context);
  if (!own) return undefined;
  const indexes = documentIndexes(documents, context.settings.translationKey);
  const group = groupOf(own, indexes.link);
  if (group === undefined || !own.lang) return undefined;
  const others = (indexes.byTranslation.get(group) ?? []).filter((d) => d.path !== own.path);
  return { own, group, others };
}

/** Where findings about translations go: the translation key's value, else the opening fence. */
function translationRange(context: LintContext): OffsetRange {
  const documents = context.site?.siteDocuments;
  const link = documents ? documentIndexes(documents, context.settings.translationKey).link : undefined;
  const keyField = link?.kind === 'key' ? field(context, link.key) : undefined;
  return keyField ? keyField.valueRange : fenceRange(context);
}

/** Two posts of one language share a translation key. */
export const translationDuplicate: Rule = {
  id: 'translation-duplicate',
  defaultSeverity: 'warning',
  check(context, report) {
    const t = translations(context);
    if (!t) return;
    const same = t.others.filter((d) => d.lang === t.own.lang);
    if (same.length === 0) return;
    report({
      range: translationRange(context),
      message: msg('{0} is also a {1} version of `{2}`: each language should have one.', same.map((d) => d.path).join(', '), t.own.lang ?? '', t.group),
      related: same.map((d) => ({ file: d.path, range: { start: 0, end: 0 }, message: msg('Same language, same translation key') })),
    });
  },
};

/** A post whose other-language version does not exist (off on sites where most posts have none). */
export const translationMissing: Rule = {
  id: 'translation-missing',
  defaultSeverity: 'info',
  check(context, report) {
    const documents = context.site?.siteDocuments;
    if (!documents || context.document.kind !== 'post') return;
    const indexes = documentIndexes(documents, context.settings.translationKey);
    if (indexes.translatedShare < 0.5) return;
    const own = currentSummary(context);
    if (!own?.lang) return;
    const group = groupOf(own, indexes.link);
    const versions = group === undefined ? [] : indexes.byTranslation.get(group) ?? [];
    const missing: string[] = [];
    for (const lang of context.site?.languages.keys() ?? []) if (lang !== own.lang && !versions.some((d) => d.lang === lang)) missing.push(lang);
    if (missing.length === 0) return;
    report({ range: translationRange(context), message: msg('This post has no {0} version yet.', missing.join(', ')) });
  },
};

/** The language folder a post sits in (`_posts/en/`, `en/_posts/`), when that folder names a language the site knows. */
function languageFolder(context: LintContext, known: readonly string[]): string | undefined {
  const folders = context.document.relativePath.split('/').slice(0, -1);
  return folders.find((f) => known.includes(f));
}

/**
 * Language versions that contradict each other: one version writes its language prefix in its
 * permalink and the other does not, or a post's `lang` contradicts its language folder. Dates are
 * not compared: translations are often published weeks or months after the original.
 */
export const translationMismatch: Rule = {
  id: 'translation-mismatch',
  defaultSeverity: 'warning',
  check(context, report) {
    const lang = stringValue(context.effective.lang);
    if (lang && context.document.kind === 'post') {
      const folder = languageFolder(context, knownLanguages(context));
      if (folder !== undefined && folder.toLowerCase() !== lang.toLowerCase().split(/[-_]/)[0] && folder.toLowerCase() !== lang.toLowerCase()) {
        report({
          range: field(context, 'lang')?.valueRange ?? fenceRange(context),
          message: msg('This post is in the `{0}` folder, but its `lang` is `{1}`: its language versions will not find it.', folder, lang),
        });
      }
    }
    const t = translations(context);
    if (!t) return;
    for (const other of t.others) {
      if (other.lang === t.own.lang) continue;
      // Both versions write their language prefix, or neither does.
      const ownPrefixed = t.own.permalink !== undefined && t.own.permalink.startsWith(`/${t.own.lang}/`);
      const otherPrefixed = other.permalink !== undefined && other.lang !== undefined && other.permalink.startsWith(`/${other.lang}/`);
      if (t.own.permalink !== undefined && other.permalink !== undefined && otherPrefixed && !ownPrefixed) {
        const f = field(context, 'permalink');
        report({
          range: f?.valueRange ?? translationRange(context),
          message: msg('The {0} version’s permalink starts with `/{0}/`, but this one does not start with `/{1}/`.', other.lang ?? '', t.own.lang ?? ''),
          related: [{ file: other.path, range: { start: 0, end: 0 }, message: msg('The other version') }],
        });
      }
    }
  },
};
