import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { Finding } from '../../src/core/lint/types';
import { applyEdits, slice } from './helpers';
import { lintCase, SiteCase } from './ruleCases';

// What users see of yaml-type-surprise: the finding's range, message and arguments, and the file after
// its fix. What Jekyll makes of each value was measured with jekyll 4.3.1 (Psych.safe_load) on a
// scratch site printing `{{ page[key] | jsonify }}`: `KEY: No` prints false for every text key below,
// `title: yes` prints true, a list `[yes, 2014-06-04]` prints [true,"2014-06-04"] (a date),
// `published: 'no'` and `published: "snow"` are both published.
const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;
const RULE = 'yaml-type-surprise';

function one(c: SiteCase): { finding: Finding; text: string } {
  const findings = lintCase(c, RULE);
  assert.equal(findings.length, 1, `one finding on ${JSON.stringify(c.text)}: ${JSON.stringify(findings)}`);
  return { finding: findings[0], text: c.text };
}

function fixed(text: string, finding: Finding): string {
  const fix = finding.fixes![0];
  assert.equal(fix.preferred, true, 'the quoting fix is the one --fix applies');
  return applyEdits(text, fix.edits);
}

const TEXT_KEYS = ['excerpt', 'description', 'subtitle', 'summary', 'lang', 'permalink', 'slug', 'layout', 'author', 'image', 'ref', 'lang_ref', 'translation_key', 'i18n-link', 'page_id', 'category', 'redirect_to', 'canonical_url', 'name'];

describe('yaml-type-surprise on each key whose value is text', () => {
  for (const key of TEXT_KEYS) {
    it(`${key}: No is the boolean false; quoting it keeps the text`, () => {
      const { finding, text } = one({ text: fm(`title: A\n${key}: No`) });
      assert.equal(slice(text, finding.range), 'No');
      assert.equal(finding.message.template, 'Unquoted, `{0}` is read as the boolean {1}, not as the text `{0}`.');
      assert.deepEqual(finding.message.args, ['No', 'false']);
      assert.equal(fixed(text, finding), fm(`title: A\n${key}: 'No'`));
    });
  }
  for (const key of ['tags', 'categories', 'authors', 'redirect_from']) {
    it(`${key}: [yes, 2014-06-04] holds true and a date`, () => {
      const text = fm(`title: A\n${key}: [yes, 2014-06-04, php]`);
      const findings = lintCase({ text }, RULE);
      assert.deepEqual(findings.map((f) => slice(text, f.range)), ['yes', '2014-06-04']);
      assert.deepEqual(findings.map((f) => f.message.args), [['yes', 'true'], ['2014-06-04']]);
      assert.equal(findings[1].message.template, 'Unquoted, `{0}` is read as a date, not as the text `{0}`.');
      assert.equal(fixed(text, findings[1]), fm(`title: A\n${key}: [yes, '2014-06-04', php]`));
    });
  }
  it('a key that is not text (a custom one) says nothing', () => {
    assert.deepEqual(lintCase({ text: fm('title: A\nfeatured: yes\nweight: 3') }, RULE), []);
  });
});

describe('yaml-type-surprise says what the value becomes', () => {
  it('title: yes is true: the boolean message, not the one about titling from the file name', () => {
    const { finding, text } = one({ text: fm('title: yes') });
    assert.equal(finding.message.template, 'Unquoted, `{0}` is read as the boolean {1}, not as the text `{0}`.');
    assert.deepEqual(finding.message.args, ['yes', 'true']);
    assert.equal(fixed(text, finding), fm("title: 'yes'"));
  });
  it('title: No is false: Jekyll titles the post from its file name', () => {
    const { finding } = one({ text: fm('title: No') });
    assert.equal(finding.message.template, 'Unquoted, `{0}` is read as false, so Jekyll titles the post from its file name instead.');
  });
  it('description: No is false, told as a boolean (only title falls back to the file name)', () => {
    const { finding } = one({ text: fm('title: A\ndescription: No') });
    assert.deepEqual(finding.message.args, ['No', 'false']);
  });
  it('title: 2014-06-04 is a date', () => {
    const { finding, text } = one({ text: fm('title: 2014-06-04') });
    assert.equal(finding.message.template, 'Unquoted, `{0}` is read as a date, not as the text `{0}`.');
    assert.deepEqual(finding.message.args, ['2014-06-04']);
    assert.equal(fixed(text, finding), fm("title: '2014-06-04'"));
  });
  it('title: 404 and title: 1.10 are numbers', () => {
    const n = one({ text: fm('title: 404') });
    assert.equal(fixed(n.text, n.finding), fm("title: '404'"));
    const d = one({ text: fm('title: 1.10') });
    assert.equal(d.finding.message.template, 'Unquoted, `{0}` is read as the number {1}, not as the text `{0}`.');
  });
  it('quoted values are text: nothing to say', () => {
    assert.deepEqual(lintCase({ text: fm("title: 'No'\ndescription: \"2024\"\ntags: ['yes', \"2014-06-04\"]") }, RULE), []);
  });
});

describe('yaml-type-surprise on a quoted published', () => {
  for (const [written, value] of [["'no'", 'no'], ['"OFF"', 'OFF'], ["'False'", 'False']]) {
    it(`published: ${written} is text, so the post is published`, () => {
      const { finding, text } = one({ text: fm(`title: A\npublished: ${written}`) });
      assert.equal(slice(text, finding.range), written);
      assert.deepEqual(finding.message.args, [written]);
      assert.equal(fixed(text, finding), fm('title: A\npublished: false'));
      assert.ok(value);
    });
  }
  it('other quoted text is published as meant: "snow", "offline", "not false"', () => {
    for (const v of ['"snow"', "'offline'", "'not false'"]) assert.deepEqual(lintCase({ text: fm(`title: A\npublished: ${v}`) }, RULE), [], v);
  });
});

describe('yaml-type-surprise on a zone-less time', () => {
  it('the fix quotes the time, and the message names the site zone', () => {
    const { finding, text } = one({ text: fm('title: A\ndate: 2014-06-04 15:27:59'), timezone: 'America/New_York' });
    assert.deepEqual(finding.message.args, ['America/New_York']);
    assert.equal(fixed(text, finding), fm("title: A\ndate: '2014-06-04 15:27:59'"));
  });
  it('a day without a time, a time with a zone, or a site in Etc/UTC: nothing to say', () => {
    assert.deepEqual(lintCase({ text: fm('title: A\ndate: 2014-06-04') }, RULE), []);
    assert.deepEqual(lintCase({ text: fm('title: A\ndate: 2014-06-04 15:27:59 +02:00') }, RULE), []);
    assert.deepEqual(lintCase({ text: fm('title: A\ndate: 2014-06-04 15:27:59'), timezone: 'Etc/UTC' }, RULE), []);
  });
});
