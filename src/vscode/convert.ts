import * as vscode from 'vscode';
import { Finding, LintSettings, Severity, SeveritySetting } from '../core/lint/types';
import { allRules } from '../core/lint/rules';
import { formatMessage, Message } from '../core/messages';
import { LineIndex, OffsetRange } from '../core/text';
import { CONFIG_FILE_NAMES } from '../core/site/siteFiles';
import { basename } from '../core/paths';

/** What a diagnostic needs of a document: its URI and offsets turned into positions (a TextDocument, or text read from disk). */
export interface PositionSource {
  readonly uri: vscode.Uri;
  positionAt(offset: number): vscode.Position;
}

/** A PositionSource for text that is not open in an editor. */
export function textPositions(uri: vscode.Uri, text: string): PositionSource {
  const lines = new LineIndex(text);
  return {
    uri,
    positionAt(offset) {
      const p = lines.positionAt(offset);
      return new vscode.Position(p.line, p.character);
    },
  };
}

/** Whether a file is a site configuration file (`_config.yml`, `_config.yaml`). */
export function isConfigFile(uri: vscode.Uri): boolean {
  return CONFIG_FILE_NAMES.includes(basename(uri.path));
}

export const DIAGNOSTIC_SOURCE = 'jekyll-posts';

/** A core message in the user's language. */
export function localize(message: Message): string {
  return formatMessage(message, (template) => vscode.l10n.t(template));
}

export function toRange(document: Pick<PositionSource, 'positionAt'>, range: OffsetRange): vscode.Range {
  return new vscode.Range(document.positionAt(range.start), document.positionAt(range.end));
}

function toSeverity(severity: Severity): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    default:
      return vscode.DiagnosticSeverity.Information;
  }
}

/** The page that explains a rule: its doc shipped inside the extension, so it matches this version. */
export function ruleDocUri(extensionUri: vscode.Uri, rule: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${rule}.md`);
}

export function toDiagnostic(document: PositionSource, finding: Finding, extensionUri: vscode.Uri, siteRoot: vscode.Uri): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(document, finding.range), localize(finding.message), toSeverity(finding.severity));
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.rule, target: ruleDocUri(extensionUri, finding.rule) };
  if (finding.related?.length) {
    // Related places in other files are named by path; their offsets are not known here, so they point at the file's start.
    diagnostic.relatedInformation = finding.related.map((r) =>
      r.file === undefined
        ? new vscode.DiagnosticRelatedInformation(new vscode.Location(document.uri, toRange(document, r.range)), localize(r.message))
        : new vscode.DiagnosticRelatedInformation(new vscode.Location(vscode.Uri.joinPath(siteRoot, ...r.file.split('/')), new vscode.Position(0, 0)), localize(r.message)),
    );
  }
  return diagnostic;
}

/** The settings rules read, for a document. */
export function lintSettings(scope: vscode.Uri): Partial<LintSettings> {
  const c = vscode.workspace.getConfiguration('jekyllPosts', scope);
  return {
    now: new Date(),
    timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    languages: c.get<string[]>('languages', []).filter(Boolean),
    requiredKeys: c.get<string[]>('requiredKeys', ['title']),
    titleMaxLength: c.get<number>('seo.titleMaxLength', 60),
    excerptMaxLength: c.get<number>('seo.excerptMaxLength', 160),
    translationKey: c.get<string>('translationKey', '') || undefined,
  };
}

/** The user's `jekyllPosts.rules.<id>` settings for a document. */
export function ruleSettings(scope: vscode.Uri): Record<string, SeveritySetting | undefined> {
  const configuration = vscode.workspace.getConfiguration('jekyllPosts.rules', scope);
  const out: Record<string, SeveritySetting | undefined> = {};
  for (const rule of allRules) {
    const inspected = configuration.inspect<SeveritySetting>(rule.id);
    const value = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
    if (value) out[rule.id] = value;
  }
  return out;
}
