// The tags of a post as Jekyll reads them (Utils.pluralized_array_from_hash): every expected list
// below is what `{{ page.tags | jsonify }}` printed in a jekyll 4.3.1 build of the same front matter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jekyllTags, pluralizedArray } from '../../src/core/site/siteFacts';
import { JekyllValue } from '../../src/core/site/scalars';

test('tags as Jekyll builds them: a null tag falls back to tags, strings split, lists flattened without nils', () => {
  const cases: Array<[Record<string, JekyllValue>, string[]]> = [
    [{ tag: null, tags: '  x  y' }, ['x', 'y']],
    [{ tags: ['a', ['b', null], null, 'c'] }, ['a', 'b', 'c']],
    [{ tags: [null] }, []],
    [{ tag: ['p', ['q', null]], tags: 'z' }, ['p', 'q']],
    [{ tags: ['m', 'n'] }, ['m', 'n']],
  ];
  for (const [data, expected] of cases) assert.deepEqual(jekyllTags(data), expected, JSON.stringify(data));
});

test('pluralizedArray gives a copy: changing it leaves the front matter data alone', () => {
  const data: Record<string, JekyllValue> = { tags: ['m', 'n'] };
  pluralizedArray(data, 'tag', 'tags').push('o');
  assert.deepEqual(data.tags, ['m', 'n']);
});
