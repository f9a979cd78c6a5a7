import * as vscode from 'vscode';
import { layoutRuleOffReason } from '../core/lint/rules/layoutUnknown';
import { isInside } from '../core/paths';
import { SiteIndex } from '../core/site/siteIndex';
import { localize } from './convert';
import { Site, SiteRegistry } from './sites';

/** How long file events are gathered before they are applied as one batch. */
const BATCH_DELAY_MS = 100;
/** How long typing must pause before an unsaved document counts in the index. */
const OVERLAY_DELAY_MS = 150;
/** A build still running after this long gets a progress notification. */
const PROGRESS_AFTER_MS = 1000;

interface Entry {
  readonly site: Site;
  readonly ready: Promise<SiteIndex>;
  index?: SiteIndex;
}

export interface IndexedSite {
  readonly site: Site;
  readonly index: SiteIndex;
}

function uriKey(uri: vscode.Uri): string {
  return `${uri.scheme}://${uri.authority}`;
}

/**
 * One SiteIndex per Jekyll site of the workspace: built in the background after activation (with a
 * progress notification on large sites), kept current by a file watcher (bursts, such as a git
 * checkout, applied as one batch) and by unsaved editor text.
 */
export class IndexService implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, vscode.Uri>();
  private readonly overlayTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private batchTimer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> = Promise.resolve();
  private readonly updated = new vscode.EventEmitter<readonly vscode.Uri[]>();
  private readonly disposables: vscode.Disposable[] = [this.updated];
  /** Fires after a batch of changes has reached the indexes, with the files it covered. */
  readonly onDidUpdate = this.updated.event;

  constructor(private readonly sites: SiteRegistry) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    const queue = (uri: vscode.Uri): void => this.queue(uri);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(queue),
      watcher.onDidChange(queue),
      watcher.onDidDelete(queue),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.scheduleOverlay(e.document);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => this.dropOverlay(d.uri)),
      vscode.workspace.onDidCloseTextDocument((d) => this.dropOverlay(d.uri)),
      // A new or changed `_config.yml`: every index is rebuilt with the configuration it now has.
      sites.onDidChange(() => {
        this.entries.clear();
        void this.start();
      }),
    );
  }

  /** Starts indexing every site of the workspace in the background. */
  async start(): Promise<void> {
    const configs = await vscode.workspace.findFiles('**/_config.{yml,yaml}', '**/{node_modules,_site,vendor,.git}/**');
    await Promise.all(configs.map((uri) => this.indexFor(uri).catch(() => undefined)));
  }

  /** The index of the site a file belongs to, built if need be. */
  async indexFor(uri: vscode.Uri): Promise<IndexedSite | undefined> {
    const site = await this.sites.siteFor(uri);
    if (!site) return undefined;
    const key = site.rootUri.toString();
    let entry = this.entries.get(key);
    if (!entry || entry.site !== site) {
      const ready = this.build(site);
      const created: Entry = { site, ready };
      entry = created;
      this.entries.set(key, created);
      void ready.then(
        (index) => {
          created.index = index;
          this.updated.fire([]);
        },
        () => this.entries.delete(key),
      );
    }
    return { site, index: await entry.ready };
  }

  /** The site's index when it is built already (no waiting): for linting as you type. */
  readyIndex(site: Site): SiteIndex | undefined {
    const entry = this.entries.get(site.rootUri.toString());
    return entry?.site === site ? entry.index : undefined;
  }

  /** Every site whose index is built, by root (for the views of the site at a glance). */
  indexedSites(): IndexedSite[] {
    const out: IndexedSite[] = [];
    for (const entry of this.entries.values()) if (entry.index) out.push({ site: entry.site, index: entry.index });
    return out.sort((a, b) => (a.site.root < b.site.root ? -1 : a.site.root > b.site.root ? 1 : 0));
  }

  /** Resolves once the site's index is built and every file event received so far has been applied. */
  async whenReady(uri: vscode.Uri): Promise<void> {
    await this.indexFor(uri);
    await this.flush();
  }

  /**
   * Resolves the next time a batch covering `uri` reaches the index (for tests and commands): the
   * file itself, or a folder holding it (a folder created or moved in whole may be all the watcher
   * reports, and the index then reads every file inside it).
   */
  whenIndexed(uri: vscode.Uri): Promise<void> {
    return new Promise((resolve) => {
      const subscription = this.onDidUpdate((uris) => {
        if (uris.some((u) => uriKey(u) === uriKey(uri) && isInside(uri.path, u.path))) {
          subscription.dispose();
          resolve();
        }
      });
    });
  }

  private async build(site: Site): Promise<SiteIndex> {
    let progress: { done: number; total: number } = { done: 0, total: 0 };
    let finished = false;
    const building = SiteIndex.build(site.fs, site.root, site.config, {}, (p) => (progress = p));
    const timer = setTimeout(() => {
      if (finished) return;
      void vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Indexing the Jekyll site') }, async (report) => {
        let shown = 0;
        const tick = setInterval(() => {
          const percent = progress.total ? Math.floor((progress.done / progress.total) * 100) : 0;
          report.report({ message: vscode.l10n.t('{0} files', progress.done), increment: Math.max(0, percent - shown) });
          shown = Math.max(shown, percent);
        }, 200);
        try {
          await building;
        } finally {
          clearInterval(tick);
        }
      });
    }, PROGRESS_AFTER_MS);
    try {
      const index = await building;
      for (const notice of index.notices()) void vscode.window.showInformationMessage(localize(notice));
      const layoutsOff = layoutRuleOffReason(site.config, index);
      if (layoutsOff) void vscode.window.showInformationMessage(localize(layoutsOff));
      // Documents with unsaved edits count as they are in the editor.
      for (const document of vscode.workspace.textDocuments) {
        if (document.isDirty && this.sameSite(document.uri, site)) index.setOverlay(document.uri.path, document.getText());
      }
      return index;
    } finally {
      finished = true;
      clearTimeout(timer);
    }
  }

  private sameSite(uri: vscode.Uri, site: Site): boolean {
    return uriKey(uri) === uriKey(site.rootUri) && isInside(uri.path, site.root);
  }

  private entryFor(uri: vscode.Uri): Entry | undefined {
    let best: Entry | undefined;
    for (const entry of this.entries.values()) {
      if (this.sameSite(uri, entry.site) && (!best || entry.site.root.length > best.site.root.length)) best = entry;
    }
    return best;
  }

  private queue(uri: vscode.Uri): void {
    this.pending.set(uri.toString(), uri);
    clearTimeout(this.batchTimer);
    this.batchTimer = setTimeout(() => void this.flush(), BATCH_DELAY_MS);
  }

  /** Applies every queued file event, grouped by site, as one batch. */
  private flush(): Promise<void> {
    clearTimeout(this.batchTimer);
    this.batchTimer = undefined;
    const uris = [...this.pending.values()];
    this.pending.clear();
    this.running = this.running.then(async () => {
      if (uris.length === 0) return;
      const bySite = new Map<Entry, string[]>();
      for (const uri of uris) {
        const entry = this.entryFor(uri);
        if (!entry) continue;
        bySite.set(entry, [...(bySite.get(entry) ?? []), uri.path]);
      }
      await Promise.all(
        [...bySite].map(async ([entry, paths]) => {
          const index = await entry.ready.catch(() => undefined);
          await index?.refreshAll(paths);
        }),
      );
      this.updated.fire(uris);
    });
    return this.running;
  }

  private scheduleOverlay(document: vscode.TextDocument): void {
    if (document.uri.scheme === 'untitled' || document.uri.scheme === 'output') return;
    const key = document.uri.toString();
    clearTimeout(this.overlayTimers.get(key));
    this.overlayTimers.set(
      key,
      setTimeout(() => {
        this.overlayTimers.delete(key);
        const entry = this.entryFor(document.uri);
        if (!entry?.index || document.isClosed) return;
        if (document.isDirty) entry.index.setOverlay(document.uri.path, document.getText());
        else void entry.index.removeOverlay(document.uri.path);
        this.updated.fire([document.uri]);
      }, OVERLAY_DELAY_MS),
    );
  }

  private dropOverlay(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.overlayTimers.get(key));
    this.overlayTimers.delete(key);
    const index = this.entryFor(uri)?.index;
    if (index) void index.removeOverlay(uri.path).then(() => this.updated.fire([uri]));
  }

  dispose(): void {
    clearTimeout(this.batchTimer);
    for (const timer of this.overlayTimers.values()) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
  }
}
