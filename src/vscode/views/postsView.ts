import * as vscode from 'vscode';
import { filterPosts, LanguageGroup, PostsOverview, YearGroup } from '../../core/overview/posts';

import { IndexedSite } from '../indexService';
import { OverviewStore } from './overviewStore';
import { postTreeItem } from './postItem';

export const POSTS_VIEW = 'jekyllPosts.posts';
export const FILTER_POSTS = 'jekyllPosts.overview.filterPosts';
export const CLEAR_POSTS_FILTER = 'jekyllPosts.overview.clearFilter';
const FILTERED_CONTEXT = 'jekyllPosts.overview.filtered';

export type PostsNode =
  | { readonly type: 'site'; readonly site: IndexedSite }
  | { readonly type: 'lang'; readonly site: IndexedSite; readonly group: LanguageGroup }
  | { readonly type: 'year'; readonly site: IndexedSite; readonly group: YearGroup; readonly parent: PostsNode | undefined }
  | vscode.Uri;

/**
 * The Posts view: sites (when the workspace has several), languages, years, posts. Children are
 * made when a node expands, so a site of 10,000 posts shows its first rows at once.
 */
export class PostsViewProvider implements vscode.TreeDataProvider<PostsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<PostsNode | PostsNode[] | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private filterText = '';
  /** Post elements by URI, kept stable so a change of findings refreshes just their rows. */
  private readonly elements = new Map<string, { uri: vscode.Uri; site: IndexedSite }>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  view?: vscode.TreeView<PostsNode>;

  constructor(private readonly store: OverviewStore) {
    this.disposables.push(
      store.onDidChange(() => this.refresh()),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const rows = e.uris.map((u) => this.elements.get(u.toString())?.uri).filter((u): u is vscode.Uri => !!u);
        if (rows.length > 0) this.changed.fire(rows);
      }),
    );
  }

  get filter(): string {
    return this.filterText;
  }

  setFilter(text: string): void {
    this.filterText = text.trim();
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, this.filterText !== '');
    if (this.view) this.view.description = this.filterText ? vscode.l10n.t('filter: {0}', this.filterText) : undefined;
    this.refresh();
  }

  refresh(): void {
    this.elements.clear();
    this.changed.fire(undefined);
  }

  private overview(site: IndexedSite): PostsOverview {
    return filterPosts(this.store.posts(site), this.filterText);
  }

  getChildren(node?: PostsNode): PostsNode[] {
    if (!node) {
      const sites = this.store.sites();
      if (this.view) this.view.message = sites.length === 0 ? vscode.l10n.t('No Jekyll site indexed yet.') : undefined;
      if (sites.length === 1) return this.siteChildren(sites[0]);
      return sites.map((site) => ({ type: 'site', site }));
    }
    if (node instanceof vscode.Uri) return [];
    if (node.type === 'site') return this.siteChildren(node.site);
    if (node.type === 'lang') return node.group.years.map((group) => ({ type: 'year', site: node.site, group, parent: node }));
    return node.group.posts.map((post) => this.element(node.site, post.path));
  }

  private siteChildren(site: IndexedSite): PostsNode[] {
    const overview = this.overview(site);
    if (overview.count === 0 && this.view) this.view.message = this.filterText ? vscode.l10n.t('No post matches “{0}”.', this.filterText) : vscode.l10n.t('This site has no posts yet.');
    // One language (or none): its years at the top.
    if (overview.languages.length === 1) return overview.languages[0].years.map((group) => ({ type: 'year', site, group, parent: undefined }));
    return overview.languages.map((group) => ({ type: 'lang', site, group }));
  }

  private element(site: IndexedSite, path: string): vscode.Uri {
    const uri = site.site.fs.toUri(path);
    const key = uri.toString();
    const known = this.elements.get(key);
    if (known) return known.uri;
    this.elements.set(key, { uri, site });
    return uri;
  }

  getTreeItem(node: PostsNode): vscode.TreeItem {
    if (node instanceof vscode.Uri) {
      const site = this.elements.get(node.toString())?.site;
      if (!site) return new vscode.TreeItem(node.path);
      const post = this.store.post(site, node.path.slice(site.site.root.length + 1));
      return postTreeItem(site, node, post, post && this.store.versions(site, post));
    }
    if (node.type === 'site') {
      const item = new vscode.TreeItem(node.site.site.rootUri.path.split('/').pop() || node.site.site.root, vscode.TreeItemCollapsibleState.Expanded);
      item.description = vscode.workspace.asRelativePath(node.site.site.rootUri);
      item.iconPath = new vscode.ThemeIcon('globe');
      return item;
    }
    if (node.type === 'lang') {
      const item = new vscode.TreeItem(node.group.lang ?? vscode.l10n.t('no language'), vscode.TreeItemCollapsibleState.Expanded);
      item.description = countLabel(node.group.count);
      item.iconPath = new vscode.ThemeIcon('globe');
      item.contextValue = 'jekyllLanguage';
      return item;
    }
    const item = new vscode.TreeItem(node.group.year || vscode.l10n.t('no date'), vscode.TreeItemCollapsibleState.Collapsed);
    item.description = countLabel(node.group.posts.length);
    item.iconPath = new vscode.ThemeIcon('calendar');
    return item;
  }

  getParent(node: PostsNode): PostsNode | undefined {
    if (node instanceof vscode.Uri || node.type === 'site') return undefined;
    if (node.type === 'year') return node.parent;
    return undefined;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

export function countLabel(count: number): string {
  return count === 1 ? vscode.l10n.t('1 post') : vscode.l10n.t('{0} posts', count);
}

/** "Filter posts": asks for the text (or takes it as the argument), empty clears it. */
export async function askFilter(provider: PostsViewProvider, text?: string): Promise<void> {
  const value =
    typeof text === 'string'
      ? text
      : await vscode.window.showInputBox({ prompt: vscode.l10n.t('Show the posts whose title, file, tags, categories or authors contain this text'), value: provider.filter, placeHolder: vscode.l10n.t('for example: jpa') });
  if (value !== undefined) provider.setFilter(value);
}

