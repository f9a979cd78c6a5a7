import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { MemoryFileSystem } from '../../src/core/fs';
import { checkProjectConfigText, nearestName } from '../../src/core/lint/configCheck';
import { lintDocument, resolveSettings } from '../../src/core/lint/lint';
import { Finding } from '../../src/core/lint/types';
import { readConfig, SiteConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';
import { projectConfig } from '../../src/core/site/projectConfig';
import { loadConfig } from '../../src/core/site/siteFiles';
import { applyEdits, slice } from './helpers';

const NOW = new Date('2026-11-26T12:00:00Z');
const POST = '_posts/2014-06-04-a-post.md';
const LONG_TITLE = 'A title that goes on and on well past what search engines show in results';

function lint(config: SiteConfig, text: string, options: Parameters<typeof lintDocument>[1] = {}): Finding[] {
  return lintDocument({ text, document: classifyPath(POST, config)!, config }, { ...options, settings: { now: NOW, timezone: 'UTC', ...options.settings } });
}

const rulesOf = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.rule}:${f.severity}`);

describe('the jekyll_posts: block of _config.yml', () => {
  const post = `---\ntitle: ${LONG_TITLE}\npermalnk: /a/\n---\n\nBody.\n`;

  it('sets rule severities: seo-length off, key-typo error', () => {
    assert.deepEqual(rulesOf(lint(readConfig('title: x\n'), post)), ['seo-length:info', 'key-typo:warning']);
    const config = readConfig('title: x\njekyll_posts:\n  rules:\n    seo-length: off\n    key-typo: error\n');
    assert.deepEqual(rulesOf(lint(config, post)), ['key-typo:error']);
  });

  it('wins over the user’s settings, and a one-off override wins over it', () => {
    const config = readConfig('jekyll_posts:\n  rules:\n    key-typo: error\n');
    // The user's setting applies where the site says nothing (seo-length), not where it does (key-typo).
    assert.deepEqual(rulesOf(lint(config, post, { rules: { 'key-typo': 'info', 'seo-length': 'warning' } })), ['seo-length:warning', 'key-typo:error']);
    assert.deepEqual(rulesOf(lint(config, post, { rules: { 'key-typo': 'info' }, overrides: { 'key-typo': 'off' } })), ['seo-length:info']);
  });

  it('takes `on`/`yes` as the rule’s default severity and `"off"` quoted as off', () => {
    const config = readConfig('jekyll_posts:\n  rules:\n    key-typo: on\n    seo-length: "off"\n');
    assert.deepEqual(projectConfig(config).rules, { 'seo-length': 'off' });
    assert.deepEqual(rulesOf(lint(config, post, { rules: { 'key-typo': 'error' } })), ['key-typo:error']);
  });

  it('feeds languages, translation_key and required_keys to the rules, over the user’s settings', () => {
    const config = readConfig('jekyll_posts:\n  languages: [fr, en]\n  translation_key: ref\n  required_keys: [title, authors]\n');
    const settings = resolveSettings(config, { now: NOW, languages: ['de'], requiredKeys: ['title'], translationKey: 'lang_ref' });
    assert.deepEqual([settings.languages, settings.translationKey, settings.requiredKeys], [['fr', 'en'], 'ref', ['title', 'authors']]);
    const findings = lint(config, '---\ntitle: A\n---\n').filter((f) => f.rule === 'required-key');
    assert.deepEqual(findings.map((f) => f.message.args), [['authors']]);
    // Where the block says nothing, the user's settings stay.
    assert.deepEqual(resolveSettings(readConfig('title: x\n'), { now: NOW, languages: ['de'] }).languages, ['de']);
  });

  it('passes new_post and default_front_matter through as written', () => {
    const config = readConfig('jekyll_posts:\n  new_post:\n    folder: _posts/<lang>\n  default_front_matter:\n    posts:\n      layout: post\n');
    assert.deepEqual(JSON.parse(JSON.stringify(projectConfig(config).newPost)), { folder: '_posts/<lang>' });
    assert.deepEqual(JSON.parse(JSON.stringify(projectConfig(config).defaultFrontMatter)), { posts: { layout: 'post' } });
    assert.deepEqual(checkProjectConfigText('jekyll_posts:\n  new_post:\n    folder: x\n  default_front_matter: {}\n'), []);
  });

  it('is merged across a --config chain as Jekyll merges it, the later file winning', async () => {
    const fs = new MemoryFileSystem({
      '/site/_config.yml': 'jekyll_posts:\n  languages: [fr, en]\n  rules:\n    seo-length: off\n    key-typo: error\n',
      '/site/_config.ci.yml': 'jekyll_posts:\n  rules:\n    key-typo: info\n',
    });
    const config = await loadConfig(fs, '/site', ['/site/_config.yml', '/site/_config.ci.yml']);
    assert.deepEqual(projectConfig(config).rules, { 'seo-length': 'off', 'key-typo': 'info' });
    assert.deepEqual(projectConfig(config).languages, ['fr', 'en']);
    assert.deepEqual(rulesOf(lint(config, post)), ['key-typo:info']);
  });
});

describe('config-invalid: mistakes in the jekyll_posts: block', () => {
  const check = (text: string) => checkProjectConfigText(text).map((f) => ({ text: slice(text, f.range), message: f.message.args, fixed: f.fixes?.[0] ? applyEdits(text, f.fixes[0].edits) : undefined }));

  it('reports an unknown key at its range, with the nearest key as a fix', () => {
    const text = 'title: x\njekyll_posts:\n  languges: [fr]\n  translation_key: ref\n';
    const [finding] = checkProjectConfigText(text);
    assert.equal(finding.rule, 'config-invalid');
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(check(text), [{ text: 'languges', message: ['languges', 'languages'], fixed: text.replace('languges', 'languages') }]);
  });

  it('reports an unknown rule id and an unknown severity, each with the nearest valid name', () => {
    const text = 'jekyll_posts:\n  rules:\n    seo-lenght: off\n    key-typo: "warn"\n    tags-format: eror\n';
    assert.deepEqual(check(text), [
      { text: 'seo-lenght', message: ['seo-lenght', 'seo-length'], fixed: text.replace('seo-lenght', 'seo-length') },
      { text: '"warn"', message: ['warn', 'warning'], fixed: text.replace('"warn"', '"warning"') },
      { text: 'eror', message: ['eror', 'error'], fixed: text.replace('eror', 'error') },
    ]);
  });

  it('says so without a fix when nothing is near', () => {
    const text = 'jekyll_posts:\n  zzzzzzzzzz: 1\n';
    assert.deepEqual(check(text), [{ text: 'zzzzzzzzzz', message: ['zzzzzzzzzz'], fixed: undefined }]);
  });

  it('reports values of the wrong shape', () => {
    const text = 'jekyll_posts:\n  languages: fr\n  required_keys: [title, 3]\n  rules: off\n';
    assert.deepEqual(check(text).map((f) => f.text), ['fr', '3', 'off']);
    assert.deepEqual(check('jekyll_posts: [a]\n').map((f) => f.text), ['[a]']);
  });

  it('images: takes folder:, a folder of the site with the post placeholders; anything else is config-invalid', () => {
    assert.deepEqual(checkProjectConfigText('jekyll_posts:\n  images:\n    folder: assets/images/posts/:slug/\n'), []);
    assert.deepEqual(projectConfig(readConfig('jekyll_posts:\n  images:\n    folder: assets/img/:year/\n')).images, { folder: 'assets/img/:year/' });
    assert.deepEqual(check('jekyll_posts:\n  images: assets/img\n').map((f) => f.text), ['assets/img']);
    assert.deepEqual(check('jekyll_posts:\n  images:\n    folder: ../outside/\n').map((f) => f.text), ['../outside/']);
    assert.deepEqual(check('jekyll_posts:\n  images:\n    folder: assets/:lang/\n').map((f) => f.text), ['assets/:lang/']);
    assert.deepEqual(check('jekyll_posts:\n  images:\n    folder: [a]\n').map((f) => f.text), ['[a]']);
    assert.deepEqual(check('jekyll_posts:\n  images:\n    foldr: assets/\n').map((f) => f.text), ['foldr']);
  });

  it('keeps its offsets right after a BOM and on CRLF lines', () => {
    // A comment first: after a mark, a first line holding a setting is all Jekyll reads (configByteOrderMark.test.ts).
    const text = '\ufeff# site\r\ntitle: x\r\njekyll_posts:\r\n  rules:\r\n    key-typ: error\r\n';
    assert.deepEqual(check(text), [{ text: 'key-typ', message: ['key-typ', 'key-typo'], fixed: text.replace('key-typ:', 'key-typo:') }]);
  });

  it('is silent on a valid block, on files without one, and when turned off', () => {
    assert.deepEqual(checkProjectConfigText('jekyll_posts:\n  languages: [fr, en]\n  translation_key: ref\n  required_keys: [title, lang, authors]\n  rules:\n    seo-length: off\n    key-typo: error\n    date-future: Info\n'), []);
    assert.deepEqual(checkProjectConfigText('title: x\n'), []);
    assert.deepEqual(checkProjectConfigText('jekyll_posts:\n  languges: [fr]\n', { severity: 'off' }), []);
  });

  // Jekyll sets TZ to the name as written; an unknown one runs as UTC (conformance sites zone-unknown
  // and zone-wrong-case check the URLs and dates against a real build).
  it('reports a `timezone:` the system does not know, the nearest zone offered but not preferred', () => {
    const text = 'title: x\ntimezone: "europe/paris"\n';
    const [finding] = checkProjectConfigText(text);
    assert.equal(finding.rule, 'config-invalid');
    assert.equal(finding.fixes?.[0].preferred, false);
    assert.deepEqual(check(text), [{ text: '"europe/paris"', message: ['europe/paris', 'Europe/Paris'], fixed: 'title: x\ntimezone: "Europe/Paris"\n' }]);
    assert.deepEqual(check('timezone: Nowhere/Zone\n'), [{ text: 'Nowhere/Zone', message: ['Nowhere/Zone'], fixed: undefined }]);
    assert.deepEqual(check('timezone: Europe/Paris\n'), []);
    assert.deepEqual(check('timezone: US/Pacific\n'), []);
    assert.deepEqual(checkProjectConfigText('timezone: Nowhere/Zone\n', { severity: 'off' }), []);
  });

  it('reads an unknown `timezone:` as UTC, as the C library runs it, and a known one as written', () => {
    assert.equal(readConfig('timezone: Nowhere/Zone\n').timezone, 'UTC');
    assert.equal(readConfig('timezone: europe/paris\n').timezone, 'UTC');
    assert.equal(readConfig('timezone: Asia/Tokyo\n').timezone, 'Asia/Tokyo');
    assert.equal(readConfig('title: x\n').timezone, undefined);
  });

  it('finds the nearest name by prefix or by a few edits', () => {
    assert.equal(nearestName('warn', ['error', 'warning', 'info', 'off']), 'warning');
    assert.equal(nearestName('seo', ['seo-length', 'key-typo']), 'seo-length');
    assert.equal(nearestName('keytypo', ['seo-length', 'key-typo']), 'key-typo');
    assert.equal(nearestName('qqqq', ['seo-length', 'key-typo']), undefined);
  });
});
