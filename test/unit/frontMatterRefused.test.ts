import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { formatMessage } from '../../src/core/messages';
import { slice } from './helpers';
import { lintCase } from './ruleCases';

// front-matter-syntax: each way a front matter is refused, with where it is reported and what the
// user reads.

function lint(body: string): [string, string][] {
  const text = `---\n${body}\n---\n\nBody.\n`;
  return lintCase({ text }, 'front-matter-syntax').map((f) => [slice(text, f.range), formatMessage(f.message)]);
}

const BOMB = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdef'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdef'[i]}`).join(', ')}]`), `g: [${Array(10).fill('*f').join(', ')}]`].join('\n');

describe('front-matter-syntax: a front matter refused, and why', () => {
  it('YAML that does not parse, reported where it fails; a front matter never closed, on its fence', () => {
    assert.deepEqual(lint('title: [A'), [['[A', 'Front matter is not valid YAML, so Jekyll ignores all of it: Flow sequence in block collection must be sufficiently indented and end with a ]']]);
    const text = '---\ntitle: A\n\nBody.\n';
    assert.deepEqual(lintCase({ text }, 'front-matter-syntax').map((f) => [slice(text, f.range), formatMessage(f.message)]), [
      ['---', 'Front matter is never closed: add a line with `---` after it, or Jekyll reads the whole file as content.'],
    ]);
  });

  it('a list, or a single value, instead of keys', () => {
    assert.deepEqual(lint('- a\n- b'), [['- a\n- b\n', 'Front matter must be a set of `key: value` lines, not a list.']]);
    assert.deepEqual(lint('just text'), [['just text', 'Front matter must be a set of `key: value` lines, not a single value.']]);
  });

  it('aliases expanded past the limit, reported on the first alias', () => {
    assert.deepEqual(lint(BOMB), [['*a', 'Front matter expands YAML aliases more than 100000 times; it is refused as unsafe.']]);
  });

  it('nesting past the limit', () => {
    const found = lint(`x: ${'['.repeat(120)}${']'.repeat(120)}`);
    assert.equal(found.length, 1);
    assert.equal(found[0][1], 'Front matter nests more than 64 levels deep; it is refused as unsafe.');
    assert.ok(found[0][0].startsWith('x: [[['), found[0][0]);
  });
});
