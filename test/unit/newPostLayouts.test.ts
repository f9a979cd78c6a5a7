import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { checkPlan } from '../../src/core/create/checkPlan';
import { planBilingualPost, planPost, planTranslation } from '../../src/core/create/newPost';
import { readSiteForNewPost } from '../../src/core/create/siteConventions';
import { formatMessage } from '../../src/core/messages';
import { loadFixtureSite, SITE_ROOT } from './fixtureSite';

const NOW = new Date('2026-06-02T00:00:00Z');
const CHECK = { now: NOW, machineZone: 'UTC' };

/**
 * The four layouts of issue 22, each a fixture site shaped after a real bilingual blog, with the
 * exact files "New bilingual post" writes there.
 */
const CASES = [
  {
    site: 'newpost-slug-suffix',
    first: { lang: 'en', title: 'First summer try' },
    second: { lang: 'ko', title: '첫 여름 시도' },
    files: [
      { path: '_posts/en/2026-06-01-first-summer-try.md', text: '---\ntitle: "First summer try"\ndate: 2026-06-01 10:00:00 +0900\ncategories: [notes]\ntags: [jekyll, i18n]\nlang: en\nslug: "085-en"\n---\n\n', url: '/posts/085-en/' },
      { path: '_posts/ko/2026-06-01-first-summer-try.md', text: '---\ntitle: "첫 여름 시도"\ndate: 2026-06-01 10:00:00 +0900\ncategories: [notes]\ntags: [jekyll, i18n]\nlang: ko\nslug: "085"\n---\n\n', url: '/posts/085/' },
    ],
  },
  {
    site: 'newpost-lang-root',
    first: { lang: 'ko', title: '여름 첫 시도', slug: 'first-summer-try' },
    second: { lang: 'en', title: 'First summer try' },
    files: [
      { path: '_posts/2026-06-01-first-summer-try.md', text: '---\ntitle: 여름 첫 시도\ncategories:\n  - notes\ntags:\n  - jekyll\n  - i18n\n---\n\n', url: '/posts/first-summer-try/' },
      { path: 'en/_posts/2026-06-01-first-summer-try.md', text: '---\ntitle: First summer try\ncategories:\n  - notes\ntags:\n  - jekyll\n  - i18n\n---\n\n', url: '/en/posts/first-summer-try/' },
    ],
  },
  {
    site: 'newpost-collection',
    first: { lang: 'en', title: 'First summer try' },
    second: { lang: 'zh', title: '第一次夏天的尝试' },
    files: [
      { path: '_posts/2026-06-01-first-summer-try.md', text: '---\narticle_num: 223\ntitle: First summer try\nlang: en\ndate: 2026-06-01 10:00:00 +0200\ncategories: [notes]\ntags: [jekyll, i18n]\n---\n\n', url: '/en/first-summer-try/' },
      { path: '_cn/first-summer-try.md', text: '---\narticle_num: 223\ntitle: 第一次夏天的尝试\nlang: zh\ndate: 2026-06-01 10:00:00 +0200\ncategories: [notes]\ntags: [jekyll, i18n]\n---\n\n', url: '/cn/first-summer-try/' },
    ],
  },
  {
    site: 'newpost-one-folder',
    first: { lang: 'fr', title: 'Premier essai été' },
    second: { lang: 'en', title: 'First summer try' },
    files: [
      { path: '_posts/2026-06-01-premier-essai-ete.md', text: '---\nlayout: post\ntitle: Premier essai été\nlang: fr\ndate: 2026-06-01 10:00:00 +0200\ncategories: notes\ntags: jekyll i18n\n---\n\n', url: '/2026/06/premier-essai-ete/' },
      { path: '_posts/2026-06-01-first-summer-try.md', text: '---\nlayout: post\ntitle: First summer try\nlang: en\ndate: 2026-06-01 10:00:00 +0200\ncategories: notes\ntags: jekyll i18n\n---\n\n', url: '/2026/06/first-summer-try/' },
    ],
  },
];

async function setup(name: string) {
  const site = loadFixtureSite(name);
  const read = await readSiteForNewPost(site.fs, SITE_ROOT, site.config, { fallbackTimezone: 'UTC', fallbackLanguages: ['fr', 'en'] });
  return { site, read, c: read.conventions, exists: (p: string) => site.files.has(p) };
}

describe('"New bilingual post" on the four layouts of real bilingual blogs', () => {
  for (const k of CASES) {
    it(`writes ${k.files.map((f) => f.path).join(' and ')} on ${k.site}, which the site model and linter accept at distinct URLs`, async () => {
      const { site, read, c, exists } = await setup(k.site);
      const plan = planBilingualPost(c, { date: '2026-06-01 10:00', now: NOW, tags: ['jekyll', 'i18n'], categories: ['notes'], first: k.first, second: k.second }, exists);
      assert.ok(plan.ok, plan.ok ? '' : formatMessage(plan.error));
      assert.deepEqual(plan.files.map((f) => ({ path: f.path, text: f.text })), k.files.map(({ path, text }) => ({ path, text })));
      const check = await checkPlan(site.fs, SITE_ROOT, site.config, plan, { ...CHECK, languages: read.conventions.languages });
      assert.deepEqual(check.problems.map((p) => `${p.path}: ${formatMessage(p.message)}`), []);
      assert.deepEqual(check.files.map((f) => f.url), k.files.map((f) => f.url));
    });
  }

  it('reads the languages the sites use, not a guess', async () => {
    assert.deepEqual((await setup('newpost-collection')).c.languages, ['en', 'zh']);
    assert.deepEqual((await setup('newpost-slug-suffix')).c.languages, ['ko', 'en']);
    assert.deepEqual((await setup('newpost-lang-root')).c.languages, ['ko', 'en']);
    assert.deepEqual((await setup('newpost-one-folder')).c.languages, ['en', 'fr']);
  });

  it('says where each convention was read: posts and _config.yml lines', async () => {
    const { c } = await setup('newpost-lang-root');
    assert.deepEqual(c.evidence.lang, ['_config.yml:12', '_config.yml:20']);
    assert.deepEqual(c.evidence.permalink, ['_config.yml:15', '_config.yml:23']);
    const collection = await setup('newpost-collection');
    assert.deepEqual(collection.c.evidence.translation, ['_posts/2026-01-02-highlight-2025.md', '_posts/2025-01-01-highlight-2024.md', '_posts/2023-05-29-wechat-network.md']);
    assert.equal(collection.c.sources.translation, 'posts');
  });
});

describe('a plan that would break the site is refused with the reason', () => {
  it('refuses a post whose URL an existing post has (permalink-conflict)', async () => {
    const { site, read, c, exists } = await setup('newpost-one-folder');
    const plan = planPost(c, { date: '2024-03-20 10:00', now: NOW, post: { lang: 'fr', title: 'Retour de conférence' } }, exists);
    assert.ok(plan.ok);
    const check = await checkPlan(site.fs, SITE_ROOT, site.config, plan, { ...CHECK, languages: read.conventions.languages });
    assert.equal(check.ok, false);
    assert.deepEqual(
      check.problems.map((p) => p.rule),
      ['permalink-conflict'],
    );
    assert.match(formatMessage(check.problems[0].message), /_posts\/2024-03-02-retour-de-conference\.md/);
  });

  it('refuses a language the site does not use', async () => {
    const { site, c, exists } = await setup('newpost-one-folder');
    const plan = planPost(c, { date: '2026-06-01 10:00', now: NOW, post: { lang: 'de', title: 'Erster Versuch' } }, exists);
    assert.ok(plan.ok);
    const check = await checkPlan(site.fs, SITE_ROOT, site.config, plan, { ...CHECK, languages: c.languages });
    assert.equal(check.ok, false);
    assert.deepEqual(check.problems.map((p) => formatMessage(p.message)), ['`de` is not one of the site’s languages (en, fr).']);
  });

  it('"Add translation" on the slug-suffix site writes the other language’s suffix, accepted at a distinct URL', async () => {
    const { site, read, c, exists } = await setup('newpost-slug-suffix');
    const path = '_posts/ko/2026-05-30-retry-budget.md';
    const plan = planTranslation(c, site.config, { path, text: site.files.get(path)! }, { lang: 'en', title: 'A retry budget' }, exists);
    assert.ok(plan.ok, plan.ok ? '' : formatMessage(plan.error));
    assert.deepEqual(plan.files.map((f) => ({ path: f.path, text: f.text })), [
      { path: '_posts/en/2026-05-30-retry-budget.md', text: '---\nlayout: post\ntitle: "A retry budget"\ndate: 2026-05-30 09:00:00 +0900\ncategories: [Backend]\ntags: [resilience]\nlang: en\nslug: "084-en"\npublished: true\n---\n\n' },
    ]);
    const check = await checkPlan(site.fs, SITE_ROOT, site.config, plan, { ...CHECK, languages: read.conventions.languages });
    assert.deepEqual(check.problems.map((p) => formatMessage(p.message)), []);
    assert.deepEqual(check.files.map((f) => f.url), ['/posts/084-en/']);
  });
});
