import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyTextEdits } from '../core/lint/fix';
import { formatMessage, Message, msg } from '../core/messages';
import { buildTaxonomy, TaxonomyOverview, TermEntry } from '../core/overview/taxonomy';
import { findSiteRoot, loadConfig } from '../core/site/siteFiles';
import { SiteIndex } from '../core/site/siteIndex';
import { TermKind } from '../core/taxonomy/renameTerm';
import { describeChange, invalidTermName, planSiteRename } from '../core/taxonomy/siteRename';
import { resolveConfigFiles, UsageError } from './lintCommand';
import { nodeFileSystem } from './nodeFs';

export const TAGS_USAGE = msg('Usage: jekyll-posts tags [SITE] [--format text|json] [--config FILE[,FILE...]]\n       jekyll-posts tags rename OLD NEW [SITE] [--category] [--dry-run] [--config FILE[,FILE...]]\n\ntags: lists the tags and categories of the site\'s posts and drafts with their post counts per language, and the spellings that differ only by case, accents, separators or a plural.\ntags rename: renames OLD to NEW in the front matter of every post (a post that already has NEW loses OLD), changing nothing else in the files; --category renames a category; --dry-run prints the changes and writes nothing.');

interface TagsOptions {
  rename?: { from: string; to: string };
  site?: string;
  format: 'text' | 'json';
  kind: TermKind;
  dryRun: boolean;
  config?: string[];
  help: boolean;
}

interface Io {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  cwd: string;
}

function parse(argv: readonly string[]): TagsOptions {
  const out: TagsOptions = { format: 'text', kind: 'tags', dryRun: false, help: false };
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const take = (): string => {
      const v = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (v === undefined) throw new UsageError(msg('{0} needs a value', name));
      return v;
    };
    if (name === '--help' || name === '-h') out.help = true;
    else if (name === '--category' || name === '--categories') out.kind = 'categories';
    else if (name === '--dry-run') out.dryRun = true;
    else if (name === '--format') {
      const v = take();
      if (v !== 'text' && v !== 'json') throw new UsageError(msg("unknown format '{0}' (expected text or json)", v));
      out.format = v;
    } else if (name === '--config') out.config = take().split(',').map((f) => f.trim()).filter(Boolean);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(msg("unknown option '{0}'", arg));
    else words.push(arg);
  }
  if (words[0] === 'rename') {
    if (words.length < 3 || words.length > 4) throw new UsageError(msg('tags rename takes OLD NEW and, optionally, SITE'));
    out.rename = { from: words[1], to: words[2] };
    out.site = words[3];
  } else {
    if (words.length > 1) throw new UsageError(msg('tags takes one SITE'));
    out.site = words[0];
    if (out.dryRun) throw new UsageError(msg('--dry-run goes with tags rename'));
  }
  return out;
}

async function loadIndex(given: string, cwd: string, configFiles: readonly string[] | undefined): Promise<SiteIndex> {
  const path = resolve(cwd, given).replace(/\\/g, '/');
  if (!(await nodeFileSystem.stat(path))) throw new UsageError(msg("cannot read '{0}': no such file or directory", given));
  const root = (await findSiteRoot(nodeFileSystem, path)) ?? path;
  const config = await loadConfig(nodeFileSystem, root, await resolveConfigFiles(nodeFileSystem, configFiles, cwd, root));
  return SiteIndex.build(nodeFileSystem, root, config);
}

/** `en 2, fr 1` (posts without a language last). */
function languages(term: TermEntry, show: (m: Message) => string): string {
  return term.byLang.map(([lang, n]) => (lang === '' ? show(msg('no language {0}', n)) : `${lang} ${n}`)).join(', ');
}

function textReport(taxonomy: TaxonomyOverview, show: (m: Message) => string): string {
  const near = taxonomy.groups.filter((g) => g.terms.length > 1).length;
  const title = taxonomy.kind === 'tags' ? msg('Tags: {0} ({1} near-duplicate groups)', taxonomy.termCount, near) : msg('Categories: {0} ({1} near-duplicate groups)', taxonomy.termCount, near);
  const lines = [show(title)];
  for (const group of taxonomy.groups) {
    if (group.terms.length === 1) {
      const [term] = group.terms;
      lines.push(`  ${term.name}\t${term.posts.length}\t${languages(term, show)}`);
      continue;
    }
    lines.push(`  ${group.terms.map((t) => t.name).join(' / ')}\t${group.postCount}\t${show(msg('near-duplicates'))}`);
    for (const term of group.terms) lines.push(`    ${term.name}\t${term.posts.length}\t${languages(term, show)}`);
  }
  return lines.join('\n') + '\n';
}

function jsonReport(taxonomy: TaxonomyOverview): unknown {
  return {
    terms: taxonomy.groups.flatMap((g) =>
      g.terms.map((t) => ({ name: t.name, posts: t.posts.length, languages: Object.fromEntries(t.byLang.filter(([l]) => l !== '').map(([l, n]) => [l, n])), noLanguage: t.byLang.find(([l]) => l === '')?.[1] ?? 0 })),
    ),
    nearDuplicates: nearDuplicateGroups(taxonomy),
  };
}

function nearDuplicateGroups(taxonomy: TaxonomyOverview): { spellings: string[]; posts: number }[] {
  return taxonomy.groups.filter((g) => g.terms.length > 1).map((g) => ({ spellings: g.terms.map((t) => t.name), posts: g.postCount }));
}

/** `jekyll-posts tags ...`: 0 done, 1 nothing to rename, 2 usage error. */
export async function runTags(argv: readonly string[], io: Io, translate: (t: string) => string): Promise<number> {
  const show = (m: Message): string => formatMessage(m, translate);
  let options: TagsOptions;
  try {
    options = parse(argv);
  } catch (e) {
    io.stderr.write(`jekyll-posts: ${e instanceof UsageError ? show(e.detail) : String(e)}\n${show(TAGS_USAGE)}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout.write(`${show(TAGS_USAGE)}\n`);
    return 0;
  }
  let index: SiteIndex;
  try {
    index = await loadIndex(options.site ?? '.', io.cwd, options.config);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr.write(`jekyll-posts: ${show(e.detail)}\n`);
    return 2;
  }
  if (!options.rename) {
    const tags = buildTaxonomy(index, 'tags');
    const categories = buildTaxonomy(index, 'categories');
    io.stdout.write(options.format === 'json' ? `${JSON.stringify({ tags: jsonReport(tags), categories: jsonReport(categories) }, null, 2)}\n` : textReport(tags, show) + textReport(categories, show));
    return 0;
  }
  const { from, to } = options.rename;
  const invalid = invalidTermName(to) ?? (from === to ? msg('OLD and NEW are the same.') : undefined);
  if (invalid) {
    io.stderr.write(`jekyll-posts: ${show(invalid)}\n`);
    return 2;
  }
  // The BOM stays in the text (and so in what is written back).
  const read = async (path: string): Promise<string | undefined> => {
    try {
      return new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(path));
    } catch {
      return undefined;
    }
  };
  const plan = await planSiteRename(index.documents(), options.kind, [from], to, read);
  const lines: string[] = [];
  for (const file of plan.files) {
    for (const change of file.changes) lines.push(show(describeChange(file.relativePath, change, to)));
    if (!options.dryRun) writeFileSync(file.path, applyTextEdits(file.text, file.edits));
  }
  for (const kept of plan.unchanged) lines.push(show(msg('{0}: `{1}` not changed, {2}', kept.relativePath, kept.term, kept.reason)));
  if (plan.files.length === 0 && plan.unchanged.length === 0) {
    io.stderr.write(`jekyll-posts: ${show(options.kind === 'tags' ? msg('no post has the tag `{0}`', from) : msg('no post has the category `{0}`', from))}\n`);
    return 1;
  }
  lines.push(show(options.dryRun ? msg('files that would change: {0}', plan.files.length) : msg('files changed: {0}', plan.files.length)));
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
