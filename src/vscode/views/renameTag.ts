import * as vscode from 'vscode';
import { tagKey } from '../../core/lint/rules/tagNearDuplicate';
import { TermKind } from '../../core/taxonomy/renameTerm';
import { documentsUsing, invalidTermName, planSiteRename } from '../../core/taxonomy/siteRename';
import { SiteIndex } from '../../core/site/siteIndex';
import { localize, textPositions, toRange } from '../convert';
import { IndexedSite, IndexService } from '../indexService';
import type { TagsNode } from './tagsView';

export const RENAME_TAG = 'jekyllPosts.renameTag';

/** Arguments of "Rename tag" called without questions (the code action, tests, other extensions). */
export interface RenameTagRequest {
  /** The site: its root or any file in it (default: the first indexed site). */
  readonly site?: vscode.Uri | string;
  readonly kind?: TermKind;
  /** The spelling(s) to replace. */
  readonly from: string | readonly string[];
  readonly to: string;
}

export interface RenameTagResult {
  readonly applied: boolean;
  /** Files edited, relative to the site root. */
  readonly files: readonly string[];
  readonly message?: string;
}

/** The spellings of a site's tags (or categories) that fold to the same key as `name`, `name` included. */
export function spellingsOf(index: SiteIndex, kind: TermKind, name: string): string[] {
  const key = tagKey(name);
  return [...(kind === 'tags' ? index.tags : index.categories).keys()].filter((t) => tagKey(t) === key);
}

/** How many posts use any of these spellings. */
export function postsUsing(index: SiteIndex, kind: TermKind, names: readonly string[]): number {
  return documentsUsing(index.documents(), kind, names).length;
}

function isRequest(arg: unknown): arg is RenameTagRequest {
  return typeof arg === 'object' && arg !== null && 'to' in arg && 'from' in arg;
}

function isTagsNode(arg: unknown): arg is Extract<TagsNode, { type: 'term' | 'group' }> {
  return typeof arg === 'object' && arg !== null && 'type' in arg && ((arg as { type: string }).type === 'term' || (arg as { type: string }).type === 'group');
}

/**
 * "Jekyll: Rename tag": renames or merges a tag or category across the whole site as one
 * WorkspaceEdit (undone with one Undo), each front matter edited byte-exactly (core/taxonomy).
 * From the Tags view it asks for the new name (or, on a near-duplicate group, which spelling to
 * keep); with a RenameTagRequest it asks nothing.
 */
export class RenameTagCommand {
  constructor(private readonly indexes: IndexService) {}

  register(): vscode.Disposable {
    return vscode.commands.registerCommand(RENAME_TAG, (arg?: unknown) => this.run(arg));
  }

  async run(arg?: unknown): Promise<RenameTagResult> {
    let site: IndexedSite | undefined;
    let kind: TermKind = 'tags';
    let from: string[];
    let to: string | undefined;
    if (isRequest(arg)) {
      site = await this.siteOf(arg.site);
      kind = arg.kind ?? 'tags';
      from = typeof arg.from === 'string' ? [arg.from] : [...arg.from];
      to = arg.to;
    } else if (isTagsNode(arg)) {
      site = arg.site;
      kind = arg.kind;
      if (arg.type === 'group') {
        const names = arg.group.terms.map((t) => t.name);
        const picked = await vscode.window.showQuickPick(
          arg.group.terms.map((t) => ({ label: t.name, description: vscode.l10n.t('{0} posts', t.posts.length) })),
          { placeHolder: vscode.l10n.t('Which spelling should every post use?') },
        );
        if (!picked) return { applied: false, files: [] };
        to = picked.label;
        from = names.filter((n) => n !== to);
      } else {
        from = [arg.term.name];
        to = await this.askName(arg.term.name, kind);
      }
    } else {
      site = await this.siteOf(undefined);
      if (!site) return this.fail(vscode.l10n.t('No Jekyll site indexed yet.'));
      const names = [...site.index.tags].sort((a, b) => b[1] - a[1]);
      const picked = await vscode.window.showQuickPick(
        names.map(([name, count]) => ({ label: name, description: vscode.l10n.t('{0} posts', count) })),
        { placeHolder: vscode.l10n.t('Which tag?') },
      );
      if (!picked) return { applied: false, files: [] };
      from = [picked.label];
      to = await this.askName(picked.label, kind);
    }
    if (!site) return this.fail(vscode.l10n.t('No Jekyll site indexed yet.'));
    if (to === undefined) return { applied: false, files: [] };
    const invalid = invalidTermName(to);
    if (invalid) return this.fail(localize(invalid));
    return this.apply(site, kind, from, to);
  }

  private async askName(current: string, kind: TermKind): Promise<string | undefined> {
    return vscode.window.showInputBox({
      prompt: kind === 'tags' ? vscode.l10n.t('New name of the tag `{0}` in every post (an existing tag merges them)', current) : vscode.l10n.t('New name of the category `{0}` in every post (an existing category merges them)', current),
      value: current,
      validateInput: (value) => {
        const invalid = invalidTermName(value);
        return invalid ? localize(invalid) : undefined;
      },
    });
  }

  private async siteOf(given: vscode.Uri | string | undefined): Promise<IndexedSite | undefined> {
    if (given !== undefined) {
      const uri = typeof given === 'string' ? vscode.Uri.parse(given) : given;
      // A site's root names that site (its parent folder may be another site's).
      const root = this.indexes.indexedSites().find((s) => s.site.rootUri.toString() === uri.toString());
      return root ?? this.indexes.indexFor(uri);
    }
    return this.indexes.indexedSites()[0];
  }

  private fail(message: string): RenameTagResult {
    void vscode.window.showErrorMessage(message);
    return { applied: false, files: [], message };
  }

  /** Plans the rename on the texts as they are now (open editors included) and applies it as one WorkspaceEdit. */
  async apply(site: IndexedSite, kind: TermKind, from: readonly string[], to: string): Promise<RenameTagResult> {
    const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
    const read = async (path: string): Promise<string | undefined> => {
      const uri = site.site.fs.toUri(path);
      const document = open.get(uri.toString());
      if (document) return document.getText();
      try {
        // Decoded as VS Code opens it (a BOM is not part of the text): offsets match the editor's.
        return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        return undefined;
      }
    };
    const plan = await planSiteRename(site.index.documents(), kind, from, to, read);
    if (plan.files.length === 0) {
      const message = plan.unchanged.length > 0 ? vscode.l10n.t('No post writes `{0}` in its own front matter: {1}.', from.join('`, `'), localize(plan.unchanged[0].reason)) : vscode.l10n.t('No post uses `{0}`.', from.join('`, `'));
      return this.fail(message);
    }
    const edit = new vscode.WorkspaceEdit();
    for (const file of plan.files) {
      const uri = site.site.fs.toUri(file.path);
      const positions = open.get(uri.toString()) ?? textPositions(uri, file.text);
      for (const e of file.edits) edit.replace(uri, toRange(positions, e.range), e.newText);
    }
    const applied = await vscode.workspace.applyEdit(edit);
    let message: string | undefined;
    if (applied && plan.unchanged.length > 0) {
      message = vscode.l10n.t('{0} posts keep the old name: {1} ({2}).', plan.unchanged.length, plan.unchanged[0].relativePath, localize(plan.unchanged[0].reason));
      void vscode.window.showInformationMessage(message);
    }
    return { applied, files: plan.files.map((f) => f.relativePath), message };
  }
}

/**
 * The site-wide choices of a `tag-near-duplicate` finding: "Use `jpa` in all 4 posts" for each
 * spelling the finding offers. Quick fixes that run "Rename tag"; never preferred, so "Fix all" and
 * `--fix` never take them (a tag page's URL changes: the author decides).
 */
export async function siteTagActions(indexes: IndexService, document: vscode.TextDocument, diagnostic: vscode.Diagnostic, spellings: readonly string[]): Promise<vscode.CodeAction[]> {
  const site = await indexes.indexFor(document.uri);
  if (!site || spellings.length === 0) return [];
  const group = spellingsOf(site.index, 'tags', spellings[0]);
  const count = postsUsing(site.index, 'tags', group);
  return spellings.map((to) => {
    const action = new vscode.CodeAction(vscode.l10n.t('Use `{0}` in all {1} posts', to, count), vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = false;
    const request: RenameTagRequest = { site: document.uri.toString(), kind: 'tags', from: group.filter((t) => t !== to), to };
    action.command = { command: RENAME_TAG, title: action.title, arguments: [request] };
    return action;
  });
}
