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

function lintOnce(text: string, configText: string, path: string): void {
  const config = readConfig(configText);
  const info = classifyPath(path, config);
  if (!info) return;
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
}

describe(`fuzzing the core (${TOTAL} generated cases, seed ${SEED})`, () => {
  it('never throws on generated front matter, and no fix makes parsed front matter unparsable', () => {
    fc.assert(fc.property(frontMatterArb, configArb, pathArb, (text, config, path) => lintOnce(text, config, path)), { seed: SEED, numRuns: Math.round(TOTAL * 0.5) });
  });
  it('never throws on mutated real posts, and no fix makes parsed front matter unparsable', () => {
    fc.assert(fc.property(mutatedCorpusArb, (text) => lintOnce(text, 'timezone: Europe/Paris\n', '_posts/2014-06-04-retours.md')), { seed: SEED + 1, numRuns: Math.round(TOTAL * 0.3) });
  });
  it('never throws on arbitrary text, configurations and file names', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), configArb, pathArb, (text, config, path) => lintOnce(text, config, path)),
      { seed: SEED + 2, numRuns: TOTAL - Math.round(TOTAL * 0.5) - Math.round(TOTAL * 0.3) },
    );
  });
});
