import * as vscode from 'vscode';
import { FixProvider, RENAME_COMMAND, renamePost } from './codeActions';
import { FrontMatterCompletionProvider } from './completionProvider';
import { FrontMatterDefinitionProvider } from './definitionProvider';
import { DiagnosticsController } from './diagnostics';
import { FrontMatterHoverProvider } from './hoverProvider';
import { IndexService } from './indexService';
import { LinkCompletionProvider } from './linkCompletionProvider';
import { NewPostCommands } from './commands/newPost';
import { PublishCommands } from './commands/publish';
import { MultiStepInput } from './commands/multiStepInput';
import { PostCompletionProvider } from './postCompletions';
import { PreviewManager, PreviewSnapshot } from './preview/previewManager';
import { PreviewSites } from './preview/previewSites';
import { PairPreview, PairSnapshot } from './preview/pairPreview';
import { SiteRegistry } from './sites';
import { COPY_URL, copyUrl, OPEN_TRANSLATION, openTranslation, UrlLensProvider } from './urlLens';
import { CONFIG_FILES, ProjectConfigCompletionProvider, ProjectConfigHoverProvider, RuleDescriptions } from './projectConfigProviders';
import { CHECK_SITE_COMMAND, SiteChecker } from './siteCheck';
import { ImageEdits } from './imagePaste';
import { PermalinkRenameProvider, RENAME_POST_COMMAND, RenameOptions, renamePostEverywhere } from './commands/renamePost';
import { OverviewViews, overviewCodeActions, registerOverview } from './views/overviewViews';

/** Wiring only: each feature lives in its own module and receives what it needs. */
export function activate(context: vscode.ExtensionContext): JekyllPostsApi {
  const sites = new SiteRegistry();
  const indexes = new IndexService(sites);
  const diagnostics = new DiagnosticsController(sites, context.extensionUri, (site) => indexes.readyIndex(site));
  context.subscriptions.push(
    sites,
    diagnostics,
    vscode.languages.registerCodeActionsProvider([{ language: 'markdown' }, ...(CONFIG_FILES as vscode.DocumentFilter[])], new FixProvider(diagnostics, overviewCodeActions(indexes)), FixProvider.metadata),
    vscode.commands.registerCommand(RENAME_COMMAND, renamePost),
    // Rules that compare posts see the site once it is indexed, and again after each change.
    indexes.onDidUpdate(() => diagnostics.lintAll()),
  );
  const urlLenses = new UrlLensProvider(sites, indexes);
  context.subscriptions.push(
    urlLenses,
    vscode.languages.registerCodeLensProvider({ language: 'markdown' }, urlLenses),
    vscode.commands.registerCommand(OPEN_TRANSLATION, openTranslation),
    vscode.commands.registerCommand(COPY_URL, copyUrl),
  );
  const documents: vscode.DocumentSelector = [{ language: 'markdown' }, { language: 'html' }];
  context.subscriptions.push(
    indexes,
    vscode.languages.registerCompletionItemProvider(documents, new FrontMatterCompletionProvider(indexes), ...FrontMatterCompletionProvider.triggerCharacters),
    vscode.languages.registerCompletionItemProvider(documents, new LinkCompletionProvider(indexes), ...LinkCompletionProvider.triggerCharacters),
    vscode.languages.registerHoverProvider(documents, new FrontMatterHoverProvider(indexes)),
    vscode.languages.registerDefinitionProvider(documents, new FrontMatterDefinitionProvider(indexes)),
  );
  const postCompletions = new PostCompletionProvider(sites);
  context.subscriptions.push(
    ...new NewPostCommands(sites, context.workspaceState, async (uri) => (await indexes.indexFor(uri))?.index).register(),
    ...new PublishCommands(sites).register(),
    postCompletions,
    vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, postCompletions, ...PostCompletionProvider.triggerCharacters),
  );
  // The jekyll_posts: block of _config.yml, and the whole site in the Problems panel.
  const descriptions = new RuleDescriptions(context.extensionUri);
  const siteCheck = new SiteChecker(indexes, diagnostics, context.extensionUri);
  context.subscriptions.push(
    siteCheck,
    vscode.languages.registerCompletionItemProvider(CONFIG_FILES, new ProjectConfigCompletionProvider(descriptions), ...ProjectConfigCompletionProvider.triggerCharacters),
    vscode.languages.registerHoverProvider(CONFIG_FILES, new ProjectConfigHoverProvider(descriptions)),
    vscode.commands.registerCommand(CHECK_SITE_COMMAND, () => siteCheck.checkWorkspace(true)),
  );
  // Renaming a post with every link to it (the command, and F2 on `permalink:`).
  context.subscriptions.push(
    vscode.commands.registerCommand(RENAME_POST_COMMAND, (uri?: vscode.Uri, options?: RenameOptions) => renamePostEverywhere(sites, uri instanceof vscode.Uri ? uri : undefined, options)),
    vscode.languages.registerRenameProvider({ language: 'markdown' }, new PermalinkRenameProvider(sites)),
  );
  // Pasted and dropped images, saved where the site keeps them.
  const imageEdits = new ImageEdits(sites);
  context.subscriptions.push(...imageEdits.register({ language: 'markdown' }));
  const previewSites = new PreviewSites(indexes);
  const preview = new PreviewManager(context.extensionUri, sites, previewSites, context.workspaceState);
  const pair = new PairPreview(context.extensionUri, sites, previewSites, preview.look, context.workspaceState);
  context.subscriptions.push(previewSites, preview, ...preview.register(), pair, ...pair.register());
  const overview = registerOverview(indexes);
  context.subscriptions.push(...overview.disposables);
  void indexes.start();
  return {
    views: overview.views,
    whenIdle: () => diagnostics.whenIdle(),
    siteRoot: async (uri) => (await sites.siteFor(uri))?.rootUri,
    indexReady: (uri) => indexes.whenReady(uri),
    whenIndexed: (uri) => indexes.whenIndexed(uri),
    previewRendered: () => preview.last,
    onDidRenderPreview: preview.onDidRender,
    setPreviewMode: (mode) => preview.setMode(mode),
    pairRendered: (uri) => pair.last.get(uri.toString()),
    onDidRenderPair: pair.onDidRender,
    onDidCheckSite: siteCheck.onDidCheck,
    onDidShowQuickInput: MultiStepInput.onDidShow,
    imageEdits,
  };
}

/** What the extension exports to other extensions and to its integration tests. */
export interface JekyllPostsApi {
  /** Resolves when every pending lint has finished. */
  whenIdle(): Promise<void>;
  /** The root of the Jekyll site a file belongs to, if any. */
  siteRoot(uri: vscode.Uri): Promise<vscode.Uri | undefined>;
  /** Resolves once the index of the site `uri` belongs to is built and every file event so far applied. */
  indexReady(uri: vscode.Uri): Promise<void>;
  /** Resolves the next time a change to `uri` (on disk or in an editor) reaches the site index. */
  whenIndexed(uri: vscode.Uri): Promise<void>;
  /** What the preview shows now (its last render), if it is open. */
  previewRendered(): PreviewSnapshot | undefined;
  /** Fires after each preview render has been sent to the page. */
  onDidRenderPreview: vscode.Event<PreviewSnapshot>;
  /** Switches the preview between the site view and the reading view (remembered per workspace). */
  setPreviewMode(mode: 'site' | 'reading'): Promise<void>;
  /** What a panel of "Preview both versions" shows for a document, if open. */
  pairRendered(uri: vscode.Uri): PairSnapshot | undefined;
  onDidRenderPair: vscode.Event<PairSnapshot>;
  /** Fires after each whole-site check ("Jekyll: Check the whole site", or the `site` lint scope) ran to its end. */
  onDidCheckSite: vscode.Event<void>;
  /** Fires with each step the new-post commands show (a quick pick or an input box). */
  onDidShowQuickInput: vscode.Event<vscode.QuickInput>;
  /** The paste and drop edit provider for images (tests call it with a DataTransfer). */
  readonly imageEdits: ImageEdits;
  /** The "Jekyll" activity bar views' providers (posts, tags and categories, authors) and "Rename tag". */
  readonly views: OverviewViews;
}

export function deactivate(): void {}
