import * as vscode from 'vscode';
import { readConfig, SiteConfig } from '../core/site/config';
import { CONFIG_FILE_NAMES, findSiteRoot, readConfigText } from '../core/site/siteFiles';
import { dirname } from '../core/paths';
import { WorkspaceFileSystem } from './workspaceFs';

export interface Site {
  /** Absolute POSIX path of the site root (the URI's path). */
  readonly root: string;
  readonly rootUri: vscode.Uri;
  readonly fs: WorkspaceFileSystem;
  readonly config: SiteConfig;
}

/**
 * Knows which Jekyll site a file belongs to and each site's configuration. Lookups are lazy and
 * cached; a change to a `_config.yml` forgets what depended on it.
 */
export class SiteRegistry implements vscode.Disposable {
  private readonly roots = new Map<string, Promise<string | undefined>>();
  private readonly sites = new Map<string, Promise<Site>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Fires when a site's configuration or the set of sites may have changed. */
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_FILE_NAMES.join(',')}}`);
    const forget = (): void => {
      this.roots.clear();
      this.sites.clear();
      this.changed.fire();
    };
    watcher.onDidChange(forget, undefined, this.disposables);
    watcher.onDidCreate(forget, undefined, this.disposables);
    watcher.onDidDelete(forget, undefined, this.disposables);
    this.disposables.push(watcher);
  }

  private key(uri: vscode.Uri, path: string): string {
    return `${uri.scheme}://${uri.authority}${path}`;
  }

  /** The site a document belongs to, or undefined when it is not part of a Jekyll site. */
  async siteFor(uri: vscode.Uri): Promise<Site | undefined> {
    const fs = WorkspaceFileSystem.for(uri);
    const folderKey = this.key(uri, dirname(uri.path));
    let root = this.roots.get(folderKey);
    if (!root) {
      root = findSiteRoot(fs, uri.path);
      this.roots.set(folderKey, root);
    }
    const rootPath = await root;
    if (rootPath === undefined) return undefined;
    const siteKey = this.key(uri, rootPath);
    let site = this.sites.get(siteKey);
    if (!site) {
      site = readConfigText(fs, rootPath).then((text) => ({ root: rootPath, rootUri: fs.toUri(rootPath), fs, config: readConfig(text) }));
      this.sites.set(siteKey, site);
    }
    return site;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
