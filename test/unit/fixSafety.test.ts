import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { applyFixes } from '../../src/cli/fixCommand';
import { lintPaths } from '../../src/cli/lintCommand';
import { nodeFileSystem } from '../../src/cli/nodeFs';

describe('jekyll-posts lint --fix never loses work', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'jekyll-posts-fix-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));
  const settings = { settings: { now: new Date('2026-11-26T12:00:00Z'), timezone: 'UTC' } };
  // `tags: php, symfony` written as a list changes the tags (`php,` becomes `php`): a suggested fix.
  const fix = { mode: { suggested: true }, model: { now: settings.settings.now, drafts: false, machineZone: 'UTC' } };

  it('leaves alone a file that changed on disk after it was read', async () => {
    mkdirSync(join(scratch, 'site', '_posts'), { recursive: true });
    writeFileSync(join(scratch, 'site', '_config.yml'), 'title: x\n');
    const post = join(scratch, 'site', '_posts', '2014-06-04-a.md');
    writeFileSync(post, '---\ntitle: A\ntags: php, symfony\n---\n');
    const sites = await lintPaths(nodeFileSystem, [join(scratch, 'site')], scratch, settings);
    assert.ok(sites[0].files[0].findings.some((f) => f.rule === 'tags-format'));
    // Someone saves the file between the lint and the fix.
    writeFileSync(post, '---\ntitle: A, edited elsewhere\ntags: php, symfony\n---\n');
    const report = applyFixes(sites, fix);
    assert.equal(report.changed, 0);
    assert.equal(readFileSync(post, 'utf8'), '---\ntitle: A, edited elsewhere\ntags: php, symfony\n---\n');
  });

  it('fixes a post linted on its front matter alone, its body kept byte for byte, even a body edited since', async () => {
    const post = join(scratch, 'site', '_posts', '2014-06-05-b.md');
    const body = '\n## Corps\r\n\nDu texte accentué, {{ page.title }}.\n';
    writeFileSync(post, `---\ntitle: B # comment\ntags: php, symfony\n---\n${body}`);
    const sites = await lintPaths(nodeFileSystem, [join(scratch, 'site')], scratch, settings);
    const file = sites[0].files.find((f) => f.file === '_posts/2014-06-05-b.md')!;
    assert.ok(file.frontMatterOnly);
    assert.equal(file.text, '---\ntitle: B # comment\ntags: php, symfony\n---\n');
    writeFileSync(post, `---\ntitle: B # comment\ntags: php, symfony\n---\n${body}More.\n`);
    assert.equal(applyFixes([{ ...sites[0], files: [file] }], fix).changed, 1);
    assert.equal(readFileSync(post, 'utf8'), `---\ntitle: B # comment\ntags: [php, symfony]\n---\n${body}More.\n`);
    rmSync(post);
  });

  it('applies the fix to a file that did not change', async () => {
    const post = join(scratch, 'site', '_posts', '2014-06-04-a.md');
    const sites = await lintPaths(nodeFileSystem, [join(scratch, 'site')], scratch, settings);
    assert.equal(applyFixes(sites, fix).changed, 1);
    assert.equal(readFileSync(post, 'utf8'), '---\ntitle: A, edited elsewhere\ntags: [php, symfony]\n---\n');
  });
});
