import { msg } from '../../messages';
import { rubyToS } from '../../site/rubyTime';
import { JekyllValue } from '../../site/scalars';
import { FrontMatterField } from '../../site/frontMatter';
import { YamlTimestamp } from '../../site/timestamp';
import { detectEol } from '../../text';
import { blockList, flowList, replaceRange, wholeLine } from '../edits';
import { field } from '../ruleUtils';
import { FindingDraft, LintContext, Rule, TextEdit } from '../types';

/** How this file writes lists: block lists with this indent when it has any, else flow lists. */
function listWriter(context: LintContext): (values: string[], valueRangeStart: number) => string {
  for (const f of context.frontMatter.fields.values()) {
    if (f.style === 'block-seq' && f.items?.length) {
      const first = f.items[0].range.start;
      const lineStart = context.text.lastIndexOf('\n', first - 1) + 1;
      const indent = /^[ \t]*/.exec(context.text.slice(lineStart, first))![0];
      const eol = detectEol(context.text);
      return (values) => blockList(values, eol, indent);
    }
  }
  return (values) => flowList(values);
}

function listEdit(context: LintContext, f: FrontMatterField, values: string[]): TextEdit {
  const text = listWriter(context)(values, f.valueRange.start);
  if (text.startsWith('\n') || text.startsWith('\r\n')) {
    // A block list starts on the next line: replace from right after the colon.
    return replaceRange({ start: f.afterColon, end: f.valueRange.end }, text);
  }
  return replaceRange(f.valueRange, text);
}

function toText(value: unknown): string {
  return value instanceof YamlTimestamp ? value.source : rubyToS(value as JekyllValue);
}

/** The checks `tags-format` and `categories-format` share. */
function checkList(context: LintContext, report: (d: FindingDraft) => void, keys: { singular: string; plural: string }): void {
  const singular = field(context, keys.singular);
  const plural = field(context, keys.plural);
  if (singular && plural) {
    report({
      range: singular.keyRange,
      message: keys.singular === 'tag' ? msg('Both `tag` and `tags` are set: Jekyll uses `tag` and ignores `tags`.') : msg('Both `category` and `categories` are set: Jekyll merges them, which is rarely meant.'),
    });
  }
  const f = plural;
  if (!f) return;
  const value = f.value;
  if (typeof value === 'string') {
    if (/,/.test(value)) {
      const parts = value.split(/\s*,\s*|\s+/).map((s) => s.trim()).filter(Boolean);
      report({
        range: f.valueRange,
        message: msg('Jekyll splits `{0}` on spaces, so the commas stay: it reads {1}.', keys.plural, value.split(/\s+/).filter(Boolean).map((s) => `\`${s}\``).join(', ')),
        fixes: [{ title: msg('Write `{0}` as a list', keys.plural), edits: [listEdit(context, f, parts)], preferred: true }],
      });
    }
    return;
  }
  const unreadable = keys.plural === 'categories';
  const dropped = unreadable
    ? msg('Jekyll cannot read this front matter at all when `categories` is a single value that is not text (it fails with “no implicit conversion into Array”): write it as a list.')
    : msg('Jekyll drops `{0}` when it is a single value that is not text: write it as a list.', keys.plural);
  // A number, a boolean, a date or a map: Jekyll 4.3.1 drops `tags` then (Utils.pluralized_array_from_hash
  // reads only text and lists), and fails on `categories` (Array() of a Date or a Hash).
  if (value !== null && !Array.isArray(value)) {
    const written = value instanceof YamlTimestamp ? value.source : typeof value === 'object' ? undefined : String(value);
    report({
      severity: unreadable ? 'error' : undefined,
      range: f.valueRange,
      message: dropped,
      // A map has no single value to keep: only its author knows which list was meant.
      fixes: written === undefined ? undefined : [{ title: msg('Write `{0}` as a list', keys.plural), edits: [listEdit(context, f, [written])], preferred: true }],
    });
    return;
  }
  if (!Array.isArray(value) || !f.items) return;
  const seen = new Map<string, number>();
  f.items.forEach((item, index) => {
    if (Array.isArray(item.value)) {
      report({ range: item.range, message: msg('A list inside `{0}` is flattened by Jekyll: write each value as its own item.', keys.plural) });
      return;
    }
    if (item.value !== null && typeof item.value === 'object' && !(item.value instanceof YamlTimestamp)) {
      report({ range: item.range, message: msg('A `key: value` map inside `{0}` becomes unreadable text: write a plain value.', keys.plural) });
      return;
    }
    if (item.value === null) return;
    const text = toText(item.value);
    const previous = seen.get(text);
    if (previous !== undefined) {
      const range = f.style === 'block-seq' ? wholeLine(context.text, item.range) : flowItemRange(f, index);
      report({
        range: item.range,
        message: msg('`{0}` appears twice in `{1}`.', text, keys.plural),
        fixes: [{ title: msg('Remove the duplicate `{0}`', text), edits: [{ range, newText: '' }], preferred: true }],
      });
    } else seen.set(text, index);
  });
}

/** An item of a flow list with the comma and space before it. */
function flowItemRange(f: FrontMatterField, index: number): { start: number; end: number } {
  const item = f.items![index].range;
  const previous = f.items![index - 1].range;
  return { start: previous.end, end: item.end };
}

export const tagsFormat: Rule = {
  id: 'tags-format',
  defaultSeverity: 'warning',
  check(context, report) {
    checkList(context, report, { singular: 'tag', plural: 'tags' });
  },
};

export const categoriesFormat: Rule = {
  id: 'categories-format',
  defaultSeverity: 'warning',
  check(context, report) {
    checkList(context, report, { singular: 'category', plural: 'categories' });
  },
};
