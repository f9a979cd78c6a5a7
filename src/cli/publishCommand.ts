import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkPlan } from '../core/create/checkPlan';
import { formatDateInput } from '../core/create/newPost';
import { draftTranslations, FileText, MovePlan, planPublish, planUnpublish, PlannedMove } from '../core/create/publish';
import { readSiteForNewPost } from '../core/create/siteConventions';
import { formatMessage, Message, msg } from '../core/messages';
import { join, relative } from '../core/paths';
import { findSiteRoot, loadConfig, walkSite } from '../core/site/siteFiles';
import { NewIo } from './newCommand';
import { syncNodeFileSystem } from './nodeFs';

export const PUBLISH_USAGE = msg('Usage: jekyll-posts publish DRAFT [--date D] [--translation]\n       jekyll-posts unpublish POST\n\npublish: moves a draft to the posts folder beside its drafts folder as YYYY-MM-DD-slug (the date now in the site’s zone, or --date), writing `date:` the way the site’s posts do; --translation publishes the drafts of its other languages with it.\nunpublish: moves a post back to the drafts folder, without the date in its name (and without `date:` unless the site’s drafts keep one).\nBoth print the files written and exit 1 without moving anything when a target exists.');

interface MoveOptions {
  file?: string;
  date?: string;
  translation: boolean;
  help: boolean;
}

function parse(argv: readonly string[], verb: 'publish' | 'unpublish'): MoveOptions | Message {
  const out: MoveOptions = { translation: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') out.help = true;
    else if (verb === 'publish' && arg === '--translation') out.translation = true;
    else if (verb === 'publish' && (arg === '--date' || arg === '-d' || arg.startsWith('--date='))) {
      const value = arg.startsWith('--date=') ? arg.slice('--date='.length) : argv[++i];
      if (!value) return msg('{0} needs a value', '--date');
      out.date = value;
    } else if (arg.startsWith('-') && arg !== '-') return msg("unknown option '{0}'", arg);
    else if (out.file === undefined) out.file = arg;
    else return verb === 'publish' ? msg('publish takes one DRAFT') : msg('unpublish takes one POST');
  }
  return out;
}

/** Writes every target (never over a file), then removes the sources; on a failure, removes what it wrote. */
function move(root: string, moves: readonly PlannedMove[]): boolean {
  const written: string[] = [];
  try {
    for (const m of moves) {
      const to = join(root, m.to);
      mkdirSync(dirname(to), { recursive: true });
      writeFileSync(to, m.text, { flag: 'wx' });
      written.push(to);
    }
  } catch {
    for (const path of written) unlinkSync(path);
    return false;
  }
  for (const m of moves) unlinkSync(join(root, m.from));
  return true;
}

/**
 * `jekyll-posts publish` and `unpublish`: jekyll-compose's verbs on this project's model of the site.
 * Exit 0 moved, 1 refused (a target exists, not a draft or a post), 2 usage error.
 */
export async function runMove(verb: 'publish' | 'unpublish', argv: readonly string[], io: NewIo, translate: (t: string) => string, now = new Date()): Promise<number> {
  const say = (m: Message): string => formatMessage(m, translate);
  const options = parse(argv, verb);
  if ('template' in options) {
    io.stderr.write(`jekyll-posts: ${say(options)}\n${say(PUBLISH_USAGE)}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout.write(`${say(PUBLISH_USAGE)}\n`);
    return 0;
  }
  if (!options.file) {
    io.stderr.write(`jekyll-posts: ${say(verb === 'publish' ? msg('publish needs a DRAFT') : msg('unpublish needs a POST'))}\n${say(PUBLISH_USAGE)}\n`);
    return 2;
  }
  const absolute = resolve(io.cwd, options.file).replace(/\\/g, '/');
  if (!existsSync(absolute)) {
    io.stderr.write(`jekyll-posts: ${say(msg("cannot read '{0}': no such file or directory", options.file))}\n`);
    return 2;
  }
  const fs = syncNodeFileSystem;
  const root = (await findSiteRoot(fs, dirname(absolute))) ?? dirname(absolute);
  const config = await loadConfig(fs, root);
  const machineZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const c = (await readSiteForNewPost(fs, root, config, { fallbackTimezone: machineZone })).conventions;
  const file: FileText = { path: relative(root, absolute), text: readFileSync(absolute, 'utf8') };
  const exists = (p: string): boolean => existsSync(join(root, p));
  let plan: MovePlan;
  if (verb === 'publish') {
    const walk = await walkSite(fs, root, config);
    const drafts = walk.files.filter((f) => f.info.kind === 'draft').map((f) => ({ path: f.info.relativePath, text: readFileSync(f.path, 'utf8') }));
    const others = draftTranslations(c, config, file, drafts);
    const date = options.date ?? formatDateInput(Math.floor(now.getTime() / 60000) * 60, c.timezone);
    plan = planPublish(c, config, file, { date, now, with: options.translation ? others : [] }, exists);
    if (plan.ok && !options.translation) for (const o of others) io.stderr.write(`jekyll-posts: ${say(msg('{0}, a draft of another language, is linked to it: add --translation to publish both.', o.path))}\n`);
    if (options.translation && !others.length) io.stderr.write(`jekyll-posts: ${say(msg('No draft of another language is linked to {0}: it is published alone.', file.path))}\n`);
  } else plan = planUnpublish(c, config, file, exists);
  if (!plan.ok) {
    io.stderr.write(`jekyll-posts: ${say(plan.error)}\n`);
    return 1;
  }
  if (!move(root, plan.moves)) {
    io.stderr.write(`jekyll-posts: ${say(msg('Nothing was moved: one of {0} could not be created (it may exist already).', plan.moves.map((m) => m.to).join(', ')))}\n`);
    return 1;
  }
  // The URLs the moved files get (drafts as `jekyll build --drafts` gives them).
  const check = await checkPlan(fs, root, config, { files: plan.moves.map((m) => ({ path: m.to, text: m.text, lang: m.lang, bodyOffset: 0 })), edits: [] }, { now, machineZone, languages: c.languages, drafts: verb === 'unpublish' });
  for (const f of check.files) io.stdout.write(`${f.path}\t${f.url ?? '-'}\n`);
  return 0;
}
