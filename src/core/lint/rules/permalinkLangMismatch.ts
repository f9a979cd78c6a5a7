import { msg } from '../../messages';
import { field, isPolyglot, isRawPage, knownLanguages, stringValue } from '../ruleUtils';
import { Rule } from '../types';

const PREFIX = /^(\/?)([A-Za-z]{2,3}(?:[-_][A-Za-z]{2,4})?)(?=\/)/;

/**
 * The permalink's language prefix disagrees with `lang` (`lang: fr` with `/en/...`), or, on a
 * jekyll-polyglot site, a language prefix is written by hand (polyglot adds it itself).
 */
export const permalinkLangMismatch: Rule = {
  id: 'permalink-lang-mismatch',
  defaultSeverity: 'warning',
  check(context, report) {
    const f = field(context, 'permalink');
    if (!f || typeof f.value !== 'string' || isRawPage(context)) return;
    const lang = stringValue(context.effective.lang);
    // The permalink as written, without its quotes.
    const written = f.written;
    const q = written.charCodeAt(0);
    const quote = (q === 39 || q === 34) && written.length >= 2 && written.charCodeAt(written.length - 1) === q ? 1 : 0;
    const m = PREFIX.exec(quote ? written.slice(1, -1) : written);
    if (!m) return;
    const prefix = m[2];
    const lower = prefix.toLowerCase();
    const isLower = (l: string | undefined): boolean => l !== undefined && l.toLowerCase() === lower;
    if (!isLower(lang) && !isLower(context.config.defaultLang) && !knownLanguages(context).some(isLower)) return;
    const start = f.valueRange.start + quote + m[1].length;
    const range = { start, end: start + prefix.length };
    if (isPolyglot(context)) {
      // Polyglot prefixes the non-default languages itself: `/en/` in an English post becomes `/en/en/`.
      const defaultLang = context.config.defaultLang;
      if (!lang || prefix.toLowerCase() !== lang.toLowerCase() || (defaultLang && lang.toLowerCase() === defaultLang.toLowerCase())) return;
      report({
        range,
        message: msg('jekyll-polyglot adds the `/{0}/` prefix itself: written by hand, it appears twice.', prefix),
        fixes: [{ title: msg('Remove the `/{0}` prefix', prefix), edits: [{ range: { start: range.start - m[1].length, end: range.end }, newText: '' }], preferred: true }],
      });
      return;
    }
    if (!lang || prefix.toLowerCase() === lang.toLowerCase()) return;
    // An unknown `lang` is lang-unknown's finding; its value must not be written into the URL.
    if (!knownLanguages(context).some((l) => l.toLowerCase() === lang.toLowerCase())) return;
    report({
      range,
      message: msg('This {0} post’s permalink starts with `/{1}/`.', lang, prefix),
      fixes: [{ title: msg('Use `/{0}/`', lang), edits: [{ range, newText: lang }], preferred: true }],
    });
  },
};
