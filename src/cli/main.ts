import { lintPaths, UsageError } from './lintCommand';
import { formatText, toJsonFindings } from './format';
import { loadTranslations } from './l10n';
import { nodeFileSystem } from './nodeFs';
import { formatMessage, msg } from '../core/messages';

function describe(error: unknown, translate: (t: string) => string): string {
  return error instanceof UsageError ? formatMessage(error.detail, translate) : String(error);
}

const USAGE = msg('Usage: jekyll-posts lint [PATH...] [--format text|json]\n\nChecks the front matter of a Jekyll site\'s posts as Jekyll will read it.\nPATH is a site root, a folder or a file (default: the current folder).\nExit status: 0 no error, 1 errors found, 2 usage error or unreadable path.');

interface Options {
  command?: string;
  paths: string[];
  format: 'text' | 'json';
  help: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { paths: [], format: 'text', help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (value !== 'text' && value !== 'json') throw new UsageError(msg("unknown format '{0}' (expected text or json)", value ?? ''));
      options.format = value;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(msg("unknown option '{0}'", arg));
    else if (!options.command) options.command = arg;
    else options.paths.push(arg);
  }
  return options;
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
  if (options.command !== 'lint') {
    const problem = options.command ? msg("unknown command '{0}'", options.command) : msg('missing command');
    io.stderr.write(`jekyll-posts: ${formatMessage(problem, translate)}\n${formatMessage(USAGE, translate)}\n`);
    return 2;
  }
  try {
    const sites = await lintPaths(nodeFileSystem, options.paths.length ? options.paths : ['.'], io.cwd);
    const findings = toJsonFindings(sites, translate);
    io.stdout.write(options.format === 'json' ? `${JSON.stringify(findings, null, 2)}\n` : formatText(findings, translate));
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
