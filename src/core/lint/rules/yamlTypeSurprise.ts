import { msg } from '../../messages';
import { describeValue, JekyllValue } from '../../site/scalars';
import { YamlTimestamp } from '../../site/timestamp';
import { OffsetRange } from '../../text';
import { replaceRange, singleQuoted } from '../edits';
import { field } from '../ruleUtils';
import { FindingDraft, Rule } from '../types';

/** Keys whose values are text: an unquoted `No`, `2024` or `2014-06-04` there is read as something else. */
const TEXT_KEYS = new Set(['title', 'excerpt', 'description', 'subtitle', 'summary', 'lang', 'permalink', 'slug', 'layout', 'author', 'image', 'ref', 'lang_ref', 'translation_key', 'i18n-link', 'page_id', 'category', 'redirect_to', 'canonical_url', 'name']);
/** Lists of text. */
const TEXT_LISTS = new Set(['tags', 'categories', 'authors', 'redirect_from']);

/**
 * `layout: 404` finds `_layouts/404.html`: Jekyll looks layouts up by the value's text (measured
 * with jekyll 4.3.1), so an integer written as its own digits is no surprise there.
 */
function harmlessLayout(key: string, value: JekyllValue, written: string): boolean {
  return key === 'layout' && typeof value === 'number' && Number.isInteger(value) && String(value) === written;
}

function surprising(value: JekyllValue): boolean {
  return typeof value === 'boolean' || typeof value === 'number' || value instanceof YamlTimestamp;
}

/**
 * A value Jekyll reads as another type than the author meant: `title: No` (false), `title: 2024`
 * (a number), `published: "false"` (text, so the post IS published), a zone-less unquoted time
 * (read as UTC, not in the site's zone).
 */
export const yamlTypeSurprise: Rule = {
  id: 'yaml-type-surprise',
  defaultSeverity: 'warning',
  check(context, report) {
    const quote = (range: OffsetRange, written: string, value: JekyllValue, key?: string): FindingDraft => ({
      range,
      message:
        key === 'title' && value === false
          ? msg('Unquoted, `{0}` is read as false, so Jekyll titles the post from its file name instead.', written)
          : typeof value === 'boolean'
            ? msg('Unquoted, `{0}` is read as the boolean {1}, not as the text `{0}`.', written, String(value))
            : typeof value === 'number' && String(value) === written
              ? // Measured with jekyll 4.3.1 on `title: 404`: `slugify` raises (the build stops), `size` is 8.
                msg('Unquoted, `{0}` is read as a number: it prints the same, but filters that expect text fail on it (`slugify` stops the build, `size` gives 8).', written)
              : typeof value === 'number'
              ? msg('Unquoted, `{0}` is read as the number {1}, not as the text `{0}`.', written, describeValue(value))
              : msg('Unquoted, `{0}` is read as a date, not as the text `{0}`.', written),
      fixes: [{ title: msg('Quote it'), edits: [replaceRange(range, singleQuoted(written))], preferred: true }],
    });
    for (const f of context.frontMatter.fields.values()) {
      if (TEXT_KEYS.has(f.key) && f.style === 'plain' && surprising(f.value) && !harmlessLayout(f.key, f.value, f.written)) report(quote(f.valueRange, f.written, f.value, f.key));
      if (TEXT_LISTS.has(f.key) && f.items) {
        for (const item of f.items) if (item.style === 'plain' && (typeof item.value === 'boolean' || item.value instanceof YamlTimestamp)) report(quote(item.range, item.written, item.value));
      }
    }
    const published = field(context, 'published');
    if (published && (published.style === 'single' || published.style === 'double') && typeof published.value === 'string' && /^(false|no|off)$/i.test(published.value)) {
      report({
        range: published.valueRange,
        message: msg('`published: {0}` is quoted, so it is text, and any text means published: this post WILL be published.', published.written),
        fixes: [{ title: msg('Write `published: false`'), edits: [replaceRange(published.valueRange, 'false')], preferred: true }],
      });
    }
    const date = field(context, 'date');
    const tz = context.settings.timezone;
    if (date && date.style === 'plain' && date.value instanceof YamlTimestamp && date.value.kind === 'time' && date.value.offsetMinutes === null && tz !== 'UTC' && tz !== 'Etc/UTC') {
      report({
        range: date.valueRange,
        message: msg('Unquoted and without a zone, this time is read as UTC, not in the site’s zone ({0}). Quoted, it is read in {0}.', tz),
        fixes: [{ title: msg('Quote it'), edits: [replaceRange(date.valueRange, singleQuoted(date.written))], preferred: true }],
      });
    }
  },
};
