import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { unifiedHunks } from '../../src/cli/unifiedDiff';

// `--dry-run`'s hunks against GNU diff's own `diff -u` (the judge), on the edits fixes make.
const hasDiff = spawnSync('diff', ['--version']).status === 0;

describe('unifiedHunks writes what diff -u writes', { skip: !hasDiff && 'GNU diff is not installed' }, () => {
  const scratch = mkdtempSync(join(tmpdir(), 'jekyll-posts-diff-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));
  const lines = (n: number, prefix = 'line'): string => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}\n`).join('');
  const cases: [string, string, string][] = [
    ['one line changed', '---\ntitle: A\ntags: php, symfony\n---\nBody\n', '---\ntitle: A\ntags: [php, symfony]\n---\nBody\n'],
    ['a line removed at the top', '---\ntitle: No\ntitle: A\n---\n', '---\ntitle: A\n---\n'],
    ['a line added at the end of the front matter', '---\ndate: 2014-06-04\n---\nBody\n', '---\ndate: 2014-06-04\ntitle: Hello\n---\nBody\n'],
    ['two changes far apart: two hunks', lines(30).replace('line 3\n', 'line three\n'), lines(30).replace('line 3\n', 'line three\n').replace('line 25\n', 'line twenty-five\n').replace('line 3\n', 'x')],
    ['two changes close together: one hunk', lines(20), lines(20).replace('line 5\n', 'five\n').replace('line 10\n', 'ten\n')],
    ['no newline at the end, before and after', '---\ntitle: A\n---\nBody', '---\ntitle: B\n---\nBody'],
    ['the last line gains its newline', '---\ntitle: A\n---\nBody', '---\ntitle: A\n---\nBody\n'],
    ['CRLF lines', '---\r\ntitle: A\r\ntags: a, b\r\n---\r\n', '---\r\ntitle: A\r\ntags: [a, b]\r\n---\r\n'],
    ['from nothing', '', 'a\nb\n'],
    ['a change on the first line', 'a\nb\nc\nd\ne\nf\n', 'A\nb\nc\nd\ne\nf\n'],
  ];
  for (const [name, before, afterText] of cases) {
    it(name, () => {
      writeFileSync(join(scratch, 'a'), before);
      writeFileSync(join(scratch, 'b'), afterText);
      const result = spawnSync('diff', ['-u', 'a', 'b'], { cwd: scratch, encoding: 'utf8' });
      // Past the two header lines (which carry times), the hunks.
      const expected = result.stdout.split('\n').slice(2).join('\n');
      assert.equal(unifiedHunks(before, afterText), expected);
    });
  }
});
