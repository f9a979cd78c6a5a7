/**
 * Reads a site for the new-post commands (the editor's and the CLI's alike): its newest posts and
 * language collections for the conventions, every post's front matter for the pick lists, and the
 * author's choices kept in `_config.yml` under `jekyll_posts: new_post:`.
 */
import { SiteFileSystem } from '../fs';
import { effectiveFrontMatter } from '../lint/lint';
import { join, relative } from '../paths';
import { isMap, SiteConfig } from '../site/config';
import { parseFrontMatter } from '../site/frontMatter';
import { SiteFacts } from '../site/siteFacts';
import { readConfigText, walkSite } from '../site/siteFiles';
import { factsFromDocuments, FactsDocument, readRegistries } from '../site/siteScan';
import { ConventionOverrides, Conventions, detectConventions, PostsFolderForm, POSTS_FOLDER_FORMS } from './conventions';

/** Documents read to detect conventions: the newest ones say how the site writes posts today. */
export const CONVENTION_SAMPLE = 60;

export interface SiteForNewPost {
  readonly conventions: Conventions;
  readonly facts: SiteFacts;
  /** Post paths relative to the site root, newest file name first. */
  readonly posts: readonly string[];
  /** What `jekyll_posts: new_post:` in `_config.yml` says. */
  readonly saved: ConventionOverrides;
  /** The text of `_config.yml`, when there is one. */
  readonly configText?: string;
  /** Detects the conventions again with other choices (the command's "change" step). */
  redetect(overrides: ConventionOverrides): Conventions;
}

export interface ReadOptions {
  readonly fallbackLanguages?: readonly string[];
  readonly fallbackTimezone?: string;
  /** The host's settings; `jekyll_posts: new_post:` wins over them for its site. */
  readonly overrides?: ConventionOverrides;
  /** Facts the host has already (the editor's site index). */
  readonly known?: SiteFacts;
}

const STYLES = ['flow', 'block', 'string'] as const;

/** The choices saved in `_config.yml` (`jekyll_posts: new_post:`), as overrides. Unknown values are ignored. */
export function savedOverrides(config: SiteConfig): ConventionOverrides {
  const block = config.raw.jekyll_posts;
  const np = isMap(block) ? block.new_post : undefined;
  if (!isMap(np)) return {};
  const out: Record<string, unknown> = {};
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
  if (Array.isArray(np.languages) && np.languages.every((l) => typeof l === 'string')) out.languages = np.languages;
  if (POSTS_FOLDER_FORMS.includes(np.posts_folder as PostsFolderForm)) out.postsFolder = np.posts_folder;
  if (isMap(np.folders)) out.folders = Object.fromEntries(Object.entries(np.folders).filter(([, v]) => typeof v === 'string'));
  if (typeof np.write_lang === 'boolean') out.writeLang = np.write_lang;
  if (typeof np.layout === 'string' || np.layout === false) out.layout = np.layout || '';
  if (isMap(np.permalinks)) out.permalinks = Object.fromEntries(Object.entries(np.permalinks).filter(([, v]) => typeof v === 'string'));
  // `translation_key: none` (or false): no key; `filename`: versions share their file name.
  if (np.translation_key === false || np.translation_key === 'none') out.translationKey = 'none';
  else if (np.translation_key === 'filename') out.translationKey = '';
  else if (str(np.translation_key)) out.translationKey = np.translation_key;
  if (np.translation_value === 'slug' || np.translation_value === 'name') out.translationValue = np.translation_value;
  if (STYLES.includes(np.tags_style as (typeof STYLES)[number])) out.tagsStyle = np.tags_style;
  if (STYLES.includes(np.categories_style as (typeof STYLES)[number])) out.categoriesStyle = np.categories_style;
  if (np.date === 'none' || np.date === 'date' || np.date === 'datetime') out.dateForm = np.date;
  if (str(np.slugify)) out.slugifyMode = np.slugify;
  return out as ConventionOverrides;
}

/** Settings first, then what the site itself says in `_config.yml`. */
export function mergeOverrides(settings: ConventionOverrides | undefined, saved: ConventionOverrides): ConventionOverrides {
  const out: Record<string, unknown> = { ...(settings ?? {}) };
  for (const [key, value] of Object.entries(saved)) if (value !== undefined) out[key] = value;
  return out as ConventionOverrides;
}

/** Reads the site at `root` (absolute) for a new post. */
export async function readSiteForNewPost(fs: SiteFileSystem, root: string, config: SiteConfig, options: ReadOptions = {}): Promise<SiteForNewPost> {
  const walk = await walkSite(fs, root, config);
  const name = (p: string): string => p.split('/').pop()!;
  const posts = walk.files.filter((f) => f.info.kind === 'post' && f.info.nameMatches);
  posts.sort((a, b) => (name(a.info.entry) < name(b.info.entry) ? 1 : -1));
  // Documents of written collections that may be language versions (`_cn/`): read for the conventions too.
  const versions = walk.files.filter((f) => f.info.kind === 'collection' && f.info.collection !== 'authors' && config.collections.get(f.info.collection ?? '')?.output === true);
  const decoder = new TextDecoder();
  const docs: FactsDocument[] = [];
  const samples: { relativePath: string; text: string }[] = [];
  for (const [i, file] of posts.entries()) {
    if (options.known && i >= CONVENTION_SAMPLE) break;
    const bytes = await fs.readFile(file.path);
    if (!bytes) continue;
    const text = decoder.decode(bytes);
    const fm = parseFrontMatter(text);
    docs.push({ info: file.info, data: fm.data ? effectiveFrontMatter(file.info, config, fm) : undefined, own: fm.data });
    if (i < CONVENTION_SAMPLE) samples.push({ relativePath: relative(root, file.path), text });
  }
  for (const file of versions.slice(-CONVENTION_SAMPLE)) {
    const bytes = await fs.readFile(file.path);
    if (bytes) samples.push({ relativePath: relative(root, file.path), text: decoder.decode(bytes) });
  }
  // Drafts: whether the site's drafts write `date:`.
  const drafts: { relativePath: string; text: string }[] = [];
  for (const file of walk.files.filter((f) => f.info.kind === 'draft').slice(0, CONVENTION_SAMPLE)) {
    const bytes = await fs.readFile(file.path);
    if (bytes) drafts.push({ relativePath: relative(root, file.path), text: decoder.decode(bytes) });
  }
  const registries = await readRegistries(fs, root, config);
  const facts = options.known ?? factsFromDocuments(docs, registries);
  const configText = await readConfigText(fs, root);
  const saved = savedOverrides(config);
  const detect = (overrides: ConventionOverrides): Conventions =>
    detectConventions({
      config,
      posts: samples,
      layouts: registries.layouts,
      fallbackLanguages: options.fallbackLanguages,
      fallbackTimezone: options.fallbackTimezone,
      overrides,
      configText,
      drafts,
    });
  const base = mergeOverrides(options.overrides, saved);
  return {
    conventions: detect(base),
    facts,
    posts: posts.map((p) => relative(root, p.path)),
    saved,
    configText,
    redetect: (overrides) => detect(mergeOverrides(base, overrides)),
  };
}

/** Whether a path relative to the site root exists. */
export async function existsIn(fs: SiteFileSystem, root: string, relativePath: string): Promise<boolean> {
  return (await fs.stat(join(root, relativePath))) !== undefined;
}
