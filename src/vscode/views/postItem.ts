import * as vscode from 'vscode';
import { OverviewPost, PostStatus, TranslationStatus } from '../../core/overview/posts';
import { relative } from '../../core/paths';
import { DIAGNOSTIC_SOURCE } from '../convert';
import { IndexedSite } from '../indexService';

const ICONS: Record<PostStatus, string> = { published: 'pass', draft: 'edit', future: 'watch', unpublished: 'eye-closed' };

export function statusLabel(status: PostStatus): string {
  return status === 'draft' ? vscode.l10n.t('draft') : status === 'future' ? vscode.l10n.t('future') : status === 'unpublished' ? vscode.l10n.t('unpublished') : vscode.l10n.t('published');
}

/** The extension's findings on a file, as the Problems panel has them. */
export function findingsCount(uri: vscode.Uri): number {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === DIAGNOSTIC_SOURCE).length;
}

/** `2024-01-10 · draft · fr version · 2 findings`: what a post's row says after its title. */
export function postDescription(post: OverviewPost, versions: TranslationStatus, findings: number): string {
  const parts = [post.date ?? vscode.l10n.t('no date')];
  if (post.status !== 'published') parts.push(statusLabel(post.status));
  for (const t of versions.translations) parts.push(vscode.l10n.t('{0} version', t.lang));
  for (const lang of versions.missing) parts.push(vscode.l10n.t('no {0} version', lang));
  if (findings > 0) parts.push(findings === 1 ? vscode.l10n.t('1 finding') : vscode.l10n.t('{0} findings', findings));
  return parts.join(' · ');
}

/**
 * A post's row. Its element is the file's URI, so the context menu's commands (publish, unpublish,
 * add translation, preview) receive the URI they take. `contextValue`: `jekyllPost.STATUS`, with
 * `.untranslated` when a language version is missing.
 */
export function postTreeItem(site: IndexedSite, uri: vscode.Uri, post: OverviewPost | undefined, versions: TranslationStatus = { translations: [], missing: [] }): vscode.TreeItem {
  const rel = relative(site.site.root, uri.path);
  if (!post) {
    const item = new vscode.TreeItem(rel);
    item.resourceUri = uri;
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [uri] };
    return item;
  }
  const item = new vscode.TreeItem(post.title);
  item.resourceUri = uri;
  item.description = postDescription(post, versions, findingsCount(uri));
  item.iconPath = new vscode.ThemeIcon(ICONS[post.status]);
  item.tooltip = [post.relativePath, statusLabel(post.status), post.tags.length ? vscode.l10n.t('tags: {0}', post.tags.join(', ')) : ''].filter(Boolean).join('\n');
  item.contextValue = `jekyllPost.${post.status}${versions.missing.length > 0 ? '.untranslated' : ''}`;
  item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [uri] };
  return item;
}
