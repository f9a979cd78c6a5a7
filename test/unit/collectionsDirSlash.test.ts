import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { checkProjectConfigText } from '../../src/core/lint/configCheck';
import { formatMessage } from '../../src/core/messages';
import { readConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';
import { applyEdits, slice } from './helpers';

// `collections_dir` written with a slash. `jekyll build` 4.3.1 on coll/_posts/2020-01-01-top.md,
// coll/sub/_posts/2020-01-02-below.md and coll/_recipes/soup.md (recipes output: true) writes:
//   coll   → /2020/01/01/top.html, /sub/2020/01/02/below.html, /recipes/soup.html
//   coll/  → /sub/2020/01/02/below.html, /recipes/soup.html
//   /coll  → /recipes/soup.html (./coll the same)
// (conformance sites collections-dir-trailing-slash and collections-dir-leading-slash).

const COLLECTIONS = 'collections:\n  recipes:\n    output: true\n';
const read = (value: string) => readConfig(`collections_dir: ${value}\n${COLLECTIONS}`);
const kinds = (value: string) =>
  ['coll/_posts/2020-01-01-top.md', 'coll/sub/_posts/2020-01-02-below.md', 'coll/_drafts/idea.md', 'coll/_recipes/soup.md'].map((p) => classifyPath(p, read(value))?.kind ?? 'not read');

describe('the posts Jekyll reads under a collections_dir written with a slash', () => {
  it('as written: every post, draft and recipe', () => {
    assert.deepEqual(kinds('coll'), ['post', 'post', 'draft', 'collection']);
  });
  it('a trailing slash: the posts and drafts directly in coll/_posts and coll/_drafts are not read', () => {
    assert.deepEqual(kinds('coll/'), ['not read', 'post', 'not read', 'collection']);
  });
  it('a leading / or ./: no post or draft is read', () => {
    assert.deepEqual(kinds('/coll'), ['not read', 'not read', 'not read', 'collection']);
    assert.deepEqual(kinds('./coll'), ['not read', 'not read', 'not read', 'collection']);
  });
  it('without collections_dir, posts at the root and in folders are read', () => {
    const config = readConfig(COLLECTIONS);
    assert.deepEqual(['_posts/2020-01-01-a.md', 'fr/_posts/2020-01-01-a.md'].map((p) => classifyPath(p, config)?.kind), ['post', 'post']);
  });
});

describe('config-invalid on a collections_dir written with a slash', () => {
  const seen = (text: string) =>
    checkProjectConfigText(text).map((f) => ({
      at: slice(text, f.range),
      message: formatMessage(f.message),
      fixes: f.fixes?.map((x) => ({ title: formatMessage(x.title), preferred: x.preferred, result: applyEdits(text, x.edits) })),
    }));

  it('a trailing slash: says which posts are lost, offers the plain name, never preferred', () => {
    assert.deepEqual(seen('title: T\ncollections_dir: coll/\n'), [
      {
        at: 'coll/',
        message: 'With `collections_dir` ending with `/`, Jekyll reads no post or draft in `coll/_posts` itself, only in folders below it. Write `coll`.',
        fixes: [{ title: 'Change to `coll`', preferred: false, result: 'title: T\ncollections_dir: coll\n' }],
      },
    ]);
  });
  it('a leading / or ./: no post at all; the quotes are kept', () => {
    assert.deepEqual(seen('collections_dir: "/coll"\n'), [
      {
        at: '"/coll"',
        message: 'With `collections_dir` starting with `/`, Jekyll reads no post and no draft (other collections are found). Write `coll`.',
        fixes: [{ title: 'Change to `coll`', preferred: false, result: 'collections_dir: "coll"\n' }],
      },
    ]);
    assert.deepEqual(seen("collections_dir: './my/coll/'\n").map((f) => [f.at, f.message.split(',')[0], f.fixes?.[0].result]), [
      ["'./my/coll/'", 'With `collections_dir` starting with `./`', "collections_dir: 'my/coll'\n"],
    ]);
  });
  it('nothing for a plain name, a nested one, an empty value or none', () => {
    assert.deepEqual(seen('collections_dir: coll\n'), []);
    assert.deepEqual(seen('collections_dir: my/coll\n'), []);
    assert.deepEqual(seen('collections_dir:\n'), []);
    assert.deepEqual(seen('collections_dir: ""\n'), []);
    assert.deepEqual(seen('title: T\n'), []);
  });
});
