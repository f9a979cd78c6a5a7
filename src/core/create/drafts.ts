/**
 * Where drafts go and what they carry. Jekyll reads drafts from `_drafts/` (and `<dir>/_drafts/`),
 * dateless names, subfolders allowed, as posts of the `posts` collection; a `defaults` scope on
 * `_posts/en` does not reach `_drafts/en`. A draft is kept beside its posts folder (`_posts/en` →
 * `_drafts/en`, `en/_posts` → `en/_drafts`) and writes the `lang`, `layout` and `permalink` the
 * posts folder's defaults would give the post, so that `jekyll build --drafts` shows it as it
 * will be published; publishing removes them again where the defaults give the same.
 */
import { defaultsFor, SiteConfig } from '../site/config';

/** The keys a draft carries for its posts folder's defaults. */
export const CARRIED_KEYS = ['lang', 'layout', 'permalink'] as const;

function swap(folder: string, from: string, to: string): string | undefined {
  const parts = folder.split('/');
  const at = parts.lastIndexOf(from);
  if (at === -1) return undefined;
  parts[at] = to;
  return parts.join('/');
}

/** The drafts folder beside a posts folder, or undefined when the folder is not a `_posts` one (a collection). */
export function draftsFolderOf(postsFolder: string): string | undefined {
  return swap(postsFolder, '_posts', '_drafts');
}

/** The posts folder beside a drafts folder. */
export function postsFolderOf(draftsFolder: string): string | undefined {
  return swap(draftsFolder, '_drafts', '_posts');
}

/**
 * What the defaults give a post of `postsFolder` (`lang`, `layout`, `permalink`) and not a draft
 * of the folder beside it: the values a draft there writes itself.
 */
export function carriedDefaults(config: SiteConfig, postsFolder: string): Record<string, string> {
  const drafts = draftsFolderOf(postsFolder);
  if (!drafts) return {};
  const post = defaultsFor(config, `${postsFolder}/2000-01-01-draft.md`, 'posts');
  const draft = defaultsFor(config, `${drafts}/draft.md`, 'posts');
  const out: Record<string, string> = {};
  for (const key of CARRIED_KEYS) {
    const value = post[key];
    if (typeof value === 'string' && value !== '' && draft[key] !== value) out[key] = value;
  }
  return out;
}
