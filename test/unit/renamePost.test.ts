// The rename plan (src/core/create/renamePost.ts) on two fixture sites: test/fixtures/rename (a
// French/English blog with `baseurl`, links to one post in every form, a CRLF post with a BOM) and
// test/fixtures/links. Every edit is asserted byte for byte; that the rewritten links resolve in
// real Jekyll's output is the conformance stage's check (test/conformance/rename.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { syncNodeFileSystem } from '../../src/cli/nodeFs';
import { readRenameSite } from '../../src/core/create/renameSite';
import { planRename, RenamePlanned, RenameRequest, RenameSite } from '../../src/core/create/renamePost';
import { loadConfig } from '../../src/core/site/siteFiles';
import { formatMessage } from '../../src/core/messages';
import { addRedirectFrom, redirectPluginSource } from '../../src/core/create/redirectFrom';
import { readConfig } from '../../src/core/site/config';
import { applyEdits } from './helpers';

const FIXTURES = join(__dirname, '../../../test/fixtures');
const settings = { now: new Date('2026-11-26T12:00:00Z'), machineZone: 'UTC', drafts: false };

async function site(name: string): Promise<RenameSite> {
  const root = join(FIXTURES, name).replace(/\\/g, '/');
  return readRenameSite(syncNodeFileSystem, root, await loadConfig(syncNodeFileSystem, root), settings);
}

function planned(s: RenameSite, request: RenameRequest): RenamePlanned {
  const plan = planRename(s, request);
  if (!plan.ok) assert.fail(formatMessage(plan.problem));
  return plan;
}

/** The files the plan changes, each as its text after the edits. */
function after(s: RenameSite, plan: RenamePlanned): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, edits] of plan.edits) out[path] = applyEdits(s.texts.get(path)!, edits);
  return out;
}

function diffLines(before: string, afterText: string): [string, string][] {
  const a = before.split('\n');
  const b = afterText.split('\n');
  return a.map((line, i) => [line, b[i]] as [string, string]).filter(([x, y]) => x !== y);
}

const EN = '_posts/2020-03-01-first-steps.md';
const FR = '_posts/2020-03-01-premiers-pas.md';

test('renaming a post rewrites every post_url, link tag and link to it, in both languages, and keeps each one in its style', async () => {
  const s = await site('rename');
  const plan = planned(s, { from: EN, name: 'getting-started' });
  assert.equal(plan.to, '_posts/2020-03-01-getting-started.md');
  assert.equal(plan.oldUrl, '/2020/03/01/first-steps/');
  assert.equal(plan.newUrl, '/2020/03/01/getting-started/');
  assert.equal(plan.published, true);
  assert.equal(plan.redirected, false);
  assert.equal(plan.redirectPlugin, undefined);
  const files = after(s, plan);
  assert.deepEqual(Object.keys(files).sort(), ['_drafts/next-steps.md', '_posts/2020-03-01-premiers-pas.md', '_posts/2020-04-01-more.md', 'about.md']);
  assert.equal(
    files['_posts/2020-04-01-more.md'],
    `---
title: More
layout: default
lang: en
---
Links to the first steps, in every form:

- [post_url]({% post_url 2020-03-01-getting-started %})
- [link tag]({% link _posts/2020-03-01-getting-started.md %})
- [baseurl]({{ site.baseurl }}/2020/03/01/getting-started/)
- [no trailing slash]({{ site.baseurl }}/2020/03/01/getting-started)
- [index.html](/blog/2020/03/01/getting-started/index.html)
- [relative](../../../03/01/getting-started/#part-one)
- [absolute]({{ site.url }}{{ site.baseurl }}/2020/03/01/getting-started/)
- <a href="/blog/2020/03/01/getting-started/">HTML</a>
- [reference][first]
- [the French version]({{ '/fr/premiers-pas/' | relative_url }})

Left alone: \`[code](/blog/2020/03/01/first-steps/)\` and [without baseurl](/2020/03/01/first-steps/).

[first]: {{ site.baseurl }}/2020/03/01/getting-started/
`,
  );
  // The French version (CRLF, a BOM): only the two references change.
  assert.equal(
    files[FR],
    '\ufeff---\r\ntitle: "Premiers pas"\r\nlayout: default\r\nlang: fr\r\nref: first-steps # the English version shares it\r\npermalink: /fr/premiers-pas/\r\n---\r\nLa version [anglaise]({% post_url 2020-03-01-getting-started %}), ou [la même]({{ "/2020/03/01/getting-started/" | relative_url }}#part-one).\r\n',
  );
  assert.equal(files['about.md'], s.texts.get('about.md')!.replace('"/2020/03/01/first-steps/"', '"/2020/03/01/getting-started/"'));
  assert.equal(files['_drafts/next-steps.md'], s.texts.get('_drafts/next-steps.md')!.replace('post_url 2020-03-01-first-steps', 'post_url 2020-03-01-getting-started'));
  // What the CLI prints: the file's rename first, then each reference by file and line.
  assert.deepEqual(plan.changes[0], { file: EN, before: EN, after: '_posts/2020-03-01-getting-started.md' });
  assert.deepEqual(
    plan.changes.filter((c) => c.file === 'about.md'),
    [{ file: 'about.md', line: 6, before: '/2020/03/01/first-steps/', after: '/2020/03/01/getting-started/' }],
  );
  assert.equal(plan.changes.length, 1 + 1 + 2 + 9 + 1);
});

test('with --redirect, the old URL of a published post goes into redirect_from, as a new key before the closing fence', async () => {
  const s = await site('rename');
  const plan = planned(s, { from: EN, name: '2020-03-01-getting-started.md', redirect: true });
  assert.equal(plan.to, '_posts/2020-03-01-getting-started.md');
  assert.equal(plan.redirected, true);
  assert.equal(after(s, plan)[EN], s.texts.get(EN)!.replace('ref: first-steps\n---', 'ref: first-steps\nredirect_from: [/2020/03/01/first-steps/]\n---'));
});

test('renaming the French version rewrites the slug in its permalink, keeps CRLF, BOM, quoting and comments, and its English version\'s links follow', async () => {
  const s = await site('rename');
  const plan = planned(s, { from: FR, name: 'debuter', redirect: true });
  assert.equal(plan.to, '_posts/2020-03-01-debuter.md');
  assert.equal(plan.oldUrl, '/fr/premiers-pas/');
  assert.equal(plan.newUrl, '/fr/debuter/');
  const files = after(s, plan);
  assert.equal(
    files[FR],
    '\ufeff---\r\ntitle: "Premiers pas"\r\nlayout: default\r\nlang: fr\r\nref: first-steps # the English version shares it\r\npermalink: /fr/debuter/\r\nredirect_from: [/fr/premiers-pas/]\r\n---\r\nLa version [anglaise]({% post_url 2020-03-01-first-steps %}), ou [la même]({{ "/2020/03/01/first-steps/" | relative_url }}#part-one).\r\n',
  );
  assert.equal(files[EN], s.texts.get(EN)!.replace('post_url 2020-03-01-premiers-pas', 'post_url 2020-03-01-debuter'));
  assert.equal(files['_posts/2020-04-01-more.md'], s.texts.get('_posts/2020-04-01-more.md')!.replace("{{ '/fr/premiers-pas/' | relative_url }}", "{{ '/fr/debuter/' | relative_url }}"));
  assert.equal(files['about.md'], s.texts.get('about.md')!.replace('{{ site.baseurl }}/fr/premiers-pas/', '{{ site.baseurl }}/fr/debuter/'));
});

test('a new permalink alone keeps the file and rewrites the links to the new URL', async () => {
  const s = await site('rename');
  const plan = planned(s, { from: EN, permalink: '/en/first-steps/' });
  assert.equal(plan.to, EN);
  assert.equal(plan.newUrl, '/en/first-steps/');
  const files = after(s, plan);
  assert.equal(files[EN], s.texts.get(EN)!.replace('ref: first-steps\n', 'ref: first-steps\npermalink: /en/first-steps/\n'));
  // The tags name the file, which stays: only the links change.
  assert.equal(files['_drafts/next-steps.md'], undefined);
  assert.match(files['_posts/2020-04-01-more.md'], /\[baseurl\]\(\{\{ site\.baseurl \}\}\/en\/first-steps\/\)/);
  assert.match(files['_posts/2020-04-01-more.md'], /\[relative\]\(\.\.\/\.\.\/\.\.\/\.\.\/en\/first-steps\/#part-one\)/);
  assert.match(files['_posts/2020-04-01-more.md'], /\{% post_url 2020-03-01-first-steps %\}/);
});

test('a rename is refused when the new file exists, when another document serves the new URL, or when nothing changes', async () => {
  const s = await site('rename');
  const problem = (request: RenameRequest): string => {
    const plan = planRename(s, request);
    assert.equal(plan.ok, false);
    return plan.ok ? "" : formatMessage(plan.problem);
  };
  // premiers-pas exists under this date.
  assert.equal(problem({ from: EN, name: 'premiers-pas' }), 'Not renamed: `_posts/2020-03-01-premiers-pas.md` already exists.');
  assert.equal(problem({ from: EN, permalink: '/about/' }), 'Not renamed: `about.md` already serves `/about/`.');
  assert.equal(problem({ from: EN, name: 'first-steps' }), 'Nothing to rename: `_posts/2020-03-01-first-steps.md` keeps its file and its URL `/2020/03/01/first-steps/`.');
  assert.equal(problem({ from: EN, name: '2021-01-01-first-steps' }), 'The new name `2021-01-01-first-steps` changes the date: a rename keeps `2020-03-01`.');
  assert.equal(problem({ from: 'about.md', name: 'x' }), '`about.md` is not a post or a draft of this site.');
  assert.equal(problem({ from: EN, name: '_drafts/2020-03-01-x.md' }), 'The new name `_drafts/2020-03-01-x.md` holds a `/`: a rename keeps the post in its folder.');
  // A path in the post's own folder is its new file name.
  assert.equal(planned(s, { from: EN, name: '_posts/2020-03-01-x.md' }).to, '_posts/2020-03-01-x.md');
});

test('a draft or a future post was never published: no redirect is offered or written', async () => {
  const s = await site('rename');
  const draft = planned(s, { from: '_drafts/next-steps.md', name: 'later-steps', redirect: true });
  assert.equal(draft.to, '_drafts/later-steps.md');
  assert.equal(draft.published, false);
  assert.equal(draft.redirected, false);
  assert.equal(draft.edits.size, 0);
  const future = planned({ ...s, settings: { ...settings, now: new Date('2020-02-01T00:00:00Z') } }, { from: EN, name: 'getting-started', redirect: true });
  assert.equal(future.published, false);
  assert.equal(future.redirected, false);
  assert.equal(future.edits.get(EN), undefined);
});

test('on test/fixtures/links, renaming the target post rewrites its sound links and leaves the broken ones', async () => {
  const s = await site('links');
  const post = '_posts/2020-02-01-links.md';
  const plan = planned(s, { from: '_posts/2020-01-01-target.md', name: 'aim' });
  const text = s.texts.get(post)!;
  assert.deepEqual(diffLines(text, after(s, plan)[post]), [
    ['- [plain with baseurl](/blog/2020/01/01/target/)', '- [plain with baseurl](/blog/2020/01/01/aim/)'],
    ['- [site.baseurl]({{ site.baseurl }}/2020/01/01/target/)', '- [site.baseurl]({{ site.baseurl }}/2020/01/01/aim/)'],
    ['- [relative](../../../../2020/01/01/target/)', '- [relative](../../../../2020/01/01/aim/)'],
    ['- [fragment elsewhere]({{ site.baseurl }}/2020/01/01/target/#section-one)', '- [fragment elsewhere]({{ site.baseurl }}/2020/01/01/aim/#section-one)'],
  ]);
  assert.deepEqual([...plan.edits.keys()], [post]);
});

test('redirect_from: added to a flow list, a block list, a single value, an empty key, never twice, bytes around kept', () => {
  const add = (text: string): string => {
    const edit = addRedirectFrom(text, '/old/');
    return edit ? applyEdits(text, [edit]) : text;
  };
  assert.equal(add('---\ntitle: A # c\nredirect_from: [/a/, "/b/"]\n---\n'), '---\ntitle: A # c\nredirect_from: [/a/, "/b/", /old/]\n---\n');
  assert.equal(add('---\nredirect_from: []\n---\n'), '---\nredirect_from: [/old/]\n---\n');
  assert.equal(add('---\r\nredirect_from:\r\n  - /a/ # first\r\ntitle: A\r\n---\r\n'), '---\r\nredirect_from:\r\n  - /a/ # first\r\n  - /old/\r\ntitle: A\r\n---\r\n');
  assert.equal(add('---\nredirect_from:\n- /a/\n---\n'), '---\nredirect_from:\n- /a/\n- /old/\n---\n');
  assert.equal(add("---\nredirect_from: '/a/'\n---\n"), "---\nredirect_from: ['/a/', /old/]\n---\n");
  assert.equal(add('---\nredirect_from:\ntitle: A\n---\n'), '---\nredirect_from: [/old/]\ntitle: A\n---\n');
  assert.equal(add('---\nredirect_from: [/old/]\n---\n'), '---\nredirect_from: [/old/]\n---\n');
  assert.equal(add('\ufeff---\r\ntitle: A\r\n---\r\nbody\r\n'), '\ufeff---\r\ntitle: A\r\nredirect_from: [/old/]\r\n---\r\nbody\r\n');
});

test('the site loads jekyll-redirect-from through plugins:, gems: or the Gemfile\'s jekyll_plugins group, and not otherwise', () => {
  assert.equal(redirectPluginSource(readConfig('plugins: [jekyll-feed, jekyll-redirect-from]')), 'config');
  assert.equal(redirectPluginSource(readConfig('gems:\n  - jekyll-redirect-from')), 'config');
  assert.equal(redirectPluginSource(readConfig('plugins: [jekyll-feed]')), undefined);
  assert.equal(redirectPluginSource(readConfig(''), 'source "https://rubygems.org"\ngroup :jekyll_plugins do\n  gem "jekyll-feed"\n  gem "jekyll-redirect-from", "~> 0.16"\nend\n'), 'gemfile');
  assert.equal(redirectPluginSource(readConfig(''), "gem 'jekyll-redirect-from', group: :jekyll_plugins\n"), 'gemfile');
  assert.equal(redirectPluginSource(readConfig(''), 'gem "jekyll-redirect-from"\n'), undefined);
  assert.equal(redirectPluginSource(readConfig(''), 'group :jekyll_plugins do\n  gem "jekyll-feed"\nend\n# gem "jekyll-redirect-from"\ngem "jekyll-redirect-from"\n'), undefined);
});

test('on a site pairing translations by file name (per-language folders), the plan names the version a rename unpairs', async () => {
  const s = await site('folder-per-language');
  const plan = planned(s, { from: '_posts/en/2024-03-05-hello-world.md', name: 'hello-again' });
  assert.deepEqual(plan.pairedByName, ['_posts/fr/2024-03-05-hello-world.md']);
  // A new permalink keeps the file name: nothing is unpaired.
  const permalink = planned(s, { from: '_posts/en/2024-03-05-hello-world.md', permalink: '/en/hello-again/' });
  assert.deepEqual(permalink.pairedByName, []);
  // test/fixtures/rename links its versions by `ref`: renaming a file unpairs nothing.
  assert.deepEqual(planned(await site('rename'), { from: EN, name: 'getting-started' }).pairedByName, []);
});
