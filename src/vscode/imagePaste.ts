/**
 * Pasting or dropping an image into a post: the file is saved where the site keeps its images
 * (core/create/imagePlacement.ts), never over an existing file, and the Markdown is written the way
 * the site's posts write theirs. Drop uses DocumentDropEditProvider (in the 1.73 API); paste uses
 * DocumentPasteEditProvider, finalised in VS Code 1.97, so it is registered only where it exists
 * (a runtime check) with its types declared here.
 */
import * as vscode from 'vscode';
import { detectImageConvention, ImageConvention, placeImage } from '../core/create/imagePlacement';
import { join, relative } from '../core/paths';
import { walkSite } from '../core/site/siteFiles';
import { Site, SiteRegistry } from './sites';

/** How many of the newest posts tell the site's image convention. */
const POSTS_READ = 40;

// ---- The paste API as VS Code 1.97+ has it (not in @types/vscode 1.73) ---------------------------
export interface DropOrPasteEditKind {
  readonly value: string;
  append(...parts: string[]): DropOrPasteEditKind;
}
export interface DocumentPasteEditLike {
  insertText: string | vscode.SnippetString;
  title?: string;
  kind?: DropOrPasteEditKind;
  additionalEdit?: vscode.WorkspaceEdit;
}
interface PasteApi {
  readonly DocumentPasteEdit: new (insertText: string | vscode.SnippetString, title: string, kind: DropOrPasteEditKind) => DocumentPasteEditLike;
  readonly DocumentDropOrPasteEditKind: { readonly Empty: DropOrPasteEditKind };
  readonly languages: {
    registerDocumentPasteEditProvider(
      selector: vscode.DocumentSelector,
      provider: { provideDocumentPasteEdits(document: vscode.TextDocument, ranges: readonly vscode.Range[], dataTransfer: vscode.DataTransfer, context: unknown, token: vscode.CancellationToken): Promise<DocumentPasteEditLike[] | undefined> },
      metadata: { readonly providedPasteEditKinds: readonly DropOrPasteEditKind[]; readonly pasteMimeTypes: readonly string[] },
    ): vscode.Disposable;
  };
}

/** Whether this VS Code has the paste edit API (1.97 and later). */
export function hasPasteApi(api: typeof vscode = vscode): boolean {
  return 'registerDocumentPasteEditProvider' in api.languages && 'DocumentPasteEdit' in api && 'DocumentDropOrPasteEditKind' in api;
}

const IMAGE_NAME = /\.(png|jpe?g|gif|webp|avif|svg|bmp|ico|tiff?)$/i;

interface ImageFile {
  readonly name: string;
  readonly data: Uint8Array;
}

/** What an edit does: the Markdown to insert and the files to create. */
export interface ImagePlan {
  readonly markdown: string;
  readonly files: readonly { readonly path: string; readonly uri: vscode.Uri }[];
  readonly edit: vscode.WorkspaceEdit;
}

export class ImageEdits {
  constructor(private readonly sites: SiteRegistry) {}

  /** The image files a paste or a drop carries (screenshots, files from the desktop). */
  async imageFiles(dataTransfer: vscode.DataTransfer): Promise<ImageFile[]> {
    const found: { name: string; file: { data(): Thenable<Uint8Array> } }[] = [];
    dataTransfer.forEach((item, mime) => {
      const file = item.asFile();
      if (!file) return;
      if (!mime.startsWith('image/') && !IMAGE_NAME.test(file.name)) return;
      const ext = IMAGE_NAME.test(file.name) ? '' : `.${mime.slice('image/'.length).replace(/\+.*$/, '').replace('jpeg', 'jpg')}`;
      found.push({ name: `${file.name || 'image'}${ext}`, file });
    });
    return Promise.all(found.map(async ({ name, file }) => ({ name, data: await file.data() })));
  }

  /** The site's convention: the newest posts' images, `jekyll_posts: images:`, the setting. */
  async convention(site: Site): Promise<ImageConvention> {
    const { files } = await walkSite(site.fs, site.root, site.config);
    const posts = files
      .filter((f) => f.info.kind === 'post')
      .map((f) => relative(site.root, f.path))
      .sort((a, b) => (a.slice(a.lastIndexOf('/')) < b.slice(b.lastIndexOf('/')) ? 1 : -1))
      .slice(0, POSTS_READ);
    const texts: { path: string; text: string }[] = [];
    for (const path of posts) {
      const bytes = await site.fs.readFile(join(site.root, path));
      if (bytes) texts.push({ path, text: new TextDecoder().decode(bytes) });
    }
    const setting = vscode.workspace.getConfiguration('jekyllPosts', site.rootUri).get<string>('images.folder', '');
    return detectImageConvention(texts, site.config, setting || undefined);
  }

  /** Where the images go and the Markdown for them, or undefined when the document is not in a Jekyll site. */
  async plan(document: vscode.TextDocument, images: readonly ImageFile[]): Promise<ImagePlan | undefined> {
    if (images.length === 0) return undefined;
    const site = await this.sites.siteFor(document.uri);
    if (!site || !document.uri.path.startsWith(`${site.root}/`)) return undefined;
    const convention = await this.convention(site);
    const postPath = relative(site.root, document.uri.path);
    const taken = new Set<string>();
    const edit = new vscode.WorkspaceEdit();
    const files: { path: string; uri: vscode.Uri }[] = [];
    const markdown: string[] = [];
    for (const image of images) {
      // The first free name: each candidate is checked on disk, and names taken by this edit are kept.
      let placed = placeImage(convention, postPath, image.name, site.config, (p) => taken.has(p));
      while (await site.fs.stat(join(site.root, placed.path))) {
        taken.add(placed.path);
        placed = placeImage(convention, postPath, image.name, site.config, (p) => taken.has(p));
      }
      taken.add(placed.path);
      const uri = site.fs.toUri(join(site.root, placed.path));
      edit.createFile(uri, { contents: image.data, overwrite: false, ignoreIfExists: false });
      files.push({ path: placed.path, uri });
      markdown.push(placed.markdown);
    }
    return { markdown: markdown.join('\n'), files, edit };
  }

  /** DocumentPasteEditProvider#provideDocumentPasteEdits (VS Code 1.97+). */
  async provideDocumentPasteEdits(document: vscode.TextDocument, _ranges: readonly vscode.Range[], dataTransfer: vscode.DataTransfer, _context: unknown, token: vscode.CancellationToken): Promise<DocumentPasteEditLike[] | undefined> {
    const api = vscode as unknown as PasteApi;
    const plan = await this.plan(document, await this.imageFiles(dataTransfer));
    if (!plan || token.isCancellationRequested) return undefined;
    const edit = new api.DocumentPasteEdit(plan.markdown, vscode.l10n.t('Save the image in the site’s image folder (Jekyll)'), api.DocumentDropOrPasteEditKind.Empty.append('jekyllPosts', 'image'));
    edit.additionalEdit = plan.edit;
    return [edit];
  }

  /** DocumentDropEditProvider#provideDocumentDropEdits (VS Code 1.73+). */
  async provideDocumentDropEdits(document: vscode.TextDocument, _position: vscode.Position, dataTransfer: vscode.DataTransfer, token: vscode.CancellationToken): Promise<vscode.DocumentDropEdit | undefined> {
    const plan = await this.plan(document, await this.imageFiles(dataTransfer));
    if (!plan || token.isCancellationRequested) return undefined;
    const edit = new vscode.DocumentDropEdit(plan.markdown);
    edit.additionalEdit = plan.edit;
    // Newer VS Code names the edit in its drop menu.
    const named = edit as vscode.DocumentDropEdit & { title?: string; kind?: DropOrPasteEditKind };
    named.title = vscode.l10n.t('Save the image in the site’s image folder (Jekyll)');
    if (hasPasteApi()) named.kind = (vscode as unknown as PasteApi).DocumentDropOrPasteEditKind.Empty.append('jekyllPosts', 'image');
    return edit;
  }

  /** Registers the drop provider, and the paste provider where VS Code has it. */
  register(selector: vscode.DocumentSelector): vscode.Disposable[] {
    const out = [vscode.languages.registerDocumentDropEditProvider(selector, this)];
    if (hasPasteApi()) {
      const api = vscode as unknown as PasteApi;
      out.push(api.languages.registerDocumentPasteEditProvider(selector, this, { providedPasteEditKinds: [api.DocumentDropOrPasteEditKind.Empty.append('jekyllPosts', 'image')], pasteMimeTypes: ['image/*', 'files'] }));
    }
    return out;
  }
}
