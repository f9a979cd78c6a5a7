import * as vscode from 'vscode';
import { decodeFile } from '../core/lint/lint';
import { isLintable, lintText } from '../core/lint/lintFile';
import { LintOptions } from '../core/lint/lint';
import { join, relative } from '../core/paths';
import { CONFIG_FILE_NAMES } from '../core/site/siteFiles';
import { lintSettings, ruleSettings, textPositions, toDiagnostic } from './convert';
import { checkConfigFile, DiagnosticsController } from './diagnostics';
import { IndexedSite, IndexService } from './indexService';
import { Site } from './sites';

export const CHECK_SITE_COMMAND = 'jekyllPosts.checkSite';
/** Files linted between two yields to the extension host's other work. */
const CHUNK = 50;
/** How long after the last change on disk the whole site is checked again (site-wide rules compare posts). */
const RECHECK_DELAY_MS = 1000;
/** A site with more documents than this shows a cancellable notification while it is checked. */
const NOTIFY_ABOVE = 300;

type Scope = 'open' | 'site';

function scope(): Scope {
  return vscode.workspace.getConfiguration('jekyllPosts').get<Scope>('lint.scope', 'open') === 'site' ? 'site' : 'open';
}

const yieldNow = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The whole site in the Problems panel: every document of each indexed site linted from disk (open
 * documents stay with the DiagnosticsController, which lints their editor text), kept current as
 * files change. On when `jekyllPosts.lint.scope` is `site`, or after "Jekyll: Check the whole site"
 * until the scope setting changes.
 */
export class SiteChecker implements vscode.Disposable {
  /** Whole-site diagnostics are kept current (the setting, or the command ran in this window). */
  private active = scope() === 'site';
  /** Files whose diagnostics this checker set, per site root. */
  private readonly shown = new Map<string, Set<string>>();
  private run: vscode.CancellationTokenSource | undefined;
  private recheckTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly finished = new vscode.EventEmitter<void>();
  /** Fires after each whole-site check that ran to its end. */
  readonly onDidCheck = this.finished.event;

  constructor(
    private readonly indexes: IndexService,
    private readonly diagnostics: DiagnosticsController,
    private readonly extensionUri: vscode.Uri,
  ) {
    diagnostics.keepWhenClosed = (uri) => {
      if (!this.active) return false;
      void this.recheckFiles([uri]);
      return true;
    };
    this.disposables.push(
      this.finished,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('jekyllPosts.lint.scope')) {
          this.active = scope() === 'site';
          if (this.active) void this.checkWorkspace('large');
          else this.clear();
        } else if (e.affectsConfiguration('jekyllPosts') && this.active) this.scheduleRecheck();
      }),
      indexes.onDidUpdate((uris) => {
        if (!this.active) return;
        // Typing in an editor (the index's unsaved text) changes that document alone; the file on disk is checked when saved.
        const fromDisk = uris.filter((u) => !vscode.workspace.textDocuments.some((d) => d.isDirty && d.uri.toString() === u.toString()));
        if (uris.length === 0 || fromDisk.length > 0) {
          void this.recheckFiles(fromDisk);
          this.scheduleRecheck();
        }
      }),
    );
    if (this.active) void this.checkWorkspace('large');
  }

  /**
   * "Jekyll: Check the whole site": every site of the workspace now, then kept current. `notify`: a
   * cancellable notification shows the progress (always from the command, on large sites the first
   * time); otherwise the status bar does.
   */
  async checkWorkspace(notify: boolean | 'large'): Promise<void> {
    this.active = true;
    this.run?.cancel();
    const run = new vscode.CancellationTokenSource();
    this.run = run;
    try {
      const configs = await vscode.workspace.findFiles(`**/{${CONFIG_FILE_NAMES.join(',')}}`, '**/{node_modules,_site,vendor,.git}/**');
      const found = (await Promise.all(configs.map((uri) => this.indexes.indexFor(uri).catch(() => undefined)))).filter((s): s is IndexedSite => s !== undefined);
      const unique = [...new Map(found.map((s) => [s.site.rootUri.toString(), s])).values()];
      let total = 0;
      for (const s of unique) for (const _ of s.index.documents()) total++;
      const work = async (progress?: vscode.Progress<{ message?: string; increment?: number }>, token?: vscode.CancellationToken): Promise<void> => {
        const cancelled = (): boolean => run.token.isCancellationRequested || token?.isCancellationRequested === true;
        let done = 0;
        for (const site of unique) {
          done = await this.checkSite(site, cancelled, (n) => {
            progress?.report({ message: vscode.l10n.t('{0} of {1} files', done + n, total), increment: total ? (100 * CHUNK) / total : 0 });
          }, done);
          if (cancelled()) return;
        }
      };
      if (notify === true || (notify === 'large' && total > NOTIFY_ABOVE)) {
        await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking the whole Jekyll site'), cancellable: true }, (progress, token) => work(progress, token));
      } else {
        await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Checking the whole Jekyll site') }, () => work());
      }
      if (!run.token.isCancellationRequested) this.finished.fire();
    } finally {
      if (this.run === run) this.run = undefined;
      run.dispose();
    }
  }

  /** Lints every document of one site from disk, and its configuration file; returns the running count. */
  private async checkSite({ site, index }: IndexedSite, cancelled: () => boolean, report: (done: number) => void, before: number): Promise<number> {
    const options = this.optionsFor(site, index);
    const key = site.rootUri.toString();
    // Recorded as they are set, so that a cancelled check's diagnostics can be cleared too.
    let shown = this.shown.get(key);
    if (!shown) this.shown.set(key, (shown = new Set()));
    const seen = new Set<string>();
    let done = 0;
    for (const doc of index.documents()) {
      if (cancelled()) return before + done;
      if (!isLintable(doc.info, site.config)) continue;
      const uri = site.fs.toUri(doc.path);
      seen.add(uri.toString());
      shown.add(uri.toString());
      await this.lintFromDisk(site, uri, doc.path, options);
      if (++done % CHUNK === 0) {
        report(done);
        await yieldNow();
      }
    }
    for (const name of CONFIG_FILE_NAMES) {
      const uri = site.fs.toUri(join(site.root, name));
      if (await this.checkConfigFromDisk(site, uri)) {
        seen.add(uri.toString());
        shown.add(uri.toString());
        break;
      }
    }
    // Files gone since the last check lose their diagnostics.
    for (const old of [...shown]) {
      if (seen.has(old)) continue;
      this.diagnostics.setClosed(vscode.Uri.parse(old), undefined);
      shown.delete(old);
    }
    return before + done;
  }

  private optionsFor(site: Site, index: IndexedSite['index']): LintOptions {
    return { rules: ruleSettings(site.rootUri), settings: lintSettings(site.rootUri), site: index };
  }

  private async lintFromDisk(site: Site, uri: vscode.Uri, path: string, options: LintOptions): Promise<void> {
    if (this.diagnostics.isOpen(uri)) return;
    const bytes = await site.fs.readFile(path);
    if (!bytes) {
      this.diagnostics.setClosed(uri, undefined);
      return;
    }
    const decoded = decodeFile(bytes);
    const findings = decoded.ok ? lintText(decoded.text, relative(site.root, path), site.config, options) : [decoded.finding];
    const positions = textPositions(uri, decoded.ok ? decoded.text : '');
    this.diagnostics.setClosed(uri, findings.map((f) => toDiagnostic(positions, f, this.extensionUri, site.rootUri)));
  }

  /** Checks a configuration file from disk; false when there is none. */
  private async checkConfigFromDisk(site: Site, uri: vscode.Uri): Promise<boolean> {
    const bytes = await site.fs.readFile(uri.path);
    if (!bytes) return false;
    if (this.diagnostics.isOpen(uri)) return true;
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const positions = textPositions(uri, text);
    this.diagnostics.setClosed(uri, checkConfigFile(text, uri, site).map((f) => toDiagnostic(positions, f, this.extensionUri, site.rootUri)));
    return true;
  }

  /**
   * Lints changed (or just closed) files at once; the whole site follows (see scheduleRecheck). A
   * closed file that is not a document of a site (a page, a file outside any site) loses its
   * diagnostics, as in the `open` scope.
   */
  private async recheckFiles(uris: readonly vscode.Uri[]): Promise<void> {
    for (const uri of uris) {
      const found = await this.indexes.indexFor(uri).catch(() => undefined);
      if (!found) {
        this.diagnostics.setClosed(uri, undefined);
        continue;
      }
      const key = found.site.rootUri.toString();
      if (CONFIG_FILE_NAMES.some((name) => uri.path === join(found.site.root, name))) {
        await this.checkConfigFromDisk(found.site, uri);
        continue;
      }
      const doc = found.index.document(uri.path);
      if (doc && isLintable(doc.info, found.site.config)) {
        await this.lintFromDisk(found.site, uri, uri.path, this.optionsFor(found.site, found.index));
        this.shown.get(key)?.add(uri.toString());
      } else {
        this.diagnostics.setClosed(uri, undefined);
        this.shown.get(key)?.delete(uri.toString());
      }
    }
  }

  private scheduleRecheck(): void {
    clearTimeout(this.recheckTimer);
    this.recheckTimer = setTimeout(() => void this.checkWorkspace(false), RECHECK_DELAY_MS);
  }

  /** Scope back to open files: diagnostics of files that are not open go. */
  private clear(): void {
    this.run?.cancel();
    clearTimeout(this.recheckTimer);
    for (const files of this.shown.values()) for (const file of files) this.diagnostics.setClosed(vscode.Uri.parse(file), undefined);
    this.shown.clear();
  }

  dispose(): void {
    this.run?.cancel();
    clearTimeout(this.recheckTimer);
    for (const d of this.disposables) d.dispose();
  }
}
