import { msg } from '../../messages';
import { jekyllDocumentDate } from '../../site/rubyTime';
import { strftime } from '../../site/strftime';
import { rawLike, replaceValue } from '../edits';
import { documentDate, field } from '../ruleUtils';
import { Rule } from '../types';

/** `date_gmt` (left by WordPress imports) names another instant than `date`. */
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
    report({
      range: f.valueRange,
      message: msg('`date_gmt` names another instant than `date` ({0} UTC against {1} UTC).', strftime('%Y-%m-%d %H:%M:%S', gmt.epochSeconds, 'UTC'), strftime('%Y-%m-%d %H:%M:%S', date.epochSeconds, 'UTC')),
      fixes: [{ title: msg('Set `date_gmt` to {0}', fixed), edits: [replaceValue(f, rawLike(f.style, fixed))], preferred: true }],
    });
  },
};
