import * as vscode from 'vscode';
import { planRename, RenamePlanned, RenameRequest } from '../../core/create/renamePost';
import { readRenameSite } from '../../core/create/renameSite';
import { REDIRECT_PLUGIN } from '../../core/create/redirectFrom';
import { join, relative } from '../../core/paths';
import { classifyPath } from '../../core/site/post';
import { parseFrontMatter } from '../../core/site/frontMatter';
import { LineIndex } from '../../core/text';
import { localize } from '../convert';
import { Site, SiteRegistry } from '../sites';

export const RENAME_POST_COMMAND = 'jekyllPosts.renamePostEverywhere';

/** What the command was given by a caller (tests, the rename provider): what it otherwise asks. */
export interface RenameOptions {
  readonly name?: string;
  readonly permalink?: string;
  /** Add redirect_from without asking (true), or do not (false); undefined: ask when the old URL was published. */
  readonly redirect?: boolean;
}

export interface RenameOutcome {
  readonly applied: boolean;
  readonly plan: RenamePlanned;
  readonly edit: vscode.WorkspaceEdit;
}

function settings(): { now: Date; drafts: boolean; machineZone: string } {
  return { now: new Date(), drafts: false, machineZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' };
}

/** The site read for a rename, open editors' text winning over the disk. */
async function readSite(site: Site) {
  const open = new Map<string, vscode.TextDocument>();
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.uri.scheme === site.rootUri.scheme && doc.uri.path.startsWith(`${site.root}/`)) open.set(relative(site.root, doc.uri.path), doc);
  }
  const data = await readRenameSite(site.fs, site.root, site.config, settings(), (rel) => open.get(rel)?.getText());
  return { data, open };
}

/**
 * The plan as one WorkspaceEdit: every text edit (on the files as they are named now), then the
 * file's rename (never over an existing file). Applied at once, it is undone at once.
 */
export function toWorkspaceEdit(site: Site, plan: RenamePlanned, texts: ReadonlyMap<string, string>, open: ReadonlyMap<string, vscode.TextDocument>): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const [path, edits] of plan.edits) {
    const uri = site.fs.toUri(join(site.root, path));
    const doc = open.get(path);
    const text = texts.get(path) ?? '';
    const lines = new LineIndex(text);
    // Text read from disk keeps its BOM, which an editor does not count.
    const bom = !doc && text.startsWith('\ufeff') ? 1 : 0;
    const at = (offset: number): vscode.Position => {
      if (doc) return doc.positionAt(offset);
      const p = lines.positionAt(offset);
      return new vscode.Position(p.line, p.line === 0 ? Math.max(0, p.character - bom) : p.character);
    };
    for (const e of edits) edit.replace(uri, new vscode.Range(at(e.range.start), at(e.range.end)), e.newText);
  }
  if (plan.to !== plan.from) edit.renameFile(site.fs.toUri(join(site.root, plan.from)), site.fs.toUri(join(site.root, plan.to)), { overwrite: false });
  return edit;
}

/** `jekyllPosts.rename.redirectFrom`: true (always), false (never), undefined (ask). */
function redirectSetting(scope: vscode.Uri): boolean | undefined {
  const value = vscode.workspace.getConfiguration('jekyllPosts', scope).get<string>('rename.redirectFrom', 'ask');
  return value === 'always' ? true : value === 'never' ? false : undefined;
}

/** The sentence offering a redirect, saying when the site does not load the plugin. */
function redirectQuestion(plan: RenamePlanned): string {
  const question = vscode.l10n.t('{0} was published. Keep it alive with redirect_from (jekyll-redirect-from)?', plan.oldUrl);
  return plan.redirectPlugin ? question : `${question} ${vscode.l10n.t('The site does not load {0} yet: add it to plugins: in _config.yml and to the Gemfile.', REDIRECT_PLUGIN)}`;
}

/**
 * Plans and applies a rename: asks for what `options` does not give, refuses (with the reason)
 * what the plan refuses, and offers redirect_from when the old URL was published.
 */
export async function renamePostEverywhere(sites: SiteRegistry, uri: vscode.Uri | undefined, options: RenameOptions = {}): Promise<RenameOutcome | undefined> {
  uri ??= vscode.window.activeTextEditor?.document.uri;
  if (!uri) return undefined;
  const site = await sites.siteFor(uri);
  const from = site ? relative(site.root, uri.path) : undefined;
  const info = site && from ? classifyPath(from, site.config) : undefined;
  if (!site || !from || !info || (info.kind !== 'post' && info.kind !== 'draft')) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} is not a post of a Jekyll site.', vscode.workspace.asRelativePath(uri)));
    return undefined;
  }
  let name = options.name;
  let permalink = options.permalink;
  if (name === undefined && permalink === undefined) {
    const answer = await vscode.window.showInputBox({
      title: vscode.l10n.t('Rename post'),
      prompt: vscode.l10n.t('The new slug or file name (its date is kept), or a new permalink starting with /'),
      value: info.slug,
      valueSelection: [0, info.slug.length],
    });
    if (answer === undefined || answer.trim() === '') return undefined;
    if (answer.trim().startsWith('/')) permalink = answer.trim();
    else name = answer.trim();
  }
  const { data, open } = await readSite(site);
  const request: RenameRequest = { from, name, permalink };
  let plan = planRename(data, request);
  if (!plan.ok) {
    void vscode.window.showErrorMessage(localize(plan.problem));
    return undefined;
  }
  let redirect = options.redirect ?? redirectSetting(uri);
  if (redirect === undefined && plan.published) {
    const add = vscode.l10n.t('Add redirect_from');
    const no = vscode.l10n.t('Rename without');
    const choice = await vscode.window.showInformationMessage(redirectQuestion(plan), add, no);
    if (choice === undefined) return undefined;
    redirect = choice === add;
  }
  if (redirect) {
    const again = planRename(data, { ...request, redirect: true });
    if (!again.ok) return undefined;
    plan = again;
  }
  const edit = toWorkspaceEdit(site, plan, data.texts, open);
  // isRefactoring (VS Code 1.79+): the files it changes are saved as files.refactoring.autoSave says.
  const applied = await (vscode.workspace.applyEdit as (e: vscode.WorkspaceEdit, m?: { isRefactoring?: boolean }) => Thenable<boolean>)(edit, { isRefactoring: true });
  for (const other of applied ? plan.pairedByName : []) void vscode.window.showWarningMessage(vscode.l10n.t('{0} is paired with it by its file name: rename it the same way to keep them paired.', other));
  if (applied && redirect && !plan.redirectPlugin) void vscode.window.showWarningMessage(vscode.l10n.t('The site does not load {0} yet: add it to plugins: in _config.yml and to the Gemfile.', REDIRECT_PLUGIN));
  return { applied, plan, edit };
}

/**
 * F2 on `permalink:` of a post: the last segment of the URL (its slug) is renamed, and every link
 * to the post follows, as the command does.
 */
export class PermalinkRenameProvider implements vscode.RenameProvider {
  constructor(private readonly sites: SiteRegistry) {}

  private slugRange(document: vscode.TextDocument, position: vscode.Position): { range: vscode.Range; permalink: string; start: number; end: number } | undefined {
    const text = document.getText();
    const parsed = parseFrontMatter(text);
    const field = parsed.fields.get('permalink');
    if (!field || typeof field.value !== 'string' || !parsed.block.closed) return undefined;
    const offset = document.offsetAt(position);
    if (offset < field.valueRange.start || offset > field.valueRange.end) return undefined;
    const value = field.value;
    const m = /([^/]+)(\/?|\.[A-Za-z0-9]+)$/.exec(value);
    if (!m || value.includes(':')) return undefined;
    const inWritten = field.written.lastIndexOf(m[1]);
    if (inWritten === -1) return undefined;
    const start = field.valueRange.start + inWritten;
    return { range: new vscode.Range(document.positionAt(start), document.positionAt(start + m[1].length)), permalink: value, start: m.index, end: m.index + m[1].length };
  }

  async prepareRename(document: vscode.TextDocument, position: vscode.Position): Promise<{ range: vscode.Range; placeholder: string } | undefined> {
    const site = await this.sites.siteFor(document.uri);
    const info = site ? classifyPath(relative(site.root, document.uri.path), site.config) : undefined;
    if (!info || (info.kind !== 'post' && info.kind !== 'draft')) return undefined;
    const found = this.slugRange(document, position);
    if (!found) return undefined;
    return { range: found.range, placeholder: document.getText(found.range) };
  }

  async provideRenameEdits(document: vscode.TextDocument, position: vscode.Position, newName: string): Promise<vscode.WorkspaceEdit | undefined> {
    const site = await this.sites.siteFor(document.uri);
    const found = this.slugRange(document, position);
    if (!site || !found) return undefined;
    const permalink = found.permalink.slice(0, found.start) + newName + found.permalink.slice(found.end);
    const { data, open } = await readSite(site);
    const request: RenameRequest = { from: relative(site.root, document.uri.path), permalink };
    let plan = planRename(data, request);
    if (!plan.ok) throw new Error(localize(plan.problem));
    if (plan.published) {
      const add = vscode.l10n.t('Add redirect_from');
      const setting = redirectSetting(document.uri);
      const choice = setting === undefined ? await vscode.window.showInformationMessage(redirectQuestion(plan), add, vscode.l10n.t('Rename without')) : setting ? add : undefined;
      if (choice === add) {
        const again = planRename(data, { ...request, redirect: true });
        if (again.ok) plan = again;
      }
    }
    return toWorkspaceEdit(site, plan, data.texts, open);
  }
}
