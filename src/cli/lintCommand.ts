import { resolve } from 'node:path';
import { SiteFileSystem } from '../core/fs';
import { lintFile, isLintable, FileFindings } from '../core/lint/lintFile';
import { readConfig, SiteConfig } from '../core/site/config';
import { findSiteRoot, readConfigText, walkSite } from '../core/site/siteFiles';
import { classifyPath } from '../core/site/post';
import { dirname, relative } from '../core/paths';
import { formatMessage, Message, msg } from '../core/messages';

export interface SiteFindings {
  readonly root: string;
  readonly config: SiteConfig;
  readonly files: FileFindings[];
}

export class UsageError extends Error {
  constructor(readonly detail: Message) {
    super(formatMessage(detail));
  }
}

/** Lints the given paths (site roots, folders or files), grouped by the site each belongs to. */
export async function lintPaths(fs: SiteFileSystem, paths: readonly string[], cwd: string): Promise<SiteFindings[]> {
  const targets = new Map<string, { config?: SiteConfig; starts: { path: string; isDir: boolean }[] }>();
  for (const given of paths) {
    const path = resolve(cwd, given).replace(/\\/g, '/');
    const stat = await fs.stat(path);
    if (!stat) throw new UsageError(msg("cannot read '{0}': no such file or directory", given));
    const isDir = stat.kind === 'directory';
    if (isDir && !(await fs.readDirectory(path))) throw new UsageError(msg("cannot read '{0}': permission denied", given));
    if (!isDir && !(await fs.readFile(path))) throw new UsageError(msg("cannot read '{0}'", given));
    const root = (await findSiteRoot(fs, path)) ?? (isDir ? path : dirname(path));
    const target = targets.get(root) ?? { starts: [] };
    target.starts.push({ path, isDir });
    targets.set(root, target);
  }
  const results: SiteFindings[] = [];
  for (const [root, target] of targets) {
    const config = readConfig(await readConfigText(fs, root));
    const seen = new Set<string>();
    const files: FileFindings[] = [];
    for (const start of target.starts) {
      const candidates = start.isDir ? (await walkSite(fs, root, config, start.path)).files.map((f) => f.path) : [start.path];
      for (const path of candidates) {
        if (seen.has(path)) continue;
        seen.add(path);
        const info = classifyPath(relative(root, path), config);
        if (!info || !isLintable(info, config)) continue;
        files.push(await lintFile(fs, root, path, config));
      }
    }
    files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    results.push({ root, config, files });
  }
  return results;
}
