import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../src/core/fs';
import { buildCatalog } from '../../src/core/render/catalog';
import { renderPreview } from '../../src/core/render/page';
import { readConfig } from '../../src/core/site/config';

// The site's `excerpt_separator`, as Document#excerpt_separator reads it:
// `(data["excerpt_separator"] || site.config["excerpt_separator"]).to_s`. jekyll build 4.3.1 of
// _posts/2020-01-02-a.md (`One\n\nTwo <!--more--> Three`, a layout printing
// `[{{ page.excerpt | strip_html | strip_newlines }}]`) prints `[OneTwo]` with
// `excerpt_separator: "<!--more-->"` and `[OneTwo  Three]` with `excerpt_separator: 5` (the
// separator "5" is not in the post: the excerpt is all of it). We cut at the first blank line for
// any separator that was no string.

async function excerpt(configText: string): Promise<string | undefined> {
  const config = readConfig(configText);
  const site = { root: '/site', fs: new MemoryFileSystem({ '/site/_config.yml': configText }), config, timezone: 'UTC', data: {}, catalog: buildCatalog([], config, 'UTC'), now: new Date('2026-12-06T02:00:00Z') };
  const r = await renderPreview({ text: '---\n---\nOne\n\nTwo <!--more--> Three\n', path: '/site/_posts/2020-01-02-a.md', site });
  return r.header.excerpt?.replace(/\s+/g, '');
}

test('excerpt_separator is the setting as Ruby writes it', async () => {
  assert.equal(await excerpt('excerpt_separator: "<!--more-->"\n'), 'OneTwo');
  assert.equal(await excerpt('excerpt_separator: 5\n'), 'OneTwoThree');
  assert.equal(await excerpt('title: x\n'), 'One');
  assert.equal(await excerpt('excerpt_separator: ~\n'), 'One');
});
