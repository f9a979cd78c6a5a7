import { msg } from '../../messages';
import { field } from '../ruleUtils';
import { Rule } from '../types';

/** Titles and excerpts longer than search engines show. */
export const seoLength: Rule = {
  id: 'seo-length',
  defaultSeverity: 'info',
  check(context, report) {
    const { titleMaxLength, excerptMaxLength } = context.settings;
    const title = field(context, 'title');
    if (title && typeof title.value === 'string' && [...title.value].length > titleMaxLength) {
      report({ range: title.valueRange, message: msg('This title is {0} characters long; search engines show about {1}.', [...title.value].length, titleMaxLength) });
    }
    // jekyll-seo-tag's meta description is `description`, else the excerpt.
    const excerpt = field(context, 'description') ?? field(context, 'excerpt');
    if (excerpt && typeof excerpt.value === 'string' && [...excerpt.value].length > excerptMaxLength) {
      report({ range: excerpt.valueRange, message: msg('This {0} is {1} characters long; search engines show about {2}.', excerpt.key, [...excerpt.value].length, excerptMaxLength) });
    }
  },
};
