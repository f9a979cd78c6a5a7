import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { Finding } from '../../src/core/lint/types';
import { applyEdits, slice } from './helpers';
import { lintCase, SiteCase } from './ruleCases';

// What users see of lang-unknown: the finding on the `lang` value, the language it names, and the
// file after each fix (choices: which language a post is in only its author knows). Jekyll itself
// never checks `lang`: `page.lang` is whatever string the front matter holds, so a site whose
// layouts compare `lang` (a language switcher, a list of English posts) misses a post written
// `English` or `FR` where the others say `en` or `fr`.
const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;
const RULE = 'lang-unknown';
const post = (lang: string): string => fm(`title: A\nlang: ${lang}`);

/** A site whose other posts are in these languages, in this order (one post per entry). */
function others(...langs: string[]): Record<string, string> {
  return Object.fromEntries(langs.map((lang, i) => [`_posts/2015-01-${String(i + 1).padStart(2, '0')}-p${i}.md`, post(lang)]));
}

function lint(c: SiteCase): { findings: Finding[]; ranges: string[]; args: (readonly unknown[])[]; fixed: string[] } {
  const findings = lintCase(c, RULE);
  return {
    findings,
    ranges: findings.map((f) => slice(c.text, f.range)),
    args: findings.map((f) => f.message.args),
    fixed: (findings[0]?.fixes ?? []).map((f) => applyEdits(c.text, f.edits)),
  };
}

// Language names, in English, French and the language's own, and ISO 639-2 codes: each is the code.
const NAMED: [string, string][] = [
  ['english', 'en'], ['anglais', 'en'], ['eng', 'en'],
  ['french', 'fr'], ['francais', 'fr'], ['fre', 'fr'], ['fra', 'fr'],
  ['german', 'de'], ['deutsch', 'de'], ['allemand', 'de'], ['ger', 'de'], ['deu', 'de'],
  ['spanish', 'es'], ['espanol', 'es'], ['espagnol', 'es'], ['spa', 'es'],
  ['italian', 'it'], ['italiano', 'it'], ['italien', 'it'], ['ita', 'it'],
  ['portuguese', 'pt'], ['portugues', 'pt'], ['portugais', 'pt'], ['por', 'pt'],
  ['dutch', 'nl'], ['nederlands', 'nl'], ['neerlandais', 'nl'], ['dut', 'nl'], ['nld', 'nl'],
  ['chinese', 'zh'], ['chinois', 'zh'], ['chi', 'zh'], ['zho', 'zh'],
  ['japanese', 'ja'], ['japonais', 'ja'], ['jpn', 'ja'],
  ['russian', 'ru'], ['russe', 'ru'], ['rus', 'ru'],
  ['arabic', 'ar'], ['arabe', 'ar'], ['ara', 'ar'],
];

describe('lang-unknown: a language’s name where the site writes its code', () => {
  for (const [name, code] of NAMED) {
    it(`\`${name}\` beside posts in \`${code}\` is told, and fixed to \`${code}\``, () => {
      const text = post(name);
      const { ranges, args, fixed } = lint({ text, others: others(code, 'en', 'fr') });
      assert.deepEqual(ranges, [name]);
      assert.deepEqual(args, [[name, code]]);
      assert.deepEqual(fixed, [post(code)]);
    });
  }
  it('accents and capitals do not matter: `Français`, `Español`, `Néerlandais`', () => {
    for (const [name, code] of [['Français', 'fr'], ['Español', 'es'], ['Néerlandais', 'nl']]) {
      const { args, fixed } = lint({ text: post(name), others: others(code, 'en') });
      assert.deepEqual(args, [[name, code]]);
      assert.deepEqual(fixed, [post(code)]);
    }
  });
});

describe('lang-unknown: which spelling of the site it offers', () => {
  it('the spelling most posts use first, then the others', () => {
    // One post writes `fr`, three write `FR`: `Fr` is told to be `FR`, then `fr`.
    const { args, fixed } = lint({ text: post('Fr'), others: others('fr', 'FR', 'FR', 'FR') });
    assert.deepEqual(args, [['Fr', 'FR']]);
    assert.deepEqual(fixed, [post('FR'), post('fr')]);
  });
  it('between spellings used as often, code-point order, whatever order the posts come in', () => {
    for (const order of [['fr_FR', 'fr-FR', 'FR-fr'], ['fr-FR', 'FR-fr', 'fr_FR'], ['FR-fr', 'fr_FR', 'fr-FR']]) {
      const { args, fixed } = lint({ text: post('fr_fr'), others: others(...order) });
      assert.deepEqual(args, [['fr_fr', 'FR-fr']], order.join());
      assert.deepEqual(fixed, [post('FR-fr'), post('fr-FR'), post('fr_FR')], order.join());
    }
  });
  it('at most three spellings are offered', () => {
    const { args, fixed } = lint({ text: post('Francais'), others: others('fr', 'fr', 'fr', 'FR', 'FR', 'Fr', 'french') });
    assert.deepEqual(args, [['Francais', 'fr']]);
    assert.deepEqual(fixed, [post('fr'), post('FR'), post('Fr')]);
  });
  it('a post written as most of the site writes it says nothing, though another post spells it otherwise', () => {
    assert.deepEqual(lint({ text: post('fr'), others: others('fr', 'FR') }).ranges, []);
  });
});

describe('lang-unknown: a value that is no language code', () => {
  it('is given in BCP 47’s case: language lower, region upper, script capitalised, other parts lower', () => {
    for (const [value, code] of [['ZH_HANT_TW', 'zh-Hant-TW'], ['sr_latn', 'sr-Latn'], ['CA_VALENCIA', 'ca-valencia'], ['es_419', 'es-419']]) {
      const { ranges, args, fixed } = lint({ text: post(value), others: others('en', 'en') });
      assert.deepEqual(ranges, [value]);
      assert.deepEqual(args, [[value]], value);
      assert.deepEqual(fixed, [post(code)], value);
    }
  });
  it('a `lang` that is not a string (a list) is not this rule’s to tell', () => {
    assert.deepEqual(lint({ text: fm('title: A\nlang: [en, fr]'), others: others('en', 'fr') }).ranges, []);
    assert.deepEqual(lint({ text: fm('title: A\nlang: 1'), others: others('en', 'fr') }).ranges, []);
  });
});

describe('lang-unknown: the languages the site declares', () => {
  const config = 'languages: [fr, en, de, es]\n';
  it('the message names them all; with no near one, the first three are offered', () => {
    const { ranges, args, fixed } = lint({ text: post('klingon'), config });
    assert.deepEqual(ranges, ['klingon']);
    assert.deepEqual(args, [['klingon', 'fr, en, de, es']]);
    assert.deepEqual(fixed, [post('fr'), post('en'), post('de')]);
  });
});
