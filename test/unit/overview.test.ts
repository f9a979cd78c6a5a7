import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from './fixtureSite';
import { describe, it } from 'node:test';
import { buildAuthors } from '../../src/core/overview/authors';
import { buildOverview } from '../../src/core/overview/overview';
import { buildPostsOverview, filterPosts, PostsOverview, translationStatus } from '../../src/core/overview/posts';
import { buildTaxonomy, nearDuplicates } from '../../src/core/overview/taxonomy';
import { SiteIndex } from '../../src/core/site/siteIndex';
import { loadFixtureSite, SITE_ROOT } from './fixtureSite';

const options = { now: new Date('2026-12-01T12:00:00Z'), machineZone: 'UTC' };

async function fixtureIndex(): Promise<SiteIndex> {
  const site = loadFixtureSite('overview');
  return SiteIndex.build(site.fs, SITE_ROOT, site.config);
}

/** What a reader of the Posts view sees: language, year, then `title · date · status · translations`. */
function rows(overview: PostsOverview, index: SiteIndex): string[] {
  const out: string[] = [];
  for (const lang of overview.languages) {
    out.push(`${lang.lang ?? '-'} (${lang.count})`);
    for (const year of lang.years) {
      out.push(`  ${year.year || 'no date'}`);
      for (const p of year.posts) out.push(`    ${p.title} · ${p.date ?? '-'} · ${p.status} · ${((v) => [...v.translations.map((t) => `${t.lang}: ${t.relativePath}`), ...v.missing.map((l) => `no ${l}`)].join(', '))(translationStatus(index, p, {}))}`);
    }
  }
  return out;
}

describe('the site at a glance: the Posts model (core/overview)', () => {
  it('lists posts and drafts by language, then year, newest first, with status and translation status', async () => {
    const index = await fixtureIndex();
    const overview = buildPostsOverview(index, options);
    assert.deepEqual(rows(overview, index), [
      'en (4)',
      '  2099',
      '    From the future · 2099-01-01 · future · no fr',
      '  2024',
      '    Spring Data · 2024-03-06 · published · fr: _posts/2024-03-07-spring-data-fr.md',
      '    JPA queries · 2024-02-07 · published · no fr',
      '    JPA entities · 2024-01-10 · published · fr: _posts/2024-01-11-entites-jpa.md',
      'fr (4)',
      '  no date',
      '    Une idée · - · draft · no en',
      '  2024',
      '    Spring Data (fr) · 2024-03-07 · published · en: _posts/2024-03-06-spring-data.md',
      '    Les entités JPA · 2024-01-11 · published · en: _posts/2024-01-10-jpa-entities.md',
      '  2023',
      '    Pas encore · 2023-05-01 · unpublished · no en',
    ]);
    assert.equal(overview.count, 8);
  });

  it('shows dates in the site’s time zone: a post at 23:30 UTC is on the next day in Paris', async () => {
    const site = loadFixtureSite('overview');
    site.fs.write(`${SITE_ROOT}/_config.yml`, 'timezone: Europe/Paris\n');
    site.fs.write(`${SITE_ROOT}/_posts/2024-05-01-late.md`, "---\ntitle: Late\ndate: '2024-05-01 23:30:00 +0000'\n---\n");
    const { readConfig } = await import('../../src/core/site/config');
    const index = await SiteIndex.build(site.fs, SITE_ROOT, readConfig('timezone: Europe/Paris\n'));
    const late = buildPostsOverview(index, options).languages.flatMap((l) => l.years.flatMap((y) => y.posts)).find((p) => p.title === 'Late');
    assert.equal(late?.date, '2024-05-02');
  });

  it('filters on title, file, tags, categories and authors, any case; groups left empty go', async () => {
    const overview = buildPostsOverview(await fixtureIndex(), options);
    const titles = (text: string): string[] => filterPosts(overview, text).languages.flatMap((l) => l.years.flatMap((y) => y.posts.map((p) => p.title)));
    assert.deepEqual(titles('jpa'), ['Spring Data', 'JPA queries', 'JPA entities', 'Les entités JPA']);
    assert.deepEqual(titles('BOB'), ['JPA queries']);
    assert.deepEqual(titles('_drafts/'), ['Une idée']);
    assert.deepEqual(filterPosts(overview, 'une-idee').languages.map((l) => l.lang), ['fr']);
    assert.equal(filterPosts(overview, 'nothing like it').count, 0);
    assert.equal(filterPosts(overview, '  '), overview);
  });

  it('follows the index as files change: a post added, then its tags changed', async () => {
    const site = loadFixtureSite('overview');
    const index = await SiteIndex.build(site.fs, SITE_ROOT, site.config);
    index.update(`${SITE_ROOT}/_posts/2024-06-01-new.md`, '---\ntitle: New one\nlang: en\nref: new\ntags: [Spring]\n---\n');
    const overview = buildOverview(index, options);
    assert.equal(overview.posts.count, 9);
    assert.deepEqual(nearDuplicates(overview.tags).map((g) => g.terms.map((t) => t.name)), [['spring', 'Spring'], ['java', 'Java'], ['jpa', 'JPA']]);
    index.update(`${SITE_ROOT}/_posts/2024-06-01-new.md`, '---\ntitle: New one\nlang: en\nref: new\ntags: [spring]\n---\n');
    assert.deepEqual(nearDuplicates(buildTaxonomy(index, 'tags')).map((g) => g.terms.map((t) => t.name)), [['java', 'Java'], ['jpa', 'JPA']]);
  });
});

describe('the site at a glance: tags, categories and authors', () => {
  it('counts each tag’s posts per language and groups near-duplicates as tag-near-duplicate does', async () => {
    const tags = buildTaxonomy(await fixtureIndex(), 'tags');
    assert.deepEqual(
      tags.groups.map((g) => g.terms.map((t) => `${t.name}: ${t.posts.length} (${t.byLang.map(([l, n]) => `${l} ${n}`).join(', ')})`)),
      [['java: 3 (fr 2, en 1)', 'Java: 1 (en 1)'], ['jpa: 3 (en 2, fr 1)', 'JPA: 2 (en 2)'], ['spring: 4 (en 2, fr 2)']],
    );
    // A post with both spellings counts once in its group.
    assert.deepEqual(tags.groups.map((g) => g.postCount), [4, 4, 4]);
    assert.deepEqual(tags.groups[1].terms[1].posts, ['_posts/2024-01-10-jpa-entities.md', '_posts/2024-03-06-spring-data.md']);
    assert.equal(tags.termCount, 5);
    const categories = buildTaxonomy(await fixtureIndex(), 'categories');
    assert.deepEqual(categories.groups.map((g) => `${g.terms[0].name} ${g.postCount}`), ['Java 3', 'Spring 2']);
  });

  it('lists authors with their posts, unknown logins first and flagged, registered authors with their file', async () => {
    const authors = buildAuthors(await fixtureIndex());
    assert.deepEqual(
      authors.authors.map((a) => `${a.login} ${a.known ? 'known' : 'unknown'} ${a.file ?? '-'} ${a.posts.length}`),
      ['bob unknown - 1', 'tom known _authors/tom.md 3', 'marie known _authors/marie.md 2'],
    );
    assert.equal(authors.unknownCount, 1);
  });

  it('on a site without an author registry, no login is flagged', async () => {
    const site = loadFixtureSite('overview');
    for (const name of ['marie', 'tom']) site.fs.delete(`${SITE_ROOT}/_authors/${name}.md`);
    const { readConfig } = await import('../../src/core/site/config');
    const index = await SiteIndex.build(site.fs, SITE_ROOT, readConfig('timezone: UTC\n'));
    const authors = buildAuthors(index);
    assert.equal(authors.hasRegistry, false);
    assert.deepEqual(authors.authors.filter((a) => !a.known), []);
  });
});

describe('the Posts model agrees with real Jekyll on what is published', () => {
  const jekyll = spawnSync('jekyll', ['--version'], { encoding: 'utf8' });
  it('jekyll build writes exactly the posts the model calls published (drafts, future and `published: false` posts are not)', { skip: jekyll.status !== 0 ? 'jekyll is not installed' : undefined }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jekyll-posts-overview-'));
    try {
      cpSync(join(FIXTURES, 'overview'), join(dir, 'src'), { recursive: true });
      const built = spawnSync('jekyll', ['build', '--source', join(dir, 'src'), '--destination', join(dir, 'site')], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
      assert.equal(built.status, 0, built.stderr);
      const index = await fixtureIndex();
      const now = new Date();
      const posts = buildPostsOverview(index, { now, machineZone: 'UTC' }).languages.flatMap((l) => l.years.flatMap((y) => y.posts));
      const written = posts.map((p) => {
        const output = index.siteDocuments.all.get(p.relativePath)?.output;
        return `${p.relativePath}: ${p.status} ${output !== undefined && existsSync(join(dir, 'site', output)) ? 'written' : 'not written'}`;
      });
      assert.deepEqual(written.sort(), [
        '_drafts/une-idee.md: draft not written',
        '_posts/2023-05-01-brouillon-publie.md: unpublished not written',
        '_posts/2024-01-10-jpa-entities.md: published written',
        '_posts/2024-01-11-entites-jpa.md: published written',
        '_posts/2024-02-07-jpa-queries.md: published written',
        '_posts/2024-03-06-spring-data.md: published written',
        '_posts/2024-03-07-spring-data-fr.md: published written',
        '_posts/2099-01-01-from-the-future.md: future not written',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
