import { resolve } from 'node:path';
import { SiteFileSystem } from '../core/fs';
import { decodeFile, effectiveFrontMatter, lintDocument, LintOptions } from '../core/lint/lint';
import { FileFindings, isLintable } from '../core/lint/lintFile';
import { SiteConfig } from '../core/site/config';
import { parseFrontMatter, ParsedFrontMatter } from '../core/site/frontMatter';
import { findSiteRoot, loadConfig, walkSite } from '../core/site/siteFiles';
import { factsFromDocuments, FactsDocument, readRegistries, siteDocumentsFrom } from '../core/site/siteScan';
import { SiteFacts } from '../core/site/siteFacts';
import { classifyPath, SiteDocumentInfo } from '../core/site/post';
import { dirname, isInside, relative } from '../core/paths';
import { formatMessage, Message, msg } from '../core/messages';

export interface SiteFindings {
  readonly root: string;
  readonly config: SiteConfig;
  readonly facts: SiteFacts;
  readonly files: FileFindings[];
}

export class UsageError extends Error {
  constructor(readonly detail: Message) {
    super(formatMessage(detail));
  }
}

interface ReadDocument {
  readonly path: string;
  readonly info: SiteDocumentInfo;
  readonly text?: string;
  readonly frontMatter?: ParsedFrontMatter;
  readonly decodeFinding?: FileFindings['findings'][number];
  /** A file too large to check whole: its front matter only was kept. */
  readonly notice?: FileFindings['findings'][number];
}

/** Reads every document of a site once: its text and parsed front matter; lists every file. */
async function readSite(fs: SiteFileSystem, root: string, config: SiteConfig): Promise<{ documents: ReadDocument[]; paths: string[] }> {
  const { files } = await walkSite(fs, root, config);
  const out: ReadDocument[] = [];
  const paths = files.map((f) => f.info.relativePath);
  for (const file of files) {
    if (!isLintable(file.info, config)) continue;
    const bytes = await fs.readFile(file.path);
    if (!bytes) continue;
    const decoded = decodeFile(bytes);
    if (!decoded.ok) out.push({ path: file.path, info: file.info, decodeFinding: decoded.finding });
    else out.push({ path: file.path, info: file.info, text: decoded.text, frontMatter: parseFrontMatter(decoded.text), notice: decoded.notice });
  }
  return { documents: out, paths };
}

/** `--config` files: relative to the current folder, else to the site root, as given. */
export async function resolveConfigFiles(fs: SiteFileSystem, configFiles: readonly string[] | undefined, cwd: string, root: string): Promise<string[] | undefined> {
  if (!configFiles?.length) return undefined;
  const out: string[] = [];
  for (const file of configFiles) {
    const fromCwd = resolve(cwd, file).replace(/\\/g, '/');
    const fromRoot = resolve(root, file).replace(/\\/g, '/');
    if (await fs.stat(fromCwd)) out.push(fromCwd);
    else if (await fs.stat(fromRoot)) out.push(fromRoot);
    else throw new UsageError(msg("cannot read '{0}': no such file or directory", file));
  }
  return out;
}

/**
 * Lints the given paths (site roots, folders or files), grouped by the site each belongs to.
 * The whole site is read once, so rules that compare a post with the others see every post.
 */
export async function lintPaths(fs: SiteFileSystem, paths: readonly string[], cwd: string, options: LintOptions = {}, configFiles?: readonly string[]): Promise<SiteFindings[]> {
  const targets = new Map<string, { path: string; isDir: boolean }[]>();
  for (const given of paths) {
    const path = resolve(cwd, given).replace(/\\/g, '/');
    const stat = await fs.stat(path);
    if (!stat) throw new UsageError(msg("cannot read '{0}': no such file or directory", given));
    const isDir = stat.kind === 'directory';
    if (isDir && !(await fs.readDirectory(path))) throw new UsageError(msg("cannot read '{0}': permission denied", given));
    if (!isDir && !(await fs.readFile(path))) throw new UsageError(msg("cannot read '{0}'", given));
    const root = (await findSiteRoot(fs, path)) ?? (isDir ? path : dirname(path));
    const list = targets.get(root) ?? [];
    list.push({ path, isDir });
    targets.set(root, list);
  }
  const results: SiteFindings[] = [];
  for (const [root, starts] of targets) {
    const config = await loadConfig(fs, root, await resolveConfigFiles(fs, configFiles, cwd, root));
    const { documents, paths: sitePaths } = await readSite(fs, root, config);
    // A file named on the command line is linted even where the walk would not reach it.
    for (const start of starts) {
      if (start.isDir || documents.some((d) => d.path === start.path)) continue;
      const info = classifyPath(relative(root, start.path), config);
      const bytes = await fs.readFile(start.path);
      if (!info || !bytes) continue;
      const decoded = decodeFile(bytes);
      documents.push(decoded.ok ? { path: start.path, info, text: decoded.text, frontMatter: parseFrontMatter(decoded.text) } : { path: start.path, info, decodeFinding: decoded.finding });
    }
    const factsDocs: FactsDocument[] = documents
      .filter((d) => d.frontMatter?.data)
      .map((d) => ({ info: d.info, data: effectiveFrontMatter(d.info, config, d.frontMatter!), own: d.frontMatter!.data }));
    const facts = { ...factsFromDocuments(factsDocs, await readRegistries(fs, root, config)), siteDocuments: siteDocumentsFrom(documents.filter((d) => d.text !== undefined).map((d) => ({ path: relative(root, d.path), text: d.text!, frontMatter: d.frontMatter })), sitePaths, config, { now: options.settings?.now ?? new Date(), drafts: false, machineZone: options.settings?.timezone ?? 'UTC' }) };
    const files: FileFindings[] = [];
    for (const doc of documents) {
      if (!starts.some((s) => (s.isDir ? isInside(doc.path, s.path) : s.path === doc.path))) continue;
      const file = relative(root, doc.path);
      if (doc.decodeFinding) {
        files.push({ file, text: undefined, findings: [doc.decodeFinding] });
        continue;
      }
      if (!doc.frontMatter!.block.opened && doc.info.kind === 'page') continue;
      const findings = lintDocument({ text: doc.text!, document: doc.info, config, frontMatter: doc.frontMatter }, { ...options, site: facts, siteDocumentsCurrent: true });
      files.push({ file, text: doc.text, findings: doc.notice ? [doc.notice, ...findings] : findings });
    }
    files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    results.push({ root, config, facts, files });
  }
  return results;
}
