/** Matching that ignores case and accents: `securite` finds `Sécurité`, `oeuvre` finds `Œuvre`. */

const cache = new Map<string, string>();
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };

/** Lower case, accents and ligatures removed. */
export function fold(text: string): string {
  const known = cache.get(text);
  if (known !== undefined) return known;
  const folded = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[œæßøłđı]/g, (c) => LIGATURES[c]);
  if (cache.size > 50_000) cache.clear();
  cache.set(text, folded);
  return folded;
}

/**
 * How well `candidate` matches what is typed: 0 when it starts with it, 1 when one of its words
 * does, 2 when it contains it, undefined when it does not match. An empty `typed` matches all (0).
 */
export function matchRank(candidate: string, typed: string): 0 | 1 | 2 | undefined {
  if (typed === '') return 0;
  const c = fold(candidate);
  const t = fold(typed);
  if (c.startsWith(t)) return 0;
  const at = c.indexOf(t);
  if (at === -1) return undefined;
  for (let i = at; i !== -1; i = c.indexOf(t, i + 1)) if (!/[\p{L}\p{N}]/u.test(c[i - 1])) return 1;
  return 2;
}
