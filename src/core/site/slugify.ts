/**
 * Jekyll's `Utils.slugify(string, mode:, cased:)` (Jekyll 4.3.1, utils.rb), every mode.
 *
 * - `raw`: runs of ASCII whitespace (Ruby's `\s`) become `-`;
 * - `default` (also when the mode is nil): runs of anything that is not a letter, mark or decimal digit;
 * - `pretty`: like default but keeps `._~!$&'()+,;=@`;
 * - `ascii`: anything that is not `A-Za-z0-9`;
 * - `latin`: every non-ASCII character becomes its I18n.transliterate approximation (or `?`), then default;
 * - any other mode: the string is returned as is, downcased unless cased.
 * Then one leading and one trailing `-` are dropped and, unless cased, the result is downcased
 * (Ruby's String#downcase: per character, no Greek final sigma).
 */

export const SLUGIFY_MODES = ['raw', 'default', 'pretty', 'ascii', 'latin'] as const;
export type SlugifyMode = (typeof SLUGIFY_MODES)[number];

export interface SlugifyOptions {
  /** One of SLUGIFY_MODES; undefined or null means `default`; anything else only downcases. */
  readonly mode?: string | null;
  readonly cased?: boolean;
}

// I18n::Backend::Transliterator::HashTransliterator::DEFAULT_APPROXIMATIONS (ruby-i18n 1.10.0,
// Debian's), as `<char><ascii>` words: the first code point is the character, the rest its approximation.
const APPROXIMATIONS_SOURCE =
  "ÀA ÁA ÂA ÃA ÄA ÅA ÆAE ÇC ÈE ÉE ÊE ËE ÌI ÍI ÎI ÏI ÐD ÑN ÒO ÓO ÔO ÕO ÖO ×x ØO ÙU ÚU ÛU ÜU ÝY ÞTh " +
  "ßss àa áa âa ãa äa åa æae çc èe ée êe ëe ìi íi îi ïi ðd ñn òo óo ôo õo öo øo ùu úu ûu üu ýy þth " +
  "ÿy ĀA āa ĂA ăa ĄA ąa ĆC ćc ĈC ĉc ĊC ċc ČC čc ĎD ďd ĐD đd ĒE ēe ĔE ĕe ĖE ėe ĘE ęe ĚE ěe ĜG ĝg ĞG " +
  "ğg ĠG ġg ĢG ģg ĤH ĥh ĦH ħh ĨI ĩi ĪI īi ĬI ĭi ĮI įi İI ıi ĲIJ ĳij ĴJ ĵj ĶK ķk ĸk ĹL ĺl ĻL ļl ĽL " +
  "ľl ĿL ŀl ŁL łl ŃN ńn ŅN ņn ŇN ňn ŉ'n ŊNG ŋng ŌO ōo ŎO ŏo ŐO őo ŒOE œoe ŔR ŕr ŖR ŗr ŘR řr ŚS śs " +
  "ŜS ŝs ŞS şs ŠS šs ŢT ţt ŤT ťt ŦT ŧt ŨU ũu ŪU ūu ŬU ŭu ŮU ůu ŰU űu ŲU ųu ŴW ŵw ŶY ŷy ŸY ŹZ źz ŻZ " +
  "żz ŽZ žz";

const APPROXIMATIONS: ReadonlyMap<string, string> = new Map(
  APPROXIMATIONS_SOURCE.trim()
    .split(' ')
    .map((word) => {
      const [ch, ...rest] = [...word];
      return [ch, rest.join('')] as [string, string];
    }),
);

const RAW = /[ \t\n\v\f\r]+/g;
const DEFAULT = /[^\p{M}\p{L}\p{Nd}]+/gu;
const PRETTY = /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu;
const ASCII = /[^A-Za-z0-9]+/g;

/** I18n.transliterate with the default approximations: non-ASCII characters without one become `?`. */
export function transliterate(text: string): string {
  return text.replace(/[^\x00-\x7f]/gu, (ch) => APPROXIMATIONS.get(ch) ?? '?');
}

/** Ruby's String#downcase (full Unicode mapping, character by character). */
export function rubyDowncase(text: string): string {
  let out = '';
  for (const ch of text) out += ch.toLowerCase();
  return out;
}

export function isSlugifyMode(mode: unknown): mode is SlugifyMode {
  return typeof mode === 'string' && (SLUGIFY_MODES as readonly string[]).includes(mode);
}

/** Jekyll's Utils.slugify; null for a null or undefined input, as Ruby returns nil. */
export function slugify(input: string | null | undefined, options: SlugifyOptions = {}): string | null {
  if (input === null || input === undefined) return null;
  const mode = options.mode ?? 'default';
  const cased = options.cased ?? false;
  if (!isSlugifyMode(mode)) return cased ? input : rubyDowncase(input);
  let text = mode === 'latin' ? transliterate(input) : input;
  const pattern = mode === 'raw' ? RAW : mode === 'pretty' ? PRETTY : mode === 'ascii' ? ASCII : DEFAULT;
  text = text.replace(pattern, '-');
  // gsub(/^-|-$/): one hyphen at the start and one at the end (no newline is left to make other lines).
  if (text.startsWith('-')) text = text.slice(1);
  if (text.endsWith('-')) text = text.slice(0, -1);
  return cased ? text : rubyDowncase(text);
}
