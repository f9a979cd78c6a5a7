/**
 * translation-mismatch on language prefixes: a version counts as prefixed only by its own language.
 * A version that declares no `lang` has no prefix to follow, whatever its permalink starts with
 * (here `/undefined/`, the text a missing language would make of the prefix).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintCase } from './ruleCases';

const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;

test('a version without `lang` sets no prefix for the others', () => {
  const text = fm('title: A\nlang: fr\nref: a\npermalink: /a/');
  const others = { '_posts/2015-01-02-b.md': fm('title: B\nref: a\npermalink: /undefined/b/'), '_posts/2015-01-03-c.md': fm('title: C\nlang: en\nref: a\npermalink: /c/') };
  assert.deepEqual(lintCase({ text, others }, 'translation-mismatch').map((f) => [text.slice(f.range.start, f.range.end), [...f.message.args]]), []);
  // The same version with its `lang`: its /en/ prefix is one this post should follow.
  const prefixed = { ...others, '_posts/2015-01-02-b.md': fm('title: B\nlang: en\nref: a\npermalink: /en/b/') };
  assert.deepEqual(lintCase({ text, others: prefixed }, 'translation-mismatch').map((f) => [text.slice(f.range.start, f.range.end), [...f.message.args]]), [['/a/', ['en', 'fr']]]);
});
