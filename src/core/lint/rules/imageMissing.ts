import { msg } from '../../messages';
import { decodePath, readTarget } from '../../site/links';
import { resolveServed } from '../../site/siteMap';
import { isMap } from '../../site/config';
import { brokenLinkFixes, checkedLinks, LINK_MARKERS, siteMapOf } from '../linkCheck';
import { field } from '../ruleUtils';
import { LintContext, Rule } from '../types';
import { OffsetRange } from '../../text';

/** Front matter keys themes and jekyll-seo-tag read an image from: `image` (or `image.path`) and `header.*`. */
const HEADER_KEYS = ['image', 'teaser', 'overlay_image', 'og_image'];

interface FrontMatterImage {
  readonly value: string;
  readonly range: OffsetRange;
}

function frontMatterImages(context: LintContext): FrontMatterImage[] {
  const out: FrontMatterImage[] = [];
  const inPair = (pair: OffsetRange, key: string, value: string): OffsetRange | undefined => {
    const text = context.text.slice(pair.start, pair.end);
    const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const m = new RegExp(`(^|[\\s{,])${key}\\s*:\\s*(["']?)(${escaped})\\2`).exec(text);
    if (!m) return undefined;
    const start = pair.start + m.index + m[0].length - m[2].length - m[3].length;
    return { start, end: start + value.length };
  };
  const image = field(context, 'image');
  if (image) {
    if (typeof image.value === 'string') out.push({ value: image.value, range: image.valueRange });
    else if (isMap(image.value) && typeof image.value.path === 'string') {
      // Not found as written (escapes in quotes): on the map as a whole.
      out.push({ value: image.value.path, range: inPair(image.pairRange, 'path', image.value.path) ?? image.valueRange });
    }
  }
  const header = field(context, 'header');
  if (header && isMap(header.value)) {
    for (const key of HEADER_KEYS) {
      const value = header.value[key];
      if (typeof value !== 'string') continue;
      out.push({ value, range: inPair(header.pairRange, key, value) ?? header.valueRange });
    }
  }
  return out;
}

/** An image (`![]()`, `<img src>`, front matter `image:` / `header.image`) that no file of the site provides. */
export const imageMissing: Rule = {
  id: 'image-missing',
  defaultSeverity: 'warning',
  readsBody: LINK_MARKERS,
  check(context, report) {
    const map = siteMapOf(context);
    if (!map) return;
    for (const checked of checkedLinks(context)) {
      const { link, verdict } = checked;
      if (!link.image || verdict.kind !== 'broken' || verdict.path === '') continue;
      report({
        range: { start: link.start, end: link.end },
        message: msg('No file of the site provides the image `{0}`.', `${map.baseurl}${verdict.path}`),
        fixes: brokenLinkFixes(context, checked, map),
      });
    }
    // Front matter images: root-relative paths only (themes prefix other values with folders of their own).
    for (const image of frontMatterImages(context)) {
      const target = readTarget(image.value);
      if (target.kind !== 'site' || target.relative || !image.value.startsWith('/')) continue;
      let path = decodePath(target.path);
      if (map.baseurl && (path === map.baseurl || path.startsWith(`${map.baseurl}/`)) && !resolveServed(map, path)) path = path.slice(map.baseurl.length);
      if (resolveServed(map, path)) continue;
      report({ range: image.range, message: msg('No file of the site provides the image `{0}`.', image.value) });
    }
  },
};
