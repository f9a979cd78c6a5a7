import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { effectiveFrontMatter, lintDocument } from '../../src/core/lint/lint';
import { Finding } from '../../src/core/lint/types';
import { formatMessage } from '../../src/core/messages';
import { readConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';
import { factsFromDocuments } from '../../src/core/site/siteScan';
import { parseFrontMatter } from '../../src/core/site/frontMatter';
import { applyEdits, slice } from './helpers';
import { assertTranslated, lintCase, SiteCase } from './ruleCases';

// What an author sees of required-key: which documents it speaks of, what it says, which fixes it
// offers and the file after each. The titles Jekyll makes were printed by jekyll 4.3.1 (a layout
// printing `{{ page.title }}`, built with and without --drafts):
//   _posts/2014-06-04-null-title.md, `title:`       → “Null Title”
//   _posts/2014-06-05-false-title.md, `title: false` → “False Title”
//   _posts/2014-06-06-empty-title.md, `title: ''`   → “” (kept)
//   _drafts/2014-06-08-my-draft.md, no title        → “My Draft” (with --drafts)
//   _drafts/undated-draft.md, no title              → “Undated Draft” (with --drafts)
//   page.md, no title                               → nothing (pages get no title)
const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;
const RULE = 'required-key';
const TITLE = { requiredKeys: ['title'] };

interface Seen {
  readonly findings: Finding[];
  readonly ranges: string[];
  readonly messages: string[];
  /** The first finding's fixes: title, file after it, preferred. */
  readonly fixes: { title: string; text: string; preferred: boolean }[];
}

function see(c: SiteCase): Seen {
  const findings = lintCase(c, RULE);
  return {
    findings,
    ranges: findings.map((f) => slice(c.text, f.range)),
    messages: findings.map((f) => formatMessage(f.message)),
    fixes: (findings[0]?.fixes ?? []).map((f) => ({ title: formatMessage(f.title), text: applyEdits(c.text, f.edits), preferred: f.preferred === true })),
  };
}

describe('required-key: a title Jekyll makes from the file name', () => {
  it('`title:` left empty: Jekyll replaces it (“Null Title”), and the fix writes the title in place of the empty value', () => {
    const text = fm('title:\nlang: fr');
    const seen = see({ settings: TITLE, path: '_posts/2014-06-04-null-title.md', text });
    assert.deepEqual(seen.ranges, ['---']);
    assert.deepEqual(seen.messages, ['This post has no `title`; Jekyll makes one from the file name: “Null Title”.']);
    assert.deepEqual(seen.fixes, [{ title: 'Add `title: Null Title`', text: fm('title: Null Title\nlang: fr'), preferred: true }]);
  });

  it('`title: false`: Jekyll replaces it too (“False Title”), in place', () => {
    const text = fm('layout: post\ntitle: false # hidden\nlang: fr');
    const seen = see({ settings: TITLE, path: '_posts/2014-06-05-false-title.md', text });
    assert.deepEqual(seen.messages, ['This post has no `title`; Jekyll makes one from the file name: “False Title”.']);
    assert.deepEqual(seen.fixes, [{ title: 'Add `title: False Title`', text: fm('layout: post\ntitle: False Title # hidden\nlang: fr'), preferred: true }]);
  });

  it('no title at all: the fix adds the line, quoted where the title alone would read as another type (`yes` → `Yes`, a boolean)', () => {
    const text = fm('lang: fr');
    const seen = see({ settings: TITLE, path: '_posts/2014-06-07-yes.md', text });
    assert.deepEqual(seen.messages, ['This post has no `title`; Jekyll makes one from the file name: “Yes”.']);
    assert.deepEqual(seen.fixes, [{ title: 'Add `title: Yes`', text: fm("lang: fr\ntitle: 'Yes'"), preferred: true }]);
  });

  it('a draft without title: Jekyll titles drafts from their file name too (“My Draft”)', () => {
    const seen = see({ settings: TITLE, path: '_drafts/2014-06-08-my-draft.md', text: fm('lang: fr') });
    assert.deepEqual(seen.messages, ['This post has no `title`; Jekyll makes one from the file name: “My Draft”.']);
    assert.deepEqual(seen.fixes.map((f) => f.text), [fm('lang: fr\ntitle: My Draft')]);
    const undated = see({ settings: TITLE, path: '_drafts/undated-draft.md', text: fm('lang: fr') });
    assert.deepEqual(undated.messages, ['This post has no `title`; Jekyll makes one from the file name: “Undated Draft”.']);
  });

  it('a page or a collection document is not a post: nothing is required of it', () => {
    assert.deepEqual(see({ settings: TITLE, path: 'about.md', text: fm('layout: page') }).findings, []);
    const events = 'collections:\n  events:\n    output: true\n';
    assert.deepEqual(see({ settings: TITLE, config: events, path: '_events/2014-06-09-an-event.md', text: fm('layout: page') }).findings, []);
  });

  it('an empty title is kept by Jekyll: no finding', () => {
    assert.deepEqual(see({ settings: TITLE, path: '_posts/2014-06-06-empty-title.md', text: fm("title: ''\nlang: fr") }).findings, []);
  });
});

describe('required-key: other keys the site requires', () => {
  const KEYS = { requiredKeys: ['title', 'description'] };
  for (const written of ["description: ''", 'description:', 'description: false', 'description: ~']) {
    it(`\`${written}\` has no description to show: reported, with no fix (only the author can write one)`, () => {
      const seen = see({ settings: KEYS, text: fm(`title: A\nlang: fr\n${written}`), others: others('fr', 'en') });
      assert.deepEqual(seen.ranges, ['---']);
      assert.deepEqual(seen.messages, ['This post has no `description`, which the site’s posts have.']);
      assert.deepEqual(seen.findings[0].fixes, []);
    });
  }
  it('a description written: nothing to say', () => {
    assert.deepEqual(see({ settings: KEYS, text: fm('title: A\ndescription: Un compte rendu') }).findings, []);
  });
});

/** A site whose other posts are in these languages (no `lang` for undefined). */
function others(...langs: (string | undefined)[]): Record<string, string> {
  return Object.fromEntries(langs.map((lang, i) => [`_posts/2015-01-0${i + 1}-p${i}.md`, fm(lang === undefined ? `title: P${i}` : `title: P${i}\nlang: ${lang}`)]));
}

describe('required-key: `lang` on a site whose posts mostly set it', () => {
  it('a post without lang among French and English posts: one fix per language the site uses, in order, none preferred', () => {
    const text = fm('title: A');
    const seen = see({ text, others: others('fr', 'en', 'fr') });
    assert.deepEqual(seen.ranges, ['---']);
    assert.deepEqual(seen.messages, ['This post has no `lang`, which the site’s posts have.']);
    assert.deepEqual(seen.fixes, [
      { title: 'Add `lang: fr`', text: fm('title: A\nlang: fr'), preferred: false },
      { title: 'Add `lang: en`', text: fm('title: A\nlang: en'), preferred: false },
    ]);
  });

  it('`lang:` written empty: reported, and the fix fills that line instead of adding a second `lang`', () => {
    const text = fm("title: A\nlang: ''");
    const seen = see({ text, others: others('fr', 'en', 'fr') });
    assert.deepEqual(seen.messages, ['This post has no `lang`, which the site’s posts have.']);
    assert.deepEqual(seen.fixes.map((f) => f.text), [fm("title: A\nlang: 'fr'"), fm("title: A\nlang: 'en'")]);
  });

  it('VS Code’s default `jekyllPosts.languages` (an empty list) declares nothing: the fixes are the languages in use', () => {
    const seen = see({ text: fm('title: A'), others: others('fr', 'en', 'fr'), settings: { languages: [] } });
    assert.deepEqual(seen.fixes.map((f) => f.title), ['Add `lang: fr`', 'Add `lang: en`']);
  });

  it('languages the settings declare are the choices, in their order, even one no post uses yet', () => {
    const seen = see({ text: fm('title: A'), others: others('fr', 'en', 'fr'), settings: { languages: ['en', 'fr', 'de'] } });
    assert.deepEqual(seen.fixes.map((f) => f.title), ['Add `lang: en`', 'Add `lang: fr`', 'Add `lang: de`']);
  });

  it('Norwegian `no` is written quoted: plain `no` reads as false', () => {
    const seen = see({ text: fm('title: A'), others: others("'no'", 'nb', "'no'") });
    assert.deepEqual(seen.fixes.map((f) => f.text), [fm("title: A\nlang: 'no'"), fm('title: A\nlang: nb')]);
  });

  it('half the posts with lang is no majority: nothing required', () => {
    assert.deepEqual(see({ text: fm('title: A'), others: others('fr', 'en', undefined) }).findings, []);
  });

  it('a site whose `_config.yml` gives an empty `lang` names no default language: lang is still required', () => {
    assert.deepEqual(see({ config: "title: T\nlang: ''\n", text: fm('title: A'), others: others('fr', 'en', 'fr') }).ranges, ['---']);
    assert.deepEqual(see({ config: 'title: T\nlang: fr\n', text: fm('title: A'), others: others('fr', 'en', 'fr') }).ranges, []);
  });
});

describe('required-key: `lang` while the site index still counts the saved file', () => {
  // The editor lints the text being typed; the site's facts come from the files on disk.
  const config = readConfig('title: T\n');
  function lintEdited(saved: Record<string, string>, path: string, edited: string): Finding[] {
    const docs = Object.entries(saved).map(([p, text]) => {
      const info = classifyPath(p, config)!;
      const parsed = parseFrontMatter(text);
      return { info, data: effectiveFrontMatter(info, config, parsed), own: parsed.data };
    });
    const site = factsFromDocuments(docs, { authors: new Map(), hasAuthorRegistry: false, layouts: undefined });
    const findings = lintDocument({ text: edited, document: classifyPath(path, config)!, config }, { site, settings: { now: new Date('2026-11-26T12:00:00Z'), timezone: 'UTC', requiredKeys: [] } }).filter((f) => f.rule === RULE);
    for (const f of findings) assertTranslated(f);
    return findings;
  }
  const A = '_posts/2015-01-01-a.md';
  const B = '_posts/2015-01-02-b.md';

  it('two posts, both saved with lang: removing it from one is reported', () => {
    const findings = lintEdited({ [A]: fm('title: A\nlang: fr'), [B]: fm('title: B\nlang: en') }, A, fm('title: A'));
    assert.deepEqual(findings.map((f) => f.message.args), [['lang']]);
  });

  it('a site of one post: one post is no habit to follow, even with lang', () => {
    assert.deepEqual(lintEdited({ [A]: fm('title: A\nlang: fr') }, A, fm('title: A')), []);
  });
});
