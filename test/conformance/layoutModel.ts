// Bundled by layouts.mjs: a site's posts and pages placed in their layouts by the preview's code
// (src/core/render/layout.ts), without data-line, and its Sass compiled as the preview does.
import { readFileSync } from 'node:fs';
import { syncNodeFileSystem } from '../../src/cli/nodeFs';
import { loadRenderSite } from '../../src/cli/renderCommand';
import { loadConfig } from '../../src/core/site/siteFiles';
import { RenderSite } from '../../src/core/render/liquid';
import { renderSiteLook } from '../../src/core/render/layout';
import { CompileStringAsync, compileSiteSass } from '../../src/core/render/sass';

export async function openSite(root: string, now: Date): Promise<RenderSite> {
  const config = await loadConfig(syncNodeFileSystem, root);
  return loadRenderSite(syncNodeFileSystem, root, config, { now, machineZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' });
}

export async function placeInLayouts(site: RenderSite, path: string): Promise<{ status: string; html: string; url?: string; layouts: readonly string[] }> {
  const look = await renderSiteLook({ text: readFileSync(path, 'utf8'), path, site }, false);
  return { status: look.status, html: look.html, url: look.url, layouts: look.layouts };
}

export async function sass(site: RenderSite, path: string, compile: CompileStringAsync): Promise<{ css?: string; error?: string }> {
  return compileSiteSass(site, path, compile);
}
