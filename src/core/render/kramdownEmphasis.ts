/**
 * Emphasis as kramdown pairs it (parser/kramdown/emphasis.rb), not by CommonMark's delimiter runs.
 * At `*`, `**`, `_` or `__` kramdown reads on, span by span, until the same delimiter comes back
 * after a non-space (for `*` not where `**` starts, for `_` not before a letter or digit) with
 * something read in between. Inside `<em>` another `*` is text, inside `<strong>` another `**`
 * (`__**x**__` is `<strong>**x**</strong>`). A `**` that finds no closing `**` is read as a `*`
 * whose content starts with the second `*`; the first one is dropped (`**a*` is `<em>*a</em>`).
 * An opener that finds no closer, or that a space follows, is text.
 */
import type MarkdownIt from 'markdown-it';
import { isSpace, openElements, scanToStop } from './kramdownScan';

type StateInline = MarkdownIt.StateInline;
type MD = InstanceType<typeof MarkdownIt>;

const ALNUM = /[\p{Alphabetic}\p{Nd}]/u;
/** `_` after a letter, or after a letter and a hyphen, is text (`snake_case`, `a-_b_`). */
const INTRAWORD = /\p{Alphabetic}-?\p{Alphabetic}*$/u;

/** Where the element opened by `delim` before `start` closes, or -1 (emphasis.rb's stop condition). */
function closeOf(state: StateInline, start: number, delim: string, kind: 'em' | 'strong', marker: string): number {
  const src = state.src;
  const max = state.posMax;
  return scanToStop(state, start, kind, (pos) => {
    if (pos === start || !src.startsWith(delim, pos) || pos + delim.length > max || isSpace(src[pos - 1])) return false;
    const doubled = kind === 'em' && src.startsWith(delim + delim, pos) && src[pos + 2 * delim.length] !== marker;
    const beforeWord = marker === '_' && ALNUM.test(src[pos + delim.length] ?? '');
    return !doubled && !beforeWord;
  });
}

/** Writes the element: its content tokenized between `start` and `close`. */
function emit(state: StateInline, kind: 'em' | 'strong', delim: string, start: number, close: number): void {
  const open = openElements(state);
  const max = state.posMax;
  const token = state.push(`${kind}_open`, kind, 1);
  token.markup = delim;
  open.push(kind);
  state.pos = start;
  state.posMax = close;
  state.md.inline.tokenize(state);
  state.posMax = max;
  open.pop();
  state.push(`${kind}_close`, kind, -1).markup = delim;
}

function kramdownEmphasis(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const pos = state.pos;
  const marker = src[pos];
  if (marker !== '*' && marker !== '_') return false;
  const delim = src[pos + 1] === marker && pos + 1 < state.posMax ? marker + marker : marker;
  const kind = delim.length === 2 ? 'strong' : 'em';
  const open = openElements(state);
  const asText = (): boolean => {
    if (!silent) state.pending += delim;
    state.pos = pos + delim.length;
    return true;
  };
  if ((marker === '_' && INTRAWORD.test(src.slice(Math.max(0, pos - 200), pos))) || isSpace(src[pos + delim.length]) || open.includes(kind)) return asText();
  let close = closeOf(state, pos + delim.length, delim, kind, marker);
  let used = delim;
  let usedKind: 'em' | 'strong' = kind;
  let start = pos + delim.length;
  if (close < 0 && kind === 'strong' && open[open.length - 1] !== 'em') {
    // kramdown retries as `*` from the second character: the first is dropped.
    used = marker;
    usedKind = 'em';
    start = pos + 1;
    close = closeOf(state, start, marker, 'em', marker);
  }
  if (close < 0) return asText();
  if (silent) state.pos = close + used.length;
  else {
    emit(state, usedKind, used, start, close);
    state.pos = close + used.length;
  }
  return true;
}

/** Inside a link's text kramdown's innermost element is the link (which matters to the `**` retry). */
function inLink(rule: (state: StateInline, silent: boolean) => boolean) {
  return (state: StateInline, silent: boolean): boolean => {
    const open = openElements(state);
    open.push('a');
    try {
      return rule(state, silent);
    } finally {
      open.pop();
    }
  };
}

export function kramdownEmphasisPlugin(md: MD): void {
  md.inline.ruler.at('emphasis', kramdownEmphasis);
  md.inline.ruler2.disable('emphasis');
  const rules = (md.inline.ruler as unknown as { __rules__: { name: string; fn: (state: StateInline, silent: boolean) => boolean }[] }).__rules__;
  const link = rules.find((r) => r.name === 'link');
  if (link) md.inline.ruler.at('link', inLink(link.fn));
}
