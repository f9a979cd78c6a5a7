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
    // The site links its versions by no key (as the blog it is shaped after): none is invented.
    assert.match(frText, /^---\ntitle: Été à Lyon\nlang: fr\npermalink: \/fr\/ete-a-lyon\/\nauthors:\n - marie\ndate: '?2025-01-15[^\n]*\ncategories:\n- Développement\ntags:\n- php\n---\n\n$/);
    assert.match(enText, /\nlang: en\npermalink: \/en\/summer-in-lyon\/\n/);
    assert.doesNotMatch(enText, /\nref:/);
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
    assert.match(await readSiteFile('_posts/2025-02-01-plus-tard.md'), /\npermalink: \/fr\/plus-tard\/\n/);
  });

  it('"Add translation" creates the other version of a fixture post, the original untouched on a site that links by no key', async () => {
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
        "---\ntitle: PHP 7 and Symfony\nlang: en\npermalink: /en/php-7-and-symfony/\nauthors:\n - tom\ndate: '2015-03-10 09:30:00 +0100'\ncategories:\n- Développement\ntags:\n- php\n- symfony\n---\n\n",
      );
      assert.strictEqual(await readSiteFile(originalPath), original);
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

  it('refuses, writing nothing, a plan whose URL another post has, saying which file and why', async () => {
    const before = await postNames();
    // The seed post has /fr/retours-sur-dotscale-2014/: a new French post of that title, another day, would share it.
    const result = await vscode.commands.executeCommand<CommandResult>(NEW_BILINGUAL_POST, { title: 'Retours sur dotScale 2014', secondTitle: 'Back from dotScale', date: '2025-03-03 09:00', open: false });
    assert.deepStrictEqual(result.created, []);
    assert.match(result.error ?? '', /^Nothing was written: _posts\/2025-03-03-retours-sur-dotscale-2014\.md: .*_posts\/2014-06-04-retours-sur-dotscale-2014\.md/);
    assert.deepStrictEqual(await postNames(), before);
  });

  it('shows the conventions first, with where each was read, and saves a change in _config.yml', async () => {
    const configBefore = await readSiteFile('_config.yml');
    const shown: vscode.QuickInput[] = [];
    const listener = api.onDidShowQuickInput((input) => shown.push(input));
    const nextPick = async (count: number): Promise<vscode.QuickPick<vscode.QuickPickItem>> => {
      for (let i = 0; i < 200 && shown.length < count; i++) await new Promise((r) => setTimeout(r, 50));
      assert.ok(shown.length >= count, `step ${count} is shown`);
      return shown[count - 1] as vscode.QuickPick<vscode.QuickPickItem>;
    };
    const accept = async (pick: vscode.QuickPick<vscode.QuickPickItem>, label: RegExp): Promise<void> => {
      const item = pick.items.find((i) => label.test(i.label));
      assert.ok(item, `${label} among ${pick.items.map((i) => i.label).join(' | ')}`);
      pick.activeItems = [item];
      // The extension host sends a quick pick's changes to the window on its next turn (a zero-delay
      // timer): let it go first, so that the window accepts this item and not the first one.
      await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => setTimeout(r, 0));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    };
    const run = vscode.commands.executeCommand<CommandResult>(NEW_BILINGUAL_POST);
    try {
      const first = await nextPick(1);
      assert.match(first.title ?? '', /New bilingual post/);
      assert.strictEqual(first.step, 1);
      const row = (label: RegExp) => first.items.find((i) => label.test(i.label));
      // Each convention with its source, and the posts or _config.yml lines it was read from.
      assert.strictEqual(row(/Languages: fr, en/)?.description, 'from _config.yml');
      assert.match(row(/Languages: fr, en/)?.detail ?? '', /_config\.yml:6/);
      assert.strictEqual(row(/No key links translations/)?.description, 'from your posts');
      assert.strictEqual(row(/Permalinks: fr: \/fr\/\{slug\}\/, en: \/en\/\{slug\}\//)?.description, 'from your posts');
      assert.match(row(/Permalinks/)?.detail ?? '', /^Read from _posts\/\d{4}-\d{2}-\d{2}-[^,]+\.md/);
      assert.match(row(/Tags: a block list/)?.label ?? '', /\$\(edit\)/);
      // Change how translations are linked, for this site...
      await accept(first, /No key links translations/);
      const options = await nextPick(2);
      await accept(options, /Link translations by `ref`/);
      const again = await nextPick(3);
      assert.strictEqual(again.items.find((i) => /Translations linked by `ref`/.test(i.label))?.description, 'your choice');
      // ...and save it in _config.yml: only the new lines are added.
      await accept(again, /Save these choices/);
      await nextPick(4);
      assert.strictEqual(await readSiteFile('_config.yml'), `${configBefore}jekyll_posts:\n  new_post:\n    translation_key: ref\n`);
    } finally {
      listener.dispose();
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      assert.deepStrictEqual((await run).created, []);
      await vscode.workspace.fs.writeFile(siteUri('_config.yml'), new TextEncoder().encode(configBefore));
    }
  });
});
