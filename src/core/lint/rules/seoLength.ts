import { msg } from '../../messages';
import { field } from '../ruleUtils';
import { Rule } from '../types';

/** Characters (code points) in a text: a string iterates by code point (a lone surrogate counts as one). */
function characters(text: string): number {
  let count = 0;
  for (const _ of text) count++;
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
    // jekyll-seo-tag's meta description is `page["description"] || page["excerpt"]`: a null or false description is none.
    const description = field(context, 'description');
    const excerpt = description && description.value !== null && description.value !== false ? description : field(context, 'excerpt');
    if (excerpt && typeof excerpt.value === 'string' && excerpt.value.length > excerptMaxLength && characters(excerpt.value) > excerptMaxLength) {
      report({ range: excerpt.valueRange, message: msg('This {0} is {1} characters long; search engines show about {2}.', excerpt.key, characters(excerpt.value), excerptMaxLength) });
    }
  },
};
