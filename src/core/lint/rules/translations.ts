import { msg } from '../../messages';
import { documentIndexes, groupOf } from '../../site/documents';
import { formatDay } from '../dates';
import { currentSummary, fenceRange, field } from '../ruleUtils';
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

/** Language versions dated too far apart, or whose permalinks do not follow the site's per-language pattern. */
export const translationMismatch: Rule = {
  id: 'translation-mismatch',
  defaultSeverity: 'warning',
  check(context, report) {
    const t = translations(context);
    if (!t || t.own.epochSeconds === undefined) return;
    const tz = context.settings.timezone;
    const maxSeconds = context.settings.translationMaxDaysApart * 86400;
    for (const other of t.others) {
      if (other.lang === t.own.lang || other.epochSeconds === undefined) continue;
      if (Math.abs(other.epochSeconds - t.own.epochSeconds) > maxSeconds) {
        report({
          range: field(context, 'date')?.valueRange ?? translationRange(context),
          message: msg('The {0} version ({1}) is dated {2}, more than {3} days from this one.', other.lang ?? '', other.path, formatDay(other.epochSeconds, tz), context.settings.translationMaxDaysApart),
          related: [{ file: other.path, range: { start: 0, end: 0 }, message: msg('The other version') }],
        });
      }
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
