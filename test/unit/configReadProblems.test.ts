import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configFromData, readConfig } from '../../src/core/site/config';

// SiteConfig.problems, as readConfig documents them: what kept Jekyll from reading _config.yml, with
// ranges in the file's own offsets (a byte order mark counts as one), and the defaults sets Jekyll
// skips ("Defaults: An invalid front-matter default set was found", jekyll build 4.3.1).

test('a missing _config.yml is one problem of kind missing', () => {
  assert.deepEqual(readConfig(undefined).problems, [{ kind: 'missing', range: { start: 0, end: 0 }, detail: '' }]);
  assert.deepEqual(configFromData({}).problems, []);
});

test('YAML errors and a file that is no mapping are placed in the file, after a byte order mark too', () => {
  const error = 'Flow sequence in block collection must be sufficiently indented and end with a ]';
  assert.deepEqual(readConfig('a: [\n').problems, [{ kind: 'yaml-error', range: { start: 3, end: 4 }, detail: error }]);
  assert.deepEqual(readConfig('\ufeffa: [\n').problems, [{ kind: 'yaml-error', range: { start: 4, end: 5 }, detail: error }]);
  assert.deepEqual(readConfig('- 1\n').problems, [{ kind: 'not-mapping', range: { start: 0, end: 4 }, detail: 'list' }]);
  assert.deepEqual(readConfig('\ufeff- 1\n').problems, [{ kind: 'not-mapping', range: { start: 1, end: 5 }, detail: 'list' }]);
  assert.deepEqual(readConfig('\ufeffpermalink: pretty\n').permalink, 'pretty');
});

test('each defaults set Jekyll skips is a problem', () => {
  const config = readConfig('defaults:\n  - "not a set"\n  - scope: {path: ""}\n    values: [1]\n  - values: {layout: x}\n');
  const invalid = { kind: 'invalid-defaults-set', range: { start: 0, end: 0 }, detail: '' };
  assert.deepEqual(config.problems, [invalid, invalid]);
  assert.deepEqual(config.defaults.map((d) => [d.path, d.type, { ...d.values }]), [['', undefined, { layout: 'x' }]]);
});
