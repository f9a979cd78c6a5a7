import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { MemoryFileSystem } from '../../src/core/fs';
import { readConfig } from '../../src/core/site/config';
import { parseFrontMatter } from '../../src/core/site/frontMatter';
import { decodeFrontMatterPrefix } from '../../src/core/site/frontMatterData';
import { frontMatterData } from '../../src/core/site/frontMatter';
import { JekyllValue } from '../../src/core/site/scalars';
import { applyPermalinkShape, permalinkShape, SiteIndex } from '../../src/core/site/siteIndex';
import { markdownFiles } from './helpers';
import { YamlTimestamp } from '../../src/core/site/timestamp';

const repo = join(__dirname, '..', '..', '..');

/** A value in a comparable form: key order kept, prototypes ignored, timestamps by their fields. */
function canonical(value: JekyllValue | undefined): unknown {
  if (value === undefined) return { undefined: true };
  if (value instanceof YamlTimestamp) return { timestamp: [value.kind, value.civil, value.offsetMinutes, value.fraction, value.source] };
  if (typeof value === 'number' && Number.isNaN(value)) return { NaN: true };
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') return Object.keys(value).map((k) => [k, canonical(value[k])]);
  return value;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['title', 'layout', 'tags', 'lang', 'date', 'authors', 'permalink', 'a-b', '_x', 'yes', 'On', 'null', 'y', '__proto__', 'key with space', '"quoted"', 'x1', 'constructor'];
const SCALARS = [
  'Retours sur dotScale', 'sécurité', 'post', '1,000', '012', '0x1f', '1e5', '1.5', '12:30', '2014-06-04', '2014-02-30', '2014-06-04 15:27:59 +0200', '2014-06-04T15:27:59Z',
  '~', 'null', 'NULL', 'true', 'No', 'off', 'y', 'n', "'it''s'", "'single'", '"double"', '"esc \\" aped"', '"a\\tb"', '[a, b]', '[]', '[ ]', '[a,]', '[a, [b]]', '[a, "b"]', '[1, 2.5, yes]',
  'a # comment', 'a#b', 'a: b', 'a:', 'a:b', '-1', '- x', '&anchor x', '*alias', '!!str 12', '|', '>-', "'unclosed", '"x" y', 'tab\there', 'emoji 🎉', 'nbsp\u00a0x', 'C#', 'a ]', '{a: 1}', '%x', '@x', '`x`',
  'trailing   ', '   ', '', '?x', ':x', 'x ?', '.inf', '-.inf', '.nan', '+12', '1_000', '0b101', '...', 'a...b', 'é: x', "'a' # c", '"b"#c', 'x\u2028y', 'lone \ud800',
];

// Values the fast path reads (most lines of real front matter look like these).
const SIMPLE = SCALARS.slice(0, 36).filter((s) => !/\\|\[a,\]|\[a, \[|\[a, "/.test(s));

function generateFrontMatter(random: () => number): string {
  const pickAny = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const pick = <T>(list: readonly T[]): T => (list === (SCALARS as readonly unknown[]) && random() < 0.93 ? (pickAny(SIMPLE) as T) : pickAny(list));
  const lines: string[] = [];
  const count = 1 + Math.floor(random() * 7);
  for (let i = 0; i < count; i++) {
    const key = random() < 0.85 ? pick(KEYS.slice(0, 9)) : pick(KEYS);
    const shape = random();
    if (shape < 0.5) lines.push(`${key}: ${pick(SCALARS)}`);
    else if (shape < 0.7) {
      lines.push(random() < 0.9 ? `${key}:` : `${key}: # list`);
      const indent = ' '.repeat(Math.floor(random() * 3));
      const items = Math.floor(random() * 4);
      for (let k = 0; k < items; k++) {
        const itemIndent = random() < 0.95 ? indent : `${indent} `;
        lines.push(random() < 0.1 ? `${itemIndent}-` : `${itemIndent}- ${pick(SCALARS)}`);
        if (random() < 0.05) lines.push(random() < 0.5 ? '' : '# between');
      }
    } else if (shape < 0.8) {
      lines.push(`${key}:`);
      const indent = ' '.repeat(1 + Math.floor(random() * 3));
      const items = 1 + Math.floor(random() * 3);
      for (let k = 0; k < items; k++) lines.push(`${random() < 0.95 ? indent : `${indent} `}${pick(KEYS.slice(0, 9))}: ${random() < 0.1 ? '' : pick(SCALARS)}`);
    } else if (shape < 0.9) {
      lines.push(`${key}: ${pick(['|', '|-', '>', '>-', '|+', '>2', '> # c'])}`);
      const indent = ' '.repeat(1 + Math.floor(random() * 3));
      const items = Math.floor(random() * 3) + (random() < 0.9 ? 1 : 0);
      for (let k = 0; k < items; k++) {
        const roll = random();
        lines.push(roll < 0.85 ? `${indent}${pick(SCALARS)}` : roll < 0.92 ? '' : `${indent}  more ${pick(SCALARS)}`);
      }
    } else if (shape < 0.95) lines.push(pick(['# comment', '', '   ', '  # indented comment', '---x', '...x']));
    else lines.push(pick([`  ${key}: x`, `${key} : x`, `${key}:x`, `- ${key}`, `${key}:\tx`, `? ${key}`, `${key}: x\r`, `${key}: x\r\ny`]));
  }
  const eol = random() < 0.1 ? '\r\n' : '\n';
  const bom = random() < 0.03 ? '\ufeff' : '';
  return `${bom}---${eol}${lines.join(eol)}${eol}---${eol}${eol}Body.${eol}`;
}

describe('the fast front matter reader gives exactly what the full parser gives', () => {
  // The project's fixtures, and the real blogs of ../shared/corpora read in place when present.
  const shared = join(repo, '..', 'shared', 'corpora');
  const roots = [join(repo, 'test', 'fixtures'), ...(existsSync(shared) ? [shared] : [])];
  const files = roots.flatMap((r) => [...markdownFiles(r)]);
  it('covers the fixture and corpus posts (there are some to replay)', () => {
    assert.ok(files.length >= 8, `found ${files.length} files`);
  });
  for (const file of files) {
    it(`reads ${file.slice(repo.length + 1)} as the full parser does`, () => {
      const text = readFileSync(file, 'utf8');
      assert.deepStrictEqual(canonical(frontMatterData(text).data), canonical(parseFrontMatter(text).data));
      const prefix = decodeFrontMatterPrefix(readFileSync(file));
      assert.deepStrictEqual(canonical(frontMatterData(prefix ?? '').data), canonical(parseFrontMatter(text).data));
    });
  }

  // FUZZ_RUNS scales the budget as in fuzz.test (mutation runs use 2,000: 500 front matters).
  const total = Math.max(500, Math.round(Number(process.env.FUZZ_RUNS ?? 20_000) / 4));
  it(`agrees with the full parser on ${total.toLocaleString('en')} generated front matters, most of them read by the fast path`, () => {
    const random = mulberry32(42);
    let fast = 0;
    for (let n = 0; n < total; n++) {
      const text = generateFrontMatter(random);
      const quick = frontMatterData(text);
      if (quick.fast) fast++;
      const full = parseFrontMatter(text).data;
      assert.deepStrictEqual(canonical(quick.data), canonical(full), `differs on ${JSON.stringify(text)}`);
      // Through bytes (where a lone surrogate becomes U+FFFD): the prefix reads as the whole decoded file does.
      const bytes = new TextEncoder().encode(text);
      const prefix = decodeFrontMatterPrefix(bytes);
      const decoded = parseFrontMatter(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).data;
      assert.deepStrictEqual(canonical(frontMatterData(prefix ?? '').data), canonical(decoded), `prefix differs on ${JSON.stringify(text)}`);
    }
    assert.ok(fast > total * 0.3, `only ${fast} of ${total} took the fast path`);
    assert.ok(fast < total, 'some took the full parser');
  });

  it('decodes only the front matter of a file, and nothing of a file without one', () => {
    const bytes = new TextEncoder().encode('---\ntitle: x\n---\nBody that is never decoded.\n');
    assert.equal(decodeFrontMatterPrefix(bytes), '---\ntitle: x\n---\n');
    assert.equal(decodeFrontMatterPrefix(new TextEncoder().encode('Just text.\n---\n')), 'Jus');
    assert.equal(decodeFrontMatterPrefix(new Uint8Array([45, 45, 45, 10, 0, 10, 45, 45, 45, 10])), undefined);
  });
});

const CONFIG = `timezone: Europe/Paris
languages: [fr, en]
collections:
  authors:
    output: true
defaults:
  - scope: {path: "", type: posts}
    values: {layout: post}
  - scope: {path: "_posts/en"}
    values: {lang: en}
`;

function site(extra: Record<string, string> = {}): MemoryFileSystem {
  return new MemoryFileSystem({
    '/s/_config.yml': CONFIG,
    '/s/_posts/2014-06-04-retours.md': '---\ntitle: Retours\nlang: fr\npermalink: /fr/retours/\nauthors:\n - marie\ntags:\n- sécurité\n- php\ncategories: [Non classé]\n---\nBody\n',
    '/s/_posts/en/2014-06-05-feedback.md': '---\ntitle: Feedback\npermalink: /en/feedback/\nauthors: [tom]\ntags: php symfony\n---\nBody\n',
    '/s/fr/_posts/2015-01-01-autre.md': '---\ntitle: Autre\nlang: fr\ntag: php\ncategory: Dév\n---\n',
    '/s/_drafts/brouillon.md': '---\ntitle: Brouillon\ntags: [brouillon]\nlang: fr\n---\n',
    '/s/_posts/2016-01-01-broken.md': '---\ntitle: [unclosed\ntags: [never]\n---\n',
    '/s/_authors/marie.md': '---\nlogin: marie\ntitle: Marie Dupont\nbio: Développeuse backend.\ntwitter: mariedupont\n---\n',
    '/s/_authors/tom-martin.md': '---\nname: Tom Martin\ngithub: tmartin\n---\n',
    '/s/_data/authors.yml': 'marie:\n  name: Marie D.\n  website: https://marie.example\nzoe:\n  name: Zoé\n  bio: Rédactrice.\n',
    '/s/_data/nav/main.yml': '- title: Home\n',
    '/s/_data/social.json': '{}',
    '/s/_layouts/post.html': '{{ content }}',
    '/s/_layouts/default.html': '{{ content }}',
    '/s/_site/_posts/2014-06-04-copy.md': '---\ntags: [site]\n---\n',
    '/s/node_modules/x/_posts/2014-06-04-dep.md': '---\ntags: [dep]\n---\n',
    '/s/about.md': '---\ntitle: About\ntags: [page]\n---\n',
    ...extra,
  });
}

async function build(fs: MemoryFileSystem, options = {}): Promise<SiteIndex> {
  const config = readConfig(new TextDecoder().decode(await fs.readFile('/s/_config.yml')));
  return SiteIndex.build(fs, '/s', config, options);
}

const sorted = (m: ReadonlyMap<string, number>): [string, number][] => [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1));

describe('the site index reads every source of a site', () => {
  it('counts posts and drafts, not pages, other collections, build output or dependencies', async () => {
    const index = await build(site());
    assert.equal(index.postCount, 5);
    // Pages are read too (their URL and title belong in the site map), but count as no post.
    assert.deepEqual([...index.documents()].map((d) => d.info.relativePath).sort(), [
      '_authors/marie.md', '_authors/tom-martin.md', '_drafts/brouillon.md', '_posts/2014-06-04-retours.md', '_posts/2016-01-01-broken.md', '_posts/en/2014-06-05-feedback.md', 'about.md', 'fr/_posts/2015-01-01-autre.md',
    ]);
    assert.deepEqual([...index.siteDocuments.all.values()].filter((d) => d.kind === 'page').map((d) => [d.path, d.url]), [['about.md', '/about.html']]);
  });

  it('reads tags as Jekyll does (strings split on spaces, `tag` winning) with post counts', async () => {
    const index = await build(site());
    assert.deepEqual(sorted(index.tags), [['brouillon', 1], ['php', 3], ['symfony', 1], ['sécurité', 1]]);
  });

  it('reads categories as Jekyll does, folders above _posts included', async () => {
    const index = await build(site());
    assert.deepEqual(sorted(index.categories), [['Dév', 1], ['Non classé', 1], ['fr', 1]]);
  });

  it('reads languages after defaults', async () => {
    const index = await build(site());
    assert.deepEqual(sorted(index.languages), [['en', 1], ['fr', 3]]);
    assert.equal(index.postsWithLang, 4);
  });

  it('keeps effective front matter: the defaults under what the post writes', async () => {
    const index = await build(site());
    const doc = index.document('/s/_posts/en/2014-06-05-feedback.md')!;
    assert.equal(doc.data.layout, 'post');
    assert.equal(doc.data.lang, 'en');
    assert.deepEqual(doc.ownKeys, ['title', 'permalink', 'authors', 'tags']);
  });

  it('marks a post whose front matter Jekyll cannot read, and counts nothing from it', async () => {
    const index = await build(site());
    const doc = index.document('/s/_posts/2016-01-01-broken.md')!;
    assert.equal(doc.invalid, true);
    assert.equal(index.tags.has('never'), false);
  });

  it('reads authors from _authors documents (login, else the file name) and fills them from _data/authors.yml', async () => {
    const index = await build(site());
    assert.deepEqual([...index.authors.keys()].sort(), ['marie', 'tom-martin', 'zoe']);
    const marie = index.authors.get('marie')!;
    assert.equal(marie.name, 'Marie Dupont');
    assert.equal(marie.bio, 'Développeuse backend.');
    assert.deepEqual(marie.links, { website: 'https://marie.example', twitter: 'mariedupont' });
    assert.equal(marie.file, '_authors/marie.md');
    assert.equal(index.authors.get('tom-martin')!.name, 'Tom Martin');
    const zoe = index.authors.get('zoe')!;
    assert.equal(zoe.file, '_data/authors.yml');
    assert.equal(zoe.offset, 'marie:\n  name: Marie D.\n  website: https://marie.example\n'.length);
    assert.equal(index.hasAuthorRegistry, true);
  });

  it('leaves out an _authors file without front matter, as Jekyll does (a static file, not in site.authors)', async () => {
    // jekyll build 4.3.1 of _authors/bee.md (front matter) and _authors/plain.md (none) prints
    // `{{ site.authors | map: "slug" | join: "," }}` as `bee`.
    const index = await build(site({ '/s/_authors/plain.md': 'Just a file, no front matter.\n' }));
    assert.deepEqual([...index.authors.keys()].sort(), ['marie', 'tom-martin', 'zoe']);
  });

  it('reads authors from a _data/authors.json list', async () => {
    const index = await build(new MemoryFileSystem({ '/s/_config.yml': '', '/s/_data/authors.json': '[{"login": "ana", "name": "Ana", "github": "ana"}]' }));
    assert.deepEqual(index.authors.get('ana'), { login: 'ana', name: 'Ana', bio: undefined, links: { github: 'ana' }, file: '_data/authors.json', offset: 11 });
  });

  it('lists layouts and _data keys', async () => {
    const index = await build(site());
    assert.deepEqual([...index.layouts!].sort(), ['default', 'post']);
    assert.equal(index.layoutFiles.get('post'), '_layouts/post.html');
    assert.deepEqual([...index.dataKeys].sort(), ['authors', 'nav', 'social']);
  });

  it('has no layouts when the site has no _layouts folder', async () => {
    const index = await build(new MemoryFileSystem({ '/s/_config.yml': '', '/s/_posts/2020-01-01-a.md': '---\n---\n' }));
    assert.equal(index.layouts, undefined);
  });

  it('counts the keys posts write, how they write authors, and their permalinks', async () => {
    const index = await build(site());
    assert.equal(index.keys.get('title'), 4);
    assert.equal(index.keys.get('layout'), undefined);
    assert.deepEqual(index.authorsStyle, { list: 2, string: 0 });
    assert.deepEqual(index.trailingSlash, { slash: 2, noSlash: 0 });
    assert.deepEqual(sorted(index.permalinkShapes), [['/:lang/:slug/', 2]]);
  });

  it('skips files over the size limit, with one notice for all of them', async () => {
    const big = `---\ntags: [big]\n---\n${'x'.repeat(2000)}`;
    const index = await build(site({ '/s/_posts/2020-01-01-big.md': big, '/s/_posts/2020-01-02-big.md': big }), { maxFileBytes: 1000 });
    assert.equal(index.tags.has('big'), false);
    assert.deepEqual(index.skipped, ['_posts/2020-01-01-big.md', '_posts/2020-01-02-big.md']);
    const notices = index.notices();
    assert.equal(notices.length, 1);
    assert.deepEqual(notices[0].args, [2, 0, '_posts/2020-01-01-big.md']);
  });

  it('respects exclude in _config.yml', async () => {
    const fs = site({ '/s/_config.yml': `${CONFIG}exclude: [fr]\n` });
    const index = await build(fs);
    assert.equal(index.document('/s/fr/_posts/2015-01-01-autre.md'), undefined);
  });
});

describe('the site index stays current, in time proportional to the change', () => {
  it('adds a new post', async () => {
    const index = await build(site());
    index.update('/s/_posts/2020-01-01-new.md', '---\ntags: [nouveau, php]\nlang: en\n---\n');
    assert.equal(index.postCount, 6);
    assert.equal(index.tags.get('php'), 4);
    assert.equal(index.tags.get('nouveau'), 1);
    assert.equal(index.languages.get('en'), 2);
  });

  it('changes a post: its old contribution goes, the new one comes', async () => {
    const index = await build(site());
    const before = index.version;
    index.update('/s/_posts/2014-06-04-retours.md', '---\ntitle: Retours\nlang: en\ntags: [sécurité, devops]\n---\n');
    assert.equal(index.postCount, 5);
    assert.equal(index.tags.get('php'), 2);
    assert.equal(index.tags.get('devops'), 1);
    assert.equal(index.categories.has('Non classé'), false);
    assert.deepEqual(sorted(index.languages), [['en', 2], ['fr', 2]]);
    assert.ok(index.version > before);
  });

  it('deletes a post, dropping tags no other post uses', async () => {
    const index = await build(site());
    index.update('/s/_posts/2014-06-04-retours.md', undefined);
    assert.equal(index.postCount, 4);
    assert.equal(index.tags.has('sécurité'), false);
    assert.equal(index.tags.get('php'), 2);
  });

  it('renames a post as a delete and an add', async () => {
    const fs = site();
    const index = await build(fs);
    const text = new TextDecoder().decode(await fs.readFile('/s/_posts/2014-06-04-retours.md'));
    index.update('/s/_posts/2014-06-04-retours.md', undefined);
    index.update('/s/_posts/2014-06-04-retours-renamed.md', text);
    assert.equal(index.postCount, 5);
    assert.equal(index.tags.get('sécurité'), 1);
    assert.equal(index.document('/s/_posts/2014-06-04-retours.md'), undefined);
    assert.equal(index.document('/s/_posts/2014-06-04-retours-renamed.md')?.info.slug, 'retours-renamed');
  });

  it('updates authors, layouts and data files', async () => {
    const index = await build(site());
    index.update('/s/_authors/marie.md', '---\nlogin: marie\ntitle: Marie Martin\n---\n');
    assert.equal(index.authors.get('marie')!.name, 'Marie Martin');
    index.update('/s/_authors/tom-martin.md', undefined);
    assert.equal(index.authors.has('tom-martin'), false);
    index.update('/s/_data/authors.yml', 'ana:\n  name: Ana\n');
    assert.deepEqual([...index.authors.keys()].sort(), ['ana', 'marie']);
    index.update('/s/_layouts/page.html', '');
    index.update('/s/_layouts/default.html', undefined);
    assert.deepEqual([...index.layouts!].sort(), ['page', 'post']);
    index.update('/s/_data/social.json', undefined);
    assert.equal(index.dataKeys.has('social'), false);
  });

  it('reports a change of _config.yml for the host to rebuild', async () => {
    const index = await build(site());
    assert.deepEqual(index.update('/s/_config.yml', 'title: x\n'), { configChanged: true, changed: false });
  });

  it('ignores files Jekyll does not read as documents; pages change the site map, not the post facts', async () => {
    const index = await build(site());
    assert.equal(index.update('/s/about.md', '---\ntags: [x]\npermalink: /a-propos/\n---\n').changed, true);
    assert.equal(index.siteDocuments.all.get('about.md')?.url, '/a-propos/');
    assert.equal(index.update('/s/_site/_posts/2020-01-01-x.md', '---\ntags: [x]\n---\n').changed, false);
    assert.equal(index.update('/elsewhere/_posts/2020-01-01-x.md', '---\ntags: [x]\n---\n').changed, false);
    assert.equal(index.tags.has('x'), false);
  });

  it('lets an unsaved editor text count instead of the disk until it is saved or closed', async () => {
    const fs = site();
    const index = await build(fs);
    index.setOverlay('/s/_posts/2014-06-04-retours.md', '---\ntags: [en-cours]\n---\n');
    assert.equal(index.tags.get('en-cours'), 1);
    index.update('/s/_posts/2014-06-04-retours.md', '---\ntags: [disque]\n---\n');
    assert.equal(index.tags.has('disque'), false);
    await index.removeOverlay('/s/_posts/2014-06-04-retours.md');
    assert.equal(index.tags.has('en-cours'), false);
    assert.equal(index.tags.get('sécurité'), 1);
  });

  it('refreshes from disk: a new file, a deleted one, a deleted folder, a burst of changes', async () => {
    const fs = site();
    const index = await build(fs);
    fs.write('/s/_posts/2021-01-01-disk.md', '---\ntags: [disk]\n---\n');
    fs.delete('/s/_posts/2014-06-04-retours.md');
    const change = await index.refreshAll(['/s/_posts/2021-01-01-disk.md', '/s/_posts/2014-06-04-retours.md']);
    assert.equal(change.changed, true);
    assert.equal(index.tags.get('disk'), 1);
    assert.equal(index.tags.has('sécurité'), false);
    fs.delete('/s/_posts/en/2014-06-05-feedback.md');
    await index.refresh('/s/_posts/en');
    assert.equal(index.tags.has('symfony'), false);
    for (let i = 0; i < 1000; i++) fs.write(`/s/_posts/2022-01-01-burst-${i}.md`, `---\ntags: [burst, b${i % 10}]\n---\n`);
    await index.refreshAll(Array.from({ length: 1000 }, (_, i) => `/s/_posts/2022-01-01-burst-${i}.md`));
    assert.equal(index.tags.get('burst'), 1000);
    assert.equal(index.tags.get('b3'), 100);
  });

  it('serves a static file added or removed on disk (an image pasted into the site), without reading it', async () => {
    const fs = site();
    const index = await build(fs);
    const files = () => [...index.siteDocuments.files].filter((f) => f.startsWith('assets/'));
    fs.write('/s/assets/img/new.png', 'png bytes');
    assert.equal((await index.refresh('/s/assets/img/new.png')).changed, true);
    assert.deepEqual(files(), ['assets/img/new.png']);
    fs.delete('/s/assets/img/new.png');
    assert.equal((await index.refresh('/s/assets/img/new.png')).changed, true);
    assert.deepEqual(files(), []);
    fs.write('/s/assets/img/a.png', 'png bytes');
    await index.refresh('/s/assets/img/a.png');
    fs.delete('/s/assets/img/a.png');
    await index.refresh('/s/assets');
    assert.deepEqual(files(), [], 'a deleted folder takes its files along');
  });

  it('re-reads a folder that appears as a whole (a checkout)', async () => {
    const fs = site();
    const index = await build(fs);
    fs.write('/s/_posts/new/2021-01-01-a.md', '---\ntags: [folder]\n---\n');
    fs.write('/s/_posts/new/2021-01-02-b.md', '---\ntags: [folder]\n---\n');
    await index.refresh('/s/_posts/new');
    assert.equal(index.tags.get('folder'), 2);
  });
});

describe('permalink shapes tell a site’s convention', () => {
  const cases: [string, { lang?: string; slug: string; fileDate?: string }, string][] = [
    ['/fr/retours-sur-dotscale-2014/', { lang: 'fr', slug: 'retours-sur-dotscale-2014' }, '/:lang/:slug/'],
    ['/en/2014/06/feedback.html', { lang: 'en', slug: 'feedback', fileDate: '2014-6-4' }, '/:lang/:year/:month/:slug.html'],
    ['/blog/retours/', { slug: 'retours' }, '/blog/:slug/'],
  ];
  for (const [permalink, doc, shape] of cases) {
    it(`reads ${permalink} as ${shape}, and fills it back`, () => {
      assert.equal(permalinkShape(permalink, doc), shape);
      assert.equal(applyPermalinkShape(shape, doc), permalink.replace('/06/', '/06/'));
    });
  }
  it('cannot fill a shape that needs a language the post lacks', () => {
    assert.equal(applyPermalinkShape('/:lang/:slug/', { slug: 'x' }), undefined);
  });
});
