import * as vscode from 'vscode';
import { tokenAt } from '../core/complete/context';
import { hoverAt } from '../core/complete/hovers';
import { relative } from '../core/paths';
import { hostTimezone, markdown } from './completionProvider';
import { toRange } from './convert';
import { IndexService } from './indexService';
import { describeEntry } from '../core/complete/linkTargets';
import { msg } from '../core/messages';
import { linkAtCursor } from './linkNavigation';

/** Hovers on authors, tags, dates, permalinks and keys in front matter, and on links in the body. */
export class FrontMatterHoverProvider implements vscode.HoverProvider {
  constructor(private readonly indexes: IndexService) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const text = document.getText();
    const offset = document.offsetAt(position);
    if (!tokenAt(text, offset)) return this.linkHover(document, position);
    const found = await this.indexes.indexFor(document.uri);
    if (!found) return undefined;
    const hover = hoverAt({ text, offset, relativePath: relative(found.site.root, document.uri.path), config: found.site.config, site: found.index, timezone: hostTimezone() });
    return hover ? new vscode.Hover(markdown(hover.contents), toRange(document, hover.range)) : undefined;
  }

  /** A link's target: its title, kind, date, language, URL and source file. */
  private async linkHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const link = await linkAtCursor(this.indexes, document, position);
    if (!link) return undefined;
    const contents = describeEntry(link.target.entry, link.site);
    if (link.target.fragment) contents.push(msg('Heading: `#{0}`', link.target.fragment));
    return new vscode.Hover(markdown(contents), toRange(document, link.target.originRange));
  }
}
