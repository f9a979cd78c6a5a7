import { promises as fsp } from 'node:fs';
import { DirEntry, EntryKind, FileStat, SiteFileSystem } from '../core/fs';

function kindOf(entry: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }): EntryKind {
  if (entry.isSymbolicLink()) return 'symlink';
  if (entry.isDirectory()) return 'directory';
  if (entry.isFile()) return 'file';
  return 'other';
}

/** Node's file system behind the core's read-only interface. */
export const nodeFileSystem: SiteFileSystem = {
  async readFile(path: string): Promise<Uint8Array | undefined> {
    try {
      return await fsp.readFile(path);
    } catch {
      return undefined;
    }
  },
  async readDirectory(path: string): Promise<readonly DirEntry[] | undefined> {
    try {
      const entries = await fsp.readdir(path, { withFileTypes: true });
      return entries.map((e) => ({ name: e.name, kind: kindOf(e) })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch {
      return undefined;
    }
  },
  async stat(path: string): Promise<FileStat | undefined> {
    try {
      const s = await fsp.lstat(path);
      return { kind: kindOf(s), size: s.size };
    } catch {
      return undefined;
    }
  },
};
