import { mkdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkPlan } from '../core/create/checkPlan';
import { formatDateInput, placeholderTitle, Plan, planBilingualPost, planPost, slugFromTitle, translationSlug } from '../core/create/newPost';
import { readSiteForNewPost } from '../core/create/siteConventions';
import { formatMessage, Message, msg } from '../core/messages';
import { join } from '../core/paths';
import { findSiteRoot, loadConfig } from '../core/site/siteFiles';
import { syncNodeFileSystem } from './nodeFs';

export const NEW_USAGE = msg('Usage: jekyll-posts new TITLE [--lang L] [--translation L2:TITLE2] [--date D] [--slug S] [--tags a,b] [--categories a,b] [--site DIR]\n\nnew: writes a post (and its translation) the way the site writes its posts, after checking the new files with the site\'s model and linter; writes nothing when a file exists or a check fails.');

export const DRAFT_USAGE = msg('Usage: jekyll-posts draft TITLE [--lang L] [--translation [L2:TITLE2]] [--slug S] [--tags a,b] [--categories a,b] [--site DIR]\n\ndraft: writes a draft in the drafts folder beside the language\'s posts folder (no date in its name), as jekyll draft does, the way the site writes its posts; --translation also writes the other language\'s draft (its title TITLE2, or a placeholder to translate); writes nothing when a file exists or a check fails.');

interface NewOptions {
  title?: string;
  lang?: string;
  translation?: { lang?: string; title?: string };
  date?: string;
  slug?: string;
  tags: string[];
  categories: string[];
  site?: string;
  help: boolean;
}

class NewUsage extends Error {
  constructor(readonly detail: Message) {
    super(detail.template);
  }
}

function parse(argv: readonly string[], draft: boolean): NewOptions {
  const out: NewOptions = { tags: [], categories: [], help: false };
  const value = (i: number, name: string): string => {
    const v = argv[i];
    if (v === undefined) throw new NewUsage(msg('{0} needs a value', name));
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const take = (): string => (eq > 0 ? arg.slice(eq + 1) : value(++i, name));
    if (name === '--help' || name === '-h') out.help = true;
    else if (name === '--lang') out.lang = take();
    else if (name === '--date') out.date = take();
    else if (name === '--slug') out.slug = take();
    else if (name === '--site') out.site = take();
    else if (name === '--tags') out.tags = take().split(',').map((t) => t.trim()).filter(Boolean);
    else if (name === '--categories') out.categories = take().split(',').map((t) => t.trim()).filter(Boolean);
    else if (name === '--translation' && draft && eq < 0 && !/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?:/.test(argv[i + 1] ?? '')) out.translation = {};
    else if (name === '--translation') {
      const v = take();
      const colon = v.indexOf(':');
      if (colon <= 0 || !v.slice(colon + 1).trim()) throw new NewUsage(msg('--translation takes LANG:TITLE, for example fr:Mon titre'));
      out.translation = { lang: v.slice(0, colon), title: v.slice(colon + 1) };
    } else if (arg.startsWith('-') && arg !== '-') throw new NewUsage(msg("unknown option '{0}'", arg));
    else if (out.title === undefined) out.title = arg;
    // `jekyll draft My new draft`: jekyll-compose takes the words as one title.
    else if (draft) out.title += ` ${arg}`;
    else throw new NewUsage(draft ? msg('draft takes one TITLE (quote it when it has spaces)') : msg('new takes one TITLE (quote it when it has spaces)'));
  }
  return out;
}

export interface NewIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly cwd: string;
}

/**
 * `jekyll-posts new`: plans the files as "New bilingual post" does, checks them with the site, and
 * writes them (never over an existing file) or nothing. Exit 0 written, 1 refused, 2 usage error.
 */
export async function runNew(argv: readonly string[], io: NewIo, translate: (t: string) => string, now = new Date(), draft = false): Promise<number> {
  const say = (m: Message): string => formatMessage(m, translate);
  const usage = draft ? DRAFT_USAGE : NEW_USAGE;
  let options: NewOptions;
  try {
    options = parse(argv, draft);
  } catch (e) {
    if (!(e instanceof NewUsage)) throw e;
    io.stderr.write(`jekyll-posts: ${say(e.detail)}\n${say(usage)}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout.write(`${say(usage)}\n`);
    return 0;
  }
  if (draft && options.date !== undefined) {
    io.stderr.write(`jekyll-posts: ${say(msg('a draft has no date: give it when you publish it (jekyll-posts publish FILE --date D)'))}\n`);
    return 2;
  }
  if (!options.title?.trim()) {
    io.stderr.write(`jekyll-posts: ${say(draft ? msg('draft needs a TITLE') : msg('new needs a TITLE'))}\n${say(usage)}\n`);
    return 2;
  }
  const fs = syncNodeFileSystem;
  const start = resolve(io.cwd, options.site ?? '.').replace(/\\/g, '/');
  if (!(await fs.stat(start))) {
    io.stderr.write(`jekyll-posts: ${say(msg("cannot read '{0}': no such file or directory", options.site ?? '.'))}\n`);
    return 2;
  }
  const root = (await findSiteRoot(fs, start)) ?? start;
  const config = await loadConfig(fs, root);
  const machineZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  const read = await readSiteForNewPost(fs, root, config, { fallbackTimezone: machineZone });
  const c = read.conventions;
  const lang = options.lang ?? c.languages[0];
  // A draft's translation without a title: a placeholder to translate, with the slug "Add translation" gives.
  const firstSlug = options.slug ?? slugFromTitle(c, options.title);
  const otherLang = options.translation ? options.translation.lang ?? c.languages.find((l) => l !== lang) ?? '' : '';
  const translation = options.translation
    ? { lang: otherLang, title: options.translation.title ?? placeholderTitle(options.title, firstSlug), slug: options.translation.title ? undefined : translationSlug(c, { slug: firstSlug, lang }, otherLang) }
    : undefined;
  for (const l of [lang, translation?.lang]) {
    if (l !== undefined && !c.languages.includes(l)) {
      io.stderr.write(`jekyll-posts: ${say(msg('`{0}` is not one of the site’s languages ({1}).', l, c.languages.join(', ')))}\n`);
      return 1;
    }
  }
  const date = options.date ?? formatDateInput(Math.floor(now.getTime() / 60000) * 60, c.timezone);
  const existing = new Set<string>();
  const exists = (p: string): boolean => existing.has(p);
  const make = (): Plan =>
    translation
      ? planBilingualPost(c, { draft, date, now, tags: options.tags, categories: options.categories, first: { lang, title: options.title!, slug: options.slug }, second: { lang: translation.lang, title: translation.title, slug: translation.slug } }, exists)
      : planPost(c, { draft, date, now, tags: options.tags, categories: options.categories, post: { lang: c.languages.length > 1 || options.lang ? lang : undefined, title: options.title!, slug: options.slug } }, exists);
  let plan = make();
  if (plan.ok) {
    for (const f of plan.files) if (await fs.stat(join(root, f.path))) existing.add(f.path);
    plan = make();
  }
  if (!plan.ok) {
    io.stderr.write(`jekyll-posts: ${say(plan.error)}\n`);
    return 1;
  }
  const check = await checkPlan(fs, root, config, plan, { now, machineZone, languages: c.languages, drafts: draft });
  if (!check.ok) {
    io.stderr.write(`jekyll-posts: ${say(msg('nothing was written: the new files would break the site'))}\n`);
    for (const p of check.problems) io.stderr.write(`  ${p.path}: ${say(p.message)}${p.rule ? ` (${p.rule})` : ''}\n`);
    return 1;
  }
  const written: string[] = [];
  try {
    for (const f of plan.files) {
      const path = join(root, f.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.text, { flag: 'wx' });
      written.push(path);
    }
  } catch {
    for (const path of written) unlinkSync(path);
    io.stderr.write(`jekyll-posts: ${say(msg('Nothing was written: one of {0} could not be created (it may exist already).', plan.files.map((f) => f.path).join(', ')))}\n`);
    return 1;
  }
  for (const f of check.files) io.stdout.write(`${f.path}\t${f.url ?? '-'}\n`);
  return 0;
}
