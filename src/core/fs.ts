/**
 * The read-only file system a host hands the core: Node's fs in the CLI, `vscode.workspace.fs`
 * in the extension, a map in tests. Paths are absolute POSIX paths. Nothing here throws for a
 * missing or unreadable path: it answers undefined.
 */
export type EntryKind = 'file' | 'directory' | 'symlink' | 'other';

export interface DirEntry {
  readonly name: string;
  readonly kind: EntryKind;
  /** For a symbolic link: what it leads to, when the host can tell. */
  readonly target?: LinkTarget;
}

/** Where a symbolic link leads. */
export interface LinkTarget {
  /** The kind of what the link finally leads to (`other` for a broken link). */
  readonly kind: Exclude<EntryKind, 'symlink'>;
  /** Its absolute path with every link resolved, when the host knows it (Node does; `vscode.workspace.fs` does not). */
  readonly realPath?: string;
}

/**
 * How a site's walks treat symbolic links, as Jekyll 4.3 does: it reads a link to a file like the
 * file, wherever the link leads, except in safe mode (`safe: true`, as GitHub Pages builds), where a
 * link whose real path is outside the site's folder is skipped (Jekyll's EntryFilter#symlink?). The
 * core's walks do not enter links to folders (a link loop would make them endless).
 */
export interface LinkPolicy {
  readonly safe: boolean;
  /** The site's folder as given and with its links resolved: Jekyll compares the link's real path with the former. */
  readonly roots: readonly string[];
}

/** The policy for a site: `safe` from `_config.yml`, and the site folder's real path when the host can tell it. */
export async function linkPolicy(fs: SiteFileSystem, root: string, safe: boolean): Promise<LinkPolicy> {
  if (!safe) return { safe, roots: [root] };
  const real = await fs.realPath?.(root);
  return { safe, roots: real && real !== root ? [root, real] : [root] };
}

/**
 * The kind of an entry as a walk should treat it: a link to a file Jekyll reads is a `file`;
 * other links stay `symlink` (skipped). In safe mode, a link whose real path the host cannot
 * tell is followed: it most often stays inside the site.
 */
export function followedKind(entry: DirEntry, policy: LinkPolicy | undefined): EntryKind {
  if (entry.kind !== 'symlink') return entry.kind;
  const target = entry.target;
  if (!target || target.kind !== 'file' || !policy) return 'symlink';
  if (policy.safe && target.realPath !== undefined && !policy.roots.some((r) => target.realPath!.startsWith(r))) return 'symlink';
  return 'file';
}

export interface FileStat {
  readonly kind: EntryKind;
  readonly size: number;
  /** Last modification, epoch seconds, from hosts that know it (undated drafts are dated by it). */
  readonly mtimeSeconds?: number;
}

/** Directory entries in the order the core lists them: by name, code unit by code unit. */
export function byName(a: DirEntry, b: DirEntry): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export interface SiteFileSystem {
  readFile(path: string): Promise<Uint8Array | undefined>;
  /** The same answer at once, from hosts that can give it (the CLI): for callers reading thousands of files in a row. */
  readFileNow?(path: string): Uint8Array | undefined;
  /**
   * readFileNow into one buffer the host reuses: the answer is valid until the next call, and
   * callers copy what they keep. For a caller that reads a whole site file by file and keeps only
   * text (the CLI's lint): no memory to allocate and collect per file.
   */
  readFileScratch?(path: string): Uint8Array | undefined;
  readDirectory(path: string): Promise<readonly DirEntry[] | undefined>;
  stat(path: string): Promise<FileStat | undefined>;
  /** The path with every symbolic link resolved, from hosts that can tell (Node). */
  realPath?(path: string): Promise<string | undefined>;
}

/** An in-memory file system (tests, untitled documents). Folders are implied by file paths. */
export class MemoryFileSystem implements SiteFileSystem {
  private readonly files = new Map<string, Uint8Array>();

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [path, content] of Object.entries(files)) this.write(path, content);
  }

  write(path: string, content: string | Uint8Array): void {
    this.files.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }

  delete(path: string): void {
    this.files.delete(path);
  }

  async readFile(path: string): Promise<Uint8Array | undefined> {
    return this.files.get(path);
  }

  async readDirectory(path: string): Promise<readonly DirEntry[] | undefined> {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    const entries = new Map<string, DirEntry>();
    for (const file of this.files.keys()) {
      if (!file.startsWith(prefix)) continue;
      const rest = file.slice(prefix.length);
      const slash = rest.indexOf('/');
      const name = slash === -1 ? rest : rest.slice(0, slash);
      entries.set(name, { name, kind: slash === -1 ? 'file' : 'directory' });
    }
    if (entries.size === 0 && !(await this.stat(path))) return undefined;
    return [...entries.values()].sort(byName);
  }

  async stat(path: string): Promise<FileStat | undefined> {
    const file = this.files.get(path);
    if (file) return { kind: 'file', size: file.length };
    const prefix = path.endsWith('/') ? path : `${path}/`;
    for (const name of this.files.keys()) if (name.startsWith(prefix)) return { kind: 'directory', size: 0 };
    return undefined;
  }
}
