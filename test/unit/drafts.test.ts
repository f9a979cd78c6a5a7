import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { checkPlan } from '../../src/core/create/checkPlan';
import { ConventionOverrides, detectConventions } from '../../src/core/create/conventions';
import { defaultFrontMatterOf } from '../../src/core/create/defaultFrontMatter';
import { planBilingualPost, planPost, PlannedFile } from '../../src/core/create/newPost';
import { draftTranslations, planPublish, planUnpublish, PlannedMove } from '../../src/core/create/publish';
import { readSiteForNewPost } from '../../src/core/create/siteConventions';
import { formatMessage } from '../../src/core/messages';
import { readConfig } from '../../src/core/site/config';
import { FixtureSite, lintPlanned, loadFixtureSite, SITE_ROOT } from './fixtureSite';

const NOW = new Date('2026-06-02T00:00:00Z');

async function setup(name: string, overrides?: ConventionOverrides) {
  const site = loadFixtureSite(name);
  const read = await readSiteForNewPost(site.fs, SITE_ROOT, site.config, { fallbackTimezone: 'UTC', overrides });
  return { site, c: read.conventions, exists: (p: string) => site.files.has(p) };
}

async function assertLintsClean(site: FixtureSite, files: readonly { path: string; text: string }[]): Promise<void> {
  for (const file of files) {
    const findings = await lintPlanned(site, file, files, NOW);
    assert.deepEqual(findings.map((f) => `${f.rule}: ${formatMessage(f.message)}`), [], `${file.path} lints clean`);
  }
}

/** The site model's URLs for files as if written (drafts read as `jekyll build --drafts` does). */
async function urls(site: FixtureSite, languages: readonly string[], files: readonly { path: string; text: string; lang?: string }[], drafts: boolean): Promise<(string | undefined)[]> {
  const planned: PlannedFile[] = files.map((f) => ({ path: f.path, text: f.text, lang: f.lang, bodyOffset: 0 }));
  const check = await checkPlan(site.fs, SITE_ROOT, site.config, { files: planned, edits: [] }, { now: NOW, machineZone: 'UTC', languages, drafts });
  assert.deepEqual(check.problems.map((p) => `${p.path}: ${formatMessage(p.message)}`), []);
  return check.files.map((f) => f.url);
}

const moved = (moves: readonly PlannedMove[]) => moves.map((m) => ({ from: m.from, to: m.to, text: m.text }));

/**
 * The three layouts "New bilingual post" knows: one folder with `/fr/` permalinks (bilingual, its
 * versions linked by `ref` when told), a folder per language (folder-per-language), polyglot.
 */
const LAYOUTS = [
  {
    site: 'bilingual',
    overrides: { translationKey: 'ref' } as ConventionOverrides,
    first: 'Été à Paris',
    second: 'Summer in Paris',
    drafts: [
      { path: '_drafts/ete-a-paris.md', text: '---\ntitle: Été à Paris\nlang: fr\npermalink: /fr/ete-a-paris/\ntags:\n- jekyll\nref: ete-a-paris\n---\n\n' },
      { path: '_drafts/summer-in-paris.md', text: '---\ntitle: Summer in Paris\nlang: en\npermalink: /en/summer-in-paris/\ntags:\n- jekyll\nref: ete-a-paris\n---\n\n' },
    ],
    draftUrls: ['/fr/ete-a-paris/', '/en/summer-in-paris/'],
    posts: [
      { from: '_drafts/ete-a-paris.md', to: '_posts/2025-01-15-ete-a-paris.md', text: "---\ntitle: Été à Paris\nlang: fr\npermalink: /fr/ete-a-paris/\ndate: '2025-01-15 10:30:00 +0100'\ntags:\n- jekyll\nref: ete-a-paris\n---\n\n" },
      { from: '_drafts/summer-in-paris.md', to: '_posts/2025-01-15-summer-in-paris.md', text: "---\ntitle: Summer in Paris\nlang: en\npermalink: /en/summer-in-paris/\ndate: '2025-01-15 10:30:00 +0100'\ntags:\n- jekyll\nref: ete-a-paris\n---\n\n" },
    ],
    postUrls: ['/fr/ete-a-paris/', '/en/summer-in-paris/'],
    single: { lang: 'en', path: '_drafts/just-english.md', text: '---\ntitle: Just English\nlang: en\npermalink: /en/just-english/\n---\n\n' },
  },
  {
    site: 'folder-per-language',
    first: 'Spring news',
    second: 'Nouvelles du printemps',
    // `_posts/en` defaults do not reach `_drafts/en`: the drafts write them to be read as their posts will.
    drafts: [
      { path: '_drafts/en/spring-news.md', text: '---\nlayout: post\ntitle: "Spring news"\nlang: en\npermalink: /en/:year/:month/:title/\ntags: [jekyll]\n---\n\n' },
      { path: '_drafts/fr/spring-news.md', text: '---\nlayout: post\ntitle: "Nouvelles du printemps"\nlang: fr\npermalink: /fr/:year/:month/:title/\ntags: [jekyll]\n---\n\n' },
    ],
    // A draft's date is its file's time (here the check's `now`).
    draftUrls: ['/en/2026/06/spring-news/', '/fr/2026/06/spring-news/'],
    posts: [
      { from: '_drafts/en/spring-news.md', to: '_posts/en/2025-01-15-spring-news.md', text: '---\ntitle: "Spring news"\ndate: 2025-01-15 10:30:00 -0500\ntags: [jekyll]\n---\n\n' },
      { from: '_drafts/fr/spring-news.md', to: '_posts/fr/2025-01-15-spring-news.md', text: '---\ntitle: "Nouvelles du printemps"\ndate: 2025-01-15 10:30:00 -0500\ntags: [jekyll]\n---\n\n' },
    ],
    postUrls: ['/en/2025/01/spring-news/', '/fr/2025/01/spring-news/'],
    single: { lang: 'fr', path: '_drafts/fr/just-english.md', text: '---\nlayout: post\ntitle: "Just English"\nlang: fr\npermalink: /fr/:year/:month/:title/\n---\n\n' },
  },
  {
    site: 'polyglot',
    first: 'Release notes',
    second: 'Notes de version',
    drafts: [
      { path: '_drafts/release-notes.md', text: "---\nlang: en\ntitle: 'Release notes'\npage_id: release-notes\ntags: [jekyll]\n---\n\n" },
      { path: '_drafts/notes-de-version.md', text: "---\nlang: fr\ntitle: 'Notes de version'\npage_id: release-notes\ntags: [jekyll]\n---\n\n" },
    ],
    draftUrls: ['/blog/release-notes/', '/blog/notes-de-version/'],
    posts: [
      { from: '_drafts/release-notes.md', to: '_posts/2025-01-15-release-notes.md', text: "---\nlang: en\ntitle: 'Release notes'\npage_id: release-notes\ndate: '2025-01-15 10:30'\ntags: [jekyll]\n---\n\n" },
      { from: '_drafts/notes-de-version.md', to: '_posts/2025-01-15-notes-de-version.md', text: "---\nlang: fr\ntitle: 'Notes de version'\npage_id: release-notes\ndate: '2025-01-15 10:30'\ntags: [jekyll]\n---\n\n" },
    ],
    postUrls: ['/blog/release-notes/', '/blog/notes-de-version/'],
    single: { lang: 'fr', path: '_drafts/just-english.md', text: "---\nlang: fr\ntitle: 'Just English'\n---\n\n" },
  },
];

describe('"New draft" and "New bilingual draft" on the three layouts', () => {
  for (const k of LAYOUTS) {
    const input = { draft: true, date: '2026-06-01 10:00', now: NOW, tags: ['jekyll'], first: { title: k.first }, second: { title: k.second } };
    it(`writes ${k.drafts.map((d) => d.path).join(' and ')} on ${k.site}, lint-clean, at ${k.draftUrls.join(' and ')} with --drafts`, async () => {
      const { site, c, exists } = await setup(k.site, k.overrides);
      const plan = planBilingualPost(c, input, exists);
      assert.ok(plan.ok, plan.ok ? '' : formatMessage(plan.error));
      assert.deepEqual(plan.files.map((f) => ({ path: f.path, text: f.text })), k.drafts);
      await assertLintsClean(site, plan.files);
      assert.deepEqual(await urls(site, c.languages, plan.files, true), k.draftUrls);
    });
    it(`writes one draft, ${k.single.path}, on ${k.site}`, async () => {
      const { site, c, exists } = await setup(k.site, k.overrides);
      const plan = planPost(c, { draft: true, date: '2026-06-01 10:00', now: NOW, post: { title: 'Just English', lang: k.single.lang } }, exists);
      assert.ok(plan.ok, plan.ok ? '' : formatMessage(plan.error));
      assert.deepEqual(plan.files.map((f) => ({ path: f.path, text: f.text })), [{ path: k.single.path, text: k.single.text }]);
      await assertLintsClean(site, plan.files);
    });
    it(`refuses a draft whose file exists on ${k.site}, naming it`, async () => {
      const { c } = await setup(k.site, k.overrides);
      const plan = planBilingualPost(c, input, (p) => p === k.drafts[1].path);
      assert.equal(plan.ok, false);
      assert.match(formatMessage((plan as { error: Parameters<typeof formatMessage>[0] }).error), new RegExp(`^${k.drafts[1].path}`));
    });
  }
});

describe('"Publish" on the three layouts', () => {
  for (const k of LAYOUTS) {
    it(`moves the pair to ${k.posts.map((p) => p.to).join(' and ')} on ${k.site}: the bytes "New bilingual post" writes, lint-clean, at ${k.postUrls.join(' and ')}`, async () => {
      const { site, c, exists } = await setup(k.site, k.overrides);
      const [first, second] = k.drafts;
      assert.deepEqual(draftTranslations(c, site.config, first, k.drafts).map((d) => d.path), [second.path]);
      const plan = planPublish(c, site.config, first, { date: '2025-01-15 10:30', now: NOW, with: [second] }, exists);
      assert.ok(plan.ok, plan.ok ? '' : formatMessage(plan.error));
      assert.deepEqual(moved(plan.moves), k.posts);
      // The same files as a post created on that date.
      const direct = planBilingualPost(c, { date: '2025-01-15 10:30', now: NOW, tags: ['jekyll'], first: { title: k.first }, second: { title: k.second } }, exists);
      assert.ok(direct.ok);
      assert.deepEqual(direct.files.map((f) => ({ path: f.path, text: f.text })), k.posts.map((p) => ({ path: p.to, text: p.text })));
      const files = plan.moves.map((m) => ({ path: m.to, text: m.text, lang: m.lang }));
      await assertLintsClean(site, files);
      assert.deepEqual(await urls(site, c.languages, files, false), k.postUrls);
    });
    it(`refuses on ${k.site} when a post is in the way, naming it`, async () => {
      const { site, c } = await setup(k.site, k.overrides);
      const plan = planPublish(c, site.config, k.drafts[0], { date: '2025-01-15 10:30', now: NOW, with: [k.drafts[1]] }, (p) => p === k.posts[1].to);
      assert.equal(plan.ok, false);
      assert.equal(formatMessage((plan as { error: Parameters<typeof formatMessage>[0] }).error), `${k.posts[1].to} is in the way: nothing was moved.`);
    });
    it(`"Unpublish" moves each post back to its draft, byte for byte, on ${k.site}`, async () => {
      const { site, c } = await setup(k.site, k.overrides);
      for (const [i, post] of k.posts.entries()) {
        const plan = planUnpublish(c, site.config, { path: post.to, text: post.text }, () => false);
        assert.ok(plan.ok, plan.ok ? '' : formatMessage(plan.error));
        assert.deepEqual(moved(plan.moves), [{ from: post.to, to: k.drafts[i].path, text: k.drafts[i].text }]);
      }
      const refused = planUnpublish(c, site.config, { path: k.posts[0].to, text: k.posts[0].text }, (p) => p === k.drafts[0].path);
      assert.equal(refused.ok, false);
      assert.equal(formatMessage((refused as { error: Parameters<typeof formatMessage>[0] }).error), `${k.drafts[0].path} is in the way: nothing was moved.`);
    });
  }

  it('finds no translation where the site links its versions by nothing (bilingual as detected)', async () => {
    const { site, c, exists } = await setup('bilingual');
    const plan = planBilingualPost(c, { draft: true, date: '2026-06-01 10:00', now: NOW, first: { title: 'Un' }, second: { title: 'One' } }, exists);
    assert.ok(plan.ok);
    assert.deepEqual(draftTranslations(c, site.config, plan.files[0], plan.files), []);
  });

  it('unpublishes an existing post of each layout without its date, adding what the folder defaults gave', async () => {
    const cases = [
      { site: 'folder-per-language', path: '_posts/en/2024-03-05-hello-world.md', to: '_drafts/en/hello-world.md', text: '---\nlayout: post\ntitle: "Hello, world"\nlang: en\npermalink: /en/:year/:month/:title/\nauthor: alice\ntags: [jekyll, i18n]\n---\n\nThe first post of this blog, in English.\n' },
      { site: 'polyglot', path: '_posts/2023-11-20-installer-polyglot.md', to: '_drafts/installer-polyglot.md', text: "---\nlang: fr\ntitle: 'Installer Polyglot'\npage_id: polyglot-setup\ncategories: [guides]\n---\n\nAjoutez la gemme, listez les langues, choisissez celle par défaut.\n" },
    ];
    for (const k of cases) {
      const { site, c } = await setup(k.site);
      const plan = planUnpublish(c, site.config, { path: k.path, text: site.files.get(k.path)! }, (p) => site.files.has(p));
      assert.ok(plan.ok, plan.ok ? '' : formatMessage(plan.error));
      assert.deepEqual(moved(plan.moves), [{ from: k.path, to: k.to, text: k.text }]);
    }
  });
});

describe('publish and unpublish edit the front matter byte for byte', () => {
  const config = readConfig('timezone: Europe/Paris\n');
  const c = detectConventions({ config, posts: [{ relativePath: '_posts/2024-01-01-a.md', text: "---\ntitle: A\ndate: '2024-01-01 10:00:00 +0100'\ntags: [x]\n---\n" }], fallbackTimezone: 'UTC' });

  it('keeps the BOM, CRLF, comments and quoting, and writes the date in its place', () => {
    const text = '\uFEFF---\r\ntitle: "Déjà vu" # the title\r\n# a comment\r\ntags: [x]\r\npublished: false\r\n---\r\nBody\r\n';
    const plan = planPublish(c, config, { path: '_drafts/deja-vu.md', text }, { date: '2025-01-15 10:30' }, () => false);
    assert.ok(plan.ok, plan.ok ? '' : formatMessage(plan.error));
    assert.deepEqual(moved(plan.moves), [{ from: '_drafts/deja-vu.md', to: '_posts/2025-01-15-deja-vu.md', text: "\uFEFF---\r\ntitle: \"Déjà vu\" # the title\r\ndate: '2025-01-15 10:30:00 +0100'\r\n# a comment\r\ntags: [x]\r\n---\r\nBody\r\n" }]);
    const back = planUnpublish(c, config, { path: plan.moves[0].to, text: plan.moves[0].text }, () => false);
    assert.ok(back.ok);
    assert.equal(back.moves[0].text, '\uFEFF---\r\ntitle: "Déjà vu" # the title\r\n# a comment\r\ntags: [x]\r\n---\r\nBody\r\n');
  });

  it('replaces a date the draft has, in the site style, and keeps the rest', () => {
    const text = "---\ntitle: A\ndate:   2020-01-01\nlayout: post # kept\n---\n";
    const plan = planPublish(c, config, { path: '_drafts/sub/a.md', text }, { date: 1736933400 }, () => false);
    assert.ok(plan.ok);
    assert.deepEqual(moved(plan.moves), [{ from: '_drafts/sub/a.md', to: '_posts/sub/2025-01-15-a.md', text: "---\ntitle: A\ndate:   '2025-01-15 10:30:00 +0100'\nlayout: post # kept\n---\n" }]);
  });

  it('removes a draft’s `date:` on publish where the site’s posts leave the date to the file name', () => {
    const undated = detectConventions({ config, posts: [{ relativePath: '_posts/2024-01-01-a.md', text: '---\ntitle: A\n---\n' }, { relativePath: '_posts/2024-01-02-b.md', text: '---\ntitle: B\n---\n' }], fallbackTimezone: 'UTC' });
    assert.equal(undated.date.form, 'none');
    const plan = planPublish(undated, config, { path: '_drafts/a.md', text: '---\ntitle: A\ndate: 2020-01-01\n---\nx\n' }, { date: '2025-01-15 10:30' }, () => false);
    assert.ok(plan.ok);
    assert.deepEqual(moved(plan.moves), [{ from: '_drafts/a.md', to: '_posts/2025-01-15-a.md', text: '---\ntitle: A\n---\nx\n' }]);
  });

  it('keeps `date:` on unpublish where the site’s drafts write one', () => {
    const keeping = detectConventions({ config, posts: [], drafts: [{ relativePath: '_drafts/x.md', text: '---\ndate: 2024-01-01\n---\n' }], fallbackTimezone: 'UTC' });
    assert.equal(keeping.draftsKeepDate, true);
    const text = "---\ntitle: A\ndate: '2025-01-15 10:30:00 +0100'\n---\n";
    const plan = planUnpublish(keeping, config, { path: '_posts/2025-01-15-a.md', text }, () => false);
    assert.ok(plan.ok);
    assert.equal(plan.moves[0].text, text);
    assert.equal(plan.moves[0].to, '_drafts/a.md');
  });

  it('refuses what is not a draft, or a post, or has unreadable front matter', () => {
    const notDraft = planPublish(c, config, { path: '_posts/2025-01-01-a.md', text: '---\n---\n' }, { date: '2025-01-15' }, () => false);
    assert.match(formatMessage((notDraft as { error: Parameters<typeof formatMessage>[0] }).error), /is not a draft/);
    const notPost = planUnpublish(c, config, { path: '_drafts/a.md', text: '---\n---\n' }, () => false);
    assert.match(formatMessage((notPost as { error: Parameters<typeof formatMessage>[0] }).error), /is not a post/);
    const broken = planPublish(c, config, { path: '_drafts/a.md', text: '---\ntitle: [\n---\n' }, { date: '2025-01-15' }, () => false);
    assert.match(formatMessage((broken as { error: Parameters<typeof formatMessage>[0] }).error), /no readable front matter/);
  });
});

describe('default_front_matter from _config.yml', () => {
  const config = readConfig(
    [
      'jekyll_compose:',
      '  default_front_matter:',
      '    drafts: {description: , image: , comments: true}',
      '    posts:',
      '      description:',
      '      published: false',
      'jekyll_posts:',
      '  default_front_matter:',
      '    drafts:',
      '      comments: false',
      '      tags: [draft, wip]',
      '    posts:',
      '      sitemap: false',
      '',
    ].join('\n'),
  );

  it('reads both blocks, jekyll_posts winning key by key', () => {
    const d = defaultFrontMatterOf(config);
    assert.deepEqual({ ...d.drafts }, { description: null, image: null, comments: false, tags: ['draft', 'wip'] });
    assert.deepEqual({ ...d.posts }, { description: null, published: false, sitemap: false });
  });

  it('writes them after the keys the command writes: drafts take the drafts block, posts the posts block', () => {
    const c = detectConventions({ config, posts: [], fallbackTimezone: 'UTC', fallbackLanguages: ['en'] });
    const draft = planPost(c, { draft: true, date: '2025-01-15 10:30', post: { title: 'A draft' } }, () => false);
    assert.ok(draft.ok);
    assert.deepEqual(draft.files.map((f) => [f.path, f.text]), [['_drafts/a-draft.md', '---\ntitle: A draft\nlang: en\ntags:\n- draft\n- wip\ndescription:\nimage:\ncomments: false\n---\n\n']]);
    const post = planPost(c, { date: '2025-01-15 10:30', tags: ['given'], post: { title: 'A post' } }, () => false);
    assert.ok(post.ok);
    assert.deepEqual(post.files.map((f) => [f.path, f.text]), [['_posts/2025-01-15-a-post.md', "---\ntitle: A post\nlang: en\ndate: '2025-01-15 10:30:00 +0000'\ntags:\n- given\ndescription:\npublished: false\nsitemap: false\n---\n\n"]]);
  });
});
