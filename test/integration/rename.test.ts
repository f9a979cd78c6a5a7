import * as assert from 'assert';
import * as vscode from 'vscode';
import type { JekyllPostsApi } from '../../src/vscode/extension';
import type { RenameOutcome } from '../../src/vscode/commands/renamePost';
import { activate, closeAllEditors, open, removeSiteFiles, siteUri, writeIndexed } from './util';

const TARGET = '---\ntitle: Renomme-moi\nlang: fr\n# a comment that stays\npermalink: "/fr/renomme-moi/"\n---\n\nTexte.\n';
const LINKING = '---\ntitle: Qui pointe\nlang: fr\npermalink: /fr/qui-pointe/\n---\n\nVoir [le billet]({% post_url 2016-02-01-renomme-moi %}) et [encore](/fr/renomme-moi/#texte).\n';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

describe('renaming a post', () => {
  let api: JekyllPostsApi;
  before(async () => {
    api = await activate();
  });
  afterEach(async () => {
    await vscode.workspace.saveAll(false);
    await closeAllEditors();
  });
  // The posts written here would change the conventions later suites read from the newest posts.
  after(() =>
    removeSiteFiles(api, ['2016-02-01-renomme-moi', '2016-02-01-nouveau-nom', '2016-02-02-qui-pointe', '2016-03-01-un', '2016-03-01-deux', '2016-04-01-cible-f2', '2016-04-02-vers-f2'].map((n) => `_posts/${n}.md`)),
  );

  it('"Jekyll: Rename post" renames the file and its permalink, rewrites the links of another post, adds redirect_from, and one undo restores everything', async function () {
    this.timeout(60_000);
    await api.indexReady(siteUri('_config.yml'));
    const from = await writeIndexed(api, '_posts/2016-02-01-renomme-moi.md', TARGET);
    const linking = await writeIndexed(api, '_posts/2016-02-02-qui-pointe.md', LINKING);
    const to = siteUri('_posts', '2016-02-01-nouveau-nom.md');
    const linkingEditor = await open(linking);
    const outcome = await vscode.commands.executeCommand<RenameOutcome | undefined>('jekyllPosts.renamePostEverywhere', from, { name: 'nouveau-nom', redirect: true });
    assert.ok(outcome?.applied, 'the edit was applied');
    assert.strictEqual(outcome.plan.oldUrl, '/fr/renomme-moi/');
    assert.strictEqual(outcome.plan.newUrl, '/fr/nouveau-nom/');
    // One WorkspaceEdit: the text edits of both files and the rename.
    assert.deepStrictEqual(outcome.edit.entries().map(([uri]) => vscode.workspace.asRelativePath(uri)).sort(), ['_posts/2016-02-01-renomme-moi.md', '_posts/2016-02-02-qui-pointe.md']);
    assert.strictEqual(await exists(from), false, 'the old file is gone');
    assert.strictEqual((await vscode.workspace.openTextDocument(to)).getText(), '---\ntitle: Renomme-moi\nlang: fr\n# a comment that stays\npermalink: "/fr/nouveau-nom/"\nredirect_from: [/fr/renomme-moi/]\n---\n\nTexte.\n');
    assert.strictEqual(linkingEditor.document.getText(), LINKING.replace('post_url 2016-02-01-renomme-moi', 'post_url 2016-02-01-nouveau-nom').replace('(/fr/renomme-moi/#texte)', '(/fr/nouveau-nom/#texte)'));
    // One undo, from the editor of the other post, takes back the whole edit: both texts and the rename.
    await vscode.window.showTextDocument(linkingEditor.document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(linkingEditor.document.getText(), LINKING);
    assert.strictEqual(await exists(to), false, 'the new file is gone after undo');
    assert.strictEqual((await vscode.workspace.openTextDocument(from)).getText(), TARGET);
  });

  it('refuses to rename over an existing post, and writes nothing', async function () {
    this.timeout(30_000);
    await api.indexReady(siteUri('_config.yml'));
    const from = await writeIndexed(api, '_posts/2016-03-01-un.md', '---\ntitle: Un\nlang: fr\n---\n\nUn.\n');
    await writeIndexed(api, '_posts/2016-03-01-deux.md', '---\ntitle: Deux\nlang: fr\n---\n\nVers [un]({% post_url 2016-03-01-un %}).\n');
    const outcome = await vscode.commands.executeCommand<RenameOutcome | undefined>('jekyllPosts.renamePostEverywhere', from, { name: 'deux', redirect: false });
    assert.strictEqual(outcome, undefined);
    assert.ok(await exists(from));
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(siteUri('_posts', '2016-03-01-deux.md'))), '---\ntitle: Deux\nlang: fr\n---\n\nVers [un]({% post_url 2016-03-01-un %}).\n');
  });

  it('F2 on the slug of permalink: renames the URL and the links to it follow', async function () {
    this.timeout(30_000);
    await api.indexReady(siteUri('_config.yml'));
    const target = await writeIndexed(api, '_posts/2016-04-01-cible-f2.md', '---\ntitle: Cible\nlang: fr\npermalink: /fr/cible-f2/\n---\n\nTexte.\n');
    const linking = await writeIndexed(api, '_posts/2016-04-02-vers-f2.md', '---\ntitle: Vers\nlang: fr\n---\n\n[Cible](/fr/cible-f2/)\n');
    const editor = await open(target);
    // Published in 2016: the redirect is added as the setting says (F2 then asks nothing).
    await vscode.workspace.getConfiguration('jekyllPosts').update('rename.redirectFrom', 'always', vscode.ConfigurationTarget.Workspace);
    const position = new vscode.Position(3, 16);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', target, position, 'cible-renommee');
    assert.ok(edit, 'the rename provider answers');
    const byFile = new Map(edit.entries().map(([uri, edits]) => [vscode.workspace.asRelativePath(uri), edits.map((e) => e.newText)]));
    await vscode.workspace.getConfiguration('jekyllPosts').update('rename.redirectFrom', undefined, vscode.ConfigurationTarget.Workspace);
    assert.deepStrictEqual(byFile.get('_posts/2016-04-01-cible-f2.md'), ['/fr/cible-renommee/', 'redirect_from: [/fr/cible-f2/]\n']);
    assert.deepStrictEqual(byFile.get('_posts/2016-04-02-vers-f2.md'), ['/fr/cible-renommee/']);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.strictEqual(editor.document.getText(), '---\ntitle: Cible\nlang: fr\npermalink: /fr/cible-renommee/\nredirect_from: [/fr/cible-f2/]\n---\n\nTexte.\n');
    assert.ok(linking);
  });
});
