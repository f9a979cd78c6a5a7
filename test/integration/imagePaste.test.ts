import * as assert from 'assert';
import * as vscode from 'vscode';
import type { JekyllPostsApi } from '../../src/vscode/extension';
import { activate, closeAllEditors, open, removeSiteFiles, siteUri, writeIndexed, writeSiteFile } from './util';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5]);

/** A DataTransfer holding one image file, as a paste of a screenshot or a drop from the desktop carries it. */
function imageTransfer(name: string, bytes: Uint8Array): vscode.DataTransfer {
  const transfer = new vscode.DataTransfer();
  const item = new vscode.DataTransferItem('');
  item.asFile = () => ({ name, uri: undefined, data: async () => bytes });
  transfer.set('image/png', item);
  return transfer;
}

describe('pasting and dropping an image into a post', () => {
  let api: JekyllPostsApi;
  before(async () => {
    api = await activate();
    await api.indexReady(siteUri('_config.yml'));
    // The site's convention, from its newest posts: a folder per post, written with relative_url.
    await writeIndexed(api, '_posts/2016-05-01-avec-image.md', "---\ntitle: Avec image\nlang: fr\n---\n\n![a]({{ '/assets/images/posts/avec-image/a.png' | relative_url }})\n");
    await writeIndexed(api, '_posts/2016-05-02-autre-image.md', "---\ntitle: Autre\nlang: fr\n---\n\n![b]({{ '/assets/images/posts/autre-image/b.png' | relative_url }})\n");
  });
  afterEach(async () => {
    await vscode.workspace.saveAll(false);
    await closeAllEditors();
  });
  // The posts written here would change the conventions later suites read from the newest posts.
  after(() => removeSiteFiles(api, ['_posts/2016-05-01-avec-image.md', '_posts/2016-05-02-autre-image.md', '_posts/2016-05-03-colle.md', '_posts/2016-05-04-depose.md', 'assets/images/posts']));

  it('paste (VS Code 1.97+): saves the image under the site\'s folder for this post, next to an existing file, and inserts Markdown in the site\'s style', async function () {
    this.timeout(30_000);
    assert.ok('registerDocumentPasteEditProvider' in vscode.languages, `VS Code ${vscode.version} has the paste edit API`);
    const uri = await writeIndexed(api, '_posts/2016-05-03-colle.md', '---\ntitle: Colle\nlang: fr\n---\n\nAvant.\n');
    // A file of that name is there already: it must stay as it is.
    await writeSiteFile('assets/images/posts/colle/capture.png', 'existing');
    const editor = await open(uri);
    const at = new vscode.Position(5, 7);
    const source = new vscode.CancellationTokenSource();
    const edits = await api.imageEdits.provideDocumentPasteEdits(editor.document, [new vscode.Range(at, at)], imageTransfer('capture.png', PNG), { triggerKind: 0 }, source.token);
    assert.ok(edits && edits.length === 1, 'one paste edit');
    const [edit] = edits;
    assert.strictEqual(edit.insertText, "![capture 1]({{ '/assets/images/posts/colle/capture-1.png' | relative_url }})");
    assert.strictEqual(edit.kind?.value, 'jekyllPosts.image');
    // What VS Code does with a paste edit: its additional edit, then the text at the cursor.
    assert.ok(edit.additionalEdit && (await vscode.workspace.applyEdit(edit.additionalEdit)));
    assert.ok(await editor.edit((b) => b.insert(at, edit.insertText as string)));
    assert.deepStrictEqual([...(await vscode.workspace.fs.readFile(siteUri('assets', 'images', 'posts', 'colle', 'capture-1.png')))], [...PNG]);
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(siteUri('assets', 'images', 'posts', 'colle', 'capture.png'))), 'existing');
    assert.strictEqual(editor.document.getText(), "---\ntitle: Colle\nlang: fr\n---\n\nAvant.![capture 1]({{ '/assets/images/posts/colle/capture-1.png' | relative_url }})\n");
  });

  it('drop (VS Code 1.73+): the same placement, the next free name', async function () {
    this.timeout(30_000);
    const uri = await writeIndexed(api, '_posts/2016-05-04-depose.md', '---\ntitle: Dépose\nlang: fr\n---\n\n');
    await writeSiteFile('assets/images/posts/depose/schema.png', 'existing');
    await writeSiteFile('assets/images/posts/depose/schema-1.png', 'existing');
    const editor = await open(uri);
    const source = new vscode.CancellationTokenSource();
    const edit = await api.imageEdits.provideDocumentDropEdits(editor.document, new vscode.Position(5, 0), imageTransfer('schema.png', PNG), source.token);
    assert.ok(edit?.additionalEdit);
    assert.strictEqual(edit.insertText, "![schema 2]({{ '/assets/images/posts/depose/schema-2.png' | relative_url }})");
    assert.ok(await vscode.workspace.applyEdit(edit.additionalEdit));
    assert.deepStrictEqual([...(await vscode.workspace.fs.readFile(siteUri('assets', 'images', 'posts', 'depose', 'schema-2.png')))], [...PNG]);
  });
});
