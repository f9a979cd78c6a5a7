import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyTextEdits } from '../../src/core/lint/fix';
import { lintDocument } from '../../src/core/lint/lint';
import { readConfig } from '../../src/core/site/config';
import { parseFrontMatter } from '../../src/core/site/frontMatter';
import { classifyPath } from '../../src/core/site/post';
import { factsFromDocuments } from '../../src/core/site/siteScan';

/**
 * Property tests of the core with fixed seeds. FUZZ_RUNS scales the budget: the test command
 * runs 20,000 cases in all; `npm run fuzz` runs many more.
 */
const TOTAL = Number(process.env.FUZZ_RUNS ?? 20_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261126);
const root = join(__dirname, '..', '..', '..');

function corpus(): string[] {
  const texts: string[] = [];
  for (const folder of ['test/fixtures/bilingual/_posts', 'test/fixtures/jekyll-docs/_posts', 'test/fixtures/broken/_posts']) {
    for (const name of readdirSync(join(root, folder))) texts.push(readFileSync(join(root, folder, name), 'utf8'));
  }
  return texts;
}
const CORPUS = corpus();

const KEYS = ['layout', 'title', 'lang', 'permalink', 'date', 'date_gmt', 'authors', 'author', 'tags', 'tag', 'categories', 'category', 'excerpt', 'published', 'slug', 'ref', 'permalnk', 'tittle', '<<', 'x'];
const SCALARS = [
  'post', 'No', 'yes', '2024', '1,000', '012', '12:30', '~', '', '2014-06-04', '2014-6-4', '2014-13-45', "'2014-06-04 15:27:59 +0200'", '2014-06-04 25:00', '04/06/2014',
  '"4 juin 2014"', '/fr/retours/', '/:year/:titel/', 'php, symfony', '[php, symfony]', '[php, php]', '[[a, b]]', '{a: 1}', '&a [1]', '*a', '"unclosed', '[unclosed', 'a: b',
  '"false"', 'false', '|\n  block', '>\n  folded', 'é', '日本語', '🎉', '#comment', '- a', '\t', ':', '!!str 1', '!ruby/object x', '%', '@', '`',
];
const EOLS = ['\n', '\r\n'];

const frontMatterArb = fc
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

const mutatedCorpusArb = fc
  .tuple(fc.constantFrom(...CORPUS), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.string({ maxLength: 6 })), { maxLength: 6 }))
  .map(([text, edits]) => {
    let out = text.slice(0, 3000);
    for (const [at, del, insert] of edits) {
      const i = out.length ? at % out.length : 0;
      out = out.slice(0, i) + insert + out.slice(i + del);
    }
    return out;
  });

const configArb = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom('- a\n- b\n', 'just a string', 'timezone: Nowhere/Zone\n', 'permalink: /:nope/\n', 'defaults: [1, {scope: 2}, {values: 3}]\n', 'collections: [a, b]\n', 'languages: fr\n', 'exclude: 3\n'),
  fc.tuple(fc.constantFrom('permalink', 'timezone', 'defaults', 'collections', 'exclude', 'languages', 'future', 'collections_dir'), fc.constantFrom(...SCALARS)).map(([k, v]) => `${k}: ${v}\n`),
);

const pathArb = fc.oneof(
  fc.constantFrom('_posts/2014-06-04-retours.md', '_posts/retours.md', '_drafts/x.md', 'about.md', 'fr/_posts/2014-6-4-a.markdown', '_posts/sub/2014-06-04-é.md'),
  fc.array(fc.oneof(fc.constantFrom('_posts', '_drafts', '_authors', 'fr', '.hidden', '_x', '..', '.'), fc.string({ minLength: 1, maxLength: 12 })), { minLength: 1, maxLength: 4 }).map((parts) => `${parts.join('/')}.md`),
);

const now = new Date('2026-11-26T12:00:00Z');
const FAILS_TO_PARSE = new Set(['yaml-error', 'unclosed', 'not-mapping', 'alias-limit', 'nesting-limit']);

/** Lints one generated case; false when the path names no document (nothing reaches the linter). */
function lintOnce(text: string, configText: string, path: string): boolean {
  const config = readConfig(configText);
  const info = classifyPath(path, config);
  if (!info) return false;
  const fm = parseFrontMatter(text);
  const facts = factsFromDocuments([{ info, data: fm.data, own: fm.data }], { authors: new Map(), hasAuthorRegistry: true, layouts: new Set(['post']) });
  const findings = lintDocument({ text, document: info, config, frontMatter: fm }, { site: facts, settings: { now, timezone: 'Europe/Paris' } });
  const parsedBefore = !fm.problems.some((p) => FAILS_TO_PARSE.has(p.kind));
  for (const finding of findings) {
    assert.ok(finding.range.start >= 0 && finding.range.end <= text.length && finding.range.start <= finding.range.end, `range inside the text for ${finding.rule}`);
    for (const fix of finding.fixes ?? []) {
      if (fix.edits.length === 0) continue;
      const after = applyTextEdits(text, fix.edits);
      if (parsedBefore) {
        const problems = parseFrontMatter(after).problems.filter((p) => FAILS_TO_PARSE.has(p.kind));
        assert.deepEqual(problems, [], `fix "${fix.title.template}" of ${finding.rule} broke the front matter:\n${JSON.stringify(text)}\n→\n${JSON.stringify(after)}`);
      }
    }
  }
  return true;
}

/**
 * Runs a property and counts the generated cases that reached the linter (a path that names no
 * document stops before it). The count is asserted, so a generator or classifyPath that stopped
 * producing documents would fail here instead of passing on cases that tested nothing.
 */
function runCounted<T extends unknown[]>(arbs: { [K in keyof T]: fc.Arbitrary<T[K]> }, lint: (...args: T) => boolean, options: { seed: number; numRuns: number }): number {
  let reached = 0;
  const property = (fc.property as (...a: unknown[]) => fc.IPropertyWithHooks<T>)(...arbs, (...args: T) => {
    if (lint(...args)) reached++;
  });
  fc.assert(property, options);
  return reached;
}

/** At least this share of the cases with generated paths names a document (measured with the default seeds: 2 in 3). */
const MIN_SHARE_LINTED = 0.6;

describe(`fuzzing the core (${TOTAL} generated cases, seed ${SEED})`, () => {
  it('never throws on generated front matter, and no fix makes parsed front matter unparsable', (t) => {
    const numRuns = Math.round(TOTAL * 0.5);
    const reached = runCounted([frontMatterArb, configArb, pathArb], lintOnce, { seed: SEED, numRuns });
    t.diagnostic(`${reached} of ${numRuns} cases reached the linter`);
    assert.ok(reached >= numRuns * MIN_SHARE_LINTED, `only ${reached} of ${numRuns} cases reached the linter`);
  });
  it('never throws on mutated real posts, and no fix makes parsed front matter unparsable', (t) => {
    const numRuns = Math.round(TOTAL * 0.3);
    const reached = runCounted([mutatedCorpusArb], (text: string) => lintOnce(text, 'timezone: Europe/Paris\n', '_posts/2014-06-04-retours.md'), { seed: SEED + 1, numRuns });
    t.diagnostic(`${reached} of ${numRuns} cases reached the linter`);
    assert.equal(reached, numRuns, 'every mutated post is a post and reaches the linter');
  });
  it('never throws on arbitrary text, configurations and file names', (t) => {
    const numRuns = TOTAL - Math.round(TOTAL * 0.5) - Math.round(TOTAL * 0.3);
    const reached = runCounted([fc.string({ maxLength: 200, unit: 'binary' }), configArb, pathArb], lintOnce, { seed: SEED + 2, numRuns });
    t.diagnostic(`${reached} of ${numRuns} cases reached the linter`);
    assert.ok(reached >= numRuns * MIN_SHARE_LINTED, `only ${reached} of ${numRuns} cases reached the linter`);
  });
});
