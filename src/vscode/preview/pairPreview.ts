import * as vscode from 'vscode';
import { relative } from '../../core/paths';
import { findTranslations, langOf } from '../../core/render/translation';
import { parseFrontMatter } from '../../core/site/frontMatter';
import type { FromPreview, ToPreview } from '../../webview/protocol';
import { Site, SiteRegistry } from '../sites';
import { PREVIEW_VIEW_TYPE } from './previewManager';
import { previewRoots, previewShell } from './previewHtml';
import { PreviewSites } from './previewSites';
import { savedMode, saveMode, SiteLook } from './siteLook';

export const PREVIEW_BOTH = 'jekyllPosts.preview.bothVersions';
const PAIR_VIEW_TYPE = `${PREVIEW_VIEW_TYPE}.pair`;
const UPDATE_THROTTLE_MS = 150;

interface Side {
  readonly panel: vscode.WebviewPanel;
  readonly document: vscode.TextDocument;
  ready: boolean;
  /** Called once when the page first says it is ready. */
  onReady?: () => void;
  pending?: ToPreview;
  timer?: ReturnType<typeof setTimeout>;
  generation: number;
}

/** What the paired panels last sent, for tests. */
export interface PairSnapshot {
  readonly uri: string;
  readonly headerHtml: string;
  readonly contentHtml: string;
  readonly mode?: string;
}

/**
 * "Preview both versions": a post and its translation in two panels side by side, each in the
 * view chosen (site or reading) with the card's date in the post's own language, scrolled
 * together heading by heading.
 */
export class PairPreview implements vscode.Disposable {
  private sides: Side[] = [];
  private site: Site | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly rendered = new vscode.EventEmitter<PairSnapshot>();
  readonly onDidRender = this.rendered.event;
  readonly last = new Map<string, PairSnapshot>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly sites: SiteRegistry,
    private readonly previewSites: PreviewSites,
    private readonly look: SiteLook,
    private readonly workspaceState?: vscode.Memento,
  ) {
    this.disposables.push(
      this.rendered,
      vscode.workspace.onDidChangeTextDocument((e) => {
        const side = this.sides.find((s) => s.document === e.document);
        if (side && e.contentChanges.length && !side.timer) {
          side.timer = setTimeout(() => {
            side.timer = undefined;
            void this.render(side);
          }, UPDATE_THROTTLE_MS);
        }
      }),
    );
  }

  register(): vscode.Disposable[] {
    return [vscode.commands.registerCommand(PREVIEW_BOTH, (uri?: vscode.Uri) => this.open(uri))];
  }

  async open(uri: vscode.Uri | undefined): Promise<boolean> {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!target) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Jekyll post to preview it.'));
      return false;
    }
    const document = await vscode.workspace.openTextDocument(target);
    const site = await this.sites.siteFor(document.uri);
    if (!site) {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} is not part of a Jekyll site.', vscode.workspace.asRelativePath(document.uri)));
      return false;
    }
    const context = await this.previewSites.contextFor(document.uri, site);
    const knowledge = context.knowledge;
    const relativePath = relative(site.root, document.uri.path);
    const data = [...(knowledge?.documents ?? [])].find((d) => d.path === document.uri.path)?.data ?? parseFrontMatter(document.getText()).data ?? {};
    const found = knowledge ? findTranslations({ path: document.uri.path, relativePath, data }, knowledge.documents, knowledge.languages).find((t) => t.status === 'found' && t.path) : undefined;
    if (!found?.path) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No translation of {0} was found.', relativePath));
      return false;
    }
    const other = await vscode.workspace.openTextDocument(site.fs.toUri(found.path));
    this.close();
    this.site = site;
    // The second panel is made once the first page has loaded (or after a few seconds): two webviews
    // created in the same tick sometimes left the first one's page blank in code-server.
    const first = this.side(document, site, vscode.ViewColumn.One);
    this.sides = [first];
    const rendered = [this.render(first)];
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 5000);
      first.onReady = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    if (!this.sides.includes(first)) return false;
    const second = this.side(other, site, vscode.ViewColumn.Two);
    this.sides = [first, second];
    rendered.push(this.render(second));
    await Promise.all(rendered);
    return true;
  }

  private side(document: vscode.TextDocument, site: Site, column: vscode.ViewColumn): Side {
    const name = document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
    const panel = vscode.window.createWebviewPanel(PAIR_VIEW_TYPE, vscode.l10n.t('Preview {0}', name), { viewColumn: column, preserveFocus: true }, {
      enableScripts: true,
      enableCommandUris: false,
      enableFindWidget: true,
      localResourceRoots: previewRoots(this.extensionUri, site.rootUri),
    });
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.svg');
    panel.webview.html = previewShell(panel.webview, this.extensionUri, vscode.env.language);
    const side: Side = { panel, document, ready: false, generation: 0 };
    panel.webview.onDidReceiveMessage((m: FromPreview) => void this.onMessage(side, m), undefined, this.disposables);
    panel.onDidDispose(() => {
      clearTimeout(side.timer);
      this.sides = this.sides.filter((s) => s !== side);
    }, undefined, this.disposables);
    return side;
  }

  private async render(side: Side): Promise<void> {
    const site = this.site;
    if (!site || !this.sides.includes(side)) return;
    const generation = ++side.generation;
    let result: Awaited<ReturnType<SiteLook['render']>>;
    try {
      const context = await this.previewSites.contextFor(side.document.uri, site);
      const lang = langOf(parseFrontMatter(side.document.getText()).data ?? {});
      result = await this.look.render({ document: side.document, site, context, webview: side.panel.webview, mode: savedMode(this.workspaceState), dateLocale: lang, pair: true });
    } catch (e) {
      console.error(`[jekyll-posts] preview both versions: ${e instanceof Error ? e.stack : String(e)}`);
      if (side.ready) void side.panel.webview.postMessage({ type: 'notice', text: String(e instanceof Error ? e.message : e) } satisfies ToPreview);
      return;
    }
    if (generation !== side.generation || !this.sides.includes(side)) return;
    side.pending = result.message;
    if (side.ready) await side.panel.webview.postMessage(result.message);
    const snapshot = { uri: side.document.uri.toString(), headerHtml: result.message.headerHtml, contentHtml: result.message.contentHtml, mode: result.message.mode };
    this.last.set(snapshot.uri, snapshot);
    this.rendered.fire(snapshot);
  }

  private async onMessage(side: Side, message: FromPreview): Promise<void> {
    switch (message.type) {
      case 'ready':
        // A page (re)loaded: a panel hidden and shown again starts from an empty page.
        side.ready = true;
        side.onReady?.();
        side.onReady = undefined;
        if (side.pending) await side.panel.webview.postMessage(side.pending);
        else void this.render(side);
        return;
      case 'headingAtTop':
        for (const other of this.sides) {
          if (other !== side && other.ready) void other.panel.webview.postMessage({ type: 'scrollToHeading', index: message.index, progress: message.progress } satisfies ToPreview);
        }
        return;
      case 'setMode':
        await saveMode(this.workspaceState, message.mode);
        await Promise.all(this.sides.map((s) => this.render(s)));
        return;
      case 'openLink':
        if (/^(https?|mailto):/i.test(message.href)) await vscode.env.openExternal(vscode.Uri.parse(message.href));
        return;
      default:
        return;
    }
  }

  private close(): void {
    for (const side of this.sides) side.panel.dispose();
    this.sides = [];
  }

  dispose(): void {
    this.close();
    for (const d of this.disposables) d.dispose();
  }
}
