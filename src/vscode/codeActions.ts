import * as vscode from 'vscode';
import { planSafeFixes } from '../core/lint/fixSafety';
import { Finding, Fix } from '../core/lint/types';
import { join, relative } from '../core/paths';
import { DIAGNOSTIC_SOURCE, localize, toRange } from './convert';
import { DiagnosticsController } from './diagnostics';
import { parseFrontMatter, ParsedFrontMatter } from '../core/site/frontMatter';
import { ignoreForPostFix, ignoreOnLineFix } from '../core/lint/suppressions';
import { isConfigFile } from './convert';
import { Site } from './sites';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('jekyllPosts');
export const RENAME_COMMAND = 'jekyllPosts.renamePost';

function sameRange(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: Finding): boolean {
  return diagnostic.range.isEqual(toRange(document, finding.range));
}

function code(diagnostic: vscode.Diagnostic): string | undefined {
  const c = diagnostic.code;
  return typeof c === 'object' && c !== null ? String(c.value) : c === undefined ? undefined : String(c);
}

/** A fix's text edits as a WorkspaceEdit on the document. */
export function fixEdit(document: vscode.TextDocument, fix: Pick<Fix, 'edits'>): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of fix.edits) edit.replace(document.uri, toRange(document, e.range), e.newText);
  return edit;
}

/** Quick fixes for the extension's diagnostics, and `source.fixAll.jekyllPosts`. */
export class FixProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(
    private readonly diagnostics: DiagnosticsController,
    /** Choices beyond the finding's own fixes, such as the site-wide rename of a tag (views/renameTag). */
    private readonly siteActions?: (document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: Finding) => Promise<vscode.CodeAction[]>,
  ) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const linted = await this.diagnostics.lintNow(document);
    if (!linted) return [];
    const actions: vscode.CodeAction[] = [];
    const wantsQuickFix = !context.only || context.only.contains(vscode.CodeActionKind.QuickFix) || vscode.CodeActionKind.QuickFix.contains(context.only);
    if (wantsQuickFix) {
      let frontMatter: ParsedFrontMatter | undefined;
      for (const diagnostic of context.diagnostics) {
        if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
        const finding = linted.findings.find((f) => f.rule === code(diagnostic) && sameRange(document, diagnostic, f));
        if (!finding) continue;
        for (const fix of finding.fixes ?? []) actions.push(this.quickFix(document, linted.site, diagnostic, fix));
        if (this.siteActions) actions.push(...(await this.siteActions(document, diagnostic, finding)));
        if (isConfigFile(document.uri)) continue;
        // Suppression comments, after the finding's own fixes.
        const text = document.getText();
        frontMatter ??= parseFrontMatter(text);
        for (const fix of [ignoreOnLineFix(text, frontMatter, finding), ignoreForPostFix(text, frontMatter, finding.rule)]) {
          if (fix) actions.push(this.quickFix(document, linted.site, diagnostic, fix));
        }
      }
    }
    if (context.only && (context.only.contains(FIX_ALL_KIND) || FIX_ALL_KIND.contains(context.only))) {
      // Only the fixes the site model finds safe: what Jekyll builds stays the same (fixSafety).
      const model = { now: new Date(), drafts: false, machineZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
      const findings = linted.findings.map((f) => ({ ...f, fixes: f.fixes?.filter((x) => !x.rename) }));
      const plan = planSafeFixes(findings, { path: relative(linted.site.root, document.uri.path), text: document.getText() }, { config: linted.site.config, model });
      if (plan.edits.length > 0) {
        const action = new vscode.CodeAction(vscode.l10n.t('Fix all Jekyll front matter problems'), FIX_ALL_KIND);
        action.edit = fixEdit(document, plan);
        actions.push(action);
      }
    }
    return actions;
  }

  private quickFix(document: vscode.TextDocument, site: Site, diagnostic: vscode.Diagnostic, fix: Fix): vscode.CodeAction {
    const action = new vscode.CodeAction(localize(fix.title), vscode.CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = fix.preferred ?? false;
    if (fix.edits.length > 0) action.edit = fixEdit(document, fix);
    if (fix.rename) {
      action.command = {
        command: RENAME_COMMAND,
        title: localize(fix.title),
        arguments: [document.uri, site.fs.toUri(join(site.root, fix.rename.to))],
      };
    }
    return action;
  }
}

/** Renames a post, refusing with a message when the target exists. */
export async function renamePost(from: vscode.Uri, to: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(to);
    void vscode.window.showErrorMessage(vscode.l10n.t('Not renamed: {0} already exists.', vscode.workspace.asRelativePath(to)));
    return false;
  } catch {
    // The target does not exist: go on.
  }
  const edit = new vscode.WorkspaceEdit();
  edit.renameFile(from, to, { overwrite: false });
  return vscode.workspace.applyEdit(edit);
}
