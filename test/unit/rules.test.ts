import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { allRules } from '../../src/core/lint/rules';
import { layoutRuleOffReason } from '../../src/core/lint/rules/layoutUnknown';
import { formatMessage } from '../../src/core/messages';
import { readConfig } from '../../src/core/site/config';
import { applyEdits, slice } from './helpers';
import { DEFAULT_POST, lintCase, SiteCase } from './ruleCases';

interface RuleCase extends SiteCase {
  readonly name: string;
  /** Expected findings: the text each range covers. Empty for a negative case. */
  readonly ranges: readonly string[];
  readonly severity?: string;
  /** The text after applying the first finding's fix number `fix` (default 0). */
  readonly fixed?: string;
  readonly fix?: number;
  /** Expected rename of the first finding's fix. */
  readonly rename?: string;
  /** Which of the first finding's fixes are preferred (applied by `--fix` and Fix all). */
  readonly preferred?: readonly boolean[];
}

const fm = (lines: string, eol = '\n'): string => `---${eol}${lines.split('\n').join(eol)}${eol}---${eol}${eol}Body.${eol}`;

const SEED = fm(`layout: post
title: Retours sur dotScale 2014
lang: fr
permalink: /fr/retours-sur-dotscale-2014/
authors:
 - marie
date: '2014-06-04 15:27:59 +0200'
date_gmt: '2014-06-04 13:27:59 +0200'
categories:
- Non classé
tags:
- dotScale`);

const BILINGUAL_OTHERS = {
  '_posts/2015-01-01-a.md': fm('title: A\nlang: fr\npermalink: /fr/a/\nauthors: [marie]\ntags: [php, dotScale]'),
  '_posts/2015-01-02-b.md': fm('title: B\nlang: en\npermalink: /en/b/\nauthors: [tom]\ntags: [php]'),
  '_posts/2015-01-03-c.md': fm('title: C\nlang: en\npermalink: /en/c/\nauthors: [tom]\ntags: [symfony]'),
};

/** A French-majority site: three French posts, one English. */
const FRENCH_SITE = {
  '_posts/2015-01-01-a.md': fm('title: A\nlang: fr\npermalink: /fr/a/'),
  '_posts/2015-01-02-b.md': fm('title: B\nlang: fr\npermalink: /fr/b/'),
  '_posts/2015-01-03-c.md': fm('title: C\nlang: fr\npermalink: /fr/c/'),
  '_posts/2015-01-04-d.md': fm('title: D\nlang: en\npermalink: /en/d/'),
};

/** Folder per language, with the French and English versions sharing a file name. */
const FOLDER_SITE = {
  '_posts/fr/2014-06-04-b.md': fm('title: B\nlang: fr'),
  '_posts/en/2014-06-20-b.md': fm('title: B\nlang: en'),
  '_posts/fr/2014-07-01-c.md': fm('title: C\nlang: fr'),
};

const POLYGLOT_CONFIG = 'plugins: [jekyll-polyglot]\nlanguages: ["en", "zh-CN"]\ndefault_lang: en\npermalink: pretty\n';

const RAW_PAGE_CONFIG = 'defaults:\n  - scope: {path: ""}\n    values: {lang: fr, layout: page}\n';

const CN_CONFIG = 'lang: en\ncollections:\n  cn:\n    output: true\n';
const CN_DEFAULTS_CONFIG = `${CN_CONFIG}defaults:\n  - scope: {path: '', type: cn}\n    values: {lang: zh}\n`;
const CN_SITE = {
  '_posts/2015-01-01-a.md': fm('title: A'),
  '_posts/2015-01-02-b.md': fm('title: B'),
  '_cn/a.md': fm('title: 甲\nlang: zh'),
  '_cn/b.md': fm('title: 乙\nlang: zh'),
};

const cases: Record<string, RuleCase[]> = {
  'date-invalid': [
    { name: 'an impossible month and day', text: fm("title: A\ndate: 2014-13-45"), ranges: ['2014-13-45'], severity: 'error', fixed: fm("title: A\ndate: 2014-06-04"), fix: 0 },
    { name: 'an hour past 24', text: fm("title: A\ndate: 2014-06-04 25:00"), ranges: ['2014-06-04 25:00'], fixed: fm('title: A\ndate: 2014-06-04'), fix: 0 },
    { name: 'a French date with a month name, fixed keeping its quotes', text: fm("title: A\nlang: fr\ndate: '4 juin 2014'"), ranges: ["'4 juin 2014'"], fixed: fm("title: A\nlang: fr\ndate: '2014-06-04'") },
    { name: 'day-first slashes beyond 12 in an English post', path: '_posts/2014-06-13-a.md', text: fm('title: A\nlang: en\ndate: "13/25/2014"'), ranges: ['"13/25/2014"'], fixed: fm('title: A\nlang: en\ndate: "2014-06-13"') },
    { name: 'an empty date', text: fm('title: A\ndate:'), ranges: [''], fixed: fm('title: A\ndate: 2014-06-04') },
    { name: 'a "use now" fix in the site zone', text: fm('title: A\ndate: nope'), ranges: ['nope'], fix: 1, fixed: fm('title: A\ndate: 2026-11-26 13:00:00 +0100'), preferred: [true, false] },
    // Jekyll 4.3.1 stops on both: "Invalid date '2014-13-45': An invalid date format was found in a
    // front-matter default set" and "Document '_posts/2014-13-45-a.md' does not have a valid date in the filename".
    { name: 'an invalid date the defaults give, reported on the front matter', config: 'defaults:\n  - scope: {path: ""}\n    values: {date: "2014-13-45"}\n', text: fm('title: A'), ranges: ['---'], severity: 'error' },
    { name: 'an invalid date in the file name, reported on the front matter', path: '_posts/2014-13-45-a.md', text: fm('title: A'), ranges: ['---'], severity: 'error' },
    { name: 'a guessed date is preferred over the file name’s', text: fm("title: A\nlang: fr\ndate: '5 juin 2014'"), ranges: ["'5 juin 2014'"], fixed: fm("title: A\nlang: fr\ndate: '2014-06-05'"), preferred: [true, false, false] },
    { name: 'CRLF and a BOM', text: `\ufeff${fm("title: A\r\ndate: '2014-13-45'", '\r\n')}`.replace(/\n(?<!\r\n)/g, '\n'), ranges: ["'2014-13-45'"], fixed: `\ufeff${fm("title: A\r\ndate: '2014-06-04'", '\r\n')}` },
    { name: 'a valid documented date', text: SEED, ranges: [] },
    { name: 'an unquoted YAML date', text: fm('title: A\ndate: 2014-06-04'), ranges: [] },
    { name: '04/06/2014, which Ruby reads as 4 June', text: fm('title: A\ndate: 04/06/2014'), ranges: [] },
  ],
  'date-filename-mismatch': [
    { name: 'a front matter date on another day', text: fm("title: A\ndate: '2014-06-05 10:00:00 +0200'"), ranges: ["'2014-06-05 10:00:00 +0200'"], fixed: fm("title: A\ndate: '2014-06-04 10:00:00 +0200'") },
    { name: 'a date on another day, fixed by renaming the file', text: fm('title: A\ndate: 2014-06-07'), ranges: ['2014-06-07'], fix: 1, rename: '_posts/2014-06-07-retours-sur-dotscale-2014.md' },
    { name: 'a UTC time that is the next day in Paris', text: fm("title: A\ndate: '2014-06-03 23:30:00 +0000'"), ranges: ["'2014-06-03 23:30:00 +0000'"], timezone: 'UTC', fixed: fm("title: A\ndate: '2014-06-04 23:30:00 +0000'") },
    { name: 'the seed post', text: SEED, ranges: [] },
    { name: 'a late-evening time that stays on the file’s day in the site zone', text: fm("title: A\ndate: '2014-06-04 23:30:00 +0200'"), ranges: [] },
    { name: 'a date Jekyll cannot read (date-invalid reports it)', text: fm("title: A\ndate: '2014-13-45'"), ranges: [] },
    { name: 'an unquoted date on another day, fixed by changing only its day', text: fm('title: A\ndate: 2014-06-07'), ranges: ['2014-06-07'], fixed: fm('title: A\ndate: 2014-06-04') },
    { name: 'an ISO 8601 time in double quotes, fixed keeping its form', text: fm('title: A\ndate: "2014-06-05T10:00:00+02:00"'), ranges: ['"2014-06-05T10:00:00+02:00"'], fixed: fm('title: A\ndate: "2014-06-04T10:00:00+02:00"') },
    // Jekyll 4.3.1, timezone Europe/Paris: date '2014-06-04 06:30:00 +0200' in _posts/2014-06-04-a.md gives /2014/06/04/a.html.
    { name: 'a time whose written day is not its day in the site zone, fixed at the same time of day on the file’s day', text: fm("title: A\ndate: '2014-06-05 23:30:00 -0500'"), ranges: ["'2014-06-05 23:30:00 -0500'"], fixed: fm("title: A\ndate: '2014-06-04 06:30:00 +0200'") },
  ],
  'date-gmt-mismatch': [
    // eleven-labs: 21 of 40 posts carry a WordPress date_gmt an hour or two off, and nothing reads it.
    { name: 'the seed post’s date_gmt on a site whose templates do not read it (information)', text: SEED, templateKeys: [], ranges: ["'2014-06-04 13:27:59 +0200'"], severity: 'info' },
    { name: 'the seed post’s date_gmt on a site whose feed reads it (a warning)', text: SEED, templateKeys: ['date_gmt'], ranges: ["'2014-06-04 13:27:59 +0200'"], severity: 'warning' },
    { name: 'the seed post’s date_gmt', text: SEED, ranges: ["'2014-06-04 13:27:59 +0200'"], severity: 'info', fixed: SEED.replace("date_gmt: '2014-06-04 13:27:59 +0200'", "date_gmt: '2014-06-04 13:27:59 +0000'") },
    { name: 'a date_gmt that is not a date (Jekyll ignores the key)', text: SEED.replace("date_gmt: '2014-06-04 13:27:59 +0200'", "date_gmt: 'not a date'"), ranges: [] },
    { name: 'a post whose own date Jekyll cannot read (date-invalid reports it)', text: SEED.replace("date: '2014-06-04 15:27:59 +0200'", "date: '2014-13-45'"), ranges: [] },
    { name: 'a date_gmt naming the same instant', text: SEED.replace("date_gmt: '2014-06-04 13:27:59 +0200'", "date_gmt: '2014-06-04 13:27:59 +0000'"), ranges: [] },
    { name: 'a post without date_gmt', text: fm("title: A\ndate: '2014-06-04 15:27:59 +0200'"), ranges: [] },
    { name: 'a page without a date of its own (its date is the build time, nothing to compare)', path: 'about.md', text: fm("title: A\ndate_gmt: '2014-06-04 13:27:59 +0000'"), ranges: [] },
  ],
  'date-future': [
    { name: 'a post dated next year', path: '_posts/2027-01-01-soon.md', text: fm('title: Soon'), ranges: ['---'], severity: 'info' },
    { name: 'a post dated next year on a site with future: true', path: '_posts/2027-01-01-soon.md', config: 'future: true\n', text: fm('title: Soon'), ranges: [] },
    { name: 'a past post', text: SEED, ranges: [] },
    // Jekyll 4.3.1 with `time: 2026-11-26 12:00:00 +0000` in _config.yml: the first is published, the second is not.
    { name: 'a post dated at the very second of the build (Jekyll publishes it)', path: '_posts/2026-11-26-now.md', timezone: 'UTC', text: fm('title: Now\ndate: 2026-11-26 12:00:00 +0000'), ranges: [] },
    { name: 'a post dated one second after the build, reported on its date', path: '_posts/2026-11-26-later.md', timezone: 'UTC', text: fm('title: Later\ndate: 2026-11-26 12:00:01 +0000'), ranges: ['2026-11-26 12:00:01 +0000'] },
    { name: 'a page dated next year (Jekyll publishes pages whatever their date)', path: 'about.md', text: fm('title: About\ndate: 2027-03-01'), ranges: [] },
  ],
  'filename-invalid': [
    { name: 'a post without a date in its name', path: '_posts/retours-sur-dotscale.md', text: SEED, ranges: ['---'], rename: '_posts/2014-06-04-retours-sur-dotscale.md' },
    { name: 'a post in a subfolder with spaces in its name', path: '_posts/fr/Mon Article.markdown', text: fm("title: Mon article\ndate: 2015-02-03"), ranges: ['---'], rename: '_posts/fr/2015-02-03-mon-article.markdown' },
    { name: 'a post whose name has its date but an underscore', path: '_posts/2014-06-04_retours.md', text: fm('title: Retours'), ranges: ['---'], rename: '_posts/2014-06-04-retours.md' },
    { name: 'a well-named post', text: SEED, ranges: [] },
    { name: 'a draft without a date', path: '_drafts/idea.md', text: fm('title: Idea'), ranges: [] },
  ],
  'lang-unknown': [
    { name: 'a typo among the site’s languages', text: SEED.replace('lang: fr', 'lang: fre'), others: BILINGUAL_OTHERS, ranges: ['fre'], fixed: SEED },
    { name: 'a language outside _config.yml languages', config: 'languages: [fr, en]\n', text: SEED.replace('lang: fr', 'lang: de'), ranges: ['de'] },
    { name: 'a language from the setting', settings: { languages: ['fr', 'en'] }, text: SEED.replace('lang: fr', 'lang: EN'), ranges: ['EN'], fixed: SEED.replace('lang: fr', 'lang: en') },
    { name: 'a known language', text: SEED, others: BILINGUAL_OTHERS, ranges: [] },
    { name: 'a site whose only post is this one', text: SEED.replace('lang: fr', 'lang: xx'), ranges: [] },
    // A French-majority site with one English post (eleven-labs before its English section grew).
    { name: 'the one English post of a French site', text: SEED.replace('lang: fr', 'lang: en').replace('/fr/', '/en/'), others: FRENCH_SITE, ranges: [] },
    { name: '`FR` on that site, fixed to the language in use (a choice, not preferred)', text: SEED.replace('lang: fr', 'lang: FR'), others: FRENCH_SITE, ranges: ['FR'], fixed: SEED },
    { name: '`fr_FR` beside `fr`', text: SEED.replace('lang: fr', 'lang: fr_FR'), others: FRENCH_SITE, ranges: ['fr_FR'], fixed: SEED },
    { name: '`fr-fr` beside `fr`', text: SEED.replace('lang: fr', 'lang: fr-fr'), others: FRENCH_SITE, ranges: ['fr-fr'], fixed: SEED },
    { name: '`francais` beside `fr`', text: SEED.replace('lang: fr', 'lang: francais'), others: FRENCH_SITE, ranges: ['francais'], fixed: SEED },
    { name: '`French` beside `fr`', text: SEED.replace('lang: fr', 'lang: French'), others: FRENCH_SITE, ranges: ['French'], fixed: SEED },
    { name: '`english` where no document is in English: no language code', text: SEED.replace('lang: fr', 'lang: english'), others: FRENCH_SITE, ranges: ['english'], fixed: SEED.replace('lang: fr', 'lang: en') },
    { name: '`pt_br` on a site that does not use Portuguese', text: SEED.replace('lang: fr', 'lang: pt_br'), others: FRENCH_SITE, ranges: ['pt_br'], fixed: SEED.replace('lang: fr', 'lang: pt-BR') },
    // An English site (`lang: en` in _config.yml) with its Chinese posts in a `_cn/` collection.
    { name: 'a document of a second-language collection', path: '_cn/hello.md', config: CN_CONFIG, text: fm('title: 你好\nlang: zh'), others: CN_SITE, ranges: [] },
    { name: 'an English post beside that collection', config: CN_CONFIG, text: SEED.replace('lang: fr', 'lang: en').replace('/fr/', '/'), others: CN_SITE, ranges: [] },
    { name: '`zh` in a post where only that collection, by its defaults, is in Chinese', config: CN_DEFAULTS_CONFIG, text: SEED.replace('lang: fr', 'lang: zh'), others: { '_cn/a.md': fm('title: 甲') }, ranges: [] },
    { name: '`zh_CN` in a post where only that collection, by its defaults, is in Chinese', config: CN_DEFAULTS_CONFIG, text: SEED.replace('lang: fr', 'lang: zh_CN'), others: { '_cn/a.md': fm('title: 甲') }, ranges: ['zh_CN'], fixed: SEED.replace('lang: fr', 'lang: zh') },
    { name: '`EN` next to that collection, fixed to the site’s `lang`', config: CN_CONFIG, text: SEED.replace('lang: fr', 'lang: EN'), others: CN_SITE, ranges: ['EN'], fixed: SEED.replace('lang: fr', 'lang: en') },
    { name: 'a language no other document uses, on a site that declares none', text: SEED.replace('lang: fr', 'lang: de'), others: FRENCH_SITE, ranges: [] },
    { name: 'an ISO 639-2 code beside the two-letter one', text: SEED.replace('lang: fr', 'lang: fre'), others: FRENCH_SITE, ranges: ['fre'], fixed: SEED },
  ],
  'permalink-lang-mismatch': [
    { name: 'a French post with an /en/ permalink', text: SEED.replace('/fr/retours', '/en/retours'), others: BILINGUAL_OTHERS, ranges: ['en'], fixed: SEED },
    { name: 'a quoted permalink', text: SEED.replace('permalink: /fr/retours-sur-dotscale-2014/', "permalink: '/en/retours/'"), others: BILINGUAL_OTHERS, ranges: ['en'], fixed: SEED.replace('permalink: /fr/retours-sur-dotscale-2014/', "permalink: '/fr/retours/'") },
    { name: 'a hand-written prefix on a polyglot site', config: 'plugins: [jekyll-polyglot]\nlanguages: [en, fr]\ndefault_lang: en\n', text: SEED, ranges: ['fr'], fixed: SEED.replace('/fr/retours', '/retours') },
    { name: 'a matching prefix', text: SEED, others: BILINGUAL_OTHERS, ranges: [] },
    { name: 'a prefix in a default-language post on a polyglot site (polyglot leaves it alone)', config: 'plugins: [jekyll-polyglot]\nlanguages: [fr, en]\ndefault_lang: fr\n', text: SEED, ranges: [] },
    { name: 'a post whose lang is unknown (lang-unknown reports it)', text: SEED.replace('lang: fr', 'lang: fr-FR').replace('/fr/retours', '/en/retours'), others: BILINGUAL_OTHERS, ranges: [] },
    { name: 'a prefix that is no language', text: SEED.replace('/fr/retours', '/blog/retours'), others: BILINGUAL_OTHERS, ranges: [] },
    // The same site: `lang: fr` given to every page by a catch-all default, an /en/ redirect stub with no layout.
    { name: 'an /en/ redirect stub with no layout on a site whose defaults make every page French', path: 'en/2024-12-23-intro.html', config: RAW_PAGE_CONFIG, text: fm('layout: null\npermalink: /en/2024-12-23-intro/'), others: BILINGUAL_OTHERS, ranges: [] },
    { name: 'an /en/ page with its layout on that site', path: 'en/about.md', config: RAW_PAGE_CONFIG, text: fm('title: About\npermalink: /en/about/'), others: BILINGUAL_OTHERS, ranges: ['en'] },
  ],
  'permalink-invalid': [
    { name: 'an unknown placeholder', text: fm('title: A\npermalink: /:year/:titel/'), ranges: [':titel'], severity: 'error' },
    { name: 'spaces', text: fm('title: A\npermalink: /fr/mon article/'), ranges: [' '], severity: 'warning', fixed: fm('title: A\npermalink: /fr/mon-article/') },
    { name: 'capitals', text: fm('title: A\npermalink: /fr/Retours/'), ranges: ['R'], fixed: fm('title: A\npermalink: /fr/retours/') },
    { name: 'a missing leading slash (information: Jekyll adds it, measured with jekyll 4.3.1)', text: fm("title: A\npermalink: 'fr/retours/'"), ranges: ['f'], severity: 'info', fixed: fm("title: A\npermalink: '/fr/retours/'") },
    // jekyll-polyglot's own site: 36 pages write `permalink: about/` and its sidebar compares `node.permalink == "about/"`.
    { name: 'a missing leading slash where the site’s templates read `permalink`', text: fm("title: A\npermalink: 'fr/retours/'"), templateKeys: ['permalink'], ranges: ['f'], severity: 'info' },
    { name: 'a missing leading slash where no template reads `permalink` (nothing a reader sees)', text: fm("title: A\npermalink: 'fr/retours/'"), templateKeys: [], ranges: [] },
    { name: 'a double slash', text: fm('title: A\npermalink: /fr//retours/'), ranges: ['//'], fixed: fm('title: A\npermalink: /fr/retours/') },
    { name: 'non-ASCII letters', text: fm('title: A\npermalink: /fr/été/'), ranges: ['é'] },
    { name: 'no trailing slash where the site always has one', text: fm('title: A\npermalink: /fr/retours'), others: BILINGUAL_OTHERS, ranges: ['s'], fixed: fm('title: A\npermalink: /fr/retours/') },
    { name: 'the seed’s permalink', text: SEED, others: BILINGUAL_OTHERS, ranges: [] },
    { name: 'a template with known placeholders', text: fm('title: A\npermalink: /:categories/:year/:title:output_ext'), ranges: [] },
    // A redirect stub keeping an old URL alive (angelo-lima.github.io): no layout, an old capitalized URL.
    { name: 'capitals in the permalink of a page with no layout (a redirect stub)', path: '2025-01-02-Best-of-n.html', text: fm('layout: null\npermalink: /2025-01-02-Best-of-n/'), ranges: [] },
    { name: 'capitals in the permalink of a page with its layout', path: 'best.html', text: fm('layout: page\npermalink: /Best-of-n/'), ranges: ['B'] },
    { name: 'an unknown placeholder in a post with no layout (still fatal)', text: fm('title: A\nlayout: none\npermalink: /:year/:titel/'), ranges: [':titel'], severity: 'error' },
  ],
  'author-unknown': [
    { name: 'a login with a typo', authors: ['marie', 'tom'], text: SEED.replace(' - marie', ' - mary'), ranges: ['mary'], fixed: SEED },
    { name: 'an unknown author string', authors: ['marie', 'tom'], text: fm('title: A\nauthor: jerome'), ranges: ['jerome'] },
    { name: 'authors as a string where the site writes lists', authors: ['marie', 'tom'], others: BILINGUAL_OTHERS, text: fm('title: A\nauthors: marie'), ranges: ['marie'], fixed: fm('title: A\nauthors: [marie]') },
    { name: 'both author and authors', text: fm('title: A\nauthor: marie\nauthors: [marie]'), ranges: ['author'] },
    { name: 'a known login', authors: ['marie', 'tom'], text: SEED, ranges: [] },
    { name: 'a site with no author registry', text: SEED.replace(' - marie', ' - mary'), ranges: [] },
  ],
  'tags-format': [
    { name: 'comma-separated tags in a string', text: fm('title: A\ntags: php, symfony'), ranges: ['php, symfony'], fixed: fm('title: A\ntags: [php, symfony]') },
    { name: 'comma-separated tags in a file with block lists', text: fm('title: A\nauthors:\n  - marie\ntags: php, symfony'), ranges: ['php, symfony'], fixed: fm('title: A\nauthors:\n  - marie\ntags:\n  - php\n  - symfony') },
    { name: 'a number', text: fm('title: A\ntags: 2024'), ranges: ['2024'], fixed: fm("title: A\ntags: ['2024']") },
    { name: 'a duplicate in a block list', text: fm('title: A\ntags:\n- php\n- symfony\n- php'), ranges: ['php'], fixed: fm('title: A\ntags:\n- php\n- symfony') },
    { name: 'a duplicate in a flow list', text: fm('title: A\ntags: [php, symfony, php]'), ranges: ['php'], fixed: fm('title: A\ntags: [php, symfony]') },
    { name: 'a nested list', text: fm('title: A\ntags: [[php, symfony], web]'), ranges: ['[php, symfony]'] },
    { name: 'tag and tags together', text: fm('title: A\ntag: php\ntags: [web]'), ranges: ['tag'] },
    { name: 'CRLF duplicate', text: fm('title: A\ntags:\n- php\n- php', '\r\n'), ranges: ['php'], fixed: fm('title: A\ntags:\n- php', '\r\n') },
    { name: 'space-separated tags, which Jekyll documents', text: fm('title: A\ntags: php symfony'), ranges: [] },
    { name: 'a proper list', text: SEED, ranges: [] },
  ],
  'categories-format': [
    { name: 'comma-separated categories', text: fm('title: A\ncategories: web, php'), ranges: ['web, php'], fixed: fm('title: A\ncategories: [web, php]') },
    { name: 'category and categories together', text: fm('title: A\ncategory: web\ncategories: [php]'), ranges: ['category'] },
    { name: 'a number, which keeps Jekyll from reading the front matter at all', text: fm('title: A\ncategories: 2014'), ranges: ['2014'], severity: 'error', fixed: fm("title: A\ncategories: ['2014']") },
    { name: 'the seed post', text: SEED, ranges: [] },
  ],
  'tag-near-duplicate': [
    { name: 'a tag that differs only by case', text: SEED.replace('- dotScale', '- dotscale'), others: { ...BILINGUAL_OTHERS, '_posts/2015-01-04-d.md': fm('title: D\nlang: fr\ntags: [dotScale]') }, ranges: ['dotscale'], fixed: SEED },
    { name: 'a tag that differs by accents and a plural', text: fm('title: A\ntags: [securites]'), others: { '_posts/2015-01-01-a.md': fm('title: A\ntags: [sécurité]'), '_posts/2015-01-02-b.md': fm('title: B\ntags: [sécurité]') }, ranges: ['securites'], fixed: fm('title: A\ntags: [sécurité]') },
    { name: 'the most frequent spelling itself', text: SEED, others: { '_posts/2015-01-01-a.md': fm('title: A\ntags: [dotscale]') }, ranges: [] },
    { name: 'unrelated tags', text: SEED, others: BILINGUAL_OTHERS, ranges: [] },
  ],
  'yaml-type-surprise': [
    { name: 'title: No', text: fm('title: No\nlang: fr'), ranges: ['No'], fixed: fm("title: 'No'\nlang: fr") },
    { name: 'title: 2024', text: fm('title: 2024'), ranges: ['2024'], fixed: fm("title: '2024'") },
    // A 404 page whose layout is _layouts/404.html (mincong.io): jekyll 4.3.1 finds the layout.
    { name: 'layout: 404, which Jekyll finds as the layout `404`', path: '404.html', layouts: ['404', 'post'], text: fm('layout: 404\npermalink: /404.html'), ranges: [] },
    { name: 'layout: 0x194, which is the number 404', path: '404.html', layouts: ['404', 'post'], text: fm('layout: 0x194\npermalink: /404.html'), ranges: ['0x194'] },
    { name: 'a quoted "false" for published', text: fm('title: A\npublished: "false"'), ranges: ['"false"'], fixed: fm('title: A\npublished: false') },
    { name: 'an unquoted time without a zone on a Paris site', text: fm('title: A\ndate: 2014-06-04 15:27:59'), ranges: ['2014-06-04 15:27:59'], fixed: fm("title: A\ndate: '2014-06-04 15:27:59'") },
    { name: 'a boolean tag', text: fm('title: A\ntags: [yes, php]'), ranges: ['yes'] },
    { name: 'the seed post', text: SEED, ranges: [] },
    { name: 'an unquoted time on a UTC site', timezone: 'UTC', text: fm('title: A\ndate: 2014-06-04 15:27:59'), ranges: [] },
  ],
  'key-typo': [
    { name: 'permalnk', text: fm('title: A\npermalnk: /fr/a/'), ranges: ['permalnk'], fixed: fm('title: A\npermalink: /fr/a/') },
    { name: 'autors', text: fm('title: A\nautors: [marie]'), ranges: ['autors'], fixed: fm('title: A\nauthors: [marie]') },
    { name: 'tittle', text: fm('tittle: A'), ranges: ['tittle'], fixed: fm('title: A') },
    { name: 'a key of the site’s own (date_gmt)', text: SEED, ranges: [] },
    { name: 'a key many posts use', text: fm('title: A\nhero: x'), others: { '_posts/2015-01-01-a.md': fm('title: A\nhero: y'), '_posts/2015-01-02-b.md': fm('title: B\nhero: z') }, ranges: [] },
  ],
  'required-key': [
    { name: 'a post without title', settings: { requiredKeys: ['title'] }, path: '_posts/2014-06-04-my-great-post.md', text: fm('lang: fr'), ranges: ['---'], fixed: fm('lang: fr\ntitle: My Great Post') },
    { name: 'a post without lang on a site where posts have one', others: BILINGUAL_OTHERS, text: fm('title: A'), ranges: ['---'] },
    // A Minimal Mistakes blog (`locale: ko-KR`): Korean posts in _posts/ko/ have no lang, the others get it from defaults.
    { name: 'a post without lang on a site whose _config.yml names its default language', path: '_posts/ko/2026-04-28-a.md', config: 'locale: ko-KR\ndefaults:\n  - scope: {path: _posts/en}\n    values: {lang: en}\n  - scope: {path: _posts/ja}\n    values: {lang: ja}\n', others: { '_posts/en/2026-04-28-a.md': fm('title: A'), '_posts/ja/2026-04-28-a.md': fm('title: A'), '_posts/en/2026-04-29-b.md': fm('title: B') }, text: fm('title: A'), ranges: [] },
    { name: 'the same site without its locale', path: '_posts/ko/2026-04-28-a.md', config: 'defaults:\n  - scope: {path: _posts/en}\n    values: {lang: en}\n  - scope: {path: _posts/ja}\n    values: {lang: ja}\n', others: { '_posts/en/2026-04-28-a.md': fm('title: A'), '_posts/ja/2026-04-28-a.md': fm('title: A'), '_posts/en/2026-04-29-b.md': fm('title: B') }, text: fm('title: A'), ranges: ['---'] },
    { name: 'a post without lang on a polyglot site, where it is in default_lang', config: POLYGLOT_CONFIG, others: { '_posts/zh-CN/2020-01-01-a.md': fm('title: A\nlang: zh-CN'), '_posts/zh-CN/2020-01-02-b.md': fm('title: B\nlang: zh-CN') }, text: fm('title: A'), ranges: [] },
    { name: 'a title made as Jekyll’s titleize_slug makes it', settings: { requiredKeys: ['title'] }, path: '_posts/2014-06-04-retours-sur-dotScale.md', text: fm('lang: fr'), ranges: ['---'], fixed: fm('lang: fr\ntitle: Retours Sur Dotscale') },
    { name: 'an empty title, which Jekyll keeps', settings: { requiredKeys: ['title'] }, text: fm("title: ''\nlang: fr"), ranges: [] },
    { name: 'a title supplied by defaults', settings: { requiredKeys: ['title'] }, config: 'defaults:\n  - scope: {path: ""}\n    values: {title: Default}\n', text: fm('lang: fr'), ranges: [] },
    { name: 'the seed post', settings: { requiredKeys: ['title'] }, others: BILINGUAL_OTHERS, text: SEED, ranges: [] },
  ],
  'layout-unknown': [
    { name: 'a layout missing from _layouts', layouts: ['default', 'post'], text: fm('title: A\nlayout: psot'), ranges: ['psot'], severity: 'warning', fixed: fm('title: A\nlayout: post'), preferred: [true] },
    { name: 'a missing layout near two (neither is preferred: only the author knows)', layouts: ['post', 'pos'], text: fm('title: A\nlayout: poss'), ranges: ['poss'], preferred: [false, false] },
    { name: 'a missing layout the defaults give (the post does not write it)', layouts: ['default'], config: 'defaults:\n  - scope: {path: ""}\n    values: {layout: psot}\n', text: fm('title: A'), ranges: [] },
    { name: 'a site with a remote theme', layouts: ['default'], config: 'remote_theme: pages-themes/minimal\n', text: fm('title: A\nlayout: post'), ranges: [] },
    { name: 'a site with a theme', layouts: ['default'], config: 'theme: minima\n', text: fm('title: A\nlayout: post'), ranges: [] },
    { name: 'layout: none', layouts: ['default'], text: fm('title: A\nlayout: none'), ranges: [] },
    { name: 'a site without _layouts', text: fm('title: A\nlayout: post'), ranges: [] },
  ],
  'permalink-conflict': [
    { name: 'two posts with one permalink', text: SEED, others: { '_posts/2015-01-01-copie.md': fm('title: Copie\nlang: fr\npermalink: /fr/retours-sur-dotscale-2014/') }, ranges: ['/fr/retours-sur-dotscale-2014/'], severity: 'error' },
    { name: 'a page writing the same file as a post', text: SEED, others: { 'fr/retours-sur-dotscale-2014/index.md': fm('title: Page') }, ranges: ['/fr/retours-sur-dotscale-2014/'] },
    { name: 'URLs that differ only by case', text: SEED, others: { '_posts/2015-01-01-copie.md': fm('title: Copie\npermalink: /fr/Retours-sur-dotscale-2014/') }, ranges: ['/fr/retours-sur-dotscale-2014/'], severity: 'warning' },
    { name: 'a conflict with an unpublished post', text: SEED, others: { '_posts/2015-01-01-copie.md': fm('title: Copie\npublished: false\npermalink: /fr/retours-sur-dotscale-2014/') }, ranges: [] },
    { name: 'distinct permalinks', text: SEED, others: BILINGUAL_OTHERS, ranges: [] },
    // jekyll-polyglot builds each language apart (measured with jekyll 4.3.1 and jekyll-polyglot 1.5.1:
    // an English post and its zh-CN version at one URL give _site/2020/01/01/a/ and _site/zh-CN/2020/01/01/a/).
    { name: 'a default-language post and its zh-CN version at one URL on a polyglot site', config: POLYGLOT_CONFIG, path: '_posts/2020-01-01-a.md', text: fm('title: A'), others: { '_posts/zh-CN/2020-01-01-a.md': fm('title: A\nlang: zh-CN') }, ranges: [] },
    { name: 'the zh-CN version, linted', config: POLYGLOT_CONFIG, path: '_posts/zh-CN/2020-01-01-a.md', text: fm('title: A\nlang: zh-CN'), others: { '_posts/2020-01-01-a.md': fm('title: A') }, ranges: [] },
    { name: 'two posts of one language at one URL on a polyglot site (polyglot keeps the first)', config: POLYGLOT_CONFIG, path: '_posts/2020-01-03-c.md', text: fm('title: C\npermalink: /same/'), others: { '_posts/2020-01-02-b.md': fm('title: B\nlang: en\npermalink: /same/') }, ranges: ['/same/'], severity: 'error' },
  ],
  'post-url-broken': [
    { name: 'a post_url naming no post', text: `${SEED}Voir {% post_url 2015-01-02-bb %}.\n`, others: BILINGUAL_OTHERS, ranges: ['2015-01-02-bb'], severity: 'error', fixed: `${SEED}Voir {% post_url 2015-01-02-b %}.\n` },
    { name: 'a link naming no file', text: `${SEED}[x]({% link _posts/2015-01-01-z.md %})\n`, others: BILINGUAL_OTHERS, ranges: ['_posts/2015-01-01-z.md'] },
    { name: 'a post_url naming a post in a subfolder', text: `${SEED}{% post_url fr/2015-01-05-e %}\n`, others: { '_posts/fr/2015-01-05-e.md': fm('title: E') }, ranges: [] },
    { name: 'a post_url naming an existing post', text: `${SEED}{% post_url 2015-01-02-b %}\n`, others: BILINGUAL_OTHERS, ranges: [] },
    { name: 'a link to a static file', text: `${SEED}![x]({% link assets/x.png %})\n`, files: ['assets/x.png'], ranges: [] },
    { name: 'a broken tag inside raw', text: `${SEED}{% raw %}{% post_url nope %}{% endraw %}\n`, ranges: [] },
    { name: 'a post that turns Liquid off', text: `${fm('title: A\nrender_with_liquid: false')}{% post_url nope %}\n`, others: BILINGUAL_OTHERS, ranges: [] },
  ],
  'translation-duplicate': [
    { name: 'two French posts with one ref', text: fm('title: A\nlang: fr\nref: a'), others: { '_posts/2015-01-01-a.md': fm('title: A\nlang: fr\nref: a'), '_posts/2015-01-02-b.md': fm('title: B\nlang: en\nref: a') }, ranges: ['a'] },
    { name: 'a French and an English post with one ref', text: fm('title: A\nlang: fr\nref: a'), others: { '_posts/2015-01-02-b.md': fm('title: B\nlang: en\nref: a') }, ranges: [] },
  ],
  'translation-missing': [
    { name: 'a post without its English version on a translated site', text: fm('title: A\nlang: fr\nref: z'), others: { '_posts/2015-01-01-a.md': fm('title: A\nlang: fr\nref: a'), '_posts/2015-01-02-b.md': fm('title: B\nlang: en\nref: a'), '_posts/2015-01-03-c.md': fm('title: C\nlang: fr\nref: c'), '_posts/2015-01-04-d.md': fm('title: D\nlang: en\nref: c') }, ranges: ['z'], severity: 'info' },
    { name: 'a post on a site where most posts have no translation', text: fm('title: A\nlang: fr\nref: z'), others: BILINGUAL_OTHERS, ranges: [] },
  ],
  'translation-mismatch': [
    // A French post and its English version published 14 days later (translations often come weeks after).
    { name: 'versions dated 14 days apart (a date gap alone is no mistake)', text: fm("title: A\nlang: fr\nref: a\npermalink: /fr/a/\ndate: '2014-06-04 10:00:00 +0200'"), others: { '_posts/2014-06-18-b.md': fm('title: B\nlang: en\nref: a\npermalink: /en/b/') }, ranges: [] },
    { name: 'versions dated 14 days apart, one without the prefix the other has', text: fm("title: A\nlang: fr\nref: a\npermalink: /a/\ndate: '2014-06-04 10:00:00 +0200'"), others: { '_posts/2014-06-18-b.md': fm('title: B\nlang: en\nref: a\npermalink: /en/b/') }, ranges: ['/a/'] },
    { name: 'a post whose lang contradicts its language folder', path: '_posts/en/2014-06-04-a.md', text: fm('title: A\nlang: fr'), others: FOLDER_SITE, ranges: ['fr'] },
    { name: 'a post whose lang matches its language folder', path: '_posts/fr/2014-06-04-a.md', text: fm('title: A\nlang: fr'), others: FOLDER_SITE, ranges: [] },
    { name: 'a post in a folder that names no language of the site', path: '_posts/it/2014-06-04-a.md', text: fm('title: A\nlang: fr'), others: FOLDER_SITE, ranges: [] },
    { name: 'a permalink without the prefix its translation has', text: fm('title: A\nlang: fr\nref: a\npermalink: /a/'), others: { '_posts/2014-06-05-b.md': fm('title: B\nlang: en\nref: a\npermalink: /en/b/') }, ranges: ['/a/'] },
    { name: 'versions a day apart with matching prefixes', text: SEED.replace('lang: fr', 'lang: fr\nref: dotscale'), others: { '_posts/2014-06-05-b.md': fm('title: B\nlang: en\nref: dotscale\npermalink: /en/b/') }, ranges: [] },
  ],
  'seo-length': [
    { name: 'a 61-character title', text: fm(`title: ${'a'.repeat(61)}`), ranges: ['a'.repeat(61)], severity: 'info' },
    { name: 'a long excerpt', text: fm(`title: A\nexcerpt: ${'b'.repeat(161)}`), ranges: ['b'.repeat(161)] },
    { name: 'a title of 60 characters, 20 of them emoji (80 UTF-16 units)', text: fm(`title: ${'a'.repeat(40)}${'😀'.repeat(20)}`), ranges: [] },
    { name: 'a title of 61 characters with emoji', text: fm(`title: ${'a'.repeat(41)}${'😀'.repeat(20)}`), ranges: [`${'a'.repeat(41)}${'😀'.repeat(20)}`] },
    { name: 'the seed post', text: SEED, ranges: [] },
  ],
};

/** The same text with CRLF line ends and a BOM, as Windows editors save it. */
const crlfBom = (text: string): string => `\ufeff${text.replace(/\r?\n/g, '\r\n')}`;
/** Where a range's text contains a line end, it is CRLF in the CRLF copy. */
const crlf = (text: string): string => text.replace(/\r?\n/g, '\r\n');

for (const [rule, list] of Object.entries(cases)) {
  describe(`${rule} (CRLF and BOM)`, () => {
    for (const c of list.filter((x) => x.fixed !== undefined && !x.text.startsWith('\ufeff'))) {
      it(`fixes ${c.name} byte for byte in a CRLF file with a BOM`, () => {
        const text = crlfBom(c.text);
        const others = c.others && Object.fromEntries(Object.entries(c.others).map(([k, v]) => [k, crlfBom(v)]));
        const findings = lintCase({ ...c, text, others }, rule);
        assert.deepEqual(findings.map((f) => slice(text, f.range)), c.ranges.map(crlf));
        const fix = findings[0].fixes?.[c.fix ?? 0];
        assert.ok(fix, 'a fix is offered');
        assert.equal(applyEdits(text, fix.edits), crlfBom(c.fixed!));
      });
    }
  });
  describe(rule, () => {
    for (const c of list) {
      it(`${c.ranges.length ? 'reports' : 'accepts'} ${c.name}`, () => {
        const findings = lintCase(c, rule);
        assert.deepEqual(findings.map((f) => slice(c.text, f.range)), c.ranges, JSON.stringify(findings.map((f) => f.message)));
        if (c.severity) assert.equal(findings[0].severity, c.severity);
        if (c.preferred) assert.deepEqual(findings[0].fixes?.map((f) => f.preferred === true), c.preferred);
        if (c.fixed !== undefined) {
          const fix = findings[0].fixes?.[c.fix ?? 0];
          assert.ok(fix, 'a fix is offered');
          assert.equal(applyEdits(c.text, fix.edits), c.fixed);
        }
        if (c.rename !== undefined) {
          const fix = findings[0].fixes?.find((f) => f.rename);
          assert.equal(fix?.rename?.to, c.rename);
          assert.equal(fix?.rename?.from, c.path ?? DEFAULT_POST);
          if (c.fixed === undefined) assert.equal(applyEdits(c.text, fix!.edits), c.text, 'a rename leaves the text as it is');
        }
      });
    }
  });
}

describe('lang-unknown fixes', () => {
  it('offers every language as a choice and prefers none: which language a post is in only its author knows', () => {
    const seen = [
      lintCase({ text: SEED.replace('lang: fr', 'lang: FR'), others: FRENCH_SITE }, 'lang-unknown'),
      lintCase({ text: SEED.replace('lang: fr', 'lang: EN'), settings: { languages: ['fr', 'en'] } }, 'lang-unknown'),
      lintCase({ text: SEED.replace('lang: fr', 'lang: francais'), others: { '_posts/2015-01-01-a.md': fm('title: A\nlang: en') } }, 'lang-unknown'),
    ];
    for (const findings of seen) {
      assert.equal(findings.length, 1);
      assert.ok(findings[0].fixes && findings[0].fixes.length > 0);
      assert.ok(findings[0].fixes.every((f) => !f.preferred), JSON.stringify(findings[0].fixes));
    }
  });
});

describe('yaml-type-surprise says what the type changes', () => {
  // jekyll 4.3.1 on `title: 404`: the page prints 404, `slugify` raises (the build stops), `size` is 8.
  it('a number written as its own digits prints the same: the message says which filters fail', () => {
    const [finding] = lintCase({ text: fm('title: 404') }, 'yaml-type-surprise');
    assert.equal(finding.message.template, 'Unquoted, `{0}` is read as a number: it prints the same, but filters that expect text fail on it (`slugify` stops the build, `size` gives 8).');
    assert.deepEqual(finding.message.args, ['404']);
  });
  it('a number that prints otherwise says what it prints', () => {
    const [finding] = lintCase({ text: fm('title: 1.10') }, 'yaml-type-surprise');
    assert.deepEqual(finding.message.args, ['1.10', '1.1']);
  });
});

describe('default severities', () => {
  it('each rule reports, when no setting says otherwise, at the default its setting shows in VS Code (package.json)', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
    const settings = manifest.contributes.configuration.properties as Record<string, { default?: string }>;
    const wrong = allRules.filter((rule) => settings[`jekyllPosts.rules.${rule.id}`]?.default !== rule.defaultSeverity).map((rule) => `${rule.id}: ${rule.defaultSeverity}`);
    assert.deepEqual(wrong, []);
    assert.ok(allRules.length > 20);
  });
});

describe('why layout-unknown is off for a site', () => {
  const facts = { layouts: new Set(['default']) } as unknown as Parameters<typeof layoutRuleOffReason>[1];
  const reason = (config: string, site: typeof facts | undefined = facts) => {
    const m = layoutRuleOffReason(readConfig(config), site);
    return m && formatMessage(m);
  };
  it('a theme, named', () => assert.equal(reason('theme: minima\n'), '`layout-unknown` is off for this site: its theme `minima` provides layouts that are not in the workspace.'));
  it('a remote theme, by plugin or by key', () => {
    const expected = '`layout-unknown` is off for this site: its remote theme provides layouts that are not in the workspace.';
    assert.equal(reason('plugins: [jekyll-remote-theme]\n'), expected);
    assert.equal(reason('remote_theme: pages-themes/minimal\n'), expected);
  });
  it('nothing to say without a theme, or before the host knows the layouts', () => {
    assert.equal(reason('title: T\n'), undefined);
    assert.equal(formatMessage(layoutRuleOffReason(readConfig('theme: minima\n'), facts)!).includes('minima'), true);
    assert.equal(layoutRuleOffReason(readConfig('theme: minima\n'), undefined), undefined);
    assert.equal(reason('theme: minima\n', {} as typeof facts), undefined);
  });
});
