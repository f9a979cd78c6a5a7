import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig } from '../../src/core/site/config';
import { documentVerdict } from '../../src/core/site/siteModel';

// Jekyll's defaults for `include`, `exclude` and `plugins`, and `collections_dir` with slashes.
// jekyll build 4.3.1 of a site with no such settings, a layout printing
// `{{ site.include | join: "," }}|{{ site.exclude | join: "," }}|{{ site.plugins | join: "," }}`,
// a page .htaccess and a page a.md (both `---\n---\nh\n`): writes _site/.htaccess (url
// /.htaccess: `.htaccess` is included by default) and _site/a.html, and prints `.htaccess`,
// `.sass-cache,.jekyll-cache,gemfiles,Gemfile,Gemfile.lock,node_modules,vendor/bundle/,vendor/cache/,vendor/gems/,vendor/ruby/`
// and nothing. With `collections_dir: "//c//"` or `my/coll/` and a collection docs with output,
// c/_docs/one.md (my/coll/_docs/one.md) is written at /docs/one.html.

const settings = { now: new Date('2026-12-06T02:00:00Z'), drafts: false, machineZone: 'UTC' };

test('without include, exclude or plugins, Jekyll\'s defaults apply', () => {
  const config = readConfig('title: x\n');
  assert.deepEqual(config.include, ['.htaccess']);
  assert.deepEqual(config.exclude, ['.sass-cache', '.jekyll-cache', 'gemfiles', 'Gemfile', 'Gemfile.lock', 'node_modules', 'vendor/bundle/', 'vendor/cache/', 'vendor/gems/', 'vendor/ruby/']);
  assert.deepEqual(config.plugins, []);
  const page = documentVerdict('.htaccess', '---\n---\nh\n', config, settings);
  assert.deepEqual([page?.url, page?.written], ['/.htaccess', true]);
});

test('collections_dir is read without its leading and trailing slashes', () => {
  for (const dir of ['"//c//"', 'c', '/c/']) {
    const config = readConfig(`collections_dir: ${dir}\ncollections:\n  docs:\n    output: true\n`);
    assert.equal(documentVerdict('c/_docs/one.md', '---\n---\nd\n', config, settings)?.url, '/docs/one.html', dir);
  }
  const nested = readConfig('collections_dir: my/coll/\ncollections:\n  docs:\n    output: true\n');
  assert.equal(documentVerdict('my/coll/_docs/one.md', '---\n---\nd\n', nested, settings)?.url, '/docs/one.html');
});
