import * as assert from 'assert';
import * as vscode from 'vscode';
import type { JekyllPostsApi } from '../../src/vscode/extension';
import { activate, closeAllEditors, open, siteUri, writeIndexed, writeSiteFile } from './util';

async function completionsAt(uri: vscode.Uri, line: number, character: number): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(line, character));
  return list.items;
}

function label(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

/** Our items in our order (the host sorts by sortText). */
function ours(items: vscode.CompletionItem[], kind: vscode.CompletionItemKind): vscode.CompletionItem[] {
  return items.filter((i) => i.kind === kind && i.sortText !== undefined).sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1));
}

describe('completions, hovers and navigation from the site index', () => {
  let api: JekyllPostsApi;
  before(async () => {
    api = await activate();
    await api.indexReady(siteUri('_config.yml'));
    // A third post using `php`, so that the site's tags are not all used equally.
    await writeIndexed(api, '_posts/2016-01-15-php-et-securite.md', '---\ntitle: PHP et sécurité\nlang: fr\npermalink: /fr/php-et-securite/\nauthors:\n - marie\ntags:\n- php\n- sécurité\n---\n\nCorps.\n');
  });
  afterEach(closeAllEditors);

  it('offers the site’s tags in a `tags:` list, the most used first', async () => {
    const uri = await writeSiteFile('_posts/2020-03-01-tags.md', '---\ntitle: Tags\ntags:\n- \n---\n');
    await open(uri);
    const tags = ours(await completionsAt(uri, 3, 2), vscode.CompletionItemKind.Keyword);
    assert.strictEqual(label(tags[0]), 'php');
    assert.deepStrictEqual(tags.map(label).slice(1, 3).sort(), ['dotScale', 'symfony']);
    assert.ok(tags.map(label).includes('sécurité'));
    assert.match(String(tags[0].detail), /3/);
  });

  it('offers logins with display names in an `authors:` list', async () => {
    const uri = await writeSiteFile('_posts/2020-03-02-authors.md', '---\ntitle: Authors\nauthors:\n - \n---\n');
    await open(uri);
    const authors = ours(await completionsAt(uri, 3, 3), vscode.CompletionItemKind.User);
    assert.deepStrictEqual(authors.map(label), ['marie', 'tom']);
    assert.deepStrictEqual(authors.map((a) => a.detail), ['Marie Dupont', 'Tom Martin']);
  });

  it('shows a tag edited on disk in another post in the next completion, without reload', async () => {
    const uri = await writeSiteFile('_posts/2020-03-03-next.md', '---\ntitle: Next\ntags: []\n---\n');
    await open(uri);
    assert.ok(!ours(await completionsAt(uri, 2, 7), vscode.CompletionItemKind.Keyword).map(label).includes('laravel'));
    await writeIndexed(api, '_posts/2016-01-15-php-et-securite.md', '---\ntitle: PHP et sécurité\nlang: fr\npermalink: /fr/php-et-securite/\nauthors:\n - marie\ntags:\n- php\n- laravel\n---\n\nCorps.\n');
    const tags = ours(await completionsAt(uri, 2, 7), vscode.CompletionItemKind.Keyword).map(label);
    assert.ok(tags.includes('laravel'), `laravel in ${JSON.stringify(tags)}`);
    assert.ok(!tags.includes('sécurité'), 'the tag the post no longer has is gone');
  });

  it('shows an author’s display name on hover', async () => {
    const uri = await writeSiteFile('_posts/2020-03-04-hover.md', '---\ntitle: Hover\nauthors:\n - marie\n---\n');
    await open(uri);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(3, 4));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /Marie Dupont/);
    assert.match(text, /Développeuse backend/);
  });

  it('goes from an author to its _authors file', async () => {
    const uri = await writeSiteFile('_posts/2020-03-05-definition.md', '---\ntitle: Definition\nauthors:\n - tom\n---\n');
    await open(uri);
    const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, new vscode.Position(3, 3));
    const paths = targets.map((t) => ('targetUri' in t ? t.targetUri : t.uri).path);
    assert.ok(paths.some((p) => p.endsWith('/_authors/tom.md')), JSON.stringify(paths));
  });
});
