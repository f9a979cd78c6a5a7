/** Front matter keys Jekyll and its common plugins read, with a short description of each. */
import { Message, msg } from '../messages';

export interface KnownKey {
  readonly key: string;
  readonly description: Message;
  /** The value is a list (completions insert `[value]` after an empty `key:`). */
  readonly list?: boolean;
}

export const KNOWN_KEYS: readonly KnownKey[] = [
  { key: 'title', description: msg('The title of the post.') },
  { key: 'lang', description: msg('The language of the post (`fr`, `en`...).') },
  { key: 'date', description: msg('The publication date, `YYYY-MM-DD HH:MM:SS +/-TTTT`; it wins over the date in the file name.') },
  { key: 'layout', description: msg('The layout from `_layouts/` that wraps the page (`none` for no layout).') },
  { key: 'permalink', description: msg('The URL of the page, instead of the site’s permalink style.') },
  { key: 'tags', description: msg('Tags of the post: a list, or words separated by spaces.'), list: true },
  { key: 'categories', description: msg('Categories of the post: a list, or words separated by spaces.'), list: true },
  { key: 'authors', description: msg('The authors: logins from the site’s authors.'), list: true },
  { key: 'author', description: msg('The author: a login from the site’s authors.') },
  { key: 'excerpt', description: msg('The summary shown in lists and feeds, instead of the first paragraph.') },
  { key: 'description', description: msg('The description search engines and social networks show.') },
  { key: 'image', description: msg('The image social networks show with the post.') },
  { key: 'published', description: msg('Set to `false` to leave the post out of the site.') },
  { key: 'slug', description: msg('The slug used in the URL instead of the one in the file name.') },
  { key: 'category', description: msg('One category of the post.') },
  { key: 'tag', description: msg('One tag of the post (it wins over `tags`).') },
  { key: 'excerpt_separator', description: msg('What ends the automatic excerpt (a blank line by default).') },
  { key: 'last_modified_at', description: msg('When the post was last updated (jekyll-seo-tag, jekyll-sitemap).') },
  { key: 'ref', description: msg('A key shared by the translations of a post.') },
  { key: 'redirect_from', description: msg('Old URLs that redirect here (jekyll-redirect-from).'), list: true },
  { key: 'render_with_liquid', description: msg('Set to `false` to show Liquid tags as written.') },
  { key: 'sitemap', description: msg('Set to `false` to leave the page out of the sitemap.') },
];

const BY_KEY = new Map(KNOWN_KEYS.map((k) => [k.key, k]));

export function knownKey(key: string): KnownKey | undefined {
  return BY_KEY.get(key);
}

/** Keys whose values are lists of tags, categories or logins. */
export const LIST_KEYS = new Set(['tags', 'categories', 'authors', 'redirect_from']);
