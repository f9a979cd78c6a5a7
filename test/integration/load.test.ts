import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { JekyllPostsApi } from '../../src/vscode/extension';
import { activate, closeAllEditors, code, diagnosticsWhere, open, removeSiteFiles, siteUri, within, writeIndexed } from './util';

describe('a thousand files changing at once', () => {
  let api: JekyllPostsApi;
  before(async () => {
    api = await activate();
  });
  after(closeAllEditors);

  it('keeps the index current and the diagnostics right after a git-checkout-sized burst', async function () {
    this.timeout(120_000);
    await api.indexReady(siteUri('_config.yml'));
    const watched = await writeIndexed(api, '_posts/2017-01-01-ouvert.md', '---\ntitle: Ouvert\nlang: fr\npermalink: /fr/checkout-42/\n---\n\nCorps.\n');
    await open(watched);
    // As a checkout does: a thousand files written at once, behind the editor's back.
    const folder = path.join(siteUri().fsPath, '_posts', 'checkout');
    fs.mkdirSync(folder, { recursive: true });
    const last = siteUri('_posts', 'checkout', '2017-02-01-checkout-999.md');
    const indexed = api.whenIndexed(last);
    for (let i = 0; i < 1000; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const month = String((i % 12) + 1).padStart(2, '0');
      const name = i === 999 ? '2017-02-01-checkout-999.md' : `2017-${month}-${day}-checkout-${i}.md`;
      fs.writeFileSync(path.join(folder, name), `---\ntitle: Checkout ${i}\nlang: fr\npermalink: /fr/checkout-${i}/\ntags: [checkout-burst]\n---\n\nCorps ${i}.\n`);
    }
    await indexed;
    await api.indexReady(last);
    // The open post now shares its permalink with checkout-42: the conflict shows without reopening it.
    const diagnostics = await diagnosticsWhere(watched, (d) => d.some((x) => code(x) === 'permalink-conflict'), 30_000);
    const conflict = diagnostics.find((x) => code(x) === 'permalink-conflict')!;
    assert.ok(conflict.relatedInformation?.some((r) => r.location.uri.path.endsWith('checkout-42.md')));
    // And the burst's tag is offered with its count.
    const { document } = vscode.window.activeTextEditor!;
    assert.strictEqual(document.uri.path, watched.path);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(watched, new vscode.Position(4, 0), 'tags: [che]\n');
    await vscode.workspace.applyEdit(edit);
    const completions = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', watched, new vscode.Position(4, 10));
    const burst = completions.items.find((item) => (typeof item.label === 'string' ? item.label : item.label.label) === 'checkout-burst');
    assert.ok(burst, completions.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label)).join(', '));
    await vscode.commands.executeCommand('undo');
    // Checking the files out again removes them all at once: the conflict goes away.
    fs.rmSync(folder, { recursive: true, force: true });
    await diagnosticsWhere(watched, (d) => !d.some((x) => code(x) === 'permalink-conflict'), 30_000);
  });

  it('takes in a folder of posts moved into the site whole (the watcher reports the folder, not its files)', async function () {
    this.timeout(60_000);
    await api.indexReady(siteUri('_config.yml'));
    const watched = await writeIndexed(api, '_posts/2017-03-01-reste.md', '---\ntitle: Reste\nlang: fr\npermalink: /fr/deplace-2/\n---\n\nCorps.\n');
    await open(watched);
    // Prepared outside the site, then moved in with one rename, as a file manager or `git mv` of a folder does.
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'jekyll-posts-moved-'));
    for (let i = 1; i <= 3; i++) {
      fs.writeFileSync(path.join(outside, `2017-03-0${i + 1}-deplace-${i}.md`), `---\ntitle: Déplacé ${i}\nlang: fr\npermalink: /fr/deplace-${i}/\n---\n\nCorps ${i}.\n`);
    }
    const moved = siteUri('_posts', 'deplaces', '2017-03-03-deplace-2.md');
    const indexed = api.whenIndexed(moved);
    fs.renameSync(outside, path.join(siteUri().fsPath, '_posts', 'deplaces'));
    await within(indexed, 20_000, 'whenIndexed never resolved for a post inside a folder moved into the site');
    // The post inside the moved folder is in the index: the open post now shares its permalink.
    const diagnostics = await diagnosticsWhere(watched, (d) => d.some((x) => code(x) === 'permalink-conflict'), 30_000);
    const conflict = diagnostics.find((x) => code(x) === 'permalink-conflict')!;
    assert.ok(conflict.relatedInformation?.some((r) => r.location.uri.path.endsWith('deplaces/2017-03-03-deplace-2.md')));
    fs.rmSync(path.join(siteUri().fsPath, '_posts', 'deplaces'), { recursive: true, force: true });
    await diagnosticsWhere(watched, (d) => !d.some((x) => code(x) === 'permalink-conflict'), 30_000);
    await closeAllEditors();
    await removeSiteFiles(api, ['_posts/2017-03-01-reste.md']);
  });
});
