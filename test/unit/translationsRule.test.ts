import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { Finding } from '../../src/core/lint/types';
import { slice } from './helpers';
import { DEFAULT_POST, lintCase, SiteCase } from './ruleCases';

// What users see of the translation rules: which post gets a finding, at which range, with which
// message arguments and related places. The posts link their language versions by a shared `ref`
// (or by language folders), as polyglot-style sites do; these rules say nothing Jekyll computes.
const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;
const lint = (c: SiteCase, rule: string): { findings: Finding[]; ranges: string[] } => {
  const findings = lintCase(c, rule);
  return { findings, ranges: findings.map((f) => slice(c.text, f.range)) };
};

/** A site where every post has its other-language version: 4 posts, 2 groups. */
const TRANSLATED = {
  '_posts/2015-01-01-a.md': fm('title: A\nlang: fr\nref: a'),
  '_posts/2015-01-02-b.md': fm('title: B\nlang: en\nref: a'),
  '_posts/2015-01-03-c.md': fm('title: C\nlang: fr\nref: c'),
  '_posts/2015-01-04-d.md': fm('title: D\nlang: en\nref: c'),
};

describe('translation-duplicate', () => {
  it('names every other post of the same language, the language and the key, each as a related place', () => {
    const c = { text: fm('title: A\nlang: fr\nref: a'), others: { '_posts/2015-01-01-a.md': fm('title: A\nlang: fr\nref: a'), '_posts/2015-01-05-e.md': fm('title: E\nlang: fr\nref: a'), '_posts/2015-01-02-b.md': fm('title: B\nlang: en\nref: a') } };
    const { findings, ranges } = lint(c, 'translation-duplicate');
    assert.deepEqual(ranges, ['a']);
    assert.deepEqual(findings[0].message.args, ['_posts/2015-01-01-a.md, _posts/2015-01-05-e.md', 'fr', 'a']);
    assert.deepEqual(findings[0].related?.map((r) => [r.file, r.range, r.message.template]), [
      ['_posts/2015-01-01-a.md', { start: 0, end: 0 }, 'Same language, same translation key'],
      ['_posts/2015-01-05-e.md', { start: 0, end: 0 }, 'Same language, same translation key'],
    ]);
  });
  it('posts without lang that share a key are no language versions: nothing to say', () => {
    assert.deepEqual(lint({ text: fm('title: A\nref: a'), others: { ...TRANSLATED, '_posts/2015-01-05-e.md': fm('title: E\nref: a') } }, 'translation-duplicate').ranges, []);
  });
  it('a page sharing a post’s key is no post version', () => {
    assert.deepEqual(lint({ path: 'about.md', text: fm('title: A\nlang: fr\nref: a'), others: TRANSLATED }, 'translation-duplicate').ranges, []);
  });
  it('a file in _posts whose name has no date is no post (Jekyll skips it): no finding, no failure', () => {
    for (const rule of ['translation-duplicate', 'translation-missing', 'translation-mismatch']) {
      assert.deepEqual(lint({ path: '_posts/notes.md', text: fm('title: A\nlang: fr\nref: a\npermalink: /a/'), others: { ...TRANSLATED, '_posts/2015-01-02-b.md': fm('title: B\nlang: en\nref: a\npermalink: /en/b/') } }, rule).ranges, [], rule);
    }
  });
});

describe('translation-missing', () => {
  it('names each missing language, on the key’s value', () => {
    const others = { ...TRANSLATED, '_posts/2015-01-05-e.md': fm('title: E\nlang: de\nref: a') };
    const { findings, ranges } = lint({ text: fm('title: Z\nlang: fr\nref: z'), others }, 'translation-missing');
    assert.deepEqual(ranges, ['z']);
    assert.deepEqual(findings[0].message.args, ['en, de']);
  });
  it('a post without a key on a translated site misses the other language only', () => {
    const { findings, ranges } = lint({ text: fm('title: Z\nlang: fr'), others: TRANSLATED }, 'translation-missing');
    assert.deepEqual(ranges, ['---']);
    assert.deepEqual(findings[0].message.args, ['en']);
  });
  it('a post with its other version: nothing to say', () => {
    assert.deepEqual(lint({ text: fm('title: A\nlang: fr\nref: a'), path: '_posts/2015-01-05-a.md', others: { ...TRANSLATED, '_posts/2015-01-01-a.md': fm('title: A\nlang: en\nref: x'), '_posts/2015-01-06-x.md': fm('title: X\nlang: fr\nref: x') } }, 'translation-missing').ranges, []);
    assert.deepEqual(lint({ text: fm('title: A\nlang: fr\nref: c'), path: '_posts/2015-01-03-c.md', others: TRANSLATED }, 'translation-missing').ranges, []);
  });
  it('on a site where exactly half the posts are translated, the rule is on', () => {
    // a and b are versions of each other; c and z have none: 2 of 4 posts translated.
    const others = { '_posts/2015-01-01-a.md': fm('title: A\nlang: fr\nref: a'), '_posts/2015-01-02-b.md': fm('title: B\nlang: en\nref: a'), '_posts/2015-01-03-c.md': fm('title: C\nlang: fr\nref: c') };
    assert.deepEqual(lint({ text: fm('title: Z\nlang: fr\nref: z'), others }, 'translation-missing').ranges, ['z']);
  });
  it('a post without lang, or a page: nothing to say', () => {
    assert.deepEqual(lint({ text: fm('title: Z\nref: z'), others: TRANSLATED }, 'translation-missing').ranges, []);
    assert.deepEqual(lint({ path: 'about.md', text: fm('title: Z\nlang: fr\nref: z'), others: TRANSLATED }, 'translation-missing').ranges, []);
  });
});

const FOLDERS = {
  '_posts/fr/2014-06-04-b.md': fm('title: B\nlang: fr'),
  '_posts/en/2014-06-20-b.md': fm('title: B\nlang: en-US'),
  '_posts/zh-CN/2014-06-21-b.md': fm('title: B\nlang: zh-CN'),
  '_posts/en/2014-06-22-c.md': fm('title: C\nlang: en'),
};

describe('translation-mismatch: lang and language folder', () => {
  it('a region of the folder’s language (en-US in en/), or the folder’s exact name (zh-CN in zh-CN/): no finding', () => {
    assert.deepEqual(lint({ path: '_posts/en/2014-06-04-a.md', text: fm('title: A\nlang: en-US'), others: FOLDERS }, 'translation-mismatch').ranges, []);
    assert.deepEqual(lint({ path: '_posts/en/2014-06-04-a.md', text: fm('title: A\nlang: EN'), others: FOLDERS }, 'translation-mismatch').ranges, []);
    assert.deepEqual(lint({ path: '_posts/zh-CN/2014-06-04-a.md', text: fm('title: A\nlang: zh-CN'), others: FOLDERS }, 'translation-mismatch').ranges, []);
  });
  it('lang fr in en/ names the folder and the lang', () => {
    const { findings, ranges } = lint({ path: '_posts/en/2014-06-04-a.md', text: fm('title: A\nlang: fr'), others: FOLDERS }, 'translation-mismatch');
    assert.deepEqual(ranges, ['fr']);
    assert.deepEqual(findings[0].message.args, ['en', 'fr']);
  });
  it('a lang given by the site’s defaults goes on the opening fence', () => {
    const config = 'defaults:\n  - scope: {path: _posts/en}\n    values: {lang: fr}\n';
    assert.deepEqual(lint({ config, path: '_posts/en/2014-06-04-a.md', text: fm('title: A'), others: FOLDERS }, 'translation-mismatch').ranges, ['---']);
  });
  it('a file of _posts named like a language (`_posts/fr`, no date: jekyll 4.3.1 writes nothing for it) is in no language folder', () => {
    assert.deepEqual(lint({ path: '_posts/fr', text: fm('title: A\nlang: en'), others: FOLDERS }, 'translation-mismatch').ranges, []);
  });
  it('a post without lang in a language folder, or a page: nothing to say', () => {
    assert.deepEqual(lint({ path: '_posts/en/2014-06-04-a.md', text: fm('title: A'), others: FOLDERS }, 'translation-mismatch').ranges, []);
    assert.deepEqual(lint({ path: 'en/about.md', text: fm('title: A\nlang: fr'), others: FOLDERS }, 'translation-mismatch').ranges, []);
  });
});

describe('translation-mismatch: language prefixes of permalinks', () => {
  const other = (lines: string) => ({ '_posts/2014-06-05-b.md': fm(`title: B\nref: a\n${lines}`) });
  it('the other version writes /en/, this one no /fr/: on the permalink, naming both languages and the other file', () => {
    const { findings, ranges } = lint({ text: fm('title: A\nlang: fr\nref: a\npermalink: /a/'), others: other('lang: en\npermalink: /en/b/') }, 'translation-mismatch');
    assert.deepEqual(ranges, ['/a/']);
    assert.deepEqual(findings[0].message.args, ['en', 'fr']);
    assert.deepEqual(findings[0].related?.map((r) => [r.file, r.range, r.message.template]), [['_posts/2014-06-05-b.md', { start: 0, end: 0 }, 'The other version']]);
  });
  it('a permalink from the site’s defaults: on the key’s value', () => {
    const config = `defaults:\n  - scope: {path: ${DEFAULT_POST}}\n    values: {permalink: /:title/}\n`;
    assert.deepEqual(lint({ config, text: fm('title: A\nlang: fr\nref: a'), others: other('lang: en\npermalink: /en/b/') }, 'translation-mismatch').ranges, ['a']);
  });
  it('both prefixed, neither prefixed, this one without a permalink, or the same language: no finding', () => {
    assert.deepEqual(lint({ text: fm('title: A\nlang: fr\nref: a\npermalink: /fr/a/'), others: other('lang: en\npermalink: /en/b/') }, 'translation-mismatch').ranges, []);
    assert.deepEqual(lint({ text: fm('title: A\nlang: fr\nref: a\npermalink: /a/'), others: other('lang: en\npermalink: /b/') }, 'translation-mismatch').ranges, []);
    assert.deepEqual(lint({ text: fm('title: A\nlang: fr\nref: a'), others: other('lang: en\npermalink: /en/b/') }, 'translation-mismatch').ranges, []);
    assert.deepEqual(lint({ text: fm('title: A\nlang: fr\nref: a\npermalink: /a/'), others: other('lang: fr\npermalink: /fr/b/') }, 'translation-mismatch').ranges, []);
  });
});
