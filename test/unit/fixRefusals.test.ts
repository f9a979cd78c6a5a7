import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { documentState, fixChange, planSafeFixes, SafetyContext } from '../../src/core/lint/fixSafety';
import { Finding, Fix } from '../../src/core/lint/types';
import { formatMessage, Message, msg } from '../../src/core/messages';
import { readConfig } from '../../src/core/site/config';

/**
 * Which fixes plain `--fix` and "Fix all" refuse, and the reason the user reads (English and
 * French). URLs, output paths, dates and what is written come from `jekyll build` (4.3.1) of a
 * scratch site with this `_config.yml` and these files, build time 2026-11-26 (site.posts,
 * site.recipes, site.notes, site.pages printed with `url`, `date_to_xmlschema`, and `_site` listed):
 * `_posts/2020-01-02-a.md` is /x/y/2020/01/02/a.html dated 2020-01-02T00:00:00+00:00, `about.md`
 * /about.html, `_notes/n.md` /notes/n.html, `_recipes/r.md` /recipes/r.html (not written), the future
 * post, the `published: false` post and the draft are not written, `plain.md` is copied as it is,
 * and `date: 2020-13-45` or `permalink: /:nope/` stop the build.
 */
const root = join(__dirname, '..', '..', '..');
const french = JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.fr.json'), 'utf8')) as Record<string, string>;
const config = readConfig(
  'timezone: UTC\ncollections:\n  recipes:\n    output: false\n  notes:\n    output: true\n' +
    'defaults:\n  - scope: {type: pages}\n    values: {layout: page}\n  - scope: {type: recipes}\n    values: {layout: recipe}\n',
);
const context: SafetyContext = { config, model: { now: new Date('2026-11-26T12:00:00Z'), drafts: false, machineZone: 'UTC' } };

const POST = '---\ntitle: A\nlayout: post\nlang: fr\ntags: [b, a]\ncategories: x y\nauthor: ann\n---\nbody\n';

const english = (m: Message | undefined): string | undefined => (m === undefined ? undefined : formatMessage(m));
const inFrench = (m: Message | undefined): string | undefined => (m === undefined ? undefined : formatMessage(m, (t) => french[t] ?? `MISSING ${t}`));

/** Why replacing `before` by `after` (and renaming) would change the site, in English; undefined when the fix is safe. */
function why(path: string, before: string, after: string, rename?: Fix['rename']): string | undefined {
  return english(change(path, before, after, rename));
}
function change(path: string, before: string, after: string, rename?: Fix['rename']): Message | undefined {
  return fixChange({ path, text: before }, [{ range: { start: 0, end: before.length }, newText: after }], rename, context);
}

describe('what the safety check compares, as Jekyll builds it', () => {
  it('a post: URL, output, date, written, data', () => {
    assert.deepEqual(documentState('_posts/2020-01-02-a.md', POST, context), {
      read: true,
      stopsBuild: undefined,
      values: {
        url: '/x/y/2020/01/02/a.html',
        output: 'x/y/2020/01/02/a.html',
        date: '2020-01-02T00:00:00+00:00',
        published: 'true',
        lang: 'fr',
        layout: 'post',
        tags: '["b","a"]',
        categories: '["x","y"]',
        authors: '[["ann"],[]]',
        permalink: '(none)',
        'published as written': 'true',
      },
    });
  });

  it('a page has no date and no categories, and takes the defaults of type pages', () => {
    const state = documentState('about.md', '---\ntitle: About\ncategories: [x]\n---\n', context);
    assert.equal(state.read, true);
    assert.equal(state.values.url, '/about.html');
    assert.equal(state.values.date, '(none)');
    assert.equal(state.values.categories, '[]');
    assert.equal(state.values.layout, 'page');
  });

  it('a collection document takes the defaults of its own type', () => {
    const state = documentState('_recipes/r.md', '---\ntitle: R\n---\n', context);
    assert.equal(state.values.url, '/recipes/r.html');
    assert.equal(state.values.layout, 'recipe');
    assert.equal(state.values.published, 'false (collection output is false)');
    assert.equal(documentState('_notes/n.md', '---\ntitle: N\n---\n', context).values.published, 'true');
  });

  it('why a document is not written', () => {
    assert.equal(documentState('_posts/2030-01-01-future.md', '---\ntitle: F\n---\n', context).values.published, 'false (future date)');
    const unpublished = documentState('_posts/2020-01-03-unpub.md', '---\npublished: false\n---\n', context).values;
    assert.equal(unpublished.published, 'false (published is falsy)');
    assert.equal(unpublished['published as written'], 'false');
    assert.equal(documentState('_drafts/d.md', '---\ntitle: D\n---\n', context).values.published, 'false (draft)');
  });

  it('a document that stops the build keeps its data', () => {
    assert.deepEqual(documentState('_posts/2020-01-05-perm.md', '---\npermalink: /:nope/\n---\n', context), {
      read: true,
      stopsBuild: 'fatal',
      values: {
        url: '(none)',
        output: '(none)',
        date: '(none)',
        published: 'false',
        lang: '(none)',
        layout: '(none)',
        tags: '[]',
        categories: '[]',
        authors: '[[],[]]',
        permalink: '/:nope/',
        'published as written': 'true',
      },
    });
  });

  it('files Jekyll does not read as documents', () => {
    const none = { url: '(none)', output: '(none)', date: '(none)', published: '(none)', lang: '(none)', layout: '(none)', tags: '(none)', categories: '(none)', authors: '(none)', permalink: '(none)', 'published as written': '(none)' };
    assert.deepEqual(documentState('_includes/x.html', '---\na: 1\n---\n', context), { read: false, values: none });
    assert.deepEqual(documentState('plain.md', 'no front matter\n', context), { read: false, values: none });
    assert.deepEqual(documentState('_posts/notes.md', '---\na: 1\n---\n', context), { read: false, values: none });
    assert.deepEqual(documentState('about.md', '---\na: [\n---\n', context), { read: true, stopsBuild: 'unreadable', values: none });
  });
});

describe('fixes refused because they change the site', () => {
  const post = '_posts/2020-01-02-a.md';

  it('says what would change, before and after, in English and in French', () => {
    const m = change(post, POST, POST.replace('layout: post', 'layout: page'));
    assert.equal(english(m), 'it would change layout: post → page');
    assert.equal(inFrench(m), 'elle changerait layout : post → page');
    assert.equal(why(post, POST, POST.replace('tags: [b, a]', 'tags: [a]')), 'it would change tags: ["b","a"] → ["a"]');
    assert.equal(why(post, POST, POST.replace('categories: x y', 'categories: [x]')), 'it would change url: /x/y/2020/01/02/a.html → /x/2020/01/02/a.html');
  });

  it('shows a missing value as (none), translated', () => {
    const m = change(post, POST, POST.replace('lang: fr\n', ''));
    assert.equal(english(m), 'it would change lang: fr → (none)');
    assert.equal(inFrench(m), 'elle changerait lang : fr → (aucun)');
    assert.equal(why('about.md', '---\ntitle: About\nlayout: x\n---\n', '---\ntitle: About\nlayout: false (draft)\n---\n'), 'it would change layout: x → false (draft)');
  });

  it('a value that is not text is compared as JSON: the same list is the same', () => {
    const withLang = '---\ntitle: A\nlang: [fr]\n---\n';
    assert.equal(why(post, withLang, withLang.replace('title: A', 'title: B')), undefined);
    assert.equal(why(post, withLang, withLang.replace('[fr]', '[en]')), 'it would change lang: ["fr"] → ["en"]');
  });

  it('categories of a post count, of a page they do not (Jekyll puts none in a page URL)', () => {
    assert.equal(why(post, POST, POST.replace('categories: x y', 'categories: x y z')), 'it would change url: /x/y/2020/01/02/a.html → /x/y/z/2020/01/02/a.html');
    const permalinked = POST.replace('title: A', 'title: A\npermalink: /a/');
    assert.equal(why(post, permalinked, permalinked.replace('categories: x y', 'categories: x')), 'it would change categories: ["x","y"] → ["x"]');
    const page = '---\ntitle: About\ncategories: [x]\n---\n';
    assert.equal(why('about.md', page, page.replace('[x]', '[y]')), undefined);
  });

  it('who wrote the post: author and authors, a login or a list', () => {
    assert.equal(why(post, POST, POST.replace('author: ann', 'author: bob')), 'it would change authors: [["ann"],[]] → [["bob"],[]]');
    assert.equal(why(post, POST, POST.replace('author: ann', 'author: [ann]')), undefined);
    assert.equal(why(post, POST, POST.replace('author: ann', 'authors: [ann]')), 'it would change authors: [["ann"],[]] → [[],["ann"]]');
    const none = '---\ntitle: A\n---\n';
    assert.equal(why(post, none, '---\ntitle: A\nauthor:\n---\n'), undefined);
    assert.equal(why(post, none, '---\ntitle: A\nauthor: []\n---\n'), undefined);
    assert.equal(why(post, none, '---\ntitle: A\nauthors: ~\n---\n'), undefined);
  });

  it('why a document would not be written, translated', () => {
    const m = change(post, POST, POST.replace('title: A', 'title: A\npublished: false'));
    assert.equal(english(m), 'it would change published: true → false (`published` is false)');
    assert.equal(inFrench(m), 'elle changerait published : true → false (`published` est faux)');
    const now = '---\ntitle: F\n---\n';
    const future = change('_posts/2020-01-02-a.md', now, '---\ntitle: F\ndate: 2030-01-01\n---\n');
    assert.equal(english(future), 'it would change url: /2020/01/02/a.html → /2030/01/01/a.html');
    const renamed = change('_posts/2030-01-01-f.md', '---\ntitle: F\npublished: false\n---\n', '---\ntitle: F\n---\n');
    assert.equal(english(renamed), 'it would change published: false (`published` is false) → false (a future date)');
    assert.equal(inFrench(renamed), 'elle changerait published : false (`published` est faux) → false (date à venir)');
    const draft = change('_drafts/d.md', '---\ntitle: D\n---\n', '---\ntitle: D\npublished: false\n---\n', undefined);
    assert.equal(draft, undefined, 'a draft stays a draft: same URL, not written either way');
    const recipe = change('_recipes/r.md', '---\ntitle: R\npublished: false\n---\n', '---\ntitle: R\n---\n');
    assert.equal(recipe, undefined, 'its collection is not written, published or not');
  });

  it('a draft and a collection that is not written say why, translated', () => {
    const moved = change('_drafts/d.md', '---\ntitle: D\npermalink: /d/\ndate: 2020-01-02\n---\n', '---\ntitle: D\npermalink: /d/\ndate: 2020-01-02\n---\n', { from: '_drafts/d.md', to: '_posts/2020-01-02-d.md' });
    assert.equal(english(moved), 'it would change published: false (a draft) → true');
    assert.equal(inFrench(moved), 'elle changerait published : false (brouillon) → true');
    const recipe = '---\ntitle: R\npermalink: /r/\nlayout: x\n---\n';
    const output = change('_recipes/r.md', recipe, recipe, { from: '_recipes/r.md', to: '_notes/r.md' });
    assert.equal(english(output), 'it would change published: false (its collection is not written) → true');
    assert.equal(inFrench(output), 'elle changerait published : false (sa collection n’est pas écrite) → true');
  });

  it('whether Jekyll reads the file at all', () => {
    assert.equal(why(post, POST, POST, { from: post, to: '_posts/a.md' }), 'Jekyll would no longer read this file');
    assert.equal(why('plain.md', 'text\n', '---\n---\ntext\n'), 'Jekyll would read a file it skips today');
    assert.equal(why('_posts/notes.md', '---\ntitle: N\n---\n', '---\ntitle: [\n---\n'), undefined, 'a misnamed post stays unread, its front matter broken or not');
    assert.equal(why('about.md', '---\ntitle: About\n---\n', '---\ntitle: [\n---\n'), 'it would change url: /about.html → (none)');
  });

  it('moving a file Jekyll copies as it is moves it on the site', () => {
    assert.equal(why('plain.md', 'text\n', 'text\n', { from: 'plain.md', to: 'other.md' }), 'it would move a file Jekyll copies to the site');
    assert.equal(why('_posts/notes.md', 'text\n', 'text\n', { from: '_posts/notes.md', to: 'notes.md' }), 'it would move a file Jekyll copies to the site');
    assert.equal(why('notes.md', 'text\n', 'text\n', { from: 'notes.md', to: '_posts/notes.md' }), 'it would move a file Jekyll copies to the site');
    assert.equal(why('_posts/notes.md', 'text\n', 'text\n', { from: '_posts/notes.md', to: '_posts/other.md' }), undefined, 'Jekyll skips misnamed posts');
    assert.equal(why('_includes/a.html', 'text\n', 'text\n', { from: '_includes/a.html', to: '_includes/b.html' }), undefined);
    assert.equal(why('_includes/a.html', 'text\n', 'text\n', { from: '_includes/a.html', to: '_posts/notes.md' }), undefined);
  });
});

describe('documents Jekyll cannot build today', () => {
  it('front matter Jekyll cannot read may be changed at all', () => {
    for (const broken of ['---\ntitle: [\n---\n', '---\ntitle: A\n', '---\n- a\n---\n']) {
      assert.equal(why('_posts/2020-01-02-a.md', broken, '---\ntitle: A\nlayout: post\npermalink: /b/\n---\n'), undefined, broken);
    }
  });

  it('a document that stops the build may be made to build, its data kept', () => {
    const bad = '---\ntitle: B\ndate: 2020-13-45\n---\n';
    assert.equal(why('_posts/2020-01-04-b.md', bad, bad.replace('2020-13-45', '2020-01-04')), undefined);
    assert.equal(why('_posts/2020-01-04-b.md', bad, bad.replace('title: B', 'title: C')), undefined, 'still stopping the build is no change');
  });

  it('its data may not change', () => {
    const path = '_posts/2020-01-05-p.md';
    const bad = '---\ntitle: P\npermalink: /:nope/\nlang: fr\nlayout: post\ntags: [t]\ncategories: [c]\nauthor: ann\n---\n';
    const cases: [string, string, string][] = [
      ['title: P', 'title: P\npublished: false', 'it would change published: true → false'],
      ['lang: fr', 'lang: en', 'it would change lang: fr → en'],
      ['layout: post', 'layout: page', 'it would change layout: post → page'],
      ['tags: [t]', 'tags: [u]', 'it would change tags: ["t"] → ["u"]'],
      ['categories: [c]', 'categories: [d]', 'it would change categories: ["c"] → ["d"]'],
      ['author: ann', 'author: bob', 'it would change authors: [["ann"],[]] → [["bob"],[]]'],
      ['/:nope/', '/:title/', 'it would change permalink: /:nope/ → /:title/'],
    ];
    for (const [from, to, reason] of cases) assert.equal(why(path, bad, bad.replace(from, to)), reason, to);
  });
});

describe('planSafeFixes', () => {
  const path = '_posts/2020-01-02-a.md';
  const text = '---\ntitle: A\nlayout: post\n---\n';
  const at = (s: string): { start: number; end: number } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const finding = (rule: string, fix: Fix): Finding => ({ rule, severity: 'warning', range: { start: 0, end: 3 }, message: msg(rule), fixes: [fix] });
  const title = finding('title', { title: msg('t'), preferred: true, edits: [{ range: at('A'), newText: 'B' }] });
  const layout = finding('layout', { title: msg('l'), preferred: true, edits: [{ range: at('post'), newText: 'page' }] });
  const asked = finding('asked', { title: msg('a'), preferred: true, askFirst: msg('ask me'), edits: [{ range: at('title'), newText: 'Title' }] });
  const rename = finding('rename', { title: msg('r'), preferred: true, edits: [], rename: { from: path, to: '_posts/a.md' } });

  it('takes the safe fixes, refuses the others with their reason', () => {
    const plan = planSafeFixes([title, layout, asked, rename], { path, text }, context);
    assert.deepEqual(plan.findings, [title]);
    assert.deepEqual(plan.edits, title.fixes![0].edits);
    assert.equal(plan.rename, undefined);
    assert.deepEqual(
      plan.refused.map((r) => [r.finding.rule, english(r.reason)]),
      [
        ['layout', 'it would change layout: post → page'],
        ['asked', 'ask me'],
        ['rename', 'Jekyll would no longer read this file'],
      ],
    );
  });

  it('--fix=suggested and --fix-rule let them through', () => {
    assert.deepEqual(planSafeFixes([title, layout, asked], { path, text }, context, { suggested: true }).findings, [title, layout, asked]);
    const some = planSafeFixes([title, layout, asked], { path, text }, context, { rules: new Set(['asked']) });
    assert.deepEqual(some.findings, [title, asked]);
    assert.deepEqual(some.refused.map((r) => r.finding.rule), ['layout']);
  });
});
