import * as vscode from 'vscode';
import { ConventionOverrides, Conventions, PostsFolderForm, POSTS_FOLDER_FORMS } from '../../core/create/conventions';
import { existsIn, readSiteForNewPost } from '../../core/create/siteConventions';
import { SiteFacts } from '../../core/site/siteFacts';
import { Site } from '../sites';

/** What the new-post commands know of a site: its conventions and its pick lists. */
export interface SiteSnapshot {
  readonly site: Site;
  readonly conventions: Conventions;
  readonly facts: SiteFacts;
  /** Post paths relative to the site root, newest file name first. */
  readonly posts: readonly string[];
  /** The conventions again with other choices (the conventions step's changes). */
  redetect(overrides: ConventionOverrides): Conventions;
  readonly configText?: string;
}

/** `jekyllPosts.*` settings that override detected conventions. */
export function conventionOverrides(scope: vscode.Uri): ConventionOverrides {
  const c = vscode.workspace.getConfiguration('jekyllPosts', scope);
  const folder = c.get<string>('newPost.postsFolder', 'auto');
  const writeLang = c.get<string>('newPost.writeLang', 'auto');
  const layout = c.get<string | null>('newPost.layout', null);
  const permalinks = c.get<Record<string, string>>('newPost.permalinks', {});
  const key = c.get<string>('translationKey', '');
  const value = c.get<string>('newPost.translationValue', 'auto');
  const languages = c.get<string[]>('languages', []).filter(Boolean);
  return {
    languages: languages.length ? languages : undefined,
    postsFolder: (POSTS_FOLDER_FORMS as readonly string[]).includes(folder) ? (folder as PostsFolderForm) : undefined,
    writeLang: writeLang === 'always' ? true : writeLang === 'never' ? false : undefined,
    layout: typeof layout === 'string' ? layout : undefined,
    permalinks: permalinks && Object.keys(permalinks).length ? permalinks : undefined,
    translationKey: key || undefined,
    translationValue: value === 'slug' || value === 'name' ? value : undefined,
    slugifyMode: c.get<string>('newPost.slugify', 'latin'),
  };
}

/** The user's language first, then the other of French and English. */
export function fallbackLanguages(): string[] {
  const ui = vscode.env.language.split('-')[0].toLowerCase();
  return ui === 'fr' ? ['fr', 'en'] : ui === 'en' ? ['en', 'fr'] : [ui, 'en'];
}

/**
 * Reads the site once for a command: the newest posts' text (for the conventions) and, unless the
 * site index already has them (`known`), every post's front matter (for the tag, category and
 * author lists). `jekyll_posts: new_post:` in `_config.yml` wins over the settings for its site.
 */
export async function snapshotSite(site: Site, known?: SiteFacts): Promise<SiteSnapshot> {
  const read = await readSiteForNewPost(site.fs, site.root, site.config, {
    known,
    fallbackLanguages: fallbackLanguages(),
    fallbackTimezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    overrides: conventionOverrides(site.rootUri),
  });
  return { site, conventions: read.conventions, facts: read.facts, posts: read.posts, redetect: read.redetect, configText: read.configText };
}

/** Whether a path relative to the site root exists. */
export async function existsInSite(site: Site, relativePath: string): Promise<boolean> {
  return existsIn(site.fs, site.root, relativePath);
}
