import * as vscode from 'vscode';
import { completeProjectConfig, ConfigItem, DescribeRule, hoverProjectConfig } from '../core/complete/projectConfigComplete';
import { localize, toRange } from './convert';

/** Site configuration files, whatever language mode they open in. */
export const CONFIG_FILES: vscode.DocumentSelector = [{ pattern: '**/_config.yml' }, { pattern: '**/_config.yaml' }];

const KINDS: Record<ConfigItem['kind'], vscode.CompletionItemKind> = {
  block: vscode.CompletionItemKind.Module,
  key: vscode.CompletionItemKind.Property,
  rule: vscode.CompletionItemKind.Keyword,
  severity: vscode.CompletionItemKind.EnumMember,
};

/**
 * Rule descriptions in the user's language, from the manifest's own translations (the
 * `jekyllPosts.rules.<id>` settings' descriptions, without their "Severity of `id`:" lead).
 */
export class RuleDescriptions {
  private loaded: Promise<DescribeRule> | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  get(): Promise<DescribeRule> {
    return (this.loaded ??= this.load());
  }

  private async load(): Promise<DescribeRule> {
    const read = async (name: string): Promise<Record<string, string>> => {
      try {
        return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, name))));
      } catch {
        return {};
      }
    };
    const language = vscode.env.language.split('-')[0];
    const nls = { ...(await read('package.nls.json')), ...(language !== 'en' ? await read(`package.nls.${language}.json`) : {}) };
    return (id) => (nls[`config.rules.${id}`] ?? id).replace(/^[^:]*`[^`]+`\s*:\s*/, '');
  }
}

function markdown(parts: readonly (string | Parameters<typeof localize>[0])[]): vscode.MarkdownString {
  return new vscode.MarkdownString(parts.map((p) => (typeof p === 'string' ? p : localize(p))).join('\n\n'));
}

/** Completions inside the `jekyll_posts:` block of `_config.yml`. */
export class ProjectConfigCompletionProvider implements vscode.CompletionItemProvider {
  static readonly triggerCharacters = [' ', ':'];

  constructor(private readonly descriptions: RuleDescriptions) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[] | undefined> {
    const items = completeProjectConfig(document.getText(), document.offsetAt(position), await this.descriptions.get());
    if (items.length === 0) return undefined;
    return items.map((item) => {
      const out = new vscode.CompletionItem(item.label, KINDS[item.kind]);
      out.insertText = item.insertText;
      out.range = toRange(document, item.range);
      out.sortText = item.sortText;
      if (item.detail) out.detail = item.detail;
      out.documentation = markdown(item.documentation);
      return out;
    });
  }
}

/** Hovers on the keys, rule ids and severities of the `jekyll_posts:` block. */
export class ProjectConfigHoverProvider implements vscode.HoverProvider {
  constructor(private readonly descriptions: RuleDescriptions) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const hover = hoverProjectConfig(document.getText(), document.offsetAt(position), await this.descriptions.get());
    return hover ? new vscode.Hover(markdown(hover.contents), toRange(document, hover.range)) : undefined;
  }
}
