/**
 * Where a pasted or dropped image goes in a Jekyll site, and the Markdown that shows it, written
 * the way the site's posts already do: the folder their images sit in (`assets/images/posts/<slug>/`,
 * `assets/img/`), and how they write the URL (`{{ '…' | relative_url }}`, `{{ site.baseurl }}…`, or
 * plain). `jekyll_posts: images: folder:` in `_config.yml`, or the host's setting, names the folder.
 */
import { SiteConfig } from '../site/config';
import { decodePath, findLinks, readTarget } from '../site/links';
import { splitFrontMatter } from '../site/frontMatter';
import { classifyPath } from '../site/post';
import { siteBaseurl } from '../site/siteMap';
import { projectConfig } from '../site/projectConfig';

export type ImageUrlStyle =
  | { readonly kind: 'relative_url' | 'absolute_url'; readonly quote: '"' | "'" }
  | { readonly kind: 'baseurl' }
  | { readonly kind: 'plain' };

export interface ImageConvention {
  /** The folder template, relative to the site root, ending with `/`: `:slug`, `:name`, `:year`, `:month`, `:day` stand for the post's. */
  readonly folder: string;
  readonly style: ImageUrlStyle;
  /** Where the folder comes from. */
  readonly source: 'config' | 'setting' | 'posts' | 'default';
}

/** The folder used when nothing says otherwise. */
export const DEFAULT_IMAGE_FOLDER = 'assets/images/';

/** The post facts a folder template uses. */
export interface PostNaming {
  readonly slug: string;
  /** The file name without its extension (`2020-01-01-my-post`). */
  readonly name: string;
  readonly year?: string;
  readonly month?: string;
  readonly day?: string;
}

/** What a folder template needs of a post, from its path. */
export function postNaming(relativePath: string, config: SiteConfig): PostNaming {
  const info = classifyPath(relativePath, config);
  const file = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  const name = file.replace(/\.[^.]+$/, '');
  const date = info?.fileDate ? /^(\d+)-(\d+)-(\d+)$/.exec(info.fileDate) : null;
  return { slug: info?.slug ?? name, name, year: date?.[1], month: date?.[2]?.padStart(2, '0'), day: date?.[3]?.padStart(2, '0') };
}

/** A folder as a template: the post's own segments (slug, name, date parts) replaced by placeholders. */
export function folderTemplate(folder: string, post: PostNaming): string {
  return folder
    .split('/')
    .map((segment) => {
      if (segment === post.name) return ':name';
      if (segment === post.slug) return ':slug';
      if (post.year && segment === post.year) return ':year';
      if (post.month && segment === post.month) return ':month';
      if (post.day && segment === post.day) return ':day';
      return segment;
    })
    .join('/');
}

/** The folder for a post from a template. */
export function applyFolder(template: string, post: PostNaming): string {
  const folder = template
    .replace(/^\/+/, '')
    .replace(/:(name|slug|year|month|day)\b/g, (_, key: keyof PostNaming) => post[key] ?? '')
    .replace(/\/{2,}/g, '/');
  return folder === '' || folder.endsWith('/') ? folder : `${folder}/`;
}

function mostCommon<T>(counts: Map<string, { count: number; value: T }>): T | undefined {
  let best: { count: number; value: T } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.value;
}

/**
 * The site's convention from its posts (newest first: on a tie the newest way wins), unless the
 * configuration or the setting names a folder.
 */
export function detectImageConvention(posts: readonly { path: string; text: string }[], config: SiteConfig, setting?: string): ImageConvention {
  const baseurl = siteBaseurl(config);
  const folders = new Map<string, { count: number; value: string }>();
  const styles = new Map<string, { count: number; value: ImageUrlStyle }>();
  const bump = <T>(map: Map<string, { count: number; value: T }>, key: string, value: T): void => {
    const entry = map.get(key);
    if (entry) entry.count += 1;
    else map.set(key, { count: 1 + 1e-6 * (1000 - Math.min(map.size, 999)), value });
  };
  for (const post of posts) {
    const block = splitFrontMatter(post.text);
    const naming = postNaming(post.path, config);
    for (const link of findLinks(post.text, block.closed ? block.bodyStart : 0)) {
      if (!link.image) continue;
      const target = readTarget(link.written);
      if (target.kind !== 'site' || target.relative || !target.path) continue;
      let path = decodePath(target.path);
      if (target.style === 'plain' && baseurl) {
        if (!path.startsWith(`${baseurl}/`)) continue;
        path = path.slice(baseurl.length);
      }
      const folder = path.slice(1, path.lastIndexOf('/') + 1);
      if (!folder) continue;
      bump(folders, folderTemplate(folder, naming), folderTemplate(folder, naming));
      if (target.style === 'relative_url' || target.style === 'absolute_url') {
        const quote = /\{\{-?\s*"/.test(link.written) ? '"' : "'";
        bump(styles, `${target.style}${quote}`, { kind: target.style, quote });
      } else if (target.style === 'baseurl') bump(styles, 'baseurl', { kind: 'baseurl' });
      else if (target.style === 'plain') bump(styles, 'plain', { kind: 'plain' });
    }
  }
  const style: ImageUrlStyle = mostCommon(styles) ?? (baseurl ? { kind: 'relative_url', quote: "'" } : { kind: 'plain' });
  const configured = projectConfig(config).images?.folder;
  if (configured) return { folder: applyTemplateSlash(configured), style, source: 'config' };
  if (setting) return { folder: applyTemplateSlash(setting), style, source: 'setting' };
  const detected = mostCommon(folders);
  return detected ? { folder: detected, style, source: 'posts' } : { folder: DEFAULT_IMAGE_FOLDER, style, source: 'default' };
}

function applyTemplateSlash(folder: string): string {
  const trimmed = folder.trim().replace(/^\/+/, '');
  return trimmed === '' || trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

/** A file name safe in a URL: letters, digits, `.`, `_` and `-`; runs of anything else become `-`. */
export function safeImageName(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1).normalize('NFC');
  const dot = base.lastIndexOf('.');
  const stem = (dot >= 0 ? base.slice(0, dot) : base).replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '');
  const ext = dot >= 0 ? base.slice(dot).toLowerCase().replace(/[^.a-z0-9]/g, '') : '';
  return `${stem || 'image'}${ext}`;
}

/** The first free name: `x.png`, then `x-1.png`, `x-2.png`… */
export function freeName(folder: string, name: string, exists: (relativePath: string) => boolean): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  let candidate = name;
  for (let i = 1; exists(folder + candidate); i++) candidate = `${stem}-${i}${ext}`;
  return candidate;
}

/** The URL as the site's posts write it. */
export function writeImageUrl(url: string, style: ImageUrlStyle, baseurl: string): string {
  switch (style.kind) {
    case 'relative_url':
    case 'absolute_url':
      return `{{ ${style.quote}${url}${style.quote} | ${style.kind} }}`;
    case 'baseurl':
      return `{{ site.baseurl }}${url}`;
    default:
      return `${baseurl}${url}`;
  }
}

export interface PlacedImage {
  /** Where the file goes, relative to the site root. */
  readonly path: string;
  /** Its URL on the site, without baseurl. */
  readonly url: string;
  /** The Markdown that shows it. */
  readonly markdown: string;
}

/**
 * Where an image goes for a post and the Markdown that shows it; never an existing file (`exists`
 * answers for paths relative to the site root).
 */
export function placeImage(convention: ImageConvention, postPath: string, fileName: string, config: SiteConfig, exists: (relativePath: string) => boolean): PlacedImage {
  const folder = applyFolder(convention.folder, postNaming(postPath, config));
  const name = freeName(folder, safeImageName(fileName), exists);
  const path = folder + name;
  const url = `/${path}`;
  const dot = name.lastIndexOf('.');
  const alt = (dot > 0 ? name.slice(0, dot) : name).replace(/[-_]+/g, ' ').trim();
  return { path, url, markdown: `![${alt}](${writeImageUrl(url, convention.style, siteBaseurl(config))})` };
}
