// The findings of a file come in text order: by where they start, then by where they end, whatever
// the order the rules ran in (the CLI prints them so, and the editor's list follows).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lintDocument } from '../../src/core/lint/lint';
import { Rule } from '../../src/core/lint/types';
import { msg } from '../../src/core/messages';
import { readConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';

const TEXT = '---\ntitle: A post\n---\nBody\n';

/** A rule that reports each of `ranges` (as `[start, end]`). */
function reporting(id: string, ranges: [number, number][]): Rule {
  return {
    id,
    defaultSeverity: 'warning',
    check(_context, report) {
      for (const [start, end] of ranges) report({ range: { start, end }, message: msg('Finding of {0}.', id) });
    },
  };
}

function order(ruleSet: readonly Rule[]): string[] {
  const config = readConfig('title: x\n');
  const findings = lintDocument({ text: TEXT, document: classifyPath('_posts/2014-06-04-a-post.md', config)!, config }, { ruleSet, settings: { now: new Date('2026-11-26T12:00:00Z'), timezone: 'UTC' } });
  return findings.map((f) => `${f.rule}@${f.range.start}-${f.range.end}`);
}

describe('the order of findings', () => {
  it('is by start, then by end, whichever rule ran first', () => {
    const wide = reporting('wide', [[4, 17]]);
    const narrow = reporting('narrow', [[4, 9]]);
    const later = reporting('later', [[11, 17]]);
    const first = reporting('first', [[0, 3]]);
    const expected = ['first@0-3', 'narrow@4-9', 'wide@4-17', 'later@11-17'];
    assert.deepEqual(order([wide, narrow, later, first]), expected);
    assert.deepEqual(order([narrow, wide, first, later]), expected);
    assert.deepEqual(order([later, wide, first, narrow]), expected);
  });

  it('sorts the findings of one rule too', () => {
    assert.deepEqual(order([reporting('many', [[4, 17], [4, 9], [4, 5], [0, 3], [4, 12]])]), ['many@0-3', 'many@4-5', 'many@4-9', 'many@4-12', 'many@4-17']);
  });
});
