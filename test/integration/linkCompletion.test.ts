import * as assert from 'assert';
import * as vscode from 'vscode';
import type { JekyllPostsApi } from '../../src/vscode/extension';
import { activate, closeAllEditors, open, removeSiteFiles, siteUri, writeIndexed } from './util';

async function completionsAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  // Ours only, in our order: VS Code's Markdown extension offers its own paths and headers here too.
  return list.items.filter((i) => /^\d{6}$/.test(i.sortText ?? '')).sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1));
}

function label(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

function insert(item: vscode.CompletionItem): string {
  return typeof item.insertText === 'string' ? item.insertText : item.insertText?.value ?? label(item);
}

/** The position right after `needle` (its last occurrence) in a document. */
function endOf(document: vscode.TextDocument, needle: string): vscode.Position {
  return document.positionAt(document.getText().lastIndexOf(needle) + needle.length);
}

// The target post: its URL and heading ids as Jekyll 4.3.1 writes them (kramdown's GFM ids keep
// accented letters: `## Première partie` is id="première-partie"; `{#deux}` sets the id).
const TARGET = '_posts/2016-02-01-cible-des-liens.md';
const TARGET_TEXT = '---\ntitle: Cible des liens\nlang: fr\npermalink: /fr/cible-des-liens/\ndate: \'2016-02-01 10:00:00 +0100\'\n---\n\n## Première partie\n\nTexte.\n\n## Seconde partie {#deux}\n\nFin.\n';

// The files written here are deleted after the suite: the suites after this one read the site's
// conventions (key order, the date's form) from its posts.
describe('links while writing: completion, hover, go to definition', () => {
  let api: JekyllPostsApi;
  const written: string[] = [];
  const write = (file: string, text: string): Promise<vscode.Uri> => {
    written.push(file);
    return writeIndexed(api, file, text);
  };
  before(async function () {
    // The index of the whole workspace may still be catching up with the suites before this one.
    this.timeout(120_000);
    api = await activate();
    await api.indexReady(siteUri('_config.yml'));
    await write(TARGET, TARGET_TEXT);
    await write('assets/img/photo-liens.png', 'not really a PNG: served as a static file all the same');
  });
  afterEach(closeAllEditors);
  after(async function () {
    this.timeout(60_000);
    await closeAllEditors();
    await removeSiteFiles(api, written);
  });

  it('completes the site’s URLs after `](` with their titles: French posts first for a French post, the most recent first', async function () {
    this.timeout(60_000);
    const uri = await write('_posts/2016-02-02-liens.md', '---\ntitle: Liens\nlang: fr\npermalink: /fr/liens/\ndate: \'2016-02-02 10:00:00 +0100\'\n---\n\nVoir [ici](\n');
    const { document } = await open(uri);
    const items = await completionsAt(uri, endOf(document, 'Voir [ici]('));
    const fixture = ['/fr/cible-des-liens/', '/fr/symfony-et-php7/', '/fr/retours-sur-dotscale-2014/', '/en/symfony-and-php7/', '/en/feedback-on-dotscale-2014/'];
    assert.deepStrictEqual(items.map(label).filter((l) => fixture.includes(l)), fixture);
    const seed = items.find((i) => label(i) === '/fr/retours-sur-dotscale-2014/')!;
    // No baseurl on this site: the URL is written as it is.
    assert.strictEqual(insert(seed), '/fr/retours-sur-dotscale-2014/');
    assert.strictEqual(seed.detail, 'Retours sur dotScale 2014');
    assert.ok(!items.map(label).includes('/fr/liens/'), 'the post itself is not offered');
    const range = seed.range instanceof vscode.Range ? seed.range : seed.range?.replacing;
    assert.ok(range?.isEmpty && range.start.isEqual(endOf(document, 'Voir [ici](')));
  });

  it('completes post names after `{% post_url ` and image files after `![...](`', async function () {
    this.timeout(60_000);
    const uri = await write('_posts/2016-02-03-images.md', '---\ntitle: Images\nlang: fr\ndate: \'2016-02-03 10:00:00 +0100\'\n---\n\n{% post_url \n\n![Une photo](\n');
    const { document } = await open(uri);
    const posts = await completionsAt(uri, endOf(document, '{% post_url '));
    const seed = posts.find((i) => label(i) === '2014-06-04-retours-sur-dotscale-2014');
    assert.ok(seed, posts.map(label).join(', '));
    assert.strictEqual(insert(seed), '2014-06-04-retours-sur-dotscale-2014');
    assert.strictEqual(seed.detail, 'Retours sur dotScale 2014');
    const images = await completionsAt(uri, endOf(document, '![Une photo]('));
    assert.deepStrictEqual(images.map(label).filter((l) => !/\.(png|jpe?g|gif|svg|webp)$/.test(l)), [], 'image files only');
    const photo = images.find((i) => label(i) === '/assets/img/photo-liens.png');
    assert.ok(photo, images.map(label).join(', '));
    assert.strictEqual(insert(photo), '/assets/img/photo-liens.png');
  });

  it('completes heading ids after `#`: this post’s, and the target post’s after its URL', async function () {
    this.timeout(60_000);
    const uri = await write('_posts/2016-02-04-ancres.md', '---\ntitle: Ancres\nlang: fr\ndate: \'2016-02-04 10:00:00 +0100\'\n---\n\n## Plan du billet\n\n[haut](#\n\n[suite](/fr/cible-des-liens/#\n');
    const { document } = await open(uri);
    const own = await completionsAt(uri, endOf(document, '[haut](#'));
    assert.deepStrictEqual(own.map((i) => [label(i), i.detail]), [['plan-du-billet', 'Plan du billet']]);
    const target = await completionsAt(uri, endOf(document, '[suite](/fr/cible-des-liens/#'));
    assert.deepStrictEqual(target.map((i) => [label(i), i.detail]), [['première-partie', 'Première partie'], ['deux', 'Seconde partie']]);
  });

  it('shows the target’s title, kind, date, language and source file on hover, and goes to its heading', async function () {
    this.timeout(60_000);
    const uri = await write('_posts/2016-02-05-survol.md', '---\ntitle: Survol\nlang: fr\ndate: \'2016-02-05 10:00:00 +0100\'\n---\n\nLire [la cible](/fr/cible-des-liens/#deux) et [le seed](/fr/retours-sur-dotscale-2014/).\n');
    const { document } = await open(uri);
    const onSeed = endOf(document, '[le seed](/fr/ret');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, onSeed);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    for (const line of ['**Retours sur dotScale 2014**', 'Kind: post', 'Date: 2014-06-04', 'Language: fr', 'URL: `/fr/retours-sur-dotscale-2014/`', 'Source file: `_posts/2014-06-04-retours-sur-dotscale-2014.md`']) {
      assert.ok(text.includes(line), `${line} in:\n${text}`);
    }
    const targets = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, endOf(document, '[la cible](/fr/ci'));
    assert.strictEqual(targets.length, 1, JSON.stringify(targets));
    const found = targets[0];
    const targetUri = 'targetUri' in found ? found.targetUri : found.uri;
    const targetRange = 'targetUri' in found ? found.targetRange : found.range;
    assert.ok(targetUri.path.endsWith(`/${TARGET}`), targetUri.path);
    // The line of `## Seconde partie {#deux}` in the target.
    assert.strictEqual(targetRange.start.line, TARGET_TEXT.split('\n').indexOf('## Seconde partie {#deux}'));
    const toSeed = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, onSeed);
    assert.ok(toSeed.some((t) => ('targetUri' in t ? t.targetUri : t.uri).path.endsWith('/_posts/2014-06-04-retours-sur-dotscale-2014.md')), JSON.stringify(toSeed));
  });
});
