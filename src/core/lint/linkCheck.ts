/**
 * What the link rules share: the site map of the documents a rule sees (built once per version),
 * and each link of a post read against it: served, broken, or served only without `baseurl`.
 */
import { BodyLink, decodePath, findLinks, headingIds, LinkTarget, mayLinkToSite, readTarget, resolveRelative } from '../site/links';
import { resolveServed, SiteMap, siteMapFor, SiteUrl } from '../site/siteMap';
import { currentSummary, editDistance } from './ruleUtils';
import { Fix, LintContext, TextEdit } from './types';
import { msg } from '../messages';
import { postUrlName } from './rules/postUrlBroken';

/** The site map of the documents the host knows, once per version of them. */
export function siteMapOf(context: LintContext): SiteMap | undefined {
  const documents = context.site?.siteDocuments;
  return documents ? siteMapFor(documents, context.config) : undefined;
}

export type LinkVerdict =
  | { readonly kind: 'ok'; readonly entry?: SiteUrl }
  | { readonly kind: 'broken'; readonly path: string; readonly fragment?: string; readonly entry?: SiteUrl }
  | { readonly kind: 'baseurl-missing'; readonly path: string; readonly entry: SiteUrl };

export interface CheckedLink {
  readonly link: BodyLink;
  readonly target: LinkTarget;
  readonly verdict: LinkVerdict;
}

/**
 * Bytes that announce a link or an image in a body: the link rules read no other body. HTML allows
 * spaces around `=` and any case (`<a href = "…">`, `<A HREF="…">`): the attribute name alone, in
 * the spellings people write.
 */
export const LINK_MARKERS = ['](', ']:', 'href', 'src', 'HREF', 'SRC', 'Href', 'Src'];

const analyses = new WeakMap<LintContext, CheckedLink[]>();

function bodyStart(context: LintContext): number {
  return context.frontMatter.block.closed ? context.frontMatter.block.bodyStart : 0;
}

/** Every link of the document checked against the site map (once per lint of a document). */
export function checkedLinks(context: LintContext): CheckedLink[] {
  const known = analyses.get(context);
  if (known) return known;
  const out: CheckedLink[] = [];
  analyses.set(context, out);
  const map = siteMapOf(context);
  const start = bodyStart(context);
  // mayLinkToSite reads every spelling findLinks does (`<a hRef = …>` too), so no link is lost.
  if (!map || !mayLinkToSite(context.text, start)) return out;
  const liquid = context.effective.render_with_liquid !== false;
  const own = currentSummary(context);
  let ownIds: Set<string> | undefined;
  for (const link of findLinks(context.text, start)) {
    const target = readTarget(link.written);
    if (target.kind !== 'site') continue;
    if (!liquid && target.style !== 'plain') continue;
    let path = target.path;
    if (path === '') {
      // `#fragment` on this very page.
      if (target.fragment) {
        ownIds ??= headingIds(context.text, start);
        if (!ownIds.has(decodePath(target.fragment))) out.push({ link, target, verdict: { kind: 'broken', path: '', fragment: target.fragment } });
      }
      continue;
    }
    if (target.relative) {
      if (!own?.url) continue;
      path = resolveRelative(own.url, path);
    }
    const decoded = decodePath(path);
    if (target.style === 'plain' || target.style === 'site_url') {
      // The browser asks for the path as written: under baseurl, it must hold it.
      if (map.baseurl && !target.relative) {
        if (decoded === map.baseurl || decoded.startsWith(`${map.baseurl}/`)) {
          const entry = resolveServed(map, decoded.slice(map.baseurl.length) || '/');
          out.push({ link, target, verdict: entry ? { kind: 'ok', entry } : { kind: 'broken', path: decoded.slice(map.baseurl.length) || '/' } });
        } else {
          const entry = resolveServed(map, decoded);
          out.push({ link, target, verdict: entry ? { kind: 'baseurl-missing', path: decoded, entry } : { kind: 'broken', path: decoded } });
        }
        continue;
      }
    }
    const entry = resolveServed(map, decoded);
    if (entry && target.fragment && entry.source === context.document.relativePath) {
      // A fragment of this very document: its headings are known.
      ownIds ??= headingIds(context.text, start);
      if (!ownIds.has(decodePath(target.fragment))) {
        out.push({ link, target, verdict: { kind: 'broken', path: '', fragment: target.fragment, entry } });
        continue;
      }
    }
    out.push({ link, target, verdict: entry ? { kind: 'ok', entry } : { kind: 'broken', path: decoded } });
  }
  return out;
}

/** The URLs nearest to a broken path, the document's own language first. */
export function nearestUrls(map: SiteMap, path: string, lang: string | undefined, images: boolean, limit = 3): SiteUrl[] {
  const max = Math.max(3, Math.floor(path.length / 3));
  const scored: [SiteUrl, number][] = [];
  const lower = path.toLowerCase();
  for (const entry of map.entries) {
    if (images !== (entry.kind === 'static')) continue;
    const d = editDistance(lower, decodePath(entry.url).toLowerCase(), max);
    if (d <= max) scored.push([entry, d + (lang && entry.lang && entry.lang !== lang ? 0.5 : 0)]);
  }
  // Two documents may claim one URL (a conflict): then by source, so the order never depends on the site's.
  return scored.sort((a, b) => a[1] - b[1] || (a[0].url !== b[0].url ? (a[0].url < b[0].url ? -1 : 1) : a[0].source < b[0].source ? -1 : 1)).slice(0, limit).map(([e]) => e);
}

/** The target written again in the link's own style, with `path` (a URL without baseurl) in place of its path. */
export function rewriteTarget(target: Extract<LinkTarget, { kind: 'site' }>, baseurl: string, path: string): string {
  const fragment = target.fragment !== undefined ? `#${target.fragment}` : '';
  switch (target.style) {
    case 'relative_url':
    case 'absolute_url':
      return `{{ '${path}' | ${target.style} }}${fragment}`;
    case 'baseurl':
      return `{{ site.baseurl }}${path}${fragment}`;
    case 'site_url':
      return `{{ site.url }}${baseurl}${path}${fragment}`;
    default:
      return `${baseurl}${path}${fragment}`;
  }
}

/** Suggested fixes for a broken link: the nearest URLs, and for a post `{% post_url %}` / `{% link %}`. Never preferred: they change the site. */
export function brokenLinkFixes(context: LintContext, checked: CheckedLink, map: SiteMap): Fix[] {
  const { link, target } = checked;
  if (target.kind !== 'site' || checked.verdict.kind !== 'broken' || checked.verdict.path === '') return [];
  const own = currentSummary(context);
  const fixes: Fix[] = [];
  const replace = (title: Fix['title'], newText: string): Fix => ({ title, edits: [{ range: { start: link.start, end: link.end }, newText } as TextEdit], preferred: false });
  for (const entry of nearestUrls(map, checked.verdict.path, own?.lang, link.image)) {
    const text = rewriteTarget(target, map.baseurl, entry.url);
    fixes.push(replace(msg('Link to `{0}`', text), text));
    if (!link.image && (entry.kind === 'post' || entry.kind === 'page' || entry.kind === 'document')) {
      const fragment = target.fragment !== undefined ? `#${target.fragment}` : '';
      const prefix = target.style === 'site_url' || target.style === 'absolute_url' ? '{{ site.url }}' : '';
      const tag = entry.kind === 'post' ? `${prefix}{% post_url ${postUrlName(entry.source)} %}${fragment}` : `${prefix}{% link ${entry.source} %}${fragment}`;
      fixes.push(replace(msg('Link with `{0}` (Jekyll checks it at every build)', tag), tag));
    }
  }
  return fixes;
}

export { bodyStart as linkBodyStart };
