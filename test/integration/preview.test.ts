import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAllEditors, siteUri } from './util';

const SEED_POST = '_posts/2014-06-04-retours-sur-dotscale-2014.md';

describe('the preview', () => {
  after(closeAllEditors);

  it('opens beside the seed post with its rendered body, card and URL, and follows an edit', async function () {
    this.timeout(60_000);
    const api = await activate();
    const uri = siteUri(...SEED_POST.split('/'));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const first = new Promise<void>((resolve) => {
      const sub = api.onDidRenderPreview((s) => { if (s.uri === uri.toString()) { sub.dispose(); resolve(); } });
    });
    await vscode.commands.executeCommand('jekyllPosts.preview.openToSide');
    await first;
    // The render above was sent to the preview's page: the panel is open on this post.
    const shown = api.previewRendered();
    assert.ok(shown, 'the preview rendered');
    assert.strictEqual(shown.uri, uri.toString());
    assert.match(shown.contentHtml, /<strong>Laurence Moroney<\/strong>/);
    assert.match(shown.headerHtml, /\/fr\/retours-sur-dotscale-2014\//);

    const updated = new Promise<string>((resolve) => {
      const sub = api.onDidRenderPreview((s) => { if (s.contentHtml.includes('Ajouté dans l’éditeur')) { sub.dispose(); resolve(s.contentHtml); } });
    });
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((b) => b.insert(end, '\n\nAjouté dans l’éditeur.\n'));
    assert.match(await updated, /<p[^>]*>Ajouté dans l’éditeur\.<\/p>/);
    await vscode.commands.executeCommand('undo');
  });
});
