import { msg } from '../../messages';
import { scalarLike, replaceValue } from '../edits';
import { closest, field, knownLanguages } from '../ruleUtils';
import { Rule } from '../types';

/** `lang` outside the languages the site uses. */
export const langUnknown: Rule = {
  id: 'lang-unknown',
  defaultSeverity: 'warning',
  check(context, report) {
    const f = field(context, 'lang');
    if (!f || typeof f.value !== 'string' || !f.value) return;
    const known = knownLanguages(context);
    if (known.length === 0 || known.includes(f.value)) return;
    const suggestions = closest(f.value, known, 3);
    const caseOnly = known.find((k) => k.toLowerCase() === f.value!.toString().toLowerCase());
    const choices = caseOnly ? [caseOnly] : suggestions.length ? suggestions : known.slice(0, 3);
    report({
      range: f.valueRange,
      message: msg('`{0}` is not one of the site’s languages ({1}).', f.value, known.join(', ')),
      fixes: choices.map((lang, i) => ({ title: msg('Use `{0}`', lang), edits: [replaceValue(f, scalarLike(f.style, lang))], preferred: i === 0 && choices.length === 1 })),
    });
  },
};
