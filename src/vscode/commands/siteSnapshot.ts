import * as vscode from 'vscode';
import { ConventionOverrides, Conventions, detectConventions, PostsFolderForm, POSTS_FOLDER_FORMS } from '../../core/create/conventions';
import { relative } from '../../core/paths';
import { effectiveFrontMatter } from '../../core/lint/lint';
import { parseFrontMatter } from '../../core/site/frontMatter';
import { factsFromDocuments, FactsDocument, readRegistries } from '../../core/site/siteScan';
import { SiteFacts } from '../../core/site/siteFacts';
import { walkSite } from '../../core/site/siteFiles';
import { Site } from '../sites';

/** Posts read to detect conventions: the newest ones say how the site writes posts today. */
const CONVENTION_SAMPLE = 60;

/** What the new-post commands know of a site: its conventions and its pick lists. */
export interface SiteSnapshot {
  readonly site: Site;
  readonly conventions: Conventions;
  readonly facts: SiteFacts;
  /** Post paths relative to the site root, newest file name first. */
  readonly posts: readonly string[];
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
 * author lists).
 */
export async function snapshotSite(site: Site, known?: SiteFacts): Promise<SiteSnapshot> {
  const walk = await walkSite(site.fs, site.root, site.config);
  const posts = walk.files.filter((f) => f.info.kind === 'post' && f.info.nameMatches);
  posts.sort((a, b) => (a.info.entry.split('/').pop()! < b.info.entry.split('/').pop()! ? 1 : -1));
  const decoder = new TextDecoder();
  const docs: FactsDocument[] = [];
  const samples: { relativePath: string; text: string }[] = [];
  for (const [i, file] of posts.entries()) {
    if (known && i >= CONVENTION_SAMPLE) break;
    const bytes = await site.fs.readFile(file.path);
    if (!bytes) continue;
    const text = decoder.decode(bytes);
    const fm = parseFrontMatter(text);
    docs.push({ info: file.info, data: fm.data ? effectiveFrontMatter(file.info, site.config, fm) : undefined, own: fm.data });
    if (i < CONVENTION_SAMPLE) samples.push({ relativePath: relative(site.root, file.path), text });
  }
  const registries = await readRegistries(site.fs, site.root, site.config);
  const facts = known ?? factsFromDocuments(docs, registries);
  const conventions = detectConventions({
    config: site.config,
    posts: samples,
    layouts: registries.layouts,
    fallbackLanguages: fallbackLanguages(),
    fallbackTimezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    overrides: conventionOverrides(site.rootUri),
  });
  return { site, conventions, facts, posts: posts.map((p) => relative(site.root, p.path)) };
}

/** Whether a path relative to the site root exists. */
export async function existsInSite(site: Site, relativePath: string): Promise<boolean> {
  return (await site.fs.stat(`${site.root.replace(/\/$/, '')}/${relativePath}`)) !== undefined;
}
