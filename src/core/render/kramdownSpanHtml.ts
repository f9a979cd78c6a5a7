/**
 * HTML inside a paragraph as kramdown reads it (parser/kramdown/html.rb, parse_span_html):
 * - a tag is an element whose content runs to its own closing tag (`*` inside it cannot close an
 *   emphasis opened before it); without one it is closed where the paragraph ends;
 * - a closing tag that closes nothing open, a block element's tag (`<div>`), or a `<` that starts no
 *   tag kramdown's pattern accepts (`<img src=x.png>`: an unquoted value holds only word
 *   characters) is text;
 * - the content of `<code>`, `<kbd>`, `<samp>`, `<var>`, `<pre>`, an unknown element (`<ip>`) or one
 *   with `markdown="0"` is raw: no Markdown in it, only tags; `markdown="1"` or `"span"` parse it;
 * - the tag is written back as kramdown writes it: attribute names in lower case, values in double
 *   quotes, `/>` on an element without a body.
 */
import type MarkdownIt from 'markdown-it';
import { inRawHtml, openElements, scanToStop } from './kramdownScan';

type StateInline = MarkdownIt.StateInline;
type MD = InstanceType<typeof MarkdownIt>;

const NAME = '(?:[\\p{Alphabetic}_][-\\p{Alphabetic}\\p{Nd}._]*:)?[\\p{Alphabetic}_][-\\p{Alphabetic}\\p{Nd}._]*';
const WORD = '[\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}]';
const COMMENT = /<!--[\s\S]*?-->/y;
const CLOSE = new RegExp(`</(${NAME})\\s*>`, 'uy');
const TAG = new RegExp(`<(${NAME})\\s*((?:\\s+${NAME}(?:\\s*=\\s*(?:${WORD}+|("|')[\\s\\S]*?\\3))?)*)\\s*(/)?>`, 'uy');
const ATTRIBUTE = new RegExp(`\\s*(${NAME})(?:\\s*=\\s*(?:(${WORD}+)|("|')([\\s\\S]*?)\\3))?`, 'gu');

const words = (s: string): Set<string> => new Set(s.split(' '));
const SPAN_MODEL = words('a abbr acronym b bdo big button cite caption del dfn dt em h1 h2 h3 h4 h5 h6 i ins label legend optgroup p q rb rbc rp rt rtc ruby select small span strong sub sup th tt');
const BLOCK_MODEL = words('address applet article aside blockquote body dd details div dl fieldset figure figcaption footer form header hgroup iframe li main map menu nav noscript object section summary td');
const SPAN_ELEMENTS = words('a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark option q rb rbc rp rt rtc ruby samp select small span strong sub sup tt u var');
const BLOCK_ELEMENTS = words('address article aside applet body blockquote caption col colgroup dd div dl dt fieldset figcaption footer form h1 h2 h3 h4 h5 h6 header hgroup hr html head iframe legend menu li main map nav ol optgroup p pre section summary table tbody td th thead tfoot tr ul');
const WITHOUT_BODY = words('area base br col command embed hr img input keygen link meta param source track wbr');
const RAW_MODEL = words('script style math option textarea pre code kbd samp var');
const KNOWN = new Set([...SPAN_MODEL, ...BLOCK_MODEL, ...SPAN_ELEMENTS, ...BLOCK_ELEMENTS, ...WITHOUT_BODY, ...RAW_MODEL]);

/** kramdown's escape for text and attribute values: `<`, `>`, `&` (not an entity reference), and `"` in attributes. */
export function kramdownEscape(text: string, attribute = false): string {
  return text.replace(attribute ? /&(?:[\w:][-\w.:]*|#\d+|#x[0-9a-fA-F]+);|[<>&"]/g : /&(?:[\w:][-\w.:]*|#\d+|#x[0-9a-fA-F]+);|[<>&]/g, (m) =>
    m === '<' ? '&lt;' : m === '>' ? '&gt;' : m === '&' ? '&amp;' : m === '"' ? '&quot;' : m,
  );
}

function sticky(re: RegExp, src: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(src);
}

function attributesOf(text: string, known: boolean): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) attrs.set(known ? m[1].toLowerCase() : m[1], (m[2] ?? m[4] ?? '').replace(/\n+/g, ' '));
  return attrs;
}

function attributesHtml(attrs: Map<string, string>): string {
  let out = '';
  for (const [k, v] of attrs) if (!(k === 'id' && v.trim() === '')) out += ` ${k}="${kramdownEscape(v, true)}"`;
  return out;
}

function pushHtml(state: StateInline, html: string): void {
  state.push('html_inline', '', 0).content = html;
}

/** The content of a raw element: text, and tags read as span HTML. */
function tokenizeRaw(state: StateInline, end: number): void {
  while (state.pos < end) {
    const lt = state.src.indexOf('<', state.pos);
    const next = lt < 0 || lt >= end ? end : lt;
    if (next > state.pos) {
      state.push('kramdown_raw_text', '', 0).content = state.src.slice(state.pos, next);
      state.pos = next;
      continue;
    }
    if (!kramdownSpanHtml(state, false)) {
      state.push('kramdown_raw_text', '', 0).content = '<';
      state.pos++;
    }
  }
}

/** One step of a scan inside raw content: a tag read as span HTML, or text up to the next `<`. */
function rawStep(state: StateInline): void {
  if (state.src[state.pos] === '<' && kramdownSpanHtml(state, true)) return;
  const lt = state.src.indexOf('<', state.pos + 1);
  state.pos = lt < 0 || lt > state.posMax ? state.posMax : lt;
}

export function kramdownSpanHtml(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const pos = state.pos;
  if (src.charCodeAt(pos) !== 0x3c) return false;
  const max = state.posMax;
  const text = (t: string): boolean => {
    if (!silent) {
      if (inRawHtml(state)) state.push('kramdown_raw_text', '', 0).content = t;
      else state.pending += t;
    }
    state.pos = pos + t.length;
    return true;
  };
  const comment = sticky(COMMENT, src, pos);
  if (comment && pos + comment[0].length <= max) {
    if (!silent) pushHtml(state, comment[0]);
    state.pos = pos + comment[0].length;
    return true;
  }
  const close = sticky(CLOSE, src, pos);
  if (close && pos + close[0].length <= max) return text(close[0]);
  const tag = sticky(TAG, src, pos);
  if (!tag || pos + tag[0].length > max) {
    // Not a tag: the `<` is text. In raw content the caller writes it.
    if (inRawHtml(state)) return false;
    return text('<');
  }
  let name = tag[1];
  const known = KNOWN.has(name.toLowerCase());
  if (known) name = name.toLowerCase();
  if (BLOCK_ELEMENTS.has(name)) return text(tag[0]);
  const attributes = attributesOf(tag[2], known);
  const mode = attributes.get('markdown');
  attributes.delete('markdown');
  const spanOrBlock = SPAN_MODEL.has(name) || BLOCK_MODEL.has(name);
  let parse = spanOrBlock && !RAW_MODEL.has(name) && !inRawHtml(state);
  if (mode === 'span') parse = true;
  else if (mode === '1') parse = spanOrBlock && !RAW_MODEL.has(name);
  else if (mode === '0') parse = false;
  const attrs = attributesHtml(attributes);
  const start = pos + tag[0].length;
  if (tag[4] || WITHOUT_BODY.has(name)) {
    if (!silent) pushHtml(state, WITHOUT_BODY.has(name) ? `<${name}${attrs} />` : `<${name}${attrs}></${name}>`);
    state.pos = start;
    return true;
  }
  const stop = new RegExp(`</${name.replace(/[.]/g, '\\.')}\\s*>`, known ? 'iy' : 'y');
  const kind = parse ? 'html' : 'raw';
  const end = scanToStop(state, start, kind, (p) => src.charCodeAt(p) === 0x3c && sticky(stop, src, p) !== null && stop.lastIndex <= max, parse ? undefined : rawStep);
  const after = end < 0 ? max : end + (sticky(stop, src, end) as RegExpExecArray)[0].length;
  if (!silent) {
    pushHtml(state, `<${name}${attrs}>`);
    const open = openElements(state);
    open.push(kind);
    const savedMax = state.posMax;
    const contentEnd = end < 0 ? max : end;
    state.pos = start;
    state.posMax = contentEnd;
    if (parse) state.md.inline.tokenize(state);
    else tokenizeRaw(state, contentEnd);
    state.posMax = savedMax;
    open.pop();
    pushHtml(state, `</${name}>`);
  }
  state.pos = after;
  return true;
}

export function kramdownSpanHtmlPlugin(md: MD): void {
  md.inline.ruler.at('html_inline', kramdownSpanHtml);
  md.renderer.rules.kramdown_raw_text = (tokens, idx) => kramdownEscape(tokens[idx].content);
}
