import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig } from '../../src/core/site/config';
import { documentVerdict } from '../../src/core/site/siteModel';
import { placeDocument } from '../../src/core/render/catalog';
import { classifyPath } from '../../src/core/site/post';

// The site `permalink` when _config.yml sets it to nil or to an empty string, and the posts
// collection's own permalink. jekyll build 4.3.1 of _posts/2020-01-02-a.md, about.md and
// _docs/one.md (`collections: {docs: {output: true}}`), every file `---\nlayout: x\n---\n`:
// - `permalink: ~`: /2020/01/02/a.html, /about.html, /docs/one.html (Configuration.from merges the
//   file over Jekyll's defaults and a nil keeps the default, `date`). We built /posts/2020-01-02-a,
//   /about and /docs/one, as if there were no style at all.
// - `permalink: ""`: the post at / (_site/index.html: configuration.rb gives posts the template
//   "" since Ruby's "" is true), /about (about.html), /docs/one (docs/one.html). We built
//   /posts/2020-01-02-a for the post.
// - `collections: {posts: {permalink: /p/:title/}}`: /p/a/; `permalink: pretty` alone: /2020/01/02/a/.

const settings = { now: new Date('2026-12-06T02:00:00Z'), drafts: false, machineZone: 'UTC' };
const FILES = ['_posts/2020-01-02-a.md', 'about.md', '_docs/one.md'];
const urls = (config: string): [string | undefined, string | undefined][] => {
  const c = readConfig(config);
  return FILES.map((p) => {
    const v = documentVerdict(p, '---\nlayout: x\n---\n', c, settings);
    return [v?.url, v?.outputPath];
  });
};
const DOCS = 'collections:\n  docs:\n    output: true\n';

test('`permalink: ~` builds with the default date style', () => {
  assert.deepEqual(urls(`permalink: ~\n${DOCS}`), [
    ['/2020/01/02/a.html', '2020/01/02/a.html'],
    ['/about.html', 'about.html'],
    ['/docs/one.html', 'docs/one.html'],
  ]);
});

test('`permalink: ""` gives posts an empty template: every post is written at /', () => {
  assert.deepEqual(urls(`permalink: ""\n${DOCS}`), [
    ['/', 'index.html'],
    ['/about', 'about.html'],
    ['/docs/one', 'docs/one.html'],
  ]);
});

test('the preview catalog places posts with the same templates', () => {
  const place = (config: string): string | undefined => {
    const c = readConfig(config);
    return placeDocument({ path: '/site/_posts/2020-01-02-a.md', info: classifyPath('_posts/2020-01-02-a.md', c)!, data: { layout: 'x' } }, c, 'UTC', settings.now).url;
  };
  assert.equal(place('permalink: ~\n'), '/2020/01/02/a.html');
  assert.equal(place('permalink: ""\n'), '/');
  assert.equal(place('permalink: pretty\ncollections:\n  posts:\n    permalink: /p/:title/\n'), '/p/a/');
  assert.equal(place('permalink: pretty\n'), '/2020/01/02/a/');
});
