/**
 * The site's Sass as Jekyll's sass converter (jekyll-sass-converter 2.2) builds it: a `.scss` or
 * `.sass` file with front matter becomes the `.css` of the same name; its body (front matter
 * removed) is compiled with the load paths `sass.load_paths` then `sass.sass_dir` (`_sass`), in
 * the style `sass.style`. The compiler (dart-sass's `compileStringAsync`) is handed in by the host,
 * which loads it only when a site has Sass; every file is read through the site's file system.
 */
import { SiteFileSystem } from '../fs';
import { basename, dirname, isInside, join, normalize } from '../paths';
import { splitFrontMatter } from '../site/frontMatter';
import type { RenderSite } from './renderTypes';

/** The part of dart-sass's API used here. */
export interface SassImporter {
  canonicalize(url: string, context: { fromImport: boolean; containingUrl: URL | null }): Promise<URL | null>;
  load(canonicalUrl: URL): Promise<{ contents: string; syntax: 'scss' | 'indented' | 'css' } | null>;
}
export type CompileStringAsync = (
  source: string,
  options: { syntax: 'scss' | 'indented'; style: 'expanded' | 'compressed'; url: URL; importer: SassImporter; importers: SassImporter[]; logger?: unknown; silenceDeprecations?: string[] },
) => Promise<{ css: string }>;

export interface SassOutput {
  /** The compiled CSS, as Jekyll writes it (without its source-map comment). */
  readonly css?: string;
  /** Sass's error, when the file does not compile (Jekyll stops the build). */
  readonly error?: string;
  /** The source file. */
  readonly source?: string;
  /** The style asked for was `compact` or `nested` (libsass only): compiled `expanded`. */
  readonly styleApproximated?: string;
}

const SCHEME = 'jp-site:';

function sassConfig(site: RenderSite): Record<string, unknown> {
  const raw = site.config.raw.sass;
  return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
}

/** The load paths, absolute, as the converter computes them (globs left out). */
export function sassLoadPaths(site: RenderSite): string[] {
  const config = sassConfig(site);
  const user = Array.isArray(config.load_paths) ? config.load_paths.map(String) : typeof config.load_paths === 'string' ? [config.load_paths] : [];
  const dir = typeof config.sass_dir === 'string' && config.sass_dir ? config.sass_dir : '_sass';
  const out: string[] = [];
  for (const p of [...user, dir]) {
    const abs = normalize(join(site.root, p));
    if (isInside(abs, site.root) && !out.includes(abs)) out.push(abs);
  }
  return out;
}

/** The converter's style (`sass.style`, default `compact` for sassc); dart-sass knows `expanded` and `compressed`. */
export function sassStyle(site: RenderSite): { style: 'expanded' | 'compressed'; approximated?: string } {
  const style = String(sassConfig(site).style ?? 'compact').replace(/^:/, '');
  if (style === 'compressed') return { style };
  if (style === 'expanded') return { style };
  return { style: 'expanded', approximated: ['compact', 'nested'].includes(style) ? style : 'compact' };
}

/** The Sass source Jekyll would turn into this `.css` path, if any: same name, `.scss` or `.sass`, with front matter. */
export async function sassSourceFor(fs: SiteFileSystem, cssPath: string): Promise<{ path: string; text: string } | undefined> {
  if (!cssPath.endsWith('.css')) return undefined;
  const stem = cssPath.slice(0, -4);
  if (basename(stem).startsWith('_')) return undefined;
  for (const ext of ['.scss', '.sass']) {
    const bytes = await fs.readFile(stem + ext);
    if (!bytes) continue;
    const text = new TextDecoder().decode(bytes);
    if (splitFrontMatter(text).opened) return { path: stem + ext, text };
  }
  return undefined;
}

function candidates(path: string): string[] {
  const m = /\.(scss|sass|css)$/.exec(path);
  const dir = dirname(path);
  const name = basename(path);
  if (m) return [path, join(dir, `_${name}`)];
  const out: string[] = [];
  for (const ext of ['.scss', '.sass', '.css']) out.push(`${path}${ext}`, join(dir, `_${name}${ext}`));
  for (const ext of ['.scss', '.sass', '.css']) out.push(join(path, `_index${ext}`), join(path, `index${ext}`));
  return out;
}

function toUrl(path: string): URL {
  return new URL(`${SCHEME}//${path.split('/').map(encodeURIComponent).join('/')}`);
}

function fromUrl(url: URL): string {
  return decodeURIComponent(url.pathname);
}

function siteImporter(fs: SiteFileSystem, root: string, loadPaths: readonly string[]): SassImporter {
  const exists = async (path: string): Promise<boolean> => (await fs.stat(path))?.kind === 'file';
  const find = async (base: string): Promise<URL | null> => {
    for (const c of candidates(base)) if (isInside(c, root) && (await exists(c))) return toUrl(c);
    return null;
  };
  return {
    async canonicalize(url, context) {
      if (url.startsWith(SCHEME)) return find(fromUrl(new URL(url)));
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return null;
      if (context.containingUrl && context.containingUrl.protocol === SCHEME) {
        const found = await find(normalize(join(dirname(fromUrl(context.containingUrl)), url)));
        if (found) return found;
      }
      for (const dir of loadPaths) {
        const found = await find(normalize(join(dir, url)));
        if (found) return found;
      }
      return null;
    },
    async load(canonicalUrl) {
      const path = fromUrl(canonicalUrl);
      const bytes = await fs.readFile(path);
      if (!bytes) return null;
      return { contents: new TextDecoder().decode(bytes), syntax: path.endsWith('.sass') ? 'indented' : path.endsWith('.css') ? 'css' : 'scss' };
    },
  };
}

/** Compiles the Sass behind a `.css` path of the site; undefined when that path is not Sass. */
export async function compileSiteSass(site: RenderSite, cssPath: string, compile: CompileStringAsync): Promise<SassOutput> {
  const source = await sassSourceFor(site.fs, cssPath);
  if (!source) return {};
  const block = splitFrontMatter(source.text);
  // Jekyll hands the converter the text after the front matter.
  const body = source.text.slice(block.bodyStart);
  const { style, approximated } = sassStyle(site);
  const importer = siteImporter(site.fs, site.root, sassLoadPaths(site));
  try {
    const result = await compile(body, {
      syntax: source.path.endsWith('.sass') ? 'indented' : 'scss',
      style,
      url: toUrl(source.path),
      importer,
      importers: [importer],
      logger: { warn: () => undefined, debug: () => undefined },
    });
    return { css: style === 'compressed' ? result.css : `${result.css}\n`, source: source.path, styleApproximated: approximated };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { error: message.split('\n')[0], source: source.path };
  }
}

/**
 * Makes a stylesheet's relative `url(...)` point where the page can load it: each one is resolved
 * against the stylesheet's own site path, then handed to `toUri` (a webview URI).
 */
export function rewriteCssUrls(css: string, cssPath: string, root: string, toUri: (path: string) => string | undefined): string {
  return css.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (whole, quote: string, url: string) => {
    if (/^([a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url)) return whole;
    const path = url.startsWith('/') ? normalize(join(root, url.split(/[?#]/)[0])) : normalize(join(dirname(cssPath), url.split(/[?#]/)[0]));
    if (!isInside(path, root)) return whole;
    const uri = toUri(path);
    return uri ? `url(${quote || '"'}${uri}${quote || '"'})` : whole;
  });
}
