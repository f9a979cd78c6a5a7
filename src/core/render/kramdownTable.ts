/**
 * Tables as kramdown reads them (parser/kramdown/table.rb), in place of markdown-it's GFM tables:
 * after a block boundary, every following line holding an unescaped `|` (outside code spans) is a
 * row, no header row needed; rows before the first separator line (`|---|:-:|`) are the header,
 * whose separator gives the alignment (`style="text-align: left"`); later separator lines start a
 * new body, a `|===|` line a footer. The table must end at a block boundary, have a body, and rows
 * are padded to the widest.
 */
import type MarkdownIt from 'markdown-it';

type StateBlock = MarkdownIt.StateBlock;
type MD = InstanceType<typeof MarkdownIt>;

const PIPE_CHECK = /^(?:\||.*?[^\\\n]\|)/;
const SEP_LINE = /^([+|: \t-]*?-[+|: \t-]*?)[ \t]*$/;
const FOOTER_SEP_LINE = /^[+|: \t=]*?=[+|: \t=]*?[ \t]*$/;
const HSEP_ALIGN = /[ \t]?(:?)-+(:?)[ \t]?/g;
const CODE_SPAN = /(`+)(?!`)[\s\S]*?[^`]\1(?!`)|(`+)(?!`)\2(?!`)/g;

type Align = 'default' | 'left' | 'right' | 'center';

function lineOf(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
}

/** Splits a row on unescaped pipes outside code spans. */
function splitCells(text: string): string[] {
  const cells: string[] = [''];
  let last = 0;
  CODE_SPAN.lastIndex = 0;
  const spans: [number, number][] = [];
  for (let m = CODE_SPAN.exec(text); m; m = CODE_SPAN.exec(text)) spans.push([m.index, m.index + m[0].length]);
  let span = 0;
  for (let i = 0; i < text.length; i++) {
    while (span < spans.length && spans[span][1] <= i) span++;
    if (span < spans.length && spans[span][0] <= i) {
      i = spans[span][1] - 1;
      continue;
    }
    if (text[i] === '|' && text[i - 1] !== '\\') {
      cells[cells.length - 1] += text.slice(last, i);
      cells.push('');
      last = i + 1;
    }
  }
  cells[cells.length - 1] += text.slice(last);
  return cells.map((c) => c.replace(/\\\|/g, '|'));
}

function pipeOutsideCode(text: string): boolean {
  return PIPE_CHECK.test(text.replace(CODE_SPAN, (m) => 'x'.repeat(m.length)));
}

function atBoundary(state: StateBlock, line: number): boolean {
  // The end of the text, a blank line, the end of the container (a list item's content), an IAL.
  if (line >= state.lineMax || state.isEmpty(line) || state.sCount[line] < state.blkIndent) return true;
  return lineOf(state, line).startsWith('{:');
}

function kramdownTable(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const first = lineOf(state, startLine);
  if (!first || !PIPE_CHECK.test(first)) return false;
  // After a block boundary: the start of the container, or a blank line before.
  const last = state.tokens[state.tokens.length - 1];
  if (last && last.nesting !== 1 && !(startLine > 0 && state.isEmpty(startLine - 1))) return false;
  let line = startLine;
  while (line < endLine && state.sCount[line] >= state.blkIndent && state.sCount[line] - state.blkIndent < 4 && !state.isEmpty(line) && PIPE_CHECK.test(lineOf(state, line))) line++;
  if (line === startLine || !atBoundary(state, line)) return false;
  const lines: string[] = [];
  for (let l = startLine; l < line; l++) lines.push(lineOf(state, l));
  if (!lines.every((l) => SEP_LINE.test(l) || FOOTER_SEP_LINE.test(l) || pipeOutsideCode(l))) return false;

  type Section = { type: 'thead' | 'tbody' | 'tfoot'; rows: { line: number; cells: string[] }[] };
  const sections: Section[] = [];
  let rows: { line: number; cells: string[] }[] = [];
  let alignment: Align[] = [];
  let hasFooter = false;
  let columns = 0;
  const leadingPipe = /^\s*\|/.test(lines[0]);
  const close = (type: Section['type'], force: boolean): void => {
    if (!hasFooter || type !== 'tbody' || force) {
      sections.push({ type, rows });
      rows = [];
    }
  };
  lines.forEach((text, i) => {
    if (SEP_LINE.test(text)) {
      if (rows.length === 0) return;
      if (alignment.length === 0 && !hasFooter) {
        close('thead', false);
        alignment = [...SEP_LINE.exec(text)![1].matchAll(HSEP_ALIGN)].map(([, left, right]) =>
          !left && !right ? 'default' : !right ? 'left' : !left ? 'right' : 'center',
        );
      } else close('tbody', false);
    } else if (FOOTER_SEP_LINE.test(text)) {
      if (rows.length) close('tbody', true);
      hasFooter = true;
    } else {
      const cells = splitCells(text);
      if (leadingPipe && cells[0].trim() === '') cells.shift();
      if (cells.length && cells[cells.length - 1].trim() === '') cells.pop();
      columns = Math.max(columns, cells.length);
      rows.push({ line: startLine + i, cells: cells.map((c) => c.trim()) });
    }
  });
  if (rows.length) close(hasFooter ? 'tfoot' : 'tbody', false);
  if (!sections.some((s) => s.type === 'tbody')) return false;
  if (silent) return true;
  alignment = alignment.length > columns ? alignment.slice(0, columns) : [...alignment, ...Array<Align>(columns - alignment.length).fill('default')];

  const table = state.push('table_open', 'table', 1);
  table.map = [startLine, line];
  for (const section of sections) {
    state.push(`${section.type}_open`, section.type, 1);
    for (const row of section.rows) {
      const tr = state.push('tr_open', 'tr', 1);
      tr.map = [row.line, row.line + 1];
      for (let c = 0; c < columns; c++) {
        const tag = section.type === 'thead' ? 'th' : 'td';
        const open = state.push(`${tag}_open`, tag, 1);
        if (alignment[c] !== 'default') open.attrs = [['style', `text-align: ${alignment[c]}`]];
        const inline = state.push('inline', '', 0);
        // kramdown writes an empty cell as a no-break space.
        inline.content = row.cells[c] || '\u00a0';
        inline.map = [row.line, row.line + 1];
        inline.children = [];
        state.push(`${tag}_close`, tag, -1);
      }
      state.push('tr_close', 'tr', -1);
    }
    state.push(`${section.type}_close`, section.type, -1);
  }
  state.push('table_close', 'table', -1);
  state.line = line;
  return true;
}

export function kramdownTablePlugin(md: MD): void {
  md.block.ruler.at('table', kramdownTable, { alt: [] });
}
