/**
 * `{% post_url %}` searches the posts the build writes (site.posts), so naming a post with a future
 * date or with `published` false or nil stops the build. jekyll build 4.3.1 of a site holding
 * _posts/2030-01-01-future.md, _posts/2019-01-01-nilpub.md (`published: ~`), _posts/2019-02-01-nopub.md
 * (`published: no`) and a post with `{% post_url 2030-01-01-future %}`: "Skipping: ... has a future
 * date", then "Liquid Exception: Could not find post "2030-01-01-future" in tag 'post_url'", and the
 * same error for `2019-01-01-nilpub`. With `future: true` and `unpublished: true`, the build goes on.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatMessage } from '../../src/core/messages';
import { lintCase } from './ruleCases';

const OTHERS = {
  '_posts/2030-01-01-future.md': '---\ntitle: Future\n---\nF\n',
  '_posts/2019-01-01-nilpub.md': '---\ntitle: NilPub\npublished: ~\n---\nN\n',
  '_posts/2019-02-01-nopub.md': '---\ntitle: NoPub\npublished: no\n---\nN\n',
  '_posts/2019-03-01-strpub.md': '---\ntitle: StrPub\npublished: "false"\n---\nN\n',
  '_posts/2019-04-01-bad-date.md': '---\ntitle: Bad\ndate: 2019-13-45\n---\nN\n',
};
const TEXT = '---\ntitle: Now\n---\n{% post_url 2030-01-01-future %} {% post_url 2019-01-01-nilpub %} {% post_url 2019-02-01-nopub %} {% post_url 2019-03-01-strpub %} {% post_url 2019-04-01-bad-date %}\n';

function seen(config: string): string[] {
  return lintCase({ path: '_posts/2020-01-01-now.md', text: TEXT, others: OTHERS, config, now: '2026-12-06T03:00:00Z' }, 'post-url-broken').map(
    (f) => `${TEXT.slice(f.range.start, f.range.end)}: ${formatMessage(f.message)}${f.fixes?.length ? ' (with fixes)' : ''}`,
  );
}

test('post_url naming a post with a future date, or published false or nil, stops the build: reported, with no fix', () => {
  assert.deepEqual(seen('title: T\n'), [
    '2030-01-01-future: The post `2030-01-01-future` has a future date, so Jekyll does not build it yet: `{% post_url %}` stops the whole build until then.',
    '2019-01-01-nilpub: The post `2019-01-01-nilpub` is not published (its `published` is false or empty): `{% post_url %}` stops the whole build.',
    '2019-02-01-nopub: The post `2019-02-01-nopub` is not published (its `published` is false or empty): `{% post_url %}` stops the whole build.',
  ]);
});

test('with future: and unpublished: in _config.yml, the build finds them all', () => {
  assert.deepEqual(seen('title: T\nfuture: true\nunpublished: true\n'), []);
});

test('a post dated at the very second of the build is not in the future (Jekyll: date.to_i > site.time.to_i): only its published: false is named', () => {
  const text = '---\ntitle: Now\n---\n{% post_url 2026-12-06-same-second %}\n';
  const others = { '_posts/2026-12-06-same-second.md': "---\ntitle: S\ndate: '2026-12-06 03:00:00 +0000'\npublished: false\n---\nS\n" };
  const found = lintCase({ path: '_posts/2020-01-01-now.md', text, others, now: '2026-12-06T03:00:00Z' }, 'post-url-broken');
  assert.deepEqual(found.map((f) => formatMessage(f.message)), ['The post `2026-12-06-same-second` is not published (its `published` is false or empty): `{% post_url %}` stops the whole build.']);
});

test('a post whose date has passed since the site index read it is built now: nothing said (the index judged it future)', () => {
  const text = '---\ntitle: Now\n---\n{% post_url 2030-01-01-future %} {% post_url 2019-01-01-nilpub %}\n';
  const found = lintCase({ path: '_posts/2020-01-01-now.md', text, others: OTHERS, indexedAt: '2029-12-31T12:00:00Z', now: '2030-01-02T12:00:00Z' }, 'post-url-broken');
  assert.deepEqual(found.map((f) => formatMessage(f.message)), ['The post `2019-01-01-nilpub` is not published (its `published` is false or empty): `{% post_url %}` stops the whole build.']);
});
