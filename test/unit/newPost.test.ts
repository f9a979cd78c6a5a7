import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { ConventionOverrides, detectConventions } from '../../src/core/create/conventions';
import { BilingualInput, describeConventions, formatDateInput, parseDateInput, planBilingualPost, planPost, planTranslation, slugFromTitle, slugProblem } from '../../src/core/create/newPost';
import { formatMessage } from '../../src/core/messages';
import { applyEdits } from './helpers';
import { FixtureSite, lintPlanned, loadFixtureSite } from './fixtureSite';

/** After every date used below: nothing is in the future. */
const NOW = new Date('2026-01-01T00:00:00Z');

function setup(name: string, overrides?: ConventionOverrides) {
  const site = loadFixtureSite(name);
  const conventions = detectConventions({ config: site.config, posts: site.posts, fallbackTimezone: 'UTC', overrides });
  return { site, conventions, exists: (p: string) => site.files.has(p) };
}

async function assertLintsClean(site: FixtureSite, files: readonly { path: string; text: string }[]): Promise<void> {
  for (const file of files) {
    const findings = await lintPlanned(site, file, files, NOW);
    assert.deepEqual(findings.map((f) => `${f.rule}: ${formatMessage(f.message)}`), [], `${file.path} lints clean`);
  }
}

describe('"New bilingual post" plans the two files each fixture layout expects', () => {
  const cases: { site: string; input: BilingualInput; files: { path: string; text: string }[] }[] = [
    {
      site: 'bilingual',
      input: { first: { title: 'Été à Paris' }, second: { title: 'Summer in Paris' }, date: '2025-01-15 10:30', authors: ['marie'], tags: ['php'], categories: ['Développement'] },
      files: [
        {
          path: '_posts/2025-01-15-ete-a-paris.md',
          text: "---\ntitle: Été à Paris\nlang: fr\npermalink: /fr/ete-a-paris/\nauthors:\n - marie\ndate: '2025-01-15 10:30:00 +0100'\ncategories:\n- Développement\ntags:\n- php\n---\n\n",
        },
        {
          path: '_posts/2025-01-15-summer-in-paris.md',
          text: "---\ntitle: Summer in Paris\nlang: en\npermalink: /en/summer-in-paris/\nauthors:\n - marie\ndate: '2025-01-15 10:30:00 +0100'\ncategories:\n- Développement\ntags:\n- php\n---\n\n",
        },
      ],
    },
    {
      site: 'folder-per-language',
      input: { first: { title: 'Spring news' }, second: { title: 'Nouvelles du printemps' }, date: '2025-04-02 08:15', authors: ['alice'], tags: ['jekyll'] },
      files: [
        { path: '_posts/en/2025-04-02-spring-news.md', text: '---\ntitle: "Spring news"\ndate: 2025-04-02 08:15:00 -0400\nauthor: alice\ntags: [jekyll]\n---\n\n' },
        { path: '_posts/fr/2025-04-02-spring-news.md', text: '---\ntitle: "Nouvelles du printemps"\ndate: 2025-04-02 08:15:00 -0400\nauthor: alice\ntags: [jekyll]\n---\n\n' },
      ],
    },
    {
      site: 'polyglot',
      input: { first: { title: 'Release notes' }, second: { title: 'Notes de version' }, date: '2025-02-03 09:05', tags: ['release'], categories: ['news'] },
      files: [
        { path: '_posts/2025-02-03-release-notes.md', text: "---\nlang: en\ntitle: 'Release notes'\npage_id: release-notes\ndate: '2025-02-03 09:05'\ncategories: [news]\ntags: [release]\n---\n\n" },
        { path: '_posts/2025-02-03-notes-de-version.md', text: "---\nlang: fr\ntitle: 'Notes de version'\npage_id: release-notes\ndate: '2025-02-03 09:05'\ncategories: [news]\ntags: [release]\n---\n\n" },
      ],
    },
  ];
  for (const c of cases) {
    it(`plans ${c.files.map((f) => f.path).join(' and ')} on the ${c.site} site`, () => {
      const { conventions, exists } = setup(c.site);
      const plan = planBilingualPost(conventions, c.input, exists);
      assert.ok(plan.ok, plan.ok ? '' : formatMessage(plan.error));
      assert.deepEqual(plan.files.map((f) => ({ path: f.path, text: f.text })), c.files);
      assert.deepEqual(plan.edits, []);
      for (const f of plan.files) assert.equal(f.bodyOffset, f.text.length);
    });
    it(`plans files that lint with zero findings on the ${c.site} site`, async () => {
      const { site, conventions, exists } = setup(c.site);
      const plan = planBilingualPost(conventions, c.input, exists);
      assert.ok(plan.ok);
      await assertLintsClean(site, plan.files);
    });
    it(`refuses, with no plan, when a target exists on the ${c.site} site`, () => {
      const { conventions, site } = setup(c.site);
      for (const existing of c.files) {
        const plan = planBilingualPost(conventions, c.input, (p) => site.files.has(p) || p === existing.path);
        assert.equal(plan.ok, false);
        assert.ok(!plan.ok && formatMessage(plan.error).includes(existing.path));
        assert.ok(!('files' in plan));
      }
    });
  }

  it('writes the first version alone when the second is translated later, its key already set', () => {
    const { conventions, exists, site } = setup('bilingual', { translationKey: 'ref' });
    const plan = planBilingualPost(conventions, { first: { title: 'Plus tard' }, date: '2025-03-01 08:00' }, exists);
    assert.ok(plan.ok);
    assert.deepEqual(plan.files.map((f) => f.path), ['_posts/2025-03-01-plus-tard.md']);
    assert.equal(plan.files[0].text, "---\ntitle: Plus tard\nlang: fr\npermalink: /fr/plus-tard/\ndate: '2025-03-01 08:00:00 +0100'\nref: plus-tard\n---\n\n");
    return assertLintsClean(site, plan.files);
  });

  it('invents no linking key on a site whose posts are linked by none (the bilingual fixture, like the blog it is shaped after)', () => {
    const { conventions, exists } = setup('bilingual');
    assert.deepEqual(conventions.translation, { kind: 'none' });
    const plan = planBilingualPost(conventions, { first: { title: 'Sans lien' }, second: { title: 'No link' }, date: '2025-03-01 08:00' }, exists);
    assert.ok(plan.ok);
    for (const f of plan.files) assert.doesNotMatch(f.text, /^(ref|lang_ref|translation_key|page_id):/m);
  });

  it('uses the slugs it is given', () => {
    const { conventions, exists } = setup('bilingual', { translationKey: 'ref' });
    const plan = planBilingualPost(conventions, { first: { title: 'Un titre', slug: 'court' }, second: { title: 'A title', slug: 'short' }, date: 1736935200 }, exists);
    assert.ok(plan.ok);
    assert.deepEqual(plan.files.map((f) => f.path), ['_posts/2025-01-15-court.md', '_posts/2025-01-15-short.md']);
    assert.match(plan.files[1].text, /\nref: court\n/);
  });

  const refusals: { why: string; site: string; input: BilingualInput; error: RegExp }[] = [
    { why: 'the two versions would share a file', site: 'bilingual', input: { first: { title: 'Même', slug: 'same' }, second: { title: 'Same', slug: 'same' }, date: '2025-01-01' }, error: /Both versions would be written to _posts\/2025-01-01-same\.md/ },
    { why: 'a folder-per-language version gets another file name', site: 'folder-per-language', input: { first: { title: 'A' }, second: { title: 'B', slug: 'b' }, date: '2025-01-01' }, error: /both versions need the slug a/ },
    { why: 'the title is empty', site: 'bilingual', input: { first: { title: '  ' }, date: '2025-01-01' }, error: /title cannot be empty/ },
    { why: 'the slug has a slash', site: 'bilingual', input: { first: { title: 'A', slug: 'a/b' }, date: '2025-01-01' }, error: /spaces or slashes/ },
    { why: 'the date is unreadable', site: 'bilingual', input: { first: { title: 'A' }, date: 'next tuesday-ish' }, error: /cannot read/ },
  ];
  for (const r of refusals) {
    it(`refuses when ${r.why}`, () => {
      const { conventions, exists } = setup(r.site);
      const plan = planBilingualPost(conventions, r.input, exists);
      assert.equal(plan.ok, false);
      assert.match(formatMessage((plan as { error: Parameters<typeof formatMessage>[0] }).error), r.error);
    });
  }
});

describe('"New post" plans one file without a translation key', () => {
  const cases = [
    { site: 'bilingual', lang: 'en', path: '_posts/2025-05-06-just-english.md', text: "---\ntitle: Just English\nlang: en\npermalink: /en/just-english/\ndate: '2025-05-06 12:00:00 +0200'\n---\n\n" },
    { site: 'folder-per-language', lang: 'fr', path: '_posts/fr/2025-05-06-just-english.md', text: '---\ntitle: "Just English"\ndate: 2025-05-06 12:00:00 -0400\n---\n\n' },
    { site: 'polyglot', lang: 'fr', path: '_posts/2025-05-06-just-english.md', text: "---\nlang: fr\ntitle: 'Just English'\ndate: '2025-05-06 12:00'\n---\n\n" },
  ];
  for (const c of cases) {
    it(`plans ${c.path} on the ${c.site} site, lint-clean`, async () => {
      const { site, conventions, exists } = setup(c.site);
      const plan = planPost(conventions, { post: { title: 'Just English', lang: c.lang }, date: '2025-05-06 12:00' }, exists);
      assert.ok(plan.ok);
      assert.deepEqual(plan.files.map((f) => ({ path: f.path, text: f.text })), [{ path: c.path, text: c.text }]);
      await assertLintsClean(site, plan.files);
    });
  }
});

describe('"Add translation" copies the front matter and links both versions', () => {
  it('translates a French post of the bilingual site, adding `ref` to the original when the site is told to link by `ref`', async () => {
    const { site, conventions, exists } = setup('bilingual', { translationKey: 'ref' });
    const path = '_posts/2015-03-10-symfony-et-php7.md';
    const original = site.files.get(path)!;
    const plan = planTranslation(conventions, site.config, { path, text: original }, { lang: 'en', title: 'PHP 7 and Symfony' }, exists);
    assert.ok(plan.ok, plan.ok ? '' : formatMessage(plan.error));
    assert.deepEqual(plan.files.map((f) => ({ path: f.path, text: f.text })), [
      {
        path: '_posts/2015-03-10-php-7-and-symfony.md',
        text: "---\ntitle: PHP 7 and Symfony\nlang: en\npermalink: /en/php-7-and-symfony/\nauthors:\n - tom\ndate: '2015-03-10 09:30:00 +0100'\ncategories:\n- Développement\ntags:\n- php\n- symfony\nref: symfony-et-php7\n---\n\n",
      },
    ]);
    assert.equal(plan.edits.length, 1);
    assert.equal(plan.edits[0].path, path);
    const edited = applyEdits(original, plan.edits[0].edits);
    assert.equal(edited, original.replace('- symfony\n---', '- symfony\nref: symfony-et-php7\n---'));
    await assertLintsClean(site, [...plan.files, { path, text: edited }]);
  });

  it('gives a placeholder title and a distinct slug when none is given', () => {
    const { site, conventions, exists } = setup('bilingual', { translationKey: 'ref' });
    const path = '_posts/2014-06-04-retours-sur-dotscale-2014.md';
    const plan = planTranslation(conventions, site.config, { path, text: site.files.get(path)! }, { lang: 'en' }, exists);
    assert.ok(plan.ok);
    assert.equal(plan.files[0].path, '_posts/2014-06-04-retours-sur-dotscale-2014-en.md');
    assert.match(plan.files[0].text, /^---\nlayout: post\ntitle: 'TODO: Retours sur dotScale 2014'\nlang: en\npermalink: \/en\/retours-sur-dotscale-2014-en\/\n/);
    assert.match(plan.files[0].text, /\nref: retours-sur-dotscale-2014\n---\n\n$/);
  });

  it('keeps the polyglot page_id and writes no permalink', async () => {
    const { site, conventions, exists } = setup('polyglot');
    const path = '_posts/2024-01-08-year-in-review.md';
    const plan = planTranslation(conventions, site.config, { path, text: site.files.get(path)! }, { lang: 'fr', title: 'Une année en revue' }, exists);
    assert.ok(plan.ok);
    assert.deepEqual(plan.files.map((f) => ({ path: f.path, text: f.text })), [
      { path: '_posts/2024-01-08-une-annee-en-revue.md', text: "---\nlang: fr\ntitle: 'Une année en revue'\npage_id: year-in-review\ndate: '2024-01-08 07:30'\ncategories: [news]\n---\n\n" },
    ]);
    assert.deepEqual(plan.edits, []);
    await assertLintsClean(site, plan.files);
  });

  it('uses the same file name in the other language folder, and refuses when it exists', () => {
    const { site, conventions, exists } = setup('folder-per-language');
    const path = '_posts/en/2024-04-10-second-post.md';
    const plan = planTranslation(conventions, site.config, { path, text: site.files.get(path)! }, { lang: 'fr' }, exists);
    assert.equal(plan.ok, false);
    assert.match(formatMessage((plan as { error: Parameters<typeof formatMessage>[0] }).error), /_posts\/fr\/2024-04-10-second-post\.md already exists/);
    const text = '---\ntitle: "Only in English"\ndate: 2024-05-01 10:00:00 -0400\nauthor: bob\n---\n\nBody.\n';
    const solo = planTranslation(conventions, site.config, { path: '_posts/en/2024-05-01-only-in-english.md', text }, { lang: 'fr', title: 'Seulement en anglais' }, exists);
    assert.ok(solo.ok);
    assert.deepEqual(solo.files.map((f) => ({ path: f.path, text: f.text })), [
      { path: '_posts/fr/2024-05-01-only-in-english.md', text: '---\ntitle: "Seulement en anglais"\ndate: 2024-05-01 10:00:00 -0400\nauthor: bob\n---\n\n' },
    ]);
  });

  it('refuses to translate a post into its own language, or a file that is not a post', () => {
    const { site, conventions, exists } = setup('bilingual');
    const path = '_posts/2015-03-10-symfony-et-php7.md';
    assert.equal(planTranslation(conventions, site.config, { path, text: site.files.get(path)! }, { lang: 'fr' }, exists).ok, false);
    assert.equal(planTranslation(conventions, site.config, { path: 'about.md', text: '---\ntitle: About\n---\n' }, { lang: 'en' }, exists).ok, false);
  });

  it('keeps CRLF line ends of the original', () => {
    const { site, conventions, exists } = setup('bilingual', { translationKey: 'ref' });
    const text = "---\r\ntitle: Fin de ligne\r\nlang: fr\r\npermalink: /fr/fin-de-ligne/\r\n---\r\n\r\nCorps.\r\n";
    const plan = planTranslation(conventions, site.config, { path: '_posts/2020-01-01-fin-de-ligne.md', text }, { lang: 'en', title: 'Line ends' }, exists);
    assert.ok(plan.ok);
    assert.equal(plan.files[0].text, '---\r\ntitle: Line ends\r\nlang: en\r\npermalink: /en/line-ends/\r\nref: fin-de-ligne\r\n---\r\n\r\n');
    assert.equal(applyEdits(text, plan.edits[0].edits), text.replace('---\r\n\r\nCorps', 'ref: fin-de-ligne\r\n---\r\n\r\nCorps'));
  });
});

describe('slugs, dates and the summary', () => {
  it('makes ASCII slugs from French titles, as Jekyll’s latin slugify does', () => {
    const c = { slugifyMode: 'latin' };
    assert.equal(slugFromTitle(c, 'Été à Paris : les cafés'), 'ete-a-paris-les-cafes');
    assert.equal(slugFromTitle(c, 'Retours sur dotScale 2014'), 'retours-sur-dotscale-2014');
  });
  it('explains a bad slug', () => {
    assert.equal(slugProblem('good-slug'), undefined);
    for (const bad of ['', 'a b', '_hidden', 'x~', 'a:b']) assert.ok(slugProblem(bad), bad);
  });
  it('reads dates in the site zone and shows them back', () => {
    const parsed = parseDateInput('2025-01-15 10:30', 'Europe/Paris');
    assert.ok(parsed.ok);
    assert.equal(parsed.epochSeconds, Date.UTC(2025, 0, 15, 9, 30) / 1000);
    assert.equal(formatDateInput(parsed.epochSeconds, 'Europe/Paris'), '2025-01-15 10:30');
    assert.equal(parseDateInput('soon', 'UTC').ok, false);
  });
  it('summarizes the conventions with their sources', () => {
    const { conventions } = setup('folder-per-language');
    const lines = describeConventions(conventions).map((l) => `${formatMessage(l.message)} [${l.source}]`);
    assert.deepEqual(lines, [
      'Languages: en, fr [config]',
      'Folders: en: _posts/en/, fr: _posts/fr/ [posts]',
      'Translations linked by the same file name in each language folder [posts]',
      '`lang` from `_config.yml` defaults [config]',
      '`layout` not written [config]',
      'No permalink written: Jekyll makes the URL [config]',
      'Tags: a flow list (`tags: [a, b]`) [posts]',
      'Dates written in America/Toronto [posts]',
    ]);
  });
});
