/**
 * kramdown decides per item, not per list, whether an item's first paragraph is wrapped in `<p>`:
 * it is left bare ("transparent") when no blank line follows it inside the item, or when it is the
 * last item and nothing follows its blank line, but the last item stays wrapped when every earlier
 * item was wrapped (kramdown's parser/kramdown/list.rb). Later paragraphs of an item are always wrapped.
 */
import type MarkdownIt from 'markdown-it';

type Token = MarkdownIt.Token;

function isBlank(src: string, lineStarts: readonly number[], line: number): boolean {
  if (line >= lineStarts.length) return false;
  const end = line + 1 < lineStarts.length ? lineStarts[line + 1] : src.length;
  return /^[ \t]*\r?\n?$/.test(src.slice(lineStarts[line], end));
}

export function kramdownListLooseness(tokens: Token[], src: string): void {
  let lineStarts: number[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const list = tokens[i];
    if (list.type !== 'bullet_list_open' && list.type !== 'ordered_list_open') continue;
    lineStarts ??= starts(src);
    // The list's items: their direct block children (indexes of opening or self-contained tokens).
    const items: number[][] = [];
    for (let k = i + 1; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.level === list.level && t.nesting === -1) break;
      if (t.type === 'list_item_open' && t.level === list.level + 1) items.push([]);
      else if (t.level === list.level + 2 && t.nesting !== -1 && t.block && items.length) items[items.length - 1].push(k);
    }
    let someTransparent = false;
    items.forEach((children, n) => {
      const last = n === items.length - 1;
      for (const k of children) if (tokens[k].type === 'paragraph_open') setHidden(tokens, k, false);
      const first = tokens[children[0]];
      if (!first || first.type !== 'paragraph_open') {
        someTransparent = true;
        return;
      }
      const blankAfter = !!first.map && isBlank(src, lineStarts!, first.map[1]);
      const a = !blankAfter || (last && children.length === 1);
      const b = !last || items.length === 1 || someTransparent;
      const transparent = a && b;
      setHidden(tokens, children[0], transparent);
      if (transparent) someTransparent = true;
    });
  }
}

function setHidden(tokens: Token[], at: number, hidden: boolean): void {
  const open = tokens[at];
  open.hidden = hidden;
  for (let k = at + 1; k < tokens.length; k++) {
    if (tokens[k].type === 'paragraph_close' && tokens[k].level === open.level) {
      tokens[k].hidden = hidden;
      return;
    }
  }
}

function starts(src: string): number[] {
  const out = [0];
  for (let i = src.indexOf('\n'); i !== -1; i = src.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

type StateBlock = MarkdownIt.StateBlock;
type BlockRule = (state: StateBlock, startLine: number, endLine: number, silent: boolean) => boolean;

const BULLET = /^[*+-][ \t]/;
const HR = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;

/**
 * kramdown keeps one bullet list when the marker changes (`-` then `*`); CommonMark starts a new
 * list. Before markdown-it's list rule reads a bullet list, the markers of its later items are
 * written as the first one (same length, so every line offset stays valid).
 */
export function oneBulletList(rule: BlockRule): BlockRule {
  return (state, startLine, endLine, silent) => {
    if (!silent) unifyBullets(state, startLine, endLine);
    return rule(state, startLine, endLine, silent);
  };
}

function unifyBullets(state: StateBlock, startLine: number, endLine: number): void {
  const at = (line: number): number => state.bMarks[line] + state.tShift[line];
  const text = (line: number): string => state.src.slice(at(line), state.eMarks[line]);
  const first = text(startLine);
  if (!BULLET.test(first) || HR.test(first)) return;
  const marker = first[0];
  const indent = state.sCount[startLine];
  // Items start before the first item's content column; deeper ones are nested.
  const content = indent + 1 + Math.min(4, /^[ \t]*/.exec(first.slice(1))![0].length || 1);
  let src = state.src;
  let changed = false;
  for (let line = startLine + 1; line < endLine; line++) {
    if (state.isEmpty(line)) continue;
    const t = text(line);
    if (state.sCount[line] >= content) continue;
    if (state.sCount[line] < indent || !BULLET.test(t) || HR.test(t)) {
      // A line at the list's indentation that is not an item: a lazy continuation or the end.
      if (state.isEmpty(line - 1)) break;
      continue;
    }
    if (t[0] !== marker) {
      const pos = at(line);
      src = src.slice(0, pos) + marker + src.slice(pos + 1);
      changed = true;
    }
  }
  if (changed) state.src = src;
}
