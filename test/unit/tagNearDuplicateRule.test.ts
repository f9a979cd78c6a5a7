import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { effectiveFrontMatter, lintDocument } from '../../src/core/lint/lint';
import { Finding } from '../../src/core/lint/types';
import { readConfig } from '../../src/core/site/config';
import { parseFrontMatter } from '../../src/core/site/frontMatter';
import { classifyPath } from '../../src/core/site/post';
import { factsFromDocuments } from '../../src/core/site/siteScan';
import { applyEdits, slice } from './helpers';
import { lintCase } from './ruleCases';

// What users see of tag-near-duplicate: the finding on the tag, the spelling it suggests with its
// count, and the fixes offered. jekyll 4.3.1 keeps `PHP` and `php`, `Dot Scale` and `dotScale` as
// separate keys of `site.tags` (4 keys for those 4 spellings), so each is its own tag page.
const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;
const RULE = 'tag-near-duplicate';
const post = (n: number, tags: string): [string, string] => [`_posts/2015-01-${String(n).padStart(2, '0')}-p${n}.md`, fm(`title: P${n}\ntags: [${tags}]`)];

function lint(text: string, others: [string, string][]): { findings: Finding[]; ranges: string[] } {
  const findings = lintCase({ text, others: Object.fromEntries(others) }, RULE);
  return { findings, ranges: findings.map((f) => slice(text, f.range)) };
}

describe('tag-near-duplicate: which spelling it suggests', () => {
  it('the most used spelling, whatever order the posts come in; every other spelling is a fix, most used first', () => {
    const text = fm('title: A\ntags: [dotscale]');
    const { findings, ranges } = lint(text, [post(1, 'DotScale'), post(2, 'dot-scale'), post(3, 'Dot Scale'), post(4, 'Dot Scale'), post(5, 'dot-scale'), post(6, 'Dot Scale')]);
    assert.deepEqual(ranges, ['dotscale']);
    assert.deepEqual(findings[0].message.args, ['dotscale', 'Dot Scale', 3]);
    assert.deepEqual(findings[0].fixes?.map((f) => f.title.args[0]), ['Dot Scale', 'dot-scale', 'DotScale']);
    assert.equal(applyEdits(text, findings[0].fixes![0].edits), fm('title: A\ntags: [Dot Scale]'));
  });
  it('between spellings used as often, the first in code-point order', () => {
    const text = fm('title: A\ntags: [dotscale]');
    for (const order of [['dotScale', 'DotScale', 'Dotscale'], ['DotScale', 'Dotscale', 'dotScale'], ['Dotscale', 'dotScale', 'DotScale']]) {
      const { findings } = lint(text, [...order, ...order].map((tag, i) => post(i + 1, tag)));
      assert.deepEqual(findings[0].message.args, ['dotscale', 'DotScale', 2], order.join());
      assert.deepEqual(findings[0].fixes?.map((f) => f.title.args[0]), ['DotScale', 'Dotscale', 'dotScale'], order.join());
    }
  });
  it('a spelling used as often as this one: only the one later in code-point order is told', () => {
    // php and PHP, once each: `PHP` sorts first, so the post with `php` is told, not the one with `PHP`.
    assert.deepEqual(lint(fm('title: A\ntags: [php]'), [post(1, 'PHP')]).ranges, ['php']);
    assert.deepEqual(lint(fm('title: A\ntags: [PHP]'), [post(1, 'php')]).ranges, []);
  });
  it('a spelling used more than the others says nothing', () => {
    assert.deepEqual(lint(fm('title: A\ntags: [php]'), [post(1, 'php'), post(2, 'PHP')]).ranges, []);
  });
});

describe('tag-near-duplicate: what counts as one spelling', () => {
  it('spaces, hyphens and underscores are folded away: dot scale, dot_scale and dotscale', () => {
    assert.deepEqual(lint(fm('title: A\ntags: [dot scale]'), [post(1, 'dotscale'), post(2, 'dotscale')]).ranges, ['dot scale']);
    assert.deepEqual(lint(fm('title: A\ntags: [dot_scale]'), [post(1, 'dotscale'), post(2, 'dotscale')]).ranges, ['dot_scale']);
  });
  it('a plural s is folded only on words longer than 3 letters: io and iOS differ, api and apis are one', () => {
    assert.deepEqual(lint(fm('title: A\ntags: [io]'), [post(1, 'iOS'), post(2, 'iOS')]).ranges, []);
    assert.deepEqual(lint(fm('title: A\ntags: [ios]'), [post(1, 'io'), post(2, 'io')]).ranges, []);
    assert.deepEqual(lint(fm('title: A\ntags: [apis]'), [post(1, 'api'), post(2, 'api')]).ranges, ['apis']);
    assert.deepEqual(lint(fm('title: A\ntags: [tests]'), [post(1, 'test'), post(2, 'test')]).ranges, ['tests']);
  });
});

/** A site whose tag counts the host keeps up to date in place, as the editor's index does. */
function liveSite(others: [string, string][]) {
  const config = readConfig('title: Test\n');
  const docs = others.map(([p, text]) => {
    const info = classifyPath(p, config)!;
    const parsed = parseFrontMatter(text);
    return { info, data: parsed.data ? effectiveFrontMatter(info, config, parsed) : undefined, own: parsed.data };
  });
  const facts = factsFromDocuments(docs, { authors: new Map(), hasAuthorRegistry: false, layouts: undefined });
  const tags = facts.tags as Map<string, number>;
  const lintWith = (text: string, version?: number): string[] => {
    const site = { ...facts, tags, siteDocuments: version === undefined ? undefined : { version, all: new Map(), files: new Set<string>() } };
    const findings = lintDocument({ text, document: classifyPath('_posts/2014-06-04-a.md', config)!, config }, { site, settings: { now: new Date('2026-11-26T12:00:00Z'), timezone: 'Europe/Paris', requiredKeys: [] } });
    const crashed = findings.find((f) => f.rule === 'internal-error');
    if (crashed) throw new Error(JSON.stringify(crashed.message));
    return findings.filter((f) => f.rule === RULE).map((f) => slice(text, f.range));
  };
  return { tags, lintWith };
}

describe('tag-near-duplicate follows the site as its tags change', () => {
  const text = fm('title: A\ntags: [php]');
  it('a post being written whose tag the site index does not hold yet is compared all the same', () => {
    const { lintWith } = liveSite([post(1, 'PHP')]);
    assert.deepEqual(lintWith(text), ['php']);
  });
  it('counts changed in place, without a documents version', () => {
    const { tags, lintWith } = liveSite([post(1, 'php'), post(2, 'PHP')]);
    tags.set('php', 3);
    assert.deepEqual(lintWith(text), []);
    tags.set('PHP', 5);
    assert.deepEqual(lintWith(text), ['php']);
    tags.set('php', 6);
    tags.set('PHP', 2);
    assert.deepEqual(lintWith(text), []);
  });
  it('every count changed in place at once, without a documents version', () => {
    const { tags, lintWith } = liveSite([post(1, 'php'), post(2, 'PHP')]);
    tags.set('php', 3);
    assert.deepEqual(lintWith(text), []);
    tags.set('php', 2);
    tags.set('PHP', 5);
    assert.deepEqual(lintWith(text), ['php']);
  });
  it('a spelling added in place, without a documents version', () => {
    const { tags, lintWith } = liveSite([post(1, 'php'), post(2, 'go')]);
    tags.set('php', 1);
    assert.deepEqual(lintWith(text), []);
    tags.set('PHP', 3);
    assert.deepEqual(lintWith(text), ['php']);
  });
  it('counts changed in place with a new documents version', () => {
    const { tags, lintWith } = liveSite([post(1, 'php'), post(2, 'php'), post(3, 'PHP')]);
    assert.deepEqual(lintWith(text, 1), []);
    tags.set('PHP', 4);
    assert.deepEqual(lintWith(text, 2), ['php']);
  });
});
