import { msg } from '../../messages';
import { basename, dirname, join } from '../../paths';
import { slugify } from '../../site/slugify';
import { dayOf, normalizeDay } from '../dates';
import { documentDate, fenceRange, stringValue } from '../ruleUtils';
import { Rule } from '../types';

/** A file in `_posts` whose name Jekyll's pattern rejects: Jekyll skips it without a word. */
export const filenameInvalid: Rule = {
  id: 'filename-invalid',
  defaultSeverity: 'warning',
  check(context, report) {
    const { document } = context;
    if (document.kind !== 'post' || document.nameMatches) return;
    const name = basename(document.relativePath);
    const ext = /\.[^./]+$/.exec(name)?.[0] ?? '.md';
    const stem = name.slice(0, name.length - (/\.[^./]+$/.test(name) ? ext.length : 0)).replace(/^\d{2,4}-\d{1,2}-\d{1,2}[-_ ]?/, '');
    const date = documentDate(context);
    // The front matter date, else a date already written at the start of the name, else today.
    const named = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(name);
    const namedDay = named ? normalizeDay(`${named[1]}-${named[2]}-${named[3]}`) : undefined;
    const day =
      date.ok && date.source !== 'fallback' ? dayOf(date.epochSeconds, context.settings.timezone) : namedDay ?? dayOf(Math.floor(context.settings.now.getTime() / 1000), context.settings.timezone);
    const slug = slugify(stem) || slugify(stringValue(context.effective.title) ?? '', { mode: 'latin' }) || 'post';
    const renamed = `${day}-${slug}${ext}`;
    const to = join(dirname(document.relativePath), renamed).replace(/^\.\//, '');
    report({
      range: fenceRange(context),
      message: msg('Jekyll skips this file: a post’s name must be `YYYY-MM-DD-title.ext`, and `{0}` is not.', name),
      fixes: [{ title: msg('Rename the file to {0}', renamed), edits: [], rename: { from: document.relativePath, to }, preferred: true }],
    });
  },
};
