import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lintDocument } from '../../src/core/lint/lint';
import { allRules } from '../../src/core/lint/rules';
import { Rule } from '../../src/core/lint/types';
import { formatMessage } from '../../src/core/messages';
import { readConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';

const NOW = new Date('2026-11-26T12:00:00Z');
const TEXT = '---\ntitle: A post\nautors: x\n---\nBody\n';

function lint(ruleSet: readonly Rule[]) {
  const config = readConfig('title: x\n');
  return lintDocument({ text: TEXT, document: classifyPath('_posts/2014-06-04-a-post.md', config)!, config }, { ruleSet, settings: { now: NOW, timezone: 'UTC' } });
}

const crashing: Rule = {
  id: 'crashing-rule',
  defaultSeverity: 'warning',
  check() {
    throw new TypeError("Cannot read properties of undefined (reading 'length')");
  },
};

describe('a rule that throws', () => {
  const keyTypo = allRules.find((r) => r.id === 'key-typo')!;

  it('becomes an internal-error finding on the file that names the rule and the error, and the other rules still report', () => {
    const findings = lint([crashing, keyTypo]);
    assert.deepEqual(
      findings.map((f) => [f.rule, f.severity, f.range.start, f.range.end]),
      [
        ['internal-error', 'error', 0, 0],
        ['key-typo', 'warning', TEXT.indexOf('autors'), TEXT.indexOf('autors') + 'autors'.length],
      ],
    );
    assert.equal(
      formatMessage(findings[0].message),
      "Rule `crashing-rule` failed on this file, so its findings are missing: Cannot read properties of undefined (reading 'length'). This is a bug in Jekyll Posts; please report it.",
    );
  });

  it('a thrown value that is not an Error is shown as text', () => {
    const findings = lint([{ ...crashing, check: () => { throw 'no site facts'; } }]);
    assert.deepEqual(findings.map((f) => formatMessage(f.message)), ['Rule `crashing-rule` failed on this file, so its findings are missing: no site facts. This is a bug in Jekyll Posts; please report it.']);
  });

  it('a rule turned off is not run, so it cannot fail', () => {
    const config = readConfig('title: x\n');
    const findings = lintDocument({ text: TEXT, document: classifyPath('_posts/2014-06-04-a-post.md', config)!, config }, { ruleSet: [crashing], rules: { 'crashing-rule': 'off' }, settings: { now: NOW, timezone: 'UTC' } });
    assert.deepEqual(findings, []);
  });
});
