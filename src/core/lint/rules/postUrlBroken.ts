import { msg } from '../../messages';
import { closest } from '../ruleUtils';
import { Fix, LintContext, Rule } from '../types';
import { DocSummary, SiteDocuments } from '../../site/documents';

const TAG = /\{%-?\s*(post_url|link)\s+([^%]*?)\s*-?%\}/g;
const RAW = /\{%-?\s*raw\s*-?%\}[\s\S]*?\{%-?\s*endraw\s*-?%\}|\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/g;

/** Posts' file names without extension (the last part of a `{% post_url %}` name), once per version of the site's documents. */
const postsByStem = new WeakMap<SiteDocuments, { version: number; stems: Set<string>; names: string[]; unbuilt: Map<string, DocSummary> }>();

/**
 * The posts `{% post_url %}` finds (those the build writes: it searches `site.posts`), their names
 * for suggestions, and the posts it does not find although they exist (a future date, `published`
 * false or nil).
 */
function postIndex(documents: SiteDocuments): { stems: Set<string>; names: string[]; unbuilt: Map<string, DocSummary> } {
  const cached = postsByStem.get(documents);
  if (cached && cached.version === documents.version) return cached;
  const stems = new Set<string>();
  const names: string[] = [];
  const unbuilt = new Map<string, DocSummary>();
  for (const doc of documents.all.values()) {
    if (doc.kind !== 'post') continue;
    const stem = doc.path.slice(doc.path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
    // Not written, with a URL: left out by choice (a fatal error, such as an invalid date, has no URL
    // and stops the build on its own).
    if (!doc.written && doc.url !== undefined) {
      unbuilt.set(stem, doc);
      continue;
    }
    stems.add(stem);
    names.push(postUrlName(doc.path));
  }
  const entry = { version: documents.version, stems, names, unbuilt };
  postsByStem.set(documents, entry);
  return entry;
}

/** `{% post_url NAME %}` matches a post as Jekyll's PostComparer does (path, date, slug). */
export function postUrlMatches(name: string, postPath: string): boolean {
  const m = /^(.+\/)*(\d+-\d+-\d+)-(.*)$/.exec(name.replace(/^\//, ''));
  if (!m) return false;
  const dir = m[1] ?? '';
  const base = `${m[2]}-${m[3].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.[^.]+`;
  const escapedDir = dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^_posts/${escapedDir}${base}$|^${escapedDir}_posts/?${base}$`).test(postPath);
}

/** The name `{% post_url %}` uses for a post: its path below `_posts` (plus the folders above it) without the extension. */
export function postUrlName(postPath: string): string {
  const m = /^(?:(.*)\/)?_posts\/(.*)\.[^./]+$/.exec(postPath);
  if (!m) return postPath;
  return [m[1], m[2]].filter(Boolean).join('/');
}

function bodyStart(context: LintContext): number {
  return context.frontMatter.block.closed ? context.frontMatter.block.bodyStart : 0;
}

/**
 * `{% post_url NAME %}` naming no post, and `{% link PATH %}` naming no file: Jekyll stops the
 * whole build on either.
 */
export const postUrlBroken: Rule = {
  id: 'post-url-broken',
  defaultSeverity: 'error',
  readsBody: '{%',
  check(context, report) {
    const documents = context.site?.siteDocuments;
    if (!documents || context.effective.render_with_liquid === false) return;
    const start = bodyStart(context);
    if (context.text.indexOf('{%', start) === -1) return; // no Liquid tag at all: most posts
    const body = context.text.slice(start).replace(RAW, (m) => ' '.repeat(m.length));
    for (const m of body.matchAll(TAG)) {
      const [, tag, argument] = m;
      // `{% link %}` renders Liquid in its argument; `{% post_url %}` does not (Jekyll 4.3.1 stops on
      // `{% post_url {{ page.x }} %}`: "Could not parse name of post").
      if (!argument || (tag === 'link' && /\{\{|\{%/.test(argument))) continue;
      const argStart = start + m.index! + m[0].indexOf(argument, tag.length + 2);
      const range = { start: argStart, end: argStart + argument.length };
      const replace = (value: string): Fix => ({ title: msg('Use `{0}`', value), edits: [{ range, newText: value }], preferred: false });
      if (tag === 'post_url') {
        const { stems, names, unbuilt } = postIndex(documents);
        const stem = argument.slice(argument.lastIndexOf('/') + 1);
        // Jekyll first matches folder, date and slug (postUrlMatches), then falls back to date and slug
        // alone in any folder with a deprecation warning: either way the build goes on.
        if (stems.has(stem)) continue;
        const hidden = unbuilt.get(stem);
        if (hidden) {
          // The index judged the date when it read the post: one whose date has passed since is built now.
          const future = hidden.reason === 'future date';
          if (future && (hidden.epochSeconds ?? 0) <= Math.floor(context.settings.now.getTime() / 1000)) continue;
          report({
            range,
            message: future
              ? msg('The post `{0}` has a future date, so Jekyll does not build it yet: `{% post_url %}` stops the whole build until then.', argument)
              : msg('The post `{0}` is not published (its `published` is false or empty): `{% post_url %}` stops the whole build.', argument),
          });
          continue;
        }
        const suggestions = closest(argument, names, Math.max(3, Math.floor(argument.length / 4)));
        report({
          range,
          message: msg('No post is named `{0}`: `{% post_url %}` stops the whole build.', argument),
          fixes: suggestions.map((s, i) => ({ ...replace(s), preferred: i === 0 && suggestions.length === 1 })),
        });
      } else {
        const path = argument.replace(/^\//, '');
        if (documents.files.has(argument)) continue;
        // Jekyll 4.3 compares with each file's relative path, which starts with `/` for static files
        // only: `{% link /assets/x.png %}` builds, `{% link /about.md %}` (a page or a post) stops it.
        const document = documents.files.has(path) && documents.all.has(path);
        if (documents.files.has(path) && !document) continue;
        const suggestions = document ? [path] : closest(path, documents.files, Math.max(3, Math.floor(path.length / 4)));
        report({
          range,
          message: msg('No file `{0}` in the site: `{% link %}` stops the whole build.', argument),
          fixes: suggestions.map((s, i) => ({ ...replace(s), preferred: i === 0 && suggestions.length === 1 })),
        });
      }
    }
  },
};
