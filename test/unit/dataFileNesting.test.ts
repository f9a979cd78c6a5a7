// A data file nested deeper than MAX_NESTING (64, as front matter) is refused, not read: the value
// converter recurses once a level. Jekyll itself reads it; this guard is ours, and its edge is 64.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { authorsFromData } from '../../src/core/site/authors';
import { MAX_NESTING } from '../../src/core/site/frontMatter';

const nested = (levels: number) => `ann:\n  name: Ann\n  deep: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;

test('_data/authors.yml: read at 64 levels of nesting, refused (no authors, no crash) at 65', () => {
  assert.equal(MAX_NESTING, 64);
  assert.deepEqual(authorsFromData('_data/authors.yml', nested(64)).map((a) => [a.login, a.name]), [['ann', 'Ann']]);
  assert.deepEqual(authorsFromData('_data/authors.yml', nested(65)), []);
  assert.deepEqual(authorsFromData('_data/authors.json', `[{"login": "ann", "deep": ${'['.repeat(70)}${']'.repeat(70)}}]`), []);
});
