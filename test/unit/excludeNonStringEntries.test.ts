import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig } from '../../src/core/site/config';
import { documentVerdict } from '../../src/core/site/siteModel';

// EntryFilter#glob_include? compares String entries of `exclude` (and `include`) only; any other
// entry matches nothing. jekyll build 4.3.1 with `exclude: [~, 5, {a: 1}, [c.md], b.md]` and the
// pages a.md, b.md, c.md, null and 5 (each `---\n---\nx\n`) writes _site/5, _site/a.html,
// _site/c.html and _site/null. We read the entries as the strings "5" and "[\"c.md\"]" and left
// the file 5 out.

const settings = { now: new Date('2026-12-06T02:00:00Z'), drafts: false, machineZone: 'UTC' };

test('only the strings of exclude leave files out', () => {
  const config = readConfig('exclude: [~, 5, {a: 1}, [c.md], b.md]\n');
  const url = (path: string): string | undefined => documentVerdict(path, '---\n---\nx\n', config, settings)?.url;
  assert.deepEqual(['a.md', 'b.md', 'c.md', 'null', '5'].map(url), ['/a.html', undefined, '/c.html', '/null', '/5']);
});
