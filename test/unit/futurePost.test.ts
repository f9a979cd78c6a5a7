import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { slice } from './helpers';
import { lintCase } from './ruleCases';

// date-future: where the finding sits. Jekyll 4.3.1 (`time: 2026-11-26 12:00:00 +0000`) skips
// both posts below ("Skipping: _posts/2014-06-04-g.md has a future date").

const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;
const PATH = '_posts/2014-06-04-g.md';

describe('date-future: where a future date is reported', () => {
  it('on the front matter when `_config.yml` defaults give the date (the post’s own `date:` is empty)', () => {
    const config = 'defaults:\n  - scope: {path: ""}\n    values: {date: 2027-01-01 10:00:00 +0100}\n';
    const text = fm('title: G\ndate:');
    const findings = lintCase({ path: PATH, config, text }, 'date-future');
    assert.deepEqual(findings.map((f) => slice(text, f.range)), ['---']);
  });

  it('on the front matter when the date is merged from an anchor (`<<: *base`)', () => {
    const text = fm('title: G\nbase: &b\n  date: 2027-01-01 10:00:00 +0100\n<<: *b');
    const findings = lintCase({ path: PATH, text }, 'date-future');
    assert.deepEqual(findings.map((f) => slice(text, f.range)), ['---']);
  });
});
