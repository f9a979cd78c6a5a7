import { msg } from '../../messages';
import { basename, dirname, join } from '../../paths';
import { parseRubyTime } from '../../site/rubyTime';
import { dayOf, formatJekyllDate, midnightIn } from '../dates';
import { rawLike, replaceValue } from '../edits';
import { fileNameDay } from '../fileNameDay';
import { documentDate, fenceRange, field } from '../ruleUtils';
import { Fix, Rule } from '../types';

/** The front matter date falls on another day than the file name's date, in the site zone. */
export const dateFilenameMismatch: Rule = {
  id: 'date-filename-mismatch',
  defaultSeverity: 'warning',
  check(context, report) {
    const { document, settings } = context;
    // Only posts carry a file name date (classifyPath).
    if (!document.fileDate) return;
    const tz = settings.timezone;
    const fileDay = fileNameDay(document.fileDate, tz, settings.now);
    const date = documentDate(context);
    if (!fileDay || !date.ok || date.source !== 'YAML front matter') return;
    const day = dayOf(date.epochSeconds, tz);
    if (day === fileDay) return;
    const fixes: Fix[] = [];
    // No `date` line when the date comes through a YAML merge key (`<<: *base`): only the rename fixes it here.
    const f = field(context, 'date');
    if (f) {
      // Change only the day as written when that is enough; otherwise write the same time of day on the file's day.
      // A quoted date is a string: its value, not its escaped text, is what rawLike quotes again.
      const inner = typeof f.value === 'string' ? f.value : f.written;
      const swapped = inner.replace(/^\d{4}-\d{1,2}-\d{1,2}/, fileDay);
      const reparsed = parseRubyTime(swapped, tz, settings.now);
      const newValue =
        swapped !== inner && reparsed.ok && dayOf(reparsed.epochSeconds, tz) === fileDay
          ? swapped
          : formatJekyllDate(midnightIn(fileDay, tz) + (date.epochSeconds - midnightIn(day, tz)), tz);
      fixes.push({ title: msg('Change the date to {0}', fileDay), edits: [replaceValue(f, rawLike(f.style, newValue))] });
    }
    const name = basename(document.relativePath);
    // The name starts with its date (it has a fileDate), another day than `day`; the post is inside `_posts/`.
    const renamed = name.replace(/^\d{2,4}-\d{1,2}-\d{1,2}/, day);
    fixes.push({ title: msg('Rename the file to {0}', renamed), edits: [], rename: { from: document.relativePath, to: join(dirname(document.relativePath), renamed) } });
    report({
      range: f ? f.valueRange : fenceRange(context),
      message: msg('This date falls on {0} ({1}), but the file name says {2}: Jekyll uses the front matter date.', day, tz, fileDay),
      fixes,
    });
  },
};
