import * as vscode from 'vscode';
import { linkCursor } from '../core/complete/linkContext';
import { fragmentCompletions, fragmentTarget, LinkCompletionItem, LinkCompletionKind, linkCompletions } from '../core/complete/linkCompletions';
import { bodyAnchors } from '../core/site/links';
import { bodyOffset } from '../core/complete/linkContext';
import { markdown, show } from './completionProvider';
import { toRange } from './convert';
import { IndexService } from './indexService';
import { linkDocument, linkSite, siteFileText } from './linkSite';

const KINDS: Record<LinkCompletionKind, vscode.CompletionItemKind> = {
  url: vscode.CompletionItemKind.Reference,
  image: vscode.CompletionItemKind.File,
  file: vscode.CompletionItemKind.File,
  post: vscode.CompletionItemKind.Reference,
  heading: vscode.CompletionItemKind.Field,
};

function toItem(document: vscode.TextDocument, item: LinkCompletionItem): vscode.CompletionItem {
  const out = new vscode.CompletionItem(item.label, KINDS[item.kind]);
  out.insertText = item.insertText;
  out.range = toRange(document, item.range);
  out.sortText = item.sortText;
  out.filterText = item.filterText;
  if (item.detail !== undefined) out.detail = show(item.detail);
  if (item.documentation?.length) out.documentation = markdown(item.documentation);
  return out;
}

/**
 * Completions of links in a post's body: site URLs, image files, `{% link %}` paths, `{% post_url %}`
 * names and heading ids, from the site index's map.
 */
export class LinkCompletionProvider implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = ['(', '"', "'", '#', '/', ' '];

  constructor(private readonly indexes: IndexService) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[] | undefined> {
    const text = document.getText();
    const cursor = linkCursor(text, document.offsetAt(position));
    if (!cursor) return undefined;
    const found = await this.indexes.indexFor(document.uri);
    if (!found) return undefined;
    const site = linkSite(found);
    const doc = linkDocument(found, document);
    let items: LinkCompletionItem[];
    if (cursor.kind === 'fragment') {
      const target = fragmentTarget(cursor, doc, site.map);
      if (!target) return undefined;
      const targetText = target === 'self' ? text : (await siteFileText(found, target.source))?.text;
      if (targetText === undefined) return undefined;
      items = fragmentCompletions(cursor, bodyAnchors(targetText, bodyOffset(targetText)));
    } else {
      items = linkCompletions(cursor, doc, site);
    }
    return items.length ? items.map((i) => toItem(document, i)) : undefined;
  }
}
