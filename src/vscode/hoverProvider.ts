import * as vscode from 'vscode';
import { tokenAt } from '../core/complete/context';
import { hoverAt } from '../core/complete/hovers';
import { relative } from '../core/paths';
import { hostTimezone, markdown } from './completionProvider';
import { toRange } from './convert';
import { IndexService } from './indexService';

/** Hovers on authors, tags, dates, permalinks and keys in front matter. */
export class FrontMatterHoverProvider implements vscode.HoverProvider {
  constructor(private readonly indexes: IndexService) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const text = document.getText();
    const offset = document.offsetAt(position);
    if (!tokenAt(text, offset)) return undefined;
    const found = await this.indexes.indexFor(document.uri);
    if (!found) return undefined;
    const hover = hoverAt({ text, offset, relativePath: relative(found.site.root, document.uri.path), config: found.site.config, site: found.index, timezone: hostTimezone() });
    return hover ? new vscode.Hover(markdown(hover.contents), toRange(document, hover.range)) : undefined;
  }
}
