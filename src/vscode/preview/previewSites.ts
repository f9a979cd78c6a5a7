import * as vscode from 'vscode';
import { isInside } from '../../core/paths';
import { buildCatalog, CatalogInput, PostCatalog } from '../../core/render/catalog';
import { RenderSite } from '../../core/render/liquid';
import { PreviewKnowledge } from '../../core/render/page';
import { loadSiteData } from '../../core/render/siteData';
import { SiteIndex } from '../../core/site/siteIndex';
import { SiteMap, siteMapFor } from '../../core/site/siteMap';
import { IndexService } from '../indexService';
import { Site } from '../sites';

/** How long a first render waits for the site index before rendering without it. */
const INDEX_WAIT_MS = 400;

interface SiteCaches {
  data?: Promise<Record<string, unknown>>;
  readonly includes: Map<string, Promise<string | undefined>>;
  catalog?: { readonly index: SiteIndex; readonly version: number; readonly catalog: PostCatalog };
}

export interface PreviewSiteContext {
  readonly site: RenderSite;
  readonly knowledge?: PreviewKnowledge;
  /** The site map of the index (the link rules' own), for marking broken links. */
  readonly siteMap?: SiteMap;
}

function machineZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function avatarFrom(data: Readonly<Record<string, unknown>>): string | undefined {
  for (const key of ['avatar', 'image', 'picture', 'photo']) {
    const v = data[key];
    if (typeof v === 'string' && v) return v;
  }
  return undefined;
}

/**
 * What the preview renders with, per site: `site.data`, the included files, and the post catalog
 * (URLs of every post) and author registry from the site index. Caches are dropped when `_data`,
 * `_includes` or the index change.
 */
export class PreviewSites implements vscode.Disposable {
  private readonly caches = new Map<string, SiteCaches>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Fires when something a render reads may have changed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly indexes: IndexService) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/{_data,_includes,_layouts}/**');
    const forget = (uri: vscode.Uri): void => {
      for (const [root, caches] of this.caches) {
        if (!isInside(uri.path, root)) continue;
        if (uri.path.includes('/_data/') || uri.path.endsWith('/_data')) caches.data = undefined;
        caches.includes.clear();
      }
      this.changed.fire();
    };
    this.disposables.push(watcher, watcher.onDidChange(forget), watcher.onDidCreate(forget), watcher.onDidDelete(forget), indexes.onDidUpdate(() => this.changed.fire()));
  }

  private cachesFor(site: Site): SiteCaches {
    let caches = this.caches.get(site.root);
    if (!caches) this.caches.set(site.root, (caches = { includes: new Map() }));
    return caches;
  }

  /** The render context of a document's site; renders without the index while it is still building. */
  async contextFor(uri: vscode.Uri, site: Site): Promise<PreviewSiteContext> {
    const caches = this.cachesFor(site);
    const timezone = site.config.timezone ?? machineZone();
    caches.data ??= loadSiteData(site.fs, site.root, site.config).catch(() => ({}));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const indexed = await Promise.race([
      this.indexes.indexFor(uri).catch(() => undefined),
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), INDEX_WAIT_MS);
      }),
    ]);
    clearTimeout(timer);
    if (!indexed) {
      // Render again once the index is there.
      void this.indexes.indexFor(uri).then(() => this.changed.fire(), () => undefined);
    }
    const index = indexed?.index;
    let catalog: PostCatalog | undefined;
    if (index) {
      if (!caches.catalog || caches.catalog.index !== index || caches.catalog.version !== index.version) {
        caches.catalog = { index, version: index.version, catalog: buildCatalog(index.documents(), site.config, timezone) };
      }
      catalog = caches.catalog.catalog;
    }
    const renderSite: RenderSite = { root: site.root, fs: site.fs, config: site.config, timezone, data: await caches.data, catalog, includeCache: caches.includes };
    if (!index) return { site: renderSite };
    const documents: CatalogInput[] = [...index.documents()].map((d) => ({ path: d.path, info: d.info, data: d.data }));
    const languages = site.config.languages ?? [...index.languages.keys()];
    const knowledge: PreviewKnowledge = {
      authors: index.authors,
      hasAuthorRegistry: index.hasAuthorRegistry,
      languages,
      documents,
      avatarOf: (login) => {
        for (const d of documents) {
          if (d.info.collection !== 'authors') continue;
          if (d.data.login === login || d.info.slug === login) return avatarFrom(d.data);
        }
        return undefined;
      },
    };
    return { site: renderSite, knowledge, siteMap: siteMapFor(index.siteDocuments, site.config) };
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
