import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { checkProjectConfigText } from '../../src/core/lint/configCheck';
import { formatMessage } from '../../src/core/messages';
import { readConfig } from '../../src/core/site/config';
import { applyEdits, slice } from './helpers';

/**
 * What a user sees for a `_config.yml` text: each config-invalid finding's code, the text it
 * underlines, its sentence, and each fix as offered (title, preferred) with the file after it.
 * Where Jekyll has an opinion (how it reads a value, whether the build fails) it comes from
 * `jekyll build` 4.3.1 runs on scratch sites, quoted next to the case.
 */
function seen(text: string): unknown[] {
  return checkProjectConfigText(text).map((f) => ({
    code: f.rule,
    at: slice(text, f.range),
    message: formatMessage(f.message),
    ...(f.fixes ? { fixes: f.fixes.map((x) => ({ title: formatMessage(x.title), preferred: x.preferred, result: applyEdits(text, x.edits) })) } : {}),
  }));
}

const finding = (at: string, message: string, fixes?: { title: string; preferred: boolean; result: string }[]) => ({ code: 'config-invalid', at, message, ...(fixes ? { fixes } : {}) });

describe('config-invalid on the jekyll_posts: block, as the user reads it', () => {
  it('says the block must be a set of lines when it is a single value, and nothing when it is empty', () => {
    assert.deepEqual(seen('jekyll_posts: 3\n'), [finding('3', '`jekyll_posts` must be a set of `key: value` lines (`languages`, `rules`...).')]);
    assert.deepEqual(seen('jekyll_posts:\n'), []);
    assert.deepEqual(seen('jekyll_posts: ~\n'), []);
    assert.deepEqual(seen('? jekyll_posts\n'), []);
  });

  it('names an unknown setting with the nearest one as a fix, preferred unless that setting is already there', () => {
    const text = 'jekyll_posts:\n  languges: [fr]\n';
    const fix = (t: string) => [{ title: 'Change to `languages`', preferred: !t.includes('  languages:'), result: t.replace('languges', 'languages') }];
    assert.deepEqual(seen(text), [finding('languges', '`languges` is not a setting of `jekyll_posts`; did you mean `languages`?', fix(text))]);
    const both = 'jekyll_posts:\n  languages: [en]\n  languges: [fr]\n';
    assert.deepEqual(seen(both), [finding('languges', '`languges` is not a setting of `jekyll_posts`; did you mean `languages`?', [{ title: 'Change to `languages`', preferred: false, result: both.replace('languges', 'languages') }])]);
    assert.deepEqual(seen('jekyll_posts:\n  zzzzzz: 1\n'), [finding('zzzzzz', '`zzzzzz` is not a setting of `jekyll_posts`.')]);
  });

  it('finds the setting a name starts with, ends with, or is a few edits from', () => {
    const near = (name: string) => (seen(`jekyll_posts:\n  ${name}: x\n`)[0] as { fixes?: { title: string }[] }).fixes?.[0].title;
    assert.equal(near('images_folder'), 'Change to `images`'); // starts with a setting, 7 edits away
    assert.equal(near('key'), 'Change to `translation_key`'); // the end of one setting only
    assert.equal(near('translatoin_kye'), 'Change to `translation_key`'); // 4 edits in 15 letters
    assert.equal(near('rulez'), 'Change to `rules`');
    assert.equal(near('lang'), 'Change to `languages`');
  });

  it('finds the rule nearest to a misspelt id, not merely one near enough', () => {
    const near = (id: string) => (seen(`jekyll_posts:\n  rules:\n    ${id}: off\n`)[0] as { fixes?: { title: string }[] }).fixes?.[0].title;
    assert.equal(near('date-filname-mismatch'), 'Change to `date-filename-mismatch`'); // date-gmt-mismatch is near too, but farther
    assert.equal(near('kye-typp'), 'Change to `key-typo`'); // 3 edits in 8 letters
  });

  it('says which lists must be lists, with an example fitting each', () => {
    assert.deepEqual(seen('jekyll_posts:\n  languages: fr\n'), [finding('fr', '`languages` must be a list, such as `[fr, en]`.')]);
    assert.deepEqual(seen('jekyll_posts:\n  required_keys: title\n'), [finding('title', '`required_keys` must be a list, such as `[title, lang]`.')]);
    assert.deepEqual(seen('jekyll_posts:\n  languages: [fr, "", 3]\n  required_keys:\n    - title\n    - [a]\n'), [
      finding('""', 'Each item of `languages` must be a name.'),
      finding('3', 'Each item of `languages` must be a name.'),
      finding('[a]', 'Each item of `required_keys` must be a name.'),
    ]);
    assert.deepEqual(seen('jekyll_posts:\n  languages:\n  required_keys: ~\n'), []);
    assert.deepEqual(seen('jekyll_posts:\n  ? languages\n  ? required_keys\n'), []);
  });

  it('wants translation_key to be a key name', () => {
    const message = '`translation_key` must be the name of a front matter key, such as `ref`.';
    assert.deepEqual(seen('jekyll_posts:\n  translation_key: [ref]\n'), [finding('[ref]', message)]);
    assert.deepEqual(seen('jekyll_posts:\n  translation_key: 3\n'), [finding('3', message)]);
    assert.deepEqual(seen('jekyll_posts:\n  translation_key: ""\n'), [finding('""', message)]);
    assert.deepEqual(seen('jekyll_posts:\n  translation_key: ref\n'), []);
  });

  it('skips a key that is not a name (a list as a key) rather than calling it `undefined`', () => {
    assert.deepEqual(seen('jekyll_posts:\n  ? [a, b]\n  : 1\n  images:\n    ? [c]\n    : 2\n  rules:\n    ? [d]\n    : error\n'), []);
  });
});

describe('config-invalid on jekyll_posts: images:', () => {
  const folder = (value: string) => seen(`jekyll_posts:\n  images:\n    folder: ${value}\n`);
  const wrongFolder = (at: string) => [finding(at, '`folder` must be a folder of the site, such as `assets/images/:slug/` (placeholders: `:slug`, `:name`, `:year`, `:month`, `:day`).')];

  it('wants a set of lines, whose only setting is folder', () => {
    assert.deepEqual(seen('jekyll_posts:\n  images: assets/img\n'), [finding('assets/img', '`images` must be a set of `key: value` lines, such as `folder: assets/images/:slug/`.')]);
    const text = 'jekyll_posts:\n  images:\n    foldr: assets/\n';
    assert.deepEqual(seen(text), [finding('foldr', '`foldr` is not a setting of `images`; did you mean `folder`?', [{ title: 'Change to `folder`', preferred: true, result: text.replace('foldr', 'folder') }])]);
    assert.deepEqual(seen('jekyll_posts:\n  images:\n    path: assets/\n'), [finding('path', '`path` is not a setting of `images`.')]);
  });

  it('takes a folder of the site, placeholders anywhere in it, a leading slash meaning the site root', () => {
    assert.deepEqual(folder('/:year/:slug/'), []);
    assert.deepEqual(folder('assets/:year:month/'), []);
    assert.deepEqual(folder('assets/~old/:slug/'), []);
    assert.deepEqual(folder('assets/..images/'), []);
    assert.deepEqual(folder(':year/:month/:day/:name/'), []);
  });

  it('refuses a blank folder, a way out of the site, a URL, a home folder, a backslash, an unknown placeholder', () => {
    assert.deepEqual(folder('"  "'), wrongFolder('"  "'));
    assert.deepEqual(folder('assets/..'), wrongFolder('assets/..'));
    assert.deepEqual(folder('../outside/'), wrongFolder('../outside/'));
    assert.deepEqual(folder('https://cdn.example.com/'), wrongFolder('https://cdn.example.com/'));
    assert.deepEqual(folder('assets:slug/'), wrongFolder('assets:slug/'));
    assert.deepEqual(folder('Assets:slug/'), wrongFolder('Assets:slug/'));
    assert.deepEqual(folder('assets/:slugs/'), wrongFolder('assets/:slugs/'));
    assert.deepEqual(folder('~/images/'), wrongFolder('~/images/'));
    assert.deepEqual(folder('assets\\img'), wrongFolder('assets\\img'));
    assert.deepEqual(folder('assets/:lang/'), wrongFolder('assets/:lang/'));
    assert.deepEqual(folder('[a]'), wrongFolder('[a]'));
    assert.deepEqual(seen('jekyll_posts:\n  images:\n    ? folder\n'), wrongFolder('folder'));
  });
});

describe('config-invalid on jekyll_posts: rules:', () => {
  it('wants a set of rule-id: severity lines', () => {
    assert.deepEqual(seen('jekyll_posts:\n  rules: off\n'), [finding('off', '`rules` must be a set of `rule-id: severity` lines.')]);
  });

  it('names an unknown rule, with the nearest rule when there is one, and still checks its severity', () => {
    const text = 'jekyll_posts:\n  rules:\n    seo-lenght: loud\n    zzzzzz: off\n';
    assert.deepEqual(seen(text), [
      finding('seo-lenght', '`seo-lenght` is not a rule of Jekyll Posts; did you mean `seo-length`?', [{ title: 'Change to `seo-length`', preferred: true, result: text.replace('seo-lenght', 'seo-length') }]),
      finding('loud', '`loud` is not a severity: write error, warning, info or off.'),
      finding('zzzzzz', '`zzzzzz` is not a rule of Jekyll Posts.'),
    ]);
  });

  it('offers the nearest severity as the preferred fix, in the quotes it was written with', () => {
    const plain = 'jekyll_posts:\n  rules:\n    key-typo: eror\n';
    assert.deepEqual(seen(plain), [finding('eror', '`eror` is not a severity; did you mean `error`?', [{ title: 'Change to `error`', preferred: true, result: plain.replace('eror', 'error') }])]);
    const single = "jekyll_posts:\n  rules:\n    key-typo: 'warn'\n";
    assert.deepEqual(seen(single), [finding("'warn'", '`warn` is not a severity; did you mean `warning`?', [{ title: 'Change to `warning`', preferred: true, result: single.replace("'warn'", "'warning'") }])]);
  });

  it('shows a severity that is not a single value as written, and guesses nothing from one letter', () => {
    assert.deepEqual(seen('jekyll_posts:\n  rules:\n    key-typo: [error]\n'), [finding('[error]', '`[error]` is not a severity: write error, warning, info or off.')]);
    assert.deepEqual(seen('jekyll_posts:\n  rules:\n    key-typo: {level: error}\n'), [finding('{level: error}', '`{level: error}` is not a severity: write error, warning, info or off.')]);
    assert.deepEqual(seen('jekyll_posts:\n  rules:\n    key-typo: e\n'), [finding('e', '`e` is not a severity: write error, warning, info or off.')]);
  });

  // Jekyll 4.3.1 reads `key-typo: yes` as true (YAML 1.1, as Psych reads it: a page printing
  // `site.jekyll_posts.rules["key-typo"] | inspect` shows `true`), the rule's default severity.
  it('takes yes/on as the rule’s default severity, as YAML 1.1 reads them', () => {
    assert.deepEqual(seen('jekyll_posts:\n  rules:\n    key-typo: yes\n    seo-length: on\n    tags-format: Off\n'), []);
  });

  it('says a rule written without a value needs a severity (rather than "`` is not a severity")', () => {
    const needs = [finding('key-typo', '`key-typo` needs a severity: error, warning, info or off.')];
    assert.deepEqual(seen('jekyll_posts:\n  rules:\n    ? key-typo\n'), needs);
    assert.deepEqual(seen('jekyll_posts:\n  rules:\n    key-typo:\n'), needs);
    assert.deepEqual(seen('jekyll_posts:\n  rules:\n    key-typo: ~\n'), needs);
    assert.deepEqual(seen('jekyll_posts:\n  rules:\n    key-typo: ""\n'), [finding('""', '`` is not a severity: write error, warning, info or off.')]);
  });
});

describe('config-invalid on timezone:', () => {
  it('names an unknown zone, offering the nearest one without preferring it (it moves dates)', () => {
    const text = 'timezone: Paris\n';
    assert.deepEqual(seen(text), [finding('Paris', '`Paris` is not a time zone: Jekyll builds this site in UTC. Did you mean `Europe/Paris`?', [{ title: 'Change to `Europe/Paris`', preferred: false, result: 'timezone: Europe/Paris\n' }])]);
    const single = "timezone: 'europe/paris'\n";
    assert.deepEqual(seen(single), [finding("'europe/paris'", '`europe/paris` is not a time zone: Jekyll builds this site in UTC. Did you mean `Europe/Paris`?', [{ title: 'Change to `Europe/Paris`', preferred: false, result: "timezone: 'Europe/Paris'\n" }])]);
    assert.deepEqual(seen('timezone: Nowhere/Zone\n'), [finding('Nowhere/Zone', '`Nowhere/Zone` is not a time zone: Jekyll builds this site in UTC.')]);
  });

  // Jekyll 4.3.1 builds with each of these, the posts' dates in the machine's zone (a build run
  // with TZ=Asia/Tokyo prints +0900): Jekyll sets TZ only `if config["timezone"]`.
  it('says nothing of a null or false timezone, which Jekyll does not set', () => {
    assert.deepEqual(seen('timezone:\n'), []);
    assert.deepEqual(seen('timezone: ~\n'), []);
    assert.deepEqual(seen('? timezone\n'), []);
    assert.deepEqual(seen('timezone: false\n'), []);
    assert.deepEqual(seen('timezone: no\n'), []);
    assert.equal(readConfig('timezone: no\n').timezone, undefined);
  });

  // `jekyll build` 4.3.1 fails on each: "jekyll.rb:132:in `[]=': no implicit conversion of
  // Integer into String (TypeError)" (and of true, Array, Hash, Date): ENV["TZ"] takes only a string.
  it('says Jekyll fails on a timezone that is not text', () => {
    const fails = (at: string) => [finding(at, 'Jekyll fails to build with this `timezone`: it must be the name of a zone, such as `Europe/Paris`.')];
    assert.deepEqual(seen('timezone: 5\n'), fails('5'));
    assert.deepEqual(seen('timezone: 0\n'), fails('0'));
    assert.deepEqual(seen('timezone: true\n'), fails('true'));
    assert.deepEqual(seen('timezone: 2024-01-01\n'), fails('2024-01-01'));
    assert.deepEqual(seen('timezone: [Europe/Paris]\n'), fails('[Europe/Paris]'));
    assert.deepEqual(seen('timezone: {a: 1}\n'), fails('{a: 1}'));
  });

  // `timezone: ""` is true for Ruby, so Jekyll sets TZ to "", which the C library runs as UTC: a
  // build with TZ=Asia/Tokyo prints the post dated 2024-01-01 as `2024-01-01 00:00:00 +0000`.
  it('says an empty timezone builds the site in UTC, and reads it so', () => {
    assert.deepEqual(seen('timezone: ""\n'), [finding('""', 'An empty `timezone` names no zone: Jekyll builds this site in UTC.')]);
    assert.equal(readConfig('timezone: ""\n').timezone, 'UTC');
  });
});

describe('config-invalid reads _config.yml as Jekyll does', () => {
  // Psych accepts a comment right after a quoted value: Jekyll 4.3.1 builds with
  // `timezone: "Nowhere/Zone"#x` and `site.timezone` is "Nowhere/Zone".
  it('reads a comment glued to a quoted value, as Psych does', () => {
    assert.deepEqual(seen('timezone: "Nowhere/Zone"#note\n').map((f) => (f as { at: string }).at), ['"Nowhere/Zone"']);
  });

  // Jekyll 4.3.1 builds a config setting `title:` twice (site.title is the last one).
  it('checks a file that sets a key twice, as Jekyll reads it (the last one wins)', () => {
    assert.deepEqual(seen('title: a\ntitle: b\ntimezone: Nowhere/Zone\n').map((f) => (f as { at: string }).at), ['Nowhere/Zone']);
  });

  // Psych reads the escaped key as `jekyll_posts` (Jekyll 4.3.1 prints `site.jekyll_posts.languages`
  // of this file as ["fr"]), so the block applies and is checked.
  it('checks a block whose key is written with escapes', () => {
    assert.deepEqual(seen('"jekyll\\x5fposts":\n  languges: [fr]\n').map((f) => (f as { at: string }).at), ['languges']);
    assert.deepEqual(seen('"time\\x7aone": Nowhere/Zone\n').map((f) => (f as { at: string }).at), ['Nowhere/Zone']);
  });

  // Psych resolves aliases: Jekyll 4.3.1 builds this file in Europe/Paris (+0100) with
  // `site.jekyll_posts.languages` ["fr", "en"].
  it('reads an alias as the value it stands for', () => {
    const anchors = 'zone: &z Europe/Paris\nl: &l [fr, en]\nk: &k ref\ns: &s error\nf: &f assets/:slug/\n';
    assert.deepEqual(seen(`${anchors}timezone: *z\njekyll_posts:\n  languages: *l\n  required_keys: [title, *k]\n  translation_key: *k\n  rules:\n    key-typo: *s\n  images:\n    folder: *f\n`), []);
    assert.deepEqual(seen('b: &b 3\njekyll_posts: *b\n').map((f) => (f as { at: string }).at), ['*b']);
    assert.deepEqual(seen('f: &f ../out/\njekyll_posts:\n  images:\n    folder: *f\n').map((f) => (f as { at: string }).at), ['*f']);
    const wrong = 'zone: &z Nowhere/Zone\nl: &l fr\nn: &n 3\nb: &b loud\njekyll_posts:\n  languages: *l\n  required_keys: [title, *n]\n  rules:\n    key-typo: *b\n';
    assert.deepEqual(seen(`${wrong}timezone: *z\n`).map((f) => [(f as { at: string }).at, (f as { message: string }).message]), [
      ['*l', '`languages` must be a list, such as `[fr, en]`.'],
      ['*n', 'Each item of `required_keys` must be a name.'],
      ['*b', '`loud` is not a severity: write error, warning, info or off.'],
      ['*z', '`Nowhere/Zone` is not a time zone: Jekyll builds this site in UTC.'],
    ]);
  });

  it('says only that Jekyll cannot read a file that is not YAML, or not a set of lines (configUnreadable.test)', () => {
    assert.deepEqual(seen('timezone: Nowhere/Zone\ntitle: [unclosed\n').map((f) => (f as { message: string }).message.split(':')[0]), ['Jekyll cannot read this file and stops the build']);
    assert.deepEqual(seen('- timezone: Nowhere/Zone\n').map((f) => (f as { message: string }).message), ['This file is not a set of `key: value` settings: Jekyll ignores it and builds with its defaults.']);
    assert.deepEqual(seen('# timezone: Nowhere/Zone\n'), []);
    assert.deepEqual(seen('? [timezone]\n: Nowhere/Zone\n'), []);
  });
});
