import * as vscode from 'vscode';
import { DiagnosticsController } from './diagnostics';
import { SiteRegistry } from './sites';

/** Wiring only: each feature lives in its own module and receives what it needs. */
export function activate(context: vscode.ExtensionContext): void {
  const sites = new SiteRegistry();
  const diagnostics = new DiagnosticsController(sites, context.extensionUri);
  context.subscriptions.push(sites, diagnostics);
}

export function deactivate(): void {}
