import { resolve } from 'node:path';
import { SiteFileSystem } from '../core/fs';
import { isUtf8 } from 'node:buffer';
import { DecodedFile, decodeFile, decodeForRules, documentDefaults, effectiveRules, lintDocument, LintOptions } from '../core/lint/lint';
import { allRules } from '../core/lint/rules';
import { Rule } from '../core/lint/types';
import { FileFindings, isLintable } from '../core/lint/lintFile';
import { deepMerge, SiteConfig } from '../core/site/config';
import { frontMatterData, parseFrontMatter, ParsedFrontMatter } from '../core/site/frontMatter';
import { decodeFrontMatterPrefix } from '../core/site/frontMatterData';
import { CONFIG_FILE_NAMES, findSiteRoot, loadConfig, SiteFile, walkSite } from '../core/site/siteFiles';
import { checkProjectConfigText, CONFIG_INVALID } from '../core/lint/configCheck';
import { documentFacts, FactsDocument, readRegistries } from '../core/site/siteScan';
import { JekyllValue } from '../core/site/scalars';
import { DocSummary, summarize } from '../core/site/documents';
import { documentVerdictFromData, ModelSettings } from '../core/site/siteModel';
import { SiteFacts } from '../core/site/siteFacts';
import { runPool } from '../core/site/siteIndex';
import { classifyPath, SiteDocumentInfo } from '../core/site/post';
import { dirname, join, normalize, relative } from '../core/paths';
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

/**
 * Documents to be linted are kept decoded and parsed between the two passes, up to this many
 * (usually their front matter alone: see decodeForRules; about 3 KB each); past it they are read
 * again in the second pass, so memory stays bounded on the largest sites.
 */
const KEPT_DOCUMENTS = 20_000;

/** A document to read: its absolute path and what Jekyll makes of it (the walk's own entries). */
type DocumentRef = SiteFile;

/**
 * What the first pass learns of a document, in one object: what the rules that compare posts need
 * (its front matter with and without defaults, its URL), and maybe its text, decoded and parsed once
 * for both passes.
 */
interface ScannedDocument extends FactsDocument {
  readonly summary: DocSummary | undefined;
  /** Kept for the second pass (up to KEPT_DOCUMENTS documents); undefined: read again then. */
  readonly decoded: DecodedFile | undefined;
  readonly frontMatter: ParsedFrontMatter | undefined;
}

function scanned(ref: DocumentRef, opened: boolean, own: Record<string, JekyllValue> | undefined, config: SiteConfig, model: ModelSettings, decoded: DecodedFile | undefined, frontMatter: ParsedFrontMatter | undefined): ScannedDocument {
  if (!own) return { info: ref.info, data: undefined, own: undefined, summary: undefined, decoded, frontMatter };
  const data = deepMerge(documentDefaults(ref.info, config), own);
  const verdict = documentVerdictFromData(ref.info, opened, own, config, model, undefined, data);
  return { info: ref.info, data, own, summary: verdict ? summarize(verdict) : undefined, decoded, frontMatter };
}

/**
 * The first pass over one document. With `decode`, the text the rules need is decoded and parsed
 * with positions, for the second pass to lint without reading the file again; otherwise only the
 * front matter is decoded and read (as the editor's site index does), and the second pass reads
 * the file again.
 */
function scanDocument(ref: DocumentRef, bytes: Uint8Array | undefined, config: SiteConfig, model: ModelSettings, decode: ((bytes: Uint8Array) => DecodedFile) | undefined): ScannedDocument {
  if (!bytes) return scanned(ref, false, undefined, config, model, undefined, undefined);
  let decoded: DecodedFile | undefined;
  if (decode) {
    decoded = decode(bytes);
    if (decoded.ok) {
      const frontMatter = parseFrontMatter(decoded.text, decoded.block);
      return scanned(ref, frontMatter.block.opened, frontMatter.data, config, model, decoded, frontMatter);
    }
  }
  // Undecodable bytes still have front matter for the site's facts, as the index reads them.
  const text = decodeFrontMatterPrefix(bytes);
  const fm = text === undefined ? undefined : frontMatterData(text);
  return scanned(ref, fm?.opened ?? false, fm?.data, config, model, decoded, undefined);
}

/** Lints one document; `options` carry the site's facts. Undefined when there is nothing to lint. */
function lintKept(root: string, ref: DocumentRef, decoded: DecodedFile, kept: ScannedDocument | undefined, config: SiteConfig, options: LintOptions): FileFindings | undefined {
  // As written on disk (classifyPath's relativePath turns a `\` in a file name into `/`).
  const file = relative(root, ref.path);
  if (!decoded.ok) return { file, text: undefined, findings: [decoded.finding] };
  const frontMatter = kept?.frontMatter ?? parseFrontMatter(decoded.text);
  if (!frontMatter.block.opened && ref.info.kind === 'page') return undefined;
  // The merged front matter of the first pass serves when it came from this very parse.
  const linted = lintDocument({ text: decoded.text, document: ref.info, config, frontMatter, effective: kept?.frontMatter ? kept.data : undefined }, options);
  const findings = decoded.notice ? [decoded.notice, ...linted] : linted;
  // The text is kept only where findings need it (positions, fixes).
  return findings.length ? { file, text: decoded.text, frontMatterOnly: decoded.frontMatterOnly, findings } : { file, text: undefined, findings };
}

/** The rules left on by `options` and the site's `jekyll_posts:` block. */
function activeRules(config: SiteConfig, options: LintOptions): readonly Rule[] {
  const severities = effectiveRules(config, options);
  return (options.ruleSet ?? allRules).filter((rule) => (severities[rule.id] ?? rule.defaultSeverity) !== 'off');
}

/** Both passes: every document read for the site's facts, then the targets linted with them. */
async function lintSite(fs: SiteFileSystem, root: string, config: SiteConfig, model: ModelSettings, refs: readonly DocumentRef[], targets: ReadonlySet<string>, site: (documents: ScannedDocument[]) => SiteFacts, options: LintOptions, keptDocuments: number): Promise<{ facts: SiteFacts; files: FileFindings[] }> {
  const rules = activeRules(config, options);
  const decode = (bytes: Uint8Array): DecodedFile => decodeForRules(bytes, rules, isUtf8);
  const documents: ScannedDocument[] = new Array(refs.length);
  let keptCount = 0;
  const scan = (at: number, bytes: Uint8Array | undefined): void => {
    const ref = refs[at];
    const document = scanDocument(ref, bytes, config, model, targets.has(ref.path) && keptCount < keptDocuments ? decode : undefined);
    if (document.decoded) keptCount++;
    documents[at] = document;
  };
  const indexes = refs.map((_, at) => at);
  // A host that reads at once saves a promise per file; another overlaps its reads.
  // Each file's bytes are done with before the next is read: a host's scratch buffer serves.
  const readNow = fs.readFileScratch?.bind(fs) ?? fs.readFileNow?.bind(fs);
  if (readNow) for (const at of indexes) scan(at, readNow(refs[at].path));
  else await runPool(indexes, READ_CONCURRENCY, async (at) => scan(at, await fs.readFile(refs[at].path)));
  const facts = site(documents);
  const withSite: LintOptions = { ...options, site: facts, siteDocumentsCurrent: true };
  const files: FileFindings[] = [];
  const lint = (at: number, bytes: Uint8Array | undefined): void => {
    const document = documents[at];
    const decoded = document.decoded ?? (bytes ? decode(bytes) : undefined);
    const linted = decoded && lintKept(root, refs[at], decoded, document.decoded ? document : undefined, config, withSite);
    if (linted) files.push(linted);
  };
  const toLint = indexes.filter((at) => targets.has(refs[at].path));
  // Files kept from the first pass are not read again.
  const reread = (at: number): boolean => documents[at].decoded === undefined;
  if (readNow) for (const at of toLint) lint(at, reread(at) ? readNow(refs[at].path) : undefined);
  else await runPool(toLint, READ_CONCURRENCY, async (at) => lint(at, reread(at) ? await fs.readFile(refs[at].path) : undefined));
  return { facts, files };
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
 * `config-invalid` findings on the site's configuration files: each `--config` file (named on the
 * command line), else the site's `_config.yml` when a path given covers it.
 */
async function checkConfigFiles(fs: SiteFileSystem, root: string, config: SiteConfig, options: LintOptions, configFiles: readonly string[] | undefined, starts: readonly { path: string; isDir: boolean }[]): Promise<FileFindings[]> {
  let paths: string[] = [];
  if (configFiles?.length) paths = [...configFiles];
  else {
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(root, name);
      if ((await fs.stat(path))?.kind !== 'file') continue;
      const covered = starts.some((s) => (s.isDir ? `${normalize(path)}`.startsWith(normalize(s.path) === '/' ? '/' : `${normalize(s.path)}/`) : normalize(s.path) === normalize(path)));
      if (covered) paths.push(path);
      break;
    }
  }
  const severity = effectiveRules(config, options)[CONFIG_INVALID];
  const out: FileFindings[] = [];
  for (const path of new Set(paths)) {
    const bytes = await fs.readFile(path);
    if (!bytes) continue;
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const findings = checkProjectConfigText(text, { severity });
    if (findings.length) out.push({ file: relative(root, path), text, findings });
  }
  return out;
}

/**
 * Lints the given paths (site roots, folders or files), grouped by the site each belongs to.
 * The whole site is read once, so rules that compare a post with the others see every post.
 */
export async function lintPaths(
  fs: SiteFileSystem,
  paths: readonly string[],
  cwd: string,
  options: LintOptions = {},
  configFiles?: readonly string[],
  /** How many documents stay parsed between the passes (tests lower it to exercise reading again). */
  keptDocuments = KEPT_DOCUMENTS,
): Promise<SiteFindings[]> {
  const targets = new Map<string, { path: string; isDir: boolean }[]>();
  for (const given of paths) {
    let path = resolve(cwd, given).replace(/\\/g, '/');
    let stat = await fs.stat(path);
    // A symbolic link named on the command line is followed: the site, folder or file it leads to
    // is linted, and reported from where it really is.
    if (stat?.kind === 'symlink') {
      const real = await fs.realPath?.(path);
      path = (real ?? path).replace(/\\/g, '/');
      stat = real === undefined ? undefined : await fs.stat(path);
    }
    if (!stat) throw new UsageError(msg("cannot read '{0}': no such file or directory", given));
    // A FIFO, socket or device: reading it could wait forever (a FIFO without a writer).
    if (stat.kind === 'other') throw new UsageError(msg("cannot read '{0}': not a file or a folder", given));
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
    const resolvedConfigFiles = await resolveConfigFiles(fs, configFiles, cwd, root);
    const config = await loadConfig(fs, root, resolvedConfigFiles);
    const model = { now: options.settings?.now ?? new Date(), drafts: false, machineZone: options.settings?.timezone ?? 'UTC' };
    const { files: walked } = await walkSite(fs, root, config);
    const refs: DocumentRef[] = walked.filter((file) => isLintable(file.info, config));
    // A file named on the command line is linted even where the walk would not reach it.
    for (const start of starts) {
      if (start.isDir || refs.some((d) => d.path === start.path)) continue;
      const info = classifyPath(relative(root, start.path), config);
      if (info) refs.push({ path: start.path, info });
    }
    const registries = await readRegistries(fs, root, config);
    const files = new Set(walked.map((f) => f.info.relativePath));
    const site = (documents: ScannedDocument[]): SiteFacts => {
      const all = new Map<string, DocSummary>();
      for (const doc of documents) if (doc.summary) all.set(doc.summary.path, doc.summary);
      return { ...documentFacts(documents), ...registries, siteDocuments: { version: 1, all, files } };
    };
    // Paths from the walk and from the command line are normalized already.
    const folders = starts.filter((s) => s.isDir).map((s) => normalize(s.path)).map((f) => (f === '/' ? '/' : `${f}/`));
    const named = new Set(starts.filter((s) => !s.isDir).map((s) => s.path));
    const lintTargets = new Set(refs.filter((doc) => named.has(doc.path) || folders.some((f) => doc.path.startsWith(f) || `${doc.path}/` === f)).map((doc) => doc.path));
    const linted = await lintSite(fs, root, config, model, refs, lintTargets, site, options, keptDocuments);
    linted.files.push(...(await checkConfigFiles(fs, root, config, options, resolvedConfigFiles, starts)));
    linted.files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    results.push({ root, config, facts: linted.facts, files: linted.files });
  }
  return results;
}
