// Which severity each rule gets when the user's settings, the site's `jekyll_posts: rules:` block and
// a one-off run's overrides (the CLI's `--rule`) meet, over several sites and settings in a row (the
// host keeps the last answer); and the zone dates are read in when nobody names one.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lintDocument, LintOptions } from '../../src/core/lint/lint';
import { Finding } from '../../src/core/lint/types';
import { formatMessage } from '../../src/core/messages';
import { readConfig, SiteConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';

const NOW = new Date('2026-11-26T12:00:00Z');
const POST = '_posts/2014-06-04-a-post.md';
const LONG_TITLE = 'A title that goes on and on well past what search engines show in results';
const TEXT = `---\ntitle: ${LONG_TITLE}\npermalnk: /a/\n---\n\nBody.\n`;

function lint(config: SiteConfig, options: LintOptions = {}, text = TEXT, path = POST): Finding[] {
  return lintDocument({ text, document: classifyPath(path, config)!, config }, { ...options, settings: { now: NOW, timezone: 'UTC', ...options.settings } });
}

const rulesOf = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.rule}:${f.severity}`);

describe('rule severities', () => {
  const plain = readConfig('title: x\n');

  it('a one-off override applies on a site without a rules block', () => {
    assert.deepEqual(rulesOf(lint(plain)), ['seo-length:info', 'key-typo:warning']);
    assert.deepEqual(rulesOf(lint(plain, { overrides: { 'key-typo': 'error' } })), ['seo-length:info', 'key-typo:error']);
    assert.deepEqual(rulesOf(lint(plain, { overrides: { 'seo-length': 'off' } })), ['key-typo:warning']);
    assert.deepEqual(rulesOf(lint(plain, { rules: { 'key-typo': 'info' }, overrides: { 'seo-length': 'warning' } })), ['seo-length:warning', 'key-typo:info']);
  });

  it('each site keeps its own rules block when sites are linted one after the other', () => {
    const quiet = readConfig('jekyll_posts:\n  rules:\n    seo-length: off\n');
    const strict = readConfig('jekyll_posts:\n  rules:\n    key-typo: error\n');
    for (let round = 0; round < 2; round++) {
      assert.deepEqual(rulesOf(lint(quiet)), ['key-typo:warning']);
      assert.deepEqual(rulesOf(lint(strict)), ['seo-length:info', 'key-typo:error']);
    }
  });

  it('a change of the user’s settings or of the overrides is seen on the same site', () => {
    const site = readConfig('jekyll_posts:\n  rules:\n    seo-length: off\n');
    const info = { 'key-typo': 'info' } as const;
    const error = { 'key-typo': 'error' } as const;
    assert.deepEqual(rulesOf(lint(site, { rules: info })), ['key-typo:info']);
    assert.deepEqual(rulesOf(lint(site, { rules: info })), ['key-typo:info']);
    assert.deepEqual(rulesOf(lint(site, { rules: error })), ['key-typo:error']);
    assert.deepEqual(rulesOf(lint(site, { overrides: info })), ['key-typo:info']);
    assert.deepEqual(rulesOf(lint(site, { overrides: info })), ['key-typo:info']);
    assert.deepEqual(rulesOf(lint(site, { overrides: error })), ['key-typo:error']);
    assert.deepEqual(rulesOf(lint(site, { overrides: { 'key-typo': 'off' } })), []);
  });
});

describe('the zone dates are read in', () => {
  // Jekyll 4.3.1 with TZ=UTC and no `timezone:` builds this post at /2024/01/02/a.html.
  const text = '---\ntitle: A\ndate: 2024-01-01 23:30:00 -0500\n---\nBody\n';

  it('is UTC when neither the site nor the host names one', () => {
    const config = readConfig('title: s\n');
    const findings = lintDocument({ text, document: classifyPath('_posts/2024-01-01-a.md', config)!, config }, { settings: { now: NOW } });
    const at = text.indexOf('2024-01-01 23');
    assert.deepEqual(
      findings.map((f) => [f.rule, f.severity, f.range.start, f.range.end, formatMessage(f.message)]),
      [['date-filename-mismatch', 'warning', at, at + '2024-01-01 23:30:00 -0500'.length, 'This date falls on 2024-01-02 (UTC), but the file name says 2024-01-01: Jekyll uses the front matter date.']],
    );
  });
});
