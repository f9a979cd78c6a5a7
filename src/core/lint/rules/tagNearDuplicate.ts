import { msg } from '../../messages';
import { replaceRange, scalarLike } from '../edits';
import { field } from '../ruleUtils';
import { Rule } from '../types';

/** A tag's spelling with case, accents, spaces, hyphens, underscores and a plural `s` folded away. */
const tagKeys = new Map<string, string>();

export function tagKey(tag: string): string {
  let key = tagKeys.get(tag);
  if (key === undefined) {
    if (tagKeys.size >= 20_000) tagKeys.clear();
    tagKeys.set(tag, (key = foldTag(tag)));
  }
  return key;
}

function foldTag(tag: string): string {
  const folded = tag.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s_-]/g, '');
  return folded.length > 3 ? folded.replace(/s$/, '') : folded;
}

/** The site's tags grouped by folded spelling, computed once per set of counts (the index replaces the map when tags change). */
const groups = new WeakMap<ReadonlyMap<string, number>, { size: number; version?: number; byKey: Map<string, [string, number][]> }>();

/**
 * `version` is the site's documents version when the host has one (it changes with any tag); without
 * it, the counts are compared, as the index updates its maps in place.
 */
function spellingsByKey(tags: ReadonlyMap<string, number>, version?: number): Map<string, [string, number][]> {
  const cached = groups.get(tags);
  if (cached && cached.size === tags.size && (version !== undefined ? cached.version === version : !isStale(cached.byKey, tags))) return cached.byKey;
  const byKey = new Map<string, [string, number][]>();
  for (const [tag, count] of tags) {
    const key = tagKey(tag);
    const list = byKey.get(key) ?? [];
    list.push([tag, count]);
    byKey.set(key, list);
  }
  groups.set(tags, { size: tags.size, version, byKey });
  return byKey;
}

/** Counts can change in place (the site index updates its maps): compare them. */
function isStale(byKey: Map<string, [string, number][]>, tags: ReadonlyMap<string, number>): boolean {
  for (const list of byKey.values()) for (const [tag, count] of list) if (tags.get(tag) !== count) return true;
  return false;
}

/**
 * A tag that differs from a tag used elsewhere in the site only by case, accents, spaces/hyphens
 * or a plural: the site ends up with two tag pages for one subject. The fixes are choices.
 */
export const tagNearDuplicate: Rule = {
  id: 'tag-near-duplicate',
  defaultSeverity: 'warning',
  check(context, report) {
    const tags = context.site?.tags;
    const f = field(context, 'tags');
    if (!tags || !f?.items) return;
    const byKey = spellingsByKey(tags, context.site!.siteDocuments?.version);
    for (const item of f.items) {
      if (typeof item.value !== 'string') continue;
      const own = item.value;
      const group = byKey.get(tagKey(own));
      if (!group) continue;
      const spellings = group.filter(([tag]) => tag !== own);
      // Most tags have one spelling, this one: nothing to compare.
      if (spellings.length === 0) continue;
      const ownCount = tags.get(own) ?? 1;
      const [best, bestCount] = spellings.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
      if (bestCount < ownCount || (bestCount === ownCount && best > own)) continue;
      report({
        range: item.range,
        message: msg('`{0}` is spelled `{1}` in {2} other posts: the site will have two tag pages for one subject.', own, best, bestCount),
        // Which spelling the site keeps is the author's decision (tag pages and their URLs change):
        // each one is offered, none applied without asking.
        fixes: spellings.map(([tag]) => ({ title: msg('Use `{0}`', tag), edits: [replaceRange(item.range, scalarLike(item.style, tag))] })),
      });
    }
  },
};
