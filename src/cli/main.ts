import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintPaths, UsageError } from './lintCommand';
import { formatText, toJsonFindings } from './format';
import { loadTranslations } from './l10n';
import { syncNodeFileSystem } from './nodeFs';
import { applyFixes } from './fixCommand';
import { toSarif } from './sarif';
import { listUrls } from './urlsCommand';
import { formatMessage, msg } from '../core/messages';

const USAGE = msg('Usage: jekyll-posts lint [PATH...] [--format text|json|sarif] [--fix] [--config FILE[,FILE...]]\n       jekyll-posts urls [SITE] [--format text|json] [--config FILE[,FILE...]] [--drafts]\n\nlint: checks the front matter of a Jekyll site\'s posts as Jekyll will read it.\nPATH is a site root, a folder or a file (default: the current folder).\n--fix applies the fixes that are safe to apply without asking.\n--config reads these configuration files instead of _config.yml, later ones winning, as jekyll build --config does.\nurls: lists every document and static file with the URL and output file Jekyll gives it (--drafts: drafts too, as jekyll build --drafts).\nExit status: 0 no error, 1 errors found, 2 usage error or unreadable path.');

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = (typeof FORMATS)[number];

interface Options {
  command?: string;
  paths: string[];
  format: Format;
  fix: boolean;
  help: boolean;
  config?: string[];
  /** urls: drafts are read and written, as `jekyll build --drafts` does. */
  drafts?: boolean;
}

function describe(error: unknown, translate: (t: string) => string): string {
  return error instanceof UsageError ? formatMessage(error.detail, translate) : String(error);
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { paths: [], format: 'text', fix: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--fix') options.fix = true;
    else if (arg === '--drafts') options.drafts = true;
    else if (arg === '--config' || arg.startsWith('--config=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!value) throw new UsageError(msg('--config needs a file name'));
      options.config = value.split(',').map((f) => f.trim()).filter(Boolean);
    }
    else if (arg === '--format' || arg.startsWith('--format=')) {
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
  let options: Options;
  try {
    options = parseArgs(argv);
  } catch (e) {
    io.stderr.write(`jekyll-posts: ${describe(e, translate)}\n${formatMessage(USAGE, translate)}\n`);
    return 2;
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
  if (options.command !== 'lint') {
    const problem = options.command ? msg("unknown command '{0}'", options.command) : msg('missing command');
    io.stderr.write(`jekyll-posts: ${formatMessage(problem, translate)}\n${formatMessage(USAGE, translate)}\n`);
    return 2;
  }
  const paths = options.paths.length ? options.paths : ['.'];
  const lintOptions = { settings: { timezone: Intl.DateTimeFormat().resolvedOptions().timeZone, now: new Date() } };
  try {
    let sites = await lintPaths(syncNodeFileSystem, paths, io.cwd, lintOptions, options.config);
    if (options.fix) {
      // Fixes can uncover or unblock others: a few passes, each on what the last one wrote.
      for (let pass = 0; pass < 5; pass++) {
        const report = applyFixes(sites);
        for (const refusal of report.refused) io.stderr.write(`jekyll-posts: ${formatMessage(refusal, translate)}\n`);
        if (report.changed === 0) break;
        sites = await lintPaths(syncNodeFileSystem, paths, io.cwd, lintOptions, options.config);
      }
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
