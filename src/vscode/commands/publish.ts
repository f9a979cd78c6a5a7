import * as vscode from 'vscode';
import { formatDateInput, parseDateInput } from '../../core/create/newPost';
import { draftTranslations, FileText, MovePlan, planPublish, planUnpublish } from '../../core/create/publish';
import { relative } from '../../core/paths';
import { walkSite } from '../../core/site/siteFiles';
import { localize } from '../convert';
import { Site, SiteRegistry } from '../sites';
import { existsInSite, snapshotSite } from './siteSnapshot';

export const PUBLISH_DRAFT = 'jekyllPosts.publishDraft';
export const UNPUBLISH_POST = 'jekyllPosts.unpublishPost';

/**
 * Arguments of `jekyllPosts.publishDraft` and `jekyllPosts.unpublishPost`. A URI alone (a menu, the
 * posts view) asks for what is missing (the date, whether to publish the translation); an options
 * object asks nothing: the date is now, and the translation is published only with `translation: true`.
 */
export interface MoveOptions {
  /** The draft or post (default: the active editor's). */
  readonly uri?: vscode.Uri | string;
  /** Publish: a date Ruby reads (zone-less: the site's zone), or epoch seconds; default now. */
  readonly date?: string | number;
  /** Publish: also publish the drafts of the other languages linked to it. */
  readonly translation?: boolean;
  /** Open the moved files (default true). */
  readonly open?: boolean;
}

export interface MoveResult {
  /** URIs (as strings) of the files where they now are. */
  readonly moved: readonly string[];
  readonly error?: string;
}

function toUri(value: vscode.Uri | string): vscode.Uri {
  if (typeof value !== 'string') return value;
  return /^[a-z][a-z0-9+.-]+:/i.test(value) && !/^[a-z]:[\\/]/i.test(value) ? vscode.Uri.parse(value) : vscode.Uri.file(value);
}

function nowMinute(): number {
  return Math.floor(Date.now() / 60000) * 60;
}

/** "Jekyll: Publish draft" and "Jekyll: Unpublish post". */
export class PublishCommands {
  constructor(private readonly sites: SiteRegistry) {}

  register(): vscode.Disposable[] {
    const split = (arg: unknown): [MoveOptions | undefined, vscode.Uri | undefined] =>
      arg instanceof vscode.Uri ? [undefined, arg] : typeof arg === 'string' ? [undefined, toUri(arg)] : typeof arg === 'object' && arg !== null ? [arg as MoveOptions, undefined] : [undefined, undefined];
    return [
      vscode.commands.registerCommand(PUBLISH_DRAFT, (arg?: unknown) => this.publish(...split(arg))),
      vscode.commands.registerCommand(UNPUBLISH_POST, (arg?: unknown) => this.unpublish(...split(arg))),
    ];
  }

  private fail(message: string): MoveResult {
    void vscode.window.showErrorMessage(message);
    return { moved: [], error: message };
  }

  private async target(options: MoveOptions | undefined, uri: vscode.Uri | undefined, missing: string): Promise<{ site: Site; uri: vscode.Uri; file: FileText } | string> {
    const resolved = options?.uri ? toUri(options.uri) : uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!resolved) return missing;
    const site = await this.sites.siteFor(resolved);
    if (!site) return vscode.l10n.t('{0} is not part of a Jekyll site.', vscode.workspace.asRelativePath(resolved));
    const path = relative(site.root, resolved.path);
    const text = await readExact(resolved, path);
    return text.startsWith('\u0000') ? text.slice(1) : { site, uri: resolved, file: { path, text } };
  }

  /** Publishes a draft: asks the date and whether to publish its translation too, unless given options. */
  async publish(options?: MoveOptions, uri?: vscode.Uri): Promise<MoveResult> {
    const found = await this.target(options, uri, vscode.l10n.t('Open a draft to publish first.'));
    if (typeof found === 'string') return this.fail(found);
    const { site, file } = found;
    const c = (await snapshotSite(site)).conventions;
    const interactive = !options;
    let date: string | number = options?.date ?? formatDateInput(nowMinute(), c.timezone);
    if (interactive) {
      const typed = await vscode.window.showInputBox({
        title: vscode.l10n.t('Publish {0}', file.path),
        value: String(date),
        prompt: vscode.l10n.t('Date and time in the site’s zone ({0})', c.timezone),
        validateInput: (v) => {
          const parsed = parseDateInput(v, c.timezone);
          return parsed.ok ? undefined : localize(parsed.error);
        },
      });
      if (typed === undefined) return { moved: [] };
      date = typed;
    }
    // Its translations among the drafts: published with it when asked to.
    const others = await this.otherDrafts(site, file);
    const linked = draftTranslations(c, site.config, file, others);
    let withThem: FileText[] = [];
    if (linked.length && interactive) {
      const both = vscode.l10n.t('Publish both');
      const alone = vscode.l10n.t('Only this one');
      const answer = await vscode.window.showInformationMessage(vscode.l10n.t('{0} is a draft of another language linked to {1}. Publish it too, on the same date?', linked.map((l) => l.path).join(', '), file.path), { modal: true }, both, alone);
      if (answer === undefined) return { moved: [] };
      if (answer === both) withThem = linked;
    } else if (options?.translation) withThem = linked;
    const texts: FileText[] = [];
    for (const other of withThem) {
      const text = await readExact(site.fs.toUri(`${site.root.replace(/\/$/, '')}/${other.path}`), other.path);
      if (text.startsWith('\u0000')) return this.fail(text.slice(1));
      texts.push({ path: other.path, text });
    }
    const plan = await checkedMoves(site, (exists) => planPublish(c, site.config, file, { date, with: texts }, exists));
    return this.apply(site, plan, options?.open ?? true);
  }

  /** Moves a post (published or `published: false`) back to the drafts. */
  async unpublish(options?: MoveOptions, uri?: vscode.Uri): Promise<MoveResult> {
    const found = await this.target(options, uri, vscode.l10n.t('Open a post to unpublish first.'));
    if (typeof found === 'string') return this.fail(found);
    const { site, file } = found;
    const c = (await snapshotSite(site)).conventions;
    const plan = await checkedMoves(site, (exists) => planUnpublish(c, site.config, file, exists));
    return this.apply(site, plan, options?.open ?? true);
  }

  private async otherDrafts(site: Site, file: FileText): Promise<FileText[]> {
    const walk = await walkSite(site.fs, site.root, site.config);
    const out: FileText[] = [];
    const decoder = new TextDecoder();
    for (const f of walk.files) {
      if (f.info.kind !== 'draft' || f.info.relativePath === file.path) continue;
      const bytes = await site.fs.readFile(f.path);
      if (bytes) out.push({ path: f.info.relativePath, text: decoder.decode(bytes) });
    }
    return out;
  }

  /**
   * One undoable workspace edit: each target created with the planned bytes (never over a file),
   * each source deleted; the moved files are opened.
   */
  private async apply(site: Site, plan: MovePlan, open: boolean): Promise<MoveResult> {
    if (!plan.ok) return this.fail(localize(plan.error));
    const uri = (path: string): vscode.Uri => site.fs.toUri(`${site.root.replace(/\/$/, '')}/${path}`);
    const edit = new vscode.WorkspaceEdit();
    const encoder = new TextEncoder();
    for (const m of plan.moves) edit.createFile(uri(m.to), { overwrite: false, ignoreIfExists: false, contents: encoder.encode(m.text) });
    for (const m of plan.moves) edit.deleteFile(uri(m.from), { recursive: false, ignoreIfNotExists: false });
    if (!(await vscode.workspace.applyEdit(edit))) return this.fail(vscode.l10n.t('Nothing was moved: one of {0} could not be created (it may exist already).', plan.moves.map((m) => m.to).join(', ')));
    const moved = plan.moves.map((m) => uri(m.to));
    if (open) await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(moved[0]), { preview: false });
    return { moved: moved.map((u) => u.toString()) };
  }
}

/**
 * A file's text exactly as its bytes say (a BOM kept as U+FEFF), or, prefixed with U+0000, why it
 * cannot be moved byte for byte: unsaved changes in an editor, or bytes that are not UTF-8.
 */
async function readExact(uri: vscode.Uri, path: string): Promise<string> {
  if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty)) return `\u0000${vscode.l10n.t('{0} has unsaved changes: save it first.', path)}`;
  const bytes = await vscode.workspace.fs.readFile(uri);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const back = new TextEncoder().encode(text);
  if (back.length !== bytes.length || back.some((b, i) => b !== bytes[i])) return `\u0000${vscode.l10n.t('{0} is not UTF-8 text: it is left as it is.', path)}`;
  return text;
}

/** Plans once to learn the targets, checks them on disk, then plans with what exists. */
async function checkedMoves(site: Site, make: (exists: (path: string) => boolean) => MovePlan): Promise<MovePlan> {
  const first = make(() => false);
  if (!first.ok) return first;
  const existing = new Set<string>();
  for (const m of first.moves) if (await existsInSite(site, m.to)) existing.add(m.to);
  return make((p) => existing.has(p));
}

