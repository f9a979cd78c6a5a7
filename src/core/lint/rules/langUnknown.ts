import { msg } from '../../messages';
import { scalarLike, replaceValue } from '../edits';
import { closest, declaredLanguages, field, languagesInUse } from '../ruleUtils';
import { Fix, Rule } from '../types';

/** Language names people write instead of codes (English, French and the language's own name), lowercase and without accents. */
const NAMES: Readonly<Record<string, string>> = {
  english: 'en', anglais: 'en',
  french: 'fr', francais: 'fr',
  german: 'de', deutsch: 'de', allemand: 'de',
  spanish: 'es', espanol: 'es', espagnol: 'es',
  italian: 'it', italiano: 'it', italien: 'it',
  portuguese: 'pt', portugues: 'pt', portugais: 'pt',
  dutch: 'nl', nederlands: 'nl', neerlandais: 'nl',
  chinese: 'zh', chinois: 'zh',
  japanese: 'ja', japonais: 'ja',
  russian: 'ru', russe: 'ru',
  arabic: 'ar', arabe: 'ar',
  // ISO 639-2 codes of the same languages, where BCP 47 wants the two-letter one.
  eng: 'en', fre: 'fr', fra: 'fr', ger: 'de', deu: 'de', spa: 'es', ita: 'it', por: 'pt',
  dut: 'nl', nld: 'nl', chi: 'zh', zho: 'zh', jpn: 'ja', rus: 'ru', ara: 'ar',
};

/** A well-formed language tag (BCP 47's shape: `en`, `fr-CA`, `zh-Hant-TW`). */
const TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** A tag in BCP 47's usual case: `pt-BR`, `zh-Hant`. */
function canonicalCase(tag: string): string {
  return tag.split('-').map((part, i) => (i === 0 ? part.toLowerCase() : part.length === 2 ? part.toUpperCase() : part.length === 4 ? part[0].toUpperCase() + part.slice(1).toLowerCase() : part.toLowerCase())).join('-');
}

/** The value as a comparable tag: lowercase, `_` read as `-`, a language's name read as its code. */
function normalize(value: string): string {
  const lower = value.toLowerCase().replace(/_/g, '-');
  const plain = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return NAMES[plain] ?? lower;
}

/** Languages in use that `value` is a near miss of, most used first: the same tag spelled otherwise (`FR`, `fr_FR`, `french`), else its language alone when the site writes only that (`fr-fr` beside `fr`). */
function nearMisses(value: string, inUse: ReadonlyMap<string, number>): string[] {
  const norm = normalize(value);
  const byUse = (list: string[]) => list.sort((a, b) => (inUse.get(b) ?? 0) - (inUse.get(a) ?? 0) || (a < b ? -1 : 1));
  const same = [...inUse.keys()].filter((l) => normalize(l) === norm);
  if (same.length) return byUse(same);
  // Callers return before when `value` itself is in use; with no `-`, the primary is `norm`, and `same` is empty.
  const primary = norm.split('-')[0];
  return byUse([...inUse.keys()].filter((l) => normalize(l) === primary));
}

/**
 * `lang` outside the languages the site declares; where it declares none, a value that is no
 * language tag or a near miss of a language its documents use. Which language a post is in only
 * its author knows: the fixes are choices, none preferred.
 */
export const langUnknown: Rule = {
  id: 'lang-unknown',
  defaultSeverity: 'warning',
  check(context, report) {
    const f = field(context, 'lang');
    if (!f || typeof f.value !== 'string' || !f.value) return;
    const value = f.value;
    const choicesFor = (choices: readonly string[]): Fix[] => choices.map((lang) => ({ title: msg('Use `{0}`', lang), edits: [replaceValue(f, scalarLike(f.style, lang))] }));
    const declared = declaredLanguages(context);
    if (declared) {
      if (declared.includes(value)) return;
      const near = nearMisses(value, new Map(declared.map((l) => [l, 1])));
      const choices = near.length ? near : closest(value, declared, 3).length ? closest(value, declared, 3) : declared.slice(0, 3);
      report({ range: f.valueRange, message: msg('`{0}` is not one of the site’s languages ({1}).', value, declared.join(', ')), fixes: choicesFor(choices) });
      return;
    }
    const inUse = languagesInUse(context);
    if (inUse.has(value)) return;
    const near = nearMisses(value, inUse);
    if (near.length) {
      report({ range: f.valueRange, message: msg('`{0}` is written `{1}` elsewhere in the site: pages and lists that compare `lang` will not match this one.', value, near[0]), fixes: choicesFor(near.slice(0, 3)) });
      return;
    }
    if (!TAG.test(value)) {
      const code = canonicalCase(normalize(value));
      const choices = TAG.test(code) ? [code] : closest(value, inUse.keys(), 3);
      report({ range: f.valueRange, message: msg('`{0}` is not a language code: write it as in `en`, `fr` or `pt-BR`.', value), fixes: choicesFor(choices) });
    }
  },
};
