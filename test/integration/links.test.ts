import * as assert from 'assert';
import * as vscode from 'vscode';
import type { JekyllPostsApi } from '../../src/vscode/extension';
import { activate, closeAllEditors, code, diagnosticsWhere, open, siteUri, writeIndexed } from './util';

describe('links in the editor', () => {
  let api: JekyllPostsApi;
  before(async () => {
    api = await activate();
  });
  afterEach(closeAllEditors);

  it('shows link-broken on a link to no URL of the site, and its fix writes the nearest URL', async function () {
    this.timeout(40_000);
    await api.indexReady(siteUri('_config.yml'));
    const uri = await writeIndexed(api, '_posts/2016-01-04-lien-casse.md', '---\ntitle: Lien cassé\nlang: fr\npermalink: /fr/lien-casse/\n---\n\nVoir [le billet](/fr/retours-sur-dotscale-201/) et [celui-ci](/fr/retours-sur-dotscale-2014/).\n');
    const { document } = await open(uri);
    const diagnostics = await diagnosticsWhere(uri, (d) => d.some((x) => code(x) === 'link-broken'), 20_000);
    const broken = diagnostics.filter((x) => code(x) === 'link-broken');
    assert.strictEqual(broken.length, 1, broken.map((d) => document.getText(d.range)).join(', '));
    assert.strictEqual(broken[0].severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(document.getText(broken[0].range), '/fr/retours-sur-dotscale-201/');
    assert.strictEqual(broken[0].range.start.line, 6);
    const fixes = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, broken[0].range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const fix = fixes.find((f) => f.title === 'Link to `/fr/retours-sur-dotscale-2014/`');
    assert.ok(fix?.edit, `quick fixes: ${fixes.map((f) => f.title).join(', ') || 'none'}`);
    assert.ok(!fix.isPreferred, 'a fix that changes the site is never preferred');
    assert.ok(fixes.some((f) => f.title === 'Link with `{% post_url 2014-06-04-retours-sur-dotscale-2014 %}` (Jekyll checks it at every build)'), fixes.map((f) => f.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.strictEqual(document.lineAt(6).text, 'Voir [le billet](/fr/retours-sur-dotscale-2014/) et [celui-ci](/fr/retours-sur-dotscale-2014/).');
    await diagnosticsWhere(uri, (d) => !d.some((x) => code(x) === 'link-broken'), 20_000);
  });
});
