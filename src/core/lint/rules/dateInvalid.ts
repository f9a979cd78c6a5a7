import { msg } from '../../messages';
import { parseRubyTime } from '../../site/rubyTime';
import { formatJekyllDate, guessIntendedDate } from '../dates';
import { rawLike, replaceValue } from '../edits';
import { fileNameDay } from '../fileNameDay';
import { documentDate, fenceRange, field, isDocument, stringValue } from '../ruleUtils';
import { Fix, Rule } from '../types';

/** A date Jekyll cannot parse: it stops the whole site's build. */
export const dateInvalid: Rule = {
  id: 'date-invalid',
  defaultSeverity: 'error',
  check(context, report) {
    if (!isDocument(context)) return;
    const date = documentDate(context);
    if (date.ok) return;
    const tz = context.settings.timezone;
    if (date.source === 'YAML front matter') {
      const f = field(context, 'date');
      if (!f) {
        // A date merged from an anchor (`<<: *base`): no line of its own to fix.
        report({ range: fenceRange(context), message: msg('Jekyll cannot read the date `{0}` and stops the whole build.', date.value) });
        return;
      }
      const fixes: Fix[] = [];
      const guess = guessIntendedDate(date.value, stringValue(context.effective.lang));
      if (guess && parseRubyTime(guess, tz, context.settings.now).ok) {
        fixes.push({ title: msg('Use `{0}`', guess), edits: [replaceValue(f, rawLike(f.style, guess))], preferred: true });
      }
      const fileDay = context.document.fileDate ? fileNameDay(context.document.fileDate, tz, context.settings.now) : undefined;
      if (fileDay && fileDay !== guess) fixes.push({ title: msg('Use the date from the file name ({0})', fileDay), edits: [replaceValue(f, rawLike(f.style, fileDay))], preferred: !guess });
      const now = formatJekyllDate(Math.floor(context.settings.now.getTime() / 1000), tz);
      fixes.push({ title: msg('Use the current date and time ({0})', now), edits: [replaceValue(f, rawLike(f.style, now))] });
      report({ range: f.valueRange, message: msg('Jekyll cannot read the date `{0}` and stops the whole build.', date.value), fixes });
    } else if (date.source === 'front matter defaults') {
      report({ range: fenceRange(context), message: msg('The `date` that `_config.yml` defaults give this post, `{0}`, cannot be read: Jekyll stops the whole build.', date.value) });
    } else {
      // The file name's date (a fallback date, the build time, is always readable).
      report({ range: fenceRange(context), message: msg('The date in the file name, `{0}`, is not a real date: Jekyll stops the whole build.', date.value) });
    }
  },
};
