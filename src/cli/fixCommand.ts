import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { applyTextEdits } from '../core/lint/fix';
import { FixMode, planSafeFixes } from '../core/lint/fixSafety';
import { Fix, TextEdit } from '../core/lint/types';
import { byName, DirEntry, SiteFileSystem } from '../core/fs';
import { msg, Message } from '../core/messages';
import { ModelSettings } from '../core/site/siteModel';
import { SiteFindings } from './lintCommand';
import { fileDiff } from './unifiedDiff';

/** Where fixes are written: the disk, or a copy of it in memory for `--dry-run`. Paths are absolute. */
export interface FixWorkspace {
  read(path: string): string | undefined;
  exists(path: string): boolean;
  write(path: string, text: string): void;
  /** Moves a file unless `to` exists (the caller has checked, but it may have appeared since): whether it moved. */
  rename(from: string, to: string): boolean;
}

/** The disk: a rename makes the target's folder (`_drafts/`) when it is missing. */
export const diskWorkspace: FixWorkspace = {
  read(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  exists: (path) => existsSync(path),
  write: (path, text) => writeFileSync(path, text, 'utf8'),
  rename(from, to) {
    mkdirSync(dirname(to), { recursive: true });
    // A hard link fails when the target exists, even one made since it was checked: never over a file.
    try {
      linkSync(from, to);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      // File systems without hard links: the check before is all there is.
      if (existsSync(to)) return false;
      renameSync(from, to);
      return true;
    }
    unlinkSync(from);
    return true;
  },
};

/**
 * The disk as the fixes would leave it, in memory: `--dry-run` lints it again between passes
 * through `fileSystem`, and prints what changed as a diff. Nothing is written.
 */
export class DryRunWorkspace implements FixWorkspace {
  /** Changed paths: their text, or null once renamed away. */
  private readonly files = new Map<string, string | null>();
  /** Where each file now at a path came from. */
  private readonly origins = new Map<string, string>();

  constructor(private readonly disk: FixWorkspace = diskWorkspace) {}

  read(path: string): string | undefined {
    const text = this.files.get(path);
    return text === null ? undefined : text ?? this.disk.read(path);
  }

  exists(path: string): boolean {
    const text = this.files.get(path);
    return text === null ? false : text !== undefined || this.disk.exists(path);
  }

  write(path: string, text: string): void {
    this.files.set(path, text);
  }

  rename(from: string, to: string): boolean {
    if (this.exists(to)) return false;
    const text = this.read(from) ?? '';
    this.files.set(from, null);
    this.files.set(to, text);
    this.origins.set(to, this.origins.get(from) ?? from);
    this.origins.delete(from);
    return true;
  }

  /** `base` with this workspace's changes over it. */
  fileSystem(base: SiteFileSystem): SiteFileSystem {
    const encoder = new TextEncoder();
    const readNow = (path: string): Uint8Array | undefined => {
      const text = this.files.get(path);
      if (text === null) return undefined;
      return text !== undefined ? encoder.encode(text) : base.readFileNow ? base.readFileNow(path) : undefined;
    };
    return {
      readFileNow: readNow,
      readFile: async (path) => (this.files.has(path) ? readNow(path) : base.readFile(path)),
      stat: async (path) => {
        const text = this.files.get(path);
        if (text === null) return undefined;
        if (text !== undefined) return { kind: 'file', size: encoder.encode(text).length };
        const stat = await base.stat(path);
        if (stat) return stat;
        return [...this.files].some(([p, t]) => t !== null && p.startsWith(`${path}/`)) ? { kind: 'directory', size: 0 } : undefined;
      },
      readDirectory: async (path) => {
        const listed = await base.readDirectory(path);
        const entries = new Map<string, DirEntry>((listed ?? []).map((e) => [e.name, e]));
        for (const [p, text] of this.files) {
          if (!p.startsWith(`${path}/`)) continue;
          const rest = p.slice(path.length + 1);
          const slash = rest.indexOf('/');
          if (slash !== -1) {
            if (text !== null) entries.set(rest.slice(0, slash), { name: rest.slice(0, slash), kind: 'directory' });
          } else if (text === null) entries.delete(rest);
          else entries.set(rest, { name: rest, kind: 'file' });
        }
        if (!listed && entries.size === 0) return undefined;
        return [...entries.values()].sort(byName);
      },
    };
  }

  /** What the fixes would change, as a git-style diff (`name` turns an absolute path into the name shown). */
  diff(name: (path: string) => string): string {
    const out: string[] = [];
    for (const [path, text] of [...this.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (text === null) continue;
      const origin = this.origins.get(path) ?? path;
      out.push(fileDiff(name(origin), name(path), this.disk.read(origin) ?? '', text));
    }
    return out.join('');
  }

  /** How many files the fixes would change or move. */
  get changedFiles(): number {
    return [...this.files.values()].filter((t) => t !== null).length;
  }
}

export interface FixOptions {
  readonly mode: FixMode;
  /** The build the site model computes documents for (time, zone). */
  readonly model: ModelSettings;
  readonly workspace?: FixWorkspace;
}

export interface FixReport {
  /** Files whose text changed or that were renamed. */
  readonly changed: number;
  /** Each change, one line: `file:line rule: before → after` or `… rename a → b`. */
  readonly changes: Message[];
  /** Fixes not applied, with why: they change the site, or a rename's target exists. */
  readonly refused: Message[];
  /** Files whose text was written (absolute paths). */
  readonly written: string[];
  /** Renames done, from and to (absolute paths). */
  readonly renamed: { readonly from: string; readonly to: string }[];
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/** The whole lines a fix's edits touch, before and after it, each as one line of text. */
function beforeAfter(text: string, edits: readonly TextEdit[]): { line: number; before: string; after: string } {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start);
  const start = sorted[0].range.start;
  const end = Math.max(...sorted.map((e) => e.range.end));
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // An edit ending just after a line break (a removed line) ends on that line.
  const lastChar = end > start && text[end - 1] === '\n' ? end - 1 : end;
  const found = text.indexOf('\n', lastChar);
  const lineEnd = found === -1 ? text.length : found;
  const shift = (edit: TextEdit): TextEdit => ({ range: { start: edit.range.start - lineStart, end: Math.min(edit.range.end, Math.max(lineEnd, edit.range.start)) - lineStart }, newText: edit.newText });
  const before = text.slice(lineStart, lineEnd);
  const after = applyTextEdits(before, sorted.map(shift));
  const oneLine = (s: string): string => s.replace(/\r?\n$/, '').replace(/\r?\n/g, ' ⏎ ').replace(/\r$/, '');
  return { line: lineOf(text, start), before: oneLine(before), after: oneLine(after) };
}

function shown(text: string): string | Message {
  return text === '' ? msg('(nothing)') : text;
}

/**
 * Applies fixes to the files of `sites` in `workspace` (the disk by default): each finding's
 * preferred fix that fixSafety finds safe, and those `mode` lets through. Text edits change only
 * the bytes they mean to; renames never go over an existing file. A file changed on disk since
 * it was read is left alone (a file linted on its front matter alone: when its front matter changed).
 */
export function applyFixes(sites: readonly SiteFindings[], options: FixOptions): FixReport {
  const workspace = options.workspace ?? diskWorkspace;
  let changed = 0;
  const changes: Message[] = [];
  const refused: Message[] = [];
  const renamed: FixReport['renamed'] = [];
  const written: string[] = [];
  for (const site of sites) {
    const context = { config: site.config, model: options.model };
    for (const file of site.files) {
      if (file.text === undefined) continue;
      const plan = planSafeFixes(file.findings, { path: file.file, text: file.text }, context, options.mode);
      for (const refusal of plan.refused) {
        const hint = msg('a suggested fix: --fix=suggested or --fix-rule {0} applies it', refusal.finding.rule);
        refused.push(msg('{0}:{1} {2}: not applied, {3} ({4})', file.file, lineOf(file.text, refusal.finding.range.start), refusal.finding.rule, refusal.reason, hint));
      }
      if (plan.edits.length === 0 && !plan.rename) continue;
      const path = join(site.root, file.file);
      const current = workspace.read(path);
      // Unchanged since it was linted (its front matter, when that is all that was read).
      if (current === undefined || (file.frontMatterOnly ? !current.startsWith(file.text) : current !== file.text)) continue;
      const describe = (fix: Fix, at: number): void => {
        const rule = plan.findings[at].rule;
        if (fix.edits.length > 0) {
          const { line, before, after } = beforeAfter(current, fix.edits);
          changes.push(msg('{0}:{1} {2}: {3} → {4}', file.file, line, rule, shown(before), shown(after)));
        }
        if (fix.rename) changes.push(msg('{0}:{1} {2}: rename {3} → {4}', file.file, lineOf(current, plan.findings[at].range.start), rule, fix.rename.from, fix.rename.to));
      };
      if (plan.edits.length > 0) {
        workspace.write(path, applyTextEdits(current, plan.edits));
        written.push(path);
        changed++;
      }
      let renameRefused = false;
      if (plan.rename) {
        const target = join(site.root, plan.rename.to);
        if (workspace.exists(target) || !workspace.rename(path, target)) {
          renameRefused = true;
          refused.push(msg("not renamed: '{0}' already exists", plan.rename.to));
        } else {
          renamed.push({ from: path, to: target });
          if (plan.edits.length === 0) changed++;
        }
      }
      plan.applied.forEach((fix, at) => describe(renameRefused && fix.rename ? { ...fix, rename: undefined } : fix, at));
    }
  }
  return { changed, changes, refused, written, renamed };
}
