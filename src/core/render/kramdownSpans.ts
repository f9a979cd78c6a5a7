/**
 * kramdown's span syntax that markdown-it lacks: `<<` and `>>` as guillemets (before HTML tags are
 * looked for, as in kramdown's typographic_syms), and math: `$$…$$` inside a paragraph becomes
 * `\(…\)` for MathJax, a paragraph holding only `$$…$$` becomes `\[…\]` (kramdown's math engine
 * `mathjax`, Jekyll's default, writes the formula as text).
 */
import type MarkdownIt from 'markdown-it';
import { escapeHtml } from './highlight';

type StateInline = MarkdownIt.StateInline;
type StateBlock = MarkdownIt.StateBlock;
type MD = InstanceType<typeof MarkdownIt>;

/** `<<` → «, `>>` → » (a backslash before them keeps them, as the escape rule already does). */
function guillemets(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const pos = state.pos;
  const c = src.charCodeAt(pos);
  if ((c !== 0x3c && c !== 0x3e) || src.charCodeAt(pos + 1) !== c) return false;
  let end = pos + 2;
  let text = c === 0x3c ? '«' : '»';
  // `<< ` and ` >>` hold the space as a no-break space (kramdown's laquo_space, raquo_space).
  if (c === 0x3c && src.charCodeAt(end) === 0x20) {
    text = '«\u00a0';
    end++;
  } else if (c === 0x3e && src.charCodeAt(pos - 1) === 0x20 && state.pending.endsWith(' ')) {
    if (!silent) state.pending = state.pending.slice(0, -1);
    text = '\u00a0»';
  }
  if (!silent) state.push('text', '', 0).content = text;
  state.pos = end;
  return true;
}

/** `$$…$$` inside a paragraph. */
function inlineMath(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const pos = state.pos;
  if (src.charCodeAt(pos) !== 0x24 || src.charCodeAt(pos + 1) !== 0x24) return false;
  const end = src.indexOf('$$', pos + 2);
  if (end < 0 || end === pos + 2) return false;
  if (!silent) state.push('kramdown_math_inline', 'math', 0).content = src.slice(pos + 2, end);
  state.pos = end + 2;
  return true;
}

/** A block that is only `$$…$$` (on one or more lines). */
function blockMath(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const first = state.src.slice(state.bMarks[startLine] + state.tShift[startLine], state.eMarks[startLine]);
  if (!first.startsWith('$$')) return false;
  let line = startLine;
  let text = first;
  for (;;) {
    const close = text.indexOf('$$', line === startLine ? 2 : 0);
    if (close >= 0) {
      if (text.slice(close + 2).trim() !== '') return false;
      break;
    }
    line++;
    if (line >= endLine || state.isEmpty(line)) return false;
    text = state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
  }
  const next = line + 1;
  if (next < endLine && !state.isEmpty(next)) return false;
  if (silent) return true;
  const body = state.getLines(startLine, line + 1, state.blkIndent, false).trim();
  const token = state.push('kramdown_math_block', 'math', 0);
  token.content = body.slice(2, body.length - 2).trim();
  token.map = [startLine, line + 1];
  token.block = true;
  state.line = line + 1;
  return true;
}

export function kramdownSpansPlugin(md: MD): void {
  md.inline.ruler.before('html_inline', 'kramdown_guillemets', guillemets);
  md.inline.ruler.at('backticks', kramdownCodespan);
  md.inline.ruler.before('escape', 'kramdown_math', inlineMath);
  md.block.ruler.before('paragraph', 'kramdown_math_block', blockMath);
  md.renderer.rules.kramdown_math_inline = (tokens, idx) => `\\(${escapeHtml(tokens[idx].content)}\\)`;
  md.renderer.rules.kramdown_math_block = (tokens, idx) => `\\[${escapeHtml(tokens[idx].content)}\\]\n`;
}

/**
 * Code spans as kramdown reads them (parser/kramdown/codespan.rb): a lone backtick between spaces
 * is text; the span ends at the first run of as many backticks; with a longer delimiter one space
 * is dropped at each end, each on its own (CommonMark drops them only in pairs).
 */
export function kramdownCodespan(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const pos = state.pos;
  if (src.charCodeAt(pos) !== 0x60) return false;
  let end = pos;
  while (end < state.posMax && src.charCodeAt(end) === 0x60) end++;
  const delimiter = src.slice(pos, end);
  const simple = delimiter.length === 1;
  const before = pos === 0 ? '' : src[pos - 1];
  if (simple && (pos === 0 || /\s/.test(before)) && /\s/.test(src[end] ?? '')) {
    if (!silent) state.pending += delimiter;
    state.pos = end;
    return true;
  }
  const close = src.indexOf(delimiter, end);
  if (close < 0 || close + delimiter.length > state.posMax) {
    if (!silent) state.pending += delimiter;
    state.pos = end;
    return true;
  }
  if (!silent) {
    let text = src.slice(end, close);
    if (!simple) {
      if (text.startsWith(' ')) text = text.slice(1);
      if (text.endsWith(' ')) text = text.slice(0, -1);
    }
    const token = state.push('code_inline', 'code', 0);
    token.markup = delimiter;
    token.content = text;
  }
  state.pos = close + delimiter.length;
  return true;
}
