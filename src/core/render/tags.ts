/**
 * Jekyll's Liquid tags (4.3): `highlight` (with `linenos`), `include` (from `_includes`, with
 * parameters, refusing paths that leave it), `include_relative`, `link` and `post_url`. `raw` is
 * Liquid's own. Files are read only through the host's SiteFileSystem.
 */
import { Context, Emitter, Liquid, Tag, TagToken, Template, TopLevelToken } from 'liquidjs';
import type { Parser } from 'liquidjs';
import { isInside, join, normalize, dirname } from '../paths';
import { truthy } from '../site/config';
import { parseFrontMatter } from '../site/frontMatter';
import { computePermalink } from '../site/permalink';
import { classifyPath } from '../site/post';
import { staticFileUrl } from '../site/siteMap';
import { highlightCode, escapeHtml } from './highlight';
import type { LiquidRun } from './renderTypes';
import { relativeUrl } from './filters';
import type { CatalogPost } from './catalog';

function runOf(ctx: Context): LiquidRun {
  return ctx.getRegister('jp') as LiquidRun;
}

const MAX_INCLUDE_DEPTH = 16;
const VALID_PARAM = /([\w-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+))/g;
const FULL_VALID_PARAMS = /^\s*(?:([\w-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+))(?=\s|$)\s*)*$/;
const VARIABLE_SYNTAX = /^(?<variable>[^{]*(?:\{\{\s*[\w\-.]+\s*(?:\|.*?)?\}\}[^\s{}]*)+)(?<params>.*)$/s;
const VALID_FILENAME = /^[\w/.\-()+~#@]+$/;
const INVALID_SEQUENCES = /[./]{2,}/;

/** Renders `{{ var }}` inside a tag's markup (Jekyll's render_variable). */
function* renderMarkup(liquid: Liquid, markup: string, ctx: Context): Generator<unknown, string, unknown> {
  if (!markup.includes('{{')) return markup;
  const templates = liquid.parse(markup);
  return String(yield liquid.renderer.renderTemplates(templates, ctx));
}

function* evalParam(liquid: Liquid, ctx: Context, m: RegExpExecArray): Generator<unknown, unknown, unknown> {
  if (m[2] !== undefined) return m[2].replace(/\\"/g, '"');
  if (m[3] !== undefined) return m[3].replace(/\\'/g, "'");
  const templates = liquid.parse(`{{ ${m[4]} }}`);
  // Keep the value's type (a list stays a list): read it through the context.
  const path = m[4].split('.');
  const value = yield ctx._get(path);
  if (value !== undefined) return value;
  return yield liquid.renderer.renderTemplates(templates, ctx);
}

function validateFileName(file: string, tag: string): void {
  if (INVALID_SEQUENCES.test(file) || !VALID_FILENAME.test(file)) {
    throw new Error(`Invalid syntax for ${tag} tag. File contains invalid characters or sequences: ${file}`);
  }
}

async function readText(run: LiquidRun, path: string): Promise<string | undefined> {
  const cache = run.site.includeCache;
  let pending = cache?.get(path);
  if (!pending) {
    pending = run.site.fs.readFile(path).then((bytes) => (bytes ? new TextDecoder().decode(bytes) : undefined));
    cache?.set(path, pending);
  }
  return pending;
}

function includesDir(run: LiquidRun): string {
  return join(run.site.root, typeof run.site.config.raw.includes_dir === 'string' ? run.site.config.raw.includes_dir : '_includes');
}

/**
 * In safe mode Jekyll refuses an include whose real path is outside `_includes` (a symbolic link
 * leading out: "is not a symlink as those are not allowed in safe mode"); elsewhere it follows
 * links. Hosts that cannot resolve links (VS Code) let it through.
 */
async function includeAllowed(run: LiquidRun, path: string): Promise<boolean> {
  const fs = run.site.fs;
  if (!truthy(run.site.config.raw.safe) || !fs.realPath) return true;
  const real = await fs.realPath(path);
  if (real === undefined) return true; // missing: reported as such
  const dir = includesDir(run);
  const realDir = await fs.realPath(dir);
  return real.startsWith(dir) || (realDir !== undefined && real.startsWith(realDir));
}

abstract class IncludeBase extends Tag {
  protected file: string;
  protected params: string | undefined;
  protected abstract readonly tagName: string;

  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    const markup = token.args.trim();
    const m = VARIABLE_SYNTAX.exec(markup);
    if (m?.groups) {
      this.file = m.groups.variable.trim();
      this.params = m.groups.params.trim();
    } else {
      const [file, ...rest] = markup.split(/\s+/);
      this.file = file ?? '';
      this.params = rest.length ? markup.slice(markup.indexOf(file) + file.length).trim() : undefined;
    }
    if (this.params && !FULL_VALID_PARAMS.test(this.params)) {
      throw new Error(`Invalid syntax for ${token.name} tag: ${this.params}. Valid syntax: {% ${token.name} file.ext param='value' param2='value' %}`);
    }
  }

  /** The absolute path of the file to include, or an error. */
  protected abstract locate(run: LiquidRun, file: string): string;

  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const run = runOf(ctx);
    const file = (yield* renderMarkup(this.liquid, this.file, ctx)).trim();
    validateFileName(file, this.tagName);
    const path = this.locate(run, file);
    if (run.includeDepth >= MAX_INCLUDE_DEPTH) throw new Error(`Includes nested more than ${MAX_INCLUDE_DEPTH} deep (${file}).`);
    if (this.tagName === 'include' && !((yield includeAllowed(run, path)) as boolean)) {
      throw new Error(`Could not locate the included file '${file}' in _includes: in safe mode, Jekyll does not follow a symbolic link that leads outside it.`);
    }
    const text = (yield readText(run, path)) as string | undefined;
    if (text === undefined) throw new Error(`Could not locate the included file '${file}' in ${this.tagName === 'include' ? '_includes' : 'the page folder'}.`);
    const params: Record<string, unknown> = {};
    if (this.params) {
      VALID_PARAM.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = VALID_PARAM.exec(this.params))) params[m[1]] = yield* evalParam(this.liquid, ctx, m);
    }
    const templates = this.liquid.parse(text, path);
    run.includeDepth++;
    ctx.push(this.params ? { include: params } : {});
    try {
      yield this.liquid.renderer.renderTemplates(templates, ctx, emitter);
    } finally {
      ctx.pop();
      run.includeDepth--;
    }
  }
}

export class IncludeTag extends IncludeBase {
  protected readonly tagName = 'include';
  protected locate(run: LiquidRun, file: string): string {
    const dir = includesDir(run);
    const path = normalize(join(dir, file));
    if (!isInside(path, dir)) throw new Error(`Included file '${file}' is outside _includes.`);
    return path;
  }
}

export class IncludeRelativeTag extends IncludeBase {
  protected readonly tagName = 'include_relative';
  protected locate(run: LiquidRun, file: string): string {
    const path = normalize(join(dirname(run.page.path), file));
    if (!isInside(path, run.site.root)) throw new Error(`Included file '${file}' is outside the site.`);
    return path;
  }
}

const HIGHLIGHT_SYNTAX = /^([a-zA-Z0-9.+#_-]+)((\s+\w+(=(\w+|"([0-9]+\s)*[0-9]+"))?)*)$/;

/** Rouge's HTMLLegacy table with line numbers (HTMLTable#stream: code that does not end with a newline gets one). */
function withLineNumbers(html: string): string {
  if (!html.endsWith('\n')) html += '\n';
  const lines = html.split('\n').length - 1;
  const gutter = Array.from({ length: lines }, (_, i) => `${i + 1}\n`).join('');
  return `<table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">${gutter}</pre></td><td class="code"><pre>${html}</pre></td></tr></tbody></table>`;
}

export class HighlightTag extends Tag {
  private readonly lang: string;
  private readonly linenos: boolean;
  private readonly templates: Template[] = [];

  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remainTokens, liquid);
    const markup = token.args.trim();
    const m = HIGHLIGHT_SYNTAX.exec(markup);
    if (!m) {
      throw new Error(`Syntax Error in tag 'highlight' while parsing the following markup: ${markup}. Valid syntax: highlight <lang> [linenos] [mark_lines="3 4 5"]`);
    }
    this.lang = m[1].toLowerCase();
    this.linenos = /(^|\s)linenos\b/.test(m[2] ?? '');
    const stream = parser
      .parseStream(remainTokens)
      .on('tag:endhighlight', () => stream.stop())
      .on('template', (tpl: Template) => this.templates.push(tpl))
      .on('end', () => {
        throw new Error(`tag ${token.getText()} not closed`);
      });
    stream.start();
  }

  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const run = runOf(ctx);
    const code = String(yield this.liquid.renderer.renderTemplates(this.templates, ctx)).replace(/^[\n\r]+|[\n\r]+$/g, '');
    const highlighted = highlightCode(code, this.lang);
    const body = this.linenos ? withLineNumbers(highlighted) : highlighted;
    const html = `<figure class="highlight"><pre><code class="language-${escapeHtml(this.lang.replace(/\+/g, '-'))}" data-lang="${escapeHtml(this.lang)}">${body}</code></pre></figure>`;
    emitter.write(run.placeholder(html));
  }
}

export class LinkTag extends Tag {
  private readonly markup: string;
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    this.markup = token.args.trim();
  }

  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const run = runOf(ctx);
    const relative = (yield* renderMarkup(this.liquid, this.markup, ctx)).trim().replace(/^\//, '');
    const url = (yield findUrl(run, relative)) as string | undefined;
    if (url === undefined) throw new Error(`Could not find document '${relative}' in tag 'link'. Make sure the document exists and the path is correct.`);
    emitter.write(String(relativeUrl(url, String(run.site.config.raw.baseurl ?? ''))));
  }
}

async function findUrl(run: LiquidRun, relative: string): Promise<string | undefined> {
  const known = run.site.catalog?.byRelativePath.get(relative);
  if (known) return known.url;
  const path = normalize(join(run.site.root, relative));
  if (!isInside(path, run.site.root)) return undefined;
  const info = classifyPath(relative, run.site.config);
  if (!info) return undefined;
  const bytes = await run.site.fs.readFile(path);
  if (!bytes) return undefined;
  const fm = parseFrontMatter(new TextDecoder().decode(bytes));
  // A page or a collection file without front matter is a static file, linked where Jekyll copies it.
  if (!fm.block.opened) return info.kind === 'page' || info.kind === 'collection' ? staticFileUrl(info, run.site.config)?.url : undefined;
  if (info.kind !== 'page') return undefined;
  const r = computePermalink({ kind: 'page', relativePath: relative, data: fm.data ?? {}, sitePermalink: run.site.config.permalink, epochSeconds: 0, timezone: run.site.timezone, markdownExtensions: run.site.config.markdownExtensions });
  return r.ok ? r.url : undefined;
}

const POST_NAME = /^(.+\/)*(\d+-\d+-\d+)-(.*)$/;

export class PostUrlTag extends Tag {
  private readonly markup: string;
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    this.markup = token.args.trim();
    if (!POST_NAME.test(this.markup) && !this.markup.includes('{{')) {
      throw new Error(`Could not parse name of post "${this.markup}" in tag 'post_url'. Make sure the post exists and the name is correct.`);
    }
  }

  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const run = runOf(ctx);
    const name = (yield* renderMarkup(this.liquid, this.markup, ctx)).trim();
    const m = POST_NAME.exec(name);
    const base = m ? `${m[2]}-${m[3]}` : name;
    const dir = m?.[1] ?? '';
    const post = run.site.catalog?.posts.find((p: CatalogPost) => {
      if (p.info.kind !== 'post') return false;
      const stem = p.relativePath.slice(p.relativePath.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
      return stem === base && (!dir || p.relativePath.includes(`${dir}`));
    });
    if (!post?.url) throw new Error(`Could not find post "${name}" in tag 'post_url'. Make sure the post exists and the name is correct.`);
    emitter.write(String(relativeUrl(post.url, String(run.site.config.raw.baseurl ?? ''))));
  }
}

export function registerJekyllTags(liquid: Liquid): void {
  liquid.registerTag('include', IncludeTag);
  liquid.registerTag('include_relative', IncludeRelativeTag);
  liquid.registerTag('highlight', HighlightTag);
  liquid.registerTag('link', LinkTag);
  liquid.registerTag('post_url', PostUrlTag);
}
