// Which files of a site count as its templates when deciding whether the site reads `date_gmt` or
// `permalink`: what Jekyll 4.3.1 uses (checked by builds of scratch sites, 5 December 2026): layouts
// from `layouts_dir` (`//theme/_lay//` works), includes from `includes_dir`, plugins from every
// folder of a `plugins_dir` list but not a dot file in it; root files with front matter (`index.htm`,
// a fence `---   ` with trailing spaces), not one without it (copied as is, even with a `---` line
// further down), nor a backup `notes.md~` (skipped).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DirEntry, linkPolicy, MemoryFileSystem } from '../../src/core/fs';
import { readConfig } from '../../src/core/site/config';
import { SiteIndex } from '../../src/core/site/siteIndex';
import { templateReads } from '../../src/core/site/templateReads';

/** Memory files plus extra entries (links) and files the host lists but cannot read. */
class TestFs extends MemoryFileSystem {
  constructor(files: Record<string, string | Uint8Array>, private readonly extra: Record<string, DirEntry[]> = {}, private readonly unreadable: string[] = []) {
    super(files);
  }
  override async readDirectory(path: string): Promise<readonly DirEntry[] | undefined> {
    const found = await super.readDirectory(path);
    const more = this.extra[path];
    return more ? [...(found ?? []), ...more] : found;
  }
  override async readFile(path: string): Promise<Uint8Array | undefined> {
    return this.unreadable.includes(path) ? undefined : super.readFile(path);
  }
}

async function keys(files: Record<string, string | Uint8Array>, configText = '', fs?: MemoryFileSystem): Promise<string[]> {
  const config = readConfig(configText);
  const site = fs ?? new TestFs({ '/s/_config.yml': configText, ...files });
  return [...(await templateReads(site, '/s', config, await linkPolicy(site, '/s', config.raw.safe === true)))].sort();
}

const GMT = '<time>{{ page.date_gmt }}</time>';

describe('the folders whose files are templates', () => {
  it('layouts_dir, includes_dir and each plugins_dir folder, written with slashes or not', async () => {
    const config = 'layouts_dir: //theme/_lay//\nincludes_dir: /_inc/\nplugins_dir: [_plugins, _plug]\n';
    assert.deepEqual(await keys({ '/s/theme/_lay/post.html': GMT }, config), ['date_gmt']);
    assert.deepEqual(await keys({ '/s/_inc/meta.html': GMT }, config), ['date_gmt']);
    assert.deepEqual(await keys({ '/s/_plug/gmt.rb': 'doc.data["date_gmt"]' }, config), ['date_gmt']);
    assert.deepEqual(await keys({ '/s/_plugins/gmt.rb': 'doc.data["date_gmt"]' }, config), ['date_gmt']);
    // The default folders are then not the site's.
    assert.deepEqual(await keys({ '/s/_layouts/post.html': GMT, '/s/_includes/meta.html': GMT }, config), []);
    assert.deepEqual(await keys({ '/s/_plugins/gmt.rb': 'doc.data["date_gmt"]' }, 'plugins_dir: _mine\n'), []);
    assert.deepEqual(await keys({ '/s/_mine/gmt.rb': 'doc.data["date_gmt"]' }, 'plugins_dir: _mine\n'), ['date_gmt']);
  });

  it('the default folders when a setting is empty or not text', async () => {
    assert.deepEqual(await keys({ '/s/_layouts/post.html': GMT }, 'layouts_dir: ""\n'), ['date_gmt']);
    assert.deepEqual(await keys({ '/s/_includes/meta.html': GMT }, 'includes_dir: 5\n'), ['date_gmt']);
    assert.deepEqual(await keys({ '/s/_plugins/gmt.rb': 'doc.data["date_gmt"]' }, 'plugins_dir: {a: b}\n'), ['date_gmt']);
    // Not the root as a plugin folder for an empty or non-text item of the list (Jekyll stops on the latter).
    assert.deepEqual(await keys({ '/s/notes.md': GMT, '/s/_plug/p.rb': 'x' }, 'plugins_dir: [_plug, "", 5]\n'), []);
  });

  it('not a dot file or dot folder in them', async () => {
    assert.deepEqual(await keys({ '/s/_plugins/.gmt.rb': 'doc.data["date_gmt"]', '/s/_layouts/.old/post.html': GMT }), []);
    assert.deepEqual(await keys({ '/s/_plugins/gmt.rb.': 'doc.data["date_gmt"]' }), ['date_gmt'], 'a name ending with a dot is no dot file');
  });

  it('a data["permalink"] read, with or without spaces, both keys in one file', async () => {
    assert.deepEqual(await keys({ '/s/_plugins/p.rb': 'page.data["permalink"]' }), ['permalink']);
    assert.deepEqual(await keys({ '/s/_plugins/p.rb': "page.data['permalink' ]" }), ['permalink']);
    assert.deepEqual(await keys({ '/s/_layouts/post.html': `${GMT}{{ page.permalink }}` }), ['date_gmt', 'permalink']);
    assert.deepEqual(await keys({ '/s/_layouts/a.html': GMT, '/s/_layouts/b.html': '{{ page.permalink }}' }), ['date_gmt', 'permalink']);
  });
});

describe('the files at the root that are templates', () => {
  it('an .htm page and a fence with trailing spaces have front matter; a Markdown file whose first line is no fence has none; a backup is skipped', async () => {
    assert.deepEqual(await keys({ '/s/index.htm': `---\n---\n${GMT}` }), ['date_gmt']);
    assert.deepEqual(await keys({ '/s/sp.xml': `---   \n---\n${GMT}` }), ['date_gmt']);
    assert.deepEqual(await keys({ '/s/nofm.md': `no fm\n\n---\n${GMT}\n` }), []);
    assert.deepEqual(await keys({ '/s/notes.md~': `---\n---\n${GMT}` }), []);
  });

  it('a root folder is not a file', async () => {
    assert.deepEqual(await keys({ '/s/feed.xml/inner.html': `---\n---\n${GMT}` }), []);
  });
});

describe('links to templates', () => {
  /** `_layouts/post.html` (reads date_gmt) and the root `feed.xml` (reads permalink) are links to `target`; reading one gives its text, as Node does. */
  class Linked extends MemoryFileSystem {
    constructor(private readonly target: string) {
      super({ '/s/_config.yml': '', '/s/_layouts/default.html': '{{ content }}', '/s/_layouts/post.html': GMT, '/s/feed.xml': '---\n---\n{{ page.permalink }}' });
    }
    override async readDirectory(path: string): Promise<readonly DirEntry[] | undefined> {
      const found = await super.readDirectory(path);
      return found?.map((e): DirEntry => (e.name === 'post.html' || e.name === 'feed.xml' ? { name: e.name, kind: 'symlink', target: { kind: 'file', realPath: this.target } } : e));
    }
  }
  it('a link to a file is read; in safe mode not one leading outside the site (Jekyll skips it too)', async () => {
    assert.deepEqual(await keys({}, '', new Linked('/elsewhere/x.html')), ['date_gmt', 'permalink']);
    assert.deepEqual(await keys({}, 'safe: true\n', new Linked('/elsewhere/x.html')), []);
    assert.deepEqual(await keys({}, 'safe: true\n', new Linked('/s/shared/x.html')), ['date_gmt', 'permalink']);
  });
});

describe('limits on what is read', () => {
  it('a file over 1 MiB is not read; one of exactly 1 MiB is', async () => {
    const sized = (n: number): Uint8Array => {
      const text = new TextEncoder().encode(GMT);
      const bytes = new Uint8Array(n).fill(0x20);
      bytes.set(text, 0);
      return bytes;
    };
    assert.deepEqual(await keys({ '/s/_layouts/post.html': sized(1024 * 1024) }), ['date_gmt']);
    assert.deepEqual(await keys({ '/s/_layouts/post.html': sized(1024 * 1024 + 1) }), []);
  });

  it('a listed file that cannot be read is passed over', async () => {
    const fs = new TestFs({ '/s/_layouts/post.html': GMT, '/s/_layouts/x.html': 'x' }, {}, ['/s/_layouts/post.html']);
    assert.deepEqual(await keys({}, '', fs), []);
  });

  it('no more than 5000 files are read', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 4999; i++) files[`/s/_layouts/l${String(i).padStart(4, '0')}.html`] = '{{ content }}';
    files['/s/_plugins/gmt.rb'] = 'doc.data["date_gmt"]';
    assert.deepEqual(await keys(files), ['date_gmt'], 'the 5000th file');
    files['/s/_layouts/l4999.html'] = '{{ content }}';
    assert.deepEqual(await keys(files), [], 'the 5001st file');
  });

  it('folders 8 deep in a template folder, not 9', async () => {
    const deep = (n: number): string => `/s/_includes/${Array.from({ length: n }, (_, i) => `d${i}`).join('/')}/x.html`;
    assert.deepEqual(await keys({ [deep(8)]: GMT }), ['date_gmt']);
    assert.deepEqual(await keys({ [deep(9)]: GMT }), []);
  });
});

describe('the site index looks again when a template changes', () => {
  it('a plugin, a root feed; not a post', async () => {
    const config = readConfig('title: T\n');
    const fs = new MemoryFileSystem({ '/s/_config.yml': 'title: T\n', '/s/_posts/2014-06-04-a.md': '---\ntitle: A\n---\n' });
    const index = await SiteIndex.build(fs, '/s', config);
    assert.deepEqual([...(index.templateKeys ?? [])], []);
    fs.write('/s/_plugins/gmt.rb', 'doc.data["date_gmt"]');
    await index.refresh('/s/_plugins/gmt.rb');
    assert.deepEqual([...(index.templateKeys ?? [])], ['date_gmt']);
    fs.write('/s/feed.xml', '---\n---\n{{ post.permalink }}');
    await index.refresh('/s/feed.xml');
    assert.deepEqual([...(index.templateKeys ?? [])].sort(), ['date_gmt', 'permalink']);
  });
  it('a layout in a layouts_dir written with slashes', async () => {
    const config = readConfig('layouts_dir: //theme/_lay//\n');
    const fs = new MemoryFileSystem({ '/s/_config.yml': 'layouts_dir: //theme/_lay//\n', '/s/theme/_lay/default.html': '{{ content }}' });
    const index = await SiteIndex.build(fs, '/s', config);
    assert.deepEqual([...(index.templateKeys ?? [])], []);
    fs.write('/s/theme/_lay/default.html', GMT);
    await index.refresh('/s/theme/_lay/default.html');
    assert.deepEqual([...(index.templateKeys ?? [])], ['date_gmt']);
  });
});
