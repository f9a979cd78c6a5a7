/**
 * Renaming a post without breaking the site: a plan (no I/O) that gives the post a new file name
 * (its date kept) and/or a new `permalink`, and rewrites every `{% post_url %}`, `{% link %}` and
 * internal link to it across the site, with `redirect_from:` for an old URL already published.
 * Hosts apply it at once: the CLI writes the files, the extension makes one WorkspaceEdit.
 */
import { Message, msg } from '../messages';
import { parseFrontMatter } from '../site/frontMatter';
import { SiteConfig } from '../site/config';
import { documentIndexes, folderGroup, summarize } from '../site/documents';
import { projectConfig } from '../site/projectConfig';
import { classifyPath } from '../site/post';
import { buildSiteMap, SiteMap } from '../site/siteMap';
import { documentVerdict, DocVerdict, ModelSettings } from '../site/siteModel';
import { scalarLike, replaceValue } from '../lint/edits';
import { TextEdit } from '../lint/types';
import { LineIndex } from '../text';
import { addRedirectFrom, redirectPluginSource } from './redirectFrom';
import { referenceEdits, RenameTarget } from './renameRefs';

/** The site as the plan reads it. */
export interface RenameSite {
  readonly config: SiteConfig;
  readonly settings: ModelSettings;
  /** Every file of the site, relative to the root (documents and static files). */
  readonly files: readonly string[];
  /** The text of each document Jekyll reads (posts, drafts, pages, collection documents), by relative path. */
  readonly texts: ReadonlyMap<string, string>;
  /** The site's Gemfile, when it has one. */
  readonly gemfile?: string;
}

export interface RenameRequest {
  /** The post, relative to the site root. */
  readonly from: string;
  /** The new slug, or the new file name (its date, when written, must be the post's own). */
  readonly name?: string;
  /** A new front matter `permalink`. */
  readonly permalink?: string;
  /** Add the old URL to `redirect_from:` (only when it was published). */
  readonly redirect?: boolean;
}

/** One line of what the rename changes, for reports: `file:line: before → after`. */
export interface RenameChange {
  readonly file: string;
  /** 1-based line of the change in the file before it; undefined for the file's own rename. */
  readonly line?: number;
  readonly before: string;
  readonly after: string;
}

export interface RenamePlanned {
  readonly ok: true;
  readonly from: string;
  readonly to: string;
  readonly oldUrl: string;
  readonly newUrl: string;
  /** Text edits by file (paths before the rename, the post's own edits under `from`), sorted, not overlapping. */
  readonly edits: ReadonlyMap<string, readonly TextEdit[]>;
  readonly changes: readonly RenameChange[];
  /** The old URL was published (a post, not a draft, written, dated in the past): a redirect keeps it alive. */
  readonly published: boolean;
  /** The plan adds `redirect_from:`. */
  readonly redirected: boolean;
  /** Where the site loads jekyll-redirect-from; undefined when it does not. */
  readonly redirectPlugin?: 'config' | 'gemfile';
  /**
   * Its language versions that the site pairs with it by file name (per-language folders, no
   * translation key): renamed alone, the post is no longer paired with them.
   */
  readonly pairedByName: readonly string[];
}

export type RenamePlan = RenamePlanned | { readonly ok: false; readonly problem: Message };

const DATE_PREFIX = /^(\d{2,4}-\d{1,2}-\d{1,2})-/;

/** The new path from the new name: the same folder, the same date, the same extension unless another is written. */
export function renamedPath(from: string, name: string, ext: string, fileDate: string | undefined): { path: string } | { problem: Message } {
  const folder = from.slice(0, from.lastIndexOf('/') + 1);
  let rest = name.trim();
  // A path in the post's own folder stands for its file name.
  if (folder && rest.startsWith(folder) && !rest.slice(folder.length).includes('/')) rest = rest.slice(folder.length);
  if (rest.includes('/')) return { problem: msg('The new name `{0}` holds a `/`: a rename keeps the post in its folder.', name) };
  const date = DATE_PREFIX.exec(rest);
  if (date) {
    if (fileDate === undefined || date[1] !== fileDate) return { problem: msg('The new name `{0}` changes the date: a rename keeps `{1}`.', name, fileDate ?? '') };
    rest = rest.slice(date[0].length);
  }
  let newExt = ext;
  const dot = /\.(md|markdown|mkdown|mkdn|mkd|html|htm|textile)$/i.exec(rest);
  if (dot) {
    newExt = dot[0];
    rest = rest.slice(0, -dot[0].length);
  }
  if (!rest || /^[.\s]|[\s~]$|[#?%]/.test(rest)) return { problem: msg('`{0}` is not a usable post name.', name) };
  return { path: `${folder}${fileDate ? `${fileDate}-` : ''}${rest}${newExt}` };
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.range.start - b.range.start)) {
    out += text.slice(at, e.range.start) + e.newText;
    at = e.range.end;
  }
  return out + text.slice(at);
}

/** Replaces the old slug where it is a whole segment of a permalink (`/fr/:slug/`, `/notes/old.html`). */
function permalinkWithSlug(permalink: string, oldSlug: string, newSlug: string): string | undefined {
  const escaped = oldSlug.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(^|/)${escaped}(?=$|/|\\.[A-Za-z0-9]+$)`);
  return pattern.test(permalink) ? permalink.replace(pattern, `$1${newSlug}`) : undefined;
}

/** The plan of a rename, or why it cannot be done (nothing is written either way). */
export function planRename(site: RenameSite, request: RenameRequest): RenamePlan {
  const { config, settings } = site;
  const from = request.from;
  const text = site.texts.get(from);
  const info = classifyPath(from, config);
  if (text === undefined || !info || (info.kind !== 'post' && info.kind !== 'draft')) return { ok: false, problem: msg('`{0}` is not a post or a draft of this site.', from) };
  const verdict = documentVerdict(from, text, config, { ...settings, drafts: settings.drafts || info.kind === 'draft' });
  if (!verdict?.url) return { ok: false, problem: msg('Jekyll does not read `{0}` as a post: nothing links to it.', from) };
  const parsed = parseFrontMatter(text);
  const ownEdits: TextEdit[] = [];
  const changes: RenameChange[] = [];
  let to = from;
  let newSlug: string | undefined;
  if (request.name !== undefined) {
    const found = renamedPath(from, request.name, info.ext, info.fileDate);
    if ('problem' in found) return { ok: false, problem: found.problem };
    to = found.path;
    newSlug = classifyPath(to, config)?.slug;
  }
  const lines = new LineIndex(text);
  const line = (offset: number): number => lines.positionAt(offset).line + 1;
  // The front matter follows the file name where it spells the old slug: `slug:`, and `permalink:` unless a new one is given.
  if (newSlug !== undefined && newSlug !== info.slug) {
    const slugField = parsed.fields.get('slug');
    if (slugField && slugField.value === info.slug) {
      ownEdits.push(replaceValue(slugField, scalarLike(slugField.style, newSlug)));
      changes.push({ file: from, line: line(slugField.valueRange.start), before: slugField.written, after: newSlug });
    }
  }
  const permalinkField = parsed.fields.get('permalink');
  let newPermalink = request.permalink;
  if (newPermalink === undefined && newSlug !== undefined && typeof permalinkField?.value === 'string') newPermalink = permalinkWithSlug(permalinkField.value, info.slug, newSlug);
  if (newPermalink !== undefined && newPermalink !== permalinkField?.value) {
    if (permalinkField && (typeof permalinkField.value === 'string' || permalinkField.value === null)) {
      const written = permalinkField.style === 'empty' || permalinkField.value === null ? 'plain' : permalinkField.style;
      ownEdits.push(replaceValue(permalinkField, scalarLike(written, newPermalink)));
      changes.push({ file: from, line: line(permalinkField.valueRange.start), before: permalinkField.written, after: newPermalink });
    } else if (!permalinkField) {
      const inserted = insertPermalink(text, parsed, newPermalink);
      if (!inserted) return { ok: false, problem: msg('`{0}` has no front matter to write a `permalink` in.', from) };
      ownEdits.push(inserted);
      changes.push({ file: from, line: line(inserted.range.start), before: '', after: `permalink: ${newPermalink}` });
    } else return { ok: false, problem: msg('The `permalink` of `{0}` is not a string.', from) };
  }
  if (to !== from && site.files.includes(to)) return { ok: false, problem: msg('Not renamed: `{0}` already exists.', to) };
  const newText = applyEdits(text, ownEdits);
  const newVerdict = documentVerdict(to, newText, config, { ...settings, drafts: settings.drafts || info.kind === 'draft' });
  if (!newVerdict?.url) return { ok: false, problem: msg('Jekyll would not read `{0}` as a post.', to) };
  if (to === from && newVerdict.url === verdict.url) return { ok: false, problem: msg('Nothing to rename: `{0}` keeps its file and its URL `{1}`.', from, verdict.url) };
  // The site as it is now: what each link leads to before the rename.
  const verdicts: DocVerdict[] = [];
  const ownUrls = new Map<string, string | undefined>();
  for (const [path, docText] of site.texts) {
    const v = documentVerdict(path, docText, config, settings);
    ownUrls.set(path, v?.url);
    if (v) verdicts.push(v);
  }
  if (!verdicts.some((v) => v.path === from)) verdicts.push(verdict);
  const summaries = verdicts.map(summarize);
  const map: SiteMap = buildSiteMap(summaries, site.files, config);
  const indexes = documentIndexes({ version: 0, all: new Map(summaries.map((d) => [d.path, d])), files: new Set(site.files) }, projectConfig(config).translationKey);
  const own = summaries.find((d) => d.path === from);
  const group = to !== from && own && indexes.link?.kind === 'folders' ? folderGroup(own) : undefined;
  const pairedByName = group === undefined ? [] : (indexes.byTranslation.get(group) ?? []).filter((d) => d.path !== from && d.lang !== own?.lang).map((d) => d.path);
  const clash = newVerdict.outputPath && newVerdict.url !== verdict.url ? map.byOutput.get(newVerdict.outputPath) : undefined;
  if (clash && clash.source !== from) return { ok: false, problem: msg('Not renamed: `{0}` already serves `{1}`.', clash.source, newVerdict.url) };
  const target: RenameTarget = { from, to, oldUrl: verdict.url, newUrl: newVerdict.url };
  const edits = new Map<string, TextEdit[]>();
  for (const [path, docText] of site.texts) {
    const data = path === from ? parsed.data : undefined;
    const liquid = (data ?? verdicts.find((v) => v.path === path)?.data)?.render_with_liquid !== false;
    const refs = referenceEdits(docText, map, ownUrls.get(path) ?? (path === from ? verdict.url : undefined), target, liquid);
    if (refs.length === 0) continue;
    const docLines = path === from ? lines : new LineIndex(docText);
    for (const r of refs) changes.push({ file: path, line: docLines.positionAt(r.range.start).line + 1, before: r.before, after: r.newText });
    edits.set(path, refs.map(({ range, newText }) => ({ range, newText })));
  }
  const now = Math.floor(settings.now.getTime() / 1000);
  const published = info.kind === 'post' && verdict.written && verdict.epochSeconds !== undefined && verdict.epochSeconds <= now && verdict.url !== newVerdict.url;
  let redirected = false;
  if (request.redirect && published) {
    const edit = addRedirectFrom(newText, verdict.url);
    if (edit) {
      // Written against the old text: the redirect goes where the same bytes are (the front matter edits lie elsewhere).
      const mapped = mapToOld(ownEdits, edit);
      ownEdits.push(mapped);
      changes.push({ file: from, line: line(mapped.range.start), before: text.slice(mapped.range.start, mapped.range.end), after: `redirect_from: ${verdict.url}` });
      redirected = true;
    }
  }
  if (ownEdits.length) edits.set(from, [...ownEdits, ...(edits.get(from) ?? [])].sort((a, b) => a.range.start - b.range.start));
  if (to !== from) changes.unshift({ file: from, before: from, after: to });
  return { ok: true, from, to, oldUrl: verdict.url, newUrl: newVerdict.url, edits, changes, published, redirected, redirectPlugin: redirectPluginSource(config, site.gemfile), pairedByName };
}

/** A `permalink:` line added before the closing fence. */
function insertPermalink(text: string, parsed: ReturnType<typeof parseFrontMatter>, permalink: string): TextEdit | undefined {
  if (!parsed.block.closed || !parsed.data) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const at = parsed.block.closeRange!.start;
  return { range: { start: at, end: at }, newText: `permalink: ${scalarLike('plain', permalink)}${eol}` };
}

/** An edit computed on the text after `applied` moved back onto the text before them (it must not overlap them). */
function mapToOld(applied: readonly TextEdit[], edit: TextEdit): TextEdit {
  let delta = 0;
  for (const a of [...applied].sort((x, y) => x.range.start - y.range.start)) {
    const newEnd = a.range.start + delta + a.newText.length;
    if (newEnd <= edit.range.start) delta += a.newText.length - (a.range.end - a.range.start);
  }
  return { range: { start: edit.range.start - delta, end: edit.range.end - delta }, newText: edit.newText };
}
