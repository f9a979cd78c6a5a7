import { msg } from '../../messages';
import { brokenLinkFixes, checkedLinks, LINK_MARKERS, siteMapOf } from '../linkCheck';
import { Rule } from '../types';

/** A link in a document's body leading to nothing the site serves (or to a heading it does not have). */
export const linkBroken: Rule = {
  id: 'link-broken',
  defaultSeverity: 'warning',
  readsBody: LINK_MARKERS,
  check(context, report) {
    const map = siteMapOf(context);
    if (!map) return;
    for (const checked of checkedLinks(context)) {
      const { link, verdict } = checked;
      if (link.image || verdict.kind !== 'broken') continue;
      const range = { start: link.start, end: link.end };
      if (verdict.path === '') {
        report({ range, message: msg('No heading with the id `{0}` in this document: the link goes to the top of the page.', verdict.fragment ?? '') });
        continue;
      }
      report({
        range,
        message: msg('The site serves nothing at `{0}`: this link is broken.', `${map.baseurl}${verdict.path}`),
        fixes: brokenLinkFixes(context, checked, map),
      });
    }
  },
};
