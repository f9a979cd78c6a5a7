import * as vscode from 'vscode';
import { AuthorEntry } from '../../core/overview/authors';
import { join } from '../../core/paths';
import { IndexedSite } from '../indexService';
import { OverviewStore } from './overviewStore';
import { postTreeItem } from './postItem';
import { countLabel } from './postsView';

export const AUTHORS_VIEW = 'jekyllPosts.authors';
export const OPEN_AUTHOR = 'jekyllPosts.overview.openAuthor';

export type AuthorsNode =
  | { readonly type: 'site'; readonly site: IndexedSite }
  | { readonly type: 'author'; readonly site: IndexedSite; readonly author: AuthorEntry }
  | { readonly type: 'post'; readonly site: IndexedSite; readonly uri: vscode.Uri; readonly relativePath: string };

/** Authors: posts per author, logins the site's registry does not know flagged; click opens the author's file. */
export class AuthorsViewProvider implements vscode.TreeDataProvider<AuthorsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<AuthorsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly store: OverviewStore) {
    this.subscription = store.onDidChange(() => this.changed.fire(undefined));
  }

  getChildren(node?: AuthorsNode): AuthorsNode[] {
    if (!node) {
      const sites = this.store.sites();
      if (sites.length === 1) return this.authors(sites[0]);
      return sites.map((site) => ({ type: 'site', site }));
    }
    if (node.type === 'site') return this.authors(node.site);
    if (node.type === 'author') {
      return node.author.posts.map((relativePath) => ({ type: 'post', site: node.site, relativePath, uri: node.site.site.fs.toUri(join(node.site.site.root, relativePath)) }));
    }
    return [];
  }

  private authors(site: IndexedSite): AuthorsNode[] {
    return this.store.authors(site).authors.map((author) => ({ type: 'author', site, author }));
  }

  getTreeItem(node: AuthorsNode): vscode.TreeItem {
    if (node.type === 'site') {
      const item = new vscode.TreeItem(node.site.site.rootUri.path.split('/').pop() || node.site.site.root, vscode.TreeItemCollapsibleState.Expanded);
      item.description = vscode.workspace.asRelativePath(node.site.site.rootUri);
      return item;
    }
    if (node.type === 'post') {
      const post = this.store.post(node.site, node.relativePath);
      return postTreeItem(node.site, node.uri, post, post && this.store.versions(node.site, post));
    }
    const { author } = node;
    const item = new vscode.TreeItem(author.login, author.posts.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    const who = author.known ? author.name : vscode.l10n.t('unknown login');
    item.description = [who, countLabel(author.posts.length)].filter(Boolean).join(' · ');
    item.iconPath = new vscode.ThemeIcon(author.known ? 'person' : 'warning');
    item.contextValue = author.known ? 'jekyllAuthor' : 'jekyllAuthor.unknown';
    if (author.file) {
      const uri = node.site.site.fs.toUri(join(node.site.site.root, author.file));
      item.tooltip = author.file;
      item.command = { command: OPEN_AUTHOR, title: vscode.l10n.t('Open'), arguments: [uri, author.offset] };
    } else if (!author.known) {
      item.tooltip = vscode.l10n.t('No `_authors/{0}.md` or `_data/authors` entry names this login.', author.login);
    }
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

/** Opens an author's file, at its entry for a data file. */
export async function openAuthor(uri: vscode.Uri, offset?: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const at = document.positionAt(offset ?? 0);
  await vscode.window.showTextDocument(document, { preview: false, selection: new vscode.Range(at, at) });
}
