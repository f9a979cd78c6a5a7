/**
 * Broken links marked in the preview where the reader would click them: each rendered `<a href>`
 * and `<img src>` (after Liquid, so `relative_url` and `{{ site.baseurl }}` are resolved) read as the
 * browser of the published page would ask for it, against the site map the link rules use. What
 * link-broken, link-baseurl-missing and image-missing report in the editor, the preview shows on
 * the element itself: a class and a title (the tooltip).
 */
import { Message, msg } from '../messages';
import { decodePath } from '../site/links';
import { resolveServed, SiteMap } from '../site/siteMap';

export interface UrlMark {
  readonly className: string;
  /** The finding in words, for the element's tooltip. */
  readonly title: string;
}

/** The classes a marked element gets: one for every finding, one naming its rule. */
export const BROKEN_CLASS = 'jp-broken-link';

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The rendered page's ids (`id` and `<a name>`), which its `#fragment` links may name. */
export function renderedIds(html: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html.matchAll(/<[a-zA-Z][^>]*?\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) ids.add(m[1] ?? m[2]);
  return ids;
}

/**
 * A function telling, for a URL of the rendered page, whether it is broken and why (undefined when
 * it is sound, external, or not the site's to judge). `pageUrl` is the page's URL without baseurl;
 * `siteUrl` the site's `url`, whose absolute URLs are read as the site's paths.
 */
export function brokenUrlMarker(map: SiteMap, pageUrl: string | undefined, ids: ReadonlySet<string>, say: (message: Message) => string, siteUrl?: string): (url: string, kind: 'link' | 'resource') => UrlMark | undefined {
  // `{{ site.url }}` makes absolute URLs of the site's own pages.
  const own = siteUrl && /^https?:\/\/[^/]+/i.test(siteUrl) ? siteUrl.replace(/\/+$/, '') : undefined;
  const mark = (rule: string, message: Message): UrlMark => ({ className: `${BROKEN_CLASS} jp-finding-${rule}`, title: say(message).replace(/`/g, '') });
  return (url, kind) => {
    let written = url.trim();
    if (own && (written === own || written.startsWith(`${own}/`))) written = written.slice(own.length) || '/';
    if (written === '' || written.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(written)) return undefined;
    if (written.startsWith('#')) {
      const fragment = decode(written.slice(1));
      if (fragment === '' || ids.has(fragment)) return undefined;
      return mark('link-broken', msg('No heading with the id `{0}` in this document: the link goes to the top of the page.', fragment));
    }
    if (!written.startsWith('/') && pageUrl === undefined) return undefined;
    let resolved: URL;
    try {
      resolved = new URL(written, `http://site.invalid${map.baseurl}${pageUrl ?? '/'}`);
    } catch {
      return undefined;
    }
    let path = decodePath(resolved.pathname);
    const image = kind === 'resource';
    if (map.baseurl) {
      if (path === map.baseurl || path.startsWith(`${map.baseurl}/`)) path = path.slice(map.baseurl.length) || '/';
      else {
        const entry = resolveServed(map, path);
        if (!entry) return image ? mark('image-missing', msg('No file of the site provides the image `{0}`.', path)) : mark('link-broken', msg('The site serves nothing at `{0}`: this link is broken.', path));
        return mark('link-baseurl-missing', msg('The site is served under `{0}`: `{1}` works only without it (the site serves `{2}`).', map.baseurl, path, `${map.baseurl}${entry.url}`));
      }
    }
    const entry = resolveServed(map, path);
    if (!entry) return image ? mark('image-missing', msg('No file of the site provides the image `{0}`.', `${map.baseurl}${path}`)) : mark('link-broken', msg('The site serves nothing at `{0}`: this link is broken.', `${map.baseurl}${path}`));
    const fragment = decode(resolved.hash.slice(1));
    if (fragment && pageUrl !== undefined && entry.url === pageUrl && !ids.has(fragment)) {
      return mark('link-broken', msg('No heading with the id `{0}` in this document: the link goes to the top of the page.', fragment));
    }
    return undefined;
  };
}
