// A `tags` value that is neither a text nor a list: Jekyll's pluralized_array_from_hash drops it.
// `{{ page.tags | jsonify }}` printed [] for each of these front matters in a jekyll 4.3.1 build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFrontMatter } from '../../src/core/site/frontMatter';
import { jekyllTags } from '../../src/core/site/siteFacts';

test('tags: a number, a map, a boolean or a date gives no tags', () => {
  for (const value of ['5', '{a: 1}', 'true', '2024-01-01']) {
    const data = parseFrontMatter(`---\ntags: ${value}\n---\nx\n`).data!;
    assert.deepEqual(jekyllTags(data), [], `tags: ${value}`);
  }
});
