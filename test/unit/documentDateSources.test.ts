import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig } from '../../src/core/site/config';
import { documentVerdict } from '../../src/core/site/siteModel';

// Where a document's date comes from (Document#date: the front matter, else the file name, else
// the file's mtime for a draft and the build time for everything else), in the site's zone, and
// which dates Jekyll takes from a path: DATE_FILENAME_MATCHER's atomic `(?>.+/)*?` makes the date
// start the last segment of the path. Expected values from `TZ=UTC jekyll build --drafts` 4.3.1,
// started at 2026-12-05 23:03:11 UTC, every file's mtime 2020-02-03 23:30:00 UTC, each file
// `---\nlayout: x\n---\n` with _layouts/x.html printing `{{ page.url }}|{{ page.date }}`:
//   _posts/2014-06-04-post.md       /2014/06/04/post.html|2014-06-04 00:00:00 +0200
//   _drafts/nodate.md               /2020/02/04/nodate.html|2020-02-04 00:30:00 +0100
//   _stuff/nodate.md                /s/2026/12/06/nodate/|2026-12-06 00:03:11 +0100
//   _stuff/sub/2014-06-04-dated.md  /s/2014/06/04/dated/|2014-06-04 00:00:00 +0200
//   _stuff/x2099-01-01-foo.md       /s/2026/12/06/x2099-01-01-foo/|2026-12-06 00:03:11 +0100
//   _stuff/2099-01-01-a.b/c.md      /s/2026/12/06/c/|2026-12-06 00:03:11 +0100
//   _stuff/2099-01-01-a.x/b         /s/2026/12/06/2099-01-01-a/|2026-12-06 00:03:11 +0100
// and for `date: 2014-13-45` in _posts/2014-06-04-bad.md the build stops with the message below.

const config = readConfig(`timezone: Europe/Paris
collections:
  stuff:
    output: true
    permalink: /s/:year/:month/:day/:title/
`);
const now = new Date('2026-12-05T23:03:11Z');
const mtime = Date.parse('2020-02-03T23:30:00Z') / 1000;
const TEXT = '---\nlayout: x\n---\n';
const verdict = (path: string, text = TEXT) => documentVerdict(path, text, config, { now, drafts: true, machineZone: 'UTC' }, mtime);

test('a post is dated by its file name, in the site zone', () => {
  const post = verdict('_posts/2014-06-04-post.md');
  assert.equal(post?.url, '/2014/06/04/post.html');
  assert.equal(post?.date, '2014-06-04T00:00:00+02:00');
  assert.equal(post?.dateIsBuildTime, false);
});

test('a draft without a date is dated by its mtime, not by the build time', () => {
  const draft = verdict('_drafts/nodate.md');
  assert.equal(draft?.url, '/2020/02/04/nodate.html');
  assert.equal(draft?.date, '2020-02-04T00:30:00+01:00');
  assert.equal(draft?.dateIsBuildTime, false);
  assert.equal(draft?.written, true);
});

test('a collection document without a date is dated by the build time, whatever its mtime', () => {
  const doc = verdict('_stuff/nodate.md');
  assert.equal(doc?.url, '/s/2026/12/06/nodate/');
  assert.equal(doc?.date, '2026-12-06T00:03:11+01:00');
  assert.equal(doc?.dateIsBuildTime, true);
});

test('a collection document is dated by a date that starts the last segment of its path, and by no other', () => {
  const dated = verdict('_stuff/sub/2014-06-04-dated.md');
  assert.equal(dated?.url, '/s/2014/06/04/dated/');
  assert.equal(dated?.dateIsBuildTime, false);
  const prefixed = verdict('_stuff/x2099-01-01-foo.md');
  assert.equal(prefixed?.url, '/s/2026/12/06/x2099-01-01-foo/');
  assert.equal(prefixed?.written, true);
  const inFolder = verdict('_stuff/2099-01-01-a.b/c.md');
  assert.equal(inFolder?.url, '/s/2026/12/06/c/');
  assert.equal(inFolder?.written, true);
  // The date and the extension's dot in a folder name, a file without extension: no date either.
  const noExtension = verdict('_stuff/2099-01-01-a.x/b');
  assert.equal(noExtension?.url, '/s/2026/12/06/2099-01-01-a/');
  assert.equal(noExtension?.date, '2026-12-06T00:03:11+01:00');
  assert.equal(noExtension?.written, true);
});

test('a date Jekyll cannot read stops the build, and the document is not written', () => {
  const bad = verdict('_posts/2014-06-04-bad.md', '---\ndate: 2014-13-45\n---\nx\n');
  assert.equal(bad?.fatal, "Invalid date '2014-13-45': Document '_posts/2014-06-04-bad.md' does not have a valid date in the YAML front matter.");
  assert.equal(bad?.written, false);
  assert.equal(bad?.url, undefined);
});

test('a date at the start of collections_dir does not date its documents', () => {
  // collections_dir: 2014-06-04-x.y, built at 2026-12-05 23:10:49 UTC: both written at build time,
  // _site/s/2026/12/06/b/index.html and _site/s/2026/12/06/c/index.html (`2026-12-06 00:10:49 +0100`).
  // Jekyll matches the path below collections_dir (`_stuff/b`); we matched `2014-06-04-x.y/_stuff/b`.
  const dirConfig = readConfig(`timezone: Europe/Paris
collections_dir: 2014-06-04-x.y
collections:
  stuff:
    output: true
    permalink: /s/:year/:month/:day/:title/
`);
  const settings = { now: new Date('2026-12-05T23:10:49Z'), drafts: false, machineZone: 'UTC' };
  for (const [path, url] of [['2014-06-04-x.y/_stuff/b', '/s/2026/12/06/b/'], ['2014-06-04-x.y/_stuff/c.md', '/s/2026/12/06/c/']]) {
    const doc = documentVerdict(path, TEXT, dirConfig, settings, mtime);
    assert.equal(doc?.url, url, path);
    assert.equal(doc?.date, '2026-12-06T00:10:49+01:00', path);
  }
});
