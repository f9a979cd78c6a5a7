import * as vscode from 'vscode';
import { FixProvider, RENAME_COMMAND, renamePost } from './codeActions';
import { DiagnosticsController } from './diagnostics';
import { SiteRegistry } from './sites';

/** Wiring only: each feature lives in its own module and receives what it needs. */
export function activate(context: vscode.ExtensionContext): JekyllPostsApi {
  const sites = new SiteRegistry();
  const diagnostics = new DiagnosticsController(sites, context.extensionUri);
  context.subscriptions.push(
    sites,
    diagnostics,
    vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, new FixProvider(diagnostics), FixProvider.metadata),
    vscode.commands.registerCommand(RENAME_COMMAND, renamePost),
  );
  return {
    whenIdle: () => diagnostics.whenIdle(),
    siteRoot: async (uri) => (await sites.siteFor(uri))?.rootUri,
  };
}

/** What the extension exports to other extensions and to its integration tests. */
export interface JekyllPostsApi {
  /** Resolves when every pending lint has finished. */
  whenIdle(): Promise<void>;
  /** The root of the Jekyll site a file belongs to, if any. */
  siteRoot(uri: vscode.Uri): Promise<vscode.Uri | undefined>;
}

export function deactivate(): void {}
