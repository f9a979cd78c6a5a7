/**
 * Hovers in front matter: who an author is, how many posts use a tag, the instant Jekyll reads a
 * date as, the final URL of a permalink, and what a key means.
 */
import { Message, msg } from '../messages';
import type { CompletionInput } from './completions';
import { classifyPath } from '../site/post';
import { AuthorInfo } from '../site/siteFacts';
import { strftime } from '../site/strftime';
import { OffsetRange } from '../text';
import { escapeMarkdown, Text } from './completions';
import { tokenAt } from './context';
import { documentFacts, documentUrl } from './documentFacts';
import { knownKey } from './keys';

/** A hover needs what a completion needs: the text, the position, the document and its site. */
export type HoverInput = CompletionInput;

export interface HoverResult {
  readonly range: OffsetRange;
  /** Markdown paragraphs; strings are site data, already escaped. */
  readonly contents: readonly Text[];
}

const PROFILE_URLS: Readonly<Record<string, (v: string) => string>> = {
  twitter: (v) => `https://twitter.com/${v.replace(/^@/, '')}`,
  x: (v) => `https://x.com/${v.replace(/^@/, '')}`,
  github: (v) => `https://github.com/${v}`,
  gitlab: (v) => `https://gitlab.com/${v}`,
  linkedin: (v) => `https://www.linkedin.com/in/${v}`,
  instagram: (v) => `https://www.instagram.com/${v}`,
  facebook: (v) => `https://www.facebook.com/${v}`,
  youtube: (v) => `https://www.youtube.com/${v}`,
  email: (v) => `mailto:${v}`,
};

/** A profile link as a URL: full URLs as they are, handles turned into the network's profile URL. */
export function profileUrl(network: string, value: string): string | undefined {
  if (/^(https?:|mailto:)/i.test(value)) return value;
  const make = PROFILE_URLS[network];
  if (make) return make(value);
  return /^[\w.-]+\.[a-z]{2,}(\/|$)/i.test(value) ? `https://${value}` : undefined;
}

/** An author as Markdown paragraphs: name and login, bio, links. */
export function authorMarkdown(author: AuthorInfo): Text[] {
  const out: Text[] = [author.name ? `**${escapeMarkdown(author.name)}** (\`${author.login}\`)` : `\`${author.login}\``];
  if (author.bio) out.push(escapeMarkdown(author.bio));
  const links = Object.entries(author.links)
    .map(([network, value]) => {
      const url = profileUrl(network, value);
      return url ? `[${escapeMarkdown(network)}](${url.replace(/[()\s]/g, encodeURIComponent)})` : `${escapeMarkdown(network)}: ${escapeMarkdown(value)}`;
    })
    .join(' · ');
  if (links) out.push(links);
  return out;
}

function count(n: number, one: Message, many: Message, none: Message): Message {
  return n === 0 ? none : n === 1 ? one : many;
}

/** The hover at the cursor, or undefined. */
export function hoverAt(input: HoverInput): HoverResult | undefined {
  const token = tokenAt(input.text, input.offset);
  if (!token) return undefined;
  const { key, value } = token;
  const info = classifyPath(input.relativePath, input.config);
  if (token.part === 'value' && value !== undefined && value !== '') {
    if (key === 'author' || key === 'authors') {
      const author = input.site.authors.get(value);
      if (author) return { range: token.range, contents: authorMarkdown(author) };
      return { range: token.range, contents: [msg('No author `{0}` among this site’s authors.', value)] };
    }
    if (key === 'tags' || key === 'tag') {
      const n = input.site.tags.get(value) ?? 0;
      return { range: token.range, contents: [count(n, msg('1 post uses this tag.'), msg('{0} posts use this tag.', n), msg('No post uses this tag yet.'))] };
    }
    if (key === 'categories' || key === 'category') {
      const n = input.site.categories.get(value) ?? 0;
      return { range: token.range, contents: [count(n, msg('1 post is in this category.'), msg('{0} posts are in this category.', n), msg('No post is in this category yet.'))] };
    }
    if (key === 'lang') {
      const n = input.site.languages.get(value) ?? 0;
      return { range: token.range, contents: [count(n, msg('1 post is in this language.'), msg('{0} posts are in this language.', n), msg('No post is in this language yet.'))] };
    }
  }
  if ((key === 'date' || key === 'permalink') && info) {
    const facts = documentFacts(input.text, info, input.config, input.timezone, input.now);
    if (key === 'date') {
      const date = facts.date;
      if (!date.ok) return { range: token.range, contents: [msg('Jekyll cannot read this date and stops the build: {0}', date.message(info.relativePath))] };
      const shown = strftime('%Y-%m-%d %H:%M:%S %z', date.epochSeconds, facts.timezone);
      const utc = strftime('%Y-%m-%d %H:%M:%S UTC', date.epochSeconds, 'UTC');
      const source = date.source === 'filename' ? msg('From the file name.') : date.source === 'front matter defaults' ? msg('From the defaults in `_config.yml`.') : date.source === 'fallback' ? msg('No date is set: Jekyll uses the build time.') : undefined;
      const contents: Text[] = [msg('Jekyll reads this date as {0} ({1}), that is {2}.', shown, facts.timezone, utc)];
      if (source) contents.push(source);
      return { range: token.range, contents };
    }
    const url = documentUrl(facts, info, input.config);
    if (!url.ok) return { range: token.range, contents: [msg('Jekyll cannot build this URL: {0}', url.message)] };
    const base = typeof input.config.raw.baseurl === 'string' ? input.config.raw.baseurl.replace(/\/+$/, '') : '';
    const site = typeof input.config.raw.url === 'string' ? input.config.raw.url.replace(/\/+$/, '') : '';
    const contents: Text[] = [msg('Final URL: {0}', `${site}${base}${url.url}`)];
    contents.push(msg('Written to `_site/{0}`.', url.outputPath));
    return { range: token.range, contents };
  }
  if (token.part === 'key') {
    const known = knownKey(key);
    const n = input.site.keys.get(key) ?? 0;
    const contents: Text[] = [];
    if (known) contents.push(known.description);
    if (n > 0) contents.push(count(n, msg('1 post sets this key.'), msg('{0} posts set this key.', n), msg('1 post sets this key.')));
    return contents.length ? { range: token.range, contents } : undefined;
  }
  return undefined;
}
