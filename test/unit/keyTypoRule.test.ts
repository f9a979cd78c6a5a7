import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { effectiveFrontMatter, lintDocument } from '../../src/core/lint/lint';
import { Finding } from '../../src/core/lint/types';
import { readConfig, SiteConfig } from '../../src/core/site/config';
import { parseFrontMatter } from '../../src/core/site/frontMatter';
import { classifyPath } from '../../src/core/site/post';
import { factsFromDocuments } from '../../src/core/site/siteScan';
import { applyEdits, slice } from './helpers';
import { lintCase, SiteCase } from './ruleCases';

// What users see of key-typo: the finding on a key Jekyll ignores, the key it suggests, and the
// file after the rename. Jekyll itself never warns: a mistyped `permalnk` is just another key of
// `page`, and the post keeps its default URL.
const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;
const RULE = 'key-typo';

function lint(c: SiteCase): { findings: Finding[]; ranges: string[]; suggested: unknown[] } {
  const findings = lintCase(c, RULE);
  return { findings, ranges: findings.map((f) => slice(c.text, f.range)), suggested: findings.map((f) => f.message.args[1]) };
}

/** The keys the rule knows without looking at the site: Jekyll's own, its common plugins', bilingual blogs'. */
const KNOWN = [
  'layout', 'title', 'date', 'permalink', 'published', 'categories', 'category', 'tags', 'tag', 'excerpt', 'excerpt_separator',
  'slug', 'lang', 'author', 'authors', 'description', 'image', 'render_with_liquid', 'sitemap', 'redirect_from', 'redirect_to',
  'last_modified_at', 'comments', 'ref', 'lang_ref', 'translation_key', 'page_id', 'summary', 'subtitle', 'canonical_url', 'seo',
  'toc', 'math', 'mermaid', 'pin', 'hidden', 'draft', 'series', 'header', 'og_image', 'twitter', 'feature_image', 'path',
];

describe('key-typo: the keys it knows', () => {
  for (const key of KNOWN) {
    it(`\`${key}\` written right says nothing; \`${key}${key[key.length - 1]}\` is told, and renamed to \`${key}\``, () => {
      assert.deepEqual(lint({ text: fm(key === 'title' ? 'title: A' : `title: A\n${key}: x`) }).ranges, []);
      const typo = key + key[key.length - 1];
      const text = fm(`title: A\n${typo}: x`);
      const { findings, ranges } = lint({ text });
      assert.deepEqual(ranges, [typo]);
      assert.deepEqual(findings[0].message.args, [typo, key]);
      assert.equal(findings[0].severity, 'warning');
      assert.deepEqual(findings[0].fixes?.map((f) => [f.title.args, f.preferred]), [[[key], key !== 'title']]);
      assert.equal(applyEdits(text, findings[0].fixes![0].edits), fm(`title: A\n${key}: x`));
    });
  }
});

describe('key-typo: how far a key may be from a known one', () => {
  it('`path`, which Jekyll reads on a page (jekyll 4.3.1: `{{ page.path }}` prints the front matter’s `custom/about.md`), is no `math`', () => {
    assert.deepEqual(lint({ path: 'about.md', text: fm('title: About\npath: custom/about.md') }).ranges, []);
    assert.deepEqual(lint({ text: fm('title: A\npath: custom/a.md') }).ranges, []);
  });
  it('a key differing only in case is told: Jekyll reads `title`, not `Title`', () => {
    const text = fm('Title: A\nlayout: post');
    const { findings, ranges } = lint({ text });
    assert.deepEqual(ranges, ['Title']);
    assert.deepEqual(findings[0].message.args, ['Title', 'title']);
    assert.equal(findings[0].fixes![0].preferred, true);
    assert.equal(applyEdits(text, findings[0].fixes![0].edits), fm('title: A\nlayout: post'));
  });
  it('the rename is not preferred when the post already has the key it would become', () => {
    const text = fm('title: A\ntittle: B');
    const { findings, ranges } = lint({ text });
    assert.deepEqual(ranges, ['tittle']);
    assert.deepEqual(findings[0].fixes?.map((f) => f.preferred), [false]);
    assert.equal(applyEdits(text, findings[0].fixes![0].edits), fm('title: A\ntitle: B'));
  });
  it('keys of 6 letters or more: two edits away (`excrept`, a swap of two letters) is told', () => {
    assert.deepEqual(lint({ text: fm('title: A\nexcrept: x') }).suggested, ['excerpt']);
  });
  it('keys of 5 letters or fewer: one edit only (`topic` is not `toc`, `hero` is not `seo`)', () => {
    assert.deepEqual(lint({ text: fm('title: A\ntopic: x\nhero: y') }).ranges, []);
    assert.deepEqual(lint({ text: fm('title: A\nlng: fr') }).suggested, ['lang']);
  });
  it('keys of 2 letters are never told (`to` is not `toc`, `pi` is not `pin`); 3 letters are (`lng`)', () => {
    assert.deepEqual(lint({ text: fm('title: A\nto: x\npi: 3.14') }).ranges, []);
    assert.deepEqual(lint({ text: fm('title: A\nlng: fr') }).ranges, ['lng']);
  });
});

/** A site of `total` posts, `withKey` of which (not the one linted) write `key`. */
function site(total: number, withKey: number, key: string): Record<string, string> {
  const others: Record<string, string> = {};
  for (let i = 1; i < total; i++) others[`_posts/2015-01-01-p${i}.md`] = fm(i <= withKey ? `title: P${i}\n${key}: x.png` : `title: P${i}`);
  return others;
}

describe('key-typo: the site’s own keys', () => {
  const text = fm('title: A\nhero_imge: a.png');
  it('a key 3 posts write is the site’s own, however many posts the site has (80)', () => {
    assert.deepEqual(lint({ text, others: site(80, 3, 'hero_image') }).suggested, ['hero_image']);
  });
  it('a key 2 posts write is the site’s own when they are 5% of the posts (2 of 40)', () => {
    assert.deepEqual(lint({ text, others: site(40, 2, 'hero_image') }).suggested, ['hero_image']);
  });
  it('a key 2 posts of 41 write is not (under 5%), nor one post of 10 (one use)', () => {
    assert.deepEqual(lint({ text, others: site(41, 2, 'hero_image') }).ranges, []);
    assert.deepEqual(lint({ text, others: site(10, 1, 'hero_image') }).ranges, []);
  });
  it('a key that this post and another write is not told, even when it is not the site’s own (2 of 41)', () => {
    const mine = fm('title: A\nsubtitel: x');
    assert.deepEqual(lint({ text: mine, others: site(41, 1, 'subtitel') }).ranges, []);
    assert.deepEqual(lint({ text: mine, others: site(41, 0, 'subtitel') }).suggested, ['subtitle']);
  });
  it('a key the configuration’s defaults set is known', () => {
    const config = 'defaults:\n  - scope: {path: ""}\n    values: {hero_image: default.png}\n';
    assert.deepEqual(lint({ text, config }).suggested, ['hero_image']);
    assert.deepEqual(lint({ text }).ranges, []);
  });
});

/** One site's facts kept current in place, as the editor's index keeps them, linted with a chosen configuration. */
function liveSite(others: Record<string, string>) {
  const config0 = readConfig('title: Test\n');
  const docs = Object.entries(others).map(([p, text]) => {
    const info = classifyPath(p, config0)!;
    const parsed = parseFrontMatter(text);
    return { info, data: parsed.data ? effectiveFrontMatter(info, config0, parsed) : undefined, own: parsed.data };
  });
  const facts = factsFromDocuments(docs, { authors: new Map(), hasAuthorRegistry: false, layouts: undefined });
  const keys = facts.keys as Map<string, number>;
  const documents = { version: 0, all: new Map(), files: new Set<string>() };
  const site = { ...facts, keys, siteDocuments: documents };
  const bare = { ...facts, keys };
  const lintWith = (text: string, config: SiteConfig, versioned = true): string[] => {
    const findings = lintDocument({ text, document: classifyPath('_posts/2014-06-04-a.md', config)!, config }, { site: versioned ? site : bare, settings: { now: new Date('2026-11-26T12:00:00Z'), timezone: 'Europe/Paris', requiredKeys: [] } });
    const crashed = findings.find((f) => f.rule === 'internal-error');
    if (crashed) throw new Error(JSON.stringify(crashed.message));
    return findings.filter((f) => f.rule === RULE).map((f) => String(f.message.args[1]));
  };
  return { keys, documents, lintWith };
}

describe('key-typo follows the site and its configuration as they change', () => {
  const text = fm('title: A\nhero_imge: a.png');
  const plain = readConfig('title: Test\n');
  it('a configuration whose defaults now set the key, on the same site', () => {
    const { lintWith } = liveSite(site(10, 0, 'hero_image'));
    assert.deepEqual(lintWith(text, plain), []);
    assert.deepEqual(lintWith(text, readConfig('defaults:\n  - scope: {path: ""}\n    values: {hero_image: d.png}\n')), ['hero_image']);
    assert.deepEqual(lintWith(text, plain), []);
  });
  it('key counts changed in place with a new documents version', () => {
    const { keys, documents, lintWith } = liveSite(site(10, 0, 'hero_image'));
    assert.deepEqual(lintWith(text, plain), []);
    keys.set('hero_image', 3);
    documents.version++;
    assert.deepEqual(lintWith(text, plain), ['hero_image']);
    keys.delete('hero_image');
    documents.version++;
    assert.deepEqual(lintWith(text, plain), []);
  });
  it('key counts changed in place, without a documents version', () => {
    const { keys, lintWith } = liveSite(site(10, 0, 'hero_image'));
    assert.deepEqual(lintWith(text, plain, false), []);
    keys.set('hero_image', 3);
    assert.deepEqual(lintWith(text, plain, false), ['hero_image']);
  });
});
