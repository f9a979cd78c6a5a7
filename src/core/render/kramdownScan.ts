/**
 * What kramdown's span parser (parse_spans with a stop regexp) needs from markdown-it: the elements
 * open around a position, and a scan that reads on span by span, in silent mode, until a stop.
 */
import type MarkdownIt from 'markdown-it';

type StateInline = MarkdownIt.StateInline;

/** An element kramdown has open while it parses spans: emphasis, a link, a span HTML element. */
export type OpenKind = 'em' | 'strong' | 'a' | 'html' | 'raw';

/** The elements open around the current position, innermost last (kramdown's @tree and @stack). */
export function openElements(state: StateInline): OpenKind[] {
  const s = state as unknown as { kramdownOpen?: OpenKind[] };
  return (s.kramdownOpen ??= []);
}

/** Inside an element of raw content (`<code>`, `<kbd>`, an unknown tag, `markdown="0"`): only span HTML is read. */
export function inRawHtml(state: StateInline): boolean {
  return openElements(state).includes('raw');
}

/** Ruby's `\s`: ASCII whitespace only. */
export function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v';
}

/**
 * The first position from `start` where `isStop` holds, reached by skipping whole spans (the inline
 * rules in silent mode, or with `step` instead), with `kind` open; -1 when the text ends first.
 */
export function scanToStop(state: StateInline, start: number, kind: OpenKind, isStop: (pos: number) => boolean, step?: (state: StateInline) => void): number {
  const max = state.posMax;
  const savedPos = state.pos;
  const savedCache = state.cache;
  // Skipping a span depends on the elements open around it: a cache shared with other contexts would lie.
  state.cache = {};
  const open = openElements(state);
  open.push(kind);
  let pos = start;
  let found = -1;
  try {
    while (pos < max) {
      if (isStop(pos)) {
        found = pos;
        break;
      }
      state.pos = pos;
      if (step) step(state);
      else state.md.inline.skipToken(state);
      pos = state.pos;
    }
  } finally {
    open.pop();
    state.cache = savedCache;
    state.pos = savedPos;
  }
  return found;
}
