/**
 * Where kramdown reads HTML and links differently from CommonMark:
 * - a line starting with a span element (`<img>`, `<a>`, `<kbd>`...) starts a paragraph, not an
 *   HTML block (kramdown's HTML_SPAN_ELEMENTS);
 * - a link's URL may hold spaces (`[x]({{ site.repository }}/issues)`), and it is written as
 *   given: no percent-encoding, no scheme refused (the preview's sanitizer removes what is dangerous).
 */
import type MarkdownIt from 'markdown-it';

type StateBlock = MarkdownIt.StateBlock;
type MD = InstanceType<typeof MarkdownIt>;

const SPAN_ELEMENTS = new Set('a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark option q rb rbc rp rt rtc ruby samp select small span strong sub sup tt u var'.split(' '));

const TAG_START = /^<\/?([A-Za-z][A-Za-z0-9-]*)/;

type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

function spanElementsStartParagraphs(rule: BlockRule): BlockRule {
  return (state, startLine, endLine, silent) => {
    const line = state.src.slice(state.bMarks[startLine] + state.tShift[startLine], state.eMarks[startLine]);
    const open = TAG_START.exec(line);
    const tag = open?.[1]?.toLowerCase();
    if (tag && SPAN_ELEMENTS.has(tag)) return false;
    const before = state.tokens.length;
    if (!rule(state, startLine, endLine, silent)) return false;
    if (!silent && tag && !line.startsWith('</')) endAtClosingTag(state, before, startLine, tag);
    return true;
  };
}

/** kramdown's HTML block ends with its element's closing tag (at a line's end); the lines after it are Markdown again. */
function endAtClosingTag(state: StateBlock, tokenIndex: number, startLine: number, tag: string): void {
  const token = state.tokens[tokenIndex];
  if (!token || token.type !== 'html_block' || !token.map) return;
  const opens = new RegExp(`<${tag}(?=[\\s>/])`, 'gi');
  const closes = new RegExp(`</${tag}\\s*>`, 'gi');
  let depth = 0;
  for (let line = startLine; line < token.map[1]; line++) {
    const text = state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
    depth += (text.match(opens) ?? []).length - (text.match(closes) ?? []).length;
    if (depth <= 0) {
      if (line + 1 >= token.map[1] || !new RegExp(`</${tag}\\s*>\\s*$`, 'i').test(text)) return;
      token.content = state.getLines(startLine, line + 1, state.blkIndent, true);
      token.map = [startLine, line + 1];
      state.line = line + 1;
      return;
    }
  }
}

interface DestinationResult {
  ok: boolean;
  pos: number;
  str: string;
}

function lenientDestination(md: MD): (str: string, start: number, max: number) => DestinationResult {
  const strict = md.helpers.parseLinkDestination as (str: string, start: number, max: number) => DestinationResult;
  return (str, start, max) => {
    if (str.charCodeAt(start) === 0x3c /* < */) return strict(str, start, max);
    // In an inline link (after `(`) the URL may run over a line break; a reference definition's ends with its line.
    let back = start - 1;
    while (back >= 0 && /[ \t\n]/.test(str[back])) back--;
    const inline = str[back] === '(';
    if (inline) return inlineDestination(md, str, start, max);
    let pos = start;
    let depth = 0;
    while (pos < max) {
      const c = str.charCodeAt(pos);
      if (c === 0x5c /* \ */ && pos + 1 < max) {
        pos += 2;
        continue;
      }
      if (c === 0x0a) break;
      if (c === 0x28) depth++;
      else if (c === 0x29) {
        if (depth === 0) break;
        depth--;
      }
      pos++;
    }
    let raw = str.slice(start, pos);
    const title = /[ \t]+(?:"[^"\n]*"|'[^'\n]*')[ \t]*$/.exec(raw);
    if (title) raw = raw.slice(0, title.index);
    raw = raw.replace(/[ \t]+$/, '');
    if (!raw) return strict(str, start, max);
    return { ok: true, pos: start + raw.length, str: md.utils.unescapeAll(raw) };
  };
}

/**
 * An inline link's URL as kramdown's parse_link reads it: up to the `)` that balances the `(`, or
 * up to a space before a quote, where a title must follow (`"…"` or `'…'`, then `)`), else the
 * link is text: `[x]({{ "/a" | relative_url }})` stays as written.
 */
function inlineDestination(md: MD, str: string, start: number, max: number): DestinationResult {
  let depth = 1;
  for (let pos = start; pos < max; pos++) {
    const c = str[pos];
    if (c === '(') depth++;
    else if (c === ')') {
      if (--depth === 0) return { ok: true, pos, str: md.utils.unescapeAll(str.slice(start, pos).trim()) };
    } else if (/[ \t\n\r\f\v]/.test(c) && (str[pos + 1] === '"' || str[pos + 1] === "'")) {
      TITLE.lastIndex = pos;
      if (!TITLE.test(str) || TITLE.lastIndex > max) break;
      return { ok: true, pos, str: md.utils.unescapeAll(str.slice(start, pos).trim()) };
    }
  }
  return { ok: false, pos: start, str: '' };
}

const TITLE = /[ \t\n\r\f\v]*?(["'])[\s\S]+?\1\s*?\)/y;

/** kramdown's title: `"…"` or `'…'` up to the same quote that a `)` follows (so it may hold that quote). */
function kramdownTitle(original: TitleParser): TitleParser {
  return (str, start, max) => {
    const m = /(["'])([\s\S]+?)\1(?=[ \t\n\r\f\v]*?\))/y;
    m.lastIndex = start;
    const found = m.exec(str);
    // Not an inline link's title: a reference definition's, read as before.
    if (!found || m.lastIndex > max) return original(str, start, max);
    return { ok: true, pos: m.lastIndex, str: found[2] };
  };
}

type TitleParser = (str: string, start: number, max: number) => { ok: boolean; pos: number; str: string };

export function kramdownHtmlAndLinks(md: MD): void {
  const rules = (md.block.ruler as unknown as { __rules__: { name: string; fn: BlockRule }[] }).__rules__;
  const html = rules.find((r) => r.name === 'html_block');
  if (html) md.block.ruler.at('html_block', spanElementsStartParagraphs(html.fn), { alt: ['paragraph', 'reference', 'blockquote'] });
  md.helpers.parseLinkDestination = lenientDestination(md) as typeof md.helpers.parseLinkDestination;
  md.helpers.parseLinkTitle = kramdownTitle(md.helpers.parseLinkTitle as unknown as TitleParser) as unknown as typeof md.helpers.parseLinkTitle;
  md.normalizeLink = (url: string) => url;
  md.normalizeLinkText = (url: string) => url;
  md.validateLink = () => true;
}
