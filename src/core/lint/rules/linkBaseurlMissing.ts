import { msg } from '../../messages';
import { checkedLinks, LINK_MARKERS, siteMapOf } from '../linkCheck';
import { Fix, Rule } from '../types';

/**
 * On a site with a `baseurl`, a root-relative link that works only without it: `/fr/cible/` where
 * the site serves `/blog/fr/cible/`. The fix writes it with `relative_url`, or `{{ site.baseurl }}`
 * when that is what the document already uses.
 */
export const linkBaseurlMissing: Rule = {
  id: 'link-baseurl-missing',
  defaultSeverity: 'warning',
  readsBody: LINK_MARKERS,
  check(context, report) {
    const map = siteMapOf(context);
    if (!map?.baseurl) return;
    const usesBaseurl = /\{\{-?\s*site\.baseurl\s*-?\}\}/.test(context.text) && !/\|\s*relative_url/.test(context.text);
    for (const { link, target, verdict } of checkedLinks(context)) {
      if (verdict.kind !== 'baseurl-missing' || target.kind !== 'site') continue;
      const fragment = target.fragment !== undefined ? `#${target.fragment}` : '';
      const absolute = target.style === 'site_url';
      const newText = usesBaseurl
        ? `${absolute ? '{{ site.url }}' : ''}{{ site.baseurl }}${target.path}${fragment}`
        : `{{ '${target.path}' | ${absolute ? 'absolute_url' : 'relative_url'} }}${fragment}`;
      const fix: Fix = { title: msg('Write it `{0}`', newText), edits: [{ range: { start: link.start, end: link.end }, newText }], preferred: false };
      report({
        range: { start: link.start, end: link.end },
        message: msg('The site is served under `{0}`: `{1}` works only without it (the site serves `{2}`).', map.baseurl, target.path, `${map.baseurl}${verdict.entry.url}`),
        fixes: [fix],
      });
    }
  },
};
