import { msg } from '../../messages';
import { FrontMatterField } from '../../site/frontMatter';
import { OffsetRange } from '../../text';
import { scalarLike, replaceRange, flowList } from '../edits';
import { closest, field } from '../ruleUtils';
import { FindingDraft, Rule } from '../types';

/**
 * An `author`/`authors` entry that matches no `_authors/` document and no `_data/authors.*` key
 * (on sites that keep such a registry); `authors` written as a string where the site writes lists;
 * both `author` and `authors` set.
 */
export const authorUnknown: Rule = {
  id: 'author-unknown',
  defaultSeverity: 'warning',
  check(context, report) {
    const site = context.site;
    const author = field(context, 'author');
    const authors = field(context, 'authors');
    if (author && authors) {
      report({ range: author.keyRange, message: msg('Both `author` and `authors` are set; themes and plugins read one or the other, not both.') });
    }
    if (!site?.hasAuthorRegistry) return;
    const unknown = (value: unknown): value is string => typeof value === 'string' && value !== '' && !site.authors.has(value);
    const check = (value: string, range: OffsetRange, style: FrontMatterField['style']): void => {
      const suggestions = closest(value, site.authors.keys(), Math.max(2, Math.floor(value.length / 3)));
      const draft: FindingDraft = {
        range,
        message: msg('`{0}` is not an author of this site (no `_authors/{0}.md` or `_data/authors` entry).', value),
        fixes: suggestions.map((login) => ({ title: msg('Did you mean `{0}`?', login), edits: [replaceRange(range, scalarLike(style, login))], preferred: suggestions.length === 1 })),
      };
      report(draft);
    };
    for (const f of author ? [author, authors] : [authors]) {
      if (!f) continue;
      // Ranges are read only for unknown logins.
      if (f.items) {
        for (const item of f.items) if (unknown(item.value)) check(item.value, item.range, item.style);
      } else if (unknown(f.value)) check(f.value, f.valueRange, f.style);
    }
    if (authors && typeof authors.value === 'string' && site.authorsStyle.list > site.authorsStyle.string) {
      const names = authors.value.split(/[\s,]+/).filter(Boolean);
      report({
        range: authors.valueRange,
        message: msg('`authors` is a single value here, but the site’s posts write it as a list.'),
        fixes: [{ title: msg('Write `authors` as a list'), edits: [replaceRange(authors.valueRange, flowList(names))], preferred: true }],
      });
    }
  },
};
