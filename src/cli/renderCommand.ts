import { resolve } from 'node:path';
import { SiteFileSystem } from '../core/fs';
import { Message, msg } from '../core/messages';
import { relative } from '../core/paths';
import { buildCatalog } from '../core/render/catalog';
import { RenderSite } from '../core/render/liquid';
import { renderContent } from '../core/render/page';
import { loadSiteData } from '../core/render/siteData';
import { SiteConfig } from '../core/site/config';
import { parseFrontMatter } from '../core/site/frontMatter';
import { findSiteRoot, loadConfig } from '../core/site/siteFiles';
import { SiteIndex } from '../core/site/siteIndex';
import { LineIndex } from '../core/text';
import { resolveConfigFiles, UsageError } from './lintCommand';

/** Where Jekyll would stop the build: a Liquid error at this line of the file. */
export interface BuildStop {
  /** 1-based. */
  readonly line: number;
  readonly message: Message;
}

export type RenderResult = { readonly ok: true; readonly html: string } | { readonly ok: false; readonly stops: readonly BuildStop[] };

/** Everything a render of a site's posts reads: `site`, `_data`, `_includes`, every post's URL. */
export async function loadRenderSite(fs: SiteFileSystem, root: string, config: SiteConfig, settings: { now: Date; machineZone: string }): Promise<RenderSite> {
  const timezone = config.timezone ?? settings.machineZone ?? 'UTC';
  const index = await SiteIndex.build(fs, root, config);
  const catalog = buildCatalog(index.documents(), config, timezone, settings.now);
  const data = await loadSiteData(fs, root, config).catch(() => ({}));
  return { root, fs, config, timezone, data, catalog, includeCache: new Map(), now: settings.now };
}

/** A post's `content`, as the preview renders it less the card, the sanitizing and `data-line`. */
export async function renderText(site: RenderSite, path: string, text: string): Promise<RenderResult> {
  const rendered = await renderContent({ text, path, site });
  const errors = rendered.findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return { ok: true, html: rendered.html };
  const lines = new LineIndex(text);
  return { ok: false, stops: errors.map((f) => ({ line: lines.positionAt(f.range.start).line + 1, message: f.message })) };
}

/** Reads the file to render: refuses what Jekyll would not read as a post (binary, unreadable, front matter it refuses). */
export async function readPostText(fs: SiteFileSystem, path: string, shown: string): Promise<string> {
  const stat = await fs.stat(path);
  if (!stat) throw new UsageError(msg("cannot read '{0}': no such file or directory", shown));
  if (stat.kind !== 'file') throw new UsageError(msg("'{0}' is not a file", shown));
  const bytes = await fs.readFile(path);
  if (!bytes) throw new UsageError(msg("cannot read '{0}'", shown));
  if (bytes.subarray(0, 8192).includes(0)) throw new UsageError(msg("'{0}' is a binary file, not a post", shown));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(msg("'{0}' is not UTF-8 text: Jekyll stops with an invalid byte sequence", shown));
  }
  const fm = parseFrontMatter(text);
  const broken = fm.problems.find((p) => p.kind !== 'duplicate-key');
  if (broken && fm.block.opened) {
    const line = new LineIndex(text).positionAt(broken.range.start).line + 1;
    throw new UsageError(msg("{0}:{1}: Jekyll cannot read this front matter ({2})", shown, String(line), broken.detail || broken.kind));
  }
  return text;
}

/** `jekyll-posts render FILE`: the site around FILE, then FILE's content. */
export async function renderFile(fs: SiteFileSystem, given: string, cwd: string, settings: { now: Date; machineZone: string }, configFiles?: readonly string[]): Promise<{ file: string; result: RenderResult }> {
  const path = resolve(cwd, given).replace(/\\/g, '/');
  const text = await readPostText(fs, path, given);
  const root = (await findSiteRoot(fs, path.replace(/\/[^/]*$/, ''))) ?? path.replace(/\/[^/]*$/, '');
  const config = await loadConfig(fs, root, await resolveConfigFiles(fs, configFiles, cwd, root));
  const site = await loadRenderSite(fs, root, config, settings);
  return { file: relative(cwd.replace(/\\/g, '/'), path) || given, result: await renderText(site, path, text) };
}
