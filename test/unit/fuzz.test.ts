import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applyTextEdits } from '../../src/core/lint/fix';
import { lintDocument } from '../../src/core/lint/lint';
import { readConfig } from '../../src/core/site/config';
import { parseFrontMatter } from '../../src/core/site/frontMatter';
import { classifyPath } from '../../src/core/site/post';
import { factsFromDocuments } from '../../src/core/site/siteScan';
import { configArb, frontMatterArb, mutatedCorpusArb, pathArb } from './fuzzSites';

/**
 * Property tests of the core with fixed seeds. FUZZ_RUNS scales the budget: the test command
 * runs 20,000 cases in all; `npm run fuzz` runs many more.
 */
const TOTAL = Number(process.env.FUZZ_RUNS ?? 20_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261126);
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
