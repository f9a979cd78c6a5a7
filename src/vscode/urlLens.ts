import * as vscode from 'vscode';
import { documentIndexes, groupOf, summarize } from '../core/site/documents';
import { parseFrontMatter } from '../core/site/frontMatter';
import { documentVerdict } from '../core/site/siteModel';
import { relative } from '../core/paths';
import { ADD_TRANSLATION } from './commands/newPost';
import { toRange } from './convert';
import { IndexService } from './indexService';
import { SiteRegistry } from './sites';

export const OPEN_TRANSLATION = 'jekyllPosts.openTranslation';
export const COPY_URL = 'jekyllPosts.copyUrl';

/**
 * Shows a post's URL as Jekyll will compute it above its `permalink` line (or its first front
 * matter line), with its other-language versions and a command to open each.
 */
export class UrlLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly sites: SiteRegistry,
    private readonly indexes: IndexService,
  ) {
    this.subscription = indexes.onDidUpdate(() => this.changed.fire());
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const site = await this.sites.siteFor(document.uri);
    if (!site) return [];
    const text = document.getText();
    const frontMatter = parseFrontMatter(text);
    if (!frontMatter.block.closed) return [];
    const rel = relative(site.root, document.uri.path);
    const verdict = documentVerdict(rel, text, site.config, { now: new Date(), drafts: false, machineZone: Intl.DateTimeFormat().resolvedOptions().timeZone }, undefined, frontMatter);
    if (!verdict?.url) return [];
    const anchor = frontMatter.fields.get('permalink')?.keyRange ?? frontMatter.block.openRange;
    const range = toRange(document, anchor);
    const status = verdict.written
      ? ''
      : verdict.reason === 'future date'
        ? vscode.l10n.t(' (not published before its date)')
        : verdict.reason === 'draft'
          ? vscode.l10n.t(' (draft)')
          : vscode.l10n.t(' (not published)');
    const lenses = [new vscode.CodeLens(range, { title: vscode.l10n.t('URL: {0}{1}', verdict.url, status), command: COPY_URL, arguments: [verdict.url], tooltip: vscode.l10n.t('Copy the URL') })];
    const index = this.indexes.readyIndex(site);
    const own = summarize(verdict);
    if (index && own.lang && verdict.kind === 'post') {
      const indexes = documentIndexes(index.siteDocuments, vscode.workspace.getConfiguration('jekyllPosts', document.uri).get<string>('translationKey') || undefined);
      const group = groupOf(own, indexes.link);
      const others = group === undefined ? [] : (indexes.byTranslation.get(group) ?? []).filter((d) => d.path !== rel && d.lang !== own.lang);
      for (const other of others) {
        lenses.push(
          new vscode.CodeLens(range, {
            title: vscode.l10n.t('{0} version: {1}', other.lang ?? '?', other.url ?? other.path),
            command: OPEN_TRANSLATION,
            arguments: [site.fs.toUri(`${site.root}/${other.path}`)],
            tooltip: vscode.l10n.t('Open {0}', other.path),
          }),
        );
      }
      const languages = [...index.languages.keys()].filter((l) => l !== own.lang && !others.some((o) => o.lang === l));
      if (indexes.link && languages.length > 0) {
        for (const lang of languages) {
          lenses.push(new vscode.CodeLens(range, { title: vscode.l10n.t('Add the {0} version', lang), command: ADD_TRANSLATION, arguments: [{ uri: document.uri, lang }] }));
        }
      }
    }
    return lenses;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

export async function openTranslation(uri: vscode.Uri): Promise<void> {
  await vscode.window.showTextDocument(uri, { preview: false });
}

export async function copyUrl(url: string): Promise<void> {
  await vscode.env.clipboard.writeText(url);
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Copied {0}', url), 3000);
}
