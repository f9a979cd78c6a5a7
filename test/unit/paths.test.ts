import { test } from 'node:test';
import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { isInside, join, normalize, relative } from '../../src/core/paths';

const SAMPLES = ['/', '/site', '/site/', '/site/_posts/2014-06-04-a.md', '/site//_posts', '/site/./_posts', '/site/_posts/../_drafts/x.md', '/site/..', '/a/b/c', '/a/bc', '/a/b/c/', '/.hidden/x', '/site/_posts/.', '/x/...'];

test('normalize matches POSIX normalization, without a trailing slash', () => {
  for (const path of [...SAMPLES, 'a', 'a/', './a', 'a/./b', 'a/../../b', '..', '.', '', 'a//b']) {
    const expected = posix.normalize(path === '' ? '.' : path);
    assert.equal(normalize(path), expected.length > 1 ? expected.replace(/\/$/, '') : expected, path);
  }
});

test('relative and isInside agree with Node on absolute paths', () => {
  for (const from of SAMPLES) {
    for (const to of SAMPLES) {
      assert.equal(relative(from, to), posix.relative(from, to), `${from} -> ${to}`);
      const rel = posix.relative(from, to);
      assert.equal(isInside(to, from), rel === '' || (!rel.startsWith('..') && !posix.isAbsolute(rel)), `${to} in ${from}`);
    }
  }
  assert.equal(join('/site', '_posts', '', 'a.md'), '/site/_posts/a.md');
});
