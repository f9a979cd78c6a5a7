import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig } from '../../src/core/site/config';
import { documentVerdict, findConflicts } from '../../src/core/site/siteModel';

// Output files written by more than one document. jekyll build 4.3.1 of these four pages warns:
//   Conflict: The following destination is shared by multiple files.
//             The written file may end up with unexpected contents.
//             /tmp/k4-model/c/_site/same/index.html
//              - a.md
//              - b.md
// c.md (published: false) is not written, so it is not listed; d.md writes an output of its own.

const FILES: Record<string, string> = {
  'b.md': '---\npermalink: /same/\n---\nb\n',
  'c.md': '---\npermalink: /same/\npublished: false\n---\nc\n',
  'd.md': '---\npermalink: /alone/\n---\nd\n',
  'a.md': '---\npermalink: /same/\n---\na\n',
};

test('an output written by two documents is a conflict, naming them in order; unwritten documents and single outputs are not', () => {
  const config = readConfig('title: t\n');
  const settings = { now: new Date('2026-12-05T23:00:00Z'), drafts: false, machineZone: 'UTC' };
  const verdicts = Object.entries(FILES).map(([path, text]) => documentVerdict(path, text, config, settings)!);
  assert.deepEqual([...findConflicts(verdicts)], [['same/index.html', ['a.md', 'b.md']]]);
});
