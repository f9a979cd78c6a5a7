import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAllEditors, code, diagnosticsWhere, open, readSiteFile, siteUri, writeSiteFile } from './util';

function rangeText(document: vscode.TextDocument, d: vscode.Diagnostic): string {
  return document.getText(d.range);
}

async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value)) ?? [];
}

describe('front matter rules in the editor', () => {
  before(activate);
  afterEach(closeAllEditors);

  it('shows date-invalid on the date and its quick fix writes the corrected date', async () => {
    const text = "---\ntitle: Mauvaise date\nlang: fr\npermalink: /fr/mauvaise-date/\ndate: '4 juin 2014'\n---\n\nCorps.\n";
    const uri = await writeSiteFile('_posts/2014-06-04-mauvaise-date.md', text);
    const { document } = await open(uri);
    const diagnostics = await diagnosticsWhere(uri, (d) => d.some((x) => code(x) === 'date-invalid'));
    const diagnostic = diagnostics.find((x) => code(x) === 'date-invalid')!;
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(rangeText(document, diagnostic), "'4 juin 2014'");
    assert.strictEqual(diagnostic.range.start.line, 4);
    const fixes = await quickFixes(uri, diagnostic.range);
    const preferred = fixes.find((a) => a.isPreferred && a.title === 'Use `2014-06-04`');
    assert.ok(preferred?.edit, `a preferred fix among ${fixes.map((f) => f.title).join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(preferred.edit));
    assert.strictEqual(document.getText(), text.replace("'4 juin 2014'", "'2014-06-04'"));
    await document.save();
    assert.strictEqual(await readSiteFile('_posts/2014-06-04-mauvaise-date.md'), text.replace("'4 juin 2014'", "'2014-06-04'"));
    await diagnosticsWhere(uri, (d) => !d.some((x) => code(x) === 'date-invalid'));
  });

  it('shows permalink-lang-mismatch on the language prefix of a French post with an English URL', async () => {
    const uri = await writeSiteFile('_posts/2015-04-01-prefixe.md', '---\ntitle: Préfixe\nlang: fr\npermalink: /en/prefixe/\ndate: 2015-04-01\n---\n\nCorps.\n');
    const { document } = await open(uri);
    const diagnostics = await diagnosticsWhere(uri, (d) => d.some((x) => code(x) === 'permalink-lang-mismatch'));
    const diagnostic = diagnostics.find((x) => code(x) === 'permalink-lang-mismatch')!;
    assert.strictEqual(rangeText(document, diagnostic), 'en');
    assert.deepStrictEqual([diagnostic.range.start.line, diagnostic.range.start.character], [3, 12]);
  });

  it('shows author-unknown on a mistyped login, with the right login as a fix', async () => {
    const uri = await writeSiteFile('_posts/2015-04-02-auteur.md', '---\ntitle: Auteur\nlang: fr\npermalink: /fr/auteur/\nauthors:\n  - mari\ndate: 2015-04-02\n---\n\nCorps.\n');
    const { document } = await open(uri);
    const diagnostics = await diagnosticsWhere(uri, (d) => d.some((x) => code(x) === 'author-unknown'), 20_000);
    const diagnostic = diagnostics.find((x) => code(x) === 'author-unknown')!;
    assert.strictEqual(rangeText(document, diagnostic), 'mari');
    const fixes = await quickFixes(uri, diagnostic.range);
    assert.ok(fixes.some((f) => f.title.includes('marie')), fixes.map((f) => f.title).join(', '));
  });

  it('shows tags-format on comma-separated tags', async () => {
    const uri = await writeSiteFile('_posts/2015-04-03-tags.md', '---\ntitle: Tags\nlang: en\npermalink: /en/tags/\ntags: php, symfony\ndate: 2015-04-03\n---\n\nBody.\n');
    const { document } = await open(uri);
    const diagnostics = await diagnosticsWhere(uri, (d) => d.some((x) => code(x) === 'tags-format'));
    const diagnostic = diagnostics.find((x) => code(x) === 'tags-format')!;
    assert.strictEqual(rangeText(document, diagnostic), 'php, symfony');
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('fixes several problems at once with source.fixAll.jekyllPosts, keeping CRLF and the BOM, and leaves the fixes that change the site to the author', async () => {
    const before = "\ufeff---\r\ntitle: Tout corriger # un commentaire\r\ntitle: Tout corriger\r\nlang: fr\r\npermalink: /en/tout-corriger/\r\ndate: '2015-13-45'\r\ntags: php, symfony\r\n---\r\n\r\nCorps.\r\n";
    // The duplicate key and the date that stopped the build are fixed; the permalink's prefix (the URL) and the tags (`php,`) are not.
    const after = "\ufeff---\r\ntitle: Tout corriger\r\nlang: fr\r\npermalink: /en/tout-corriger/\r\ndate: '2015-04-04'\r\ntags: php, symfony\r\n---\r\n\r\nCorps.\r\n";
    const uri = await writeSiteFile('_posts/2015-04-04-tout-corriger.md', before);
    const { document } = await open(uri);
    await diagnosticsWhere(uri, (d) => ['duplicate-key', 'date-invalid', 'permalink-lang-mismatch', 'tags-format'].every((rule) => d.some((x) => code(x) === rule)));
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, whole, 'source.fixAll.jekyllPosts')) ?? [];
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.jekyllPosts');
    assert.ok(fixAll?.edit, 'a fix-all action');
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    // The editor keeps the BOM out of the text and writes it back on save.
    assert.strictEqual(document.getText(), after.slice(1));
    await document.save();
    assert.strictEqual(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(uri)), after);
    await diagnosticsWhere(uri, (d) => !d.some((x) => ['date-invalid', 'duplicate-key'].includes(code(x) ?? '')) && ['permalink-lang-mismatch', 'tags-format'].every((rule) => d.some((x) => code(x) === rule)));
  });

  it('undoes a quick fix in one step', async () => {
    const text = '---\ntitle: Annuler\nlang: fr\npermalink: /fr/annuler/\ntags: a, b\ndate: 2015-04-05\n---\n';
    const uri = await writeSiteFile('_posts/2015-04-05-annuler.md', text);
    const { document } = await open(uri);
    const [diagnostic] = (await diagnosticsWhere(uri, (d) => d.some((x) => code(x) === 'tags-format'))).filter((x) => code(x) === 'tags-format');
    const fix = (await quickFixes(uri, diagnostic.range)).find((a) => a.isPreferred && a.edit)!;
    await vscode.workspace.applyEdit(fix.edit!);
    assert.notStrictEqual(document.getText(), text);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), text);
  });
});
