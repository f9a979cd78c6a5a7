/**
 * Checks the `jekyll_posts:` block of one configuration file: unknown keys, rule ids and severities,
 * and values of the wrong shape, each reported at the exact range written, with the nearest valid
 * name as a fix. The rule `config-invalid` (rules/configInvalid.ts) documents it.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, Composer, Document } from 'yaml';
import type { Node as YamlNode, Pair, Range, Scalar, YAMLMap } from 'yaml';
import { msg } from '../messages';
import { configTextAsPsychReadsIt, plainCollectionsDir } from '../site/config';
import { parseYamlText } from '../site/frontMatter';
import { parsePsychTokens } from '../site/psychLexer';
import { PROJECT_KEY, PROJECT_KEYS, SEVERITY_SETTINGS, severityOf } from '../site/projectConfig';
import { OffsetRange } from '../text';
import { isKnownTimeZone, knownTimeZones } from '../site/timeZone';
import { editDistance } from './ruleUtils';
import { allRules } from './rules';
import { Finding, FindingDraft, Severity, SeveritySetting } from './types';

export const CONFIG_INVALID = 'config-invalid';

/** The candidate nearest to `value`: one it starts or ends with, else within about a third of its length in edits. */
export function nearestName(value: string, candidates: readonly string[]): string | undefined {
  const v = value.toLowerCase();
  if (!v) return undefined;
  const affix = candidates.filter((c) => v.length >= 3 && (c.toLowerCase().startsWith(v) || v.startsWith(c.toLowerCase()) || c.toLowerCase().endsWith(v)));
  if (affix.length === 1) return affix[0];
  const max = Math.max(2, Math.ceil(v.length / 3));
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const c of candidates) {
    const d = editDistance(v, c.toLowerCase(), max);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Where a node is written: the composer gives every node it builds its range. */
function rangeOf(node: YamlNode): OffsetRange {
  const r = node.range as Range;
  return { start: r[0], end: r[1] };
}

/** Where a value is written; a key written alone (`? key`) has no value node, hence the fallback. */
function range(node: YamlNode | null, fallback: OffsetRange): OffsetRange {
  return node ? rangeOf(node) : fallback;
}

function parseConfigDocument(text: string): Document.Parsed | undefined {
  const composer = new Composer({ schema: 'yaml-1.1', uniqueKeys: false, version: '1.1', strict: false });
  for (const doc of composer.compose(parsePsychTokens(text, new LineCounter().addNewLine))) return doc as Document.Parsed;
  return undefined;
}

/** A scalar as written, without its quotes. */
function written(text: string, node: YamlNode): string {
  if (isScalar(node)) return String(node.value);
  const at = rangeOf(node);
  return text.slice(at.start, at.end);
}

/** The replacement text of a name, keeping the quotes it was written with. */
function rename(node: Scalar, name: string): string {
  if (node.type === 'QUOTE_DOUBLE') return JSON.stringify(name);
  if (node.type === 'QUOTE_SINGLE') return `'${name}'`;
  return name;
}

export interface ConfigCheckOptions {
  /** Severity of `config-invalid` (`off` to skip the check); its default is warning. */
  readonly severity?: SeveritySetting;
  /**
   * The file starts with a byte order mark that `text` leaves out (an editor's text: the editor
   * keeps the mark as the file's encoding). Jekyll reads the mark, so it is put back for the
   * check, and the findings' offsets stay those of `text`.
   */
  readonly byteOrderMark?: boolean;
}

/** A finding moved by `delta` UTF-16 units (offsets below 0 become 0), its same-file related locations and fixes with it. */
function shifted(finding: Finding, delta: number): Finding {
  const move = (r: OffsetRange): OffsetRange => ({ start: Math.max(0, r.start + delta), end: Math.max(0, r.end + delta) });
  return {
    ...finding,
    range: move(finding.range),
    ...(finding.related ? { related: finding.related.map((r) => (r.file === undefined ? { ...r, range: move(r.range) } : r)) } : {}),
    ...(finding.fixes ? { fixes: finding.fixes.map((f) => ({ ...f, edits: f.edits.map((e) => ({ ...e, range: move(e.range) })) })) } : {}),
  };
}

/**
 * Findings (rule `config-invalid`) on the `jekyll_posts:` block of a configuration file's text.
 * Offsets are into `text` (a BOM included). Every file is parsed: a key may be written with
 * escapes (`"jekyll\x5fposts":`), which YAML reads as the plain name.
 */
export function checkProjectConfigText(text: string, options: ConfigCheckOptions = {}): Finding[] {
  const setting = options.severity ?? 'warning';
  if (setting === 'off') return [];
  if (options.byteOrderMark && text.charCodeAt(0) !== 0xfeff) {
    return checkProjectConfigText(`\ufeff${text}`, { ...options, byteOrderMark: false }).map((f) => shifted(f, -1));
  }
  const severity: Severity = setting;
  const unreadable = unreadableConfig(text);
  if (unreadable) return [{ ...unreadable, rule: CONFIG_INVALID, severity }];
  // The YAML parser steps over a BOM and counts it in its offsets, which are then offsets into `text`.
  const doc = parseConfigDocument(text);
  if (!doc || doc.errors.length > 0 || !isMap(doc.contents)) return [];
  const findings: Finding[] = [];
  const context: Context = {
    text,
    report: (draft) => findings.push({ ...draft, rule: CONFIG_INVALID, severity }),
    // Psych, as YAML does, reads an alias as the value its anchor holds.
    resolve: (node) => (isAlias(node) ? (node.resolve(doc) as YamlNode) : (node as YamlNode | null)),
  };
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key)) continue;
    if (pair.key.value === PROJECT_KEY) checkBlock(context, pair as Pair<YamlNode, YamlNode | null>);
    else if (pair.key.value === 'timezone') checkTimezone(context, pair as Pair<YamlNode, YamlNode | null>);
    else if (pair.key.value === 'collections_dir') checkCollectionsDir(context, pair as Pair<YamlNode, YamlNode | null>);
  }
  return findings;
}

/**
 * A configuration file Jekyll cannot read (`jekyll build` 4.3.1): a YAML error stops the build; a
 * file that is a list or a single value is set aside ("Error reading configuration. Using defaults");
 * a file saved with a byte order mark loses all but its first setting (configTextAsPsychReadsIt).
 */
function unreadableConfig(text: string): FindingDraft | undefined {
  const read = configTextAsPsychReadsIt(text);
  for (const problem of parseYamlText(read.text).problems) {
    const range = problem.range;
    if (problem.kind === 'yaml-error') return { range, message: msg('Jekyll cannot read this file and stops the build: {0}', problem.detail) };
    if (problem.kind === 'not-mapping') return { range, message: msg('This file is not a set of `key: value` settings: Jekyll ignores it and builds with its defaults.') };
  }
  if (read.ignoredFrom !== undefined) {
    const lineEnd = text.indexOf('\n', read.ignoredFrom);
    const line = text.slice(read.ignoredFrom, lineEnd < 0 ? undefined : lineEnd).replace(/\r$/, '');
    const lineNumber = text.slice(0, read.ignoredFrom).split('\n').length;
    return {
      range: { start: read.ignoredFrom, end: read.ignoredFrom + line.length },
      message: msg('This file starts with a byte order mark, so Jekyll stops reading it here (line {0}): this line and every one after it are ignored. Save the file as UTF-8 without a byte order mark.', lineNumber),
    };
  }
  return undefined;
}

/**
 * `timezone:` as Jekyll sets it, `ENV["TZ"] = config["timezone"] if config["timezone"]`: null and
 * false leave the machine's zone; a value that is not text fails the build (no implicit conversion
 * into String); a name of no zone, the empty one included, makes the C library run in UTC, so
 * every date and dated URL silently moves to UTC. The nearest zone is offered, never preferred:
 * changing the zone moves dates.
 */
function checkTimezone({ report, resolve }: Context, pair: Pair<YamlNode, YamlNode | null>): void {
  const node = resolve(pair.value);
  if (!node || (isScalar(node) && (node.value === null || node.value === false))) return;
  const at = rangeOf(pair.value as YamlNode);
  if (!isScalar(node) || typeof node.value !== 'string') {
    report({ range: at, message: msg('Jekyll fails to build with this `timezone`: it must be the name of a zone, such as `Europe/Paris`.') });
    return;
  }
  const name = node.value;
  if (name === '') {
    report({ range: at, message: msg('An empty `timezone` names no zone: Jekyll builds this site in UTC.') });
    return;
  }
  if (isKnownTimeZone(name)) return;
  const best = nearestName(name, knownTimeZones());
  report({
    range: at,
    message: best
      ? msg('`{0}` is not a time zone: Jekyll builds this site in UTC. Did you mean `{1}`?', name, best)
      : msg('`{0}` is not a time zone: Jekyll builds this site in UTC.', name),
    fixes: best ? [{ title: msg('Change to `{0}`', best), edits: [{ range: at, newText: rename(node, best) }], preferred: false }] : undefined,
  });
}

/**
 * `collections_dir:` written with a slash. Jekyll finds other collections under it whatever the
 * slashes, but reads the posts and drafts of a folder only when its path, led by `/`, starts with
 * `/` and the value as written (Reader#retrieve_posts): a leading `/` or `./` reads none, a trailing
 * `/` none in `<dir>/_posts` itself (`jekyll build` 4.3.1). The plain name is offered, never
 * preferred: the posts it brings back change the site.
 */
function checkCollectionsDir({ report, resolve }: Context, pair: Pair<YamlNode, YamlNode | null>): void {
  const node = resolve(pair.value);
  if (!node || !isScalar(node) || typeof node.value !== 'string') return;
  const value = node.value;
  const plain = plainCollectionsDir(value);
  if (plain === value || plain === '') return;
  const at = rangeOf(pair.value as YamlNode);
  const leading = /^\.?\//.exec(value)?.[0];
  report({
    range: at,
    message: leading
      ? msg('With `collections_dir` starting with `{0}`, Jekyll reads no post and no draft (other collections are found). Write `{1}`.', leading, plain)
      : msg('With `collections_dir` ending with `/`, Jekyll reads no post or draft in `{0}/_posts` itself, only in folders below it. Write `{0}`.', plain),
    fixes: [{ title: msg('Change to `{0}`', plain), edits: [{ range: at, newText: rename(node, plain) }], preferred: false }],
  });
}

interface Context {
  readonly text: string;
  readonly report: (draft: FindingDraft) => void;
  /** The node a value stands for: itself, or an alias's anchored node. */
  readonly resolve: (node: unknown) => YamlNode | null;
}

function nameFinding(node: Scalar, name: string, candidates: readonly string[], siblings: ReadonlySet<string>, unknown: (name: string) => ReturnType<typeof msg>, suggest: (name: string, best: string) => ReturnType<typeof msg>): FindingDraft {
  const best = nearestName(name, candidates);
  const at = rangeOf(node);
  if (!best) return { range: at, message: unknown(name) };
  return {
    range: at,
    message: suggest(name, best),
    fixes: [{ title: msg('Change to `{0}`', best), edits: [{ range: at, newText: rename(node, best) }], preferred: !siblings.has(best) }],
  };
}

function keysOf(map: YAMLMap): Set<string> {
  const out = new Set<string>();
  for (const p of map.items) if (isScalar(p.key)) out.add(String(p.key.value));
  return out;
}

function checkBlock(context: Context, pair: Pair<YamlNode, YamlNode | null>): void {
  const { report, resolve } = context;
  const block = resolve(pair.value);
  if (!block || (isScalar(block) && block.value === null)) return;
  if (!isMap(block)) {
    report({ range: rangeOf(pair.value as YamlNode), message: msg('`{0}` must be a set of `key: value` lines (`languages`, `rules`...).', PROJECT_KEY) });
    return;
  }
  const present = keysOf(block);
  for (const item of block.items) {
    const key = item.key as YamlNode;
    if (!isScalar(key)) continue;
    const name = String(key.value);
    const value = resolve(item.value);
    if (!(PROJECT_KEYS as readonly string[]).includes(name)) {
      report(nameFinding(key, name, PROJECT_KEYS, present, (n) => msg('`{0}` is not a setting of `jekyll_posts`.', n), (n, best) => msg('`{0}` is not a setting of `jekyll_posts`; did you mean `{1}`?', n, best)));
      continue;
    }
    if (!value || (isScalar(value) && value.value === null)) continue;
    const at = rangeOf(item.value as YamlNode);
    // new_post and default_front_matter are passed through as written.
    switch (name) {
      case 'languages':
      case 'required_keys':
        if (!isSeq(value)) {
          report({ range: at, message: msg('`{0}` must be a list, such as `[{1}]`.', name, name === 'languages' ? 'fr, en' : 'title, lang') });
          break;
        }
        for (const entry of value.items) {
          const node = resolve(entry);
          if (!isScalar(node) || typeof node.value !== 'string' || node.value === '') report({ range: rangeOf(entry as YamlNode), message: msg('Each item of `{0}` must be a name.', name) });
        }
        break;
      case 'translation_key':
        if (!isScalar(value) || typeof value.value !== 'string' || value.value === '') report({ range: at, message: msg('`translation_key` must be the name of a front matter key, such as `ref`.') });
        break;
      case 'rules':
        checkRules(context, value, at);
        break;
      case 'images':
        checkImages(context, value, at);
        break;
    }
  }
}

/** `images:` takes `folder:`, a folder of the site (placeholders `:slug`, `:name`, `:year`, `:month`, `:day`). */
function checkImages({ report, resolve }: Context, images: YamlNode, at: OffsetRange): void {
  if (!isMap(images)) {
    report({ range: at, message: msg('`images` must be a set of `key: value` lines, such as `folder: assets/images/:slug/`.') });
    return;
  }
  const present = keysOf(images);
  for (const item of images.items) {
    const key = item.key as YamlNode;
    if (!isScalar(key)) continue;
    const name = String(key.value);
    if (name !== 'folder') {
      report(nameFinding(key, name, ['folder'], present, (n) => msg('`{0}` is not a setting of `images`.', n), (n, best) => msg('`{0}` is not a setting of `images`; did you mean `{1}`?', n, best)));
      continue;
    }
    const value = resolve(item.value);
    const where = range(item.value as YamlNode | null, rangeOf(key));
    const folder = isScalar(value) ? value.value : undefined;
    if (typeof folder !== 'string' || folder.trim() === '' || /(^|\/)\.\.(\/|$)|^[a-z]+:|^~|\\/i.test(folder) || /:(?!(slug|name|year|month|day)\b)/.test(folder)) {
      report({ range: where, message: msg('`folder` must be a folder of the site, such as `assets/images/:slug/` (placeholders: `:slug`, `:name`, `:year`, `:month`, `:day`).') });
    }
  }
}

function checkRules({ text, report, resolve }: Context, rules: YamlNode, at: OffsetRange): void {
  if (!isMap(rules)) {
    report({ range: at, message: msg('`rules` must be a set of `rule-id: severity` lines.') });
    return;
  }
  const ids = allRules.map((rule) => rule.id);
  const present = keysOf(rules);
  for (const item of rules.items) {
    const key = item.key as YamlNode;
    if (!isScalar(key)) continue;
    const id = String(key.value);
    if (!ids.includes(id)) {
      report(nameFinding(key, id, ids, present, (n) => msg('`{0}` is not a rule of Jekyll Posts.', n), (n, best) => msg('`{0}` is not a rule of Jekyll Posts; did you mean `{1}`?', n, best)));
    }
    const value = resolve(item.value);
    if (!value || (isScalar(value) && value.value === null)) {
      report({ range: rangeOf(key), message: msg('`{0}` needs a severity: error, warning, info or off.', id) });
      continue;
    }
    if (isScalar(value) && severityOf(value.value as never) !== undefined) continue;
    const shown = written(text, value);
    const best = isScalar(value) ? nearestName(shown, SEVERITY_SETTINGS) : undefined;
    const valueRange = rangeOf(item.value as YamlNode);
    report({
      range: valueRange,
      message: best ? msg('`{0}` is not a severity; did you mean `{1}`?', shown, best) : msg('`{0}` is not a severity: write error, warning, info or off.', shown),
      fixes: best ? [{ title: msg('Change to `{0}`', best), edits: [{ range: valueRange, newText: rename(value as Scalar, best) }], preferred: true }] : undefined,
    });
  }
}
