import * as vscode from 'vscode';
import { tokenAt } from '../core/complete/context';
import { definitionAt } from '../core/complete/definition';
import { join } from '../core/paths';
import { toRange } from './convert';
import { IndexService } from './indexService';
import { linkAtCursor, linkLocation } from './linkNavigation';

/**
 * Go to definition: an author to `_authors/<login>.md` (or its `_data` entry), a layout to its file,
 * a link in the body to the source file of its target (at the heading its `#fragment` names).
 */
export class FrontMatterDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly indexes: IndexService) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.LocationLink[] | undefined> {
    const text = document.getText();
    const offset = document.offsetAt(position);
    if (!tokenAt(text, offset)) return this.linkDefinition(document, position);
    const found = await this.indexes.indexFor(document.uri);
    if (!found) return undefined;
    const target = definitionAt({ text, offset, site: found.index });
    if (!target) return undefined;
    const uri = found.site.fs.toUri(join(found.site.root, target.file));
    let position0 = new vscode.Position(0, 0);
    if (target.offset > 0) {
      const bytes = await found.site.fs.readFile(uri.path);
      if (bytes) {
        const before = new TextDecoder().decode(bytes).slice(0, target.offset);
        const lines = before.split('\n');
        position0 = new vscode.Position(lines.length - 1, lines[lines.length - 1].length);
      }
    }
    const range = new vscode.Range(position0, position0);
    return [{ originSelectionRange: toRange(document, target.originRange), targetUri: uri, targetRange: range, targetSelectionRange: range }];
  }

  private async linkDefinition(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.LocationLink[] | undefined> {
    const link = await linkAtCursor(this.indexes, document, position);
    const location = link && (await linkLocation(link));
    if (!link || !location) return undefined;
    const range = new vscode.Range(location.position, location.position);
    return [{ originSelectionRange: toRange(document, link.target.originRange), targetUri: location.uri, targetRange: range, targetSelectionRange: range }];
  }
}
