import { msg } from '../../messages';
import { basename, dirname, join } from '../../paths';
import { parseRubyTime } from '../../site/rubyTime';
import { dayOf, formatJekyllDate, midnightIn, normalizeDay } from '../dates';
import { rawLike, replaceValue } from '../edits';
import { documentDate, field } from '../ruleUtils';
import { Fix, Rule } from '../types';

/** The front matter date falls on another day than the file name's date, in the site zone. */
export const dateFilenameMismatch: Rule = {
  id: 'date-filename-mismatch',
  defaultSeverity: 'warning',
  check(context, report) {
    const { document, settings } = context;
    if (document.kind !== 'post' || !document.fileDate) return;
    const f = field(context, 'date');
    if (!f) return;
    const fileDay = normalizeDay(document.fileDate);
    const date = documentDate(context);
    if (!fileDay || !date.ok || date.source !== 'YAML front matter') return;
    const tz = settings.timezone;
    const day = dayOf(date.epochSeconds, tz);
    if (day === fileDay) return;
    const fixes: Fix[] = [];
    // Change only the day as written when that is enough; otherwise write the same time of day on the file's day.
    const inner = f.written.replace(/^['"]|['"]$/g, '');
    const swapped = inner.replace(/^\d{4}-\d{1,2}-\d{1,2}/, fileDay);
    const reparsed = parseRubyTime(swapped, tz, settings.now);
    const newValue =
      swapped !== inner && reparsed.ok && dayOf(reparsed.epochSeconds, tz) === fileDay
        ? swapped
        : formatJekyllDate(midnightIn(fileDay, tz) + (date.epochSeconds - midnightIn(day, tz)), tz);
    fixes.push({ title: msg('Change the date to {0}', fileDay), edits: [replaceValue(f, rawLike(f.style, newValue))] });
    const name = basename(document.relativePath);
    const renamed = name.replace(/^\d{2,4}-\d{1,2}-\d{1,2}/, day);
    if (renamed !== name) {
      const to = join(dirname(document.relativePath), renamed).replace(/^\.\//, '');
      fixes.push({ title: msg('Rename the file to {0}', renamed), edits: [], rename: { from: document.relativePath, to } });
    }
    report({
      range: f.valueRange,
      message: msg('This date falls on {0} ({1}), but the file name says {2}: Jekyll uses the front matter date.', day, tz, fileDay),
      fixes,
    });
  },
};
