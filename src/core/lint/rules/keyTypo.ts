import { msg } from '../../messages';
import { replaceRange } from '../edits';
import { closest } from '../ruleUtils';
import { LintContext, Rule } from '../types';

/** Keys Jekyll, its common plugins and bilingual blogs read. */
export const KNOWN_KEYS = [
  'layout', 'title', 'date', 'permalink', 'published', 'categories', 'category', 'tags', 'tag', 'excerpt', 'excerpt_separator',
  'slug', 'lang', 'author', 'authors', 'description', 'image', 'render_with_liquid', 'sitemap', 'redirect_from', 'redirect_to',
  'last_modified_at', 'comments', 'ref', 'lang_ref', 'translation_key', 'page_id', 'summary', 'subtitle', 'canonical_url', 'seo',
  'toc', 'math', 'mermaid', 'pin', 'hidden', 'draft', 'series', 'header', 'og_image', 'twitter', 'feature_image',
  // Page#path reads it (`{{ page.path }}`, "edit this page" links): one edit from `math`, it is no typo.
  'path',
];

/** Per site facts object: its known keys while the site's documents keep their version (the CLI's never change). */
const knownBySite = new WeakMap<object, { config: object; version: number; known: Set<string> }>();

function knownKeys(context: LintContext): Set<string> {
  const site = context.site;
  const version = site?.siteDocuments?.version;
  const cached = site ? knownBySite.get(site) : undefined;
  if (cached && cached.config === context.config && cached.version === version) return cached.known;
  const known = computeKnownKeys(context);
  if (site && version !== undefined) knownBySite.set(site, { config: context.config, version, known });
  return known;
}

function computeKnownKeys(context: LintContext): Set<string> {
  const known = new Set(KNOWN_KEYS);
  for (const set of context.config.defaults) for (const key of Object.keys(set.values)) known.add(key);
  const posts = context.site?.postCount ?? 0;
  for (const [key, count] of context.site?.keys ?? []) if (count >= 3 || (count >= posts * 0.05 && count >= 2)) known.add(key);
  return known;
}

/** An unknown key a small edit away from a known one (`permalnk`, `autors`, `tittle`): Jekyll ignores it. */
export const keyTypo: Rule = {
  id: 'key-typo',
  defaultSeverity: 'warning',
  check(context, report) {
    const known = knownKeys(context);
    for (const f of context.frontMatter.fields.values()) {
      if (known.has(f.key) || f.key.length < 3) continue;
      if ((context.site?.keys.get(f.key) ?? 0) >= 2) continue;
      const [best] = closest(f.key, known, f.key.length <= 5 ? 1 : 2, 1);
      if (!best) continue;
      report({
        range: f.keyRange,
        message: msg('Jekyll does not know `{0}`; did you mean `{1}`?', f.key, best),
        fixes: [{ title: msg('Rename to `{0}`', best), edits: [replaceRange(f.keyRange, best)], preferred: !context.frontMatter.fields.has(best) }],
      });
    }
  },
};
