/**
 * Completions and hovers inside the `jekyll_posts:` block of `_config.yml`: its keys with their
 * meaning, rule ids with theirs, and severities. Pure: the host hands in the text, the cursor and
 * the rules' descriptions (the extension reads them from its manifest's translations).
 */
import { Message, msg } from '../messages';
import { allRules } from '../lint/rules';
import { PROJECT_KEY, PROJECT_KEYS, SEVERITY_SETTINGS } from '../site/projectConfig';
import { OffsetRange } from '../text';

export interface ConfigItem {
  readonly label: string;
  readonly kind: 'block' | 'key' | 'rule' | 'severity';
  readonly insertText: string;
  readonly range: OffsetRange;
  readonly detail?: string;
  /** Markdown paragraphs: messages to translate, or text the host gave (a rule's description). */
  readonly documentation: readonly (string | Message)[];
  readonly sortText: string;
}

export interface ConfigHover {
  readonly range: OffsetRange;
  readonly contents: readonly (string | Message)[];
}

/** A rule's meaning in the user's language (the host's). */
export type DescribeRule = (id: string) => string;

export const KEY_MEANINGS: Readonly<Record<string, Message>> = {
  languages: msg('The languages of the site, such as `[fr, en]`: `lang-unknown`, `required-key` and the language completions use them. Wins over the `jekyllPosts.languages` setting.'),
  translation_key: msg('The front matter key that links the language versions of a post (`ref`, `lang_ref`...); detected from the posts when unset. Wins over the `jekyllPosts.translationKey` setting.'),
  required_keys: msg('Keys every post must have once the defaults apply (rule `required-key`), such as `[title, lang, authors]`. Wins over the `jekyllPosts.requiredKeys` setting.'),
  rules: msg('A severity per rule: `rule-id: error`, `warning`, `info` or `off`. Wins over the `jekyllPosts.rules.*` settings; the CLI’s `--rule` wins over it for one run.'),
  new_post: msg('Settings for the new-post command. Accepted and kept for a later version: not read yet.'),
  default_front_matter: msg('Front matter for new posts and drafts, in jekyll-compose’s shape (`posts:`, `drafts:`). Accepted and kept for a later version: not read yet.'),
  images: msg('Where pasted and dropped images are saved: `folder: assets/images/:slug/` (`:slug`, `:name`, `:year`, `:month`, `:day` stand for the post’s). Wins over the `jekyllPosts.images.folder` setting; unset, the folder the posts already use.'),
};

const BLOCK_MEANING = msg('Settings of Jekyll Posts for this site, read alike by the editor and the `jekyll-posts` CLI (Jekyll ignores keys it does not know).');

export const SEVERITY_MEANINGS: Readonly<Record<string, Message>> = {
  error: msg('Report as an error (the CLI then exits with 1).'),
  warning: msg('Report as a warning.'),
  info: msg('Report as information.'),
  off: msg('Do not check.'),
};

interface Line {
  readonly start: number;
  readonly end: number;
  readonly indent: number;
  /** The key the line starts with, if any. */
  readonly key?: string;
}

function lineAt(text: string, offset: number): Line {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end === -1) end = text.length;
  const line = text.slice(start, end).replace(/\r$/, '');
  const indent = /^ */.exec(line)![0].length;
  const key = /^ *([^\s#:][^:#]*?):(\s|$)/.exec(line)?.[1];
  return { start, end, indent, key };
}

/** The keys above a line, outermost first: the block mapping it is in. */
function parents(text: string, lineStart: number, indent: number): string[] {
  const out: string[] = [];
  let limit = indent;
  let at = lineStart;
  while (at > 0 && limit > 0) {
    const prevEnd = at - 1;
    const prevStart = text.lastIndexOf('\n', prevEnd - 1) + 1;
    at = prevStart;
    const line = text.slice(prevStart, prevEnd).replace(/\r$/, '');
    if (/^\s*(#|$)/.test(line)) continue;
    const lineIndent = /^ */.exec(line)![0].length;
    if (lineIndent >= limit) continue;
    const key = /^ *([^\s#:][^:#]*?):\s*(#.*)?$/.exec(line)?.[1];
    if (!key) return ['\0']; // inside something else (a list, a flow value)
    out.unshift(key);
    limit = lineIndent;
  }
  return out;
}

type Where = { readonly path: readonly string[]; readonly part: 'key' | 'value'; readonly key?: string; readonly word: OffsetRange };

/** Where the cursor is: the mapping it is in, whether on a key or its value, and the word it is on. */
function whereAt(text: string, offset: number): Where | undefined {
  const line = lineAt(text, offset);
  const before = text.slice(line.start, offset);
  if (before.includes('#')) return undefined;
  const wordStart = offset - /[\w-]*$/.exec(before)![0].length;
  let wordEnd = offset;
  while (wordEnd < line.end && /[\w-]/.test(text[wordEnd])) wordEnd++;
  const word = { start: wordStart, end: wordEnd };
  const keyPart = /^( *)[\w-]*$/.exec(before);
  if (keyPart) return { path: parents(text, line.start, keyPart[1].length), part: 'key', word };
  const valuePart = /^( *)([\w-]+):[ \t]*[\w-]*$/.exec(before);
  if (valuePart) return { path: parents(text, line.start, valuePart[1].length), part: 'value', key: valuePart[2], word };
  return undefined;
}

const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

function ruleDocumentation(id: string, describe: DescribeRule): (string | Message)[] {
  const rule = allRules.find((r) => r.id === id);
  return rule ? [describe(id), msg('Default: `{0}`.', rule.defaultSeverity)] : [];
}

/** Completions at `offset` of a configuration file's text; none outside the `jekyll_posts:` block. */
export function completeProjectConfig(text: string, offset: number, describe: DescribeRule): ConfigItem[] {
  const where = whereAt(text, offset);
  if (!where) return [];
  const typed = text.slice(where.word.start, offset).toLowerCase();
  const items: ConfigItem[] = [];
  const push = (item: Omit<ConfigItem, 'sortText' | 'range'>): void => {
    if (!item.label.toLowerCase().includes(typed)) return;
    items.push({ ...item, range: where.word, sortText: String(items.length).padStart(4, '0') });
  };
  if (where.part === 'key' && where.path.length === 0) {
    if (typed.length > 0) push({ label: PROJECT_KEY, kind: 'block', insertText: `${PROJECT_KEY}:`, documentation: [BLOCK_MEANING] });
  } else if (where.part === 'key' && same(where.path, [PROJECT_KEY])) {
    for (const key of PROJECT_KEYS) push({ label: key, kind: 'key', insertText: `${key}:`, documentation: [KEY_MEANINGS[key]] });
  } else if (where.part === 'key' && same(where.path, [PROJECT_KEY, 'rules'])) {
    for (const rule of allRules) push({ label: rule.id, kind: 'rule', insertText: `${rule.id}: `, detail: rule.defaultSeverity, documentation: ruleDocumentation(rule.id, describe) });
  } else if (where.part === 'value' && same(where.path, [PROJECT_KEY, 'rules'])) {
    for (const severity of SEVERITY_SETTINGS) push({ label: severity, kind: 'severity', insertText: severity, documentation: [SEVERITY_MEANINGS[severity]] });
  }
  return items;
}

/** What the word under the cursor means, inside the `jekyll_posts:` block. */
export function hoverProjectConfig(text: string, offset: number, describe: DescribeRule): ConfigHover | undefined {
  const where = whereAt(text, offset);
  if (!where || where.word.start === where.word.end) return undefined;
  const word = text.slice(where.word.start, where.word.end);
  const range = where.word;
  if (where.part === 'key' && where.path.length === 0 && word === PROJECT_KEY) return { range, contents: [BLOCK_MEANING] };
  if (where.part === 'key' && same(where.path, [PROJECT_KEY]) && KEY_MEANINGS[word]) return { range, contents: [`\`${word}\``, KEY_MEANINGS[word]] };
  if (same(where.path, [PROJECT_KEY, 'rules'])) {
    if (where.part === 'key' && allRules.some((r) => r.id === word)) return { range, contents: [`\`${word}\``, ...ruleDocumentation(word, describe)] };
    const severity = word.toLowerCase() === 'no' || word.toLowerCase() === 'false' ? 'off' : word.toLowerCase();
    if (where.part === 'value' && SEVERITY_MEANINGS[severity]) return { range, contents: [SEVERITY_MEANINGS[severity]] };
  }
  return undefined;
}
