import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { PostsNode } from '../../src/vscode/views/postsView';
import type { TagsNode } from '../../src/vscode/views/tagsView';
import type { RenameTagResult } from '../../src/vscode/views/renameTag';
import { activate, closeAllEditors, code, diagnosticsWhere, open, ours, siteUri, writeSiteFile } from './util';

// test/fixtures/overview written into a folder of the workspace (a site of its own): the Posts and
// Tags views' items as a reader sees them, and the site-wide tag merge with its bytes and its undo.
const FIXTURE = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'overview');
const FOLDER = 'overview-site';

function fixtureFiles(rel = ''): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(FIXTURE, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...fixtureFiles(r));
    else out.push(r);
  }
  return out;
}

const fixtureText = (rel: string): string => fs.readFileSync(path.join(FIXTURE, rel), 'utf8');
const bytesOf = async (rel: string): Promise<Uint8Array> => vscode.workspace.fs.readFile(siteUri(FOLDER, ...rel.split('/')));

/** The rows under a node: `label — description`. */
async function rows<T>(provider: vscode.TreeDataProvider<T>, node?: T): Promise<{ node: T; item: vscode.TreeItem; text: string }[]> {
  const children = (await provider.getChildren(node)) ?? [];
  return Promise.all(
    children.map(async (child) => {
      const item = await provider.getTreeItem(child);
      const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
      return { node: child, item, text: item.description ? `${label} — ${item.description}` : label };
    }),
  );
}

/** The node of our site among the roots (the workspace holds the bilingual fixture too). */
async function siteNode<T>(provider: vscode.TreeDataProvider<T>): Promise<T> {
  const roots = await rows(provider);
  const ours = roots.find((r) => r.text.startsWith(`${FOLDER} — `));
  assert.ok(ours, roots.map((r) => r.text).join(' | '));
  return ours.node;
}

describe('the site at a glance: the Jekyll views and the tag rename', function () {
  this.timeout(90_000);
  before(async () => {
    const api = await activate();
    for (const file of fixtureFiles()) await writeSiteFile(`${FOLDER}/${file}`, fixtureText(file));
    await api.indexReady(siteUri(FOLDER, '_posts', '2024-01-10-jpa-entities.md'));
    // The workspace's own site too: with two sites indexed, each view lists them as its roots.
    await api.indexReady(siteUri('_config.yml'));
  });
  afterEach(closeAllEditors);
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.workspace.fs.delete(siteUri(FOLDER), { recursive: true });
  });

  it('the Posts view lists the fixture by language and year, each post with its date, status and translation status', async () => {
    const api = await activate();
    const posts = api.views.posts as vscode.TreeDataProvider<PostsNode>;
    const site = await siteNode(posts);
    const languages = await rows(posts, site);
    assert.deepStrictEqual(languages.map((r) => r.text), ['en — 4 posts', 'fr — 4 posts']);
    const enYears = await rows(posts, languages[0].node);
    assert.deepStrictEqual(enYears.map((r) => r.text), ['2099 — 1 post', '2024 — 3 posts']);
    const en2024 = await rows(posts, enYears[1].node);
    assert.deepStrictEqual(en2024.map((r) => r.text), ['Spring Data — 2024-03-06 · fr version', 'JPA queries — 2024-02-07 · no fr version', 'JPA entities — 2024-01-10 · fr version']);
    assert.deepStrictEqual(en2024.map((r) => r.item.contextValue), ['jekyllPost.published', 'jekyllPost.published.untranslated', 'jekyllPost.published']);
    // A post's element is its URI: what publish, unpublish, add translation and preview take.
    assert.ok(en2024[1].node instanceof vscode.Uri && en2024[1].node.path.endsWith(`${FOLDER}/_posts/2024-02-07-jpa-queries.md`));
    assert.deepStrictEqual(en2024[1].item.command?.command, 'vscode.open');
    const future = await rows(posts, enYears[0].node);
    assert.deepStrictEqual(future.map((r) => `${r.text} [${r.item.contextValue}]`), ['From the future — 2099-01-01 · future · no fr version [jekyllPost.future.untranslated]']);
    const frYears = await rows(posts, languages[1].node);
    assert.deepStrictEqual(frYears.map((r) => r.text), ['no date — 1 post', '2024 — 2 posts', '2023 — 1 post']);
    assert.deepStrictEqual((await rows(posts, frYears[0].node)).map((r) => `${r.text} [${r.item.contextValue}]`), ['Une idée — no date · draft · no en version [jekyllPost.draft.untranslated]']);
    assert.deepStrictEqual((await rows(posts, frYears[2].node)).map((r) => `${r.text} [${r.item.contextValue}]`), ['Pas encore — 2023-05-01 · unpublished · no en version [jekyllPost.unpublished.untranslated]']);
  });

  it('a post’s row counts its findings once the file is linted; the filter keeps the matching posts', async () => {
    const api = await activate();
    const posts = api.views.posts as vscode.TreeDataProvider<PostsNode>;
    const uri = siteUri(FOLDER, '_posts', '2024-02-07-jpa-queries.md');
    await open(uri);
    const found = await diagnosticsWhere(uri, (d) => d.some((x) => code(x) === 'author-unknown'), 60_000);
    const count = ours(uri).length;
    assert.ok(count >= 1, found.map((d) => code(d)).join());
    const row = async (): Promise<string> => {
      const languages = await rows(posts, await siteNode(posts));
      const years = await rows(posts, languages[0].node);
      return (await rows(posts, years[1].node)).map((r) => r.text).find((t) => t.startsWith('JPA queries')) ?? '';
    };
    assert.strictEqual(await row(), `JPA queries — 2024-02-07 · no fr version · ${count === 1 ? '1 finding' : `${count} findings`}`);
    await vscode.commands.executeCommand('jekyllPosts.overview.filterPosts', 'bob');
    try {
      const languages = await rows(posts, await siteNode(posts));
      assert.deepStrictEqual(languages.map((r) => r.text), ['2024 — 1 post']);
      assert.deepStrictEqual((await rows(posts, languages[0].node)).map((r) => r.text.split(' — ')[0]), ['JPA queries']);
    } finally {
      await vscode.commands.executeCommand('jekyllPosts.overview.clearFilter');
    }
  });

  it('the Tags view groups near-duplicates with counts per language; a tag lists its posts', async () => {
    const api = await activate();
    const tags = api.views.tags as vscode.TreeDataProvider<TagsNode>;
    const kinds = await rows(tags, await siteNode(tags));
    assert.deepStrictEqual(kinds.map((r) => r.text), ['Tags — 5 · 2 near-duplicate groups', 'Categories — 2']);
    const groups = await rows(tags, kinds[0].node);
    assert.deepStrictEqual(groups.map((r) => r.text), ['java / Java — 4 posts · near-duplicates', 'jpa / JPA — 4 posts · near-duplicates', 'spring — 4 posts · en 2, fr 2']);
    const spellings = await rows(tags, groups[1].node);
    assert.deepStrictEqual(spellings.map((r) => r.text), ['jpa — 3 posts · en 2, fr 1', 'JPA — 2 posts · en 2']);
    assert.deepStrictEqual((await rows(tags, spellings[1].node)).map((r) => r.text), ['JPA entities — 2024-01-10 · fr version', 'Spring Data — 2024-03-06 · fr version']);
  });

  it('"Use `jpa` in all 4 posts" is offered on tag-near-duplicate, not preferred, not in "Fix all"; taken, it merges JPA into jpa byte-exactly in both files', async () => {
    const api = await activate();
    const entities = '_posts/2024-01-10-jpa-entities.md';
    const spring = '_posts/2024-03-06-spring-data.md';
    const uri = siteUri(FOLDER, ...entities.split('/'));
    const { document } = await open(uri);
    const before = document.getText();
    const [diagnostic] = (await diagnosticsWhere(uri, (d) => d.some((x) => code(x) === 'tag-near-duplicate'), 60_000)).filter((x) => code(x) === 'tag-near-duplicate');
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const siteWide = actions.find((a) => a.title === 'Use `jpa` in all 4 posts');
    assert.ok(siteWide?.command, actions.map((a) => a.title).join(', '));
    assert.strictEqual(siteWide.isPreferred, false);
    const fixAll = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, document.lineCount, 0), 'source.fixAll.jekyllPosts')) ?? [];
    for (const action of fixAll) if (action.edit) await vscode.workspace.applyEdit(action.edit);
    assert.strictEqual(document.getText(), before, '"Fix all" leaves the tag');
    const result = await vscode.commands.executeCommand<RenameTagResult>(siteWide.command.command, ...(siteWide.command.arguments ?? []));
    assert.deepStrictEqual(result, { applied: true, files: [entities, spring], message: undefined });
    // One WorkspaceEdit: both files changed; once saved, their bytes are the old ones but for the tag.
    const springDoc = await vscode.workspace.openTextDocument(siteUri(FOLDER, ...spring.split('/')));
    assert.strictEqual(document.getText(), fixtureText(entities).replace('[java, JPA] #', '[java, jpa] #'));
    assert.strictEqual(springDoc.getText(), fixtureText(spring).replace(/^\ufeff/, '').replace(`[spring, "JPA", 'jpa']`, `[spring, 'jpa']`));
    // VS Code may have saved the file no editor showed already (files.refactoring.autoSave): the bytes say what was written.
    for (const doc of [document, springDoc]) if (!doc.isClosed && doc.isDirty) await doc.save();
    assert.strictEqual(new TextDecoder().decode(await bytesOf(entities)), fixtureText(entities).replace('[java, JPA] #', '[java, jpa] #'));
    const springBytes = await bytesOf(spring);
    assert.deepStrictEqual([...springBytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the BOM is still there');
    assert.strictEqual(new TextDecoder('utf-8', { ignoreBOM: true }).decode(springBytes), fixtureText(spring).replace(`[spring, "JPA", 'jpa']`, `[spring, 'jpa']`));
  });

  it('"Rename tag" on a file with a BOM and CRLF line ends, then Undo: the file’s bytes are back', async () => {
    const api = await activate();
    // A tag of this post alone: the edit is one file's, which Undo in its editor takes back without asking about other files.
    const file = '_posts/2024-06-02-undo.md';
    const bytes = '\ufeff---\r\ntitle: Undo\r\nlang: en\r\ntags:\r\n  - java\r\n  - "Undo-Me" # quoted\r\n---\r\nBody.\r\n';
    const uri = siteUri(FOLDER, ...file.split('/'));
    const indexed = api.whenIndexed(uri);
    await writeSiteFile(`${FOLDER}/${file}`, bytes);
    await indexed;
    const { document } = await open(uri);
    const original = document.getText();
    const result = await vscode.commands.executeCommand<RenameTagResult>('jekyllPosts.renameTag', { site: uri.toString(), from: 'Undo-Me', to: 'undone' });
    assert.deepStrictEqual(result, { applied: true, files: [file], message: undefined });
    assert.strictEqual(document.getText(), original.replace('"Undo-Me"', '"undone"'));
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), original);
    await document.save();
    assert.deepStrictEqual([...(await bytesOf(file))], [...new TextEncoder().encode(bytes)]);
  });
});
