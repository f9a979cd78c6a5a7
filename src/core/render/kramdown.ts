/**
 * What kramdown posts need from markdown-it: block and span attribute lists (IAL/ALD), header ids
 * and `{#id}`, `{:toc}`, `markdown="1"` in HTML blocks, `{::comment}`/`{::nomarkdown}`/`{::options}`
 * extensions, and `data-line` on blocks for scroll sync. No attribute list text reaches the page.
 */
import type MarkdownIt from 'markdown-it';
import { AttributeList, parseAttributeList, resolveReferences, scanAttributeList } from './attributeList';
import { escapeHtml } from './highlight';
import { kramdownListLooseness } from './kramdownLists';

type Token = MarkdownIt.Token;
type StateBlock = MarkdownIt.StateBlock;
type StateInline = MarkdownIt.StateInline;
type StateCore = MarkdownIt.StateCore;
type MD = InstanceType<typeof MarkdownIt>;

/** What the renderer passes in `env` (and what the plugin leaves there). */
export interface KramdownEnv {
  /** Maps a line of the Markdown input to the line shown in `data-line`; omitted: no `data-line`. */
  lineMap?: (line: number) => number;
  /** Attribute list definitions (`{:name: ...}`), collected while parsing. */
  alds?: Map<string, AttributeList>;
  /** Headings, for the TOC and for callers. */
  headings?: { level: number; id: string; text: string }[];
}

const BLOCK_IAL = /^\{:(?!:)((?:[^}"'\\]|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')*)\}[ \t]*$/;
const ALD = /^\{:([\w-]+):((?:[^}"'\\]|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')*)\}[ \t]*$/;
const EXTENSION_START = /^\{::(comment|nomarkdown|options)\b([^}]*?)(\/?)\}(.*)$/;
const EXTENSION_END = /\{:\/(comment|nomarkdown)?\}/;

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
}

function envOf(state: { env: unknown }): KramdownEnv {
  return (state.env ?? {}) as KramdownEnv;
}

/** Block rule: attribute list lines and kramdown extension blocks. */
function blockAttributes(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const text = lineText(state, startLine);
  if (text.charCodeAt(0) !== 0x7b || text.charCodeAt(1) !== 0x3a) return false;
  const ext = EXTENSION_START.exec(text);
  if (ext) {
    if (silent) return true;
    const [, name, , selfClosing, rest] = ext;
    if (name === 'options' || selfClosing) {
      state.line = startLine + 1;
      return true;
    }
    // Find the end marker, on this line or a later one.
    let body = '';
    let line = startLine;
    let remainder = rest;
    for (;;) {
      const end = EXTENSION_END.exec(remainder);
      if (end) {
        body += remainder.slice(0, end.index);
        break;
      }
      body += `${remainder}\n`;
      line++;
      if (line >= endLine) break;
      remainder = state.src.slice(state.bMarks[line], state.eMarks[line]);
    }
    state.line = Math.min(line + 1, endLine);
    if (name === 'comment') {
      const token = state.push('html_block', '', 0);
      token.map = [startLine, state.line];
      token.content = `<!-- ${body.replace(/^\n+|\n+$/g, '')} -->\n`;
    }
    if (name === 'nomarkdown') {
      const token = state.push('html_block', '', 0);
      token.map = [startLine, state.line];
      token.content = `${body}\n`;
    }
    return true;
  }
  const ald = ALD.exec(text);
  if (ald) {
    if (silent) return true;
    const env = envOf(state);
    (env.alds ??= new Map()).set(ald[1], parseAttributeList(ald[2]));
    state.line = startLine + 1;
    return true;
  }
  const ial = BLOCK_IAL.exec(text);
  if (!ial) return false;
  if (silent) return true;
  const token = state.push('kramdown_block_ial', '', 0);
  token.map = [startLine, startLine + 1];
  token.meta = parseAttributeList(ial[1]) as unknown as Record<string, unknown>;
  token.hidden = true;
  state.line = startLine + 1;
  return true;
}

const MARKDOWN_OPEN = /^<([A-Za-z][\w-]*)(\s[^>]*?)?\s(markdown=(?:"(?:1|block|span|0)"|'(?:1|block|span|0)'|1|0|block|span))([^>]*)>[ \t]*$/;

const MARKDOWN_ONE_LINE = /^<([A-Za-z][\w-]*)(\s[^>]*?)?\s(markdown=(?:"(?:1|block|span|0)"|'(?:1|block|span|0)'|1|0|block|span))([^>]*)>(.*)<\/([A-Za-z][\w-]*)\s*>[ \t]*$/;

/** Block rule: `<div markdown="1">` ... `</div>`: the content is Markdown. */
function markdownInHtml(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4 || !state.md.options.html) return false;
  const text = lineText(state, startLine);
  if (text.charCodeAt(0) !== 0x3c) return false;
  const one = MARKDOWN_ONE_LINE.exec(text);
  if (one && one[1].toLowerCase() === one[6].toLowerCase() && !/0/.test(one[3])) {
    // `<p markdown="span">A *span* paragraph.</p>` on one line: the content is Markdown spans.
    if (silent) return true;
    const open = state.push('html_block', '', 0);
    open.map = [startLine, startLine + 1];
    open.content = `<${one[1]}${one[2] ?? ''}${one[4]}>`.replace(/\s+>$/, '>');
    const inline = state.push('inline', '', 0);
    inline.content = one[5].trim();
    inline.map = [startLine, startLine + 1];
    inline.children = [];
    state.push('html_block', '', 0).content = `</${one[6]}>\n`;
    state.line = startLine + 1;
    return true;
  }
  const m = MARKDOWN_OPEN.exec(text);
  if (!m) return false;
  const tag = m[1].toLowerCase();
  const parseInner = !/0/.test(m[3]);
  const open = new RegExp(`<${tag}(?=[\\s>/])`, 'gi');
  const close = new RegExp(`</${tag}\\s*>`, 'gi');
  let depth = 1;
  let closeLine = -1;
  for (let line = startLine + 1; line < endLine && closeLine < 0; line++) {
    const t = lineText(state, line);
    depth += (t.match(open) ?? []).length;
    depth -= (t.match(close) ?? []).length;
    if (depth <= 0) closeLine = line;
  }
  if (closeLine < 0) return false;
  if (silent) return true;
  const openTag = `<${m[1]}${m[2] ?? ''}${m[4]}>`.replace(/\s+>$/, '>');
  const openToken = state.push('html_block', '', 0);
  openToken.map = [startLine, startLine + 1];
  openToken.content = `${openTag}\n`;
  const closeText = lineText(state, closeLine);
  const closeMatch = /<\/[A-Za-z][\w-]*\s*>\s*$/.exec(closeText);
  const innerTail = closeMatch && closeMatch.index > 0 ? closeText.slice(0, closeMatch.index) : '';
  if (parseInner) {
    const oldParent = state.parentType;
    const oldLineMax = state.lineMax;
    state.lineMax = closeLine;
    state.md.block.tokenize(state, startLine + 1, closeLine);
    state.lineMax = oldLineMax;
    state.parentType = oldParent;
    if (innerTail.trim()) {
      const p = state.push('paragraph_open', 'p', 1);
      p.map = [closeLine, closeLine + 1];
      const inline = state.push('inline', '', 0);
      inline.content = innerTail.trim();
      inline.map = [closeLine, closeLine + 1];
      inline.children = [];
      state.push('paragraph_close', 'p', -1);
    }
  } else {
    const raw = state.push('html_block', '', 0);
    raw.map = [startLine + 1, closeLine];
    raw.content = state.getLines(startLine + 1, closeLine, state.blkIndent, true) + innerTail;
  }
  const closeToken = state.push('html_block', '', 0);
  closeToken.map = [closeLine, closeLine + 1];
  closeToken.content = `${closeMatch ? closeMatch[0].trim() : `</${m[1]}>`}\n`;
  state.line = closeLine + 1;
  return true;
}

const SPAN_TARGETS = new Set(['link_close', 'em_close', 'strong_close', 's_close', 'image', 'code_inline', 'kramdown_ial']);

/** Inline rule: span IALs (`{:rel="nofollow"}`) and inline extensions. */
function spanAttributes(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const pos = state.pos;
  if (src.charCodeAt(pos) !== 0x7b || src.charCodeAt(pos + 1) !== 0x3a) return false;
  if (src.charCodeAt(pos + 2) === 0x3a) {
    const ext = /^\{::(comment|nomarkdown|options)\b[^}]*?(\/?)\}/.exec(src.slice(pos, state.posMax));
    if (!ext) return false;
    let end = pos + ext[0].length;
    let body = '';
    if (ext[1] !== 'options' && !ext[2]) {
      const rest = src.slice(end, state.posMax);
      const close = EXTENSION_END.exec(rest);
      body = close ? rest.slice(0, close.index) : rest;
      end = close ? end + close.index + close[0].length : state.posMax;
    }
    if (!silent && ext[1] === 'nomarkdown') state.push('html_inline', '', 0).content = body;
    if (!silent && ext[1] === 'comment') state.push('html_inline', '', 0).content = `<!-- ${body} -->`;
    state.pos = end;
    return true;
  }
  // kramdown applies a span IAL to the element just before it; after text it stays text.
  const before = state.tokens[state.tokens.length - 1];
  // (Emphasis is still a delimiter run, a `text` token of `*`, `_` or `~`, until markdown-it pairs it.)
  const delimiter = before?.type === 'text' && /^[*_~]+$/.test(before.content);
  if (state.pending !== '' || !before || (!SPAN_TARGETS.has(before.type) && !delimiter)) return false;
  const scanned = scanAttributeList(src, pos, state.posMax);
  if (!scanned) return false;
  if (!silent) {
    const token = state.push('kramdown_ial', '', 0);
    token.meta = parseAttributeList(scanned.body) as unknown as Record<string, unknown>;
  }
  state.pos = scanned.end;
  return true;
}

function applyAttributes(token: Token, list: AttributeList, env: KramdownEnv): void {
  const resolved = resolveReferences(list, env.alds ?? new Map());
  if (resolved.classes.length) {
    const existing = token.attrGet('class');
    token.attrSet('class', [existing, ...resolved.classes].filter(Boolean).join(' '));
  }
  if (resolved.id !== undefined) token.attrSet('id', resolved.id);
  for (const [k, v] of resolved.attrs) token.attrSet(k, v);
  if (resolved.refs.includes('toc')) token.meta = { ...(token.meta ?? {}), toc: true };
}

/** Index of the opening token that matches the block ending at `index` (itself when self-contained). */
function openerOf(tokens: Token[], index: number): number {
  if (tokens[index].nesting !== -1) return index;
  let depth = 0;
  for (let k = index; k >= 0; k--) {
    depth += tokens[k].nesting === -1 ? 1 : tokens[k].nesting === 1 ? -1 : 0;
    if (depth === 0) return k;
  }
  return index;
}

function closerOf(tokens: Token[], index: number): number {
  if (tokens[index].nesting !== 1) return index;
  let depth = 0;
  for (let k = index; k < tokens.length; k++) {
    depth += tokens[k].nesting === 1 ? 1 : tokens[k].nesting === -1 ? -1 : 0;
    if (depth === 0) return k;
  }
  return index;
}

const SPAN_CLOSERS: Record<string, string> = { link_close: 'link_open', em_close: 'em_open', strong_close: 'strong_open', s_close: 's_open' };

/** Attaches span IALs in one inline token's children to the element before them, and removes them. */
function attachSpanAttributes(inline: Token, block: Token | undefined, env: KramdownEnv): void {
  const children = inline.children;
  if (!children) return;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.type !== 'kramdown_ial') continue;
    const list = child.meta as unknown as AttributeList;
    const prev = children[i - 1];
    let target: Token | undefined;
    if (prev && (prev.type === 'image' || prev.type === 'code_inline')) target = prev;
    else if (prev && SPAN_CLOSERS[prev.type]) {
      let depth = 0;
      for (let k = i - 1; k >= 0; k--) {
        depth += children[k].nesting === -1 ? 1 : children[k].nesting === 1 ? -1 : 0;
        if (depth === 0) {
          target = children[k];
          break;
        }
      }
    }
    // An IAL closing a heading or alone on the last line of a block applies to the block.
    const rest = children.slice(i + 1).every((c) => c.type === 'text' && c.content.trim() === '');
    if (!target && block && rest && (!prev || prev.type === 'softbreak' || (prev.type === 'text' && /\s$/.test(prev.content)) || block.type === 'heading_open')) target = block;
    if (target) applyAttributes(target, list, env);
    children.splice(i, 1);
    i--;
    // Drop the line break or space the IAL leaves behind.
    const before = children[i];
    if (before && before.type === 'softbreak' && (i + 1 >= children.length)) children.splice(i, 1);
    else if (before && before.type === 'text' && i + 1 >= children.length) before.content = before.content.replace(/\s+$/, '');
  }
}

/** kramdown's basic_generate_id (headers inside HTML elements, which the GFM parser does not visit). */
export function kramdownId(text: string): string {
  return text.replace(/^[^a-zA-Z]+/, '').replace(/[^a-zA-Z0-9 -]/g, '').replace(/ /g, '-').toLowerCase();
}

/** kramdown-parser-gfm's generate_gfm_header_id: lower case, word characters of any script, `-`, spaces and tabs as `-`. */
export function gfmId(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{M}\p{Nd}\p{Pc}\- \t]/gu, '').replace(/[ \t]/g, '-');
}

function plainText(tokens: Token[] | null): string {
  let out = '';
  for (const t of tokens ?? []) {
    if (t.type === 'text' || t.type === 'code_inline') out += t.content;
    else if (t.type === 'softbreak' || t.type === 'hardbreak') out += ' ';
  }
  return out;
}

function tocHtml(headings: readonly { level: number; id: string; text: string }[], list: Token, ordered: boolean): string {
  const tag = ordered ? 'ol' : 'ul';
  const attrs = [...(list.attrs ?? [])].filter(([k]) => k !== 'id' && k !== 'data-line');
  const id = String(list.attrGet('id') ?? 'markdown-toc');
  const line = list.attrGet('data-line');
  const open = (top: boolean): string =>
    top
      ? `<${tag} id="${escapeHtml(id)}"${attrs.map(([k, v]) => ` ${k}="${escapeHtml(String(v))}"`).join('')}${line !== null ? ` data-line="${line}"` : ''}>\n`
      : `<${tag}>\n`;
  if (headings.length === 0) return `${open(true)}</${tag}>\n`;
  let out = open(true);
  const stack: number[] = [headings[0].level];
  let first = true;
  for (const h of headings) {
    if (!first) {
      if (h.level > stack[stack.length - 1]) {
        out += open(false);
        stack.push(h.level);
      } else {
        out += '</li>\n';
        while (stack.length > 1 && h.level < stack[stack.length - 1]) {
          stack.pop();
          out += `</${tag}>\n</li>\n`;
        }
      }
    }
    first = false;
    out += `<li><a href="#${escapeHtml(h.id)}" id="markdown-toc-${escapeHtml(h.id)}">${escapeHtml(h.text)}</a>`;
  }
  out += '</li>\n';
  while (stack.length > 1) {
    stack.pop();
    out += `</${tag}>\n</li>\n`;
  }
  return `${out}</${tag}>\n`;
}

const LINE_TOKENS = new Set(['paragraph_open', 'heading_open', 'blockquote_open', 'bullet_list_open', 'ordered_list_open', 'list_item_open', 'table_open', 'tr_open', 'dl_open', 'dt_open', 'dd_open', 'fence', 'code_block', 'hr', 'footnote_open']);

/** Core rule: attaches attribute lists, sets header ids, builds the TOC, adds `data-line`. */
function kramdownCore(state: StateCore): void {
  const env = envOf(state);
  const tokens = state.tokens;
  // Span IALs (and IALs closing a paragraph or heading).
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'inline') continue;
    const block = i > 0 && tokens[i - 1].nesting === 1 ? tokens[i - 1] : undefined;
    attachSpanAttributes(t, block, env);
    // `## Heading {#id}`
    if (block?.type === 'heading_open' && t.children?.length) {
      const last = t.children[t.children.length - 1];
      if (last.type === 'text') {
        const m = /\s*\{#([\w:.-]+)\}\s*$/.exec(last.content);
        if (m) {
          block.attrSet('id', m[1]);
          last.content = last.content.slice(0, m.index);
          t.content = t.content.replace(/\s*\{#[\w:.-]+\}\s*$/, '');
        }
      }
    }
  }
  // Block IALs: the block just before (no blank line between), else the block after.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'kramdown_block_ial') continue;
    const list = t.meta as unknown as AttributeList;
    let target: Token | undefined;
    const prev = tokens[i - 1];
    if (prev && prev.level === t.level && prev.type !== 'kramdown_block_ial') {
      const opener = tokens[openerOf(tokens, i - 1)];
      if (opener.map && t.map && opener.map[1] >= t.map[0]) target = opener;
    }
    if (!target) {
      const next = tokens[i + 1];
      if (next && next.level === t.level && next.nesting !== -1) target = next;
    }
    if (!target && prev && prev.level === t.level) target = tokens[openerOf(tokens, i - 1)];
    if (target && target.type !== 'html_block') applyAttributes(target, list, env);
    tokens.splice(i, 1);
    i--;
  }
  // Header ids (kramdown's auto_ids) and the headings list.
  const used = new Map<string, number>();
  const headings: { level: number; id: string; text: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'heading_open') continue;
    const inline = tokens[i + 1];
    const text = plainText(inline?.children ?? null).trim();
    let id: string | null = t.attrGet('id') === null ? null : String(t.attrGet('id'));
    if (id === null) {
      let gen = gfmId(plainText(inline?.children ?? null));
      const n = used.get(gen);
      if (n !== undefined) {
        used.set(gen, n + 1);
        gen = `${gen}-${n + 1}`;
      } else used.set(gen, 0);
      id = gen;
      t.attrSet('id', id);
    }
    if (!/(^|\s)no_toc(\s|$)/.test(String(t.attrGet('class') ?? ''))) headings.push({ level: Number(t.tag.slice(1)), id, text });
  }
  env.headings = headings;
  kramdownListLooseness(tokens, state.src);
  // data-line, in the editor's lines.
  if (env.lineMap) {
    for (const t of tokens) {
      if (t.map && LINE_TOKENS.has(t.type)) t.attrSet('data-line', String(env.lineMap(t.map[0])));
    }
  }
  // {:toc}
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if ((t.type !== 'bullet_list_open' && t.type !== 'ordered_list_open') || !(t.meta as { toc?: boolean } | null)?.toc) continue;
    const end = closerOf(tokens, i);
    const html = new state.Token('html_block', '', 0);
    html.content = tocHtml(headings, t, t.type === 'ordered_list_open');
    html.map = t.map;
    tokens.splice(i, end - i + 1, html);
  }
}

/** The plugin: `md.use(kramdownPlugin)`. */
export function kramdownPlugin(md: MD): void {
  const alt = { alt: ['paragraph', 'reference', 'blockquote', 'list'] };
  md.block.ruler.before('table', 'kramdown_attributes', blockAttributes, alt);
  md.block.ruler.before('html_block', 'kramdown_markdown_html', markdownInHtml, { alt: ['paragraph', 'reference', 'blockquote'] });
  md.inline.ruler.before('text', 'kramdown_span_ial', spanAttributes);
  // After the typographer, so header ids see “”’–… as kramdown's raw text does.
  md.core.ruler.after('text_join', 'kramdown', kramdownCore);
  md.renderer.rules.kramdown_ial = () => '';
  md.renderer.rules.kramdown_block_ial = () => '';
}
