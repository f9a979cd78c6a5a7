import * as vscode from 'vscode';
import { byName, DirEntry, EntryKind, FileStat, SiteFileSystem } from '../core/fs';

function kindOf(type: vscode.FileType): EntryKind {
  if (type & vscode.FileType.SymbolicLink) return 'symlink';
  if (type & vscode.FileType.Directory) return 'directory';
  if (type & vscode.FileType.File) return 'file';
  return 'other';
}

/** A directory entry; a link's type also carries its target's kind (VS Code follows it), but not where it leads. */
function entry(name: string, type: vscode.FileType): DirEntry {
  const kind = kindOf(type);
  if (kind !== 'symlink') return { name, kind };
  const target = type & vscode.FileType.Directory ? 'directory' : type & vscode.FileType.File ? 'file' : 'other';
  return { name, kind, target: { kind: target } };
}

/**
 * `vscode.workspace.fs` behind the core's read-only interface. The core speaks in absolute POSIX
 * paths; they are the `path` of URIs that share one scheme and authority (a workspace folder's).
 */
export class WorkspaceFileSystem implements SiteFileSystem {
  constructor(private readonly base: vscode.Uri) {}

  static for(uri: vscode.Uri): WorkspaceFileSystem {
    return new WorkspaceFileSystem(uri.with({ path: '/', query: '', fragment: '' }));
  }

  toUri(path: string): vscode.Uri {
    return this.base.with({ path });
  }

  async readFile(path: string): Promise<Uint8Array | undefined> {
    try {
      return await vscode.workspace.fs.readFile(this.toUri(path));
    } catch {
      return undefined;
    }
  }

  async readDirectory(path: string): Promise<readonly DirEntry[] | undefined> {
    try {
      // Asking first keeps a missing folder (a site without `_data/`) out of the extension host's log.
      const stat = await vscode.workspace.fs.stat(this.toUri(path));
      if (!(stat.type & vscode.FileType.Directory)) return undefined;
      const entries = await vscode.workspace.fs.readDirectory(this.toUri(path));
      return entries.map(([name, type]) => entry(name, type)).sort(byName);
    } catch {
      return undefined;
    }
  }

  async stat(path: string): Promise<FileStat | undefined> {
    try {
      // VS Code's stat follows a link and reports its target's type (with the SymbolicLink bit):
      // a link to a file is read as the file, as Jekyll reads it (see readDirectory's entries).
      const s = await vscode.workspace.fs.stat(this.toUri(path));
      const followed = s.type & vscode.FileType.Directory ? 'directory' : s.type & vscode.FileType.File ? 'file' : kindOf(s.type);
      return { kind: followed, size: s.size };
    } catch {
      return undefined;
    }
  }
}
