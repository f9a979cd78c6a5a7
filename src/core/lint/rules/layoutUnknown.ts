import { msg, Message } from '../../messages';
import { SiteConfig } from '../../site/config';
import { SiteFacts } from '../../site/siteFacts';
import { replaceValue, scalarLike } from '../edits';
import { closest, field, stringValue } from '../ruleUtils';
import { Rule } from '../types';

/** Why `layout-unknown` cannot judge this site, if it cannot: said once by the host. */
export function layoutRuleOffReason(config: SiteConfig, site: SiteFacts | undefined): Message | undefined {
  if (!site || site.layouts === undefined) return undefined;
  if (config.theme) return msg('`layout-unknown` is off for this site: its theme `{0}` provides layouts that are not in the workspace.', config.theme);
  if (config.plugins.includes('jekyll-remote-theme') || config.raw.remote_theme) return msg('`layout-unknown` is off for this site: its remote theme provides layouts that are not in the workspace.');
  return undefined;
}

/** `layout` names no file in `_layouts/`: Jekyll warns and renders the post without a layout. */
export const layoutUnknown: Rule = {
  id: 'layout-unknown',
  defaultSeverity: 'warning',
  check(context, report) {
    const layouts = context.site?.layouts;
    if (!layouts || layoutRuleOffReason(context.config, context.site)) return;
    const layout = stringValue(context.effective.layout);
    if (!layout || layout === 'none' || layouts.has(layout)) return;
    const f = field(context, 'layout');
    if (!f || f.value !== layout) return;
    const suggestions = closest(layout, layouts, 3);
    report({
      range: f.valueRange,
      message: msg('There is no layout `{0}` in `_layouts/`: Jekyll renders this post without one.', layout),
      fixes: suggestions.map((name) => ({ title: msg('Use `{0}`', name), edits: [replaceValue(f, scalarLike(f.style, name))], preferred: suggestions.length === 1 })),
    });
  },
};
