/**
 * A post in its site's clothes: the layout chain Jekyll places it in (`post` → `default` …, the
 * layout named by the post or by front matter defaults), each layout rendered with Liquid (`site`,
 * `page`, `layout`, `content`, `{% include %}` from `_includes`; `paginator` absent), as Jekyll's
 * Renderer#place_in_layouts does. Tags of plugins the preview does not run (`{% seo %}`,
 * `{% feed_meta %}` …) render as a visible placeholder naming the tag. Pure: files come through the
 * site's file system.
 */
import { Context, Emitter, Liquid, Tag, TagToken, TopLevelToken } from 'liquidjs';
import { SiteFileSystem } from '../fs';
import { Finding } from '../lint/types';
import { Message, msg, formatMessage } from '../messages';
import { join, relative } from '../paths';
import { deepMerge } from '../site/config';
import { parseFrontMatter } from '../site/frontMatter';
import { JekyllValue } from '../site/scalars';
import { PLACEHOLDER, RenderSite, liquidEngine, renderLiquid } from './liquid';
import { PreviewInput, renderBody } from './page';

export type SiteLookStatus = 'layout' | 'no-layout' | 'layout-missing' | 'theme-missing';

export interface SiteLookPage {
  readonly status: SiteLookStatus;
  /** The layouts applied, innermost first (paths relative to the site root). */
  readonly layouts: readonly string[];
  /** The layout named but not found (`layout-missing`, `theme-missing`). */
  readonly missing?: string;
  /** The theme gem (`theme` / `remote_theme`) the layouts would come from. */
  readonly theme?: string;
  /** `page.url`, when Jekyll can compute it. */
  readonly url?: string;
  /** The page as Jekyll writes it (unsafe: scripts kept). */
  readonly html: string;
  /** The post's own `content` (Liquid and kramdown, before the layouts). */
  readonly content: string;
  /** Names of plugin tags shown as placeholders. */
  readonly pluginTags: readonly string[];
  /** Liquid problems of the layouts and includes, in the user's language. */
  readonly problems: readonly string[];
  readonly headings: readonly { level: number; id: string; text: string }[];
  /** The post's own Liquid problems (rule `liquid`), ranges in the document. */
  readonly findings: readonly Finding[];
  readonly timings: { readonly body: number; readonly layouts: number };
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** Jekyll's layouts folder. */
export function layoutsDir(site: RenderSite): string {
  const setting = site.config.raw.layouts_dir;
  return join(site.root, typeof setting === 'string' && setting ? setting : '_layouts');
}

/** The theme the site names, when its layouts would come from a gem. */
export function siteTheme(site: RenderSite): string | undefined {
  for (const key of ['theme', 'remote_theme']) {
    const value = site.config.raw[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

/** `_layouts/**` by layout name (the path below the folder, less its extension), as Jekyll's LayoutReader. */
export async function listLayouts(fs: SiteFileSystem, dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (folder: string, prefix: string, depth: number): Promise<void> => {
    const entries = (await fs.readDirectory(folder)) ?? [];
    for (const e of [...entries].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith('.') || e.name.startsWith('_') || e.name.endsWith('~')) continue;
      const path = join(folder, e.name);
      if (e.kind === 'directory') {
        if (depth < 4) await walk(path, `${prefix}${e.name}/`, depth + 1);
      } else if (e.kind === 'file' || e.kind === 'symlink') {
        const dot = e.name.lastIndexOf('.');
        if (dot <= 0) continue;
        const name = `${prefix}${e.name.slice(0, dot)}`;
        if (!out.has(name)) out.set(name, path);
      }
    }
  };
  await walk(dir, '', 0);
  return out;
}

interface Layout {
  readonly name: string;
  readonly path: string;
  readonly data: Record<string, JekyllValue>;
  readonly content: string;
}

/** Layouts are read through the site's include cache (keyed `layout:PATH`), which the host clears when the site's files change. */
async function readLayout(site: RenderSite, name: string, path: string): Promise<Layout | undefined> {
  const key = `layout:${path}`;
  let pending = site.includeCache?.get(key);
  if (!pending) {
    pending = site.fs.readFile(path).then((bytes) => (bytes ? new TextDecoder().decode(bytes) : undefined));
    site.includeCache?.set(key, pending);
  }
  const text = await pending;
  if (text === undefined) return undefined;
  const fm = parseFrontMatter(text);
  return { name, path, data: fm.data ?? {}, content: fm.block.opened ? text.slice(fm.block.bodyStart) : text };
}

const TAG = /\{%-?\s*([A-Za-z_][\w-]*)/g;
const BUILT_IN_ENDS = new Set(['else', 'elsif', 'when', 'break', 'continue']);

/**
 * Replaces tags no engine knows (a plugin's) by `{%jp_plugin name%}`; their `end…` tags go too,
 * so a plugin block shows its content.
 */
export function markPluginTags(text: string, liquid: Liquid): string {
  if (!text.includes('{%')) return text;
  const known = (name: string): boolean => name in liquid.tags || BUILT_IN_ENDS.has(name) || (name.startsWith('end') && name.slice(3) in liquid.tags);
  const unknown = new Set<string>();
  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(text))) if (!known(m[1])) unknown.add(m[1]);
  if (unknown.size === 0) return text;
  let out = text;
  // Raw sections are left alone: their tags are text.
  const raws: string[] = [];
  out = out.replace(/\{%-?\s*raw\s*-?%\}[\s\S]*?\{%-?\s*endraw\s*-?%\}/g, (raw) => `\uE010${raws.push(raw) - 1}\uE011`);
  out = out.replace(/\{%-?\s*([A-Za-z_][\w-]*)([\s\S]*?)-?%\}/g, (whole, name: string) => {
    if (!unknown.has(name)) return whole;
    if (name.startsWith('end') && unknown.has(name.slice(3))) return '';
    return `{%jp_plugin ${name}%}`;
  });
  return out.replace(/\uE010(\d+)\uE011/g, (_, i: string) => raws[Number(i)] ?? '');
}

interface PluginRun {
  readonly seen: Set<string>;
  readonly label: (name: string) => string;
}

/** `{%jp_plugin name%}`: a visible placeholder where a plugin's tag would write. */
class PluginTag extends Tag {
  private readonly tagName: string;
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    this.tagName = token.args.trim();
  }
  render(ctx: Context, emitter: Emitter): void {
    const run = ctx.getRegister('jp_plugin') as PluginRun | undefined;
    run?.seen.add(this.tagName);
    const name = this.tagName.replace(/[^\w-]/g, '');
    const label = run ? run.label(name) : `{% ${name} %}`;
    emitter.write(`<span class="jp-plugin-tag" data-tag="${name}" title="${label.replace(/"/g, '&quot;')}">{% ${name} %}</span>`);
  }
}

const registered = new WeakSet<Liquid>();

function engineFor(site: RenderSite): Liquid {
  const liquid = liquidEngine(site.config);
  if (!registered.has(liquid)) {
    liquid.registerTag('jp_plugin', PluginTag);
    registered.add(liquid);
  }
  return liquid;
}

/** The site's file system, with plugin tags of included files marked (so an include of `{% seo %}` shows a placeholder). */
function markingFs(fs: SiteFileSystem, liquid: Liquid): SiteFileSystem {
  const wrapped: SiteFileSystem = Object.create(fs) as SiteFileSystem;
  (wrapped as { readFile: SiteFileSystem['readFile'] }).readFile = async (path: string) => {
    const bytes = await fs.readFile(path);
    if (!bytes) return bytes;
    const text = new TextDecoder().decode(bytes);
    const marked = markPluginTags(text, liquid);
    return marked === text ? bytes : new TextEncoder().encode(marked);
  };
  return wrapped;
}

/** The include cache seen through a key prefix: included files with their plugin tags marked live beside the plain ones, and go with them. */
function prefixed(cache: Map<string, Promise<string | undefined>>, prefix: string): Map<string, Promise<string | undefined>> {
  return {
    get: (key: string) => cache.get(prefix + key),
    set(key: string, value: Promise<string | undefined>) {
      cache.set(prefix + key, value);
      return this;
    },
  } as unknown as Map<string, Promise<string | undefined>>;
}

function layoutSite(site: RenderSite, liquid: Liquid): RenderSite {
  return { ...site, fs: markingFs(site.fs, liquid), includeCache: site.includeCache ? prefixed(site.includeCache, 'marked:') : undefined };
}

function restore(text: string, raw: readonly string[]): string {
  return raw.length ? text.replace(PLACEHOLDER, (_, i: string) => raw[Number(i)] ?? '') : text;
}

/**
 * Places a post's rendered content in its layouts. `dataLines` keeps the `data-line` marks of the
 * content (the preview's scroll sync); the conformance check renders without them.
 */
export async function renderSiteLook(input: PreviewInput, dataLines = true): Promise<SiteLookPage> {
  const started = now();
  const translate = input.translate ?? ((t: string) => t);
  const t = (m: Message): string => formatMessage(m, translate);
  const body = await renderBody(input, dataLines);
  const bodyDone = now();
  const site = input.site;
  const base = { url: body.post.url, content: body.html, pluginTags: [] as string[], problems: [] as string[], headings: body.headings, findings: body.findings };
  const timings = (): { body: number; layouts: number } => ({ body: bodyDone - started, layouts: now() - bodyDone });
  const requested = body.post.data.layout;
  // Jekyll: `layout: none` places nothing; no layout at all, the same, without a warning.
  if (requested === undefined || requested === null || requested === 'none' || requested === '') {
    return { ...base, status: 'no-layout', layouts: [], html: body.html, timings: timings() };
  }
  const layouts = await listLayouts(site.fs, layoutsDir(site));
  const theme = siteTheme(site);
  let path = layouts.get(String(requested));
  if (!path) {
    return { ...base, status: theme ? 'theme-missing' : 'layout-missing', layouts: [], missing: String(requested), theme, html: body.html, timings: timings() };
  }
  const liquid = engineFor(site);
  const renderSite = layoutSite(site, liquid);
  const scope = body.scope as { site: unknown; page: Record<string, unknown>; jekyll: unknown };
  const page = { ...scope.page, content: body.html };
  const seen = new Set<string>();
  const problems: string[] = [];
  const used: string[] = [];
  let output = body.html;
  let layoutData: Record<string, JekyllValue> = {};
  let name = String(requested);
  while (path) {
    const layout = await readLayout(site, name, path);
    if (!layout) break;
    used.push(relative(site.root, layout.path));
    layoutData = deepMerge(layout.data, layoutData) as Record<string, JekyllValue>;
    const layoutScope = { site: scope.site, page, layout: layoutData, content: output, jekyll: scope.jekyll, paginator: undefined };
    const text = markPluginTags(layout.content, liquid);
    // `include_relative` in a layout reads beside the page, as Jekyll's (it takes the page's path).
    const rendered = await renderLiquid(text, layoutScope, renderSite, { path: input.path }, t, {
      jp_plugin: { seen, label: (tag: string) => t(msg('The plugin tag `{0}` is not run by the preview.', tag)) } satisfies PluginRun,
    });
    for (const n of rendered.notices) problems.push(`${relative(site.root, layout.path)}: ${t(n.message)}`);
    output = restore(rendered.text, rendered.raw);
    const parent = layout.data.layout;
    if (parent === undefined || parent === null) break;
    name = String(parent);
    path = layouts.get(name);
    if (!path || used.includes(relative(site.root, path))) break;
  }
  return { ...base, status: 'layout', layouts: used, theme, html: output, pluginTags: [...seen], problems, timings: timings() };
}
