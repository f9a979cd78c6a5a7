import { msg } from '../../messages';
import { jekyllDocumentDate } from '../../site/rubyTime';
import { strftime } from '../../site/strftime';
import { rawLike, replaceValue } from '../edits';
import { documentDate, field } from '../ruleUtils';
import { Rule } from '../types';

/**
 * `date_gmt` (left by WordPress imports) names another instant than `date`: a warning where a
 * layout, include, plugin or feed of the site reads `date_gmt`, else information whose fix waits
 * to be asked for.
 */
export const dateGmtMismatch: Rule = {
  id: 'date-gmt-mismatch',
  defaultSeverity: 'warning',
  check(context, report) {
    const f = field(context, 'date_gmt');
    if (!f || f.value === null) return;
    const date = documentDate(context);
    if (!date.ok || date.source === 'fallback') return;
    const gmt = jekyllDocumentDate(f.value, 'UTC', context.settings.now);
    if (!gmt || !gmt.ok || gmt.epochSeconds === date.epochSeconds) return;
    const fixed = strftime('%Y-%m-%d %H:%M:%S +0000', date.epochSeconds, 'UTC');
    const gmtText = strftime('%Y-%m-%d %H:%M:%S', gmt.epochSeconds, 'UTC');
    const dateText = strftime('%Y-%m-%d %H:%M:%S', date.epochSeconds, 'UTC');
    // Jekyll never reads `date_gmt`: the gap matters only where the site's own templates do.
    const read = context.site?.templateKeys?.has('date_gmt');
    report({
      range: f.valueRange,
      severity: read ? undefined : 'info',
      message: read
        ? msg('`date_gmt` names another instant than `date` ({0} UTC against {1} UTC), and the site’s templates read it.', gmtText, dateText)
        : context.site?.templateKeys
          ? msg('`date_gmt` names another instant than `date` ({0} UTC against {1} UTC); nothing in the site reads it today (no layout, include, plugin or feed mentions it).', gmtText, dateText)
          : msg('`date_gmt` names another instant than `date` ({0} UTC against {1} UTC).', gmtText, dateText),
      fixes: [
        {
          title: msg('Set `date_gmt` to {0}', fixed),
          edits: [replaceValue(f, rawLike(f.style, fixed))],
          preferred: true,
          // Applied without asking only where the site reads the key: elsewhere "fix all" would
          // rewrite every imported post for nothing a reader sees.
          askFirst: read ? undefined : msg('nothing in the site reads `date_gmt`'),
        },
      ],
    });
  },
};
