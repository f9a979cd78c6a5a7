import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formatMessage } from '../../src/core/messages';
import { slice } from './helpers';
import { lintCase } from './ruleCases';

// What jekyll-seo-tag 2.8.0 writes as `<meta name="description">`, measured with jekyll 4.3.1
// (`{% seo %}` in the layout): `page["description"] || page["excerpt"]`, so
//   description: <long text>, excerpt: <short>   → the description
//   `description:` (null) or `description: false` → the excerpt
//   `description: ''`                            → no meta description at all
// seo-length measures that text in characters (code points), not UTF-16 units.
const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;
const RULE = 'seo-length';
const LONG = 'd'.repeat(161);

function see(text: string): { ranges: string[]; messages: string[] } {
  const findings = lintCase({ text }, RULE);
  return { ranges: findings.map((f) => slice(text, f.range)), messages: findings.map((f) => formatMessage(f.message)) };
}

describe('seo-length: the meta description jekyll-seo-tag writes', () => {
  it('a long description beside a short excerpt: the description is measured', () => {
    assert.deepEqual(see(fm(`title: A\ndescription: ${LONG}\nexcerpt: Court.`)), {
      ranges: [LONG],
      messages: ['This description is 161 characters long; search engines show about 160.'],
    });
  });

  for (const empty of ['description:', 'description: false', 'description: ~']) {
    it(`\`${empty}\`: jekyll-seo-tag falls back to the excerpt, which is measured`, () => {
      assert.deepEqual(see(fm(`title: A\n${empty}\nexcerpt: ${LONG}`)), {
        ranges: [LONG],
        messages: ['This excerpt is 161 characters long; search engines show about 160.'],
      });
    });
  }

  it("`description: ''`: no meta description is written, so the excerpt is not measured", () => {
    assert.deepEqual(see(fm(`title: A\ndescription: ''\nexcerpt: ${LONG}`)).ranges, []);
  });
});

describe('seo-length counts characters, not UTF-16 units', () => {
  // Emoji whose UTF-16 pairs sit at the ends of the surrogate ranges: 𐀀 U+10000 (D800 DC00),
  // 🐀 U+1F400 (D83D DC00), 🏿 U+1F3FF (D83C DFFF), U+10FFFD (DBFF DFFD).
  const ASTRAL = ['𐀀', '🐀', '🏿', '\u{10FFFD}'];
  for (const c of ASTRAL) {
    it(`a title of 60 characters, 20 of them ${c} (U+${c.codePointAt(0)!.toString(16).toUpperCase()}), is not too long; 61 is`, () => {
      assert.deepEqual(see(fm(`title: ${'a'.repeat(40)}${c.repeat(20)}`)).ranges, []);
      const longer = `${'a'.repeat(41)}${c.repeat(20)}`;
      assert.deepEqual(see(fm(`title: ${longer}`)), { ranges: [longer], messages: ['This title is 61 characters long; search engines show about 60.'] });
    });
  }

  it('an excerpt of 160 characters written in 220 UTF-16 units is not too long; one of 161 is', () => {
    assert.deepEqual(see(fm(`title: A\nexcerpt: ${'e'.repeat(100)}${'😀'.repeat(60)}`)).ranges, []);
    const longer = `${'e'.repeat(101)}${'😀'.repeat(60)}`;
    assert.deepEqual(see(fm(`title: A\nexcerpt: ${longer}`)), { ranges: [longer], messages: ['This excerpt is 161 characters long; search engines show about 160.'] });
  });

  it('a title or excerpt written as a list is no text to measure (and no rule failure)', () => {
    const items = Array.from({ length: 200 }, (_, i) => `w${i}`).join(', ');
    assert.deepEqual(see(fm(`title: [${items}]\nexcerpt: [${items}]`)).ranges, []);
  });
});
