import { resolve } from 'node:path';
import { SiteFileSystem } from '../core/fs';
import { msg } from '../core/messages';
import { findSiteRoot, loadConfig, walkSite } from '../core/site/siteFiles';
import { documentVerdict, ModelSettings } from '../core/site/siteModel';
import { relative } from '../core/paths';
import { staticFileUrl, UrlKind } from '../core/site/siteMap';
import { resolveConfigFiles, UsageError } from './lintCommand';

export interface UrlEntry {
  /** Path relative to the site root. */
  file: string;
  /** `page.url` as Jekyll gives it. */
  url: string | null;
  /** The file Jekyll writes, relative to the destination folder. */
  output: string | null;
  lang: string | null;
  /** ISO 8601 with offset; null for pages. */
  date: string | null;
  /** Whether Jekyll writes it: false for drafts, unpublished and future posts. */
  published: boolean;
  /** What Jekyll makes of the file. */
  kind: UrlKind;
}

/** Every post, draft, collection document, page and static file of a site, with the URL Jekyll gives it. */
export async function listUrls(fs: SiteFileSystem, given: string, cwd: string, settings: ModelSettings, configFiles?: readonly string[]): Promise<UrlEntry[]> {
  const path = resolve(cwd, given).replace(/\\/g, '/');
  const stat = await fs.stat(path);
  if (!stat) throw new UsageError(msg("cannot read '{0}': no such file or directory", given));
  const root = (await findSiteRoot(fs, path)) ?? path;
  const config = await loadConfig(fs, root, await resolveConfigFiles(fs, configFiles, cwd, root));
  const { files } = await walkSite(fs, root, config);
  const out: UrlEntry[] = [];
  for (const file of files) {
    const bytes = await fs.readFile(file.path);
    if (!bytes) continue;
    const rel = relative(root, file.path);
    const binary = bytes.subarray(0, 8192).includes(0);
    const mtime = file.info.kind === 'draft' ? (await fs.stat(file.path))?.mtimeSeconds : undefined;
    const verdict = binary ? undefined : documentVerdict(rel, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), config, settings, mtime);
    if (!verdict) {
      // Pages and collection files without front matter are copied as they are.
      const copied = file.info.kind === 'page' || file.info.kind === 'collection' ? staticFileUrl(file.info, config) : undefined;
      if (copied) out.push({ file: rel, url: copied.url, output: copied.output, lang: null, date: null, published: true, kind: 'static' });
      continue;
    }
    const lang = verdict.data?.lang;
    out.push({
      file: rel,
      url: verdict.url ?? null,
      output: verdict.outputPath ?? null,
      lang: typeof lang === 'string' ? lang : null,
      date: verdict.date ?? null,
      published: verdict.written,
      kind: verdict.kind === 'collection' ? 'document' : verdict.kind,
    });
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
