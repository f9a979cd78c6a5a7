// What the `jekyll_posts:` block of _config.yml turns into: the rule severities, languages,
// translation key and image folder the extension then uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { projectConfigFromData, severityOf } from '../../src/core/site/projectConfig';

test('severityOf: the four names in any case, YAML booleans as off/default, anything else unknown', () => {
  const cases: Array<[unknown, string | undefined]> = [[false, 'off'], [true, 'default'], ['Warning', 'warning'], ['loud', undefined], [5, undefined], [null, undefined]];
  for (const [value, expected] of cases) assert.equal(severityOf(value as never), expected, String(value));
});

test('projectConfigFromData keeps what is well formed and leaves the rest out', () => {
  assert.deepEqual(projectConfigFromData({}), { rules: {} });
  const read = projectConfigFromData({
    jekyll_posts: {
      rules: { 'a-rule': true, 'b-rule': 'Error', 'c-rule': false, 'd-rule': 'loud' },
      languages: ['en', '', 3, 'fr'],
      required_keys: ['title'],
      translation_key: '',
      images: { folder: '  assets/:slug/  ' },
    },
  });
  assert.deepEqual(read, {
    languages: ['en', 'fr'],
    translationKey: undefined,
    requiredKeys: ['title'],
    rules: { 'b-rule': 'error', 'c-rule': 'off' },
    newPost: undefined,
    defaultFrontMatter: undefined,
    images: { folder: 'assets/:slug/' },
  });
  const odd = projectConfigFromData({ jekyll_posts: { rules: ['warning'], translation_key: 5, images: { folder: 5 } } });
  assert.deepEqual([odd.rules, odd.translationKey, odd.images], [{}, undefined, undefined]);
  assert.equal(projectConfigFromData({ jekyll_posts: { translation_key: 'ref' } }).translationKey, 'ref');
  assert.equal(projectConfigFromData({ jekyll_posts: { images: { folder: '   ' } } }).images, undefined);
});
