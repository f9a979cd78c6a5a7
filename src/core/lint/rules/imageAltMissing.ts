import { msg } from '../../messages';
import { findLinks } from '../../site/links';
import { linkBodyStart } from '../linkCheck';
import { Rule } from '../types';

/** An image without alternative text: `![](x.png)`, or `<img>` without `alt` (`alt=""` marks a decorative image and is fine). */
export const imageAltMissing: Rule = {
  id: 'image-alt-missing',
  defaultSeverity: 'info',
  readsBody: ['![', '<img', '<IMG', '<Img'],
  check(context, report) {
    const start = linkBodyStart(context);
    if (context.text.indexOf('![', start) === -1 && !/<img/i.test(context.text.slice(start))) return;
    for (const link of findLinks(context.text, start)) {
      if (!link.image) continue;
      // A Markdown image always has its alt text, maybe empty (findLinks); `<img>` may have no `alt`.
      const missing = link.syntax === 'html' ? link.alt === undefined : !link.alt!.trim();
      if (missing) report({ range: link.whole, message: msg('This image has no alternative text: screen readers and search engines get nothing from it.') });
    }
  },
};
