/**
 * A plan goes through the project's own site model and linter, with the existing site, before
 * anything is written: the new files are added to the site in memory (and the planned edits made to
 * the files they touch), every document is read for the site's facts and URLs, and the new files
 * are linted as part of it. Any error or warning, a URL another document has, a `lang` the site does
 * not use or a file Jekyll would not publish is a reason to refuse the plan. No I/O of its own: the
 * host's file system is only read.
 */
import { byName, DirEntry, FileStat, SiteFileSystem } from '../fs';
import { decodeFile, effectiveFrontMatter } from '../lint/lint';
import { lintText } from '../lint/lintFile';
import { Finding } from '../lint/types';
import { Message, msg } from '../messages';
import { join, relative } from '../paths';
import { SiteConfig } from '../site/config';
import { parseFrontMatter } from '../site/frontMatter';
import { DocSummary, summarize } from '../site/documents';
import { documentVerdict, ModelSettings } from '../site/siteModel';
import { FactsDocument, factsFromDocuments, readRegistries } from '../site/siteScan';
import { walkSite } from '../site/siteFiles';
import { Plan, PlannedEdit, PlannedFile } from './newPost';

export interface PlanProblem {
  readonly path: string;
  readonly message: Message;
  /** The lint rule that found it, when one did. */
  readonly rule?: string;
}

export interface CheckedFile {
  readonly path: string;
  readonly lang?: string;
  /** The URL the site model gives the new file, with the site around it. */
  readonly url?: string;
}

export interface PlanCheck {
  readonly ok: boolean;
  readonly problems: readonly PlanProblem[];
  readonly files: readonly CheckedFile[];
}

export interface CheckOptions extends Omit<ModelSettings, 'drafts'> {
  /** The languages the plan may use (the site's). */
  readonly languages: readonly string[];
  /** Read the site as `jekyll build --drafts` does (for plans that write drafts). */
  readonly drafts?: boolean;
}

/** A file system that answers for the planned files as if they were written. */
class PlannedFileSystem implements SiteFileSystem {
  private readonly added = new Map<string, Uint8Array>();
  constructor(
    private readonly base: SiteFileSystem,
    files: ReadonlyMap<string, string>,
  ) {
    for (const [path, text] of files) this.added.set(path, new TextEncoder().encode(text));
  }
  async readFile(path: string): Promise<Uint8Array | undefined> {
    return this.added.get(path) ?? this.base.readFile(path);
  }
  async readDirectory(path: string): Promise<readonly DirEntry[] | undefined> {
    const own = await this.base.readDirectory(path);
    const prefix = path.endsWith('/') ? path : `${path}/`;
    const entries = new Map<string, DirEntry>((own ?? []).map((e) => [e.name, e]));
    for (const file of this.added.keys()) {
      if (!file.startsWith(prefix)) continue;
      const rest = file.slice(prefix.length);
      const slash = rest.indexOf('/');
      const name = slash === -1 ? rest : rest.slice(0, slash);
      if (!entries.has(name)) entries.set(name, { name, kind: slash === -1 ? 'file' : 'directory' });
    }
    if (!own && entries.size === 0) return undefined;
    return [...entries.values()].sort(byName);
  }
  async stat(path: string): Promise<FileStat | undefined> {
    const file = this.added.get(path);
    if (file) return { kind: 'file', size: file.length };
    const own = await this.base.stat(path);
    if (own) return own;
    const prefix = `${path}/`;
    for (const name of this.added.keys()) if (name.startsWith(prefix)) return { kind: 'directory', size: 0 };
    return undefined;
  }
}

function applyEdits(text: string, edits: PlannedEdit['edits']): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start - a.range.start)) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

/** Findings that refuse a plan: errors and warnings (information is said, not refused). */
function refuses(f: Finding): boolean {
  return f.severity === 'error' || f.severity === 'warning';
}

/** Checks a plan's files against the site at `root` (absolute), as if they were written. */
export async function checkPlan(fs: SiteFileSystem, root: string, config: SiteConfig, plan: { readonly files: readonly PlannedFile[]; readonly edits: readonly PlannedEdit[] }, options: CheckOptions): Promise<PlanCheck> {
  const abs = (rel: string): string => join(root, rel);
  const planned = new Map<string, string>();
  for (const f of plan.files) planned.set(abs(f.path), f.text);
  for (const e of plan.edits) {
    const bytes = await fs.readFile(abs(e.path));
    if (!bytes) continue;
    const decoded = decodeFile(bytes);
    if (decoded.ok) planned.set(abs(e.path), applyEdits(decoded.text, e.edits));
  }
  const overlay = new PlannedFileSystem(fs, planned);
  const { files } = await walkSite(overlay, root, config);
  const model: ModelSettings = { now: options.now, machineZone: options.machineZone, drafts: !!options.drafts };
  const existing: FactsDocument[] = [];
  const all = new Map<string, DocSummary>();
  for (const file of files) {
    const rel = relative(root, file.path);
    const bytes = await overlay.readFile(file.path);
    if (!bytes) continue;
    const decoded = decodeFile(bytes);
    if (!decoded.ok) continue;
    const fm = parseFrontMatter(decoded.text);
    const verdict = documentVerdict(rel, decoded.text, config, model, undefined, fm);
    if (verdict) all.set(verdict.path, summarize(verdict));
    // The site's facts count the new files too, as they will once written (rules subtract a document's own share).
    existing.push({ info: file.info, data: fm.data ? effectiveFrontMatter(file.info, config, fm) : undefined, own: fm.data });
  }
  const registries = await readRegistries(fs, root, config);
  const facts = { ...factsFromDocuments(existing, registries), siteDocuments: { version: 1, all, files: new Set(files.map((f) => f.info.relativePath)) } };
  const problems: PlanProblem[] = [];
  const checked: CheckedFile[] = [];
  for (const f of plan.files) {
    const findings = lintText(f.text, f.path, config, { site: facts, siteDocumentsCurrent: true, settings: { now: options.now, timezone: options.machineZone } });
    for (const finding of findings.filter(refuses)) problems.push({ path: f.path, message: finding.message, rule: finding.rule });
    // A language the site's posts do not use yet: the site must say it has it before a post is written in it.
    if (findings.some((x) => x.rule === 'lang-unknown') && f.lang !== undefined && !config.languages?.length) {
      const known = [...new Set([...[...facts.languages.keys()].filter((l) => l !== f.lang || (facts.languages.get(l) ?? 0) > 1), ...plan.files.flatMap((p) => (p.lang ? [p.lang] : []))])];
      problems.push({ path: f.path, message: msg('Declare the site’s languages in _config.yml first, for example `languages: [{0}]`.', known.join(', ')) });
    }
    const summary = all.get(f.path);
    checked.push({ path: f.path, lang: summary?.lang, url: summary?.url });
    if (!summary) {
      problems.push({ path: f.path, message: msg('Jekyll would not read {0} as a post.', f.path) });
      continue;
    }
    // `published: false` written on purpose (a default front matter of the site) is the author's choice.
    const ownPublished = parseFrontMatter(f.text).data?.published;
    const deliberate = ownPublished === false || ownPublished === null;
    if (!summary.written && !deliberate && !(summary.epochSeconds !== undefined && summary.epochSeconds * 1000 > options.now.getTime())) {
      problems.push({ path: f.path, message: msg('Jekyll would not publish {0}.', f.path) });
    }
    if (f.lang !== undefined && summary.lang !== f.lang) {
      problems.push({ path: f.path, message: msg('{0} would be read as `lang: {1}`, not {2}.', f.path, summary.lang ?? '-', f.lang) });
    }
    if (summary.lang !== undefined && !options.languages.includes(summary.lang)) {
      problems.push({ path: f.path, message: msg('`{0}` is not one of the site’s languages ({1}).', summary.lang, options.languages.join(', ')) });
    }
    const other = [...all.values()].find((d) => d.path !== f.path && d.written && summary.written && d.url !== undefined && d.url === summary.url);
    if (other && !problems.some((p) => p.path === f.path && p.rule === 'permalink-conflict')) {
      problems.push({ path: f.path, message: msg('{0} would have the URL {1}, which {2} has.', f.path, summary.url ?? '', other.path), rule: 'permalink-conflict' });
    }
  }
  return { ok: problems.length === 0, problems, files: checked };
}

/** The plan, refused with its first problem when the check finds any (`path` names the file it is about). */
export function refusedBy(plan: Plan, check: PlanCheck): Plan {
  if (!plan.ok || check.ok) return plan;
  const first = check.problems[0];
  return { ok: false, error: first.message, path: first.path, refused: true };
}
