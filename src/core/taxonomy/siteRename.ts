/**
 * Renaming or merging a tag or category across a whole site: which posts use the old spellings (from
 * the site index), the byte-exact edits of each one's front matter (renameTerm), and the posts whose
 * term cannot be changed there (it comes from their folder or from the defaults of `_config.yml`).
 * The host reads the files and applies the edits (one WorkspaceEdit in the editor, files on disk in the CLI).
 */
import { Message, msg } from '../messages';
import { TextEdit } from '../lint/types';
import { renameTermEdits, TermChange, TermKind } from './renameTerm';

/** What the planner needs of each document of the site (an IndexedDocument fits). */
export interface TermDocument {
  /** Absolute path. */
  readonly path: string;
  readonly info: { readonly relativePath: string; readonly kind: string; readonly pathCategories: readonly string[] };
  readonly tags: readonly string[];
  readonly categories: readonly string[];
}

export interface FileRename {
  readonly path: string;
  readonly relativePath: string;
  /** The text the edits apply to. */
  readonly text: string;
  readonly edits: readonly TextEdit[];
  /** Each change, with the 1-based line of the old spelling. */
  readonly changes: readonly (TermChange & { readonly line: number })[];
}

export interface SiteRename {
  readonly files: FileRename[];
  /** Posts that keep an old spelling: it does not come from their own front matter. */
  readonly unchanged: { readonly relativePath: string; readonly term: string; readonly reason: Message }[];
}

/** Why a new name cannot be used, or undefined when it can. */
export function invalidTermName(to: string): Message | undefined {
  if (to.trim() === '') return msg('The new name is empty.');
  if (to !== to.trim()) return msg('The new name starts or ends with a space.');
  if (/[\r\n]/.test(to)) return msg('The new name holds a line break.');
  return undefined;
}

/** Documents that use one of `from` as a tag or category (posts and drafts: the ones Jekyll counts in `site.tags`). */
export function documentsUsing(documents: Iterable<TermDocument>, kind: TermKind, from: readonly string[]): TermDocument[] {
  const wanted = new Set(from);
  const out: TermDocument[] = [];
  for (const doc of documents) {
    if (doc.info.kind !== 'post' && doc.info.kind !== 'draft') continue;
    if (doc[kind].some((t) => wanted.has(t))) out.push(doc);
  }
  return out.sort((a, b) => (a.info.relativePath < b.info.relativePath ? -1 : a.info.relativePath > b.info.relativePath ? 1 : 0));
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Plans the rename of `from` to `to` in every document that uses it; `read` gives a file's text (undefined: unreadable, left out). */
export async function planSiteRename(documents: Iterable<TermDocument>, kind: TermKind, from: readonly string[], to: string, read: (path: string) => Promise<string | undefined>): Promise<SiteRename> {
  const olds = from.filter((f) => f !== to);
  const files: FileRename[] = [];
  const unchanged: SiteRename['unchanged'][number][] = [];
  for (const doc of documentsUsing(documents, kind, olds)) {
    const text = await read(doc.path);
    if (text === undefined) continue;
    const { edits, changes } = renameTermEdits(text, kind, olds, to);
    if (edits.length > 0) files.push({ path: doc.path, relativePath: doc.info.relativePath, text, edits, changes: changes.map((c) => ({ ...c, line: lineOf(text, c.range.start) })) });
    for (const term of doc[kind]) {
      if (!olds.includes(term) || changes.some((c) => c.from === term)) continue;
      const reason = kind === 'categories' && doc.info.pathCategories.includes(term) ? msg('it comes from the folder `{0}`', term) : msg('it comes from the defaults of `_config.yml`');
      unchanged.push({ relativePath: doc.info.relativePath, term, reason });
    }
  }
  return { files, unchanged };
}

/** One line per change: `_posts/a.md:7 tags: JPA → jpa`, or the removal of a spelling the post has twice. */
export function describeChange(relativePath: string, change: FileRename['changes'][number], to: string): Message {
  return change.to === undefined
    ? msg('{0}:{1} {2}: {3} removed (the post already has `{4}`)', relativePath, change.line, change.key, change.from, to)
    : msg('{0}:{1} {2}: {3} → {4}', relativePath, change.line, change.key, change.from, change.to);
}
