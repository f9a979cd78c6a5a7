/**
 * `show_drafts:` in _config.yml makes every `jekyll build` read the drafts, as `--drafts` does.
 * jekyll build 4.3.1 of a site whose _config.yml says `show_drafts: true` (and again with
 * `show_drafts: "no"`, a string, so truthy) writes _drafts/2014-06-08-my-draft.md at
 * _site/2014/06/08/my-draft.html, lists it in `site.posts` (`draft` true) beside the posts, and,
 * for a draft with a post's permalink (`/fr/a/`), prints "Conflict: The following destination is
 * shared by multiple files." for _site/fr/a/index.html. With `show_drafts: false` it writes no draft.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCatalog } from '../../src/core/render/catalog';
import { RenderSite } from '../../src/core/render/liquid';
import { renderPreview } from '../../src/core/render/page';
import { MemoryFileSystem } from '../../src/core/fs';
import { formatMessage } from '../../src/core/messages';
import { readConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';
import { documentVerdict } from '../../src/core/site/siteModel';
import { lintCase } from './ruleCases';

const settings = { now: new Date('2026-12-06T02:00:00Z'), drafts: false, machineZone: 'UTC' };
const DRAFT = '---\ntitle: Dated draft\n---\n\nBody.\n';

test('a draft is written by every build when _config.yml says show_drafts (any truthy value)', () => {
  for (const value of ['true', '"no"', 'yes']) {
    const verdict = documentVerdict('_drafts/2014-06-08-my-draft.md', DRAFT, readConfig(`title: T\nshow_drafts: ${value}\n`), settings);
    assert.equal(verdict?.written, true, value);
    assert.equal(verdict?.url, '/2014/06/08/my-draft.html', value);
  }
  for (const config of ['title: T\nshow_drafts: false\n', 'title: T\nshow_drafts: ~\n', 'title: T\n']) {
    const verdict = documentVerdict('_drafts/2014-06-08-my-draft.md', DRAFT, readConfig(config), settings);
    assert.equal(verdict?.written, false, config);
    assert.equal(verdict?.reason, 'draft', config);
  }
});

test('with show_drafts, a draft at a post’s URL is a permalink-conflict in the editor', () => {
  const post = '---\ntitle: A\npermalink: /fr/a/\n---\n\nBody.\n';
  const copy = '---\ntitle: Copy\npermalink: /fr/a/\n---\n\nBody.\n';
  const found = lintCase({ path: '_drafts/copy.md', text: copy, config: 'title: T\nshow_drafts: true\n', others: { '_posts/2014-06-04-a.md': post } }, 'permalink-conflict');
  assert.deepEqual(found.map((f) => formatMessage(f.message)), ['fr/a/index.html is also written by _posts/2014-06-04-a.md: Jekyll keeps only one of them.']);
  assert.deepEqual(lintCase({ path: '_drafts/copy.md', text: copy, config: 'title: T\nshow_drafts: false\n', others: { '_posts/2014-06-04-a.md': post } }, 'permalink-conflict'), []);
});

test('the preview’s site.posts holds the drafts where the build writes them, and says why a draft is written', async () => {
  const files: Record<string, string> = {
    '/s/_posts/2020-01-01-post-one.md': '---\ntitle: Post one\n---\nP\n',
    '/s/_drafts/2014-06-08-my-draft.md': DRAFT,
    '/s/_drafts/no-extension': DRAFT,
  };
  const site = (configText: string): RenderSite => {
    const config = readConfig(configText);
    const docs = Object.keys(files).map((path) => ({ path, info: classifyPath(path.slice(3), config)!, data: { title: /title: (.*)/.exec(files[path])![1] } }));
    return { root: '/s', fs: new MemoryFileSystem(files), config, timezone: 'UTC', data: {}, catalog: buildCatalog(docs, config, 'UTC', settings.now), now: settings.now };
  };
  const body = '{% for p in site.posts %}[{{ p.title }} {{ p.url }} {{ p.draft }}]{% endfor %}';
  const shown = await renderPreview({ text: `---\ntitle: Post one\n---\n${body}\n`, path: '/s/_posts/2020-01-01-post-one.md', site: site('title: T\nshow_drafts: true\n') });
  // jekyll build of these three files: `<p>[Post one /2020/01/01/post-one.html false][Dated draft /2014/06/08/my-draft.html true]</p>` (the draft without extension is not read).
  assert.equal(shown.contentHtml, '<p data-line="3">[Post one /2020/01/01/post-one.html false][Dated draft /2014/06/08/my-draft.html true]</p>\n');
  const hidden = await renderPreview({ text: `---\ntitle: Post one\n---\n${body}\n`, path: '/s/_posts/2020-01-01-post-one.md', site: site('title: T\n') });
  assert.equal(hidden.contentHtml, '<p data-line="3">[Post one /2020/01/01/post-one.html false]</p>\n');
  const draft = await renderPreview({ text: DRAFT, path: '/s/_drafts/2014-06-08-my-draft.md', site: site('title: T\nshow_drafts: true\n') });
  assert.deepEqual(draft.header.url, { status: 'ok', url: '/2014/06/08/my-draft.html', message: { template: 'Draft: `show_drafts` in _config.yml makes every build write it, at this URL.', args: [] } });
});
