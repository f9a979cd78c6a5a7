import * as vscode from 'vscode';
import { lintText } from '../core/lint/lintFile';
import { Finding } from '../core/lint/types';
import { dirname, relative } from '../core/paths';
import { utf8BomLength } from '../core/text';
import { checkProjectConfigText, CONFIG_INVALID } from '../core/lint/configCheck';
import { effectiveRules } from '../core/lint/lint';
import { isConfigFile, lintSettings, ruleSettings, toDiagnostic } from './convert';
import { SiteFacts } from '../core/site/siteFacts';
import { Site, SiteRegistry } from './sites';

/** How long typing must pause before a document is linted again. */
const LINT_DELAY_MS = 200;

export interface LintedDocument {
  readonly version: number;
  readonly site: Site;
  readonly findings: readonly Finding[];
}

function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  const input = tab.input;
  if (input instanceof vscode.TabInputText) return input.uri;
  if (input instanceof vscode.TabInputTextDiff) return input.modified;
  return undefined;
}

function isShownInTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tabUri(tab)?.toString() === key));
}

function isCandidate(document: vscode.TextDocument): boolean {
  return (document.languageId === 'markdown' || isConfigFile(document.uri)) && document.uri.scheme !== 'untitled' && document.uri.scheme !== 'git' && document.uri.scheme !== 'output';
}

/** `config-invalid` findings on a site's configuration file (its `jekyll_posts:` block). */
export function checkConfigFile(text: string, uri: vscode.Uri, site: Site, byteOrderMark = false): Finding[] {
  if (dirname(uri.path) !== site.root) return [];
  return checkProjectConfigText(text, { severity: effectiveRules(site.config, { rules: ruleSettings(uri) })[CONFIG_INVALID], byteOrderMark });
}

/** Whether the file on disk starts with a UTF-8 byte order mark (an editor's text leaves it out). */
async function startsWithByteOrderMark(site: Site, uri: vscode.Uri): Promise<boolean> {
  const bytes = await site.fs.readFile(uri.path).catch(() => undefined);
  return !!bytes && utf8BomLength(bytes) > 0;
}

/**
 * Lints open Markdown documents that belong to a Jekyll site: on open, after typing pauses (stale
 * results dropped by a generation counter), on site or settings changes; clears a document's
 * diagnostics when it closes or leaves the site.
 */
export class DiagnosticsController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('jekyll-posts');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly generations = new Map<string, number>();
  private readonly results = new Map<string, LintedDocument>();
  private readonly running = new Set<Promise<void>>();
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(
    private readonly sites: SiteRegistry,
    private readonly extensionUri: vscode.Uri,
    /** Site-wide knowledge for the rules that compare posts, when the site index has it. */
    private readonly facts?: (site: Site) => SiteFacts | undefined,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0) this.schedule(e.document, LINT_DELAY_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      // A closed editor tab may keep its document alive for a while; the user has closed the file all the same.
      vscode.window.tabGroups.onDidChangeTabs((e) => {
        for (const tab of e.closed) {
          const uri = tabUri(tab);
          if (uri && !isShownInTab(uri)) this.forget(uri);
        }
        for (const tab of e.opened) {
          const key = tabUri(tab)?.toString();
          const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
          if (document && !this.results.has(key!)) this.schedule(document, 0);
        }
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('jekyllPosts')) this.lintAll();
      }),
      sites.onDidChange(() => this.lintAll()),
    );
    this.lintAll();
  }

  /** The last lint of a document, when it is current. */
  resultFor(document: vscode.TextDocument): LintedDocument | undefined {
    const result = this.results.get(document.uri.toString());
    return result && result.version === document.version ? result : undefined;
  }

  /** The document's current findings, linting it now if the last result is stale. */
  async lintNow(document: vscode.TextDocument): Promise<LintedDocument | undefined> {
    const current = this.resultFor(document);
    if (current) return current;
    const site = await this.sites.siteFor(document.uri);
    if (!site || !isCandidate(document)) return undefined;
    const version = document.version;
    const findings = await this.lintWith(document, site);
    const result = { version, site, findings };
    if (document.version === version) this.results.set(document.uri.toString(), result);
    return result;
  }

  private async lintWith(document: vscode.TextDocument, site: Site): Promise<Finding[]> {
    if (isConfigFile(document.uri)) {
      const text = document.getText();
      return checkConfigFile(text, document.uri, site, await startsWithByteOrderMark(site, document.uri));
    }
    return lintText(document.getText(), relative(site.root, document.uri.path), site.config, {
      rules: ruleSettings(document.uri),
      settings: lintSettings(document.uri),
      site: this.facts?.(site),
    });
  }

  /** Resolves once every scheduled lint has run (for tests and commands that need current results). */
  async whenIdle(): Promise<void> {
    while (this.timers.size > 0 || this.running.size > 0) {
      if (this.running.size > 0) await Promise.all([...this.running]);
      else await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  lintAll(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (!isCandidate(document)) return;
    const key = document.uri.toString();
    const generation = (this.generations.get(key) ?? 0) + 1;
    this.generations.set(key, generation);
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        const run = this.lint(document, generation).finally(() => this.running.delete(run));
        this.running.add(run);
      }, delay),
    );
  }

  private async lint(document: vscode.TextDocument, generation: number): Promise<void> {
    const key = document.uri.toString();
    const site = await this.sites.siteFor(document.uri);
    if (this.generations.get(key) !== generation || document.isClosed) return;
    if (!site) {
      this.collection.delete(document.uri);
      this.results.delete(key);
      return;
    }
    const version = document.version;
    const findings = await this.lintWith(document, site);
    if (this.generations.get(key) !== generation || document.version !== version) return;
    this.results.set(key, { version, site, findings });
    this.collection.set(
      document.uri,
      findings.map((f) => toDiagnostic(document, f, this.extensionUri, site.rootUri)),
    );
  }

  /**
   * Set by the whole-site check: when it answers true for a closed file, it keeps that file's
   * diagnostics (it lints the file from disk) instead of their being cleared.
   */
  keepWhenClosed?: (uri: vscode.Uri) => boolean;

  /** Whether a file's diagnostics come from its editor (an open document this controller lints). */
  isOpen(uri: vscode.Uri): boolean {
    const key = uri.toString();
    if (this.results.has(key) || this.timers.has(key)) return true;
    return vscode.workspace.textDocuments.some((d) => d.uri.toString() === key && !d.isClosed && isCandidate(d) && isShownInTab(d.uri));
  }

  /** Shows diagnostics for a file that is not open (the whole-site check). */
  setClosed(uri: vscode.Uri, diagnostics: readonly vscode.Diagnostic[] | undefined): void {
    if (this.isOpen(uri)) return;
    if (diagnostics?.length) this.collection.set(uri, diagnostics);
    else this.collection.delete(uri);
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
    this.results.delete(key);
    if (!this.keepWhenClosed?.(uri)) this.collection.delete(uri);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const d of this.disposables) d.dispose();
  }
}
