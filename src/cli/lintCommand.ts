import { resolve } from 'node:path';
import { SiteFileSystem } from '../core/fs';
import { decodeFile, effectiveFrontMatter, lintDocument, LintOptions } from '../core/lint/lint';
import { FileFindings, isLintable } from '../core/lint/lintFile';
import { SiteConfig } from '../core/site/config';
import { parseFrontMatter, ParsedFrontMatter } from '../core/site/frontMatter';
import { findSiteRoot, loadConfig, walkSite } from '../core/site/siteFiles';
import { factsFromDocuments, FactsDocument, readRegistries } from '../core/site/siteScan';
import { DocSummary, summarize } from '../core/site/documents';
import { documentVerdictFromData, ModelSettings } from '../core/site/siteModel';
import { Finding } from '../core/lint/types';
import { SiteFacts } from '../core/site/siteFacts';
import { runPool } from '../core/site/siteIndex';
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

/** Files read at once: reads overlap while the previous file is parsed and linted. */
const READ_CONCURRENCY = 16;

interface ReadDocument {
  readonly path: string;
  readonly info: SiteDocumentInfo;
  /** What the rules that compare posts need of it; the text itself is read again when it is linted. */
  readonly facts?: FactsDocument;
  readonly summary?: DocSummary;
}

/** Decodes and parses one file, or says why it cannot be read. */
async function readText(fs: SiteFileSystem, path: string): Promise<{ text: string; frontMatter: ParsedFrontMatter; notice?: Finding } | { finding: Finding } | undefined> {
  const bytes = await fs.readFile(path);
  if (!bytes) return undefined;
  const decoded = decodeFile(bytes);
  if (!decoded.ok) return { finding: decoded.finding };
  return { text: decoded.text, frontMatter: parseFrontMatter(decoded.text), notice: decoded.notice };
}

/**
 * Reads every document of a site once for what the whole site knows (tags, authors, URLs...),
 * keeping only that: texts are not held, so memory stays flat on large sites.
 */
async function readSite(fs: SiteFileSystem, root: string, config: SiteConfig, model: ModelSettings): Promise<{ documents: ReadDocument[]; paths: string[] }> {
  const { files } = await walkSite(fs, root, config);
  const paths = files.map((f) => f.info.relativePath);
  const lintable = files.filter((file) => isLintable(file.info, config));
  const out: ReadDocument[] = new Array(lintable.length);
  let i = 0;
  await runPool(lintable.map((file) => ({ file, at: i++ })), READ_CONCURRENCY, async ({ file, at }) => {
    out[at] = await readDocument(fs, file.path, file.info, config, model);
  });
  return { documents: out, paths };
}

async function readDocument(fs: SiteFileSystem, path: string, info: SiteDocumentInfo, config: SiteConfig, model: ModelSettings): Promise<ReadDocument> {
  const read = await readText(fs, path);
  if (!read || 'finding' in read || !read.frontMatter.data) return { path, info };
  const own = read.frontMatter.data;
  const verdict = documentVerdictFromData(info, read.frontMatter.block.opened, own, config, model);
  return { path, info, facts: { info, data: effectiveFrontMatter(info, config, read.frontMatter), own }, summary: verdict ? summarize(verdict) : undefined };
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
    const model = { now: options.settings?.now ?? new Date(), drafts: false, machineZone: options.settings?.timezone ?? 'UTC' };
    const { documents, paths: sitePaths } = await readSite(fs, root, config, model);
    // A file named on the command line is linted even where the walk would not reach it.
    for (const start of starts) {
      if (start.isDir || documents.some((d) => d.path === start.path)) continue;
      const info = classifyPath(relative(root, start.path), config);
      if (info) documents.push(await readDocument(fs, start.path, info, config, model));
    }
    const all = new Map<string, DocSummary>();
    for (const doc of documents) if (doc.summary) all.set(doc.info.relativePath, doc.summary);
    const facts: SiteFacts = {
      ...factsFromDocuments(documents.flatMap((d) => (d.facts ? [d.facts] : [])), await readRegistries(fs, root, config)),
      siteDocuments: { version: 1, all, files: new Set(sitePaths) },
    };
    const files: FileFindings[] = [];
    const targets = documents.filter((doc) => starts.some((s) => (s.isDir ? isInside(doc.path, s.path) : s.path === doc.path)));
    await runPool(targets, READ_CONCURRENCY, async (doc) => {
      const file = relative(root, doc.path);
      const read = await readText(fs, doc.path);
      if (!read) return;
      if ('finding' in read) {
        files.push({ file, text: undefined, findings: [read.finding] });
        return;
      }
      if (!read.frontMatter.block.opened && doc.info.kind === 'page') return;
      const linted = lintDocument({ text: read.text, document: doc.info, config, frontMatter: read.frontMatter }, { ...options, site: facts, siteDocumentsCurrent: true });
      const findings = read.notice ? [read.notice, ...linted] : linted;
      // The text is kept only where findings need it (positions, fixes).
      files.push({ file, text: findings.length ? read.text : undefined, findings });
    });
    files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    results.push({ root, config, facts, files });
  }
  return results;
}
