import { closeSync, Dirent, lstatSync, openSync, promises as fsp, readdirSync, readFile, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { byName, DirEntry, EntryKind, FileStat, LinkTarget, SiteFileSystem } from '../core/fs';
import { join } from 'node:path';

function kindOf(entry: { isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }): EntryKind {
  if (entry.isSymbolicLink()) return 'symlink';
  if (entry.isDirectory()) return 'directory';
  if (entry.isFile()) return 'file';
  return 'other';
}

/** Where a symbolic link leads: the kind of its final target and its real path (a broken link: `other`). */
function linkTargetSync(path: string): LinkTarget {
  try {
    const s = statSync(path);
    const kind = kindOf(s);
    return { kind: kind === 'symlink' ? 'other' : kind, realPath: realpathSync.native(path) };
  } catch {
    return { kind: 'other' };
  }
}

async function linkTarget(path: string): Promise<LinkTarget> {
  try {
    const [s, realPath] = await Promise.all([fsp.stat(path), fsp.realpath(path)]);
    const kind = kindOf(s);
    return { kind: kind === 'symlink' ? 'other' : kind, realPath };
  } catch {
    return { kind: 'other' };
  }
}

function entrySync(dir: string, e: Dirent): DirEntry {
  const kind = kindOf(e);
  return kind === 'symlink' ? { name: e.name, kind, target: linkTargetSync(join(dir, e.name)) } : { name: e.name, kind };
}

/** Node's file system behind the core's read-only interface, asynchronous (a process with other work to do). */
export const nodeFileSystem: SiteFileSystem = {
  readFile(path: string): Promise<Uint8Array | undefined> {
    // The callback API: its open, stat, read and close run as one job in libuv's pool, where the
    // promise API's file handle comes back to JavaScript for each.
    return new Promise((resolve) => {
      try {
        readFile(path, (error, bytes) => resolve(error ? undefined : bytes));
      } catch {
        resolve(undefined); // a path Node refuses outright (a NUL in it)
      }
    });
  },
  async readDirectory(path: string): Promise<readonly DirEntry[] | undefined> {
    try {
      const entries = await fsp.readdir(path, { withFileTypes: true });
      const out = await Promise.all(entries.map(async (e): Promise<DirEntry> => (e.isSymbolicLink() ? { name: e.name, kind: 'symlink', target: await linkTarget(join(path, e.name)) } : { name: e.name, kind: kindOf(e) })));
      return out.sort(byName);
    } catch {
      return undefined;
    }
  },
  async stat(path: string): Promise<FileStat | undefined> {
    try {
      const s = await fsp.lstat(path);
      return { kind: kindOf(s), size: s.size, mtimeSeconds: s.mtimeMs / 1000 };
    } catch {
      return undefined;
    }
  },
  async realPath(path: string): Promise<string | undefined> {
    try {
      return await fsp.realpath(path);
    } catch {
      return undefined;
    }
  },
};

/** readFileScratch's buffer, grown to the largest file read. */
let scratch = Buffer.allocUnsafeSlow(64 * 1024);

/**
 * The same, answering at once: for the CLI, which waits for every read anyway. Node's
 * promise-based calls cost several times more per small file (10,000 posts: 0.15 s to read
 * synchronously, 0.6 s through promises).
 */
export const syncNodeFileSystem: SiteFileSystem = {
  async readFile(path: string): Promise<Uint8Array | undefined> {
    return syncNodeFileSystem.readFileNow!(path);
  },
  readFileNow(path: string): Uint8Array | undefined {
    try {
      return readFileSync(path);
    } catch {
      return undefined;
    }
  },
  readFileScratch(path: string): Uint8Array | undefined {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return undefined;
    }
    try {
      let length = 0;
      for (;;) {
        if (length === scratch.length) {
          const bigger = Buffer.allocUnsafeSlow(scratch.length * 2);
          scratch.copy(bigger, 0, 0, length);
          scratch = bigger;
        }
        const read = readSync(fd, scratch, length, scratch.length - length, null);
        // Until a read finds nothing: some file systems (FUSE, network) answer in parts.
        if (read === 0) break;
        length += read;
      }
      return scratch.subarray(0, length);
    } catch {
      return undefined;
    } finally {
      closeSync(fd);
    }
  },
  async readDirectory(path: string): Promise<readonly DirEntry[] | undefined> {
    try {
      return readdirSync(path, { withFileTypes: true }).map((e) => entrySync(path, e)).sort(byName);
    } catch {
      return undefined;
    }
  },
  async stat(path: string): Promise<FileStat | undefined> {
    try {
      const s = lstatSync(path);
      return { kind: kindOf(s), size: s.size, mtimeSeconds: s.mtimeMs / 1000 };
    } catch {
      return undefined;
    }
  },
  async realPath(path: string): Promise<string | undefined> {
    try {
      return realpathSync.native(path);
    } catch {
      return undefined;
    }
  },
};
