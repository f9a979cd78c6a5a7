import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { applyShape, detectConventions, permalinkShapeOf } from '../../src/core/create/conventions';
import { readConfig } from '../../src/core/site/config';
import { loadFixtureSite } from './fixtureSite';

function conventionsOf(name: string) {
  const site = loadFixtureSite(name);
  return detectConventions({ config: site.config, posts: site.posts, fallbackTimezone: 'UTC' });
}

describe('conventions are detected from the fixture sites', () => {
  const cases = [
    {
      site: 'bilingual',
      expect: {
        languages: ['fr', 'en'],
        postsFolder: '_posts',
        writeLang: { fr: true, en: true },
        layout: undefined,
        permalinks: { fr: '/{lang}/{slug}/', en: '/{lang}/{slug}/' },
        translation: { kind: 'none' },
        titleQuote: 'plain',
        date: { form: 'datetime', separator: ' ', seconds: true, offset: 'hhmm', quote: 'single' },
        authorsKey: 'authors',
        timezone: 'Europe/Paris',
      },
    },
    {
      site: 'folder-per-language',
      expect: {
        languages: ['en', 'fr'],
        postsFolder: '_posts/<lang>',
        writeLang: { en: false, fr: false },
        layout: undefined,
        permalinks: {},
        translation: { kind: 'filename' },
        titleQuote: 'double',
        date: { form: 'datetime', separator: ' ', seconds: true, offset: 'hhmm', quote: 'plain' },
        authorsKey: 'author',
        timezone: 'America/Toronto',
      },
    },
    {
      site: 'polyglot',
      expect: {
        languages: ['en', 'fr'],
        postsFolder: '_posts',
        writeLang: { en: true, fr: true },
        layout: undefined,
        permalinks: {},
        translation: { kind: 'key', key: 'page_id', value: 'slug', from: 'en' },
        titleQuote: 'single',
        date: { form: 'datetime', separator: ' ', seconds: false, offset: 'none', quote: 'single' },
        authorsKey: 'authors',
        timezone: 'Europe/Brussels',
      },
    },
  ] as const;
  for (const c of cases) {
    it(`reads the ${c.site} site’s conventions`, () => {
      const got = conventionsOf(c.site);
      for (const [key, value] of Object.entries(c.expect)) assert.deepEqual((got as unknown as Record<string, unknown>)[key], value, key);
    });
  }

  it('keeps each list key’s own style (authors indented by one space, categories not)', () => {
    const got = conventionsOf('bilingual');
    assert.deepEqual(got.lists.authors, { flow: false, indent: ' ' });
    assert.deepEqual(got.lists.categories, { flow: false, indent: '' });
    assert.deepEqual(conventionsOf('polyglot').lists.tags, { flow: true, indent: '' });
  });

  it('orders keys as the site writes them', () => {
    const order = conventionsOf('bilingual').keyOrder;
    const index = (k: string): number => order.indexOf(k);
    assert.ok(index('title') < index('lang') && index('lang') < index('permalink') && index('permalink') < index('authors') && index('authors') < index('date') && index('date') < index('categories') && index('categories') < index('tags'));
    const poly = conventionsOf('polyglot').keyOrder;
    assert.ok(poly.indexOf('lang') < poly.indexOf('title') && poly.indexOf('page_id') < poly.indexOf('date'));
  });

  it('says where each convention comes from', () => {
    const got = conventionsOf('folder-per-language');
    assert.equal(got.sources.languages, 'config');
    assert.equal(got.sources.lang, 'config');
    assert.equal(got.sources.postsFolder, 'posts');
    assert.equal(conventionsOf('bilingual').sources.translation, 'posts');
  });
});

describe('a site with no posts gets sensible defaults', () => {
  it('uses the fallback languages, _posts/, lang written, ref by slug and a quoted dated time', () => {
    const got = detectConventions({ config: readConfig('title: Empty\n'), posts: [], fallbackLanguages: ['fr'], fallbackTimezone: 'Europe/Paris' });
    assert.deepEqual(got.languages, ['fr', 'en']);
    assert.equal(got.postsFolder, '_posts');
    assert.deepEqual(got.writeLang, { fr: true, en: true });
    assert.deepEqual(got.translation, { kind: 'key', key: 'ref', value: 'slug', from: 'fr' });
    assert.equal(got.timezone, 'Europe/Paris');
    assert.equal(got.date.form, 'datetime');
    assert.equal(got.sources.languages, 'default');
  });
  it('reads the folder per language from defaults scoped to it', () => {
    const config = readConfig('languages: [en, fr]\ndefaults:\n  - scope: {path: "fr/_posts"}\n    values: {lang: fr}\n  - scope: {path: "en/_posts"}\n    values: {lang: en}\n');
    const got = detectConventions({ config, posts: [] });
    assert.equal(got.postsFolder, '<lang>/_posts');
    assert.deepEqual(got.writeLang, { en: false, fr: false });
  });
  it('links polyglot posts by page_id and writes layout: post when _layouts/post exists', () => {
    const got = detectConventions({ config: readConfig('plugins: [jekyll-polyglot]\nlanguages: [de, en]\ndefault_lang: en\n'), posts: [], layouts: new Set(['post']) });
    assert.deepEqual(got.languages, ['en', 'de']);
    assert.equal(got.translation.kind === 'key' && got.translation.key, 'page_id');
    assert.equal(got.layout, 'post');
  });
});

describe('settings override what is detected', () => {
  it('forces the folder, the key, the layout and a permalink', () => {
    const site = loadFixtureSite('bilingual');
    const got = detectConventions({
      config: site.config,
      posts: site.posts,
      overrides: { postsFolder: '_posts/<lang>', translationKey: 'translation_key', translationValue: 'name', layout: 'article', permalinks: { en: '/blog/{slug}/' }, languages: ['en', 'fr'] },
    });
    assert.equal(got.postsFolder, '_posts/<lang>');
    assert.deepEqual(got.translation, { kind: 'key', key: 'translation_key', value: 'name', from: 'en' });
    assert.equal(got.layout, 'article');
    assert.equal(got.permalinks.en, '/blog/{slug}/');
    assert.equal(got.permalinks.fr, '/{lang}/{slug}/');
    assert.deepEqual(got.languages, ['en', 'fr']);
    assert.equal(got.sources.translation, 'setting');
  });
  it('detects an existing translation key and how its value is formed', () => {
    const config = readConfig('languages: [fr, en]\n');
    const posts = [
      { relativePath: '_posts/2020-01-01-bonjour.md', text: '---\ntitle: Bonjour\nlang: fr\nlang_ref: 2020-01-01-bonjour\n---\n' },
      { relativePath: '_posts/2020-01-01-hello.md', text: '---\ntitle: Hello\nlang: en\nlang_ref: 2020-01-01-bonjour\n---\n' },
    ];
    assert.deepEqual(detectConventions({ config, posts }).translation, { kind: 'key', key: 'lang_ref', value: 'name', from: 'fr' });
  });
});

describe('permalink shapes', () => {
  const cases = [
    { permalink: '/fr/retours/', doc: { lang: 'fr', slug: 'retours', fileDate: '2014-06-04' }, shape: '/{lang}/{slug}/' },
    { permalink: '/en/2014/06/hello.html', doc: { lang: 'en', slug: 'hello', fileDate: '2014-6-4' }, shape: '/{lang}/{year}/{month}/{slug}.html' },
    { permalink: '/blog/:title/', doc: { slug: 'x' }, shape: '/blog/:title/' },
  ];
  for (const c of cases) {
    it(`${c.permalink} has the shape ${c.shape} and fills back`, () => {
      assert.equal(permalinkShapeOf(c.permalink, c.doc), c.shape);
      const [year, month, day] = (c.doc.fileDate ?? '2000-01-01').split('-');
      assert.equal(applyShape(c.shape, { lang: c.doc.lang ?? '', slug: c.doc.slug, year, month: month.padStart(2, '0'), day: day.padStart(2, '0') }), c.permalink);
    });
  }
});
