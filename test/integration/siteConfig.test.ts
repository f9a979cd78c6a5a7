import * as assert from 'assert';
import * as vscode from 'vscode';
import type { JekyllPostsApi } from '../../src/vscode/extension';
import { activate, closeAllEditors, code, describe as describeDiagnostic, diagnosticsWhere, open, ours, readSiteFile, siteUri, writeSiteFile } from './util';

async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value)) ?? [];
}

async function readBytes(relativePath: string): Promise<Uint8Array> {
  return vscode.workspace.fs.readFile(siteUri(...relativePath.split('/')));
}

describe('the jekyll_posts: block, suppressions and the whole-site check', () => {
  let api: JekyllPostsApi;
  let originalConfig: string;

  /** Writes `_config.yml` and waits until the site has reloaded it (the index rebuilt). */
  async function writeConfig(text: string): Promise<void> {
    const configUri = siteUri('_config.yml');
    const indexed = api.whenIndexed(configUri);
    await writeSiteFile('_config.yml', text);
    await indexed;
    await api.indexReady(configUri);
  }

  before(async () => {
    api = await activate();
    originalConfig = await readSiteFile('_config.yml');
  });
  afterEach(closeAllEditors);
  after(async () => {
    await vscode.workspace.getConfiguration('jekyllPosts').update('lint.scope', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.getConfiguration('jekyllPosts').update('rules.key-typo', undefined, vscode.ConfigurationTarget.Workspace);
    await writeConfig(originalConfig);
  });

  it('reports config-invalid at an unknown rule id in _config.yml, and its quick fix writes the nearest id', async function () {
    this.timeout(60_000);
    await writeConfig(`${originalConfig}jekyll_posts:\n  rules:\n    seo-lenght: off\n`);
    const uri = siteUri('_config.yml');
    const { document } = await open(uri);
    const [diagnostic] = await diagnosticsWhere(uri, (d) => d.some((x) => code(x) === 'config-invalid'), 30_000);
    assert.strictEqual(code(diagnostic), 'config-invalid');
    assert.strictEqual(document.getText(diagnostic.range), 'seo-lenght');
    const line = originalConfig.split('\n').length + 1;
    assert.deepStrictEqual([diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.character], [line, 4, 14]);
    const fix = (await quickFixes(uri, diagnostic.range)).find((a) => a.title === 'Change to `seo-length`');
    assert.ok(fix?.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    await document.save();
    assert.strictEqual(await readSiteFile('_config.yml'), `${originalConfig}jekyll_posts:\n  rules:\n    seo-length: off\n`);
    await diagnosticsWhere(uri, (d) => d.length === 0);
  });

  it('reports config-invalid where Jekyll stops reading a _config.yml saved with a byte order mark, which the editor does not show', async function () {
    this.timeout(60_000);
    await writeConfig(`\ufeffsubtitle: Saved with a mark\n${originalConfig}`);
    assert.deepStrictEqual([...(await readBytes('_config.yml')).slice(0, 3)], [0xef, 0xbb, 0xbf]);
    const uri = siteUri('_config.yml');
    const { document } = await open(uri);
    assert.ok(!document.getText().startsWith('\ufeff'), 'the editor keeps the mark as the encoding, out of the text');
    const [diagnostic] = await diagnosticsWhere(uri, (d) => d.some((x) => code(x) === 'config-invalid'), 30_000);
    // The first line Jekyll ignores: the first written from column 0 after the first setting (comments do not count).
    const lines = originalConfig.split('\n');
    const ignored = lines.findIndex((l) => /^[^\s#]/.test(l));
    assert.deepStrictEqual([diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.line], [ignored + 1, 0, ignored + 1]);
    assert.strictEqual(document.getText(diagnostic.range), lines[ignored]);
    assert.match(diagnostic.message, new RegExp(`byte order mark.*\\(line ${ignored + 2}\\)`));
  });

  it('completes rule ids with their meaning and severities inside the block, and explains them on hover', async () => {
    await writeConfig(`${originalConfig}jekyll_posts:\n  rules:\n    seo-length: off\n    key-t\n`);
    const uri = siteUri('_config.yml');
    const { document } = await open(uri);
    const end = document.lineAt(document.lineCount - 2).range.end;
    const seoLength = new vscode.Position(document.lineCount - 3, 6);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, end);
    const item = list.items.find((i) => i.label === 'key-typo');
    assert.ok(item, list.items.map((i) => i.label).join(', '));
    assert.match((item.documentation as vscode.MarkdownString).value, /permalnk/);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, seoLength);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    assert.match(text, /Default: `info`/);
    assert.match(text, /search engines/);
  });

  it('takes rule severities from the block over the user’s setting', async function () {
    this.timeout(90_000);
    await writeConfig(`${originalConfig}jekyll_posts:\n  rules:\n    key-typo: error\n`);
    await vscode.workspace.getConfiguration('jekyllPosts').update('rules.key-typo', 'info', vscode.ConfigurationTarget.Workspace);
    const uri = await writeSiteFile('_posts/2016-01-01-block.md', '---\ntitle: Block\nlang: en\npermalink: /en/block/\npermalnk: /en/b/\n---\n\nBody.\n');
    await open(uri);
    const diagnostics = await diagnosticsWhere(uri, (d) => d.some((x) => code(x) === 'key-typo' && x.severity === vscode.DiagnosticSeverity.Error), 30_000);
    assert.strictEqual(diagnostics.filter((x) => code(x) === 'key-typo').length, 1);
    // Where the block says nothing, the user's setting applies.
    await writeConfig(originalConfig);
    await diagnosticsWhere(uri, (d) => d.some((x) => code(x) === 'key-typo' && x.severity === vscode.DiagnosticSeverity.Information), 30_000);
    await vscode.workspace.getConfiguration('jekyllPosts').update('rules.key-typo', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('hides what both suppression comments name and reports one that hides nothing', async () => {
    const text = '---\n# jekyll-posts-disable seo-length\ntitle: Suppressed\nlang: en\npermalink: /en/suppressed/\n# jekyll-posts-disable-next-line key-typo\ntittle: S\nautors: [x]\n---\n\nBody.\n';
    const uri = await writeSiteFile('_posts/2016-01-02-suppressed.md', text);
    const { document } = await open(uri);
    const diagnostics = await diagnosticsWhere(uri, (d) => d.some((x) => code(x) === 'unused-suppression'));
    assert.deepStrictEqual(diagnostics.map(describeDiagnostic).sort(), ['key-typo@7:0-7:6', 'unused-suppression@1:23-1:33']);
    const unused = diagnostics.find((x) => code(x) === 'unused-suppression')!;
    assert.strictEqual(unused.severity, vscode.DiagnosticSeverity.Information);
    assert.strictEqual(document.getText(unused.range), 'seo-length');
    const remove = (await quickFixes(uri, unused.range)).find((a) => a.title === 'Remove `seo-length` from this suppression');
    assert.ok(remove?.edit);
    assert.ok(await vscode.workspace.applyEdit(remove.edit));
    assert.strictEqual(document.getText(), text.replace('# jekyll-posts-disable seo-length\n', ''));
  });

  it('writes "Ignore key-typo for this post" as a comment, keeping the BOM, CRLF line ends and comments', async () => {
    const text = '\ufeff---\r\ntitle: Ignored # kept\r\nlang: en\r\npermalink: /en/ignored/\r\nlayuot: post\r\n---\r\n\r\nBody.\r\n';
    const path = '_posts/2016-01-03-ignored.md';
    const uri = await writeSiteFile(path, text);
    const { document } = await open(uri);
    const diagnostics = await diagnosticsWhere(uri, (d) => d.some((x) => code(x) === 'key-typo'));
    const typo = diagnostics.find((x) => code(x) === 'key-typo')!;
    const ignore = (await quickFixes(uri, typo.range)).find((a) => a.title === 'Ignore `key-typo` for this post');
    assert.ok(ignore?.edit);
    assert.ok(await vscode.workspace.applyEdit(ignore.edit));
    await document.save();
    const expected = '\ufeff---\r\n# jekyll-posts-disable key-typo\r\ntitle: Ignored # kept\r\nlang: en\r\npermalink: /en/ignored/\r\nlayuot: post\r\n---\r\n\r\nBody.\r\n';
    // Bytes compared as hex (no Buffer: this suite also runs in the web worker host).
    const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    assert.deepStrictEqual(hex(await readBytes(path)), hex(new TextEncoder().encode(expected)));
    await diagnosticsWhere(uri, (d) => !d.some((x) => code(x) === 'key-typo'));
  });

  it('with the site scope, shows the findings of a post that was never opened, kept current as it changes', async function () {
    this.timeout(90_000);
    const path = '_posts/2016-01-04-never-opened.md';
    const uri = siteUri(...path.split('/'));
    await vscode.workspace.getConfiguration('jekyllPosts').update('lint.scope', 'site', vscode.ConfigurationTarget.Workspace);
    await writeSiteFile(path, '---\ntitle: Never opened\nlang: en\npermalink: /en/never-opened/\ncategries: [a]\n---\n\nBody.\n');
    const [diagnostic] = await diagnosticsWhere(uri, (d) => d.some((x) => code(x) === 'key-typo'), 20_000);
    assert.deepStrictEqual([diagnostic.range.start.line, diagnostic.range.start.character, diagnostic.range.end.character], [4, 0, 9]);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the post was never opened');
    // Fixed on disk: its finding goes.
    await writeSiteFile(path, '---\ntitle: Never opened\nlang: en\npermalink: /en/never-opened/\n---\n\nBody.\n');
    await diagnosticsWhere(uri, (d) => !d.some((x) => code(x) === 'key-typo'), 20_000);
    // Back to open files only: a closed post's findings leave the Problems panel.
    await writeSiteFile(path, '---\ntitle: Never opened\nlang: en\npermalink: /en/never-opened/\ndescripton: x\n---\n\nBody.\n');
    await diagnosticsWhere(uri, (d) => d.some((x) => code(x) === 'key-typo'), 20_000);
    await vscode.workspace.getConfiguration('jekyllPosts').update('lint.scope', undefined, vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhere(uri, (d) => d.length === 0, 20_000);
  });

  it('"Jekyll: Check the whole site" fills the Problems panel with posts that were never opened', async function () {
    this.timeout(60_000);
    const path = '_posts/2016-01-05-checked.md';
    const uri = siteUri(...path.split('/'));
    const indexed = api.whenIndexed(uri);
    await writeSiteFile(path, '---\ntitle: Checked\nlang: en\npermalink: /en/checked/\nsummray: x\n---\n\nBody.\n');
    await indexed;
    assert.deepStrictEqual(ours(uri), []);
    await vscode.commands.executeCommand('jekyllPosts.checkSite');
    const diagnostics = ours(uri);
    assert.deepStrictEqual(diagnostics.map(describeDiagnostic), ['key-typo@4:0-4:7']);
    // The seed post, never opened in this test, is checked too (and has no error).
    const seed = ours(siteUri('_posts', '2015-03-10-symfony-and-php7.md'));
    assert.ok(!seed.some((d) => d.severity === vscode.DiagnosticSeverity.Error), seed.map(describeDiagnostic).join(', '));
    // Turning the scope to open files ends it.
    await vscode.workspace.getConfiguration('jekyllPosts').update('lint.scope', 'open', vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhere(uri, (d) => d.length === 0, 20_000);
  });
});
