import { msg } from '../../messages';
import { insertLines, replaceValue, scalarLike } from '../edits';
import { fenceRange, field, isPolyglot, isPost, knownLanguages, nameSlug } from '../ruleUtils';
import { Fix, LintContext, Rule, TextEdit } from '../types';
import { titleizeSlug } from '../../site/post';

function hasDefaultLanguage(context: LintContext): boolean {
  const raw = context.config.raw;
  return [raw.default_lang, raw.lang, raw.locale].some((v) => typeof v === 'string' && v !== '');
}

/** Keys the site requires on posts, missing even after `_config.yml` defaults. */
export const requiredKey: Rule = {
  id: 'required-key',
  defaultSeverity: 'warning',
  check(context, report) {
    if (!isPost(context) || !context.frontMatter.block.closed || !context.frontMatter.data) return;
    const required = new Set(context.settings.requiredKeys);
    const site = context.site;
    // A post without `lang` is in the site's default language where there is one: `default_lang`
    // (jekyll-polyglot), `lang` (jekyll-seo-tag's fallback) or `locale` (Minimal Mistakes).
    if (site && site.postCount >= 2 && site.postsWithLang > site.postCount / 2 && !isPolyglot(context) && !hasDefaultLanguage(context)) required.add('lang');
    for (const key of required) {
      const value = context.effective[key];
      // Jekyll replaces only a missing, null or false title; an empty one stays.
      if (value !== undefined && value !== null && value !== false && (key === 'title' || value !== '')) continue;
      // A key written empty (`title:`, `lang: ''`) gets its value on its own line, in its own style; else a line is added.
      const own = field(context, key);
      const write = (text: string): TextEdit => (own ? replaceValue(own, scalarLike(own.style, text)) : insertLines(context.text, context.frontMatter, [`${key}: ${scalarLike('plain', text)}`]));
      const fixes: Fix[] = [];
      const title = titleizeSlug(nameSlug(context));
      if (key === 'title') {
        fixes.push({ title: msg('Add `title: {0}`', title), edits: [write(title)], preferred: true });
      } else if (key === 'lang') {
        for (const lang of knownLanguages(context)) fixes.push({ title: msg('Add `lang: {0}`', lang), edits: [write(lang)] });
      }
      report({
        range: fenceRange(context),
        message: key === 'title' ? msg('This post has no `title`; Jekyll makes one from the file name: “{0}”.', title) : msg('This post has no `{0}`, which the site’s posts have.', key),
        fixes,
      });
    }
  },
};
