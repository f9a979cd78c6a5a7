import { msg } from '../../messages';
import { field } from '../ruleUtils';
import { Rule } from '../types';

/** Characters (code points) in a text, counted without splitting it. */
function characters(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const before = text.charCodeAt(i - 1);
      if (before >= 0xd800 && before <= 0xdbff) count--;
    }
  }
  return count;
}

/** Titles and excerpts longer than search engines show. */
export const seoLength: Rule = {
  id: 'seo-length',
  defaultSeverity: 'info',
  check(context, report) {
    const { titleMaxLength, excerptMaxLength } = context.settings;
    const title = field(context, 'title');
    // A text has at most as many characters as UTF-16 units: most are not counted at all.
    if (title && typeof title.value === 'string' && title.value.length > titleMaxLength && characters(title.value) > titleMaxLength) {
      report({ range: title.valueRange, message: msg('This title is {0} characters long; search engines show about {1}.', characters(title.value), titleMaxLength) });
    }
    // jekyll-seo-tag's meta description is `description`, else the excerpt.
    const excerpt = field(context, 'description') ?? field(context, 'excerpt');
    if (excerpt && typeof excerpt.value === 'string' && excerpt.value.length > excerptMaxLength && characters(excerpt.value) > excerptMaxLength) {
      report({ range: excerpt.valueRange, message: msg('This {0} is {1} characters long; search engines show about {2}.', excerpt.key, characters(excerpt.value), excerptMaxLength) });
    }
  },
};
