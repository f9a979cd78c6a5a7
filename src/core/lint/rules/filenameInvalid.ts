import { msg } from '../../messages';
import { basename, dirname, join } from '../../paths';
import { slugify } from '../../site/slugify';
import { dayOf, normalizeDay } from '../dates';
import { documentDate, fenceRange, stringValue } from '../ruleUtils';
import { Fix, Rule } from '../types';

/** The same path with its `_posts` folder replaced by `_drafts` (Jekyll's drafts sit beside its posts). A post's path has a `_posts` folder. */
function draftPath(relativePath: string, name: string): string {
  const parts = relativePath.split('/');
  const at = parts.indexOf('_posts');
  return [...parts.slice(0, at), '_drafts', ...parts.slice(at + 1, -1), name].join('/');
}

/**
 * A file in `_posts` whose name Jekyll's pattern rejects: Jekyll skips it without a word. When the
 * name already starts with a date, the rename to the pattern is the obvious fix. A name without a
 * date may be a post waiting to be finished: giving it a date publishes it, so that is one choice
 * among others (a date from its front matter or today's, or a move to `_drafts/`), none preferred.
 */
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
    const named = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(name);
    const namedDay = named ? normalizeDay(`${named[1]}-${named[2]}-${named[3]}`) : undefined;
    const frontMatterDay = date.ok && date.source !== 'fallback' ? dayOf(date.epochSeconds, context.settings.timezone) : undefined;
    const slug = slugify(stem) || slugify(stringValue(context.effective.title) ?? '', { mode: 'latin' }) || 'post';
    const rename = (day: string): { renamed: string; to: string } => {
      const renamed = `${day}-${slug}${ext}`;
      // A post sits inside a `_posts` folder: its folder is never `.`.
      return { renamed, to: join(dirname(document.relativePath), renamed) };
    };
    const fixes: Fix[] = [];
    // The front matter date wins, else the date already written at the start of the name.
    const day = frontMatterDay ?? namedDay;
    if (day) {
      const { renamed, to } = rename(day);
      fixes.push({ title: msg('Rename the file to {0}', renamed), edits: [], rename: { from: document.relativePath, to }, preferred: namedDay !== undefined });
    } else {
      const { renamed, to } = rename(dayOf(Math.floor(context.settings.now.getTime() / 1000), context.settings.timezone));
      fixes.push({ title: msg('Rename the file to {0} (today’s date: it will be published)', renamed), edits: [], rename: { from: document.relativePath, to } });
    }
    if (!namedDay) fixes.push({ title: msg('Move it to `_drafts/` (not published)'), edits: [], rename: { from: document.relativePath, to: draftPath(document.relativePath, name) } });
    report({
      range: fenceRange(context),
      message: msg('Jekyll skips this file: a post’s name must be `YYYY-MM-DD-title.ext`, and `{0}` is not.', name),
      fixes,
    });
  },
};
