import { followedKind, linkPolicy, SiteFileSystem } from '../fs';
import { basename, dirname, join, normalize, relative } from '../paths';
import { ConfigProblem, configFromData, deepMerge, readConfig, SiteConfig, truthy } from './config';
import { JekyllValue } from './scalars';
import { classifyPath, isExcluded, isSkippedName, SiteDocumentInfo } from './post';

export const CONFIG_FILE_NAMES = ['_config.yml', '_config.yaml'];

/** Folders no search ever walks into: build output, caches, dependencies. */
const NEVER_WALK = new Set(['_site', '.jekyll-cache', '.sass-cache', '.git', 'node_modules', '.bundle', '.vscode-test']);

/**
 * The root of the Jekyll site a file or folder belongs to: the nearest folder at or above it with a
 * `_config.yml`; failing that, the folder holding the topmost `_posts`/`_drafts` above it.
 */
export async function findSiteRoot(fs: SiteFileSystem, path: string): Promise<string | undefined> {
  const stat = await fs.stat(path);
  let folder = stat?.kind === 'directory' ? path : dirname(path);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const config = await fs.stat(join(folder, name));
      if (config?.kind === 'file') return folder;
    }
    // dirname gives a shorter path each time, down to `/` or `.`.
    if (folder === '/' || folder === '.') break;
    folder = dirname(folder);
  }
  const parts = path.split('/');
  const magic = parts.findIndex((p) => p === '_posts' || p === '_drafts');
  if (magic > 0) return parts.slice(0, magic).join('/') || '/';
  if (stat?.kind === 'directory') {
    const entries = await fs.readDirectory(path);
    if (entries?.some((e) => e.kind === 'directory' && (e.name === '_posts' || e.name === '_drafts'))) return path;
  }
  return undefined;
}

/** Reads the site's `_config.yml` text, or undefined when it has none or it cannot be read. */
export async function readConfigText(fs: SiteFileSystem, root: string): Promise<string | undefined> {
  for (const name of CONFIG_FILE_NAMES) {
    const bytes = await fs.readFile(join(root, name));
    if (bytes) return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes); // a byte order mark kept: Jekyll reads it (configTextAsPsychReadsIt)
  }
  return undefined;
}

/**
 * The site's configuration as Jekyll's `--config a.yml,b.yml` builds it: later files win (deep
 * merge). Without files, the site's own `_config.yml`. Paths are absolute.
 */
export async function loadConfig(fs: SiteFileSystem, root: string, configPaths?: readonly string[]): Promise<SiteConfig> {
  if (!configPaths?.length) return readConfig(await readConfigText(fs, root));
  let raw: Record<string, JekyllValue> = {};
  const problems: ConfigProblem[] = [];
  for (const path of configPaths) {
    const bytes = await fs.readFile(path);
    const config = readConfig(bytes ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) : undefined);
    raw = deepMerge(raw, config.raw);
    problems.push(...config.problems);
  }
  return configFromData(raw, problems);
}

export interface SiteFile {
  readonly path: string;
  readonly info: SiteDocumentInfo;
}

export interface WalkResult {
  readonly files: SiteFile[];
  /** Folders that could not be read, relative to the root. */
  readonly unreadable: string[];
}

/**
 * Every file under `start` (inside `root`) that Jekyll reads as a post, draft, collection document
 * or page, skipping excluded and special folders, build output and symbolic links; `onFile` hears of
 * each as soon as it is found.
 */
export async function walkSite(fs: SiteFileSystem, root: string, config: SiteConfig, start = root, onFile?: (file: SiteFile) => void): Promise<WalkResult> {
  const files: SiteFile[] = [];
  const unreadable: string[] = [];
  const links = await linkPolicy(fs, root, truthy(config.raw.safe));
  // `folder` is normalized and `rel` is relative(root, folder): an entry's paths are theirs plus
  // its name (a directory entry's name has no `/` and is never `.` or `..`).
  // `inRead`: inside `_posts`, `_drafts` or a collection folder, where Jekyll lists files with a glob
  // and also reads folders whose name ends in `.` (Jekyll 4.3.1 wrote `_posts/sub./2020-01-02-b.md`,
  // not `folder./_posts/2020-01-01-a.md`); classifyPath rejects the special names there.
  const visit = async (folder: string, folderRel: string, depth: number, inRead: boolean): Promise<void> => {
    if (depth > 64) return;
    const entries = await fs.readDirectory(folder);
    if (!entries) {
      unreadable.push(folderRel || '.');
      return;
    }
    const base = folder === '/' ? '/' : folder === '.' ? '' : `${folder}/`;
    const relBase = folderRel ? `${folderRel}/` : '';
    for (const entry of entries) {
      const path = base + entry.name;
      const rel = relBase + entry.name;
      const kind = followedKind(entry, links);
      if (kind === 'directory') {
        if (NEVER_WALK.has(entry.name) || isExcluded(rel, config)) continue;
        const read = inRead || isReadFolder(rel, config);
        if (!read && isSkippedName(entry.name, config)) continue;
        await visit(path, rel, depth + 1, read);
      } else if (kind === 'file') {
        const info = classifyPath(rel, config);
        if (!info) continue;
        const file = { path, info };
        files.push(file);
        onFile?.(file);
      }
    }
  };
  const from = normalize(start);
  const fromRel = relative(root, from);
  const parts = fromRel.split('/');
  await visit(from, fromRel, 0, parts.some((_, i) => isReadFolder(parts.slice(0, i + 1).join('/'), config)));
  return { files, unreadable };
}

/** Underscore folders Jekyll reads documents from: `_posts`, `_drafts` and collection folders. */
function isReadFolder(rel: string, config: SiteConfig): boolean {
  const name = basename(rel);
  if (name === '_posts' || name === '_drafts') return true;
  const label = name.slice(1);
  return name.startsWith('_') && config.collections.has(label) && dirname(rel) === (config.collectionsDir || '.');
}
