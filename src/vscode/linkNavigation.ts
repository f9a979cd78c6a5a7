import * as vscode from 'vscode';
import { bodyOffset } from '../core/complete/linkContext';
import { LinkedTarget, LinkSite, linkTargetAt } from '../core/complete/linkTargets';
import { relative } from '../core/paths';
import { bodyAnchors } from '../core/site/links';
import { IndexedSite, IndexService } from './indexService';
import { linkSite, siteFileText } from './linkSite';

/** Bytes on a line that announce a link the hover and definition read. */
const MARKERS = /\]\(|\]:|href\s*=|src\s*=|\{%-?\s*(?:post_url|link)\s/;

export interface LinkAtCursor {
  readonly found: IndexedSite;
  readonly site: LinkSite;
  readonly target: LinkedTarget;
}

/** The link under the cursor in a post's body and the site entry it leads to. */
export async function linkAtCursor(indexes: IndexService, document: vscode.TextDocument, position: vscode.Position): Promise<LinkAtCursor | undefined> {
  if (!MARKERS.test(document.lineAt(position.line).text)) return undefined;
  const found = await indexes.indexFor(document.uri);
  if (!found) return undefined;
  const site = linkSite(found);
  const source = relative(found.site.root, document.uri.path);
  const url = found.index.siteDocuments.all.get(source)?.url;
  const target = linkTargetAt(document.getText(), document.offsetAt(position), site.map, source, url);
  return target ? { found, site, target } : undefined;
}

/** Where a link leads in its source file: the top, or the heading its `#fragment` names. */
export async function linkLocation(link: LinkAtCursor): Promise<{ uri: vscode.Uri; position: vscode.Position } | undefined> {
  const file = await siteFileText(link.found, link.target.entry.source);
  if (!file) return undefined;
  let offset = 0;
  const fragment = link.target.fragment;
  if (fragment && link.target.entry.kind !== 'static') {
    let id = fragment;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      // kept as written
    }
    offset = bodyAnchors(file.text, bodyOffset(file.text)).find((a) => a.id === id)?.offset ?? 0;
  }
  const before = file.text.slice(0, offset).split('\n');
  return { uri: file.uri, position: new vscode.Position(before.length - 1, before[before.length - 1].length) };
}
