import * as vscode from 'vscode';
import { isInside, join, relative } from '../../core/paths';
import { renderSiteLook, SiteLookPage } from '../../core/render/layout';
import { renderPreview, siteResourcePath } from '../../core/render/page';
import { sanitize } from '../../core/render/sanitize';
import { CompileStringAsync, compileSiteSass, rewriteCssUrls, sassSourceFor } from '../../core/render/sass';
import { splitSiteDocument } from '../../core/render/siteDocument';
import { Finding } from '../../core/lint/types';
import type { PreviewMode, ToPreview } from '../../webview/protocol';
import { Site } from '../sites';
import { PreviewSiteContext } from './previewSites';

const MODE_KEY = 'jekyllPosts.preview.mode';

/** The Site / Reading choice, remembered per workspace. */
export function savedMode(state: vscode.Memento | undefined): PreviewMode {
  return state?.get<PreviewMode>(MODE_KEY) === 'site' ? 'site' : 'reading';
}

export async function saveMode(state: vscode.Memento | undefined, mode: PreviewMode): Promise<void> {
  await state?.update(MODE_KEY, mode);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

type Update = Extract<ToPreview, { type: 'update' }>;

export interface LookRender {
  readonly message: Update;
  readonly findings: readonly Finding[];
  /** The card's URL status (reading view). */
  readonly urlStatus: string;
  /** What the site view showed, for tests and the benchmark. */
  readonly look?: SiteLookPage;
}

export interface LookInput {
  readonly document: vscode.TextDocument;
  readonly site: Site;
  readonly context: PreviewSiteContext;
  readonly webview: vscode.Webview;
  readonly mode: PreviewMode;
  /** The language of the card's date (a paired panel shows the post's own). */
  readonly dateLocale?: string;
  readonly line?: number;
  readonly pair?: boolean;
  /** The file's modification time (epoch seconds): a draft without `date:` is dated by it, as Jekyll does. */
  readonly mtimeSeconds?: number;
}

let sassLoader: Promise<CompileStringAsync | undefined> | undefined;

/**
 * dart-sass (dist/sass.js, 2.9 MB), required the first time a site's layout links Sass, never at
 * start. In VS Code for the Web there is no `require`: the site's `_site` build is used instead.
 */
function loadSass(extensionUri: vscode.Uri): Promise<CompileStringAsync | undefined> {
  sassLoader ??= (async () => {
    const req = typeof require === 'function' ? require : undefined;
    if (!req || extensionUri.scheme !== 'file') return undefined;
    try {
      return (req(join(extensionUri.fsPath, 'dist', 'sass.js')) as { compileStringAsync: CompileStringAsync }).compileStringAsync;
    } catch {
      return undefined;
    }
  })();
  return sassLoader;
}

interface CompiledSheet {
  readonly css?: string;
  readonly error?: string;
}

/**
 * Renders a document for the preview, in the site view (its layouts, includes and stylesheets;
 * scripts never run) or the reading view (the card and the body). Compiled Sass is kept until a
 * Sass file of the site changes.
 */
export class SiteLook implements vscode.Disposable {
  private readonly sheets = new Map<string, Promise<CompiledSheet>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{scss,sass}');
    const forget = (): void => this.sheets.clear();
    this.disposables.push(watcher, watcher.onDidChange(forget), watcher.onDidCreate(forget), watcher.onDidDelete(forget));
  }

  async render(input: LookInput): Promise<LookRender> {
    const { document, site, context, webview } = input;
    const toUri = (path: string): string => webview.asWebviewUri(site.fs.toUri(path)).toString();
    const base = { text: document.getText(), path: document.uri.path, site: context.site, knowledge: context.knowledge, locale: vscode.env.language, dateLocale: input.dateLocale, translate: (t: string) => vscode.l10n.t(t), resourceUri: toUri, mtimeSeconds: input.mtimeSeconds, siteMap: context.siteMap };
    const notes: string[] = [];
    if (input.mode === 'site') {
      const look = await renderSiteLook(base);
      if (look.status === 'theme-missing') {
        notes.push(vscode.l10n.t('The layout `{0}` comes from the theme `{1}`, a gem this workspace does not hold: reading view.', look.missing ?? '', look.theme ?? ''));
      } else {
        return this.siteView(input, look, toUri);
      }
    }
    const result = await renderPreview(base);
    return {
      message: {
        type: 'update',
        uri: document.uri.toString(),
        version: document.version,
        headerHtml: result.headerHtml,
        contentHtml: result.contentHtml,
        line: input.line,
        mode: 'reading',
        toolbarHtml: this.toolbar('reading', notes),
        footerHtml: '',
        pair: input.pair,
      },
      findings: result.findings,
      urlStatus: result.header.url.status,
    };
  }

  private async siteView(input: LookInput, look: SiteLookPage, toUri: (path: string) => string): Promise<LookRender> {
    const { document, site } = input;
    const root = site.root;
    const baseurl = String(site.config.raw.baseurl ?? '');
    const pageUrl = look.url ?? '/';
    const parts = splitSiteDocument(look.html);
    const resolveUrl = (url: string, kind: 'resource' | 'link'): string | undefined => {
      if (kind !== 'resource') return undefined;
      const path = siteResourcePath(url, pageUrl, baseurl, root);
      return path ? toUri(path) : undefined;
    };
    const body = sanitize(parts.body, { resolveUrl });
    const stylesheets: string[] = [];
    const styles: string[] = [...parts.styles];
    const notes: string[] = [];
    for (const href of parts.stylesheets) {
      const path = siteResourcePath(href, pageUrl, baseurl, root);
      if (!path) {
        notes.push(vscode.l10n.t('Stylesheet {0} is not a file of the site: not loaded.', href));
        continue;
      }
      const rel = relative(root, path);
      if ((await site.fs.stat(path))?.kind === 'file') {
        stylesheets.push(toUri(path));
        continue;
      }
      const sheet = await this.sass(input, path);
      if (sheet?.css !== undefined) {
        styles.push(rewriteCssUrls(sheet.css, path, root, toUri));
        continue;
      }
      if (sheet?.error) notes.push(vscode.l10n.t('Sass error in the source of {0}: {1}', rel, sheet.error));
      const destination = typeof site.config.raw.destination === 'string' ? site.config.raw.destination : '_site';
      const built = join(root, destination, rel);
      if (isInside(built, root) && (await site.fs.stat(built))?.kind === 'file') {
        stylesheets.push(toUri(built));
        notes.push(vscode.l10n.t('{0} is taken from the last build ({1}); it does not follow your edits.', rel, relative(root, built)));
        continue;
      }
      if (!sheet) notes.push(vscode.l10n.t('Stylesheet {0} was not found in the site.', rel));
    }
    if (look.status === 'layout-missing') notes.push(vscode.l10n.t('The layout `{0}` does not exist: Jekyll writes the post without it.', look.missing ?? ''));
    if (look.status === 'no-layout') notes.push(vscode.l10n.t('This post has no layout: Jekyll writes its content alone.'));
    for (const problem of look.problems) notes.push(problem);
    const footer: string[] = [vscode.l10n.t('Scripts of the site do not run in the preview (the post and its site are untrusted).')];
    if (parts.scripts > 0) footer.push(vscode.l10n.t('{0} script(s) of the layouts left out.', String(parts.scripts)));
    if (look.pluginTags.length) footer.push(vscode.l10n.t('Plugin tags shown as placeholders: {0}.', look.pluginTags.join(', ')));
    if (look.layouts.length) footer.push(vscode.l10n.t('Layouts: {0}.', look.layouts.join(' → ')));
    return {
      message: {
        type: 'update',
        uri: document.uri.toString(),
        version: document.version,
        headerHtml: '',
        contentHtml: body,
        line: input.line,
        mode: 'site',
        toolbarHtml: this.toolbar('site', notes),
        footerHtml: footer.map((f) => `<p>${escapeHtml(f)}</p>`).join(''),
        site: { stylesheets, styles, bodyClass: parts.bodyClass },
        pair: input.pair,
      },
      findings: look.findings,
      urlStatus: look.url ? 'ok' : 'invalid',
      look,
    };
  }

  private async sass(input: LookInput, cssPath: string): Promise<CompiledSheet | undefined> {
    const site = input.context.site;
    const source = await sassSourceFor(site.fs, cssPath);
    if (!source) return undefined;
    const compile = await loadSass(this.extensionUri);
    if (!compile) return {};
    let pending = this.sheets.get(cssPath);
    if (!pending) {
      pending = compileSiteSass(site, cssPath, compile);
      this.sheets.set(cssPath, pending);
    }
    return pending;
  }

  /** The Site / Reading switch and the notices of this render. */
  private toolbar(mode: PreviewMode, notes: readonly string[]): string {
    const button = (value: PreviewMode, label: string): string =>
      `<button type="button" data-action="setMode" data-mode="${value}" aria-pressed="${mode === value}"${mode === value ? ' class="jp-on"' : ''}>${escapeHtml(label)}</button>`;
    const switcher = `<span class="jp-switch" role="group" aria-label="${escapeHtml(vscode.l10n.t('View'))}">${button('site', vscode.l10n.t('Site'))}${button('reading', vscode.l10n.t('Reading'))}</span>`;
    const list = notes.length ? `<ul class="jp-look-notes">${notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>` : '';
    return `${switcher}${list}`;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
