/**
 * A post as the site will show it: Jekyll's Liquid pass (with `site` and `page`), kramdown's
 * Markdown, the sanitized HTML with `data-line` for scroll sync, the header card, and the Liquid
 * problems as findings. Pure: the host hands in the text, the site and a few functions.
 */
import { Finding } from '../lint/types';
import { Message, msg, formatMessage } from '../messages';
import { isInside, join, normalize, relative } from '../paths';
import { defaultsFor, deepMerge, truthy } from '../site/config';
import { parseFrontMatter } from '../site/frontMatter';
import { computePermalink } from '../site/permalink';
import { classifyPath, documentNameParts, SiteDocumentInfo, titleizeSlug } from '../site/post';
import { resolveDocumentDate } from '../site/rubyTime';
import { JekyllValue } from '../site/scalars';
import { AuthorInfo, jekyllTags, pluralizedArray } from '../site/siteFacts';
import { LineIndex } from '../text';
import { CatalogInput, CatalogPost, PostCatalog } from './catalog';
import { excerptSeparator, extractExcerpt } from './excerpt';
import { numberOfWords } from './filters';
import { formatDate, HeaderAuthor, HeaderModel, headerHtml, readingMinutes } from './header';
import { PLACEHOLDER, RenderSite, renderLiquid } from './liquid';
import { renderMarkdown } from './markdown';
import { sanitize } from './sanitize';
import { brokenUrlMarker, renderedIds } from './brokenLinks';
import { SiteMap } from '../site/siteMap';
import { JekyllTime } from './time';
import { findTranslations, langOf } from './translation';
import { documentCategories } from '../site/permalink';

/** What the host knows of the site beyond the file system: the site index, or a scan. */
export interface PreviewKnowledge {
  readonly authors: ReadonlyMap<string, AuthorInfo>;
  readonly hasAuthorRegistry: boolean;
  /** An author's avatar, when the registry gives one (URL or site path). */
  readonly avatarOf?: (login: string) => string | undefined;
  /** The site's languages (config `languages`, else those posts use). */
  readonly languages: readonly string[];
  /** Every indexed document, for translations. */
  readonly documents: Iterable<CatalogInput>;
}

export interface PreviewInput {
  /** The document's full text (the editor's, unsaved changes included). */
  readonly text: string;
  /** Absolute path. */
  readonly path: string;
  readonly site: RenderSite;
  readonly knowledge?: PreviewKnowledge;
  /** The UI language (`en`, `fr`...), for dates and language names in the card. */
  readonly locale?: string;
  /** The language of the card's date when it is not the UI's (a post shown beside its translation: its own). */
  readonly dateLocale?: string;
  /** Puts a message in the user's language. */
  readonly translate?: (template: string) => string;
  /** Turns an absolute path of a site file into a URL the page can load (a webview URI). */
  readonly resourceUri?: (path: string) => string | undefined;
  /** The file's modification time (epoch seconds): a draft without `date:` is dated by it, as Jekyll does. */
  readonly mtimeSeconds?: number;
  /** The site's URLs: links and images to nothing the site serves are marked in the page. */
  readonly siteMap?: SiteMap;
}

export interface RenderedPreview {
  readonly contentHtml: string;
  readonly headerHtml: string;
  readonly header: HeaderModel;
  /** Liquid problems, ranges in the document text (rule `liquid`). */
  readonly findings: readonly Finding[];
  readonly headings: readonly { level: number; id: string; text: string }[];
  readonly timings: { readonly liquid: number; readonly markdown: number; readonly sanitize: number; readonly total: number };
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

function stripTags(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The absolute path of a site file a URL in the page points at, or undefined (external, fragment...). */
export function siteResourcePath(url: string, pageUrl: string, baseurl: string, root: string): string | undefined {
  const trimmed = url.trim();
  if (!trimmed || trimmed.startsWith('#') || trimmed.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return undefined;
  let path: string;
  try {
    path = new URL(trimmed, `http://site.invalid${pageUrl.startsWith('/') ? pageUrl : `/${pageUrl}`}`).pathname;
    path = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const base = baseurl.replace(/\/+$/, '');
  if (base && (path === base || path.startsWith(`${base}/`))) path = path.slice(base.length) || '/';
  const absolute = normalize(join(root, path));
  return isInside(absolute, root) ? absolute : undefined;
}

export interface PostContext {
  readonly info: SiteDocumentInfo;
  readonly data: Record<string, JekyllValue>;
  readonly url?: string;
  readonly urlError?: string;
  readonly time?: JekyllTime;
  readonly dateError?: string;
}

function placePost(input: PreviewInput, info: SiteDocumentInfo, own: Record<string, JekyllValue>, fileDate: string | undefined): PostContext {
  const { config, timezone } = input.site;
  const type = info.kind === 'page' ? 'pages' : info.collection ?? 'pages';
  const defaults = defaultsFor(config, info.relativePath, type);
  const data = deepMerge(defaults, own);
  const built = input.site.now ?? new Date();
  const date = resolveDocumentDate({
    defaultsDate: defaults.date,
    frontMatterDate: own.date,
    fileDate,
    fallbackEpochSeconds: info.kind === 'draft' && input.mtimeSeconds !== undefined ? Math.floor(input.mtimeSeconds) : Math.floor(built.getTime() / 1000),
    timezone,
    now: built,
  });
  const epochSeconds = date.ok ? date.epochSeconds : Math.floor(built.getTime() / 1000);
  const collection = info.collection ? config.collections.get(info.collection) : undefined;
  const permalink = computePermalink({
    kind: info.kind,
    relativePath: info.relativePath,
    collection: info.collection,
    collectionsDir: config.collectionsDir,
    data,
    sitePermalink: config.permalink,
    // The collection's own setting, as the site model reads it (`permalink: pretty` on the site is a style, not a template).
    collectionPermalink: typeof collection?.raw.permalink === 'string' ? collection.raw.permalink : undefined,
    epochSeconds,
    timezone,
    markdownExtensions: config.markdownExtensions,
    pathCategories: info.pathCategories,
    layers: [defaults, own],
  });
  return {
    info,
    data,
    url: permalink.ok ? permalink.url : undefined,
    urlError: permalink.ok ? undefined : permalink.message,
    // A page has a date only when its front matter (or a default) gives one: Jekyll's page.date is nil.
    time: date.ok && (info.kind !== 'page' || data.date !== undefined) ? new JekyllTime(date.epochSeconds, timezone) : undefined,
    dateError: date.ok ? undefined : date.value,
  };
}

const postDrops = new WeakMap<PostCatalog, Record<string, unknown>[]>();

/** `site.posts`: drops for every post, built once per catalog. */
function sitePosts(catalog: PostCatalog | undefined, timezone: string): Record<string, unknown>[] {
  if (!catalog) return [];
  let drops = postDrops.get(catalog);
  if (!drops) {
    drops = catalog.posts.map((p: CatalogPost) => {
      const slug = documentNameParts(p.relativePath, p.info.slug).slug;
      return {
        ...p.data,
        title: truthy(p.data.title) ? p.data.title : titleizeSlug(slug),
        url: p.url,
        id: p.url ? p.url.replace(/\.html$/, '') : undefined,
        path: p.relativePath,
        relative_path: p.relativePath,
        slug: truthy(p.data.slug) ? p.data.slug : slug,
        date: p.epochSeconds !== undefined ? new JekyllTime(p.epochSeconds, timezone) : undefined,
        tags: jekyllTags(p.data),
        categories: documentCategories(p.info.pathCategories, [p.data]),
        collection: 'posts',
        // Document#draft?: `data["draft"] ||=` whether it was read from _drafts/.
        draft: truthy(p.data.draft) ? p.data.draft : p.info.kind === 'draft',
      };
    });
    postDrops.set(catalog, drops);
  }
  return drops;
}

function groupBy(posts: Record<string, unknown>[], key: 'tags' | 'categories'): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const p of posts) for (const v of (p[key] as string[]) ?? []) (out[v] ??= []).push(p);
  return out;
}

function siteScope(site: RenderSite): Record<string, unknown> {
  const scope: Record<string, unknown> = { ...site.config.raw };
  scope.time = new JekyllTime(Math.floor((site.now ?? new Date()).getTime() / 1000), site.timezone);
  scope.data = site.data;
  scope.url = site.config.raw.url ?? '';
  scope.baseurl = site.config.raw.baseurl ?? '';
  scope.pages = [];
  scope.static_files = [];
  scope.html_pages = [];
  scope.documents = [];
  let posts: Record<string, unknown>[] | undefined;
  const getPosts = (): Record<string, unknown>[] => (posts ??= sitePosts(site.catalog, site.timezone));
  Object.defineProperty(scope, 'posts', { get: getPosts, enumerable: true });
  Object.defineProperty(scope, 'tags', { get: () => groupBy(getPosts(), 'tags'), enumerable: true });
  Object.defineProperty(scope, 'categories', { get: () => groupBy(getPosts(), 'categories'), enumerable: true });
  scope.collections = [...site.config.collections.values()].map((c) => ({ label: c.label, output: c.output, ...c.raw }));
  return scope;
}

function statusOfUrl(post: PostContext, input: PreviewInput, relativePath: string, lang: string | undefined, languages: readonly string[]): HeaderModel['url'] {
  if (!post.url) return { status: 'invalid', message: msg('Jekyll cannot compute this URL: {0}', post.urlError ?? '') };
  if (post.data.published === false) return { status: 'unpublished', url: post.url, message: msg('`published: false`: Jekyll does not write this post.') };
  if (/\/\/|\s|\.\.|[A-Z]/.test(post.url.replace(/^https?:\/\//, '')) && !post.url.startsWith('/')) {
    return { status: 'invalid', url: post.url, message: msg('This URL does not start with `/`.') };
  }
  const others = (input.site.catalog?.byUrl.get(post.url) ?? []).filter((o) => o.path !== input.path && o.relativePath !== relativePath);
  if (others.length) return { status: 'conflict', url: post.url, others: others.map((o) => o.relativePath), message: msg('Another file is written to the same URL; one of them is lost.') };
  const prefix = /^\/([A-Za-z]{2,3}(?:[-_][A-Za-z]{2,4})?)\//.exec(post.url)?.[1];
  if (lang && prefix) {
    const known = new Set([...languages, lang].map((l) => l.toLowerCase()));
    if (known.has(prefix.toLowerCase()) && prefix.toLowerCase() !== lang.toLowerCase()) {
      return { status: 'lang-mismatch', url: post.url, message: msg('The URL starts with `/{0}/` but the post’s `lang` is `{1}`.', prefix, lang) };
    }
  }
  if (lang && !prefix && languages.length > 1) {
    // Other posts of this language use a prefix: this one is probably missing it.
    const samePrefix = input.site.catalog?.posts.some((p) => langOf(p.data) === lang && p.url?.startsWith(`/${lang}/`));
    if (samePrefix) return { status: 'lang-mismatch', url: post.url, message: msg('Other `{0}` posts have URLs under `/{0}/`; this one does not.', lang) };
  }
  // A draft: Jekyll writes it only with `--drafts` or `show_drafts:`, at this URL.
  if (post.info.kind === 'draft') {
    if (input.site.config.showDrafts) return { status: 'ok', url: post.url, message: msg('Draft: `show_drafts` in _config.yml makes every build write it, at this URL.') };
    return { status: 'ok', url: post.url, message: msg('Draft: only `jekyll build --drafts` (or `jekyll serve --drafts`) writes it, at this URL.') };
  }
  return { status: 'ok', url: post.url };
}

/** What the Liquid and Markdown passes leave: the body's HTML before sanitizing, and what the card needs. */
export interface RenderedBody {
  readonly html: string;
  readonly findings: Finding[];
  readonly headings: readonly { level: number; id: string; text: string }[];
  readonly post: PostContext;
  readonly info: SiteDocumentInfo;
  readonly relativePath: string;
  readonly title: string;
  readonly tags: string[];
  readonly categories: string[];
  readonly lang: string | undefined;
  readonly excerptText?: string;
  readonly excerptFrom: HeaderModel['excerptFrom'];
  readonly times: { readonly started: number; readonly liquid: number; readonly markdown: number };
  /** The Liquid scope the body was rendered with (`site`, `page`, `jekyll`), for the layouts. */
  readonly scope: Record<string, unknown>;
}

/** A post's `content` as Jekyll's build puts it in the page: Liquid, then kramdown (no card, no sanitizing). */
export interface RenderedContent {
  /** The HTML Jekyll would write for the post's body (unsafe: it keeps the post's scripts). */
  readonly html: string;
  /** Liquid problems, ranges in the document text (rule `liquid`); severity `error` where Jekyll stops the build. */
  readonly findings: readonly Finding[];
}

/** The post's `content` as Jekyll writes it, by the code the preview runs, without `data-line`. */
export async function renderContent(input: PreviewInput): Promise<RenderedContent> {
  const body = await renderBody(input, false);
  return { html: body.html, findings: body.findings };
}

/** Liquid and kramdown over a post's body (the layouts' `content`), with the scope it was rendered with. */
export async function renderBody(input: PreviewInput, dataLines: boolean): Promise<RenderedBody> {
  const started = now();
  const translate = input.translate ?? ((t: string) => t);
  const t = (m: Message): string => formatMessage(m, translate);
  const site = input.site;
  const relativePath = relative(site.root, input.path);
  const info = classifyPath(relativePath, site.config) ?? { relativePath, kind: 'page', slug: relativePath.replace(/^.*\//, '').replace(/\.[^.]+$/, ''), ext: '.md', pathCategories: [], nameMatches: true, entry: relativePath };
  const fm = parseFrontMatter(input.text);
  const own = fm.data ?? {};
  // Posts, drafts and collection documents take a date and a slug from a dated name; pages neither.
  const named = info.kind === 'page' ? undefined : documentNameParts(relativePath, info.slug);
  const post = placePost(input, info, own, named?.fileDate);
  const data = post.data;
  const bodyStart = fm.block.bodyStart;
  const body = input.text.slice(bodyStart);
  const lines = new LineIndex(input.text);
  const lang = langOf(data);
  const tags = jekyllTags(data);
  const categories = info.kind === 'post' || info.kind === 'draft' ? documentCategories(info.pathCategories, [data]) : pluralizedArray(data, 'category', 'categories').map(String);
  // Document#populate_title (Ruby's `||=`): a missing, null or false title (and slug) comes from the file name; a page keeps none.
  const pageTitle = truthy(data.title) ? data.title : named ? titleizeSlug(named.slug) : undefined;
  // The card's heading: the title, else the file's name.
  const title = typeof pageTitle === 'string' || typeof pageTitle === 'number' ? String(pageTitle) : info.slug;

  const pageScope: Record<string, unknown> = {
    ...data,
    title: pageTitle,
    url: post.url,
    id: post.url ? post.url.replace(/\.html$/, '') : undefined,
    path: relativePath,
    relative_path: relativePath,
    name: relativePath.replace(/^.*\//, ''),
    slug: truthy(data.slug) ? data.slug : named?.slug,
    ext: info.ext,
    date: post.time,
    tags,
    categories,
    collection: info.collection,
    draft: info.kind === 'draft',
    content: body,
  };
  if (info.kind === 'post') {
    // `page.previous` is the older post, `page.next` the newer one (site.posts is newest first).
    const posts = site.catalog?.posts ?? [];
    const at = posts.findIndex((p) => p.relativePath === relativePath);
    if (at >= 0) {
      const drops = sitePosts(site.catalog, site.timezone);
      pageScope.previous = drops[at + 1];
      pageScope.next = at > 0 ? drops[at - 1] : undefined;
    }
  }
  const scope = { site: siteScope(site), page: pageScope, jekyll: { version: '4.3.1', environment: 'development' }, paginator: undefined };
  const withLiquid = data.render_with_liquid !== false;
  const findings: Finding[] = [];
  const toFinding = (n: { message: Message; range: { start: number; end: number }; severity: 'error' | 'warning' }): Finding => ({
    rule: 'liquid',
    severity: n.severity,
    range: { start: n.range.start + bodyStart, end: n.range.end + bodyStart },
    message: n.message,
  });

  // The excerpt: front matter's, else the content up to the separator, rendered.
  let excerptText: string | undefined;
  let excerptFrom: HeaderModel['excerptFrom'];
  const separator = excerptSeparator(data, site.config.excerptSeparator);
  if (typeof data.excerpt === 'string' || typeof data.excerpt === 'number') {
    excerptText = String(data.excerpt);
    excerptFrom = 'front matter';
  } else if (separator !== '' && info.kind !== 'page') {
    const head = extractExcerpt(body, separator);
    const rendered = withLiquid ? await renderLiquid(head, { ...scope, page: { ...pageScope, excerpt: undefined } }, site, { path: input.path }, t) : undefined;
    const html = renderMarkdown(restore(rendered?.text ?? head, rendered?.raw ?? [])).html;
    pageScope.excerpt = html;
    excerptText = stripTags(html);
    excerptFrom = 'content';
  }

  const liquidStarted = now();
  const liquid = withLiquid ? await renderLiquid(body, scope, site, { path: input.path }, t) : undefined;
  for (const n of liquid?.notices ?? []) findings.push(toFinding(n));
  const markdownStarted = now();
  const markdownInput = liquid?.text ?? body;
  const lineSources = liquid?.lineSources;
  const lineMap = (line: number): number => {
    const offset = lineSources ? lineSources[Math.min(line, lineSources.length - 1)] : lines.offsetAt({ line: 0, character: 0 }) + 0;
    return lineSources ? lines.positionAt(bodyStart + offset).line : lines.positionAt(bodyStart).line + line;
  };
  const md = renderMarkdown(markdownInput, dataLines ? lineMap : undefined);
  const html = restore(md.html, liquid?.raw ?? []);
  return {
    html,
    findings,
    headings: md.headings,
    post,
    info,
    relativePath,
    title,
    tags,
    categories,
    lang,
    excerptText,
    excerptFrom,
    times: { started, liquid: markdownStarted - liquidStarted, markdown: now() - markdownStarted },
    scope,
  };
}

/** Renders a post for the preview. Never throws for a post's content. */
export async function renderPreview(input: PreviewInput): Promise<RenderedPreview> {
  const body = await renderBody(input, true);
  const { post, info, relativePath, title, tags, categories, lang, excerptText, excerptFrom, findings } = body;
  const data = post.data;
  const site = input.site;
  const translate = input.translate ?? ((t: string) => t);
  const t = (m: Message): string => formatMessage(m, translate);
  const baseurl = String(site.config.raw.baseurl ?? '');
  const pageUrl = post.url ?? '/';
  const resolveUrl = (url: string, kind: 'resource' | 'link'): string | undefined => {
    if (kind !== 'resource' || !input.resourceUri) return undefined;
    const path = siteResourcePath(url, pageUrl, baseurl, site.root);
    return path ? input.resourceUri(path) : undefined;
  };
  const sanitizeStarted = now();
  const markUrl = input.siteMap ? brokenUrlMarker(input.siteMap, post.url, renderedIds(body.html), t, typeof site.config.raw.url === 'string' ? site.config.raw.url : undefined) : undefined;
  const contentHtml = sanitize(body.html, { resolveUrl, markUrl });
  const sanitized = now();

  const words = numberOfWords(stripTags(contentHtml));
  const authorsValue = pluralizedArray(data, 'author', 'authors').map(String);
  const knowledge = input.knowledge;
  const authors: HeaderAuthor[] = authorsValue.map((login) => {
    const known = knowledge?.authors.get(login);
    const avatarRaw = knowledge?.avatarOf?.(login);
    const avatar = avatarRaw ? (/^https?:/i.test(avatarRaw) ? avatarRaw : resolveUrl(avatarRaw.startsWith('/') ? avatarRaw : `/${avatarRaw}`, 'resource')) : undefined;
    return { login, name: known?.name, avatar, known: !knowledge?.hasAuthorRegistry || !!known };
  });
  const languages = knowledge?.languages ?? site.config.languages ?? [];
  const date = post.time ? { ...formatDate(post.time.epochSeconds, site.timezone, input.dateLocale ?? input.locale), epochSeconds: post.time.epochSeconds, timezone: site.timezone, source: 'front matter' } : undefined;
  const header: HeaderModel = {
    title,
    date,
    dateError: post.dateError,
    authors,
    tags,
    categories,
    lang,
    words,
    readingMinutes: readingMinutes(words),
    excerpt: excerptText ? (excerptText.length > 400 ? `${excerptText.slice(0, 397)}…` : excerptText) : undefined,
    excerptFrom,
    url: statusOfUrl(post, input, relativePath, lang, languages),
    translations: knowledge ? findTranslations({ path: input.path, relativePath, data }, knowledge.documents, languages) : [],
    draft: info.kind === 'draft',
  };
  return {
    contentHtml,
    headerHtml: headerHtml(header, t, input.locale),
    header,
    findings,
    headings: body.headings,
    timings: { liquid: body.times.liquid, markdown: body.times.markdown, sanitize: sanitized - sanitizeStarted, total: sanitized - body.times.started },
  };
}

/** Puts the HTML kept away from Markdown back: a placeholder alone in a paragraph replaces the paragraph (keeping its `data-line`). */
function restore(html: string, raw: readonly string[]): string {
  if (raw.length === 0) return html;
  return html
    .replace(/<p([^>]*)>\s*\uE000(\d+)\uE001\s*<\/p>/g, (_, attrs: string, i: string) => {
      const block = raw[Number(i)] ?? '';
      const line = /\sdata-line="(\d+)"/.exec(attrs)?.[1];
      return line !== undefined ? block.replace(/^<(\w+)/, `<$1 data-line="${line}"`) : block;
    })
    .replace(PLACEHOLDER, (_, i: string) => raw[Number(i)] ?? '');
}


