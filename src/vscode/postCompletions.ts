import * as vscode from 'vscode';
import { planPost } from '../core/create/newPost';
import { relative } from '../core/paths';
import { parseFrontMatter } from '../core/site/frontMatter';
import { strftime } from '../core/site/strftime';
import { snapshotSite, SiteSnapshot } from './commands/siteSnapshot';
import { Site, SiteRegistry } from './sites';

/** How long a site's conventions are reused before the site is read again. */
const CACHE_MS = 30_000;

interface Cached<T> {
  readonly at: number;
  readonly value: Promise<T>;
}

/**
 * A front matter skeleton that follows the site's conventions at the top of a post without front
 * matter. (Post names after `{% post_url ` come from the link completions, linkCompletionProvider.ts.)
 */
export class PostCompletionProvider implements vscode.CompletionItemProvider, vscode.Disposable {
  static readonly triggerCharacters = [' ', '-'];
  private readonly snapshots = new Map<string, Cached<SiteSnapshot>>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly sites: SiteRegistry) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/_posts/**');
    const forget = (): void => {
      this.snapshots.clear();
    };
    this.disposables.push(watcher, watcher.onDidCreate(forget), watcher.onDidDelete(forget), sites.onDidChange(forget));
  }

  private cached<T>(map: Map<string, Cached<T>>, key: string, load: () => Promise<T>): Promise<T> {
    const hit = map.get(key);
    if (hit && Date.now() - hit.at < CACHE_MS) return hit.value;
    const value = load();
    map.set(key, { at: Date.now(), value });
    value.catch(() => map.delete(key));
    return value;
  }

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[] | undefined> {
    const site = await this.sites.siteFor(document.uri);
    if (!site) return undefined;
    const before = document.lineAt(position.line).text.slice(0, position.character);
    if (position.line === 0 && /^-{0,3}$/.test(before) && !parseFrontMatter(document.getText()).block.closed) {
      return this.skeleton(site, document, position);
    }
    return undefined;
  }

  private async skeleton(site: Site, document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
    const snapshot = await this.cached(this.snapshots, site.rootUri.toString(), () => snapshotSite(site));
    const c = snapshot.conventions;
    const rel = relative(site.root, document.uri.path);
    const lang = c.languages.find((l) => rel.split('/').includes(l)) ?? c.languages[0];
    const sentinel = 'XJEKYLLTITLEX';
    const slugSentinel = 'XJEKYLLSLUGX';
    const now = Math.floor(Date.now() / 60000) * 60;
    // A dated file name keeps its day: the front matter date must fall on it.
    const fileDay = /^(\d{4}-\d{2}-\d{2})-/.exec(rel.split('/').pop() ?? '')?.[1];
    const date = fileDay ? `${fileDay} ${strftime('%H:%M', now, c.timezone)}` : now;
    const plan = planPost(c, { post: { title: sentinel, lang, slug: slugSentinel }, date }, () => false);
    if (!plan.ok) return [];
    const text = plan.files[0].text;
    const slug = /^\d{2,4}-\d{1,2}-\d{1,2}-(.+)\.[^.]+$/.exec(rel.split('/').pop() ?? '')?.[1];
    const escaped = text
      .replace(/[\\$}]/g, (ch) => `\\${ch}`)
      .replace(sentinel, '${1:Title}')
      .split(slugSentinel)
      .join(slug ? slug.replace(/[\\$}]/g, (ch) => `\\${ch}`) : '${2:slug}');
    const fixed = text.replace(sentinel, 'Title').split(slugSentinel).join(slug ?? 'slug');
    const item = new vscode.CompletionItem(vscode.l10n.t('Jekyll front matter'), vscode.CompletionItemKind.Snippet);
    item.insertText = new vscode.SnippetString(`${escaped}$0`);
    item.range = new vscode.Range(new vscode.Position(0, 0), position);
    item.filterText = '---';
    item.detail = vscode.l10n.t('Front matter following this site’s conventions');
    item.documentation = new vscode.MarkdownString().appendCodeblock(fixed, 'yaml');
    return [item];
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
