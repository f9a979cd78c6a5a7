// Fixture sites for the conformance run: each is { name, files: {path: text}, buildArgs?, env?,
// doctor?, expectFailure? }. run.mjs writes them under test/conformance/.work/ and builds them
// with real Jekyll. Every document gets the `probe` layout, which writes what Jekyll computed.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..', '..');

const MODES = ['raw', 'default', 'pretty', 'ascii', 'latin'];
export const PROBE_LAYOUT =
  '<!--PROBE{"path":{{ page.path | jsonify }},"url":{{ page.url | jsonify }},' +
  '"date":{{ page.date | date_to_xmlschema | jsonify }},"lang":{{ page.lang | jsonify }},"title":{{ page.title | jsonify }},' +
  '"slugs":{"nil":{{ page.title | slugify | jsonify }}' +
  MODES.map((m) => `,"${m}":{{ page.title | slugify: "${m}" | jsonify }}`).join('') +
  '}}PROBE-->\n{{ content }}\n';

const fm = (fields, body = 'Body.\n') => `---\n${fields.join('\n')}\n---\n${body}`;
const q = (s) => JSON.stringify(s);

/** The posts, collection documents and pages every permalink-style site gets. */
function commonDocuments() {
  const files = {};
  const post = (name, fields = []) => (files[name] = fm([`title: ${q(name.replace(/^.*\//, '').replace(/\.[^.]+$/, ''))}`, ...fields]));
  post('_posts/2014-06-04-hello-world.md');
  post('_posts/2014-6-4-single-digit-date.md');
  post('_posts/2015-01-01-new-year-in-la.md', ['date: 2014-12-31 23:30:00 -0800']);
  post('_posts/2015-12-28-iso-week-53.md');
  post('_posts/2016-01-03-iso-week-of-2015.md');
  post('_posts/2016-02-29-leap-day.md');
  post('_posts/2014-06-04-Été à Paris.md');
  post('_posts/2014-06-04-日本語のタイトル.md');
  post('_posts/2014-06-04-emoji-🎉-party.md');
  post("_posts/2014-06-04-what's up, doc!.md");
  post('_posts/2014-06-04-MiXeD-CaSe.md');
  post('_posts/2014-06-04-trailing-dots...md');
  post('_posts/2014-06-04-with.dots.in.name.md');
  post('_posts/2014-06-04-html-post.html');
  post('_posts/2014-06-04-plain-text.txt');
  post('fr/_posts/2014-06-04-en-francais.md');
  post('a/b/_posts/2014-06-04-nested-categories.md');
  post('_posts/sub/2014-06-04-in-a-subfolder.md');
  post('_posts/2014-06-05-categories-string.md', ['categories: Tech News']);
  post('_posts/2014-06-05-categories-list.md', ['categories: [Ruby, "Rails 7", Événements]']);
  post('_posts/2014-06-05-category-one.md', ['category: Web Dev']);
  post('_posts/2014-06-05-category-and-categories.md', ['category: Solo', 'categories: [one, two]']);
  post('fr/_posts/2014-06-05-path-and-front-matter.md', ['categories: [FR, news]']);
  post('_posts/2014-06-05-odd-categories.md', ['categories: ["c#", "what?", 2014, "a/b"]']);
  post('_posts/2014-06-05-front-matter-slug.md', ['slug: Custom Slug, Really!']);
  post('_posts/2014-06-05-yaml-time.md', ['date: 2014-06-04 15:27:59 +02:00']);
  post('_posts/2014-06-05-yaml-time-no-zone.md', ['date: 2014-06-04 23:59:59']);
  post('_posts/2014-06-05-yaml-date.md', ['date: 2013-01-31']);
  post('_posts/2014-06-05-string-date.md', ['date: "2014-06-04 15:27"']);
  post('_posts/2014-06-05-month-name-date.md', ['date: June 4, 2014']);
  post('_posts/2014-06-05-iso-z-date.md', ['date: 2014-06-04T23:30:00Z']);
  post('_posts/2014-06-05-rolled-over-date.md', ['date: 2014-02-30']);
  post('_posts/2014-06-05-slash-date.md', ['date: 04/06/2014 10:00']);
  post('_posts/2014-06-05-unpublished.md', ['published: false']);
  post('_posts/2014-06-05-published-empty.md', ['published:']);
  post('_posts/2014-06-05-published-string-false.md', ['published: "false"']);
  post('_posts/2014-06-05-published-no.md', ['published: no']);
  post('_posts/2099-01-01-future-post.md');
  post('_posts/2014-06-05-own-permalink.md', ['permalink: /custom/:categories/:title/']);
  post('_posts/2014-06-05-fixed-permalink.md', ['permalink: /fixed-path.html']);
  post('_posts/2014-06-05-no-extension-permalink.md', ['permalink: /no-extension']);
  post('_posts/2014-06-05-xml-permalink.md', ['permalink: /feeds/:title.xml']);
  post('_posts/not-a-dated-name.md');
  post('_drafts/a-draft.md');
  files['_notes/first-note.md'] = fm(['title: First note']);
  files['_notes/sub/Deep Note.md'] = fm(['title: Deep note']);
  files['_notes/2014-06-04-dated-note.md'] = fm(['title: Dated note']);
  files['_notes/with.dots.md'] = fm(['title: Dots']);
  files['_notes/unpublished-note.md'] = fm(['title: Hidden note', 'published: false']);
  files['_notes/index.md'] = fm(['title: Notes index']);
  files['_hidden/secret.md'] = fm(['title: Secret']);
  files['about.md'] = fm(['title: About']);
  files['index.html'] = fm(['title: Home']);
  files['contact/index.md'] = fm(['title: Contact']);
  files['feed.xml'] = fm(['layout: probe']);
  files['docs/getting started.md'] = fm(['title: Getting started']);
  files['page-with-permalink.md'] = fm(['title: Custom page', 'permalink: /custom-page/']);
  files['unpublished-page.md'] = fm(['title: Unpublished page', 'published: false']);
  files['static.txt'] = 'No front matter: a static file.\n';
  return files;
}

function config(lines) {
  return [
    ...lines,
    'collections:',
    '  notes:',
    '    output: true',
    '  hidden:',
    '    output: false',
    'defaults:',
    '  - scope: {path: ""}',
    '    values: {layout: probe}',
    '',
  ].join('\n');
}

const styleSites = [
  ['style-default', [], 'UTC'],
  ['style-date', ['permalink: date', 'timezone: Europe/Paris']],
  ['style-pretty', ['permalink: pretty', 'timezone: America/Los_Angeles']],
  ['style-ordinal', ['permalink: ordinal', 'timezone: Asia/Tokyo']],
  ['style-weekdate', ['permalink: weekdate', 'timezone: Europe/Paris']],
  ['style-none', ['permalink: none', 'timezone: UTC']],
  ['style-template', ['permalink: "/blog/:year/:title/"', 'timezone: Europe/Paris']],
  // A zone name the system lacks: Jekyll sets TZ to it and the C library runs in UTC, not in the machine zone.
  ['zone-unknown', ['permalink: date', 'timezone: Nowhere/Zone'], 'Asia/Tokyo'],
  // Zone files are found by exact name on Linux: a wrong case is unknown too (Intl would accept it).
  ['zone-wrong-case', ['permalink: date', 'timezone: europe/paris'], 'America/Los_Angeles'],
].map(([name, lines, tz]) => ({
  name,
  env: { TZ: tz ?? 'UTC' },
  doctor: name === 'style-default',
  files: { '_config.yml': config(lines), '_layouts/probe.html': PROBE_LAYOUT, ...commonDocuments() },
}));

function placeholderSite() {
  const files = {
    '_config.yml': [
      'timezone: Asia/Tokyo',
      'permalink: /:categories/:year/:month/:day/:title:output_ext',
      'collections:',
      '  recipes:',
      '    output: true',
      '    permalink: /cook/:path/:name:output_ext',
      '  guides:',
      '    output: true',
      '    permalink: /:collection/:slug/:title/',
      '  bare:',
      '    output: true',
      'defaults:',
      '  - scope: {path: ""}',
      '    values: {layout: probe}',
      '  - scope: {path: "_posts/defaulted"}',
      '    values: {permalink: "/defaulted/:title/", categories: [from-defaults]}',
      '  - scope: {path: "", type: guides}',
      '    values: {slug: Guide Slug}',
      '  - scope: {path: "_recipes/desserts"}',
      '    values: {categories: sweet}',
      '',
    ].join('\n'),
    '_layouts/probe.html': PROBE_LAYOUT,
  };
  const templates = [
    '/:year/:short_year/:month/:i_month/:short_month/:long_month/:day/:i_day/:y_day/:title.html',
    '/:w_year/:week/:w_day/:short_day/:long_day/:hour/:minute/:second/:title/',
    '/:categories/:slugified_categories/:slug/:name/:path/:collection:output_ext',
    '/:month_:day_:year/:title/',
    '/../x/./y//z/:title',
    ':title',
    '/:title',
    '/:Title/literal/',
    '/:hash/:title/',
    '/:year:month:day-:title',
    '/dots.../:title/',
    '/space here/:title/',
    '/%20encoded/:title/',
    '/unicode-é/:title/',
  ];
  const cats = 'categories: [Été, "Tech News", "c#"]';
  templates.forEach((t, i) => {
    files[`_posts/2014-06-0${(i % 9) + 1}-placeholder-${i} Été!.md`] = fm([`title: "Placeholder ${i}"`, cats, `date: 2014-06-0${(i % 9) + 1} 23:${String(10 + i).padStart(2, '0')}:05 +0000`, `permalink: ${q(t)}`]);
  });
  files['_posts/2014-06-10-same-a.md'] = fm(['title: Same A', 'permalink: /same/']);
  files['_posts/2014-06-10-same-b.md'] = fm(['title: Same B', 'permalink: /same/']);
  files['same.md'] = fm(['title: Same page', 'permalink: /same/']);
  files['_posts/defaulted/2014-06-11-by-defaults.md'] = fm(['title: By defaults', 'categories: [own]']);
  files['_posts/defaulted/2014-06-11-overrides-defaults.md'] = fm(['title: Overrides', 'permalink: /own/:title/']);
  files['_posts/2014-06-12-empty-permalink.md'] = fm(['title: Empty permalink', 'permalink: ""']);
  files['_recipes/pie.md'] = fm(['title: Pie']);
  files['_recipes/desserts/Crème Brûlée.md'] = fm(['title: Crème brûlée']);
  files['_recipes/desserts/2014-06-04-dated-tart.md'] = fm(['title: Tart']);
  files['_recipes/data.json.md'] = fm(['title: Data']);
  files['_guides/setup.md'] = fm(['title: Setup']);
  files['_guides/own-slug.md'] = fm(['title: Own slug', 'slug: Über Cool']);
  files['_bare/thing.md'] = fm(['title: Thing']);
  files['_bare/nested/other.html'] = fm(['title: Other']);
  files['pages/plain.md'] = fm(['title: Plain page']);
  files['pages/styled.md'] = fm(['title: Styled', 'permalink: /:path/:basename-x:output_ext']);
  files['pages/unknown.md'] = fm(['title: Unknown', 'permalink: /:year/:basename/']);
  files['pages/data.json'] = fm(['title: Json page']);
  files['pages/index.md'] = fm(['title: Pages index']);
  for (let i = 0; i < 20; i++) {
    const h = String(i).padStart(2, '0');
    files[`_posts/2014-12-31-midnight-${i}.md`] = fm([`title: Midnight ${i}`, `date: 2014-12-31 ${h}:45:00 +0000`, 'permalink: /:year/:month/:day/:hour/:title/']);
  }
  return { name: 'placeholders', env: { TZ: 'UTC' }, doctor: true, files };
}

function draftsSite() {
  const files = {
    '_config.yml': 'timezone: Europe/Paris\npermalink: pretty\ndefaults:\n  - scope: {path: ""}\n    values: {layout: probe}\n',
    '_layouts/probe.html': PROBE_LAYOUT,
    '_drafts/dated-draft.md': fm(['title: Dated draft', 'date: 2014-06-04 10:00:00 +0200']),
    '_drafts/2014-06-04-draft-with-date-name.md': fm(['title: Named draft']),
    '_drafts/undated-draft.md': fm(['title: Undated draft']),
    '_drafts/unpublished-draft.md': fm(['title: Unpublished draft', 'published: false', 'date: 2014-01-01']),
    'fr/_drafts/french-draft.md': fm(['title: French draft', 'date: 2014-06-04']),
    '_posts/2014-06-04-a-post.md': fm(['title: A post']),
  };
  return { name: 'drafts', env: { TZ: 'UTC' }, buildArgs: ['--drafts'], files, mtime: 1401888479 };
}

function seedSite() {
  const root = join(repo, 'test', 'fixtures', 'bilingual');
  const files = {};
  const walk = (dir, rel) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(p).isDirectory()) walk(p, r);
      else files[r] = readFileSync(p, 'utf8');
    }
  };
  walk(root, '');
  files['_config.yml'] += '\n  - scope: {path: ""}\n    values: {layout: probe}\n';
  // The fixture's own layouts would be replaced by the probe: every document uses it.
  for (const k of Object.keys(files)) if (k.startsWith('_layouts/')) files[k] = PROBE_LAYOUT;
  files['_layouts/probe.html'] = PROBE_LAYOUT;
  return { name: 'seed', env: { TZ: 'UTC' }, files };
}

/** Jekyll's own documentation site, read in place from ../shared/corpora (not copied into the project). */
function jekyllDocsSite() {
  const root = join(repo, '..', 'shared', 'corpora', 'jekyll-docs');
  if (!existsSync(root)) {
    console.log(`jekyll-docs: ${root} is absent, skipped`);
    return undefined;
  }
  const files = {};
  const walk = (dir, rel) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(p).isDirectory()) walk(p, r);
      else files[r] = readFileSync(p, 'utf8');
    }
  };
  walk(root, '');
  files['override.yml'] = 'plugins: []\ndefaults: [{scope: {path: ""}, values: {render_with_liquid: false, layout: probe}}]\n';
  files['_layouts/probe.html'] = PROBE_LAYOUT;
  return { name: 'jekyll-docs', env: { TZ: 'UTC' }, buildArgs: ['--config', '_config.yml,override.yml'], files, configFiles: ['_config.yml', 'override.yml'] };
}

/**
 * `collections_dir` written with a slash: Jekyll finds the posts of a folder only when its path, led
 * by `/`, starts with `/` and the value as written, so `coll/` reads coll/sub/_posts and not
 * coll/_posts, and `/coll` reads no post; the other collections are found either way.
 */
function collectionsDirSite(name, value) {
  return {
    name,
    env: { TZ: 'UTC' },
    files: {
      '_config.yml': `collections_dir: ${value}\ncollections:\n  recipes:\n    output: true\ndefaults:\n  - scope: {path: ""}\n    values: {layout: probe}\n`,
      '_layouts/probe.html': PROBE_LAYOUT,
      'coll/_posts/2020-01-01-top.md': fm(['title: Top']),
      'coll/sub/_posts/2020-01-02-below.md': fm(['title: Below']),
      'coll/_recipes/soup.md': fm(['title: Soup']),
    },
  };
}

function errorSite(name, files, expect) {
  return {
    name,
    env: { TZ: 'UTC' },
    expectFailure: expect,
    files: { '_config.yml': 'defaults:\n  - scope: {path: ""}\n    values: {layout: probe}\n', '_layouts/probe.html': PROBE_LAYOUT, ...files },
  };
}

export function sites() {
  return [
    ...styleSites,
    placeholderSite(),
    draftsSite(),
    seedSite(),
    jekyllDocsSite(),
    collectionsDirSite('collections-dir-trailing-slash', 'coll/'),
    collectionsDirSite('collections-dir-leading-slash', '/coll'),
    collectionsDirSite('collections-dir-dot-slash', './coll'),
    errorSite('error-invalid-date', { '_posts/2014-06-04-bad.md': fm(['date: not a date']) }, /Invalid date/),
    errorSite('error-impossible-time', { '_posts/2014-06-04-bad.md': fm(['date: 2014-06-04 25:00:00']) }, /Invalid date/),
    errorSite('error-empty-date', { '_posts/2014-06-04-bad.md': fm(['date:']) }, /Invalid date/),
    errorSite('error-filename-date', { '_posts/2014-13-45-bad.md': fm(['title: Bad name']) }, /Invalid date/),
    errorSite('error-unknown-placeholder', { '_posts/2014-06-04-bad.md': fm(['permalink: /:lang/:title/']) }, /doesn't have lang keys/),
  ].filter(Boolean);
}
