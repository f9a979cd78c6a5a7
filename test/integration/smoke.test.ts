import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'jekyll-posts.jekyll-posts';
const SEED_POST = ['_posts', '2014-06-04-retours-sur-dotscale-2014.md'];

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

describe('smoke', () => {
  it('activates the extension on the seed post', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'a workspace folder is open');
    const uri = vscode.Uri.joinPath(folder.uri, ...SEED_POST);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'markdown');

    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is loaded`);
    assert.ok(await waitFor(() => ext.isActive, 15_000), `${EXTENSION_ID} became active`);
  });
});
