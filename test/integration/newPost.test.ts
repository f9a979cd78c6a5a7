import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CommandResult } from '../../src/vscode/commands/newPost';
import { activate, closeAllEditors, ours, readSiteFile, siteUri } from './util';

const NEW_BILINGUAL_POST = 'jekyllPosts.newBilingualPost';
const ADD_TRANSLATION = 'jekyllPosts.addTranslation';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function postNames(): Promise<string[]> {
  return (await vscode.workspace.fs.readDirectory(siteUri('_posts'))).map(([name]) => name).sort();
}

/** Diagnostics of a document once every pending lint has run. */
async function findingsOf(api: Awaited<ReturnType<typeof activate>>, uri: vscode.Uri): Promise<string[]> {
  await vscode.workspace.openTextDocument(uri);
  await api.whenIdle();
  return ours(uri).map((d) => `${typeof d.code === 'object' ? d.code.value : d.code}: ${d.message}`);
}

describe('"Jekyll: New bilingual post" and "Jekyll: Add translation" in the editor', () => {
  let api: Awaited<ReturnType<typeof activate>>;
  const created: vscode.Uri[] = [];
  before(async () => {
    api = await activate();
  });
  after(async () => {
    await closeAllEditors();
    for (const uri of created) if (await exists(uri)) await vscode.workspace.fs.delete(uri);
  });

  const options = {
    title: 'Été à Lyon',
    secondTitle: 'Summer in Lyon',
    date: '2025-01-15 10:30',
    authors: ['marie'],
    tags: ['php'],
    categories: ['Développement'],
  };

  it('creates both files from arguments, lint-clean, linked, open side by side', async () => {
    const result = await vscode.commands.executeCommand<CommandResult>(NEW_BILINGUAL_POST, options);
    assert.strictEqual(result.error, undefined);
    const [fr, en] = result.created.map((u) => vscode.Uri.parse(u));
    created.push(fr, en);
    assert.deepStrictEqual(
      [fr, en].map((u) => vscode.workspace.asRelativePath(u)),
      ['_posts/2025-01-15-ete-a-lyon.md', '_posts/2025-01-15-summer-in-lyon.md'],
    );
    const frText = await readSiteFile('_posts/2025-01-15-ete-a-lyon.md');
    const enText = await readSiteFile('_posts/2025-01-15-summer-in-lyon.md');
    // The date form follows the site's newest posts, which other suites add to this workspace: not checked here.
    assert.match(frText, /^---\ntitle: Été à Lyon\nlang: fr\npermalink: \/fr\/ete-a-lyon\/\nauthors:\n - marie\ndate: '?2025-01-15[^\n]*\ncategories:\n- Développement\ntags:\n- php\nref: ete-a-lyon\n---\n\n$/);
    assert.match(enText, /\nlang: en\npermalink: \/en\/summer-in-lyon\/\n/);
    // Linked: the same translation key value in both versions.
    assert.strictEqual(/\nref: (.*)\n/.exec(frText)?.[1], 'ete-a-lyon');
    assert.strictEqual(/\nref: (.*)\n/.exec(enText)?.[1], 'ete-a-lyon');
    assert.deepStrictEqual(await findingsOf(api, fr), []);
    assert.deepStrictEqual(await findingsOf(api, en), []);
    // Side by side, the cursor in the first body.
    const editors = vscode.window.visibleTextEditors;
    const frEditor = editors.find((e) => e.document.uri.toString() === fr.toString());
    const enEditor = editors.find((e) => e.document.uri.toString() === en.toString());
    assert.ok(frEditor && enEditor, 'both files are visible');
    assert.notStrictEqual(frEditor.viewColumn, enEditor.viewColumn);
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), fr.toString());
    assert.strictEqual(frEditor.selection.active.line, frEditor.document.lineCount - 1);
  });

  it('writes nothing and says why when a target already exists', async () => {
    const before = await postNames();
    const frBefore = await readSiteFile('_posts/2025-01-15-ete-a-lyon.md');
    const result = await vscode.commands.executeCommand<CommandResult>(NEW_BILINGUAL_POST, { ...options, secondTitle: 'Another English title', open: false });
    assert.deepStrictEqual(result.created, []);
    assert.match(result.error ?? '', /_posts\/2025-01-15-ete-a-lyon\.md/);
    assert.deepStrictEqual(await postNames(), before);
    assert.strictEqual(await readSiteFile('_posts/2025-01-15-ete-a-lyon.md'), frBefore);
    assert.strictEqual(await exists(siteUri('_posts', '2025-01-15-another-english-title.md')), false);
  });

  it('writes the first version alone when the second is translated later', async () => {
    const result = await vscode.commands.executeCommand<CommandResult>(NEW_BILINGUAL_POST, { title: 'Plus tard', translateLater: true, date: '2025-02-01 09:00', open: false });
    assert.strictEqual(result.error, undefined);
    created.push(...result.created.map((u) => vscode.Uri.parse(u)));
    assert.deepStrictEqual(result.created.map((u) => vscode.workspace.asRelativePath(vscode.Uri.parse(u))), ['_posts/2025-02-01-plus-tard.md']);
    assert.match(await readSiteFile('_posts/2025-02-01-plus-tard.md'), /\nref: plus-tard\n---\n/);
  });

  it('"Add translation" creates the other version of a fixture post and links the original', async () => {
    const originalPath = '_posts/2015-03-10-symfony-et-php7.md';
    const original = await readSiteFile(originalPath);
    const uri = siteUri(...originalPath.split('/'));
    try {
      const result = await vscode.commands.executeCommand<CommandResult>(ADD_TRANSLATION, { uri, lang: 'en', title: 'PHP 7 and Symfony' });
      assert.strictEqual(result.error, undefined);
      const [translation] = result.created.map((u) => vscode.Uri.parse(u));
      created.push(translation);
      assert.strictEqual(vscode.workspace.asRelativePath(translation), '_posts/2015-03-10-php-7-and-symfony.md');
      assert.strictEqual(
        await readSiteFile('_posts/2015-03-10-php-7-and-symfony.md'),
        "---\ntitle: PHP 7 and Symfony\nlang: en\npermalink: /en/php-7-and-symfony/\nauthors:\n - tom\ndate: '2015-03-10 09:30:00 +0100'\ncategories:\n- Développement\ntags:\n- php\n- symfony\nref: symfony-et-php7\n---\n\n",
      );
      assert.strictEqual(await readSiteFile(originalPath), original.replace('- symfony\n---', '- symfony\nref: symfony-et-php7\n---'));
      assert.deepStrictEqual(await findingsOf(api, translation), []);
      // Asked again, the same version exists: nothing is written.
      const again = await vscode.commands.executeCommand<CommandResult>(ADD_TRANSLATION, { uri, lang: 'en', title: 'PHP 7 and Symfony', open: false });
      assert.deepStrictEqual(again.created, []);
      assert.match(again.error ?? '', /already exists/);
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(original));
    }
  });
});
