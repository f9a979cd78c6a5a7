import * as assert from 'assert';
import * as vscode from 'vscode';
import { activate, closeAllEditors, siteUri, writeIndexed } from './util';

const SEED_POST = '_posts/2014-06-04-retours-sur-dotscale-2014.md';

describe('the preview’s site look and both versions', () => {
  after(async () => {
    const api = await activate();
    await api.setPreviewMode('reading');
    await closeAllEditors();
  });

  it('switches to the site view (the post in _layouts/post.html and default.html) and back to the card', async function () {
    this.timeout(60_000);
    const api = await activate();
    const uri = siteUri(...SEED_POST.split('/'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const rendered = (mode: string) =>
      new Promise<{ headerHtml: string; contentHtml: string }>((resolve) => {
        const sub = api.onDidRenderPreview((s) => {
          if (s.uri === uri.toString() && s.mode === mode) {
            sub.dispose();
            resolve(s);
          }
        });
      });
    const reading = rendered('reading');
    await vscode.commands.executeCommand('jekyllPosts.preview.openToSide');
    await reading;
    const site = rendered('site');
    await api.setPreviewMode('site');
    const shown = await site;
    // test/fixtures/bilingual: post.html is `<article><h1>{{ page.title }}</h1>{{ content }}</article>` inside default.html's <body>.
    assert.match(shown.contentHtml, /^<article><h1>Retours sur dotScale 2014<\/h1><p data-line="\d+">Le lundi 19 mai/);
    assert.match(shown.contentHtml, /<strong>Laurence Moroney<\/strong>/);
    assert.strictEqual(shown.headerHtml, '');
    const back = rendered('reading');
    await api.setPreviewMode('reading');
    assert.match((await back).headerHtml, /jp-card/);
  });

  it('opens a post and its translation side by side, the French card dated in French', async function () {
    this.timeout(60_000);
    const api = await activate();
    const fr = await writeIndexed(api, '_posts/2016-03-04-deux-titres.md', '---\ntitle: Deux titres\nlang: fr\nref: two-headings\npermalink: /fr/deux-titres/\ndate: 2016-03-04 10:00:00 +0100\n---\n\n## Un\n\nTexte.\n');
    const en = await writeIndexed(api, '_posts/2016-03-04-two-headings.md', '---\ntitle: Two headings\nlang: en\nref: two-headings\npermalink: /en/two-headings/\ndate: 2016-03-04 10:00:00 +0100\n---\n\n## One\n\nText.\n');
    const both = new Promise<void>((resolve) => {
      const sub = api.onDidRenderPair(() => {
        if (api.pairRendered(fr) && api.pairRendered(en)) {
          sub.dispose();
          resolve();
        }
      });
    });
    await vscode.commands.executeCommand('jekyllPosts.preview.bothVersions', fr);
    await both;
    assert.match(api.pairRendered(fr)!.headerHtml, /4 mars 2016/);
    assert.match(api.pairRendered(en)!.headerHtml, /4 March 2016/);
    await vscode.workspace.fs.delete(fr);
    await vscode.workspace.fs.delete(en);
  });
});
