import { Alias, LineCounter, Composer, isAlias, isMap, isPair, isScalar, isSeq, Scalar, YAMLMap, YAMLSeq, Document } from 'yaml';
import type { Node as YamlNode, Pair } from 'yaml';
import { OffsetRange } from '../text';
import { JekyllValue, newYamlMap, typePlainScalar } from './scalars';
import { YamlTimestamp } from './timestamp';
import { scanSimpleFrontMatter, scanSimpleYaml, FALLBACK } from './frontMatterData';
import { lineEndAt, splitFrontMatter, trimmedEnd } from './frontMatterBlock';
import { parsePsychTokens } from './psychLexer';
import type { FrontMatterBlock, FrontMatterField, FrontMatterItem, ValueStyle } from './frontMatterBlock';

export { splitFrontMatter, trimmedEnd } from './frontMatterBlock';
export type { FrontMatterBlock, FrontMatterField, FrontMatterItem, ValueStyle } from './frontMatterBlock';


export type FrontMatterProblemKind = 'yaml-error' | 'unclosed' | 'not-mapping' | 'duplicate-key' | 'alias-limit' | 'nesting-limit';

export interface FrontMatterProblem {
  readonly kind: FrontMatterProblemKind;
  readonly range: OffsetRange;
  /** Parser message (for yaml-error) or the key (for duplicate-key). */
  readonly detail: string;
  /** For duplicate-key: the earlier occurrences' key ranges. */
  readonly related?: readonly OffsetRange[];
}

export interface ParsedFrontMatter {
  readonly block: FrontMatterBlock;
  /** What Jekyll reads: a mapping, or undefined when the file has no (valid) front matter mapping. */
  readonly data: Record<string, JekyllValue> | undefined;
  /** Top-level keys, the last occurrence of each (it wins, as in Jekyll). */
  readonly fields: ReadonlyMap<string, FrontMatterField>;
  readonly problems: readonly FrontMatterProblem[];
}

/**
 * How many values front matter may hold once its aliases are expanded before it is refused: a
 * YAML alias bomb ("billion laughs") stays small as written but explodes in anything that walks it.
 */
export const MAX_ALIAS_EXPANSIONS = 100_000;

/** Deeper nesting than this is refused before parsing: the YAML parser's cost grows with depth, and no post needs it. */
export const MAX_NESTING = 64;

/** How deeply a YAML text nests, estimated from flow brackets and indentation, cheaply. */
function nestingDepth(source: string): number {
  let depth = 0;
  let max = 0;
  let indentLevels = 0;
  const indents: number[] = [];
  for (const line of source.split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    while (indents.length && indents[indents.length - 1] >= indent) indents.pop();
    indents.push(indent);
    indentLevels = Math.max(indentLevels, indents.length);
    for (const c of line) {
      if (c === '[' || c === '{') max = Math.max(max, ++depth);
      else if (c === ']' || c === '}') depth = Math.max(0, depth - 1);
    }
  }
  return Math.max(max, indentLevels);
}

/**
 * Splits and parses a document's front matter, keeping the source range of every key and value.
 *
 * Simple front matter (`key: value` lines, lists, quoted strings, one nested level, simple block
 * scalars: nearly every post) is read by the line scanner of `frontMatterData`, which finds the same
 * data and ranges as the YAML parser at a fraction of its cost; anything else goes to the parser.
 * A unit test replays fixtures and thousands of generated front matters through both paths.
 * `block` is `splitFrontMatter(text)`, when the caller has it already.
 */
export function parseFrontMatter(text: string, block: FrontMatterBlock = splitFrontMatter(text)): ParsedFrontMatter {
  return unparsed(block) ?? parseSimple(text, block) ?? parseFull(text, block);
}

/** The full parse (the YAML parser on every document), which `parseFrontMatter` gives the same result as. */
export function parseFrontMatterFull(text: string): ParsedFrontMatter {
  const block = splitFrontMatter(text);
  return unparsed(block) ?? parseFull(text, block);
}

/** The fast path alone: the result `parseFrontMatter` gives, or undefined when it needs the full parser. */
export function parseFrontMatterFast(text: string): ParsedFrontMatter | undefined {
  const block = splitFrontMatter(text);
  return unparsed(block) ?? parseSimple(text, block);
}

/** The result for a document without a closed front matter block; undefined when there is one to parse. */
function unparsed(block: FrontMatterBlock): ParsedFrontMatter | undefined {
  if (block.opened && block.closed) return undefined;
  const problems: FrontMatterProblem[] = [];
  const fields = new Map<string, FrontMatterField>();
  if (block.opened) problems.push({ kind: 'unclosed', range: block.openRange, detail: '' });
  return { block, data: undefined, fields, problems };
}

function parseFull(text: string, block: FrontMatterBlock): ParsedFrontMatter {
  const parsed = parseYamlMapping(text, block.yamlRange.start, block.yamlRange.end);
  return { block, ...parsed };
}

/** The fast path: what the line scanner reads, made into the result the full parse would give. */
function parseSimple(text: string, block: FrontMatterBlock): ParsedFrontMatter | undefined {
  const scanned = scanSimpleFrontMatter(text, block.yamlRange.start, block.yamlRange.end);
  if (!scanned) return undefined;
  const problems: FrontMatterProblem[] = [];
  const list = scanned.fields;
  if (!hasRepeatedKey(list)) return { block, data: scanned.data, fields: new FieldList(list), problems };
  // A repeated key: the last occurrence wins, in the place of the first (as Map.set does), and each repeat is a problem.
  const fields = new Map<string, FrontMatterField>();
  const seen = new Map<string, OffsetRange[]>();
  for (const field of list) {
    const { key } = field;
    const prior = fields.get(key);
    if (prior) {
      if (!seen.has(key)) seen.set(key, [prior.keyRange]);
      noteDuplicate(seen, problems, key, field.keyRange);
    }
    fields.set(key, field);
  }
  return { block, data: scanned.data, fields, problems };
}

function hasRepeatedKey(list: readonly FrontMatterField[]): boolean {
  for (let i = 1; i < list.length; i++) {
    const key = list[i].key;
    for (let j = 0; j < i; j++) if (list[j].key === key) return true;
  }
  return false;
}

/**
 * The fields of front matter without a repeated key, as a read-only map over the scanner's array:
 * a post has a dozen keys, found faster by reading them in order than a map is built for each post.
 */
class FieldList implements ReadonlyMap<string, FrontMatterField> {
  constructor(private readonly list: readonly FrontMatterField[]) {}

  get size(): number {
    return this.list.length;
  }

  get(key: string): FrontMatterField | undefined {
    const list = this.list;
    for (let i = 0; i < list.length; i++) if (list[i].key === key) return list[i];
    return undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  forEach(callback: (value: FrontMatterField, key: string, map: ReadonlyMap<string, FrontMatterField>) => void, thisArg?: unknown): void {
    for (const field of this.list) callback.call(thisArg, field, field.key, this);
  }

  keys(): MapIterator<string> {
    return this.list.map((field) => field.key).values();
  }

  values(): MapIterator<FrontMatterField> {
    return this.list.values();
  }

  entries(): MapIterator<[string, FrontMatterField]> {
    return this.list.map((field): [string, FrontMatterField] => [field.key, field]).values();
  }

  [Symbol.iterator](): MapIterator<[string, FrontMatterField]> {
    return this.entries();
  }
}

/** Records a key; a key seen before is a duplicate-key problem pointing at the earlier ones. */
function noteDuplicate(seen: Map<string, OffsetRange[]>, problems: FrontMatterProblem[], key: string, keyRange: OffsetRange): void {
  const previous = seen.get(key);
  if (previous) {
    problems.push({ kind: 'duplicate-key', range: keyRange, detail: key, related: [...previous] });
    previous.push(keyRange);
  } else seen.set(key, [keyRange]);
}

/** A field; `valueRange` undefined for an empty value (then an empty range just after the colon). */
function fieldOf(text: string, key: string, keyRange: OffsetRange, afterColon: number, valueRange: OffsetRange | undefined, style: ValueStyle, value: JekyllValue, items: readonly FrontMatterItem[] | undefined): FrontMatterField {
  const finalValueRange = valueRange ?? { start: afterColon, end: afterColon };
  return {
    key,
    keyRange,
    afterColon,
    valueRange: finalValueRange,
    pairRange: { start: keyRange.start, end: Math.max(finalValueRange.end, keyRange.end) },
    written: text.slice(finalValueRange.start, finalValueRange.end),
    style: valueRange ? style : 'empty',
    value,
    items,
  };
}

/** Parses a whole YAML text (such as `_config.yml`) as Jekyll's loader reads it. */
export function parseYamlText(text: string): Omit<ParsedFrontMatter, 'block'> {
  return parseYamlMapping(text, 0, text.length);
}

/** What `parseFrontMatter(text).data` is, read by the full parser without making fields and problems (the site index's fallback). */
export function parseFrontMatterData(text: string, block: FrontMatterBlock = splitFrontMatter(text)): Record<string, JekyllValue> | undefined {
  if (!block.opened || !block.closed) return undefined;
  return parseYamlMapping(text, block.yamlRange.start, block.yamlRange.end, true).data;
}

/** Parses `text[base, end)` as one YAML mapping; every range is an offset into `text`. With `dataOnly`, the data alone (no fields, no problems). */
function parseYamlMapping(text: string, base: number, end: number, dataOnly = false): Omit<ParsedFrontMatter, 'block'> {
  const problems: FrontMatterProblem[] = [];
  const fields = new Map<string, FrontMatterField>();
  const source = text.slice(base, end);
  if (nestingDepth(source) > MAX_NESTING) {
    problems.push({ kind: 'nesting-limit', range: { start: base, end: Math.min(end, text.indexOf('\n', base) === -1 ? end : text.indexOf('\n', base)) }, detail: String(MAX_NESTING) });
    return { data: undefined, fields, problems };
  }
  const doc = parseYaml(source);
  if (dataOnly && doc.errors.length > 0) return { data: undefined, fields, problems };
  const shift = (r: OffsetRange): OffsetRange => ({ start: r.start + base, end: r.end + base });
  for (const error of doc.errors) {
    problems.push({ kind: 'yaml-error', range: shift(errorRange(error.pos, error.message, source, doc)), detail: firstLine(error.message) });
  }
  if (doc.errors.length > 0) return { data: undefined, fields, problems };
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && new Converter(doc).node(contents) === null)) {
    return { data: {}, fields, problems };
  }
  const converter = new Converter(doc);
  if (!isMap(contents)) {
    const r = nodeRange(contents);
    problems.push({ kind: 'not-mapping', range: shift(r), detail: isSeq(contents) ? 'list' : 'scalar' });
    return { data: undefined, fields, problems };
  }
  if (expandedSize(contents, doc, new Map()) > MAX_ALIAS_EXPANSIONS) {
    problems.push({ kind: 'alias-limit', range: shift(firstAliasRange(contents) ?? nodeRange(contents)), detail: String(MAX_ALIAS_EXPANSIONS) });
    return { data: undefined, fields, problems };
  }
  const data = converter.map(contents);
  if (dataOnly) return { data, fields, problems };
  const seen = new Map<string, OffsetRange[]>();
  for (const pair of contents.items) {
    if (!isPair(pair)) continue;
    const keyNode = pair.key as YamlNode | null;
    const key = keyText(keyNode);
    if (key === undefined || key === '<<') continue;
    const keyRange = shift(nodeRange(keyNode));
    const valueNode = pair.value as YamlNode | null;
    const valueRange = valueNode ? shift(nodeRange(valueNode)) : { start: keyRange.end + 1, end: keyRange.end + 1 };
    const trimmedValue = trimEnd(text, valueRange);
    const emptyValue = !valueNode || (isScalar(valueNode) && valueNode.type === Scalar.PLAIN && !valueNode.tag && trimmedValue.start === trimmedValue.end);
    const value = valueNode ? converter.node(valueNode) : null;
    noteDuplicate(seen, problems, key, keyRange);
    // Just after the `:` that ends the key (block values start on a later line).
    const colon = text.indexOf(':', keyRange.end);
    const afterColon = colon === -1 || colon >= valueRange.start ? keyRange.end + 1 : colon + 1;
    const items = valueNode && isSeq(valueNode) ? valueNode.items.map((item) => itemOf(item as YamlNode, converter, text, shift)) : undefined;
    fields.set(key, fieldOf(text, key, keyRange, afterColon, emptyValue ? undefined : trimmedValue, styleOf(valueNode), value, items));
  }
  return { data, fields, problems };
}

/** A range without the line ends and spaces a block value's node carries after it. */
function trimEnd(text: string, range: OffsetRange): OffsetRange {
  return { start: range.start, end: trimmedEnd(text, range.start, range.end) };
}


function itemOf(node: YamlNode, converter: Converter, text: string, shift: (r: OffsetRange) => OffsetRange): FrontMatterItem {
  const range = trimEnd(text, shift(nodeRange(node)));
  return { range, style: styleOf(node), value: converter.node(node), written: text.slice(range.start, range.end) };
}

/**
 * The parser reports what is left open (a flow list, a quote) at the end of the text, where the
 * closing fence is; point at the value that opened it instead, or the last line with content.
 */
function errorRange(pos: [number, number], message: string, source: string, doc: Document.Parsed): OffsetRange {
  const [s, e] = pos;
  const trimmedEnd = source.replace(/\s+$/, '').length;
  if (/Flow (sequence|mapping)|end with a [\]}]/.test(message)) {
    // Like Ruby's loader ("while parsing a flow sequence at line L column C"), name the bracket that opened it.
    const open = unmatchedBracketBefore(source, Math.min(s, source.length));
    if (open !== undefined) return { start: open, end: Math.max(open, Math.min(lineEndAt(source, open), trimmedEnd)) };
  }
  if (s < trimmedEnd) return { start: s, end: Math.max(e, s) };
  const contents = doc.contents;
  if (contents && isMap(contents) && contents.items.length > 0) {
    const last = contents.items[contents.items.length - 1] as Pair<YamlNode | null, YamlNode | null>;
    const node = last.value ?? last.key;
    if (node?.range) {
      const start = node.range[0];
      return { start, end: Math.max(start, Math.min(lineEndAt(source, start), trimmedEnd)) };
    }
  }
  const lineStart = source.lastIndexOf('\n', Math.max(0, trimmedEnd - 1)) + 1;
  return { start: lineStart, end: trimmedEnd };
}

/** The last `[` or `{` before `end` that no bracket closes, skipping quoted text and comments. */
function unmatchedBracketBefore(source: string, end: number): number | undefined {
  const stack: number[] = [];
  let quote: string | undefined;
  for (let i = 0; i < end; i++) {
    const c = source[i];
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\n' && quote === "'") quote = undefined;
      continue;
    }
    if ((c === '"' || c === "'") && stack.length > 0) quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(source[i - 1]))) {
      const nl = source.indexOf('\n', i);
      i = nl === -1 ? end : nl;
    } else if (c === '[' || c === '{') stack.push(i);
    else if ((c === ']' || c === '}') && stack.length > 0) stack.pop();
    else if (c === '\n' && stack.length === 0) quote = undefined;
  }
  return stack[stack.length - 1];
}

function firstLine(message: string): string {
  const i = message.indexOf(' at line ');
  return (i > 0 ? message.slice(0, i) : message.split('\n')[0]).trim();
}

function parseYaml(source: string): Document.Parsed {
  // Every scalar is read as a string (failsafe) and typed afterwards as Jekyll's loader types it.
  const lineCounter = new LineCounter();
  const composer = new Composer({ schema: 'failsafe', uniqueKeys: false, version: '1.1', strict: false, prettyErrors: false });
  const docs: Document.Parsed[] = [];
  // The parser's errors are read for their message and position only: no stack to capture (V8
  // takes most of a broken post's parse to capture one for each error).
  const stackLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (const d of composer.compose(parsePsychTokens(source, lineCounter.addNewLine), true, source.length)) docs.push(d as Document.Parsed);
  } finally {
    Error.stackTraceLimit = stackLimit;
  }
  if (docs.length === 0) {
    return new Document(null) as unknown as Document.Parsed;
  }
  // Only the first document is read, as Psych.safe_load (Jekyll's loader) reads it: a `--- x` line
  // inside front matter starts a document Jekyll never looks at, and it is no error (a `jekyll build`
  // renders `title: A` then `--- x` with `page.title` A). A later document's own errors are in its
  // `errors`, not the first's, so they refuse nothing either.
  const first = docs[0];

  return first;
}

function nodeRange(node: YamlNode | null | undefined): OffsetRange {
  const r = node?.range;
  if (!r) return { start: 0, end: 0 };
  return { start: r[0], end: r[1] };
}

function keyText(node: YamlNode | null): string | undefined {
  if (node === null) return '';
  if (isScalar(node)) return String(node.value); // the failsafe schema reads every scalar as a string
  return undefined;
}

function styleOf(node: YamlNode | null): ValueStyle {
  if (!node) return 'empty';
  if (isAlias(node)) return 'alias';
  if (isScalar(node)) {
    switch (node.type) {
      case Scalar.QUOTE_SINGLE:
        return 'single';
      case Scalar.QUOTE_DOUBLE:
        return 'double';
      case Scalar.BLOCK_FOLDED:
      case Scalar.BLOCK_LITERAL:
        return 'block';
      default:
        return 'plain';
    }
  }
  if (isSeq(node)) return node.flow ? 'flow-seq' : 'block-seq';
  if (isMap(node)) return node.flow ? 'flow-map' : 'block-map';
  return 'plain';
}

/** How many values a node holds once every alias in it is expanded (memoised, so linear). */
function expandedSize(node: YamlNode | null, doc: Document.Parsed, memo: Map<YamlNode, number>, depth = 0): number {
  if (node === null) return 1;
  const known = memo.get(node);
  if (known !== undefined) return known;
  if (depth > 1000) return Infinity;
  memo.set(node, Infinity); // a cycle through an alias counts as unbounded
  let size = 1;
  if (isAlias(node)) {
    const target = (node as Alias).resolve(doc) as YamlNode | undefined;
    size = target ? expandedSize(target, doc, memo, depth + 1) : 1;
  } else if (isSeq(node)) {
    for (const item of node.items) size += expandedSize(item as YamlNode, doc, memo, depth + 1);
  } else if (isMap(node)) {
    for (const pair of node.items as Pair<YamlNode | null, YamlNode | null>[]) size += expandedSize(pair.key, doc, memo, depth + 1) + expandedSize(pair.value, doc, memo, depth + 1);
  }
  memo.set(node, size);
  return size;
}

function firstAliasRange(node: YamlNode | null): OffsetRange | undefined {
  if (!node) return undefined;
  if (isAlias(node)) return nodeRange(node);
  const children: (YamlNode | null)[] = isSeq(node) ? (node.items as YamlNode[]) : isMap(node) ? (node.items as Pair<YamlNode | null, YamlNode | null>[]).flatMap((p) => [p.key, p.value]) : [];
  for (const child of children) {
    const found = firstAliasRange(child);
    if (found) return found;
  }
  return undefined;
}

/** Turns YAML nodes into Jekyll values; aliases share their target's value, as Ruby's loader does. */
class Converter {
  private readonly cache = new Map<YamlNode, JekyllValue>();

  constructor(private readonly doc: Document.Parsed) {}

  node(node: YamlNode | null): JekyllValue {
    if (node === null) return null;
    if (isAlias(node)) {
      const target = (node as Alias).resolve(this.doc) as YamlNode | undefined;
      return target ? this.node(target) : null;
    }
    const cached = this.cache.get(node);
    if (cached !== undefined) return cached;
    let value: JekyllValue;
    if (isScalar(node)) value = this.scalar(node);
    else if (isSeq(node)) {
      const list: JekyllValue[] = [];
      this.cache.set(node, list);
      for (const item of (node as YAMLSeq).items) list.push(this.node(item as YamlNode));
      value = list;
    } else if (isMap(node)) value = this.map(node as YAMLMap);
    else value = null;
    this.cache.set(node, value);
    return value;
  }

  map(node: YAMLMap): Record<string, JekyllValue> {
    const cached = this.cache.get(node);
    if (cached !== undefined) return cached as Record<string, JekyllValue>;
    const out: Record<string, JekyllValue> = newYamlMap();
    this.cache.set(node, out);
    for (const pair of node.items as Pair<YamlNode | null, YamlNode | null>[]) {
      const keyNode = pair.key;
      if (keyNode && isScalar(keyNode) && keyNode.tag !== 'tag:yaml.org,2002:str' && scalarKey(keyNode) === '<<') {
        // Psych merges where `<<` (quoted or not, but not `!!str`) stands: keys before it are overwritten, keys
        // after it win; in a list of maps the earlier map wins. Any other value, or a list holding one, is the key's.
        const merged = this.node(pair.value);
        const maps = isSeq(pair.value) ? [...(merged as JekyllValue[])].reverse() : [merged];
        if (maps.every(isPlainMap)) maps.forEach((m) => Object.assign(out, m)); else out['<<'] = merged;
        continue;
      }
      const key = keyNode === null ? '' : isScalar(keyNode) ? scalarKey(keyNode) : JSON.stringify(this.node(keyNode));
      out[key] = this.node(pair.value);
    }
    return out;
  }

  private scalar(node: Scalar): JekyllValue {
    const raw = node.value;
    const text = String(raw); // a string: the failsafe schema reads every scalar as one
    if (!node.tag) return node.type === Scalar.PLAIN ? typePlainScalar(text) : text;
    // Psych types a tagged scalar as a plain one, quoted or not (`!!int "42"` is 42, `!!null 12` is
    // 12, `!foo true` is true), except under the tags it converts itself: `!!str` keeps the text.
    if (node.tag === 'tag:yaml.org,2002:str') return text;
    const typed = typePlainScalar(text);
    // `!!float` is Ruby's Float() of that: it also reads `1e3` and ` 2 `; what it refuses makes
    // Psych raise (Jekyll then reads no front matter), which is not modelled here.
    if (node.tag === 'tag:yaml.org,2002:float' && typeof typed === 'string' && RUBY_FLOAT_TEXT.test(typed)) return Number(typed.replace(/_/g, ''));
    return typed;
  }
}

/** A decimal number as Ruby's Float() reads it (digits grouped by single underscores, padded by white space). */
const RUBY_FLOAT_TEXT = /^\s*[-+]?\d+(?:_\d+)*(?:\.\d+(?:_\d+)*)?(?:[eE][-+]?\d+(?:_\d+)*)?\s*$/;

function isPlainMap(value: JekyllValue): value is Record<string, JekyllValue> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof YamlTimestamp);
}

function scalarKey(node: Scalar): string {
  const raw = String(node.value); // a string: the failsafe schema reads every scalar as one
  if (node.type !== Scalar.PLAIN) return raw;
  const typed = typePlainScalar(raw);
  return typed === null ? '' : String(typed);
}

export interface FrontMatterData {
  /** The file opens with a `---` line. */
  readonly opened: boolean;
  /** What Jekyll reads: a mapping, or undefined when there is no valid front matter mapping. */
  readonly data: Record<string, JekyllValue> | undefined;
  /** Whether the line scanner answered (false: the full parser did). */
  readonly fast: boolean;
}

/** Reads a document's front matter data: `parseFrontMatter(text).data`, usually much faster. */
export function frontMatterData(text: string): FrontMatterData {
  const block = splitFrontMatter(text);
  if (!block.opened) return { opened: false, data: undefined, fast: true };
  if (!block.closed) return { opened: true, data: undefined, fast: true };
  const data = scanSimpleYaml(text, block.yamlRange.start, block.yamlRange.end);
  if (data !== FALLBACK) return { opened: true, data, fast: true };
  return { opened: true, data: parseFrontMatterData(text, block), fast: false };
}

/**
 * A whole YAML document, such as a data file, as Jekyll's loader reads it: a list, a mapping or a
 * scalar, merge keys merged, the last of a key written twice. Undefined when it does not parse, or
 * nests deeper than MAX_NESTING (the converter recurses).
 */
export function parseYamlValue(text: string): JekyllValue | undefined {
  if (nestingDepth(text) > MAX_NESTING) return undefined;
  const doc = parseYaml(text);
  return doc.errors.length > 0 ? undefined : new Converter(doc).node(doc.contents as YamlNode | null);
}
