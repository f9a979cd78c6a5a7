import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { lintPaths } from '../../src/cli/lintCommand';
import { syncNodeFileSystem } from '../../src/cli/nodeFs';

// The CLI decodes a file's front matter alone when no active rule reads its body (decodeForRules).
// image-alt-missing reads `![` and `<img`: with the link rules turned off in `_config.yml` (whose
// markers, `](` and `src=`, would have the body read anyway), an image without alt text is still told.
const settings = { now: new Date('2026-11-26T12:00:00Z'), timezone: 'UTC' };
const CONFIG = 'title: T\njekyll_posts:\n  rules:\n    image-missing: off\n    link-broken: off\n    link-baseurl-missing: off\n    post-url-broken: off\n';
const post = (body: string): string => `---\ntitle: A\n---\n\n${body}\n`;

describe('image-alt-missing when the CLI reads only what the active rules need', () => {
  it('`![](…)` and `<img>` without alt in the body are told; a body without images is not read', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'image-alt-'));
    try {
      const root = join(scratch, 'site');
      mkdirSync(join(root, '_posts'), { recursive: true });
      writeFileSync(join(root, '_config.yml'), CONFIG);
      writeFileSync(join(root, '_posts/2020-01-01-markdown.md'), post('Look: ![](/a.png)'));
      writeFileSync(join(root, '_posts/2020-01-02-html.md'), post('Look: <img src="/b.png">'));
      writeFileSync(join(root, '_posts/2020-01-03-plain.md'), post('No image here.'));
      const [site] = await lintPaths(syncNodeFileSystem, [root], scratch, { settings });
      const told = site.files.flatMap((f) => f.findings.filter((x) => x.rule === 'image-alt-missing').map((x) => [f.file, f.text!.slice(x.range.start, x.range.end)]));
      assert.deepEqual(told, [['_posts/2020-01-01-markdown.md', '![](/a.png)'], ['_posts/2020-01-02-html.md', '<img src="/b.png">']]);
      const plain = site.files.find((f) => f.file === '_posts/2020-01-03-plain.md');
      assert.ok(!plain || plain.text === undefined || plain.frontMatterOnly, 'the body of a post without images is not decoded');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
