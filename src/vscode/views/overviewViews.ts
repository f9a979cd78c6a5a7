import * as vscode from 'vscode';
import { Finding } from '../../core/lint/types';
import { IndexService } from '../indexService';
import { AUTHORS_VIEW, AuthorsViewProvider, OPEN_AUTHOR, openAuthor } from './authorsView';
import { OverviewStore } from './overviewStore';
import { askFilter, CLEAR_POSTS_FILTER, FILTER_POSTS, POSTS_VIEW, PostsViewProvider } from './postsView';
import { RenameTagCommand, siteTagActions } from './renameTag';
import { TAGS_VIEW, TagsViewProvider } from './tagsView';

export interface OverviewViews {
  readonly posts: PostsViewProvider;
  readonly tags: TagsViewProvider;
  readonly authors: AuthorsViewProvider;
  readonly rename: RenameTagCommand;
}

/** The "Jekyll" activity bar views (posts, tags and categories, authors) and their commands. */
export function registerOverview(indexes: IndexService): { views: OverviewViews; disposables: vscode.Disposable[] } {
  const store = new OverviewStore(indexes);
  const posts = new PostsViewProvider(store);
  const tags = new TagsViewProvider(store);
  const authors = new AuthorsViewProvider(store);
  const rename = new RenameTagCommand(indexes);
  const postsView = vscode.window.createTreeView(POSTS_VIEW, { treeDataProvider: posts, showCollapseAll: true });
  posts.view = postsView;
  const tagsView = vscode.window.createTreeView(TAGS_VIEW, { treeDataProvider: tags, showCollapseAll: true });
  tags.view = tagsView;
  const disposables: vscode.Disposable[] = [
    store,
    posts,
    tags,
    authors,
    postsView,
    tagsView,
    vscode.window.createTreeView(AUTHORS_VIEW, { treeDataProvider: authors }),
    vscode.commands.registerCommand(FILTER_POSTS, (text?: unknown) => askFilter(posts, typeof text === 'string' ? text : undefined)),
    vscode.commands.registerCommand(CLEAR_POSTS_FILTER, () => posts.setFilter('')),
    vscode.commands.registerCommand(OPEN_AUTHOR, (uri: vscode.Uri, offset?: number) => openAuthor(uri, offset)),
    rename.register(),
  ];
  return { views: { posts, tags, authors, rename }, disposables };
}

/** The extra quick fixes of a finding: the site-wide rename for `tag-near-duplicate`. */
export function overviewCodeActions(indexes: IndexService): (document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: Finding) => Promise<vscode.CodeAction[]> {
  return async (document, diagnostic, finding) => {
    if (finding.rule !== 'tag-near-duplicate') return [];
    // The finding's fixes are "Use `X`", one per other spelling: the same spellings, site-wide.
    const spellings = (finding.fixes ?? []).map((f) => f.title.args[0]).filter((a): a is string => typeof a === 'string');
    return siteTagActions(indexes, document, diagnostic, spellings);
  };
}
