/**
 * What the site index shows through its API in the cases its first mutation run found untested
 * (issue #21): folder settings, files Jekyll does not read, size limits, deleted folders, data keys,
 * authors, template reads, progress, permalink counts and shapes. Where Jekyll has an opinion the
 * expected value comes from a scratch `jekyll build` (4.3.1), named in the test.
 */
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { MemoryFileSystem } from '../../src/core/fs';
import { readConfig } from '../../src/core/site/config';
import { BuildProgress, fileDateParts, permalinkShape, SiteIndex, SiteIndexOptions } from '../../src/core/site/siteIndex';

async function build(fs: MemoryFileSystem, options: SiteIndexOptions = {}, onProgress?: (p: BuildProgress) => void): Promise<SiteIndex> {
  const config = readConfig(new TextDecoder().decode((await fs.readFile('/s/_config.yml')) ?? new Uint8Array()));
  return SiteIndex.build(fs, '/s', config, options, onProgress);
}

/** A disk where some files are listed (and stat'ed) but gone when read: deleted between the walk and the read. */
class VanishingFileSystem extends MemoryFileSystem {
  constructor(files: Record<string, string>, private readonly gone: ReadonlySet<string>) {
    super(files);
  }
  override async readFile(path: string): Promise<Uint8Array | undefined> {
    return this.gone.has(path) ? undefined : super.readFile(path);
  }
}

const sortedKeys = (m: ReadonlyMap<string, unknown> | ReadonlySet<string> | undefined): string[] => [...(m?.keys() ?? [])].sort();
const POST = '---\ntitle: A post\ntags: [t]\n---\nBody\n';

describe('the site index reads the folders _config.yml names', () => {
  it('reads layouts_dir and data_dir with their slashes trimmed, at build and on update', async () => {
    // jekyll build 4.3.1 with `layouts_dir: //theme/layouts//` and `data_dir: //my/data//` renders a
    // page with `layout: wrap` from theme/layouts/wrap.html and prints site.data.things.a from my/data/things.yml.
    const fs = new MemoryFileSystem({
      '/s/_config.yml': 'layouts_dir: //theme/layouts//\ndata_dir: //my/data//\n',
      '/s/theme/layouts/wrap.html': '<b>{{ content }}</b>',
      '/s/my/data/things.yml': 'a: 1\n',
      '/s/_layouts/ignored.html': '{{ content }}',
      '/s/_data/ignored.yml': 'b: 2\n',
    });
    const index = await build(fs);
    assert.deepEqual(sortedKeys(index.layouts), ['wrap']);
    assert.equal(index.layoutFiles.get('wrap'), 'theme/layouts/wrap.html');
    assert.deepEqual(sortedKeys(index.dataKeys), ['things']);
    assert.deepEqual([...index.dataFiles], [['things', 'my/data/things.yml']]);
    index.update('/s/theme/layouts/page.html', '{{ content }}');
    index.update('/s/my/data/more.yml', 'c: 3\n');
    index.update('/s/_layouts/other.html', '{{ content }}');
    assert.deepEqual(sortedKeys(index.layouts), ['page', 'wrap']);
    assert.deepEqual(sortedKeys(index.dataKeys), ['more', 'things']);
  });
});

describe('the site index leaves out what Jekyll does not read', () => {
  for (const folder of ['.jekyll-cache', '.sass-cache', '.git', 'node_modules', 'vendor', '.bundle', '.vscode-test']) {
    it(`ignores a post under ${folder}/`, async () => {
      const index = await build(new MemoryFileSystem({ '/s/_config.yml': '', '/s/_posts/2020-01-01-a.md': POST }));
      const change = index.update(`/s/${folder}/_posts/2020-01-01-b.md`, '---\ntags: [hidden]\n---\n');
      assert.deepEqual(change, { configChanged: false, changed: false });
      assert.equal(index.postCount, 1);
      assert.equal(index.tags.has('hidden'), false);
      assert.equal([...index.siteDocuments.files].some((f) => f.startsWith(folder)), false);
    });
  }

  it('reads only data files (.yml, .yaml, .json, .csv, .tsv) in _data, not backups or notes', async () => {
    const index = await build(new MemoryFileSystem({
      '/s/_config.yml': '',
      '/s/_data/nav.yml': '- a\n',
      '/s/_data/nav.yml.bak': '- a\n',
      '/s/_data/readme.txt': 'notes\n',
      '/s/_data/people.CSV': 'a,b\n',
    }));
    assert.deepEqual(sortedKeys(index.dataKeys), ['nav', 'people']);
    index.update('/s/_data/old.json.orig', '{}');
    assert.deepEqual(sortedKeys(index.dataKeys), ['nav', 'people']);
  });

  it('reads Markdown and HTML pages (.htm too), not feeds or stylesheets with front matter', async () => {
    const fs = new MemoryFileSystem({
      '/s/_config.yml': '',
      '/s/about.md': '---\ntitle: About\n---\n',
      '/s/old.htm': '---\ntitle: Old\n---\n',
      '/s/feed.xml': '---\nlayout: null\n---\n<feed/>',
      '/s/notes.html.txt': '---\ntitle: x\n---\n',
    });
    const index = await build(fs);
    assert.deepEqual([...index.documents()].map((d) => d.info.relativePath).sort(), ['about.md', 'old.htm']);
    assert.ok(index.siteDocuments.files.has('feed.xml'));
    index.update('/s/atom.xml', '---\n---\n');
    index.update('/s/new.htm', '---\ntitle: New\n---\n');
    assert.deepEqual([...index.documents()].map((d) => d.info.relativePath).sort(), ['about.md', 'new.htm', 'old.htm']);
    assert.ok(index.siteDocuments.files.has('atom.xml'));
  });

  it('reads posts of any extension, not only Markdown and HTML, at build and on update', async () => {
    // jekyll build 4.3.1 of _posts/2020-01-04-notes.txt (front matter `tags: [plain]`) prints
    // `{{ site.posts | size }}` as 1 and site.tags as plain=1; the post is written to /2020/01/04/notes.txt.
    const index = await build(new MemoryFileSystem({ '/s/_config.yml': '', '/s/_posts/2020-01-04-notes.txt': '---\ntags: [plain]\n---\nD\n' }));
    assert.equal(index.postCount, 1);
    assert.deepEqual([...index.tags], [['plain', 1]]);
    index.update('/s/_posts/2020-01-05-more.txt', '---\ntags: [plain]\n---\n');
    assert.equal(index.postCount, 2);
    assert.deepEqual([...index.tags], [['plain', 2]]);
  });

  it('ignores files outside the site', async () => {
    const index = await build(new MemoryFileSystem({ '/s/_config.yml': '' }));
    assert.deepEqual(index.update('/elsewhere/a.png', 'png'), { configChanged: false, changed: false });
    assert.deepEqual([...index.siteDocuments.files].filter((f) => f.includes('elsewhere')), []);
  });

  it('skips dotfiles in _layouts, and keeps an empty _layouts folder apart from none', async () => {
    // jekyll build 4.3.1: a page with `layout: .wrap` warns "Layout '.wrap' requested in a.md does not exist" (_layouts/.wrap.html is left out).
    const index = await build(new MemoryFileSystem({ '/s/_config.yml': '', '/s/_layouts/.keep': '' }));
    assert.deepEqual(index.layouts, new Set());
  });

  it('names a layout after its file less the last extension only', async () => {
    // jekyll build 4.3.1: a page with `layout: post.min` is wrapped in _layouts/post.min.html.
    const index = await build(new MemoryFileSystem({ '/s/_config.yml': '', '/s/_layouts/post.min.html': '' }));
    assert.deepEqual(sortedKeys(index.layouts), ['post.min']);
  });

  it('knows layouts added after a build of a site without a _layouts folder', async () => {
    const index = await build(new MemoryFileSystem({ '/s/_config.yml': '' }));
    assert.equal(index.layouts, undefined);
    index.update('/s/_layouts/new.html', '{{ content }}');
    assert.deepEqual(sortedKeys(index.layouts), ['new']);
  });

  it('keeps a layout when a file of the same name that was never it is deleted', async () => {
    const index = await build(new MemoryFileSystem({ '/s/_config.yml': '', '/s/_layouts/post.html': '' }));
    index.update('/s/_layouts/post.liquid', undefined);
    assert.deepEqual(sortedKeys(index.layouts), ['post']);
  });
});

describe('the site index reports what an update changed', () => {
  it('says a post changed the facts, not the configuration', async () => {
    const index = await build(new MemoryFileSystem({ '/s/_config.yml': '' }));
    assert.deepEqual(index.update('/s/_posts/2020-01-01-a.md', POST), { configChanged: false, changed: true });
  });

  it('reports an unchanged static file as no change, a new one as a change of the site files', async () => {
    const fs = new MemoryFileSystem({ '/s/_config.yml': '', '/s/assets/a.png': 'png' });
    const index = await build(fs);
    const version = index.siteDocuments.version;
    assert.deepEqual(index.update('/s/assets/a.png', 'png'), { configChanged: false, changed: false });
    assert.equal(index.siteDocuments.version, version);
    assert.deepEqual(await index.refresh('/s/assets'), { configChanged: false, changed: false });
    assert.deepEqual(await index.refreshAll(['/s/assets/a.png']), { configChanged: false, changed: false });
    fs.write('/s/assets/b.png', 'png');
    assert.deepEqual(await index.refresh('/s/assets'), { configChanged: false, changed: true });
    assert.ok(index.siteDocuments.version > version);
  });

  it('reports a refreshed _config.yml for the host to rebuild, alone or in a burst', async () => {
    const fs = new MemoryFileSystem({ '/s/_config.yml': '' });
    const index = await build(fs);
    assert.deepEqual(await index.refresh('/s/_config.yml'), { configChanged: true, changed: false });
    fs.write('/s/_posts/2020-01-01-a.md', POST);
    assert.deepEqual(await index.refreshAll(['/s/_config.yml', '/s/_posts/2020-01-01-a.md']), { configChanged: true, changed: true });
    assert.deepEqual(await index.refreshAll(['/s/_config.yml']), { configChanged: true, changed: false });
  });

  it('keeps an editor’s unsaved text over the disk when the file is refreshed', async () => {
    const fs = new MemoryFileSystem({ '/s/_config.yml': '', '/s/_posts/2020-01-01-a.md': POST });
    const index = await build(fs);
    index.setOverlay('/s/_posts/2020-01-01-a.md', '---\ntags: [editor]\n---\n');
    fs.write('/s/_posts/2020-01-01-a.md', '---\ntags: [disk]\n---\n');
    assert.deepEqual(await index.refresh('/s/_posts/2020-01-01-a.md'), { configChanged: false, changed: false });
    assert.deepEqual(sortedKeys(index.tags), ['editor']);
    fs.delete('/s/_posts/2020-01-01-a.md');
    assert.deepEqual(await index.refresh('/s/_posts/2020-01-01-a.md'), { configChanged: false, changed: false });
    assert.deepEqual(sortedKeys(index.tags), ['editor']);
  });

  it('ignores paths outside the site and special files (a pipe) when refreshing', async () => {
    class PipeFileSystem extends MemoryFileSystem {
      override async stat(path: string) {
        return path.endsWith('pipe.md') ? { kind: 'other' as const, size: 0 } : super.stat(path);
      }
    }
    const fs = new PipeFileSystem({ '/s/_config.yml': '', '/elsewhere/_posts/2020-01-01-x.md': POST, '/elsewhere/big.png': 'x'.repeat(500) });
    const index = await build(fs, { maxFileBytes: 100 });
    assert.deepEqual(await index.refreshAll(['/elsewhere/_posts/2020-01-01-x.md', '/elsewhere', '/elsewhere/big.png']), { configChanged: false, changed: false });
    fs.write('/s/_posts/2020-01-01-pipe.md', POST);
    assert.deepEqual(await index.refresh('/s/_posts/2020-01-01-pipe.md'), { configChanged: false, changed: false });
    assert.equal(index.postCount, 0);
    assert.deepEqual(index.skipped, []);
  });

  it('keeps an editor’s text that arrives while the disk is being read', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    class SlowFileSystem extends MemoryFileSystem {
      slow = false;
      override async readFile(path: string) {
        if (this.slow) await gate;
        return super.readFile(path);
      }
    }
    const fs = new SlowFileSystem({ '/s/_config.yml': '', '/s/_posts/2020-01-01-a.md': POST });
    const index = await build(fs);
    fs.write('/s/_posts/2020-01-01-a.md', '---\ntags: [disk]\n---\n');
    fs.slow = true;
    const refreshing = index.refresh('/s/_posts/2020-01-01-a.md');
    await new Promise((resolve) => setImmediate(resolve));
    index.setOverlay('/s/_posts/2020-01-01-a.md', '---\ntags: [editor]\n---\n');
    release();
    assert.deepEqual(await refreshing, { configChanged: false, changed: false });
    assert.deepEqual(sortedKeys(index.tags), ['editor']);
  });

  it('drops a post whose file is gone when read, at build and on refresh', async () => {
    const files = { '/s/_config.yml': '', '/s/_posts/2020-01-01-a.md': POST, '/s/_posts/2020-01-02-b.md': '---\ntags: [b]\n---\n' };
    const index = await build(new VanishingFileSystem(files, new Set(['/s/_posts/2020-01-02-b.md'])));
    assert.equal(index.postCount, 1);
    assert.deepEqual(sortedKeys(index.tags), ['t']);
    const fs = new VanishingFileSystem(files, new Set(['/s/_posts/2020-01-01-a.md']));
    const later = await build(new MemoryFileSystem(files));
    Object.assign(later, { fs });
    await later.refresh('/s/_posts/2020-01-01-a.md');
    assert.equal(later.postCount, 1);
    assert.deepEqual(sortedKeys(later.tags), ['b']);
  });

  it('reads _data/authors.yml again when it changes on disk', async () => {
    const fs = new MemoryFileSystem({ '/s/_config.yml': '', '/s/_data/authors.yml': 'ana:\n  name: Ana\n' });
    const index = await build(fs);
    fs.write('/s/_data/authors.yml', 'bob:\n  name: Bob\n');
    await index.refresh('/s/_data/authors.yml');
    assert.deepEqual(sortedKeys(index.authors), ['bob']);
    assert.equal(index.authors.get('bob')?.name, 'Bob');
  });
});

describe('the site index skips large files, and only documents', () => {
  it('says which file it skipped when there is one, and nothing when there is none', async () => {
    const big = `---\ntags: [big]\n---\n${'x'.repeat(2000)}`;
    const none = await build(new MemoryFileSystem({ '/s/_config.yml': '', '/s/_posts/2020-01-01-a.md': POST }), { maxFileBytes: 1000 });
    assert.deepEqual(none.notices(), []);
    const one = await build(new MemoryFileSystem({ '/s/_config.yml': '', '/s/_posts/2020-01-01-big.md': big }), { maxFileBytes: 1000 });
    assert.deepEqual(one.notices(), [{ template: 'The site index skipped {0}: it is larger than {1} MB.', args: ['_posts/2020-01-01-big.md', 0] }]);
  });

  it('names the count and the first file when it skipped several', async () => {
    const big = `---\ntags: [big]\n---\n${'x'.repeat(2000)}`;
    const index = await build(new MemoryFileSystem({ '/s/_config.yml': '', '/s/_posts/2020-01-01-big.md': big, '/s/_posts/2020-01-02-big.md': big }), { maxFileBytes: 1000 });
    assert.deepEqual(index.notices(), [{ template: 'The site index skipped {0} files larger than {1} MB, such as {2}.', args: [2, 0, '_posts/2020-01-01-big.md'] }]);
  });

  it('reads a file of exactly the limit, at build and on refresh', async () => {
    const text = `---\ntags: [edge]\n---\n`;
    const size = new TextEncoder().encode(text).length;
    const fs = new MemoryFileSystem({ '/s/_config.yml': '', '/s/_posts/2020-01-01-a.md': text, '/s/_data/authors.yml': 'ana:\n  name: Ana\n'.padEnd(size) });
    const index = await build(fs, { maxFileBytes: size });
    assert.equal(index.tags.get('edge'), 1);
    assert.deepEqual(sortedKeys(index.authors), ['ana']);
    fs.write('/s/_posts/2020-01-02-b.md', text);
    await index.refresh('/s/_posts/2020-01-02-b.md');
    assert.equal(index.tags.get('edge'), 2);
    assert.deepEqual(index.skipped, []);
  });

  it('skips a post that grew past the limit on refresh, and forgets it once deleted', async () => {
    const fs = new MemoryFileSystem({ '/s/_config.yml': '', '/s/_posts/2020-01-01-a.md': POST });
    const index = await build(fs, { maxFileBytes: 100 });
    fs.write('/s/_posts/2020-01-01-a.md', `${POST}${'x'.repeat(200)}`);
    await index.refresh('/s/_posts/2020-01-01-a.md');
    assert.equal(index.postCount, 0);
    assert.deepEqual(index.skipped, ['_posts/2020-01-01-a.md']);
    index.update('/s/_posts/2020-01-01-a.md', undefined);
    assert.deepEqual(index.skipped, []);
    assert.deepEqual(index.notices(), []);
  });

  it('reads a skipped post again once it shrinks under the limit, and stops naming it', async () => {
    const fs = new MemoryFileSystem({ '/s/_config.yml': '', '/s/_posts/2020-01-01-a.md': `${POST}${'x'.repeat(200)}` });
    const index = await build(fs, { maxFileBytes: 100 });
    assert.deepEqual(index.skipped, ['_posts/2020-01-01-a.md']);
    fs.write('/s/_posts/2020-01-01-a.md', POST);
    await index.refresh('/s/_posts/2020-01-01-a.md');
    assert.equal(index.postCount, 1);
    assert.deepEqual(index.skipped, []);
    assert.deepEqual(index.notices(), []);
  });

  it('keeps large static files and layouts refreshed from disk (it does not read them), without a notice', async () => {
    const fs = new MemoryFileSystem({ '/s/_config.yml': '', '/s/_layouts/page.html': '' });
    const index = await build(fs, { maxFileBytes: 100 });
    fs.write('/s/assets/photo.jpg', 'x'.repeat(500));
    fs.write('/s/_layouts/big.html', 'x'.repeat(500));
    await index.refreshAll(['/s/assets/photo.jpg', '/s/_layouts/big.html']);
    assert.ok(index.siteDocuments.files.has('assets/photo.jpg'));
    assert.deepEqual(sortedKeys(index.layouts), ['big', 'page']);
    assert.deepEqual(index.notices(), []);
  });

  it('leaves out the authors of a _data/authors.yml over the limit', async () => {
    const index = await build(new MemoryFileSystem({ '/s/_config.yml': '', '/s/_data/authors.yml': `ana:\n  name: Ana\n# ${'x'.repeat(200)}\n` }), { maxFileBytes: 100 });
    assert.equal(index.authors.size, 0);
    assert.deepEqual(sortedKeys(index.dataKeys), ['authors']);
  });
});

describe('the site index drops everything under a deleted folder, and only that', () => {
  async function siteWithFolders(): Promise<{ fs: MemoryFileSystem; index: SiteIndex }> {
    const fs = new MemoryFileSystem({
      '/s/_config.yml': '',
      '/s/_posts/2020-01-01-a.md': '---\ntags: [a]\n---\n',
      '/s/_posts/en/2020-01-02-b.md': '---\ntags: [b]\n---\n',
      '/s/_posts/en/big/2020-01-03-c.md': `---\ntags: [c]\n---\n${'x'.repeat(500)}`,
      '/s/_layouts/post.html': '',
      '/s/_layouts/en/post.html': '',
      '/s/_data/nav.yml': '- a\n',
      '/s/_data/en/nav.yml': '- b\n',
      '/s/assets/a.png': 'png',
    });
    return { fs, index: await build(fs, { maxFileBytes: 100 }) };
  }
  const remove = (fs: MemoryFileSystem, prefix: string): void => {
    for (const path of ['/s/_posts/en/2020-01-02-b.md', '/s/_posts/en/big/2020-01-03-c.md', '/s/_layouts/en/post.html', '/s/_data/en/nav.yml']) if (path.startsWith(prefix)) fs.delete(path);
  };

  it('a posts folder: its posts and skipped files go, the others stay', async () => {
    const { fs, index } = await siteWithFolders();
    assert.deepEqual(index.skipped, ['_posts/en/big/2020-01-03-c.md']);
    const version = index.version;
    const files = index.siteDocuments.version;
    remove(fs, '/s/_posts/en/');
    assert.deepEqual(await index.refresh('/s/_posts/en'), { configChanged: false, changed: true });
    assert.deepEqual(sortedKeys(index.tags), ['a']);
    assert.deepEqual(index.skipped, []);
    assert.deepEqual(sortedKeys(index.layouts), ['en/post', 'post']);
    assert.deepEqual(sortedKeys(index.dataKeys), ['en', 'nav']);
    assert.ok(index.version > version);
    assert.ok(index.siteDocuments.version > files);
    assert.deepEqual([...index.siteDocuments.files].filter((f) => f.startsWith('_posts/')), ['_posts/2020-01-01-a.md']);
  });

  it('a layouts folder: its layouts go, the others stay', async () => {
    const { fs, index } = await siteWithFolders();
    const version = index.version;
    remove(fs, '/s/_layouts/en/');
    assert.deepEqual(await index.refresh('/s/_layouts/en'), { configChanged: false, changed: true });
    assert.deepEqual(sortedKeys(index.layouts), ['post']);
    assert.deepEqual(sortedKeys(index.tags), ['a', 'b']);
    assert.deepEqual(index.skipped, ['_posts/en/big/2020-01-03-c.md']);
    assert.ok(index.version > version);
  });

  it('a data folder: its key goes, the others stay', async () => {
    const { fs, index } = await siteWithFolders();
    remove(fs, '/s/_data/en/');
    assert.deepEqual(await index.refresh('/s/_data/en'), { configChanged: false, changed: true });
    assert.deepEqual(sortedKeys(index.dataKeys), ['nav']);
    assert.deepEqual(sortedKeys(index.layouts), ['en/post', 'post']);
  });

  it('a folder of static files: its files go from the site map', async () => {
    const { fs, index } = await siteWithFolders();
    const version = index.version;
    const files = index.siteDocuments.version;
    fs.delete('/s/assets/a.png');
    assert.deepEqual(await index.refresh('/s/assets'), { configChanged: false, changed: true });
    assert.equal(index.siteDocuments.files.has('assets/a.png'), false);
    assert.ok(index.version > version);
    assert.ok(index.siteDocuments.version > files);
  });

  it('a folder the index never knew: no change, the version kept', async () => {
    const { index } = await siteWithFolders();
    const version = index.version;
    const files = index.siteDocuments.version;
    assert.deepEqual(await index.refresh('/s/nothing-here'), { configChanged: false, changed: false });
    assert.equal(index.version, version);
    assert.equal(index.siteDocuments.version, files);
  });
});

describe('the site index keeps data keys and authors apart', () => {
  it('keeps a data key while one of its files remains, and names the first file', async () => {
    const index = await build(new MemoryFileSystem({ '/s/_config.yml': '', '/s/_data/nav.yml': '- a\n', '/s/_data/nav/main.yml': '- b\n' }));
    assert.equal(index.dataFiles.get('nav'), '_data/nav.yml');
    index.update('/s/_data/nav/extra.yml', '- c\n');
    index.update('/s/_data/nav/extra.yml', undefined);
    assert.deepEqual(sortedKeys(index.dataKeys), ['nav']);
    index.update('/s/_data/nav/main.yml', undefined);
    assert.deepEqual(sortedKeys(index.dataKeys), ['nav']);
    index.update('/s/_data/nav.yml', undefined);
    assert.deepEqual(sortedKeys(index.dataKeys), []);
  });

  it('reads authors from _data/authors.* only, not from other data files or nested authors files', async () => {
    const index = await build(new MemoryFileSystem({ '/s/_config.yml': '', '/s/_data/team/authors.yml': 'x:\n  name: X\n' }));
    assert.equal(index.hasAuthorRegistry, false);
    index.update('/s/_data/nav.yml', 'home:\n  name: Home\n');
    index.update('/s/_data/old/authors.yml', 'y:\n  name: Y\n');
    assert.deepEqual(sortedKeys(index.authors), []);
    index.update('/s/_data/authors.yml', 'z:\n  name: Z\n');
    assert.deepEqual(sortedKeys(index.authors), ['z']);
    assert.equal(index.hasAuthorRegistry, true);
  });

  it('forgets the authors of a deleted _data/authors.yml', async () => {
    const index = await build(new MemoryFileSystem({ '/s/_config.yml': '', '/s/_data/authors.yml': 'ana:\n  name: Ana\n' }));
    assert.deepEqual(sortedKeys(index.authors), ['ana']);
    index.update('/s/_data/authors.yml', undefined);
    assert.deepEqual(sortedKeys(index.authors), []);
  });

  it('fills what an _authors document leaves out from _data/authors.yml', async () => {
    const index = await build(new MemoryFileSystem({
      '/s/_config.yml': 'collections:\n  authors:\n    output: true\n',
      '/s/_authors/ana.md': '---\nlogin: ana\nname: Ana\n---\n',
      '/s/_data/authors.yml': 'ana:\n  name: Ana D.\n  bio: Writes.\n',
    }));
    assert.equal(index.authors.get('ana')?.name, 'Ana');
    assert.equal(index.authors.get('ana')?.bio, 'Writes.');
  });

  it('takes an author from _data/authors.json over _data/authors.yml, whichever was read last', async () => {
    // jekyll build 4.3.1 with both files naming `ana` prints site.data.authors.ana.name from the JSON file: "Ana J".
    const fs = new MemoryFileSystem({ '/s/_config.yml': '', '/s/_data/authors.yml': 'ana:\n  name: Ana Y\n', '/s/_data/authors.json': '{"ana": {"name": "Ana J"}}' });
    const index = await build(fs);
    assert.equal(index.authors.get('ana')?.name, 'Ana J');
    index.update('/s/_data/authors.json', undefined);
    assert.equal(index.authors.get('ana')?.name, 'Ana Y');
    index.update('/s/_data/authors.json', '{"ana": {"name": "Ana J"}}');
    assert.equal(index.authors.get('ana')?.name, 'Ana J');
  });

  it('does not take documents of other collections for authors', async () => {
    const index = await build(new MemoryFileSystem({
      '/s/_config.yml': 'collections:\n  recipes:\n    output: true\n',
      '/s/_recipes/soup.md': '---\nname: Soup\n---\n',
    }));
    assert.deepEqual(sortedKeys(index.authors), []);
  });
});

describe('the site index follows the templates that read front matter keys', () => {
  it('reports a change of what the includes read, and no change when they read the same', async () => {
    const fs = new MemoryFileSystem({ '/s/_config.yml': '', '/s/_includes/meta.html': '{{ page.date_gmt }} {{ page.permalink }}' });
    const index = await build(fs);
    assert.deepEqual(sortedKeys(index.templateKeys), ['date_gmt', 'permalink']);
    await index.refresh('/s/_includes/meta.html');
    fs.write('/s/_includes/meta.html', '{{ page.date_gmt }} {{ page.permalink }} <!-- same keys -->');
    assert.deepEqual(await index.refresh('/s/_includes/meta.html'), { configChanged: false, changed: false });
    fs.write('/s/_includes/meta.html', '{{ page.date_gmt }}');
    assert.deepEqual(await index.refresh('/s/_includes/meta.html'), { configChanged: false, changed: true });
    assert.deepEqual(sortedKeys(index.templateKeys), ['date_gmt']);
    fs.write('/s/_includes/meta.html', '{{ page.permalink }}');
    assert.deepEqual(await index.refresh('/s/_includes/meta.html'), { configChanged: false, changed: true });
    assert.deepEqual(sortedKeys(index.templateKeys), ['permalink']);
  });
});

describe('the site index reports its progress while it builds', () => {
  it('reports every 100 files read, then the total', async () => {
    const files: Record<string, string> = { '/s/_config.yml': '' };
    for (let i = 0; i < 250; i++) files[`/s/_posts/2020-01-01-p${String(i).padStart(3, '0')}.md`] = POST;
    const reports: BuildProgress[] = [];
    const index = await build(new MemoryFileSystem(files), { concurrency: 1 }, (p) => reports.push(p));
    assert.equal(index.postCount, 250);
    assert.equal(reports[0].done, 100);
    assert.equal(reports[1].done, 200);
    assert.ok(reports.length <= 4, `${reports.length} reports`);
    for (const r of reports) assert.ok(r.done <= r.total);
    assert.deepEqual(reports[reports.length - 1], { done: 250, total: 250 });
  });
});

describe('the site index counts what posts write', () => {
  it('counts posts with a permalink and how it ends, not a null one', async () => {
    // jekyll build 4.3.1 ignores `permalink:` (null): 2020-01-05-e.md is written to 2020/01/05/e.html.
    const index = await build(new MemoryFileSystem({
      '/s/_config.yml': '',
      '/s/_posts/2020-01-01-a.md': '---\npermalink: /a/\n---\n',
      '/s/_posts/2020-01-02-b.md': '---\npermalink: /b.html\n---\n',
      '/s/_posts/2020-01-03-c.md': '---\npermalink: /c\n---\n',
      '/s/_posts/2020-01-05-e.md': '---\npermalink:\n---\n',
    }));
    assert.equal(index.postsWithPermalink, 3);
    assert.deepEqual(index.trailingSlash, { slash: 1, noSlash: 2 });
    index.update('/s/_posts/2020-01-02-b.md', undefined);
    assert.equal(index.postsWithPermalink, 2);
    assert.deepEqual(index.trailingSlash, { slash: 1, noSlash: 1 });
    assert.deepEqual([...index.permalinkShapes].sort(), [['/:slug', 1], ['/:slug/', 1]]);
  });

  it('keeps categories for posts and drafts, none for pages', async () => {
    const index = await build(new MemoryFileSystem({
      '/s/_config.yml': '',
      '/s/_drafts/d.md': '---\ncategories: [draft-cat]\n---\n',
      '/s/about.md': '---\ncategories: [page-cat]\n---\n',
    }));
    assert.deepEqual(index.document('/s/_drafts/d.md')?.categories, ['draft-cat']);
    assert.deepEqual(index.document('/s/about.md')?.categories, []);
    assert.deepEqual(sortedKeys(index.categories), ['draft-cat']);
  });

  it('applies `type: pages` defaults to pages', async () => {
    // jekyll build 4.3.1: a `defaults` scope `type: pages` gives pages its values.
    const index = await build(new MemoryFileSystem({
      '/s/_config.yml': 'defaults:\n  - scope: {path: "", type: pages}\n    values: {layout: page}\n',
      '/s/about.md': '---\ntitle: About\n---\n',
    }));
    assert.equal(index.document('/s/about.md')?.data.layout, 'page');
  });

  it('marks drafts and unpublished posts unwritten (Jekyll renders neither without --drafts / --unpublished) and leaves Markdown without front matter out', async () => {
    const index = await build(new MemoryFileSystem({
      '/s/_config.yml': '',
      '/s/_posts/2020-01-01-a.md': '---\ntitle: A\n---\n',
      '/s/_posts/2020-01-02-hidden.md': '---\npublished: false\n---\n',
      '/s/_drafts/d.md': '---\ntitle: D\n---\n',
      '/s/plain.md': 'No front matter: Jekyll copies it as a static file.\n',
    }));
    assert.deepEqual([...index.siteDocuments.all.values()].map((d) => [d.path, d.written, d.reason]).sort(), [
      ['_drafts/d.md', false, 'draft'],
      ['_posts/2020-01-01-a.md', true, undefined],
      ['_posts/2020-01-02-hidden.md', false, 'published is falsy'],
    ]);
  });
});

describe('permalink shapes with file dates and extensions', () => {
  it('reads a permalink with the zero-padded file date as :year/:month/:day', () => {
    assert.equal(permalinkShape('/2014/06/04/retours/', { slug: 'retours', fileDate: '2014-6-4' }), '/:year/:month/:day/:slug/');
    assert.equal(permalinkShape('/fr/retours.htm', { lang: 'fr', slug: 'retours' }), '/:lang/:slug.htm');
    assert.equal(permalinkShape('/blog/06/', { slug: 'x', fileDate: '2014-06-04' }), '/blog/:month/');
  });

  it('reads only a whole file date', () => {
    assert.equal(fileDateParts('x2014-06-04'), undefined);
    assert.equal(fileDateParts('2014-06-04x'), undefined);
    assert.deepEqual(fileDateParts('2014-6-4'), { year: '2014', month: '06', day: '04' });
  });
});

describe('the site map dates posts in the machine’s zone when the site sets none', () => {
  it('writes a post of 23:30 UTC on the next day in Tokyo', async () => {
    // TZ=Asia/Tokyo jekyll build 4.3.1 (no `timezone:`) writes _posts/2014-06-04-late.md with
    // `date: 2014-06-04 23:30:00 +0000` to _site/2014/06/05/late.html.
    const saved = process.env.TZ;
    process.env.TZ = 'Asia/Tokyo';
    try {
      const index = await build(new MemoryFileSystem({ '/s/_config.yml': '', '/s/_posts/2014-06-04-late.md': '---\ndate: 2014-06-04 23:30:00 +0000\n---\nX\n' }));
      assert.equal(index.siteDocuments.all.get('_posts/2014-06-04-late.md')?.url, '/2014/06/05/late.html');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('the site index follows symbolic links in _layouts', () => {
  it('reads a linked layout, and what it reads', async () => {
    // jekyll build 4.3.1: _layouts/linked.html, a link to ../real/linked.html, wraps a page with
    // `layout: linked` and prints its `date_gmt`.
    class LinkedFileSystem extends MemoryFileSystem {
      override async readDirectory(path: string) {
        const entries = await super.readDirectory(path);
        return entries?.map((e) => (path === '/s/_layouts' && e.name === 'linked.html' ? { name: e.name, kind: 'symlink' as const, target: { kind: 'file' as const } } : e));
      }
    }
    const fs = new LinkedFileSystem({ '/s/_config.yml': '', '/s/_layouts/linked.html': '<i>{{ content }}</i>{{ page.date_gmt }}' });
    const index = await build(fs);
    assert.deepEqual(sortedKeys(index.layouts), ['linked']);
    assert.deepEqual(sortedKeys(index.templateKeys), ['date_gmt']);
  });

  it('does not enter a linked folder (Jekyll warns "Layout \'sub/deep\' requested in b.md does not exist" for _layouts/sub linked to a folder)', async () => {
    class LinkedFolderFileSystem extends MemoryFileSystem {
      override async readDirectory(path: string) {
        const entries = await super.readDirectory(path);
        return entries?.map((e) => (path === '/s/_layouts' && e.name === 'sub' ? { name: e.name, kind: 'symlink' as const, target: { kind: 'directory' as const } } : e));
      }
    }
    const index = await build(new LinkedFolderFileSystem({ '/s/_config.yml': '', '/s/_layouts/page.html': '', '/s/_layouts/sub/deep.html': '' }));
    assert.deepEqual(sortedKeys(index.layouts), ['page']);
  });

  it('lists no layout for a folder of _layouts deleted between the two reads', async () => {
    class VanishingFolderFileSystem extends MemoryFileSystem {
      override async readDirectory(path: string) {
        return path === '/s/_layouts/gone' ? undefined : super.readDirectory(path);
      }
    }
    const index = await build(new VanishingFolderFileSystem({ '/s/_config.yml': '', '/s/_layouts/page.html': '', '/s/_layouts/gone/old.html': '' }));
    assert.deepEqual(sortedKeys(index.layouts), ['page']);
  });

  it('follows a linked layout in safe mode whatever the order its walks start in', async () => {
    // Jekyll 4.3.1 with `safe: true` reads a link whose real path stays in the site (see symlinks.test.ts).
    class SlowRealPathFileSystem extends MemoryFileSystem {
      async realPath(path: string): Promise<string> {
        for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
        return path;
      }
      override async readDirectory(path: string) {
        const entries = await super.readDirectory(path);
        return entries?.map((e) => (path === '/s/_layouts' && e.name === 'linked.html' ? { name: e.name, kind: 'symlink' as const, target: { kind: 'file' as const, realPath: '/s/_layouts/real.html' } } : e));
      }
    }
    const index = await build(new SlowRealPathFileSystem({ '/s/_config.yml': 'safe: true\n', '/s/_layouts/linked.html': '' }));
    assert.deepEqual(sortedKeys(index.layouts), ['linked']);
  });
});
