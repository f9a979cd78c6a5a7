import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintCase } from './ruleCases';

// `theme:` that is no string names no theme: jekyll build 4.3.1 with `theme: 5` warns "Theme: value
// of 'theme' in config should be String to use gem-based themes, but got Integer" and then "Build
// Warning: Layout 'nope' requested in _posts/2020-01-02-a.md does not exist." So layout-unknown
// stays on. (Jekyll itself never reads `languages`: only the strings in it are languages here.)

const post = (front: string): string => `---\n${front}\n---\n\nBody.\n`;

test('a theme that is no string does not turn layout-unknown off', () => {
  for (const config of ['theme: 5\n', 'theme: ""\n']) {
    const findings = lintCase({ text: post('title: A\nlayout: nope'), config, layouts: ['default'] }, 'layout-unknown');
    assert.equal(findings.length, 1, config);
  }
  assert.equal(lintCase({ text: post('title: A\nlayout: nope'), config: 'theme: minima\n', layouts: ['default'] }, 'layout-unknown').length, 0);
});

test('the site’s languages are the strings of `languages`', () => {
  const findings = lintCase({ text: post('title: A\nlang: de'), config: 'languages: [en, 5, ~, fr]\n' }, 'lang-unknown');
  assert.deepEqual(findings.map((f) => f.message.args), [['de', 'en, fr']]);
});

test('a default_lang that is no string names no language', () => {
  // With `default_lang: fr`, an English post (the site's posts are in English) whose permalink
  // starts with /fr/ is a mismatch; with `default_lang: 5` no language is named fr: no finding.
  const text = post('title: A\nlang: en\npermalink: /fr/a/');
  const others = { '_posts/2015-01-01-b.md': post('title: B\nlang: en') };
  assert.equal(lintCase({ text, others, config: 'default_lang: fr\n' }, 'permalink-lang-mismatch').length, 1);
  assert.equal(lintCase({ text, others, config: 'default_lang: 5\n' }, 'permalink-lang-mismatch').length, 0);
});
