import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

/** The fuzz generator's inputs (fuzz.test.ts, fixProperty.test.ts): front matter, configurations, file paths. */
const root = join(__dirname, '..', '..', '..');

/** Jekyll's own documentation posts, read in place from ../shared/corpora (other people's data is not copied here). */
const JEKYLL_DOCS_POSTS = '../shared/corpora/jekyll-docs/_posts';

function corpus(): string[] {
  const texts: string[] = [];
  const shared = existsSync(join(root, JEKYLL_DOCS_POSTS));
  if (!shared) console.log(`fuzz corpus: ${JEKYLL_DOCS_POSTS} is absent, skipped (mutations of the project's own fixtures only)`);
  for (const folder of ['test/fixtures/bilingual/_posts', ...(shared ? [JEKYLL_DOCS_POSTS] : []), 'test/fixtures/broken/_posts']) {
    for (const name of readdirSync(join(root, folder))) texts.push(readFileSync(join(root, folder, name), 'utf8'));
  }
  return texts;
}
export const CORPUS = corpus();

export const KEYS = ['layout', 'title', 'lang', 'permalink', 'date', 'date_gmt', 'authors', 'author', 'tags', 'tag', 'categories', 'category', 'excerpt', 'published', 'slug', 'ref', 'permalnk', 'tittle', '<<', 'x'];
export const SCALARS = [
  'post', 'No', 'yes', '2024', '1,000', '012', '12:30', '~', '', '2014-06-04', '2014-6-4', '2014-13-45', "'2014-06-04 15:27:59 +0200'", '2014-06-04 25:00', '04/06/2014',
  '"4 juin 2014"', '/fr/retours/', '/:year/:titel/', 'php, symfony', '[php, symfony]', '[php, php]', '[[a, b]]', '{a: 1}', '&a [1]', '*a', '"unclosed', '[unclosed', 'a: b',
  '"false"', 'false', '|\n  block', '>\n  folded', 'é', '日本語', '🎉', '#comment', '- a', '\t', ':', '!!str 1', '!ruby/object x', '%', '@', '`',
];
const EOLS = ['\n', '\r\n'];

export const frontMatterArb = fc
  .record({
    bom: fc.boolean(),
    eol: fc.constantFrom(...EOLS),
    closer: fc.constantFrom('---', '...', '', '--- '),
    lines: fc.array(
      fc.oneof(
        fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...SCALARS)).map(([k, v]) => `${k}: ${v}`),
        fc.tuple(fc.constantFrom(...KEYS), fc.array(fc.constantFrom(...SCALARS), { maxLength: 4 })).map(([k, items]) => `${k}:${items.map((i) => `\n- ${i}`).join('')}`),
        fc.string({ maxLength: 30 }),
      ),
      { maxLength: 12 },
    ),
    body: fc.oneof(fc.constant('Body.'), fc.constant('{% post_url 2014-06-04-x %} {% link a.md %}'), fc.string({ maxLength: 40 })),
  })
  .map(({ bom, eol, closer, lines, body }) => `${bom ? '\ufeff' : ''}---${eol}${lines.join(eol).split('\n').join(eol)}${eol}${closer}${eol}${body}`);

export const mutatedCorpusArb = fc
  .tuple(fc.constantFrom(...CORPUS), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.string({ maxLength: 6 })), { maxLength: 6 }))
  .map(([text, edits]) => {
    let out = text.slice(0, 3000);
    for (const [at, del, insert] of edits) {
      const i = out.length ? at % out.length : 0;
      out = out.slice(0, i) + insert + out.slice(i + del);
    }
    return out;
  });

export const configArb = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom('- a\n- b\n', 'just a string', 'timezone: Nowhere/Zone\n', 'permalink: /:nope/\n', 'defaults: [1, {scope: 2}, {values: 3}]\n', 'collections: [a, b]\n', 'languages: fr\n', 'exclude: 3\n'),
  fc.tuple(fc.constantFrom('permalink', 'timezone', 'defaults', 'collections', 'exclude', 'languages', 'future', 'collections_dir'), fc.constantFrom(...SCALARS)).map(([k, v]) => `${k}: ${v}\n`),
);

export const pathArb = fc.oneof(
  fc.constantFrom('_posts/2014-06-04-retours.md', '_posts/retours.md', '_drafts/x.md', 'about.md', 'fr/_posts/2014-6-4-a.markdown', '_posts/sub/2014-06-04-é.md'),
  fc.array(fc.oneof(fc.constantFrom('_posts', '_drafts', '_authors', 'fr', '.hidden', '_x', '..', '.'), fc.string({ minLength: 1, maxLength: 12 })), { minLength: 1, maxLength: 4 }).map((parts) => `${parts.join('/')}.md`),
);

