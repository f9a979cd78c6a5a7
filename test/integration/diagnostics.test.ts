import * as assert from 'assert';
import * as vscode from 'vscode';
import type { JekyllPostsApi } from '../../src/vscode/extension';
import { activate, closeAllEditors, code, diagnosticsWhere, open, ours, siteUri, writeSiteFile } from './util';

describe('front matter diagnostics', () => {
  let api: JekyllPostsApi;
  before(async () => {
    api = await activate();
  });
  afterEach(closeAllEditors);

  it('shows front-matter-syntax at the unclosed value of a post with a YAML error', async () => {
    const uri = await writeSiteFile('_posts/2020-02-02-yaml-error.md', '---\nlayout: post\ntitle: [unclosed\nlang: en\n---\n\nBody.\n');
    await open(uri);
    const [diagnostic] = await diagnosticsWhere(uri, (d) => d.length > 0);
    assert.strictEqual(code(diagnostic), 'front-matter-syntax');
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(diagnostic.source, 'jekyll-posts');
    assert.deepStrictEqual(
      [diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.line, diagnostic.range.end.character],
      [2, 7, 2, 16],
    );
    const target = (diagnostic.code as { target: vscode.Uri }).target;
    assert.match(target.path, /\/docs\/rules\/front-matter-syntax\.md$/);
    await vscode.workspace.fs.stat(target);
  });

  it('shows no error on the seed post', async () => {
    const uri = siteUri('_posts', '2014-06-04-retours-sur-dotscale-2014.md');
    const editor = await open(uri);
    // Type a duplicate key then undo it: the diagnostics appear and then clear, which proves the post was linted.
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'lang: en\n'));
    await diagnosticsWhere(uri, (d) => d.some((x) => code(x) === 'duplicate-key'));
    await vscode.commands.executeCommand('undo');
    const after = await diagnosticsWhere(uri, (d) => !d.some((x) => code(x) === 'duplicate-key'));
    assert.deepStrictEqual(after.filter((d) => d.severity === vscode.DiagnosticSeverity.Error), []);
  });

  it('updates as you type, and clears when the mistake is fixed', async () => {
    const uri = await writeSiteFile('_posts/2020-02-03-typing.md', '---\ntitle: Typing\n---\n\nBody.\n');
    const editor = await open(uri);
    await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'title: Again\n'));
    const diagnostics = await diagnosticsWhere(uri, (d) => d.some((x) => code(x) === 'duplicate-key'));
    const dup = diagnostics.find((x) => code(x) === 'duplicate-key')!;
    assert.strictEqual(dup.range.start.line, 2);
    assert.strictEqual(dup.relatedInformation?.[0].location.range.start.line, 1);
    await editor.edit((b) => b.delete(new vscode.Range(1, 0, 2, 0)));
    await diagnosticsWhere(uri, (d) => !d.some((x) => code(x) === 'duplicate-key'));
  });

  it('clears a file’s diagnostics when it is closed', async () => {
    const uri = await writeSiteFile('_posts/2020-02-04-closing.md', '---\ntitle: [x\n---\n');
    await open(uri);
    await diagnosticsWhere(uri, (d) => d.length === 1);
    await closeAllEditors();
    await diagnosticsWhere(uri, (d) => d.length === 0, 15_000);
    assert.deepStrictEqual(ours(uri), []);
  });

  it('leaves Markdown files outside a Jekyll site alone', async () => {
    const uri = await writeSiteFile('notes/README.md', '---\ntitle: [x\n---\n');
    // notes/ is inside the site folder, so it is a page of the site; a file outside any site has no _config.yml above it.
    await open(uri);
    await diagnosticsWhere(uri, (d) => d.length === 1);
    const outside = vscode.Uri.joinPath(siteUri(), '..', `outside-${Date.now()}.md`);
    await vscode.workspace.fs.writeFile(outside, new TextEncoder().encode('---\ntitle: [x\n---\n'));
    const doc = await vscode.workspace.openTextDocument(outside);
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(await api.siteRoot(outside), undefined);
    await api.whenIdle();
    assert.deepStrictEqual(ours(outside), []);
    await vscode.workspace.fs.delete(outside);
  });
});
