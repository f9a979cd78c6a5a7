import { M, msg } from '../../messages';
import { OffsetRange } from '../../text';
import { Fix, Rule } from '../types';

/** A key written twice: Jekyll keeps the last value and drops the others silently. */
export const duplicateKey: Rule = {
  id: 'duplicate-key',
  defaultSeverity: 'warning',
  check({ frontMatter, text }, report) {
    for (const problem of frontMatter.problems) {
      if (problem.kind !== 'duplicate-key') continue;
      const earlier = problem.related ?? [];
      const fixes: Fix[] = earlier.length
        ? [
            {
              title: msg(M.duplicateKeyRemove, problem.detail),
              edits: earlier.map((keyRange) => ({ range: wholeEntry(text, keyRange, frontMatter.block.yamlRange.end), newText: '' })),
              preferred: true,
            },
          ]
        : [];
      report({
        range: problem.range,
        message: msg(M.duplicateKey, problem.detail),
        related: earlier.map((range) => ({ range, message: msg(M.duplicateKeyEarlier, problem.detail) })),
        fixes,
      });
    }
  },
};

/**
 * The lines of a top-level entry: from its key's line to the line before the next line that
 * starts at column 0 with something other than a comment or a list dash (block lists may sit at
 * column 0 under their key).
 */
function wholeEntry(text: string, keyRange: OffsetRange, yamlEnd: number): OffsetRange {
  const start = text.lastIndexOf('\n', keyRange.start - 1) + 1;
  let lineStart = text.indexOf('\n', keyRange.end);
  if (lineStart === -1 || lineStart >= yamlEnd) return { start, end: yamlEnd };
  lineStart += 1;
  while (lineStart < yamlEnd) {
    const c = text[lineStart];
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd === -1 ? yamlEnd : lineEnd);
    const continues = c === ' ' || c === '\t' || /^-(\s|$)/.test(line) || /^\s*\r?$/.test(line);
    if (!continues) break;
    if (lineEnd === -1) return { start, end: yamlEnd };
    lineStart = lineEnd + 1;
  }
  return { start, end: Math.min(lineStart, yamlEnd) };
}
