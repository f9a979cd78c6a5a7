/**
 * Which front matter keys the site's own templates read: some keys (`date_gmt`, left by WordPress
 * imports; `permalink` as written, where Jekyll serves the sanitized URL) matter only if a layout,
 * include, plugin or feed of the site uses them.
 */
import { followedKind, LinkPolicy, SiteFileSystem } from '../fs';
import { join } from '../paths';
import { SiteConfig } from './config';
import { JekyllValue } from './scalars';

/** Keys rules ask about, each with how a template mentions it. */
const WATCHED: ReadonlyArray<readonly [string, RegExp]> = [
  ['date_gmt', /\bdate_gmt\b/],
  // `page.permalink`, `post.permalink`, `data["permalink"]`; not the word alone, which themes use as a CSS class.
  ['permalink', /\.permalink\b|\[\s*['"]permalink['"]\s*\]/],
];

const MAX_FILES = 5000;
const MAX_BYTES = 1024 * 1024;
/** Files at the site's root that can be templates: feeds (`feed.xml`, `atom.xml`), pages, JSON feeds. */
const ROOT_TEMPLATE = /\.(html?|xml|rss|atom|json|liquid|md|markdown|txt)$/i;

/** A folder without its leading and trailing slashes (Jekyll reads `/_layouts/` as `_layouts`). */
const trimSlashes = (folder: string): string => folder.replace(/^\/+|\/+$/g, '');

/** A folder setting of `_config.yml` (`layouts_dir`, `data_dir`...), slashes trimmed, or its default. */
export function folderSetting(value: JekyllValue | undefined, fallback: string): string {
  return typeof value === 'string' && value ? trimSlashes(value) : fallback;
}

/** The folders whose files are all templates or code: layouts, includes, plugins (`plugins_dir` may be a list: Jekyll loads each). */
export function templateFolders(config: SiteConfig): string[] {
  const plugins = config.raw.plugins_dir;
  const pluginDirs = Array.isArray(plugins) ? plugins.filter((p): p is string => typeof p === 'string' && p !== '').map(trimSlashes) : [folderSetting(plugins, '_plugins')];
  return [folderSetting(config.raw.layouts_dir, '_layouts'), folderSetting(config.raw.includes_dir, '_includes'), ...pluginDirs];
}

/** Whether a path relative to the root is one templateReads looks at (for hosts deciding when to look again). */
export function isTemplatePath(rel: string, config: SiteConfig): boolean {
  if (!rel.includes('/')) return ROOT_TEMPLATE.test(rel);
  return templateFolders(config).some((f) => rel.startsWith(`${f}/`));
}

/** The watched keys that some layout, include, plugin or root-level page or feed of the site mentions. */
export async function templateReads(fs: SiteFileSystem, root: string, config: SiteConfig, links: LinkPolicy): Promise<Set<string>> {
  const found = new Set<string>();
  const patterns = WATCHED;
  let budget = MAX_FILES;
  const look = async (path: string, needsFrontMatter: boolean): Promise<void> => {
    if (budget-- <= 0) return;
    const bytes = await fs.readFile(path);
    if (!bytes || bytes.length > MAX_BYTES) return;
    const text = new TextDecoder().decode(bytes);
    // Jekyll runs Liquid only in files with front matter; others are copied as they are.
    if (needsFrontMatter && !/^(\ufeff)?---\s*\r?\n/.test(text)) return;
    for (const [key, pattern] of patterns) if (!found.has(key) && pattern.test(text)) found.add(key);
  };
  const walk = async (dir: string, depth: number): Promise<void> => {
    for (const e of (await fs.readDirectory(dir)) ?? []) {
      if (e.name.startsWith('.') || found.size === patterns.length) continue;
      const kind = followedKind(e, links);
      if (kind === 'directory' && depth < 8) await walk(join(dir, e.name), depth + 1);
      else if (kind === 'file') await look(join(dir, e.name), false);
    }
  };
  for (const folder of templateFolders(config)) await walk(join(root, folder), 0);
  for (const e of (await fs.readDirectory(root)) ?? []) {
    if (found.size === patterns.length) break;
    if (followedKind(e, links) === 'file' && ROOT_TEMPLATE.test(e.name)) await look(join(root, e.name), true);
  }
  return found;
}
