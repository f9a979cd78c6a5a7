/**
 * A post Jekyll skips for its name (`_posts/notes.md`) is linted as the post it becomes once renamed
 * (filename-invalid's fix): the front matter defaults scoped to `type: posts` apply to it, so a key
 * they give is not reported missing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintPaths } from '../../src/cli/lintCommand';
import { MemoryFileSystem } from '../../src/core/fs';

test('a misnamed post takes the posts’ defaults: required keys they give are not missing', async () => {
  const fs = new MemoryFileSystem({
    '/s/_config.yml': 'title: T\ndefaults:\n  - scope: {type: posts}\n    values: {lang: fr, description: D}\njekyll_posts:\n  required_keys: [lang, description]\n',
    '/s/_posts/notes.md': '---\ntitle: Notes\n---\nA\n',
    '/s/_posts/2020-01-01-dated.md': '---\ntitle: Dated\n---\nA\n',
    '/s/about.md': '---\ntitle: About\n---\nA\n',
  });
  const [site] = await lintPaths(fs, ['/s'], '/', { settings: { now: new Date('2024-01-01T00:00:00Z'), timezone: 'UTC' } });
  const found = site.files.flatMap((f) => f.findings.map((x) => `${f.file}: ${x.rule} ${x.message.args.join(' ')}`));
  assert.deepEqual(found, ['_posts/notes.md: filename-invalid notes.md']);
});
