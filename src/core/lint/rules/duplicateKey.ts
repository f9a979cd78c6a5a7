import { M, msg } from '../../messages';
import { wholeEntry } from '../edits';
import { Fix, Rule } from '../types';

/** A key written twice: Jekyll keeps the last value and drops the others silently. */
export const duplicateKey: Rule = {
  id: 'duplicate-key',
  defaultSeverity: 'warning',
  check({ frontMatter, text }, report) {
    for (const problem of frontMatter.problems) {
      if (problem.kind !== 'duplicate-key') continue;
      // The parser names every earlier occurrence of the key (one at least) in `related`.
      const earlier = problem.related ?? [];
      const fixes: Fix[] = [
        {
          title: msg(M.duplicateKeyRemove, problem.detail),
          edits: earlier.map((keyRange) => ({ range: wholeEntry(text, keyRange, frontMatter.block.yamlRange.end), newText: '' })),
          preferred: true,
        },
      ];
      report({
        range: problem.range,
        message: msg(M.duplicateKey, problem.detail),
        related: earlier.map((range) => ({ range, message: msg(M.duplicateKeyEarlier, problem.detail) })),
        fixes,
      });
    }
  },
};
