import * as vscode from 'vscode';
import { linkCursor } from '../core/complete/linkContext';
import { describeEntry, LinkSite } from '../core/complete/linkTargets';
import { fragmentCompletions, fragmentTarget, LinkCompletionItem, LinkCompletionKind, LinkCompletionList, linkCompletions } from '../core/complete/linkCompletions';
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

/** A completion item that knows its target, described when VS Code shows it (not for each of thousands of items). */
class LinkItem extends vscode.CompletionItem {
  constructor(
    item: LinkCompletionItem,
    readonly describe: (() => vscode.MarkdownString) | undefined,
  ) {
    super(item.label, KINDS[item.kind]);
  }
}

function toItem(range: vscode.Range, item: LinkCompletionItem, site: LinkSite | undefined): vscode.CompletionItem {
  const entry = item.entry;
  const out = new LinkItem(item, entry && site ? () => markdown(describeEntry(entry, site)) : undefined);
  out.insertText = item.insertText;
  out.range = range;
  out.sortText = item.sortText;
  out.filterText = item.filterText;
  if (item.detail !== undefined) out.detail = show(item.detail);
  return out;
}

/**
 * Completions of links in a post's body: site URLs, image files, `{% link %}` paths, `{% post_url %}`
 * names and heading ids, from the site index's map.
 */
export class LinkCompletionProvider implements vscode.CompletionItemProvider<vscode.CompletionItem> {
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
    let list: LinkCompletionList;
    if (cursor.kind === 'fragment') {
      const target = fragmentTarget(cursor, doc, site.map);
      if (!target) return undefined;
      const targetText = target === 'self' ? text : (await siteFileText(found, target.source))?.text;
      if (targetText === undefined) return undefined;
      list = fragmentCompletions(cursor, bodyAnchors(targetText, bodyOffset(targetText)));
    } else {
      list = linkCompletions(cursor, doc, site);
    }
    if (list.items.length === 0) return undefined;
    // Every item replaces what is typed of the target: one range for all.
    const range = toRange(document, list.range);
    return list.items.map((i) => toItem(range, i, site));
  }

  /** The target's title, kind, date, language, URL and source file, for the item VS Code shows. */
  resolveCompletionItem(item: vscode.CompletionItem): vscode.CompletionItem {
    if (item instanceof LinkItem && item.describe && !item.documentation) item.documentation = item.describe();
    return item;
  }
}
