/**
 * The preview's `site.posts` holds the posts a build writes (Publisher#publish?). jekyll build 4.3.1
 * of a site with these five posts, the first listing `site.posts` titles, prints `[Now][StrPub]`;
 * with `future: true` and `unpublished: true` in _config.yml, `[Future][Now][StrPub][NoPub][NilPub]`.
 * (A `published` that is present and nil hides a post as false does; the string "false" does not.)
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../src/core/fs';
import { buildCatalog, CatalogInput } from '../../src/core/render/catalog';
import { renderPreview } from '../../src/core/render/page';
import { readConfig } from '../../src/core/site/config';
import { parseFrontMatter } from '../../src/core/site/frontMatter';
import { classifyPath } from '../../src/core/site/post';

const LIST = '{% for p in site.posts %}[{{ p.title }}]{% endfor %}';
const POSTS: Record<string, string> = {
  '_posts/2020-01-01-now.md': `---\ntitle: Now\n---\n${LIST}\n`,
  '_posts/2030-01-01-future.md': '---\ntitle: Future\n---\nF\n',
  '_posts/2019-01-01-nilpub.md': '---\ntitle: NilPub\npublished: ~\n---\nN\n',
  '_posts/2019-02-01-nopub.md': '---\ntitle: NoPub\npublished: no\n---\nN\n',
  '_posts/2019-03-01-strpub.md': '---\ntitle: StrPub\npublished: "false"\n---\nN\n',
};

async function listed(configText: string): Promise<string> {
  const config = readConfig(configText);
  const now = new Date('2026-12-06T03:00:00Z');
  const docs: CatalogInput[] = Object.entries(POSTS).map(([rel, text]) => ({ path: `/s/${rel}`, info: classifyPath(rel, config)!, data: parseFrontMatter(text).data! }));
  const files = Object.fromEntries(Object.entries(POSTS).map(([rel, text]) => [`/s/${rel}`, text]));
  const site = { root: '/s', fs: new MemoryFileSystem(files), config, timezone: 'UTC', data: {}, catalog: buildCatalog(docs, config, 'UTC', now), now };
  const r = await renderPreview({ text: POSTS['_posts/2020-01-01-now.md'], path: '/s/_posts/2020-01-01-now.md', site });
  return r.contentHtml.trim();
}

test('site.posts leaves out future posts and posts whose published is false or nil, as the build does', async () => {
  assert.equal(await listed('title: T\n'), '<p data-line="3">[Now][StrPub]</p>');
});

test('with future: and unpublished:, site.posts holds them all, newest first', async () => {
  assert.equal(await listed('title: T\nfuture: true\nunpublished: true\n'), '<p data-line="3">[Future][Now][StrPub][NoPub][NilPub]</p>');
});
