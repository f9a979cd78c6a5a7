import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lintDocument } from '../../src/core/lint/lint';
import { Finding } from '../../src/core/lint/types';
import { formatMessage } from '../../src/core/messages';
import { readConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';
import { applyEdits, slice } from './helpers';
import { lintCase } from './ruleCases';

// date-gmt-mismatch: what the finding says and what its fix does. The two UTC times are Jekyll's
// (4.3.1, `timezone: UTC`): `{{ page.date | date_to_xmlschema }}` prints 2014-06-04T13:27:59+00:00
// and `{{ page.date_gmt | date_to_xmlschema }}` 2014-06-04T11:27:59+00:00 for this front matter.

const TEXT = "---\ntitle: G\ndate: '2014-06-04 15:27:59 +0200'\ndate_gmt: '2014-06-04 13:27:59 +0200'\n---\n\nBody.\n";
const PATH = '_posts/2014-06-04-g.md';
const FIXED = TEXT.replace("date_gmt: '2014-06-04 13:27:59 +0200'", "date_gmt: '2014-06-04 13:27:59 +0000'");

function only(findings: Finding[]): Finding {
  assert.equal(findings.length, 1, 'one finding');
  return findings[0];
}

describe('date-gmt-mismatch: the finding and its fix', () => {
  it('names both instants in UTC, and its fix (preferred) waits to be asked for where nothing reads `date_gmt`', () => {
    const f = only(lintCase({ path: PATH, text: TEXT, templateKeys: [] }, 'date-gmt-mismatch'));
    assert.equal(slice(TEXT, f.range), "'2014-06-04 13:27:59 +0200'");
    assert.equal(f.severity, 'info');
    assert.equal(
      formatMessage(f.message),
      '`date_gmt` names another instant than `date` (2014-06-04 11:27:59 UTC against 2014-06-04 13:27:59 UTC); nothing in the site reads it today (no layout, include, plugin or feed mentions it).',
    );
    const [fix] = f.fixes ?? [];
    assert.equal(formatMessage(fix.title), 'Set `date_gmt` to 2014-06-04 13:27:59 +0000');
    assert.equal(fix.preferred, true);
    assert.equal(fix.askFirst && formatMessage(fix.askFirst), 'nothing in the site reads `date_gmt`');
    assert.equal(applyEdits(TEXT, fix.edits), FIXED);
  });

  it('a warning whose fix applies without asking where a template reads `date_gmt`', () => {
    const f = only(lintCase({ path: PATH, text: TEXT, templateKeys: ['date_gmt'] }, 'date-gmt-mismatch'));
    assert.equal(f.severity, 'warning');
    assert.equal(formatMessage(f.message), '`date_gmt` names another instant than `date` (2014-06-04 11:27:59 UTC against 2014-06-04 13:27:59 UTC), and the site’s templates read it.');
    assert.equal(f.fixes?.[0].askFirst, undefined);
    assert.equal(f.fixes?.[0].preferred, true);
  });

  it('linted alone, without the site (a file outside any scanned site): says only what it knows', () => {
    const config = readConfig('title: Test\n');
    const findings = lintDocument(
      { text: TEXT, document: classifyPath(PATH, config)!, config },
      { settings: { now: new Date('2026-11-26T12:00:00Z'), timezone: 'Europe/Paris', requiredKeys: [] } },
    );
    assert.deepEqual(findings.filter((f) => f.rule === 'internal-error'), []);
    const f = only(findings.filter((x) => x.rule === 'date-gmt-mismatch'));
    assert.equal(formatMessage(f.message), '`date_gmt` names another instant than `date` (2014-06-04 11:27:59 UTC against 2014-06-04 13:27:59 UTC).');
    assert.equal(f.severity, 'info');
  });

  it('nothing on a page, even one whose name starts with a date: Jekyll gives pages no date to compare', () => {
    const text = "---\ntitle: P\ndate_gmt: '2014-06-04 13:27:59 +0000'\n---\n\nBody.\n";
    assert.deepEqual(lintCase({ path: '2014-06-05-p.md', text, templateKeys: ['date_gmt'] }, 'date-gmt-mismatch'), []);
  });
});
