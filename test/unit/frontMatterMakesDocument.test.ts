import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';
import { documentVerdict, documentVerdictFromData } from '../../src/core/site/siteModel';

// Which files Jekyll reads as documents, and which it copies as static files: a page or a file of
// a collection is a document only when its first line, read as bytes (Utils.has_yaml_header?,
// `\A---\s*\r?\n`), opens front matter; a post is read whatever its first line. Expected values from
// jekyll build --drafts 4.3.1 (TZ=UTC, 5 December 2026) of a site with this _config.yml and these files:
//   _site/2014/06/04/bare.html, _site/bompost/index.html, _site/bomdraft/index.html, _site/p/plain/index.html,
//   _site/p/spaced/index.html, _site/p/vt/index.html (`\v` is Ruby white space; the build logs a
//   YAML exception for it), _site/t/two/index.html, _site/s/2026/one/index.html;
//   copied as they are (static files): _site/later.md, _site/bom.md, _site/bominside.md,
//   _site/nbsp.md, and _stuff/bare.md and _stuff/bom.md, both to _site/s/:year.md. Nothing of
//   _notes (output: false).

const config = readConfig(`timezone: Asia/Tokyo
collections:
  stuff:
    output: true
    permalink: /s/:year/:title/
  things:
    output: true
  notes:
    output: false
defaults:
  - scope: {type: pages}
    values: {permalink: "/p/:basename/"}
  - scope: {type: things}
    values: {permalink: "/t/:name/"}
`);
const settings = { now: new Date('2026-12-05T23:00:00Z'), drafts: false, machineZone: 'UTC' };
const verdict = (path: string, text: string) => documentVerdict(path, text, config, settings);

test('a page whose first line is --- and spaces is a page; a later --- line does not make one', () => {
  const plain = verdict('plain.md', '---\n---\nplain\n');
  assert.equal(plain?.url, '/p/plain/');
  assert.equal(plain?.written, true);
  assert.equal(verdict('spaced.md', '---   \ntitle: spaced\n---\nspaced page\n')?.url, '/p/spaced/');
  assert.equal(verdict('vt.md', '---\v\ntitle: x\n---\nvt\n')?.url, '/p/vt/');
  assert.equal(verdict('later.md', 'intro\n---\ntitle: x\n---\nlater fence\n'), undefined);
});

test('a page or collection file that starts with a byte order mark, or --- and a no-break space, is a static file', () => {
  assert.equal(verdict('bom.md', '\ufeff---\ntitle: bom\n---\nbom page\n'), undefined);
  assert.equal(verdict('bominside.md', '-\ufeff--\ntitle: x\n---\nbom inside\n'), undefined);
  assert.equal(verdict('nbsp.md', '---\u00a0\ntitle: x\n---\nnbsp\n'), undefined);
  assert.equal(verdict('_stuff/bom.md', '\ufeff---\ntitle: x\n---\nbom doc\n'), undefined);
});

test('a post is read without front matter, and with a byte order mark before it', () => {
  const bare = verdict('_posts/2014-06-04-bare.md', 'no front matter {{ page.date }}\n');
  assert.equal(bare?.url, '/2014/06/04/bare.html');
  assert.equal(bare?.written, true);
  assert.equal(verdict('_posts/2014-06-04-bom.md', '\ufeff---\npermalink: /bompost/\n---\nbom post\n')?.url, '/bompost/');
  assert.equal(verdict('_drafts/bom.md', '\ufeff---\npermalink: /bomdraft/\n---\nbom draft\n')?.url, '/bomdraft/');
  // As the site index and the linter ask, with what their front matter reader found: no front matter.
  const info = classifyPath('_posts/2014-06-04-bare.md', config)!;
  assert.equal(documentVerdictFromData(info, false, {}, config, settings)?.url, '/2014/06/04/bare.html');
  // A page or a collection file without front matter is a static file there too.
  for (const path of ['later.md', '_stuff/bare.md']) {
    assert.equal(documentVerdictFromData(classifyPath(path, config)!, false, {}, config, settings), undefined, path);
    assert.equal(documentVerdictFromData(classifyPath(path, config)!, true, {}, config, settings)?.written, true, path);
  }
});

test('a collection file without front matter is a static file; with it, a document of its collection', () => {
  assert.equal(verdict('_stuff/bare.md', 'no front matter\n'), undefined);
  const one = verdict('_stuff/one.md', '---\n---\nstuff {{ page.date }}\n');
  assert.equal(one?.url, '/s/2026/one/');
  assert.equal(one?.collection, 'stuff');
  assert.equal(verdict('_things/two.md', '---\n---\nthing\n')?.url, '/t/two/');
});

test('a document of a collection whose output is false is read, not written', () => {
  const note = verdict('_notes/three.md', '---\n---\nnote\n');
  assert.equal(note?.collection, 'notes');
  assert.equal(note?.written, false);
  assert.equal(note?.reason, 'collection output is false');
});
