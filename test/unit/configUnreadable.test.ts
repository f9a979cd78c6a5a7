import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { checkProjectConfigText } from '../../src/core/lint/configCheck';
import { formatMessage } from '../../src/core/messages';
import { applyEdits, slice } from './helpers';

// A `_config.yml` Jekyll cannot read. `jekyll build` 4.3.1 on a scratch site with each text:
//   title: t\nfoo: [a   → stops: "(<unknown>): did not find expected ',' or ']' while parsing a flow
//                         sequence at line 2 column 6 (Psych::SyntaxError)"
//   - a\n- b, just text → "WARNING: Error reading configuration. Using defaults (and options)."
//                         "Configuration file: (INVALID) …/_config.yml", and the site is built
//   # only a comment    → builds, no warning
// config-invalid said nothing on any of them.

function seen(text: string): unknown[] {
  return checkProjectConfigText(text).map((f) => ({
    code: f.rule,
    severity: f.severity,
    at: slice(text, f.range),
    message: formatMessage(f.message),
    ...(f.fixes ? { fixes: f.fixes.map((x) => ({ title: formatMessage(x.title), preferred: x.preferred, result: applyEdits(text, x.edits) })) } : {}),
  }));
}

describe('config-invalid on a configuration file Jekyll cannot read', () => {
  it('a YAML error stops the build: said at the bracket that is never closed', () => {
    const [f, ...rest] = seen('title: t\nfoo: [a\n') as { code: string; at: string; message: string }[];
    assert.equal(rest.length, 0);
    assert.equal(f.code, 'config-invalid');
    assert.equal(f.at, '[a');
    assert.match(f.message, /^Jekyll cannot read this file and stops the build: .+/);
  });

  it('keeps its range after a BOM', () => {
    // `jekyll build` 4.3.1 stops on `\ufefftitle: [a\nfoo: 1\n` (Psych: "did not find expected ',' or ']'").
    assert.equal((seen('\ufefftitle: [a\nfoo: 1\n')[0] as { at: string }).at, '[a');
  });

  it('says nothing of a plain value opening with `:` (`style: :compressed`): safe_yaml, which Jekyll uses, reads it as text', () => {
    // Debian's jekyll package reads YAML with Psych.safe_load and stops on it ("Tried to load
    // unspecified class: Symbol"); upstream Jekyll 4.3.1 reads it with safe_yaml 1.0.5, whose symbol
    // parsing is off by default, and builds. Reporting it would cry wolf on most sites that have it.
    assert.deepEqual(seen('sass:\n  style: :compressed\n'), []);
  });

  it('a list or a single value is set aside: Jekyll builds with its defaults', () => {
    for (const text of ['- a\n- b\n', 'just text\n']) {
      const [f, ...rest] = seen(text) as { message: string }[];
      assert.equal(rest.length, 0);
      assert.equal(f.message, 'This file is not a set of `key: value` settings: Jekyll ignores it and builds with its defaults.');
    }
  });

  it('says nothing on a file of comments only, an empty one, or one with a repeated key', () => {
    assert.deepEqual(seen('# only a comment\n'), []);
    assert.deepEqual(seen(''), []);
    assert.deepEqual(seen('title: a\ntitle: b\n'), []);
  });

  it('follows the rule’s severity, and says nothing when it is off', () => {
    assert.equal(checkProjectConfigText('foo: [a\n', { severity: 'error' })[0]?.severity, 'error');
    assert.deepEqual(checkProjectConfigText('foo: [a\n', { severity: 'off' }), []);
  });
});
