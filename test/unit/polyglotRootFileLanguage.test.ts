/**
 * permalink-conflict on a jekyll-polyglot site with `lang_from_path: true`: a file at the site's root
 * takes its language from no folder, even when its name looks like one. jekyll-polyglot 1.5.1
 * (derive_lang_from_path reads a first segment only when a folder follows it) built the root files
 * `fr` and `faq`, both `permalink: /x/` and with no `lang`, as default_lang documents: it wrote only
 * `faq` to _site/x/index (and its fallback copy to _site/fr/x/index), and dropped `fr`
 * (build in /tmp/k3-links/s9).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatMessage } from '../../src/core/messages';
import { lintCase } from './ruleCases';

const CONFIG = 'title: T\nplugins: [jekyll-polyglot]\nlanguages: [en, fr]\ndefault_lang: en\nlang_from_path: true\n';
const page = (title: string): string => `---\ntitle: ${title}\npermalink: /x/\n---\n${title}\n`;

test('root files named like a language are default_lang documents: two at one URL conflict', () => {
  const text = page('F');
  const found = lintCase({ path: 'fr', text, others: { faq: page('Q') }, config: CONFIG }, 'permalink-conflict');
  assert.deepEqual(found.map((f) => [text.slice(f.range.start, f.range.end), formatMessage(f.message)]), [['/x/', 'x/index is also written by faq: Jekyll keeps only one of them.']]);
});
