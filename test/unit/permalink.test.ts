import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { JekyllValue } from '../../src/core/site/scalars';
import { computePermalink, destinationPath, destinationSteps, escapePath, PermalinkInput, sanitizeUrl, documentCategories, collectionUrlTemplate, mergedCategories } from '../../src/core/site/permalink';

// 2014-06-04 15:27:59 +02:00
const EPOCH = 1401888479;

function input(over: Partial<PermalinkInput>): PermalinkInput {
  return { kind: 'post', relativePath: '_posts/2014-06-04-hello-world.md', collection: 'posts', data: {}, sitePermalink: 'date', epochSeconds: EPOCH, timezone: 'UTC', ...over };
}

// Expected values are what real Jekyll 4.3.1 wrote for the same documents (test/conformance).
const cases: { name: string; input: PermalinkInput; url: string; outputPath: string }[] = [
  { name: 'the date style puts categories, date and title with .html', input: input({ relativePath: 'fr/_posts/2014-06-04-en-francais.md' }), url: '/fr/2014/06/04/en-francais.html', outputPath: 'fr/2014/06/04/en-francais.html' },
  { name: 'the pretty style ends with a slash and writes index.html', input: input({ sitePermalink: 'pretty' }), url: '/2014/06/04/hello-world/', outputPath: '2014/06/04/hello-world/index.html' },
  { name: 'the ordinal style uses the day of the year', input: input({ sitePermalink: 'ordinal' }), url: '/2014/155/hello-world.html', outputPath: '2014/155/hello-world.html' },
  { name: 'the weekdate style uses the ISO week and short day', input: input({ sitePermalink: 'weekdate' }), url: '/2014/W23/Wed/hello-world.html', outputPath: '2014/W23/Wed/hello-world.html' },
  { name: 'the none style keeps only categories and title', input: input({ sitePermalink: 'none' }), url: '/hello-world.html', outputPath: 'hello-world.html' },
  { name: 'the date is shown in the site zone', input: input({ timezone: 'America/Los_Angeles', epochSeconds: 1401840000 }), url: '/2014/06/03/hello-world.html', outputPath: '2014/06/03/hello-world.html' },
  { name: 'the title keeps accents and capitals, escaped in the url only', input: input({ relativePath: '_posts/2014-06-04-Été à Paris.md' }), url: '/2014/06/04/%C3%89t%C3%A9-%C3%A0-Paris.html', outputPath: '2014/06/04/Été-à-Paris.html' },
  { name: 'a front matter slug replaces the file slug in :title', input: input({ data: { slug: 'Custom Slug, Really!' } }), url: '/2014/06/04/Custom-Slug,-Really!.html', outputPath: '2014/06/04/Custom-Slug,-Really!.html' },
  { name: 'categories are downcased, not slugified, and escaped', input: input({ data: { categories: ['c#', 'Tech News'] } }), url: '/c%23/tech%20news/2014/06/04/hello-world.html', outputPath: 'c#/tech news/2014/06/04/hello-world.html' },
  { name: 'a categories string splits on whitespace', input: input({ data: { categories: 'Tech News' } }), url: '/tech/news/2014/06/04/hello-world.html', outputPath: 'tech/news/2014/06/04/hello-world.html' },
  { name: 'a category string stays one category', input: input({ data: { category: 'Web Dev' } }), url: '/web%20dev/2014/06/04/hello-world.html', outputPath: 'web dev/2014/06/04/hello-world.html' },
  { name: 'a permalink without extension is written as an .html file', input: input({ data: { permalink: '/no-extension' } }), url: '/no-extension', outputPath: 'no-extension.html' },
  { name: 'a permalink extension becomes the output extension', input: input({ data: { permalink: '/feeds/:title.xml' } }), url: '/feeds/hello-world.xml', outputPath: 'feeds/hello-world.xml' },
  { name: 'a key followed by an underscore is found without it', input: input({ data: { permalink: '/:month_:day_:year/' } }), url: '/06_04_2014/', outputPath: '06_04_2014/index.html' },
  { name: 'dot-dot, dot-slash and double slashes are cleaned', input: input({ data: { permalink: '/../x/./y//z/:title' } }), url: '/x/y/z/hello-world', outputPath: 'x/y/z/hello-world.html' },
  { name: 'a capitalised placeholder is literal text', input: input({ data: { permalink: '/:Title/' } }), url: '/:Title/', outputPath: ':Title/index.html' },
  { name: 'an empty permalink is the root', input: input({ data: { permalink: '' } }), url: '/', outputPath: 'index.html' },
  { name: 'a collection without permalink follows the site style suffix', input: input({ kind: 'collection', collection: 'notes', relativePath: '_notes/sub/Deep Note.md', sitePermalink: 'pretty' }), url: '/notes/sub/Deep%20Note/', outputPath: 'notes/sub/Deep Note/index.html' },
  { name: 'a collection under weekdate gets no suffix at all', input: input({ kind: 'collection', collection: 'notes', relativePath: '_notes/first-note.md', sitePermalink: 'weekdate' }), url: '/notes/first-note', outputPath: 'notes/first-note.html' },
  { name: 'a page uses its folder and base name', input: input({ kind: 'page', relativePath: 'docs/getting started.md' }), url: '/docs/getting%20started.html', outputPath: 'docs/getting started.html' },
  { name: 'an index page is its folder', input: input({ kind: 'page', relativePath: 'contact/index.md', sitePermalink: 'pretty' }), url: '/contact/', outputPath: 'contact/index.html' },
  { name: 'a page keeps unknown placeholders as written', input: input({ kind: 'page', relativePath: 'pages/unknown.md', data: { permalink: '/:year/:basename/' } }), url: '/:year/unknown/', outputPath: ':year/unknown/index.html' },
  // Built with jekyll 4.3.1: date 2016-01-03 09:05:07 +0100, timezone Europe/Paris (ISO week 53 of 2015).
  {
    name: 'every date placeholder, in the site zone, as Jekyll writes it',
    input: input({
      relativePath: '_posts/2016-01-03-all-dates.md',
      epochSeconds: 1451808307,
      timezone: 'Europe/Paris',
      data: { permalink: '/:year/:month/:day/:hour/:minute/:second/:i_day/:i_month/:short_month/:long_month/:short_year/:w_year/:week/:w_day/:short_day/:long_day/:y_day/:title/' },
    }),
    url: '/2016/01/03/09/05/07/3/1/Jan/January/16/2015/53/7/Sun/Sunday/003/all-dates/',
    outputPath: '2016/01/03/09/05/07/3/1/Jan/January/16/2015/53/7/Sun/Sunday/003/all-dates/index.html',
  },
  { name: 'a non-HTML page keeps its extension', input: input({ kind: 'page', relativePath: 'feed.xml', sitePermalink: 'pretty' }), url: '/feed.xml', outputPath: 'feed.xml' },
];

for (const c of cases) {
  test(`computePermalink: ${c.name}`, () => {
    const r = computePermalink(c.input);
    assert.ok(r.ok, JSON.stringify(r));
    assert.equal(r.url, c.url);
    assert.equal(r.outputPath, c.outputPath);
  });
}

test('computePermalink reports an unknown placeholder as Jekyll does', () => {
  const r = computePermalink(input({ data: { permalink: '/:lang/:title/' } }));
  assert.deepEqual(r.ok ? undefined : [r.error, r.key, r.message], ['unknown-placeholder', 'lang', "The URL template doesn't have lang keys. Check your permalink template!"]);
});

test('computePermalink refuses a slug that is not a string, where Jekyll crashes', () => {
  const r = computePermalink(input({ data: { slug: 2014 } }));
  assert.equal(r.ok ? 'ok' : r.error, 'invalid-value');
});

// From Ruby: Jekyll::URL.escape_path (addressable 2.8.1).
const escapes: [string, string | 'error'][] = [
  ['a b', 'a%20b'], ['c#', 'c%23'], ['what?', 'what?'], ['a/b', 'a/b'], ['été', '%C3%A9t%C3%A9'], ['x#y#z', 'x%23y%23z'],
  ['100%', '100%25'], ['a:b', 'a:b'], ['2014:x', 'error'], ['[x]', '%5Bx%5D'], ['{x}', '%7Bx%7D'], ['a|b', 'a%7Cb'], ['^', '%5E'],
  ['`', '%60'], ['"q"', '%22q%22'], ['<>', '%3C%3E'], ["~!$&'()*+,;=@", "~!$&'()*+,;=@"], ['日本', '%E6%97%A5%E6%9C%AC'],
  ['🎉', '%F0%9F%8E%89'], ['a\\b', 'a%5Cb'], ['a?b#c', 'a?b%23c'], ['/x?y/z', '/x?y/z'], [':x', 'error'], ['a b:c', 'error'],
  ['é:x', 'error'], ['//x', '//x'], ['a//b', 'a//b'],
];
for (const [value, expected] of escapes) {
  test(`escapePath escapes ${JSON.stringify(value)} as Jekyll's URL.escape_path does`, () => {
    if (expected === 'error') assert.throws(() => escapePath(value));
    else assert.equal(escapePath(value), expected);
  });
}

/** Every URL of one to six characters among `/`, `.` and `a`: where URL shortcuts and their general steps could part. */
function shortUrls(): string[] {
  const all: string[] = [];
  let urls = [''];
  for (let length = 1; length <= 6; length++) {
    urls = urls.flatMap((u) => ['/', '.', 'a'].map((c) => u + c));
    all.push(...urls);
  }
  return all;
}

test('sanitizeUrl replaces dot-dot by a slash, drops dot-slash and squeezes slashes', () => {
  assert.equal(sanitizeUrl('a/../b/./c//d'), '/a/b/c/d');
  assert.equal(sanitizeUrl('/fr/article-1/'), '/fr/article-1/');
  // Its shortcut for plain URLs against URL#sanitize_url's three steps, on every URL of up to six characters of `/`, `.`, `a`.
  const steps = (url: string): string => ('/' + url).split('..').join('/').split('./').join('').replace(/\/{2,}/g, '/');
  for (const url of shortUrls()) assert.equal(sanitizeUrl(url), steps(url), JSON.stringify(url));
});

test('a placeholder named after an inherited property is unknown, as in Jekyll', () => {
  // Placeholders are lower case: `:constructor` and `:__proto__` are the inherited names one can write.
  for (const [name, key] of [['constructor', 'constructor'], ['__proto__', '__proto__ or __proto_']]) {
    const result = computePermalink({ kind: 'post', relativePath: '_posts/2024-01-01-a.md', collection: 'posts', data: { permalink: `/:${name}/` }, sitePermalink: 'date', epochSeconds: 0, timezone: 'UTC' });
    assert.deepEqual(result.ok ? result.url : [result.error, result.key], ['unknown-placeholder', key], name);
  }
});

test('destinationPath reads plain URLs as the general steps do', () => {
  // Every URL of up to six characters of `/`, `.`, `a`, and a few longer ones.
  for (const url of shortUrls()) assert.equal(destinationPath(url), destinationSteps(url), JSON.stringify(url));
  for (const url of ['/fr/article-1/', '/2024/01/02/x.html', 'x/', '/a%20b/', '/a/./b', '/a/../b/']) assert.equal(destinationPath(url), destinationSteps(url), url);
  assert.equal(destinationPath('/a%20b/../c/'), 'c');
});

test('documentCategories unites path, defaults and front matter categories in that order', () => {
  assert.deepEqual(documentCategories(['fr'], [{ categories: ['from-defaults'] }, { categories: 'own two' }]), ['fr', 'from-defaults', 'own', 'two']);
  // Its shortcut for lists of texts gives what Jekyll's steps give, on layers of every kind.
  const values: (JekyllValue | undefined)[] = [undefined, null, [], ['a'], ['a', 'b', 'a'], ['B', 'b'], 'a b', ['a', null], ['a', 1], [['a']], 2, false, ['a', 'a']];
  let compared = 0;
  for (const path of [[], ['fr']]) {
    for (const first of values) {
      for (const last of values) {
        for (const category of [undefined, null, 'c']) {
          const layer = (categories: JekyllValue | undefined, withCategory: boolean): Record<string, JekyllValue> => ({ ...(categories === undefined ? {} : { categories }), ...(withCategory && category !== undefined ? { category } : {}) });
          for (const layers of [[layer(first, false), layer(last, true)], [layer(last, true)]]) {
            assert.deepEqual(documentCategories(path, layers), mergedCategories(path, layers), JSON.stringify({ path, layers }));
            compared++;
          }
        }
      }
    }
  }
  assert.equal(compared, 2 * 13 * 13 * 3 * 2);
});

test('collectionUrlTemplate reads a collection permalink literally, even a style name', () => {
  assert.equal(collectionUrlTemplate('posts', 'pretty', 'date'), 'pretty');
  assert.equal(collectionUrlTemplate('posts', undefined, 'pretty'), '/:categories/:year/:month/:day/:title/');
});
