import * as vscode from 'vscode';
import { TermEntry, TermGroup } from '../../core/overview/taxonomy';
import { join } from '../../core/paths';
import type { TermKind } from '../../core/taxonomy/renameTerm';
import { IndexedSite } from '../indexService';
import { OverviewStore } from './overviewStore';
import { findingsCount, postTreeItem } from './postItem';
import { countLabel } from './postsView';

export const TAGS_VIEW = 'jekyllPosts.tags';

export type TagsNode =
  | { readonly type: 'site'; readonly site: IndexedSite }
  | { readonly type: 'kind'; readonly site: IndexedSite; readonly kind: TermKind }
  | { readonly type: 'group'; readonly site: IndexedSite; readonly kind: TermKind; readonly group: TermGroup }
  | { readonly type: 'term'; readonly site: IndexedSite; readonly kind: TermKind; readonly term: TermEntry; readonly group: TermGroup }
  | { readonly type: 'post'; readonly site: IndexedSite; readonly uri: vscode.Uri; readonly relativePath: string };

/** `3 posts · en 2, fr 1`. */
export function termDescription(term: TermEntry): string {
  const langs = term.byLang.filter(([lang]) => lang !== '').map(([lang, n]) => `${lang} ${n}`);
  const none = term.byLang.find(([lang]) => lang === '');
  if (none && langs.length > 0) langs.push(vscode.l10n.t('no language {0}', none[1]));
  return langs.length > 0 ? `${countLabel(term.posts.length)} · ${langs.join(', ')}` : countLabel(term.posts.length);
}

/**
 * Tags and categories: each with its post count per language; spellings that differ only by case,
 * accents, separators or a plural under one group node; a term's posts as its children.
 */
export class TagsViewProvider implements vscode.TreeDataProvider<TagsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TagsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;
  view?: vscode.TreeView<TagsNode>;
  /** What the visible view was drawn from (see snapshot), or undefined once it must be drawn again. */
  private shown: string | undefined;
  /** Terms whose posts the view has listed: their posts' rows are part of what it shows. */
  private readonly opened = new Set<string>();

  constructor(private readonly store: OverviewStore) {
    // A full refresh makes VS Code forget the items' handles until the view has asked for them
    // again: "Rename tag" chosen from a group's context menu in that moment gets no group and asks
    // "Which tag?". So the visible view refreshes only when what it shows changed.
    this.subscription = store.onDidChange(() => {
      if (this.shown !== undefined && this.view?.visible && this.snapshot() === this.shown) return;
      this.shown = undefined;
      this.changed.fire(undefined);
    });
  }

  private termKey(site: IndexedSite, kind: TermKind, name: string): string {
    return `${site.site.rootUri.toString()}\u0000${kind}\u0000${name}`;
  }

  /** What the view shows: sites, terms with their counts and posts, and the rows of the posts it listed. */
  private snapshot(): string {
    return JSON.stringify(this.store.sites().map((site) => {
      const kinds = (['tags', 'categories'] as const).map((kind) => this.store.taxonomy(site, kind));
      const rows: unknown[] = [];
      for (const taxonomy of kinds) {
        for (const group of taxonomy.groups) {
          for (const term of group.terms) {
            if (!this.opened.has(this.termKey(site, taxonomy.kind, term.name))) continue;
            for (const relativePath of term.posts) {
              const post = this.store.post(site, relativePath);
              rows.push([relativePath, post, post && this.store.versions(site, post), findingsCount(site.site.fs.toUri(join(site.site.root, relativePath)))]);
            }
          }
        }
      }
      return [site.site.rootUri.toString(), kinds, rows];
    }));
  }

  getChildren(node?: TagsNode): TagsNode[] {
    if (!node) {
      if (this.view?.visible) this.shown = this.snapshot();
      const sites = this.store.sites();
      if (sites.length === 1) return this.kinds(sites[0]);
      return sites.map((site) => ({ type: 'site', site }));
    }
    if (node.type === 'site') return this.kinds(node.site);
    if (node.type === 'kind') {
      return this.store.taxonomy(node.site, node.kind).groups.map((group) =>
        group.terms.length === 1 ? { type: 'term', site: node.site, kind: node.kind, term: group.terms[0], group } : { type: 'group', site: node.site, kind: node.kind, group },
      );
    }
    if (node.type === 'group') return node.group.terms.map((term) => ({ type: 'term', site: node.site, kind: node.kind, term, group: node.group }));
    if (node.type === 'term') {
      this.opened.add(this.termKey(node.site, node.kind, node.term.name));
      return node.term.posts.map((relativePath) => ({ type: 'post', site: node.site, relativePath, uri: node.site.site.fs.toUri(join(node.site.site.root, relativePath)) }));
    }
    return [];
  }

  private kinds(site: IndexedSite): TagsNode[] {
    return [
      { type: 'kind', site, kind: 'tags' },
      { type: 'kind', site, kind: 'categories' },
    ];
  }

  getTreeItem(node: TagsNode): vscode.TreeItem {
    switch (node.type) {
      case 'site': {
        const item = new vscode.TreeItem(node.site.site.rootUri.path.split('/').pop() || node.site.site.root, vscode.TreeItemCollapsibleState.Expanded);
        item.description = vscode.workspace.asRelativePath(node.site.site.rootUri);
        return item;
      }
      case 'kind': {
        const taxonomy = this.store.taxonomy(node.site, node.kind);
        const item = new vscode.TreeItem(node.kind === 'tags' ? vscode.l10n.t('Tags') : vscode.l10n.t('Categories'), vscode.TreeItemCollapsibleState.Expanded);
        const near = taxonomy.groups.filter((g) => g.terms.length > 1).length;
        item.description = near > 0 ? vscode.l10n.t('{0} · {1} near-duplicate groups', taxonomy.termCount, near) : String(taxonomy.termCount);
        item.iconPath = new vscode.ThemeIcon(node.kind === 'tags' ? 'tag' : 'list-tree');
        return item;
      }
      case 'group': {
        const item = new vscode.TreeItem(node.group.terms.map((t) => t.name).join(' / '), vscode.TreeItemCollapsibleState.Expanded);
        item.description = vscode.l10n.t('{0} · near-duplicates', countLabel(node.group.postCount));
        item.tooltip = vscode.l10n.t('These spellings differ only by case, accents, separators or a plural: the site has a page for each. Merge them with "Rename tag".');
        item.iconPath = new vscode.ThemeIcon('warning');
        item.contextValue = node.kind === 'tags' ? 'jekyllTermGroup.tags' : 'jekyllTermGroup.categories';
        return item;
      }
      case 'term': {
        const item = new vscode.TreeItem(node.term.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = termDescription(node.term);
        item.iconPath = new vscode.ThemeIcon(node.kind === 'tags' ? 'tag' : 'list-tree');
        item.contextValue = node.kind === 'tags' ? 'jekyllTerm.tags' : 'jekyllTerm.categories';
        return item;
      }
      case 'post':
      {
        const post = this.store.post(node.site, node.relativePath);
        return postTreeItem(node.site, node.uri, post, post && this.store.versions(node.site, post));
      }
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
