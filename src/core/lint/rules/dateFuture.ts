import { msg } from '../../messages';
import { formatJekyllDate } from '../dates';
import { documentDate, fenceRange, field } from '../ruleUtils';
import { Rule } from '../types';

/** A post dated after the build: Jekyll skips it until then, unless the site sets `future: true`. */
export const dateFuture: Rule = {
  id: 'date-future',
  defaultSeverity: 'info',
  check(context, report) {
    if (context.document.kind !== 'post' || context.config.future) return;
    const date = documentDate(context);
    // A post without a date of its own gets the build time (source 'fallback'), which is never after it.
    if (!date.ok) return;
    if (date.epochSeconds <= Math.floor(context.settings.now.getTime() / 1000)) return;
    const f = field(context, 'date');
    report({
      range: f && date.source === 'YAML front matter' ? f.valueRange : fenceRange(context),
      message: msg('This post is dated in the future ({0}): Jekyll will not publish it before then unless `_config.yml` sets `future: true`.', formatJekyllDate(date.epochSeconds, context.settings.timezone)),
    });
  },
};
