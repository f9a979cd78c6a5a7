import * as vscode from 'vscode';
import { join, relative } from '../../core/paths';
import { renderPreview } from '../../core/render/page';
import type { FromPreview, PreviewState, ToPreview } from '../../webview/protocol';
import { DIAGNOSTIC_SOURCE, localize, toRange } from '../convert';
import { Site, SiteRegistry } from '../sites';
import { previewRoots, previewShell } from './previewHtml';
import { PreviewSites } from './previewSites';
import { savedMode, saveMode, SiteLook } from './siteLook';

export const PREVIEW_VIEW_TYPE = 'jekyllPosts.preview';
export const OPEN_PREVIEW = 'jekyllPosts.preview.open';
export const OPEN_PREVIEW_TO_SIDE = 'jekyllPosts.preview.openToSide';
/** Context key: the active editor is a Markdown file of a Jekyll site. */
export const CONTEXT_KEY = 'jekyllPosts.isJekyllMarkdown';

/** Updates while typing come at most this often. */
/** How long after the first post opens the engines are warmed up, out of the way of start-up work. */
const WARM_UP_DELAY_MS = 1500;
const UPDATE_THROTTLE_MS = 120;

function isMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && document.uri.scheme !== 'output' && document.uri.scheme !== 'git';
}

/** What a render sent, for tests and the API. */
export interface PreviewSnapshot {
  readonly uri: string;
  readonly version: number;
  readonly headerHtml: string;
  readonly contentHtml: string;
  readonly urlStatus: string;
  /** `site` or `reading`. */
  readonly mode?: string;
}

/**
 * The preview: one webview panel that follows the active post, renders it as the site will show it
 * (throttled while typing, patched in place, scroll kept and synced both ways with the editor), and
 * survives a window reload through its serializer.
 */
export class PreviewManager implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private ready = false;
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastRender = 0;
  private pendingLine: number | undefined;
  private ignoreEditorScrollUntil = 0;
  private ignorePreviewScrollUntil = 0;
  private siteRootKey: string | undefined;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('jekyll-posts-preview');
  private readonly rendered = new vscode.EventEmitter<PreviewSnapshot>();
  private readonly disposables: vscode.Disposable[] = [this.diagnostics, this.rendered];
  /** Fires after each render has been sent to the page. */
  readonly onDidRender = this.rendered.event;
  last: PreviewSnapshot | undefined;

  /** Renders in the site view or the reading view (issue 15). */
  readonly look: SiteLook;
  private mode: 'site' | 'reading';

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly sites: SiteRegistry,
    private readonly previewSites: PreviewSites,
    private readonly workspaceState?: vscode.Memento,
  ) {
    this.look = new SiteLook(extensionUri);
    this.mode = savedMode(workspaceState);
    this.disposables.push(
      this.look,
      vscode.window.onDidChangeActiveTextEditor((editor) => void this.onActiveEditor(editor)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.document && e.document === this.document && e.contentChanges.length > 0) this.schedule();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (d === this.document) this.diagnostics.delete(d.uri);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.onEditorScroll(e)),
      previewSites.onDidChange(() => this.schedule()),
      sites.onDidChange(() => this.schedule()),
    );
    void this.onActiveEditor(vscode.window.activeTextEditor);
  }

  register(): vscode.Disposable[] {
    return [
      vscode.commands.registerCommand(OPEN_PREVIEW, (uri?: vscode.Uri) => this.open(uri, false)),
      vscode.commands.registerCommand(OPEN_PREVIEW_TO_SIDE, (uri?: vscode.Uri) => this.open(uri, true)),
      vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: (panel, state: PreviewState | undefined) => this.restore(panel, state),
      }),
    ];
  }

  /** Opens (or reveals) the preview on a document, by default the active editor's. */
  async open(uri: vscode.Uri | undefined, toSide: boolean): Promise<void> {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri ?? this.document?.uri;
    if (!target) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Jekyll post to preview it.'));
      return;
    }
    const document = await vscode.workspace.openTextDocument(target);
    const column = toSide ? vscode.ViewColumn.Beside : vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active;
    if (this.panel) this.panel.reveal(column, toSide);
    else this.attach(vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, this.title(document), { viewColumn: column, preserveFocus: toSide }, this.options(undefined)));
    await this.show(document);
  }

  private async restore(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
    if (this.panel) {
      panel.dispose();
      return;
    }
    this.attach(panel);
    const uri = state?.uri ? vscode.Uri.parse(state.uri) : vscode.window.activeTextEditor?.document.uri;
    if (!uri) return;
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      this.pendingLine = state?.line;
      await this.show(document);
    } catch {
      panel.webview.postMessage({ type: 'notice', text: vscode.l10n.t('The previewed file is gone.') } satisfies ToPreview);
    }
  }

  private options(siteRoot: vscode.Uri | undefined): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return { enableScripts: true, enableCommandUris: false, enableFindWidget: true, retainContextWhenHidden: false, localResourceRoots: previewRoots(this.extensionUri, siteRoot) };
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    this.siteRootKey = undefined;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.svg');
    panel.webview.options = this.options(undefined);
    panel.webview.html = previewShell(panel.webview, this.extensionUri, vscode.env.language);
    panel.webview.onDidReceiveMessage((m: FromPreview) => void this.onMessage(m), undefined, this.disposables);
    panel.onDidDispose(
      () => {
        if (this.panel !== panel) return;
        this.panel = undefined;
        if (this.document) this.diagnostics.delete(this.document.uri);
        this.document = undefined;
        this.last = undefined;
      },
      undefined,
      this.disposables,
    );
  }

  private title(document: vscode.TextDocument): string {
    return vscode.l10n.t('Preview {0}', document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1));
  }

  /** Switches the panel to a document and renders it. */
  private async show(document: vscode.TextDocument): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    if (this.document && this.document !== document) this.diagnostics.delete(this.document.uri);
    const switched = this.document?.uri.toString() !== document.uri.toString();
    this.document = document;
    panel.title = this.title(document);
    const site = await this.sites.siteFor(document.uri);
    const rootKey = site?.rootUri.toString();
    if (rootKey !== this.siteRootKey) {
      this.siteRootKey = rootKey;
      panel.webview.options = this.options(site?.rootUri);
    }
    if (switched && this.pendingLine === undefined) {
      const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
      this.pendingLine = editor?.visibleRanges[0]?.start.line;
    }
    await this.render();
  }

  private async onActiveEditor(editor: vscode.TextEditor | undefined): Promise<void> {
    const document = editor?.document;
    const site = document && isMarkdown(document) ? await this.sites.siteFor(document.uri) : undefined;
    void vscode.commands.executeCommand('setContext', CONTEXT_KEY, !!site);
    if (!document || !site) return;
    this.warmUp(document, site);
    if (this.panel) {
      if (document !== this.document) await this.show(document);
    } else if (vscode.workspace.getConfiguration('jekyllPosts.preview', document.uri).get<boolean>('openAutomatically', false)) {
      await this.open(document.uri, true);
    }
  }

  private warmed = false;

  /**
   * Once per session, when a post is first opened, renders it in the background (result dropped):
   * the engines' first run (markdown-it, liquidjs and highlight.js set-up, cold JIT) costs some
   * 90 ms, which then no preview opening pays.
   */
  private warmUp(document: vscode.TextDocument, site: Site): void {
    if (this.warmed) return;
    this.warmed = true;
    setTimeout(() => {
      void (async () => {
        try {
          const context = await this.previewSites.contextFor(document.uri, site);
          await renderPreview({ text: document.getText(), path: document.uri.path, site: context.site, knowledge: context.knowledge, locale: vscode.env.language });
        } catch {
          // A warm-up that fails costs nothing; the real render reports its own problems.
        }
      })();
    }, WARM_UP_DELAY_MS);
  }

  /** Throttled: renders at once when the last render is old enough, else at the end of the window. */
  private schedule(): void {
    if (!this.panel || !this.document || this.timer) return;
    const wait = Math.max(0, UPDATE_THROTTLE_MS - (Date.now() - this.lastRender));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.render();
    }, wait);
  }

  private async render(): Promise<void> {
    const panel = this.panel;
    const document = this.document;
    if (!panel || !document) return;
    const generation = ++this.generation;
    this.lastRender = Date.now();
    const site = await this.sites.siteFor(document.uri);
    if (!site) {
      await panel.webview.postMessage({ type: 'notice', text: vscode.l10n.t('{0} is not part of a Jekyll site.', vscode.workspace.asRelativePath(document.uri)) } satisfies ToPreview);
      return;
    }
    const context = await this.previewSites.contextFor(document.uri, site);
    if (generation !== this.generation || this.document !== document) return;
    const version = document.version;
    const webview = panel.webview;
    const line = this.pendingLine;
    const result = await this.look.render({ document, site, context, webview, mode: this.mode, line, mtimeSeconds: await draftMtime(document) });
    if (generation !== this.generation || this.document !== document || this.panel !== panel) return;
    this.diagnostics.set(
      document.uri,
      result.findings.map((f) => {
        const d = new vscode.Diagnostic(toRange(document, f.range), localize(f.message), f.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
        d.source = DIAGNOSTIC_SOURCE;
        d.code = f.rule;
        return d;
      }),
    );
    this.pendingLine = undefined;
    const message: ToPreview = { ...result.message, version };
    if (this.ready) await webview.postMessage(message);
    this.pendingUpdate = message;
    this.last = { uri: document.uri.toString(), version, headerHtml: message.headerHtml, contentHtml: message.contentHtml, urlStatus: result.urlStatus, mode: message.mode };
    this.rendered.fire(this.last);
  }

  private pendingUpdate: ToPreview | undefined;

  private onEditorScroll(e: vscode.TextEditorVisibleRangesChangeEvent): void {
    if (!this.panel || !this.ready || e.textEditor.document !== this.document || Date.now() < this.ignoreEditorScrollUntil) return;
    const line = e.visibleRanges[0]?.start.line;
    if (line === undefined) return;
    this.ignorePreviewScrollUntil = Date.now() + 300;
    void this.panel.webview.postMessage({ type: 'scrollToLine', line } satisfies ToPreview);
  }

  private editorFor(document: vscode.TextDocument): vscode.TextEditor | undefined {
    return vscode.window.visibleTextEditors.find((e) => e.document === document);
  }

  private async onMessage(message: FromPreview): Promise<void> {
    const document = this.document;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        if (this.pendingUpdate) await this.panel?.webview.postMessage(this.pendingUpdate);
        return;
      case 'revealLine': {
        if (!document || Date.now() < this.ignorePreviewScrollUntil) return;
        const editor = this.editorFor(document);
        if (!editor) return;
        this.ignoreEditorScrollUntil = Date.now() + 300;
        const line = Math.max(0, Math.floor(message.line));
        editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
        return;
      }
      case 'doubleClick': {
        if (!document) return;
        const editor = await vscode.window.showTextDocument(document, { viewColumn: this.editorFor(document)?.viewColumn ?? vscode.ViewColumn.One });
        const position = new vscode.Position(message.line, 0);
        editor.selection = new vscode.Selection(position, position);
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
        return;
      }
      case 'openFile': {
        const site = document && (await this.sites.siteFor(document.uri));
        if (!site) return;
        const path = join(site.root, message.path);
        if (relative(site.root, path).startsWith('..')) return;
        await vscode.window.showTextDocument(site.fs.toUri(path), { viewColumn: this.editorFor(document!)?.viewColumn ?? vscode.ViewColumn.One });
        return;
      }
      case 'openLink':
        await this.openLink(message.href);
        return;
      case 'setMode':
        this.mode = message.mode;
        await saveMode(this.workspaceState, message.mode);
        await this.render();
        return;
      case 'headingAtTop':
        return;
      case 'createTranslation':
        if (document) await vscode.commands.executeCommand('jekyllPosts.addTranslation', { uri: document.uri.toString(), lang: message.lang });
        return;
    }
  }

  /** A link of the page: external ones open in the browser, site URLs open the file they come from. */
  private async openLink(href: string): Promise<void> {
    if (/^(https?|mailto):/i.test(href)) {
      await vscode.env.openExternal(vscode.Uri.parse(href));
      return;
    }
    const document = this.document;
    const site = document && (await this.sites.siteFor(document.uri));
    if (!site || !document) return;
    const context = await this.previewSites.contextFor(document.uri, site);
    const baseurl = String(site.config.raw.baseurl ?? '').replace(/\/+$/, '');
    let path = href.split('#')[0].split('?')[0];
    if (baseurl && path.startsWith(baseurl)) path = path.slice(baseurl.length);
    const target = context.site.catalog?.byUrl.get(path)?.[0] ?? context.site.catalog?.byUrl.get(decodeURI(path))?.[0];
    if (target) {
      await vscode.window.showTextDocument(site.fs.toUri(target.path), { viewColumn: this.editorFor(document)?.viewColumn ?? vscode.ViewColumn.One });
      return;
    }
    const file = join(site.root, decodeURI(path));
    if (!relative(site.root, file).startsWith('..') && (await site.fs.stat(file))?.kind === 'file') {
      await vscode.commands.executeCommand('vscode.open', site.fs.toUri(file), this.editorFor(document)?.viewColumn ?? vscode.ViewColumn.One);
      return;
    }
    void vscode.window.showInformationMessage(vscode.l10n.t('No file of the site is published at {0}.', href));
  }

  /** Switches between the site view and the reading view (remembered per workspace). */
  async setMode(mode: 'site' | 'reading'): Promise<void> {
    this.mode = mode;
    await saveMode(this.workspaceState, mode);
    await this.render();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** A draft's modification time in seconds (Jekyll dates a draft without `date:` by it), else undefined. */
async function draftMtime(document: vscode.TextDocument): Promise<number | undefined> {
  if (!/(^|\/)_drafts\//.test(document.uri.path) || document.isUntitled) return undefined;
  try {
    return (await vscode.workspace.fs.stat(document.uri)).mtime / 1000;
  } catch {
    return undefined;
  }
}
