// Bundled by render.mjs: renders posts of a site with the code `jekyll-posts render` runs.
import { syncNodeFileSystem } from '../../src/cli/nodeFs';
import { loadRenderSite, renderText } from '../../src/cli/renderCommand';
import { loadConfig } from '../../src/core/site/siteFiles';
import { renderPreview } from '../../src/core/render/page';
import { RenderSite } from '../../src/core/render/liquid';

export async function openSite(root: string, configFiles: string[], now: Date): Promise<RenderSite> {
  const config = await loadConfig(syncNodeFileSystem, root, configFiles);
  return loadRenderSite(syncNodeFileSystem, root, config, { now, machineZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' });
}

export async function render(site: RenderSite, path: string, text: string): Promise<{ ok: boolean; html: string; stops?: unknown }> {
  const result = await renderText(site, path, text);
  return result.ok ? { ok: true, html: result.html } : { ok: false, html: '', stops: result.stops };
}

/** The preview's body for the same post (sanitized, with data-line). */
export async function preview(site: RenderSite, path: string, text: string): Promise<string> {
  return (await renderPreview({ text, path, site })).contentHtml;
}
