import { strict as assert } from 'node:assert';
import { describe, it, before } from 'node:test';
import { completeAt, CompletionResult, yamlValue } from '../../src/core/complete/completions';
import { cursorContext } from '../../src/core/complete/context';
import { fold, matchRank } from '../../src/core/complete/match';
import { MemoryFileSystem } from '../../src/core/fs';
import { formatMessage, Message } from '../../src/core/messages';
import { readConfig, SiteConfig } from '../../src/core/site/config';
import { SiteIndex } from '../../src/core/site/siteIndex';

export const CONFIG = `timezone: Europe/Paris
languages: [fr, en, de]
permalink: /:year/:month/:day/:title/
collections:
  authors:
    output: true
defaults:
  - scope: {path: "", type: posts}
    values: {layout: post, comments: true}
`;

function post(tags: string[], lang: string, authors: string[], slug: string): string {
  return `---\ntitle: ${slug}\nlang: ${lang}\npermalink: /${lang}/${slug}/\nauthors:\n${authors.map((a) => ` - ${a}`).join('\n')}\ntags:\n${tags.map((t) => `- ${t}`).join('\n')}\ncategories: [${lang === 'fr' ? 'Développement' : 'Development'}]\n---\nBody\n`;
}

export async function sampleSite(): Promise<{ index: SiteIndex; config: SiteConfig; fs: MemoryFileSystem }> {
  const fs = new MemoryFileSystem({
    '/s/_config.yml': CONFIG,
    '/s/_posts/2014-06-04-a.md': post(['sécurité', 'php', 'devops'], 'fr', ['marie'], 'a'),
    '/s/_posts/2014-06-05-b.md': post(['php', 'symfony'], 'en', ['marie', 'tom'], 'b'),
    '/s/_posts/2014-06-06-c.md': post(['php', 'Sécurité web'], 'fr', ['tom'], 'c'),
    '/s/_posts/2014-06-07-d.md': post(['securité-réseau', 'devops'], 'fr', ['marie'], 'd'),
    '/s/_authors/marie.md': '---\nlogin: marie\ntitle: Marie Dupont\nbio: Développeuse backend.\ntwitter: mariedupont\n---\n',
    '/s/_authors/tom.md': '---\nlogin: tom\ntitle: Tom Martin\nbio: Frontend engineer.\n---\n',
    '/s/_layouts/post.html': '',
    '/s/_layouts/default.html': '',
  });
  const config = readConfig(CONFIG);
  return { index: await SiteIndex.build(fs, '/s', config), config, fs };
}

/** `|` marks the cursor. */
function at(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

const NOW = new Date(Date.UTC(2024, 5, 1, 10, 30, 0));

describe('completions inside front matter', () => {
  let index: SiteIndex;
  let config: SiteConfig;
  before(async () => ({ index, config } = await sampleSite()));
  const complete = (marked: string, relativePath = '_posts/2024-06-01-nouveau.md'): CompletionResult => {
    const { text, offset } = at(marked);
    return completeAt({ text, offset, relativePath, config, site: index, now: NOW });
  };
  const labels = (r: CompletionResult): string[] => r.items.map((i) => i.label);
  const text = (m: unknown): string => (typeof m === 'string' ? m : formatMessage(m as Message));

  const cases: { name: string; marked: string; expect: (r: CompletionResult) => void }[] = [
    {
      name: 'offers tags in a block list, most used first, with their counts',
      marked: '---\ntitle: x\ntags:\n- |\n---\n',
      expect: (r) => {
        assert.deepEqual(labels(r).slice(0, 3), ['php', 'devops', 'Sécurité web']);
        assert.equal(text(r.items[0].detail), '3 posts');
        assert.equal(r.items[0].insertText, 'php');
      },
    },
    {
      name: 'finds accented tags from an unaccented prefix, ignoring case',
      marked: '---\ntags:\n- securite|\n---\n',
      expect: (r) => assert.deepEqual(labels(r), ['Sécurité web', 'securité-réseau', 'sécurité']),
    },
    {
      name: 'does not offer a tag already in the list',
      marked: '---\ntags:\n- php\n- |\n- devops\n---\n',
      expect: (r) => {
        assert.ok(!labels(r).includes('php'));
        assert.ok(!labels(r).includes('devops'));
        assert.ok(labels(r).includes('symfony'));
      },
    },
    {
      name: 'offers tags in a flow list, not those already there, replacing only the item',
      marked: '---\ntags: [php, sy|]\n---\n',
      expect: (r) => {
        assert.deepEqual(labels(r), ['symfony']);
        const { text: t } = at('---\ntags: [php, sy|]\n---\n');
        assert.equal(t.slice(r.items[0].range.start, r.items[0].range.end), 'sy');
      },
    },
    {
      name: 'quotes a value that YAML would otherwise misread in a flow list',
      marked: '---\ntags: [|]\n---\n',
      expect: (r) => assert.equal(r.items.find((i) => i.label === 'Sécurité web')?.insertText, 'Sécurité web'),
    },
    {
      name: 'writes a list after an empty list key',
      marked: '---\ntags: |\n---\n',
      expect: (r) => assert.equal(r.items[0].insertText, '[php]'),
    },
    {
      name: 'inserts `- ` on a fresh indented line under a list key',
      marked: '---\ntags:\n  - php\n  |\n---\n',
      expect: (r) => {
        assert.equal(r.items[0].label, 'devops');
        assert.equal(r.items[0].insertText, '- devops');
      },
    },
    {
      name: 'offers categories with counts',
      marked: '---\ncategories: [|]\n---\n',
      expect: (r) => {
        assert.deepEqual(labels(r), ['Développement', 'Development']);
        assert.equal(text(r.items[0].detail), '3 posts');
      },
    },
    {
      name: 'offers authors by login, with display name and bio',
      marked: '---\nauthors:\n - |\n---\n',
      expect: (r) => {
        assert.deepEqual(labels(r), ['marie', 'tom']);
        assert.equal(r.items[0].detail, 'Marie Dupont');
        assert.deepEqual(r.items[0].documentation, ['**Marie Dupont**', 'Développeuse backend\\.']);
      },
    },
    {
      name: 'finds an author by display name too, and completes `author:` the same way',
      marked: '---\nauthor: Mart|\n---\n',
      expect: (r) => assert.deepEqual(labels(r), ['tom']),
    },
    {
      name: 'offers the site’s languages, declared ones included, most used first',
      marked: '---\nlang: |\n---\n',
      expect: (r) => assert.deepEqual(labels(r), ['fr', 'en', 'de']),
    },
    {
      name: 'offers the site’s layouts',
      marked: '---\nlayout: |\n---\n',
      expect: (r) => assert.deepEqual(labels(r).sort(), ['default', 'post']),
    },
    {
      name: 'offers now in the site timezone and the date in the file name',
      marked: '---\ndate: |\n---\n',
      expect: (r) => {
        assert.deepEqual(labels(r), ['2024-06-01 12:30:00 +0200', '2024-06-01']);
        assert.equal(text(r.items[0].detail), 'Now, in Europe/Paris');
      },
    },
    {
      name: 'keeps the user’s quote around a date',
      marked: "---\ndate: '|'\n---\n",
      expect: (r) => {
        assert.equal(r.items[0].insertText, '2024-06-01 12:30:00 +0200');
        const { text: t } = at("---\ndate: '|'\n---\n");
        assert.equal(t.slice(r.items[0].range.start, r.items[0].range.end + 1), "'");
      },
    },
    {
      name: 'offers the permalink the site’s convention gives (language and slug), then Jekyll’s own',
      marked: '---\nlang: fr\npermalink: |\n---\n',
      expect: (r) => assert.deepEqual(labels(r), ['/fr/nouveau/', '/2024/06/01/nouveau/']),
    },
    {
      name: 'offers keys not yet present, with descriptions, keys posts use first',
      marked: '---\ntitle: x\n|\n---\n',
      expect: (r) => {
        const l = labels(r);
        assert.ok(!l.includes('title'));
        assert.deepEqual(l.slice(0, 5), ['lang', 'permalink', 'tags', 'categories', 'authors']);
        assert.ok(l.includes('layout'));
        assert.ok(l.includes('comments'), 'keys from defaults');
        const layout = r.items.find((i) => i.label === 'layout')!;
        assert.equal(text(layout.detail), 'Default: "post"');
        assert.equal(layout.insertText, 'layout: ');
        assert.equal(layout.retrigger, true);
      },
    },
    {
      name: 'completes a key being typed',
      marked: '---\nper|\n---\n',
      expect: (r) => assert.deepEqual(labels(r), ['permalink']),
    },
    {
      name: 'offers nothing outside front matter',
      marked: '---\ntitle: x\n---\ntags:\n- |\n',
      expect: (r) => assert.deepEqual(labels(r), []),
    },
    {
      name: 'offers nothing in a file without front matter',
      marked: 'tags:\n- |\n',
      expect: (r) => assert.deepEqual(labels(r), []),
    },
    {
      name: 'offers nothing for a key whose values the site does not know',
      marked: '---\ntitle: |\n---\n',
      expect: (r) => assert.deepEqual(labels(r), []),
    },
  ];
  for (const c of cases) it(c.name, () => c.expect(complete(c.marked)));

  // How fast this answers is measured by `npm run bench` (tag completion, in the README's Speed table).
  it('offers exactly the 50 tags that match `sec` without accents among 750 tags of a 2,000-post site', async () => {
    const files: Record<string, string> = { '/b/_config.yml': '' };
    for (let i = 0; i < 2000; i++) files[`/b/_posts/2020-01-01-p${i}.md`] = `---\ntags: [t${i % 700}, sécurité-${i % 50}]\n---\n`;
    const big = await SiteIndex.build(new MemoryFileSystem(files), '/b', readConfig(''));
    const { text: t, offset } = at('---\ntags:\n- sec|\n---\n');
    const r = completeAt({ text: t, offset, relativePath: '_posts/2020-01-01-x.md', config: readConfig(''), site: big });
    assert.deepEqual(labels(r).sort(), Array.from({ length: 50 }, (_, i) => `sécurité-${i}`).sort());
  });
});

describe('the cursor context is read from the raw lines', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['a block list item', '---\ntags:\n - ph|p\n---\n', { kind: 'value', key: 'tags', list: 'block', prefix: 'ph' }],
    ['a flow list item', '---\ntags: [a, |]\n---\n', { kind: 'value', key: 'tags', list: 'flow', prefix: '', existing: ['a'] }],
    ['an empty value', '---\nlang: |\n---\n', { kind: 'value', key: 'lang', list: 'none', prefix: '' }],
    ['a fresh line', '---\ntitle: x\n|\n---\n', { kind: 'key', prefix: '' }],
    ['a key being typed', '---\nla|\n---\n', { kind: 'key', prefix: 'la' }],
    ['the closing fence', '---\ntitle: x\n|---\n', { kind: 'none' }],
    ['the body', '---\ntitle: x\n---\nla|\n', { kind: 'none' }],
    ['a CRLF file', '---\r\ntags:\r\n- p|\r\n---\r\n', { kind: 'value', key: 'tags', prefix: 'p' }],
  ];
  for (const [name, marked, expected] of cases) {
    it(`recognises ${name}`, () => {
      const { text, offset } = at(marked);
      const context = cursorContext(text, offset) as unknown as Record<string, unknown>;
      for (const [k, v] of Object.entries(expected)) assert.deepEqual(context[k], v, k);
    });
  }
});

describe('matching ignores case and accents', () => {
  const cases: [string, string, number | undefined][] = [
    ['Sécurité', 'securite', 0],
    ['réseau-sécurité', 'secu', 1],
    ['insécurité', 'secu', 2],
    ['Œuvre', 'oeu', 0],
    ['php', 'java', undefined],
  ];
  for (const [candidate, typed, rank] of cases) {
    it(`ranks ${candidate} for ${typed} as ${rank}`, () => assert.equal(matchRank(candidate, typed), rank));
  }
  it('folds to lower case without accents', () => assert.equal(fold('Élève Ærø'), 'eleve aero'));
});

describe('values are written so that YAML reads them back unchanged', () => {
  const cases: [string, 'none' | 'flow', string][] = [
    ['php', 'none', 'php'],
    ['Non classé', 'none', 'Non classé'],
    ['yes', 'none', "'yes'"],
    ['2014', 'none', "'2014'"],
    ['a: b', 'none', "'a: b'"],
    ["l'été", 'none', "l'été"],
    ['a, b', 'flow', "'a, b'"],
    ['#tag', 'none', "'#tag'"],
  ];
  for (const [value, list, written] of cases) it(`writes ${value} as ${written}`, () => assert.equal(yamlValue(value, { list }), written));
});
