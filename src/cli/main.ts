import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintPaths, UsageError } from './lintCommand';
import { formatText, toJsonFindings } from './format';
import { loadTranslations } from './l10n';
import { syncNodeFileSystem } from './nodeFs';
import { applyFixes, DryRunWorkspace } from './fixCommand';
import { allRules } from '../core/lint/rules';
import { FixMode } from '../core/lint/fixSafety';
import { relative as relativePath } from 'node:path';
import { Message } from '../core/messages';
import { toSarif } from './sarif';
import { listUrls } from './urlsCommand';
import { renderFile } from './renderCommand';
import { formatMessage, msg } from '../core/messages';
import { SeveritySetting } from '../core/lint/types';
import { nearestName } from '../core/lint/configCheck';
import { SEVERITY_SETTINGS } from '../core/site/projectConfig';
import { runNew } from './newCommand';
import { runTags } from './tagsCommand';
import { runRename } from './renameCommand';
import { runMove } from './publishCommand';

const USAGE = msg('Usage: jekyll-posts lint [PATH...] [--format text|json|sarif] [--fix[=suggested]] [--fix-rule ID]... [--dry-run] [--rule ID=SEVERITY]... [--config FILE[,FILE...]]\n       jekyll-posts urls [SITE] [--format text|json] [--config FILE[,FILE...]] [--drafts]\n       jekyll-posts render FILE [--config FILE[,FILE...]]\n       jekyll-posts new TITLE [--lang L] [--translation L2:TITLE2] [--date D] [--site DIR]\n       jekyll-posts draft TITLE [--lang L] [--translation [L2:TITLE2]] [--site DIR]\n       jekyll-posts publish DRAFT [--date D] [--translation]\n       jekyll-posts unpublish POST\n       jekyll-posts rename OLD NEW [--redirect] [--dry-run]\n       jekyll-posts tags [SITE] [--format text|json]\n       jekyll-posts tags rename OLD NEW [SITE] [--category] [--dry-run]\n       jekyll-posts --version | --help\n\nlint: checks the front matter of a Jekyll site\'s posts as Jekyll will read it.\nPATH is a site root, a folder or a file (default: the current folder).\n--fix applies the fixes that leave what Jekyll builds unchanged (URLs, dates, languages, tags, what is published).\n--fix=suggested also applies each finding\'s preferred fix that changes the site; --fix-rule ID (repeatable) does so for one rule.\n--dry-run prints the fixes as a diff and writes nothing.\n--rule sets a rule\'s severity (error, warning, info or off) for this run, over the site\'s jekyll_posts: rules; repeat it for several rules.\n--config reads these configuration files instead of _config.yml, later ones winning, as jekyll build --config does.\nurls: lists every document and static file with the URL and output file Jekyll gives it (--drafts: drafts too, as jekyll build --drafts).\nrender: prints the HTML Jekyll puts in the post’s content (Liquid, then kramdown).\nnew: writes a post and its translation the way the site writes its posts (jekyll-posts new --help).\ndraft: the same as a draft in _drafts/, without a date (jekyll-posts draft --help).\npublish, unpublish: move a draft to _posts/ with its date, or a post back to _drafts/ (jekyll-posts publish --help).\nrename: renames a post and rewrites every link to it across the site (jekyll-posts rename --help).\ntags: lists tags and categories with their post counts per language and near-duplicate spellings; tags rename renames or merges one in every post (jekyll-posts tags --help).\nExit status: 0 no error, 1 errors found, 2 usage error or unreadable path.');

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

interface Options {
  command?: string;
  paths: string[];
  format: Format;
  fix: boolean;
  fixMode: FixMode;
  fixRules: string[];
  dryRun: boolean;
  help: boolean;
  version: boolean;
  config?: string[];
  /** urls: drafts are read and written, as `jekyll build --drafts` does. */
  drafts?: boolean;
  /** `--rule ID=SEVERITY`, for this run. */
  rules?: Record<string, SeveritySetting>;
}

/** One `--rule ID=SEVERITY` value; an unknown id or severity is a usage error naming the nearest. */
function parseRule(value: string | undefined): [string, SeveritySetting] {
  const match = /^([^=]+)=(.*)$/.exec(value ?? '');
  if (!match) throw new UsageError(msg("--rule needs ID=SEVERITY, such as key-typo=error (got '{0}')", value ?? ''));
  const id = match[1].trim();
  const severity = match[2].trim().toLowerCase();
  const ids = allRules.map((rule) => rule.id);
  if (!ids.includes(id)) {
    const best = nearestName(id, ids);
    throw new UsageError(best ? msg("unknown rule '{0}'; did you mean '{1}'?", id, best) : msg("unknown rule '{0}'", id));
  }
  if (!(SEVERITY_SETTINGS as readonly string[]).includes(severity)) {
    const best = nearestName(severity, SEVERITY_SETTINGS);
    throw new UsageError(best ? msg("unknown severity '{0}' (expected error, warning, info or off); did you mean '{1}'?", match[2].trim(), best) : msg("unknown severity '{0}' (expected error, warning, info or off)", match[2].trim()));
  }
  return [id, severity as SeveritySetting];
}

function describe(error: unknown, translate: (t: string) => string): string {
  return error instanceof UsageError ? formatMessage(error.detail, translate) : String(error);
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { paths: [], format: 'text', fix: false, fixMode: {}, fixRules: [], dryRun: false, help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--version' || arg === '-v') options.version = true;
    else if (arg === '--fix') options.fix = true;
    else if (arg.startsWith('--fix=')) {
      const value = arg.slice('--fix='.length);
      if (value !== 'safe' && value !== 'suggested') throw new UsageError(msg("unknown fix mode '{0}' (expected safe or suggested)", value));
      options.fix = true;
      options.fixMode = { ...options.fixMode, suggested: value === 'suggested' };
    } else if (arg === '--fix-rule' || arg.startsWith('--fix-rule=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!value) throw new UsageError(msg('--fix-rule needs a rule id'));
      if (!allRules.some((rule) => rule.id === value)) throw new UsageError(msg("unknown rule '{0}'", value));
      options.fix = true;
      options.fixRules.push(value);
    } else if (arg === '--dry-run') options.dryRun = true;
    else if (arg === '--drafts') options.drafts = true;
    else if (arg === '--config' || arg.startsWith('--config=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!value) throw new UsageError(msg('--config needs a file name'));
      options.config = value.split(',').map((f) => f.trim()).filter(Boolean);
    }
    else if (arg === '--rule' || arg.startsWith('--rule=')) {
      const [id, severity] = parseRule(arg.includes('=') && arg.startsWith('--rule=') ? arg.slice('--rule='.length) : argv[++i]);
      (options.rules ??= {})[id] = severity;
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!FORMATS.includes(value as Format)) throw new UsageError(msg("unknown format '{0}' (expected text, json or sarif)", value ?? ''));
      options.format = value as Format;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(msg("unknown option '{0}'", arg));
    else if (!options.command) options.command = arg;
    else options.paths.push(arg);
  }
  return options;
}

function packageFile(name: string): string {
  return join(__dirname, '..', name);
}

function ruleDescriber(env: NodeJS.ProcessEnv): (id: string) => string {
  const language = /^[a-z]{2}/.exec((env.LC_ALL || env.LC_MESSAGES || env.LANG || '').toLowerCase())?.[0];
  const read = (name: string): Record<string, string> => {
    try {
      return JSON.parse(readFileSync(packageFile(name), 'utf8'));
    } catch {
      return {};
    }
  };
  const nls = { ...read('package.nls.json'), ...(language && language !== 'en' ? read(`package.nls.${language}.json`) : {}) };
  return (id) => (nls[`config.rules.${id}`] ?? id).replace(/^[^:]*`[^`]+`\s*:\s*/, '');
}

function version(): string {
  try {
    return JSON.parse(readFileSync(packageFile('package.json'), 'utf8')).version;
  } catch {
    return '0.0.0';
  }
}

export async function main(argv: readonly string[], io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }): Promise<number> {
  const translate = loadTranslations(io.env);
  if (argv[0] === 'new') return runNew(argv.slice(1), io, translate);
  if (argv[0] === 'rename') return runRename(argv.slice(1), io, translate);
  if (argv[0] === 'draft') return runNew(argv.slice(1), io, translate, new Date(), true);
  if (argv[0] === 'publish' || argv[0] === 'unpublish') return runMove(argv[0], argv.slice(1), io, translate);
  if (argv[0] === 'tags') return runTags(argv.slice(1), io, translate);
  let options: Options;
  try {
    options = parseArgs(argv);
    if (options.dryRun && !options.fix) throw new UsageError(msg('--dry-run goes with --fix, --fix=suggested or --fix-rule'));
  } catch (e) {
    io.stderr.write(`jekyll-posts: ${describe(e, translate)}\n${formatMessage(USAGE, translate)}\n`);
    return 2;
  }
  if (options.version) {
    io.stdout.write(`${version()}\n`);
    return 0;
  }
  if (options.help) {
    io.stdout.write(`${formatMessage(USAGE, translate)}\n`);
    return 0;
  }
  if (options.command === 'urls') {
    if (options.format === 'sarif' || options.fix || options.paths.length > 1) {
      io.stderr.write(`jekyll-posts: ${formatMessage(msg('urls takes one SITE and --format text or json'), translate)}\n`);
      return 2;
    }
    try {
      const entries = await listUrls(syncNodeFileSystem, options.paths[0] ?? '.', io.cwd, { now: new Date(), machineZone: Intl.DateTimeFormat().resolvedOptions().timeZone, drafts: !!options.drafts }, options.config);
      io.stdout.write(options.format === 'json' ? `${JSON.stringify(entries, null, 2)}\n` : entries.map((e) => `${e.url ?? '-'}\t${e.file}${e.published ? '' : `\t(${translate('not published')})`}`).join('\n') + '\n');
      return 0;
    } catch (e) {
      if (e instanceof UsageError) {
        io.stderr.write(`jekyll-posts: ${describe(e, translate)}\n`);
        return 2;
      }
      throw e;
    }
  }
  if (options.command === 'render') {
    if (options.format !== 'text' || options.fix || options.paths.length !== 1) {
      io.stderr.write(`jekyll-posts: ${formatMessage(msg('render takes one FILE'), translate)}\n`);
      return 2;
    }
    try {
      const { file, result } = await renderFile(syncNodeFileSystem, options.paths[0], io.cwd, { now: new Date(), machineZone: Intl.DateTimeFormat().resolvedOptions().timeZone }, options.config);
      if (result.ok) {
        io.stdout.write(result.html);
        return 0;
      }
      for (const stop of result.stops) io.stderr.write(`${file}:${stop.line}: ${formatMessage(msg('Jekyll stops the build here: {0}', formatMessage(stop.message, translate)), translate)}\n`);
      return 1;
    } catch (e) {
      if (e instanceof UsageError) {
        io.stderr.write(`jekyll-posts: ${describe(e, translate)}\n`);
        return 2;
      }
      throw e;
    }
  }
  if (options.command !== 'lint') {
    const problem = options.command ? msg("unknown command '{0}'", options.command) : msg('missing command');
    io.stderr.write(`jekyll-posts: ${formatMessage(problem, translate)}\n${formatMessage(USAGE, translate)}\n`);
    return 2;
  }
  const paths = options.paths.length ? options.paths : ['.'];
  const lintOptions = { settings: { timezone: Intl.DateTimeFormat().resolvedOptions().timeZone, now: new Date() }, overrides: options.rules };
  try {
    let sites = await lintPaths(syncNodeFileSystem, paths, io.cwd, lintOptions, options.config);
    if (options.fix) {
      const dryRun = options.dryRun ? new DryRunWorkspace() : undefined;
      const fs = dryRun ? dryRun.fileSystem(syncNodeFileSystem) : syncNodeFileSystem;
      const mode: FixMode = { ...options.fixMode, rules: new Set(options.fixRules) };
      const model = { now: lintOptions.settings.now, drafts: false, machineZone: lintOptions.settings.timezone };
      const changes: Message[] = [];
      let refused: Message[] = [];
      const changedFiles = new Set<string>();
      const roots = sites.map((s) => s.root);
      // Fixes can uncover or unblock others: a few passes, each on what the last one wrote.
      for (let pass = 0; pass < 5; pass++) {
        const report = applyFixes(sites, { mode, model, workspace: dryRun });
        changes.push(...report.changes);
        // What is still refused after the last pass.
        refused = report.refused;
        for (const path of report.written) changedFiles.add(path);
        for (const { from, to } of report.renamed) {
          changedFiles.delete(from);
          changedFiles.add(to);
        }
        if (report.changed === 0) break;
        sites = await lintPaths(fs, paths, io.cwd, lintOptions, options.config);
      }
      // The fixes' report goes where the findings go in text format; beside JSON and SARIF, to stderr.
      const out = options.format === 'text' ? io.stdout : io.stderr;
      const show = (m: Message): string => formatMessage(m, translate);
      const name = (path: string): string => {
        const root = roots.find((r) => path.startsWith(`${r}/`));
        return root ? path.slice(root.length + 1) : relativePath(io.cwd, path);
      };
      let text = dryRun ? dryRun.diff(name) : changes.map((c) => `${show(c)}\n`).join('');
      text += refused.map((r) => `${show(r)}\n`).join('');
      const count = dryRun ? dryRun.changedFiles : changedFiles.size;
      text += `${show(dryRun ? msg('files that would change: {0}, fixes refused: {1}', count, refused.length) : msg('files changed: {0}, fixes refused: {1}', count, refused.length))}\n`;
      out.write(text);
    }
    const findings = toJsonFindings(sites, translate);
    if (options.format === 'json') io.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
    else if (options.format === 'sarif') io.stdout.write(`${JSON.stringify(toSarif(findings, version(), ruleDescriber(io.env)), null, 2)}\n`);
    else io.stdout.write(formatText(findings, translate));
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`jekyll-posts: ${describe(e, translate)}\n`);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`jekyll-posts: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
