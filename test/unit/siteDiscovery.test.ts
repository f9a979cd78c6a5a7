// Which folder is a file's site, and which configuration file Jekyll reads there. Jekyll 4.3.1
// (a `jekyll build` in a scratch site, 5 December 2026) reads `_config.yaml` when the site has no
// `_config.yml`: its `permalink: /yaml/:title/` gave `_site/yaml/hello/index.html`.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { MemoryFileSystem } from '../../src/core/fs';
import { findSiteRoot, loadConfig, readConfigText } from '../../src/core/site/siteFiles';

describe('the site a file belongs to', () => {
  const fs = new MemoryFileSystem({
    '/w/yaml/_config.yaml': 'permalink: /yaml/:title/\n',
    '/w/yaml/_posts/2020-01-02-hello.md': '---\ntitle: P\n---\n',
    '/w/yaml/deep/er/page.md': '---\n---\n',
    '/w/yml/_config.yml': 'title: yml\n',
    '/w/yml/_config.yaml': 'title: yaml\n',
    '/w/yml/about.md': '---\n---\n',
    '/w/dir-config/_config.yml/readme.txt': 'a folder named like the configuration',
    '/w/dir-config/x/y/note.md': 'x',
    '/w/loose/_drafts/idea.md': '---\n---\n',
    '/w/loose/about.md': '---\n---\n',
    '/w/loose2/_posts/2020-01-01-a.md': '---\n---\n',
    '/w/fake/_posts': 'a file, not a folder',
    '/_posts/2020-01-01-top.md': '---\n---\n',
    // A relative path: what Node's fs answers for the working folder.
    '_config.yml': 'title: cwd\n',
  });

  it('finds the folder with _config.yaml when the site has no _config.yml, from a file, a folder or a path not written yet', async () => {
    assert.equal(await findSiteRoot(fs, '/w/yaml/_posts/2020-01-02-hello.md'), '/w/yaml');
    assert.equal(await findSiteRoot(fs, '/w/yaml/deep/er/page.md'), '/w/yaml');
    assert.equal(await findSiteRoot(fs, '/w/yaml/deep/er'), '/w/yaml');
    assert.equal(await findSiteRoot(fs, '/w/yaml'), '/w/yaml');
    assert.equal(await findSiteRoot(fs, '/w/yml'), '/w/yml');
    assert.equal(await findSiteRoot(fs, '/w/yaml/_posts/2026-12-05-new.md'), '/w/yaml');
    assert.equal(await findSiteRoot(fs, '/w/yaml/new-folder/new.md'), '/w/yaml');
  });

  it('a folder named _config.yml is no configuration, and the search stops at / without asking the working folder', async () => {
    assert.equal(await findSiteRoot(fs, '/w/dir-config/x/y/note.md'), undefined);
    assert.equal(await findSiteRoot(fs, '/w/dir-config/x/y'), undefined);
    assert.equal(await findSiteRoot(fs, '/w/dir-config/x'), undefined, 'a folder with other folders');
    assert.equal(await findSiteRoot(fs, '/w/dir-config/x/not-yet.md'), undefined, 'a path not written yet');
  });

  it('without a configuration: the folder above the topmost _posts or _drafts, or a folder holding one', async () => {
    assert.equal(await findSiteRoot(fs, '/w/loose/_drafts/idea.md'), '/w/loose');
    assert.equal(await findSiteRoot(fs, '/w/loose'), '/w/loose');
    assert.equal(await findSiteRoot(fs, '/w/loose2'), '/w/loose2');
    assert.equal(await findSiteRoot(fs, '/w/fake'), undefined, 'a file named _posts holds no posts');
    assert.equal(await findSiteRoot(fs, '/_posts/2020-01-01-top.md'), '/', 'a site at the root of the file system');
  });

  it('a folder that cannot be listed (no permission) is no site, without failing', async () => {
    class Locked extends MemoryFileSystem {
      override async readDirectory(path: string) {
        return path === '/w/locked' ? undefined : super.readDirectory(path);
      }
    }
    assert.equal(await findSiteRoot(new Locked({ '/w/locked/_posts/2020-01-01-a.md': '---\n---\n' }), '/w/locked'), undefined);
  });

  it('a relative path finds the working folder’s configuration', async () => {
    assert.equal(await findSiteRoot(fs, 'notes/todo.md'), '.');
  });

  it('a relative _posts path without a configuration above is no site (the working folder is not `/`)', async () => {
    const bare = new MemoryFileSystem({ '_posts/2020-01-01-a.md': '---\n---\n' });
    assert.equal(await findSiteRoot(bare, '_posts/2020-01-01-a.md'), undefined);
  });
});

describe('the configuration Jekyll reads', () => {
  const fs = new MemoryFileSystem({
    '/w/yaml/_config.yaml': 'permalink: /yaml/:title/\n',
    '/w/yml/_config.yml': 'permalink: /yml/:title/\n',
    '/w/yml/_config.yaml': 'permalink: /yaml/:title/\n',
    '/w/none/about.md': '---\n---\n',
    '/w/extra/base.yml': 'title: Base\nauthor: {name: A, email: a@x}\n',
    '/w/extra/dev.yml': 'author: {name: B}\n',
  });

  it('reads _config.yaml when there is no _config.yml, and _config.yml first when both exist', async () => {
    assert.equal(await readConfigText(fs, '/w/yaml'), 'permalink: /yaml/:title/\n');
    assert.equal((await loadConfig(fs, '/w/yaml')).permalink, '/yaml/:title/');
    assert.equal((await loadConfig(fs, '/w/yml')).permalink, '/yml/:title/');
    assert.equal(await readConfigText(fs, '/w/none'), undefined);
  });

  it('`--config a.yml,b.yml`: later files merge over earlier ones; a missing one adds its one problem (Jekyll stops: "could not be found")', async () => {
    const config = await loadConfig(fs, '/w/extra', ['/w/extra/base.yml', '/w/extra/missing.yml', '/w/extra/dev.yml']);
    assert.equal(config.raw.title, 'Base');
    assert.deepEqual(config.raw.author, { name: 'B', email: 'a@x' });
    assert.deepEqual(config.problems.map((p) => p.kind), ['missing']);
  });
});
