import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';
import { documentVerdict } from '../../src/core/site/siteModel';

// Jekyll's EntryFilter#filter rejects every entry whose path ends with `.`. A collection lists the
// paths below its folder, so a file whose name ends with `.` is never read, while a file in a folder
// whose name does is. jekyll build 4.3.1 of a site with this _config.yml and `---\n---\nx\n` in
// _stuff/foo./b.md, _stuff/a.b., _stuff/c.md., x.md., bar./c.md and _posts/2014-06-04-a.md. writes
// _site/stuff/foob.html and nothing else. We read _stuff/a.b. and _stuff/c.md. as documents.

const config = readConfig('collections:\n  stuff:\n    output: true\n');
const settings = { now: new Date('2026-12-05T23:00:00Z'), drafts: false, machineZone: 'UTC' };
const TEXT = '---\n---\nx\n';

test('a collection file whose name ends with a dot is not read; one in a folder whose name does is', () => {
  assert.equal(classifyPath('_stuff/a.b.', config), undefined);
  assert.equal(classifyPath('_stuff/c.md.', config), undefined);
  assert.equal(documentVerdict('_stuff/foo./b.md', TEXT, config, settings)?.url, '/stuff/foob.html');
});

test('pages and posts whose name ends with a dot, or in a page folder that does, are not documents', () => {
  for (const path of ['x.md.', 'bar./c.md', '_posts/2014-06-04-a.md.']) {
    assert.equal(documentVerdict(path, TEXT, config, settings), undefined, path);
  }
});
