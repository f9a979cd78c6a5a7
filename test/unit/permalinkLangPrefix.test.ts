/**
 * permalink-lang-mismatch: the language segment a permalink starts with, however it is written, and
 * the fix `--fix=suggested` applies. URLs are those jekyll 4.3.1 gave the same posts: without a
 * plugin (build in /tmp/k3-links/s5) `permalink: en/retours/` at /en/retours/, `"/en/b/"` at /en/b/,
 * `/pt-br/c/` at /pt-br/c/, `/tag/d/` at /tag/d/; with jekyll-polyglot (`languages: [en, fr]`,
 * `default_lang: en`, /tmp/k3-links/s6) a French post's `/fr/retours/` at /fr/fr/retours/, and
 * `/retours-b/` at /fr/retours-b/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatMessage } from '../../src/core/messages';
import { lintCase, SiteCase } from './ruleCases';
import { applyEdits } from './helpers';

const post = (lang: string, permalink: string): string => `---\ntitle: A\nlang: ${lang}\npermalink: ${permalink}\n---\nA\n`;
const OTHERS = { '_posts/2015-01-01-x.md': post('fr', '/fr/x/'), '_posts/2015-01-02-y.md': post('en', '/en/y/') };

function seen(c: Omit<SiteCase, 'path'>): { at: string; message: string; fixed: [string, boolean][] }[] {
  return lintCase({ others: OTHERS, ...c, path: '_posts/2014-06-04-a.md' }, 'permalink-lang-mismatch').map((f) => ({
    at: c.text.slice(f.range.start, f.range.end),
    message: formatMessage(f.message),
    fixed: (f.fixes ?? []).map((x) => [applyEdits(c.text, x.edits).split('\n')[3], x.preferred === true]),
  }));
}

test('the prefix is read without a leading slash (Jekyll adds it) and inside double quotes; the fix is preferred', () => {
  assert.deepEqual(seen({ text: post('fr', 'en/retours/') }), [
    { at: 'en', message: 'This fr post’s permalink starts with `/en/`.', fixed: [['permalink: fr/retours/', true]] },
  ]);
  assert.deepEqual(seen({ text: post('fr', '"/en/b/"') }), [
    { at: 'en', message: 'This fr post’s permalink starts with `/en/`.', fixed: [['permalink: "/fr/b/"', true]] },
  ]);
});

test('a region code is part of the prefix: `/pt-br/` in an English post', () => {
  const settings = { languages: ['en', 'pt-br'] };
  assert.deepEqual(seen({ text: post('en', '/pt-br/c/'), settings }), [
    { at: 'pt-br', message: 'This en post’s permalink starts with `/pt-br/`.', fixed: [['permalink: /en/c/', true]] },
  ]);
  assert.deepEqual(seen({ text: post('en', '/pt_BR/c/'), settings: { languages: ['en', 'pt_BR'] } }).map((f) => f.at), ['pt_BR']);
});

test('only the first segment is a prefix, and only a language is one', () => {
  // `/tag/` is three letters but no language of the site; `/x/en/` has its language second.
  assert.deepEqual(seen({ text: post('fr', '/tag/d/') }), []);
  assert.deepEqual(seen({ text: post('fr', '/x/en/d/') }), []);
});

test('a prefix in the site’s default_lang counts even where the declared languages leave it out', () => {
  // No plugin reads default_lang here: Jekyll serves this French post at /en/d/.
  assert.deepEqual(seen({ text: post('fr', '/en/d/'), config: 'title: T\ndefault_lang: en\n', settings: { languages: ['fr', 'de'] } }).map((f) => f.at), ['en']);
});

test('jekyll-polyglot: the hand-written prefix of a non-default language is removed by the preferred fix', () => {
  const config = 'title: T\nplugins: [jekyll-polyglot]\nlanguages: [en, fr]\ndefault_lang: en\n';
  assert.deepEqual(seen({ text: post('fr', '/fr/retours/'), config }), [
    { at: 'fr', message: 'jekyll-polyglot adds the `/fr/` prefix itself: written by hand, it appears twice.', fixed: [['permalink: /retours/', true]] },
  ]);
  // A prefix of another language than the post's is polyglot's business no more than ours.
  assert.deepEqual(seen({ text: post('fr', '/en/retours/'), config }), []);
});
