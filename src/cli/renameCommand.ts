import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { planRename, RenameChange, RenamePlanned } from '../core/create/renamePost';
import { readRenameSite } from '../core/create/renameSite';
import { REDIRECT_PLUGIN } from '../core/create/redirectFrom';
import { formatMessage, Message, msg } from '../core/messages';
import { join, relative } from '../core/paths';
import { findSiteRoot, loadConfig } from '../core/site/siteFiles';
import { syncNodeFileSystem } from './nodeFs';

export const RENAME_USAGE = msg('Usage: jekyll-posts rename OLD NEW [--redirect] [--dry-run]\n\nrename: gives the post OLD a new name NEW (a slug or a file name; its date is kept) or, when NEW starts with `/`, a new permalink; rewrites every {% post_url %}, {% link %} and internal link to it across the site, and prints each change (file: before → after).\n--redirect adds the old URL to the post’s redirect_from (jekyll-redirect-from) when it was published.\n--dry-run prints the changes and writes nothing.\nExit status: 0 renamed, 1 refused (the target exists, the new URL is taken), 2 usage error.');

interface RenameIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly cwd: string;
}

/** One line per change: `file: before → after`, with the line of a reference. */
export function formatChange(change: RenameChange): string {
  const where = change.line === undefined ? change.file : `${change.file}:${change.line}`;
  return `${where}: ${change.before} → ${change.after}`;
}

/** The texts of the files after the plan, by path before the rename. */
export function appliedTexts(texts: ReadonlyMap<string, string>, plan: RenamePlanned): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, edits] of plan.edits) {
    let text = texts.get(path)!;
    for (const e of [...edits].sort((a, b) => b.range.start - a.range.start)) text = text.slice(0, e.range.start) + e.newText + text.slice(e.range.end);
    out.set(path, text);
  }
  return out;
}

/**
 * `jekyll-posts rename OLD NEW`: the extension's "Jekyll: Rename post" from the command line.
 * Exit 0 renamed (or, with --dry-run, would be), 1 refused without writing, 2 usage error.
 */
export async function runRename(argv: readonly string[], io: RenameIo, translate: (t: string) => string, now = new Date()): Promise<number> {
  const say = (m: Message): string => formatMessage(m, translate);
  const args: string[] = [];
  let redirect = false;
  let dryRun = false;
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') {
      io.stdout.write(`${say(RENAME_USAGE)}\n`);
      return 0;
    } else if (arg === '--redirect') redirect = true;
    else if (arg === '--dry-run') dryRun = true;
    else if (arg.startsWith('--')) {
      io.stderr.write(`jekyll-posts: ${say(msg("unknown option '{0}'", arg))}\n${say(RENAME_USAGE)}\n`);
      return 2;
    } else args.push(arg);
  }
  if (args.length !== 2) {
    io.stderr.write(`jekyll-posts: ${say(msg('rename takes OLD and NEW'))}\n${say(RENAME_USAGE)}\n`);
    return 2;
  }
  const fs = syncNodeFileSystem;
  const [old, next] = args;
  const path = resolve(io.cwd, old).replace(/\\/g, '/');
  if ((await fs.stat(path))?.kind !== 'file') {
    io.stderr.write(`jekyll-posts: ${say(msg("cannot read '{0}': no such file or directory", old))}\n`);
    return 2;
  }
  const root = (await findSiteRoot(fs, path)) ?? resolve(path, '..');
  const config = await loadConfig(fs, root);
  const settings = { now, drafts: false, machineZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC' };
  const site = await readRenameSite(fs, root, config, settings);
  const from = relative(root, path);
  // NEW written as a path (`_posts/2020-01-01-x.md`) is read from the current folder, as OLD is.
  const name = next.includes('/') && !next.startsWith('/') ? relative(root, resolve(io.cwd, next).replace(/\\/g, '/')) : next;
  const plan = planRename(site, next.startsWith('/') ? { from, permalink: next, redirect } : { from, name, redirect });
  if (!plan.ok) {
    io.stderr.write(`jekyll-posts: ${say(plan.problem)}\n`);
    return 1;
  }
  const texts = appliedTexts(site.texts, plan);
  if (!dryRun) {
    // The target is checked again just before writing: nothing is ever overwritten.
    const target = join(root, plan.to);
    if (plan.to !== plan.from && existsSync(target)) {
      io.stderr.write(`jekyll-posts: ${say(msg('Not renamed: `{0}` already exists.', plan.to))}\n`);
      return 1;
    }
    for (const [file, text] of texts) writeFileSync(join(root, file), text);
    if (plan.to !== plan.from) renameSync(path, target);
  }
  const lines = plan.changes.map(formatChange);
  lines.push(say(dryRun ? msg('{0} → {1}: {2} changes would be made (nothing written).', plan.oldUrl, plan.newUrl, plan.changes.length) : msg('{0} → {1}: {2} changes made.', plan.oldUrl, plan.newUrl, plan.changes.length)));
  for (const other of plan.pairedByName) lines.push(say(msg('{0} is paired with it by its file name: rename it the same way to keep them paired.', other)));
  if (plan.published && !redirect) lines.push(say(msg('{0} was published: add --redirect to keep it alive with redirect_from.', plan.oldUrl)));
  if (plan.redirected && !plan.redirectPlugin) lines.push(say(msg('The site does not load {0} (not in plugins: of _config.yml nor in the Gemfile’s :jekyll_plugins group): redirect_from does nothing until it does.', REDIRECT_PLUGIN)));
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
