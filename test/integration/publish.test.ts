import * as assert from 'assert';
import * as vscode from 'vscode';
import type { CommandResult } from '../../src/vscode/commands/newPost';
import type { MoveResult } from '../../src/vscode/commands/publish';
import { activate, closeAllEditors, siteUri } from './util';

const NEW_BILINGUAL_DRAFT = 'jekyllPosts.newBilingualDraft';
const PUBLISH_DRAFT = 'jekyllPosts.publishDraft';
const UNPUBLISH_POST = 'jekyllPosts.unpublishPost';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** A file's bytes as a string of code units 0-255 (so a BOM and CRLF are seen as bytes). */
async function bytesOf(relativePath: string): Promise<string> {
  return String.fromCharCode(...(await vscode.workspace.fs.readFile(siteUri(...relativePath.split('/')))));
}

function latin1(text: string): string {
  return String.fromCharCode(...new TextEncoder().encode(text));
}

async function writeBytes(relativePath: string, text: string): Promise<vscode.Uri> {
  const uri = siteUri(...relativePath.split('/'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

describe('"Jekyll: Publish draft" and "Jekyll: Unpublish post" in the editor', () => {
  const made: vscode.Uri[] = [];
  before(async () => {
    await activate();
  });
  after(async () => {
    await closeAllEditors();
    for (const uri of made) if (await exists(uri)) await vscode.workspace.fs.delete(uri);
  });

  it('"New bilingual draft" writes both drafts in _drafts/, without a date', async () => {
    const result = await vscode.commands.executeCommand<CommandResult>(NEW_BILINGUAL_DRAFT, { title: 'Brouillon d’hiver', secondTitle: 'Winter draft', open: false });
    assert.strictEqual(result.error, undefined);
    const uris = result.created.map((u) => vscode.Uri.parse(u));
    made.push(...uris);
    assert.deepStrictEqual(uris.map((u) => vscode.workspace.asRelativePath(u)), ['_drafts/brouillon-d-hiver.md', '_drafts/winter-draft.md']);
    assert.strictEqual(await bytesOf('_drafts/brouillon-d-hiver.md'), latin1('---\ntitle: Brouillon d’hiver\nlang: fr\npermalink: /fr/brouillon-d-hiver/\n---\n\n'));
  });

  // A draft written by hand: BOM, CRLF, a comment, quoting and `published: false`.
  const draft = '\uFEFF---\r\ntitle: "Déjà vu" # kept\r\nlang: fr\r\npermalink: /fr/deja-vu/\r\n# a comment\r\npublished: false\r\n---\r\nCorps.\r\n';

  it('publishes a draft from arguments: the file moves to _posts/ with the date, every other byte kept', async () => {
    const source = await writeBytes('_drafts/deja-vu.md', draft);
    made.push(source, siteUri('_posts', '2025-02-03-deja-vu.md'), siteUri('_drafts', 'deja-vu.md'));
    const result = await vscode.commands.executeCommand<MoveResult>(PUBLISH_DRAFT, { uri: source, date: '2025-02-03 09:00', open: false });
    assert.strictEqual(result.error, undefined);
    assert.deepStrictEqual(result.moved.map((u) => vscode.workspace.asRelativePath(vscode.Uri.parse(u))), ['_posts/2025-02-03-deja-vu.md']);
    assert.strictEqual(await exists(source), false);
    const bytes = await bytesOf('_posts/2025-02-03-deja-vu.md');
    // The date's form follows the site's newest posts, and other suites add posts to this workspace:
    // a day alone where they write days (the exact forms, per site layout, are in test/unit/drafts.test.ts).
    // Here: the day is the one chosen, and a time, when written, is the one chosen.
    const m = /^(\xEF\xBB\xBF---\r\ntitle: "D\xC3\xA9j\xC3\xA0 vu" # kept\r\nlang: fr\r\npermalink: \/fr\/deja-vu\/\r\n)(date: [^\r\n]*\r\n)(# a comment\r\n---\r\nCorps\.\r\n)$/.exec(bytes);
    assert.ok(m, JSON.stringify(bytes));
    assert.match(m[2], /^date: '?2025-02-03(?:[ T]09:00(?::00)?(?: [+-]\d{2}:?\d{2})?)?'?\r\n$/);
  });

  it('refuses to publish over an existing post, naming it, and moves nothing', async () => {
    const source = await writeBytes('_drafts/deja-vu.md', draft);
    const before = await bytesOf('_posts/2025-02-03-deja-vu.md');
    const result = await vscode.commands.executeCommand<MoveResult>(PUBLISH_DRAFT, { uri: source, date: '2025-02-03 11:00', open: false });
    assert.strictEqual(result.error, '_posts/2025-02-03-deja-vu.md is in the way: nothing was moved.');
    assert.deepStrictEqual(result.moved, []);
    assert.strictEqual(await bytesOf('_drafts/deja-vu.md'), latin1(draft));
    assert.strictEqual(await bytesOf('_posts/2025-02-03-deja-vu.md'), before);
    await vscode.workspace.fs.delete(source);
  });

  it('unpublishes a post given as a URI (the menus’ form): back to _drafts/ without its date, every other byte kept', async () => {
    const post = siteUri('_posts', '2025-02-03-deja-vu.md');
    const result = await vscode.commands.executeCommand<MoveResult>(UNPUBLISH_POST, post);
    assert.strictEqual(result.error, undefined);
    assert.deepStrictEqual(result.moved.map((u) => vscode.workspace.asRelativePath(vscode.Uri.parse(u))), ['_drafts/deja-vu.md']);
    assert.strictEqual(await exists(post), false);
    assert.strictEqual(await bytesOf('_drafts/deja-vu.md'), latin1('\uFEFF---\r\ntitle: "Déjà vu" # kept\r\nlang: fr\r\npermalink: /fr/deja-vu/\r\n# a comment\r\n---\r\nCorps.\r\n'));
    // Opened, as the menus do.
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), siteUri('_drafts', 'deja-vu.md').toString());
  });
});
