// Which files of a site the walk hands to the linter, the URL list and the index: the files Jekyll
// reads (posts in any `_posts` folder, collection documents, pages), not those it skips, and never
// build output, caches or dependencies.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DirEntry, MemoryFileSystem } from '../../src/core/fs';
import { readConfig } from '../../src/core/site/config';
import { SiteFile, walkSite } from '../../src/core/site/siteFiles';

/** A memory file system with folders that cannot be listed and extra entries (links, sockets). */
class TestFs extends MemoryFileSystem {
  constructor(files: Record<string, string>, private readonly locked: string[] = [], private readonly extra: Record<string, DirEntry[]> = {}) {
    super(files);
  }
  override async readDirectory(path: string): Promise<readonly DirEntry[] | undefined> {
    if (this.locked.includes(path)) return undefined;
    const found = await super.readDirectory(path);
    const more = this.extra[path];
    return more ? [...(found ?? []), ...more] : found;
  }
}

const rels = (files: SiteFile[]): string[] => files.map((f) => f.info.relativePath).sort();

describe('the files a walk of the site finds', () => {
  const posts = '---\ntitle: A\n---\n';
  it('posts in every _posts folder, collection documents in their folder, pages; not what exclude names', async () => {
    const fs = new TestFs({
      '/s/_config.yml': 'x',
      '/s/_posts/2020-01-01-a.md': posts,
      '/s/blog/_posts/2020-01-02-b.md': posts,
      '/s/_recipes/soup.md': posts,
      '/s/.recipes/hidden.md': posts,
      '/s/about.md': posts,
      '/s/old/gone.md': posts,
      '/s/_layouts/default.html': '{{ content }}',
    });
    const config = readConfig('collections:\n  recipes:\n    output: true\nexclude: [old]\n');
    const heard: string[] = [];
    const walk = await walkSite(fs, '/s', config, '/s', (f) => heard.push(f.path));
    assert.deepEqual(rels(walk.files), ['_posts/2020-01-01-a.md', '_recipes/soup.md', 'about.md', 'blog/_posts/2020-01-02-b.md']);
    assert.deepEqual(walk.files.map((f) => f.path), heard);
    assert.deepEqual(walk.unreadable, []);
  });

  it('with collections_dir, documents in <collections_dir>/_<label> only', async () => {
    const fs = new TestFs({
      '/s/my/_recipes/soup.md': posts,
      '/s/_recipes/stray.md': posts,
      '/s/my/sub/_recipes/deeper.md': posts,
    });
    const config = readConfig('collections_dir: my\ncollections:\n  recipes:\n    output: true\n');
    assert.deepEqual(rels((await walkSite(fs, '/s', config)).files), ['my/_recipes/soup.md']);
  });

  it('never walks into build output, caches, dependencies or VS Code’s test host, even when include lets Jekyll read them', async () => {
    const files: Record<string, string> = { '/s/index.md': posts };
    for (const dir of ['_site', '.jekyll-cache', '.sass-cache', '.git', 'node_modules', '.bundle', '.vscode-test']) files[`/s/${dir}/x.md`] = posts;
    files['/s/.github/y.md'] = posts;
    const config = readConfig('include: [""]\nexclude: []\n');
    assert.deepEqual(rels((await walkSite(new TestFs(files), '/s', config)).files), ['.github/y.md', 'index.md']);
  });

  it('names each folder it could not list, relative to the root, and goes on', async () => {
    const fs = new TestFs({ '/s/_posts/2020-01-01-a.md': posts, '/s/about.md': posts, '/s/docs/a.md': posts }, ['/s/_posts', '/s/docs']);
    const walk = await walkSite(fs, '/s', readConfig(''));
    assert.deepEqual(rels(walk.files), ['about.md']);
    assert.deepEqual(walk.unreadable, ['_posts', 'docs']);
    assert.deepEqual((await walkSite(fs, '/none', readConfig(''))).unreadable, ['.']);
  });

  it('from a folder inside the site: its files only, with paths relative to the root', async () => {
    const fs = new TestFs({ '/s/_posts/2020-01-01-a.md': posts, '/s/about.md': posts });
    const walk = await walkSite(fs, '/s', readConfig(''), '/s/_posts/');
    assert.deepEqual(walk.files.map((f) => [f.path, f.info.relativePath]), [['/s/_posts/2020-01-01-a.md', '_posts/2020-01-01-a.md']]);
  });

  it('a site at the root of the file system, or given as the working folder', async () => {
    const top = new TestFs({ '/_posts/2020-01-01-a.md': posts, '/about.md': posts });
    assert.deepEqual((await walkSite(top, '/', readConfig(''))).files.map((f) => [f.path, f.info.relativePath]), [['/_posts/2020-01-01-a.md', '_posts/2020-01-01-a.md'], ['/about.md', 'about.md']]);
    // The working folder `.`: what Node's fs lists for relative paths.
    class Cwd extends MemoryFileSystem {
      override async readDirectory(path: string) {
        return super.readDirectory(path === '.' ? '/cwd' : `/cwd/${path}`);
      }
    }
    const cwd = new Cwd({ '/cwd/_posts/2020-01-01-a.md': posts, '/cwd/about.md': posts });
    assert.deepEqual((await walkSite(cwd, '.', readConfig(''))).files.map((f) => [f.path, f.info.relativePath]), [['_posts/2020-01-01-a.md', '_posts/2020-01-01-a.md'], ['about.md', 'about.md']]);
  });

  it('follows a link to a file, not a link to a folder, a broken link or a socket; in safe mode not a link leading outside the site', async () => {
    const fs = new TestFs({ '/s/about.md': posts }, [], {
      '/s': [
        { name: 'linked.md', kind: 'symlink', target: { kind: 'file', realPath: '/s/shared/linked.md' } },
        { name: 'outside.md', kind: 'symlink', target: { kind: 'file', realPath: '/elsewhere/outside.md' } },
        { name: 'folder-link', kind: 'symlink', target: { kind: 'directory', realPath: '/s/about-dir' } },
        { name: 'broken.md', kind: 'symlink', target: { kind: 'other' } },
        { name: 'socket.md', kind: 'other' },
      ],
    });
    assert.deepEqual(rels((await walkSite(fs, '/s', readConfig(''))).files), ['about.md', 'linked.md', 'outside.md']);
    assert.deepEqual(rels((await walkSite(fs, '/s', readConfig('safe: true\n'))).files), ['about.md', 'linked.md']);
  });

  it('a folder whose name ends in `.`: read inside _posts, _drafts and collection folders only (Jekyll 4.3.1 wrote b, c, dd, ee, g and img.png, nothing else)', async () => {
    const fs = new TestFs({
      '/s/xdocs/x./_posts/2020-01-04-y.md': posts,
      '/s/_docs/e./f./g.md': posts,
      '/s/blog/_posts/s./2020-01-05-c.md': posts,
      '/s/folder./_posts/2020-01-01-a.md': posts,
      '/s/_posts/sub./2020-01-02-b.md': posts,
      '/s/_drafts/d./dd.md': posts,
      '/s/_docs/e./ee.md': posts,
      '/s/_docs/e./img.png': 'png',
      '/s/docs/x./_posts/2020-01-03-x.md': posts,
      '/s/pages./c.md': posts,
    });
    const config = readConfig('collections:\n  docs:\n    output: true\n');
    assert.deepEqual(rels((await walkSite(fs, '/s', config)).files), ['_docs/e./ee.md', '_docs/e./f./g.md', '_docs/e./img.png', '_drafts/d./dd.md', '_posts/sub./2020-01-02-b.md', 'blog/_posts/s./2020-01-05-c.md']);
    assert.deepEqual(rels((await walkSite(fs, '/s', config, '/s/_posts')).files), ['_posts/sub./2020-01-02-b.md'], 'from the posts folder');
    assert.deepEqual(rels((await walkSite(fs, '/s', config, '/s/blog/_posts')).files), ['blog/_posts/s./2020-01-05-c.md'], 'from a posts folder below another');
    assert.deepEqual(rels((await walkSite(fs, '/s', config, '/s/_docs/e.')).files), ['_docs/e./ee.md', '_docs/e./f./g.md', '_docs/e./img.png'], 'from inside a collection folder');
    assert.deepEqual(rels((await walkSite(fs, '/s', config, '/s/docs')).files), [], 'from a folder named like the collection');
  });

  it('stops 64 folders down (a guard against a host that lists a loop)', async () => {
    const deep = (n: number): string => `/s/${Array.from({ length: n }, (_, i) => `d${i}`).join('/')}/p.md`;
    const fs = new TestFs({ [deep(64)]: posts, [deep(65)]: posts, [deep(66)]: posts });
    const found = (await walkSite(fs, '/s', readConfig(''))).files.map((f) => f.path);
    assert.deepEqual(found, [deep(64)]);
  });
});
