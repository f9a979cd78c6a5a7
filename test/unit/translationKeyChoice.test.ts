import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { DocSummary, SiteDocuments, documentIndexes } from '../../src/core/site/documents';

/**
 * Which front matter key links a site's translations when the settings name none: the key most
 * posts carry (our own convention, Jekyll has none), not merely the first one of our list.
 */
function post(path: string, lang: string, keys: Record<string, string>): DocSummary {
  return { path, kind: 'post', written: true, lang, keys };
}

describe('the translation key a site uses', () => {
  it('is the key most posts carry: translation_key on four posts beats ref on two', () => {
    const docs = [
      post('_posts/2020-01-01-a.md', 'en', { ref: 'x', translation_key: 'a' }),
      post('_posts/2020-01-01-b.md', 'fr', { ref: 'x', translation_key: 'a' }),
      post('_posts/2020-01-02-c.md', 'en', { translation_key: 'c' }),
      post('_posts/2020-01-02-d.md', 'fr', { translation_key: 'c' }),
    ];
    const documents: SiteDocuments = { version: 1, all: new Map(docs.map((d) => [d.path, d])), files: new Set() };
    const { link, translatedShare } = documentIndexes(documents);
    assert.deepEqual(link, { kind: 'key', key: 'translation_key' });
    assert.equal(translatedShare, 1);
  });

  it('on a tie, the key earlier in our list (ref before translation_key)', () => {
    const docs = [
      post('_posts/2020-01-01-a.md', 'en', { ref: 'x' }),
      post('_posts/2020-01-01-b.md', 'fr', { ref: 'x' }),
      post('_posts/2020-01-02-c.md', 'en', { translation_key: 'c' }),
      post('_posts/2020-01-02-d.md', 'fr', { translation_key: 'c' }),
    ];
    const documents: SiteDocuments = { version: 1, all: new Map(docs.map((d) => [d.path, d])), files: new Set() };
    assert.deepEqual(documentIndexes(documents).link, { kind: 'key', key: 'ref' });
  });
});
