/**
 * What "safe" means for a fix applied without asking (plain `--fix`, "Fix all"): the site Jekyll
 * builds stays the same. The fix is applied to a copy of the document, the document is computed
 * again with the site model (siteModel), and the fix is refused when anything a reader of the site
 * sees changed: whether Jekyll reads the file at all, its URL and output file, its date, whether it
 * is published, its `lang`, `layout`, categories, tags and authors. A document that stopped the build (a
 * date Jekyll cannot read, an unknown permalink placeholder) may be made to build, its data kept;
 * one whose front matter Jekyll cannot read may be changed at all (nothing of it was built).
 * Rules do not say whether their fixes are safe: this module decides, for every fix, every time.
 */
import { Message, msg } from '../messages';
import { cachedDefaultsFor, deepMerge, SiteConfig, truthy } from '../site/config';
import { parseFrontMatter } from '../site/frontMatter';
import { documentCategories } from '../site/permalink';
import { classifyPath } from '../site/post';
import { JekyllValue } from '../site/scalars';
import { jekyllTags } from '../site/siteFacts';
import { documentVerdictFromData, ModelSettings } from '../site/siteModel';
import { applyTextEdits, FixPlan, planFixAll } from './fix';
import { Finding, Fix, TextEdit } from './types';

/** What the model needs to compute a document: the site's configuration and the build's settings. */
export interface SafetyContext {
  readonly config: SiteConfig;
  readonly model: ModelSettings;
}

/** What the site shows of one file, as the model computes it. */
export interface DocumentState {
  /** Jekyll reads the file as a document (a post, draft, collection document or page with front matter). */
  readonly read: boolean;
  /** The file stops the build (Jekyll's fatal message) or its front matter cannot be read: what it was built as is moot. */
  readonly stopsBuild?: 'fatal' | 'unreadable';
  /** Compared values, as text: url, output, date, published, lang, layout, tags, categories (and the permalink as written). */
  readonly values: Readonly<Record<Key, string>>;
}

export const STATE_KEYS = ['url', 'output', 'date', 'published', 'lang', 'layout', 'tags', 'categories', 'authors'] as const;
export type StateKey = (typeof STATE_KEYS)[number];
/** The state keys, and two of the data: the permalink as written and `published` as written. */
type Key = StateKey | 'permalink' | 'published as written';
/**
 * What is still compared when the document stopped the build: its data (the URL it will get is
 * then the permalink as written, which a fix may not change either).
 */
const DATA_KEYS: readonly Key[] = ['published as written', 'lang', 'layout', 'tags', 'categories', 'authors', 'permalink'];

function show(value: JekyllValue | undefined): string {
  if (value === undefined) return '(none)';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function logins(value: JekyllValue | undefined): JekyllValue[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

/** The state of one file of a site (path relative to the root), computed from its text. */
export function documentState(path: string, text: string, context: SafetyContext): DocumentState {
  const none = Object.fromEntries([...STATE_KEYS, 'permalink', 'published as written'].map((k) => [k, '(none)'])) as Record<Key, string>;
  const info = classifyPath(path, context.config);
  if (!info) return { read: false, values: none };
  const parsed = parseFrontMatter(text);
  const opened = parsed.block.opened;
  // Every problem that keeps Jekyll from reading front matter (a YAML error, an unclosed block, not a mapping, the alias and nesting limits) leaves its data undefined.
  if (opened && parsed.data === undefined) {
    return { read: info.nameMatches, stopsBuild: 'unreadable', values: none };
  }
  const own = opened ? parsed.data ?? {} : {};
  const type = info.kind === 'page' ? 'pages' : info.collection ?? 'posts';
  const defaults = cachedDefaultsFor(context.config, info.relativePath, type);
  const data = deepMerge(defaults, own);
  const verdict = documentVerdictFromData(info, opened, own, context.config, context.model, undefined, data);
  if (!verdict) return { read: false, values: none };
  const categories = info.kind === 'page' ? [] : documentCategories(info.pathCategories, [defaults, own]);
  const values: Record<Key, string> = {
    url: show(verdict.url),
    output: show(verdict.outputPath),
    date: verdict.epochSeconds === undefined ? '(none)' : verdict.date ?? '(none)',
    published: verdict.written ? 'true' : verdict.reason ? `false (${verdict.reason})` : 'false',
    lang: show(data.lang),
    layout: show(data.layout),
    tags: JSON.stringify(jekyllTags(data)),
    categories: JSON.stringify(categories),
    // Who the post says wrote it (`author`, `authors`: a login or a list, as themes and jekyll-seo-tag read them).
    authors: JSON.stringify([logins(data.author), logins(data.authors)]),
    permalink: show(data.permalink),
    // Still compared when the build stopped: it is data, not a verdict.
    'published as written': 'published' in data ? String(truthy(data.published)) : 'true',
  };
  return { read: true, stopsBuild: verdict.fatal ? 'fatal' : undefined, values };
}

/**
 * Why going from `before` to `after` changes the site, or undefined when it does not (or may: the
 * file stopped the build before).
 */
export function stateChange(before: DocumentState, after: DocumentState): Message | undefined {
  if (before.stopsBuild === 'unreadable') return undefined;
  if (before.read !== after.read) return before.read ? msg('Jekyll would no longer read this file') : msg('Jekyll would read a file it skips today');
  if (!before.read) return undefined;
  const keys: readonly Key[] = before.stopsBuild === 'fatal' ? DATA_KEYS : STATE_KEYS;
  for (const key of keys) {
    if (before.values[key] !== after.values[key]) return msg('it would change {0}: {1} → {2}', key === 'published as written' ? 'published' : key, shown(key, before.values[key]), shown(key, after.values[key]));
  }
  // A document that built must still build.
  if (!before.stopsBuild && after.stopsBuild) return msg('it would stop the build');
  return undefined;
}

/** A compared value as the user reads it: `(none)` and why a document is not published, translated. */
function shown(key: Key, value: string): string | Message {
  if (value === '(none)') return msg('(none)');
  const reason = key === 'published' ? /^false \((.*)\)$/.exec(value)?.[1] : undefined;
  if (reason === undefined) return value;
  const why =
    reason === 'published is falsy' ? msg('`published` is false') : reason === 'future date' ? msg('a future date') : reason === 'draft' ? msg('a draft') : reason === 'collection output is false' ? msg('its collection is not written') : reason;
  return msg('false ({0})', why);
}

/** One file as the fixer sees it: its path relative to the site root and its text (maybe its front matter alone). */
export interface FixTarget {
  readonly path: string;
  readonly text: string;
}

/** Why applying `edits` and `rename` to `target` changes the site, or undefined when it does not. */
export function fixChange(target: FixTarget, edits: readonly TextEdit[], rename: Fix['rename'], context: SafetyContext, before = documentState(target.path, target.text, context)): Message | undefined {
  const after = documentState(rename?.to ?? target.path, applyTextEdits(target.text, edits), context);
  // A file Jekyll copies as it is (a page without front matter) is written where it lies: moving it moves it on the site too.
  if (rename && !before.read && !after.read && !(ignored(rename.from, context.config) && ignored(rename.to, context.config))) return msg('it would move a file Jekyll copies to the site');
  return stateChange(before, after);
}

/** Whether Jekyll leaves a path out of the site altogether (special names, misnamed posts). */
function ignored(path: string, config: SiteConfig): boolean {
  const info = classifyPath(path, config);
  return !info || !info.nameMatches;
}

/** Which fixes are applied: the safe ones (the default), every finding's preferred fix, or the preferred fix of some rules as well. */
export interface FixMode {
  /** Apply each finding's preferred fix even when it changes the site (`--fix=suggested`). */
  readonly suggested?: boolean;
  /** Rules whose preferred fix is applied even when it changes the site (`--fix-rule`). */
  readonly rules?: ReadonlySet<string>;
}

export interface Refusal {
  readonly finding: Finding;
  readonly fix: Fix;
  readonly reason: Message;
}

export interface SafeFixPlan extends FixPlan {
  /** The finding each applied fix answers, in the order of `applied`. */
  readonly findings: Finding[];
  /** Preferred fixes left out because they would change the site. */
  readonly refused: Refusal[];
}

/**
 * planFixAll, with each preferred fix checked by the model against the document as it was (with
 * the fixes taken before it): a fix that changes what Jekyll builds is refused, unless `mode`
 * lets its rule through.
 */
export function planSafeFixes(findings: readonly Finding[], target: FixTarget, context: SafetyContext, mode: FixMode = {}): SafeFixPlan {
  const before = documentState(target.path, target.text, context);
  const refused: Refusal[] = [];
  const taken: Finding[] = [];
  const plan = planFixAll(findings, (fix, finding, sofar) => {
    if (!mode.suggested && !mode.rules?.has(finding.rule)) {
      if (fix.askFirst) {
        refused.push({ finding, fix, reason: fix.askFirst });
        return false;
      }
      const reason = fixChange(target, [...sofar.edits, ...fix.edits], fix.rename ?? sofar.rename, context, before);
      if (reason) {
        refused.push({ finding, fix, reason });
        return false;
      }
    }
    taken.push(finding);
    return true;
  });
  return { ...plan, findings: taken, refused };
}
