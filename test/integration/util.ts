import * as assert from 'assert';
import * as vscode from 'vscode';
import type { JekyllPostsApi } from '../../src/vscode/extension';

export const EXTENSION_ID = 'jekyll-posts.jekyll-posts';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return folder.uri;
}

export function siteUri(...segments: string[]): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...segments);
}

/** Writes a file into the workspace (a temporary copy of a fixture site). */
export async function writeSiteFile(relativePath: string, text: string): Promise<vscode.Uri> {
  const uri = siteUri(...relativePath.split('/'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** Waits for `promise`, or fails with `message` after `ms`. */
export async function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Writes a file and waits until the site index has taken it in. */
export async function writeIndexed(api: JekyllPostsApi, relativePath: string, text: string): Promise<vscode.Uri> {
  const uri = siteUri(...relativePath.split('/'));
  const indexed = api.whenIndexed(uri);
  await writeSiteFile(relativePath, text);
  // Bounded, so a change the index never takes in fails naming the file, not as a hook's time-out.
  await within(indexed, 30_000, `the site index did not take in ${relativePath} within 30 s`);
  return uri;
}

export async function readSiteFile(relativePath: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(siteUri(...relativePath.split('/'))));
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'jekyll-posts');
}

/** Waits, on diagnostics events (not fixed sleeps), until the document's diagnostics satisfy `accept`. */
export function diagnosticsWhere(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean, timeoutMs = 10_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const current = ours(uri);
      if (accept(current)) {
        cleanup();
        resolve(current);
        return true;
      }
      return false;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`timed out waiting for diagnostics on ${uri.path}; last: ${JSON.stringify(ours(uri).map(describe))}`));
    }, timeoutMs);
    function cleanup(): void {
      subscription.dispose();
      clearTimeout(timer);
    }
    check();
  });
}

export function code(diagnostic: vscode.Diagnostic): string | undefined {
  const c = diagnostic.code;
  return typeof c === 'object' && c !== null ? String(c.value) : c === undefined ? undefined : String(c);
}

export function describe(d: vscode.Diagnostic): string {
  return `${code(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`;
}

/** Makes sure the extension is active (it activates on Markdown files) and returns its API. */
export async function activate(): Promise<JekyllPostsApi> {
  const extension = vscode.extensions.getExtension<JekyllPostsApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  return extension.activate();
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * Deletes files a suite wrote into the shared fixture copy (those that exist), each change taken in
 * by the site index (or 5 s), so later suites see the fixture's own posts again.
 */
export async function removeSiteFiles(api: JekyllPostsApi, relativePaths: readonly string[]): Promise<void> {
  for (const rel of relativePaths) {
    const uri = siteUri(...rel.split('/'));
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      continue;
    }
    const indexed = api.whenIndexed(uri);
    await vscode.workspace.fs.delete(uri, { recursive: true });
    await Promise.race([indexed, new Promise((resolve) => setTimeout(resolve, 5000))]);
  }
}
