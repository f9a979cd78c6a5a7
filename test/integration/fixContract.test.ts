import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activate, closeAllEditors, code, diagnosticsWhere, open, siteUri, writeSiteFile } from './util';

// The three sites of issue 23, as test/fixtures/fix-contract holds them, written into a folder of
// the workspace with its own _config.yml (a site of its own): "Fix all" changes none of them, and
// each choice is still offered as a quick fix.
const FIXTURE = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'fix-contract');
const FOLDER = 'fix-contract';

function fixtureFiles(dir = FIXTURE, rel = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...fixtureFiles(dir, r));
    else out.push(r);
  }
  return out;
}

async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value)) ?? [];
}

/** Runs "Fix all" on the document the way the editor does on save, and returns the text after it. */
async function fixAll(document: vscode.TextDocument): Promise<string> {
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, 'source.fixAll.jekyllPosts')) ?? [];
  for (const action of actions.filter((a) => a.kind?.value === 'source.fixAll.jekyllPosts')) if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit));
  return document.getText();
}

describe('the three cases of issue 23 in the editor: choices offered, nothing fixed without asking', function () {
  // The new site is indexed on first use: on a busy machine that takes longer than mocha's default.
  this.timeout(60_000);
  before(async () => {
    await activate();
    for (const file of fixtureFiles()) await writeSiteFile(`${FOLDER}/${file}`, fs.readFileSync(path.join(FIXTURE, file), 'utf8'));
  });
  afterEach(closeAllEditors);
  after(async () => {
    await vscode.workspace.fs.delete(siteUri(FOLDER), { recursive: true });
  });

  it('a `cn` translation with `lang: zh` gets no lang-unknown (zh is its collection’s language); `lang: ZH` gets `zh` as a choice, and "Fix all" leaves it', async () => {
    const api = await activate();
    const file = `${FOLDER}/_cn/jpa-entities.md`;
    const uri = siteUri(...file.split('/'));
    await open(uri);
    await api.whenIdle();
    assert.deepStrictEqual(vscode.languages.getDiagnostics(uri).filter((x) => code(x) === 'lang-unknown').map((x) => x.message), []);
    // A near miss of the language in use: reported, the fix offered, never applied without asking.
    const upper = await writeSiteFile(`${FOLDER}/_cn/jpa-entities-upper.md`, fs.readFileSync(path.join(FIXTURE, '_cn', 'jpa-entities.md'), 'utf8').replace('lang: zh', 'lang: ZH'));
    const { document } = await open(upper);
    const before = document.getText();
    const [diagnostic] = (await diagnosticsWhere(upper, (d) => d.some((x) => code(x) === 'lang-unknown'), 20_000)).filter((x) => code(x) === 'lang-unknown');
    assert.strictEqual(document.getText(diagnostic.range), 'ZH');
    const titles = (await quickFixes(upper, diagnostic.range)).map((a) => a.title);
    assert.ok(titles.includes('Use `zh`'), titles.join(', '));
    assert.strictEqual(await fixAll(document), before);
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(upper)), before);
  });

  it('an unfinished post without a date in its name: a dated name and _drafts/ offered, none preferred, nothing fixed', async () => {
    for (const [name, rename] of [
      ['half-written.md', 'Rename the file to 2024-04-03-half-written.md'],
      ['unfinished-idea.md', /^Rename the file to \d{4}-\d{2}-\d{2}-unfinished-idea\.md \(today’s date: it will be published\)$/],
    ] as const) {
      const uri = siteUri(FOLDER, '_posts', name);
      const { document } = await open(uri);
      const before = document.getText();
      const [diagnostic] = (await diagnosticsWhere(uri, (d) => d.some((x) => code(x) === 'filename-invalid'), 20_000)).filter((x) => code(x) === 'filename-invalid');
      const actions = await quickFixes(uri, diagnostic.range);
      const titles = actions.map((a) => a.title);
      assert.ok(titles.some((t) => (typeof rename === 'string' ? t === rename : rename.test(t))), titles.join(', '));
      assert.ok(titles.includes('Move it to `_drafts/` (not published)'), titles.join(', '));
      assert.deepStrictEqual(actions.filter((a) => a.isPreferred).map((a) => a.title), [], 'no choice is preferred');
      assert.strictEqual(await fixAll(document), before);
      await vscode.workspace.fs.stat(uri); // still there, under its name
    }
    // The choice still works when taken: the post moves to a new _drafts/ folder, byte for byte.
    const uri = siteUri(FOLDER, '_posts', 'unfinished-idea.md');
    const [diagnostic] = (await diagnosticsWhere(uri, (d) => d.some((x) => code(x) === 'filename-invalid'))).filter((x) => code(x) === 'filename-invalid');
    const move = (await quickFixes(uri, diagnostic.range)).find((a) => a.title === 'Move it to `_drafts/` (not published)');
    assert.ok(move?.command, 'the move runs as a command');
    await closeAllEditors();
    assert.strictEqual(await vscode.commands.executeCommand(move.command.command, ...(move.command.arguments ?? [])), true);
    const moved = new TextDecoder().decode(await vscode.workspace.fs.readFile(siteUri(FOLDER, '_drafts', 'unfinished-idea.md')));
    assert.strictEqual(moved, fs.readFileSync(path.join(FIXTURE, '_posts', 'unfinished-idea.md'), 'utf8'));
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(uri)), 'no longer in _posts/');
  });

  it('`JPA` where the site says `jpa`: "Use `jpa`" offered, not preferred, and "Fix all" keeps `JPA`', async () => {
    const uri = siteUri(FOLDER, '_posts', '2024-03-06-spring-data.md');
    const { document } = await open(uri);
    const before = document.getText();
    const [diagnostic] = (await diagnosticsWhere(uri, (d) => d.some((x) => code(x) === 'tag-near-duplicate'), 20_000)).filter((x) => code(x) === 'tag-near-duplicate');
    assert.strictEqual(document.getText(diagnostic.range), 'JPA');
    const actions = await quickFixes(uri, diagnostic.range);
    const use = actions.find((a) => a.title === 'Use `jpa`');
    assert.ok(use, actions.map((a) => a.title).join(', '));
    assert.strictEqual(use.isPreferred, false);
    assert.strictEqual(await fixAll(document), before);
    // The choice still works when taken.
    assert.ok(use.edit && (await vscode.workspace.applyEdit(use.edit)));
    assert.strictEqual(document.getText(), before.replace('[spring, JPA]', '[spring, jpa]'));
    await vscode.commands.executeCommand('undo');
  });
});
