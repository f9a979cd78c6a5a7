import { msg } from '../../messages';
import { DocSummary, documentIndexes } from '../../site/documents';
import { currentSummary, fenceRange, field, isPolyglot } from '../ruleUtils';
import { LintContext, Rule } from '../types';
import { OffsetRange } from '../../text';

/** Most outputs and URLs belong to one document, the one linted: nothing to filter then. */
function onlyThis(documents: readonly DocSummary[], path: string): boolean {
  return documents.length === 1 && documents[0].path === path;
}

const POLYGLOT_PATH_LANG = /^[a-z]{2,3}(:?[_-](:?[A-Za-z]{2}){1,2}){0,2}$/;

/**
 * On a jekyll-polyglot site, the language a document is built in (its `lang`, else the language
 * folder when `lang_from_path` is on, else `default_lang`), as polyglot's coordinate_documents
 * decides. Each language is a build of its own: one URL may hold one document per language.
 */
function polyglotLanguage(context: LintContext): ((doc: DocSummary) => string) | undefined {
  if (!isPolyglot(context)) return undefined;
  const fallback = context.config.defaultLang ?? 'en';
  const fromPath = context.config.raw.lang_from_path === true;
  return (doc) => {
    if (doc.lang) return doc.lang;
    if (fromPath) {
      const segments = doc.path.split('/');
      if (doc.path.startsWith('_') && segments.length > 2 && POLYGLOT_PATH_LANG.test(segments[1])) return segments[1];
      if (segments.length > 1 && POLYGLOT_PATH_LANG.test(segments[0])) return segments[0];
    }
    return fallback;
  };
}

/**
 * Two documents writing the same output file: Jekyll keeps one and silently drops the other.
 * URLs that differ only by case collide on case-insensitive file systems and servers.
 */
export const permalinkConflict: Rule = {
  id: 'permalink-conflict',
  defaultSeverity: 'error',
  check(context, report) {
    const documents = context.site?.siteDocuments;
    if (!documents) return;
    const own = currentSummary(context);
    if (!own?.written || !own.output || !own.url) return;
    // Where a finding goes (read only to report one).
    const range = (): OffsetRange => field(context, 'permalink')?.valueRange ?? fenceRange(context);
    const { byOutput, byUrlLower, caseCollisions } = documentIndexes(documents, context.settings.translationKey);
    const path = context.document.relativePath;
    const output = own.output;
    const sameOutput = byOutput.get(output);
    const languageOf = polyglotLanguage(context);
    const sameLanguage = (d: DocSummary): boolean => !languageOf || languageOf(d) === languageOf(own);
    const others = sameOutput && !onlyThis(sameOutput, path) ? sameOutput.filter((d) => d.path !== path && sameLanguage(d)) : [];
    if (others.length > 0) {
      report({
        range: range(),
        message: msg('{0} is also written by {1}: Jekyll keeps only one of them.', output, others.map((d) => d.path).join(', ')),
        related: others.map((d) => ({ file: d.path, range: { start: 0, end: 0 }, message: msg('Also writes {0}', output) })),
      });
      return;
    }
    // No URLs differing by case in the site, this document's included: nothing to look up.
    if (caseCollisions === 0 && documents.all.get(path) === own) return;
    const sameUrl = byUrlLower.get(own.url.toLowerCase());
    const caseOnly = sameUrl && !onlyThis(sameUrl, path) ? sameUrl.filter((d) => d.path !== path && d.url !== own.url && sameLanguage(d)) : [];
    if (caseOnly.length > 0) {
      report({
        severity: 'warning',
        range: range(),
        message: msg('{0} differs only by case from {1} ({2}): they collide on case-insensitive servers.', own.url, caseOnly[0].url ?? '', caseOnly[0].path),
        related: caseOnly.map((d) => ({ file: d.path, range: { start: 0, end: 0 }, message: msg('Has the URL {0}', d.url ?? '') })),
      });
    }
  },
};
