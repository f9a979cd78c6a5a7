import * as vscode from 'vscode';
import { completeAt, CompletionItem, CompletionKind, Text } from '../core/complete/completions';
import { cursorContext } from '../core/complete/context';
import { relative } from '../core/paths';
import { localize, toRange } from './convert';
import { IndexService } from './indexService';

const KINDS: Record<CompletionKind, vscode.CompletionItemKind> = {
  key: vscode.CompletionItemKind.Property,
  tag: vscode.CompletionItemKind.Keyword,
  category: vscode.CompletionItemKind.Folder,
  author: vscode.CompletionItemKind.User,
  language: vscode.CompletionItemKind.Value,
  layout: vscode.CompletionItemKind.File,
  date: vscode.CompletionItemKind.Constant,
  permalink: vscode.CompletionItemKind.Reference,
};

/** Core text in the user's language: messages translated, site data as it is. */
export function show(text: Text): string {
  return typeof text === 'string' ? text : localize(text);
}

export function markdown(parts: readonly Text[]): vscode.MarkdownString {
  return new vscode.MarkdownString(parts.map(show).join('\n\n'));
}

/** The machine's time zone, for sites whose `_config.yml` sets none. */
export function hostTimezone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

function toItem(document: vscode.TextDocument, item: CompletionItem): vscode.CompletionItem {
  const out = new vscode.CompletionItem(item.label, KINDS[item.kind]);
  out.insertText = item.insertText;
  out.range = toRange(document, item.range);
  out.sortText = item.sortText;
  out.filterText = item.filterText;
  if (item.detail !== undefined) out.detail = show(item.detail);
  if (item.documentation?.length) out.documentation = markdown(item.documentation);
  if (item.retrigger) out.command = { command: 'editor.action.triggerSuggest', title: '' };
  return out;
}

/** Front matter completions from the site index. */
export class FrontMatterCompletionProvider implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = [':', ' ', '-', '[', ','];

  constructor(private readonly indexes: IndexService) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionList | undefined> {
    const text = document.getText();
    const offset = document.offsetAt(position);
    if (cursorContext(text, offset).kind === 'none') return undefined;
    const found = await this.indexes.indexFor(document.uri);
    if (!found) return undefined;
    const result = completeAt({ text, offset, relativePath: relative(found.site.root, document.uri.path), config: found.site.config, site: found.index, timezone: hostTimezone() });
    if (result.items.length === 0) return undefined;
    return new vscode.CompletionList(result.items.map((i) => toItem(document, i)), result.isIncomplete);
  }
}
