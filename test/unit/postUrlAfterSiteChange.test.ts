/**
 * post-url-broken in an editor session: the host's view of the site's documents is one object whose
 * `version` changes when a post is added. A `{% post_url 2015-01-02-b %}` with no such post stops
 * `jekyll build` (4.3.1: "Could not find post \"2015-01-02-b\" in tag 'post_url'"); once
 * `_posts/2015-01-02-b.md` exists the build passes and writes the link as /2015/01/02/b.html
 * (build in /tmp/k3-links/s11). The finding must follow the site, not the first look at it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintDocument } from '../../src/core/lint/lint';
import { readConfig } from '../../src/core/site/config';
import { DocSummary, SiteDocuments } from '../../src/core/site/documents';
import { classifyPath } from '../../src/core/site/post';
import { factsFromDocuments, siteDocumentsFrom } from '../../src/core/site/siteScan';

test('a post added to the site clears the post_url finding that named it', () => {
  const config = readConfig('title: T\n');
  const now = new Date('2026-11-26T12:00:00Z');
  const model = { now, drafts: false, machineZone: 'UTC' };
  const path = '_posts/2015-01-05-p.md';
  const text = '---\ntitle: P\n---\n[b]({% post_url 2015-01-02-b %})\n';
  const target = { path: '_posts/2015-01-02-b.md', text: '---\ntitle: B\n---\nB\n' };
  const all = new Map<string, DocSummary>(siteDocumentsFrom([{ path, text }], [path], config, model).all);
  const files = new Set([path]);
  let version = 1;
  const view: SiteDocuments = { get version() { return version; }, all, files };
  const site = { ...factsFromDocuments([], { authors: new Map(), hasAuthorRegistry: false, layouts: undefined }), siteDocuments: view };
  const lint = (): string[] =>
    lintDocument({ text, document: classifyPath(path, config)!, config }, { site, settings: { now, timezone: 'UTC', requiredKeys: [] } })
      .filter((f) => f.rule === 'post-url-broken')
      .map((f) => text.slice(f.range.start, f.range.end));
  assert.deepEqual(lint(), ['2015-01-02-b']);
  for (const [p, summary] of siteDocumentsFrom([target], [target.path], config, model).all) all.set(p, summary);
  files.add(target.path);
  version = 2;
  assert.deepEqual(lint(), []);
});
