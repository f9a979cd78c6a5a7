import * as assert from 'assert';
import * as vscode from 'vscode';
import type { JekyllPostsApi } from '../../src/vscode/extension';
import { activate, closeAllEditors, code, diagnosticsWhere, open, siteUri, writeIndexed } from './util';

describe('URLs, conflicts and translations', () => {
  let api: JekyllPostsApi;
  before(async () => {
    api = await activate();
  });
  afterEach(closeAllEditors);

  it('shows permalink-conflict on both posts sharing a permalink, each naming the other', async function () {
    this.timeout(40_000);
    await api.indexReady(siteUri('_config.yml'));
    const a = await writeIndexed(api, '_posts/2016-01-01-meme-url.md', '---\ntitle: Même URL\nlang: fr\npermalink: /fr/meme-url/\n---\n\nA.\n');
    const b = await writeIndexed(api, '_posts/2016-01-02-meme-url-bis.md', '---\ntitle: Même URL bis\nlang: fr\npermalink: /fr/meme-url/\n---\n\nB.\n');
    await open(a);
    await open(b);
    for (const [uri, other] of [[a, b], [b, a]] as const) {
      const diagnostics = await diagnosticsWhere(uri, (d) => d.some((x) => code(x) === 'permalink-conflict'), 20_000);
      const conflict = diagnostics.find((x) => code(x) === 'permalink-conflict')!;
      assert.strictEqual(conflict.severity, vscode.DiagnosticSeverity.Error);
      assert.strictEqual(conflict.range.start.line, 3);
      assert.ok(conflict.relatedInformation?.some((r) => r.location.uri.path === other.path), JSON.stringify(conflict.relatedInformation?.map((r) => r.location.uri.path)));
    }
  });

  it('shows post-url-broken on a {% post_url %} naming no post', async () => {
    await api.indexReady(siteUri('_config.yml'));
    const uri = await writeIndexed(api, '_posts/2016-01-03-lien.md', '---\ntitle: Lien\nlang: fr\npermalink: /fr/lien/\n---\n\nVoir {% post_url 2014-06-04-retours-sur-dotscale %}.\n');
    const { document } = await open(uri);
    const diagnostics = await diagnosticsWhere(uri, (d) => d.some((x) => code(x) === 'post-url-broken'), 20_000);
    const broken = diagnostics.find((x) => code(x) === 'post-url-broken')!;
    assert.strictEqual(document.getText(broken.range), '2014-06-04-retours-sur-dotscale');
    const fixes = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, broken.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    assert.ok(fixes.some((f) => f.title === 'Use `2014-06-04-retours-sur-dotscale-2014`'), fixes.map((f) => f.title).join(', '));
  });

  it('shows the URL in a CodeLens whose translation command opens the other-language version', async () => {
    await api.indexReady(siteUri('_config.yml'));
    const fr = await writeIndexed(api, '_posts/2016-02-01-traduit.md', '---\ntitle: Traduit\nlang: fr\nref: traduit\npermalink: /fr/traduit/\n---\n\nFR.\n');
    const en = await writeIndexed(api, '_posts/2016-02-01-translated.md', '---\ntitle: Translated\nlang: en\nref: traduit\npermalink: /en/translated/\n---\n\nEN.\n');
    await open(fr);
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', fr, 10)) ?? [];
    const titles = lenses.map((l) => l.command?.title);
    assert.ok(titles.includes('URL: /fr/traduit/'), JSON.stringify(titles));
    const translation = lenses.find((l) => l.command?.title === 'en version: /en/translated/');
    assert.ok(translation?.command, JSON.stringify(titles));
    const opened = new Promise<vscode.TextEditor | undefined>((resolve) => {
      const subscription = vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor?.document.uri.path === en.path) {
          subscription.dispose();
          resolve(editor);
        }
      });
    });
    await vscode.commands.executeCommand(translation.command.command, ...(translation.command.arguments ?? []));
    const editor = await opened;
    assert.strictEqual(editor?.document.uri.path, en.path);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.path, siteUri('_posts', '2016-02-01-translated.md').path);
  });
});
