import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DocSummary, SiteDocuments, documentIndexes, folderGroup, summarize } from '../../src/core/site/documents';
import { DocVerdict } from '../../src/core/site/siteModel';

/**
 * How the rules that compare documents see a site: which posts are language versions of each
 * other (by a shared key or by per-language folders), which URLs differ only by case, which
 * documents share an output file. These are our own groupings (Jekyll has none), checked on
 * small sites shaped after multilingual blogs.
 */
function doc(path: string, extra: Partial<DocSummary> = {}): DocSummary {
  return { path, kind: 'post', written: true, keys: {}, ...extra };
}

function site(docs: DocSummary[], version = 1): SiteDocuments {
  return { version, all: new Map(docs.map((d) => [d.path, d])), files: new Set() };
}

describe('document summaries', () => {
  it('keeps translation keys given as text or numbers, a non-empty lang, a text permalink', () => {
    const verdict: DocVerdict = {
      path: '_posts/2020-01-01-a.md', kind: 'post', url: '/a.html', outputPath: 'a.html', written: true, epochSeconds: 5,
      data: { lang: 'fr', ref: 12, lang_ref: 'a', page_id: true, permalink: '/x/' },
    };
    const s = summarize(verdict);
    assert.deepEqual(s, {
      path: '_posts/2020-01-01-a.md', kind: 'post', url: '/a.html', output: 'a.html', written: true, lang: 'fr',
      epochSeconds: 5, permalink: '/x/', keys: { ref: '12', lang_ref: 'a' },
    });
  });
  it('ignores an empty or non-text lang and a non-text permalink', () => {
    assert.equal(summarize({ path: 'a.md', kind: 'page', written: true, data: { lang: '' } }).lang, undefined);
    const s = summarize({ path: 'a.md', kind: 'page', written: true, data: { lang: 3, permalink: 4 } });
    assert.equal(s.lang, undefined);
    assert.equal(s.permalink, undefined);
  });
});

describe('per-language folders', () => {
  it('groups a document by its path without the language folder', () => {
    assert.equal(folderGroup(doc('_posts/fr/2020-01-01-a.md', { lang: 'fr' })), '_posts/2020-01-01-a.md');
    assert.equal(folderGroup(doc('fr/_posts/2020-01-01-a.md', { lang: 'fr' })), '_posts/2020-01-01-a.md');
    assert.equal(folderGroup(doc('_posts/2020-01-01-fr.md', { lang: 'fr' })), undefined);
    assert.equal(folderGroup(doc('_posts/fr/2020-01-01-a.md')), undefined);
  });
  it('links posts by folders when a file name appears under two languages', () => {
    const ix = documentIndexes(site([
      doc('_posts/en/2020-01-01-a.md', { lang: 'en' }),
      doc('_posts/fr/2020-01-01-a.md', { lang: 'fr' }),
      doc('_posts/fr/2020-01-02-b.md', { lang: 'fr' }),
      doc('_posts/2020-01-03-c.md'),
      doc('about.md', { kind: 'page', lang: 'en' }),
    ]));
    assert.deepEqual(ix.link, { kind: 'folders' });
    assert.deepEqual([...ix.byTranslation.keys()].sort(), ['_posts/2020-01-01-a.md', '_posts/2020-01-02-b.md']);
    assert.equal(ix.translatedShare, 2 / 4);
  });
  it('does not link when no file name has two languages', () => {
    const ix = documentIndexes(site([
      doc('_posts/en/2020-01-01-a.md', { lang: 'en' }),
      doc('_posts/fr/2020-01-02-b.md', { lang: 'fr' }),
      doc('_posts/en/2020-01-02-b.md', { lang: 'fr' }),
    ]));
    assert.equal(ix.link, undefined);
    assert.equal(ix.byTranslation.size, 0);
    assert.equal(ix.translatedShare, 0);
  });
});

describe('translation keys', () => {
  const posts = [
    doc('_posts/2020-01-01-a.md', { lang: 'en', keys: { ref: 'a', page_id: 'p1' } }),
    doc('_posts/2020-01-02-a.md', { lang: 'fr', keys: { ref: 'a', page_id: 'p2' } }),
    doc('_posts/2020-01-03-b.md', { lang: 'en', keys: { ref: 'b', lang_ref: 'x' } }),
    doc('_posts/2020-01-04-b.md', { lang: 'en', keys: { ref: 'b', lang_ref: 'x' } }),
    doc('_posts/2020-01-05-c.md', { lang: 'fr' }),
  ];
  it('takes the key most posts set, and counts posts with another-language version', () => {
    const ix = documentIndexes(site(posts));
    assert.deepEqual(ix.link, { kind: 'key', key: 'ref' });
    assert.deepEqual(ix.byTranslation.get('a')?.map((d) => d.path), ['_posts/2020-01-01-a.md', '_posts/2020-01-02-a.md']);
    assert.equal(ix.byTranslation.get('b')?.length, 2);
    assert.equal(ix.translatedShare, 2 / 5);
  });
  it('follows the configured key, and recomputes when the setting or the version changes', () => {
    const s = site(posts);
    assert.deepEqual(documentIndexes(s, 'page_id').link, { kind: 'key', key: 'page_id' });
    assert.equal(documentIndexes(s, 'page_id').translatedShare, 0);
    assert.deepEqual(documentIndexes(s).link, { kind: 'key', key: 'ref' });
    const one = site([posts[0]], 1);
    assert.equal(documentIndexes(one).link, undefined);
    (one as { version: number }).version = 2;
    (one.all as Map<string, DocSummary>).set(posts[1].path, posts[1]);
    (one.all as Map<string, DocSummary>).set(posts[4].path, doc('_posts/2020-01-05-c.md', { keys: { ref: 'c' } }));
    assert.deepEqual(documentIndexes(one).link, { kind: 'key', key: 'ref' });
  });
  it('on a tie, takes the key listed first (ref before lang_ref)', () => {
    const tie = [
      doc('_posts/2020-01-01-a.md', { lang: 'en', keys: { lang_ref: 'x' } }),
      doc('_posts/2020-01-02-a.md', { lang: 'fr', keys: { lang_ref: 'x' } }),
      doc('_posts/2020-01-03-b.md', { lang: 'en', keys: { ref: 'y' } }),
      doc('_posts/2020-01-04-b.md', { lang: 'fr', keys: { ref: 'z' } }),
    ];
    assert.deepEqual(documentIndexes(site(tie)).link, { kind: 'key', key: 'ref' });
  });
  it('needs two posts with a key; a key set by one post links nothing', () => {
    assert.equal(documentIndexes(site([posts[0], doc('_posts/2020-01-09-z.md')])).link, undefined);
  });
});

describe('outputs and URLs of written documents', () => {
  it('indexes outputs, and counts URL groups that differ by case only once each', () => {
    const ix = documentIndexes(site([
      doc('a.md', { kind: 'page', url: '/A.html', output: 'A.html' }),
      doc('b.md', { kind: 'page', url: '/a.html', output: 'a.html' }),
      doc('c.md', { kind: 'page', url: '/a.html', output: 'a.html' }),
      doc('d.md', { kind: 'page', url: '/same.html', output: 'same.html' }),
      doc('e.md', { kind: 'page', url: '/same.html', output: 'same.html' }),
      doc('f.md', { kind: 'page', url: '/B.html', output: 'B.html', written: false }),
      doc('g.md', { kind: 'page', url: '/b.html', output: 'b.html' }),
      doc('h.md', { kind: 'page' }),
    ]));
    assert.equal(ix.caseCollisions, 1);
    assert.deepEqual(ix.byOutput.get('a.html')?.map((d) => d.path), ['b.md', 'c.md']);
    assert.equal(ix.byOutput.has('B.html'), false);
    assert.equal(ix.byUrlLower.get('/a.html')?.length, 3);
    assert.equal(ix.byUrlLower.get('/b.html')?.length, 1);
    assert.deepEqual([...ix.byOutput.keys()].sort(), ['A.html', 'a.html', 'b.html', 'same.html']);
    assert.equal(ix.translatedShare, 0);
    assert.equal([...ix.byUrlLower.keys()].length, 3);
  });
});
