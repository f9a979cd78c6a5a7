import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lintDocument } from '../../src/core/lint/lint';
import { Finding } from '../../src/core/lint/types';
import { readConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';
import { applyEdits, slice } from './helpers';
import { DEFAULT_POST, lintCase, SiteCase } from './ruleCases';

// What jekyll 4.3.1 makes of these permalinks (a scratch site, `{{ page.url }}` printed):
//   ":year/x/"  → /2020/x/          "/my  post " → _site/my  post .html
//   é/          → /é/               /My'x'       → /My'x'
//   'It''s/'    → /It's/            //a/         → /a/
//   (empty)     → the site's permalink: /2020/01/06/f.html
//   ":foo/x"    → the build stops: "The URL template doesn't have foo keys. Check your permalink template!"
//   /:count/    → the build stops on another error: "undefined method `empty?' for 25:Integer" (url.rb escape_path)
//   a page with /:foo/ → written to _site/:foo/index.html (a page's placeholders are only replaced, never checked)

const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;

const CAPITALS = 'This permalink has capital letters; URLs are case-sensitive on most servers.';
const SPACES = 'This permalink has spaces; they become `%20` in the URL.';
const NON_ASCII = 'This permalink has characters outside ASCII; they are percent-encoded in the URL.';
const NO_SLASH = 'This permalink does not start with `/`; Jekyll adds it, but templates that print `page.permalink` get it without.';
const DOUBLED = 'This permalink has `//`; Jekyll squeezes it to `/`.';
const UNKNOWN = 'Jekyll has no `:{0}` placeholder and stops the whole build on this permalink.';
const TRAILING = 'Most of the site’s permalinks do not end with `/`; this one does.';

function lint(c: SiteCase): Finding[] {
  return lintCase(c, 'permalink-invalid');
}

/** The one finding with this message, and the text its range covers. */
function one(c: SiteCase, template: string): { finding: Finding; covers: string } {
  const found = lint(c).filter((f) => f.message.template === template);
  assert.equal(found.length, 1, `${template} in ${JSON.stringify(lint(c).map((f) => f.message.template))}`);
  return { finding: found[0], covers: slice(c.text, found[0].range) };
}

function fixed(c: SiteCase, finding: Finding): string {
  return applyEdits(c.text, finding.fixes![0].edits);
}

describe('permalink-invalid: what Jekyll makes of a front matter permalink', () => {
  it('an empty permalink is no text: nothing to say', () => {
    assert.deepEqual(lint({ text: fm('title: A\npermalink:') }), []);
  });

  it('spaces, one inside a quoted value and one after: the fix joins with one hyphen and drops the end', () => {
    const c = { text: fm('title: A\npermalink: "/my  post "') };
    const { finding, covers } = one(c, SPACES);
    assert.equal(covers, ' ');
    assert.equal(finding.range.start, c.text.indexOf('  post'));
    assert.equal(finding.fixes?.[0].preferred, true);
    assert.equal(fixed(c, finding), fm('title: A\npermalink: "/my-post"'));
  });

  it('capitals in a plain value that ends with quotes: the range is the capital itself', () => {
    const c = { text: fm("title: A\npermalink: /My'x'") };
    const { finding, covers } = one(c, CAPITALS);
    assert.equal(covers, 'M');
    assert.equal(finding.range.start, c.text.indexOf("My'x'"));
    assert.equal(fixed(c, finding), fm("title: A\npermalink: /my'x'"));
  });

  it('capitals in a quoted value whose quotes are escaped inside: the range is the whole value', () => {
    const c = { text: fm("title: A\npermalink: 'It''s/'") };
    assert.equal(one(c, CAPITALS).covers, "'It''s/'");
  });

  it('non-ASCII as the first character', () => {
    const c = { text: fm('title: A\npermalink: é/') };
    assert.equal(one(c, NON_ASCII).covers, 'é');
  });

  it('`//` at the start: Jekyll serves /a/', () => {
    const c = { text: fm('title: A\npermalink: //a/') };
    const { finding, covers } = one(c, DOUBLED);
    assert.equal(covers, '//');
    assert.equal(finding.range.start, c.text.indexOf('//a/'));
    assert.equal(fixed(c, finding), fm('title: A\npermalink: /a/'));
  });

  it('a quoted permalink opening with a placeholder needs no leading `/`', () => {
    assert.deepEqual(lint({ text: fm('title: A\npermalink: ":year/x/"') }), []);
  });

  it('an unknown placeholder opening the permalink: an error on `:foo`', () => {
    const c = { text: fm('title: A\npermalink: ":foo/x"') };
    const { finding, covers } = one(c, UNKNOWN);
    assert.equal(finding.severity, 'error');
    assert.equal(covers, ':foo');
    assert.deepEqual(finding.message.args, ['foo']);
  });

  it('`:count`, a method of the URL drop, is no unknown placeholder (Jekyll fails otherwise)', () => {
    assert.deepEqual(lint({ text: fm('title: A\npermalink: /:count/') }).filter((f) => f.message.template === UNKNOWN), []);
  });

  it('a page keeps an unknown placeholder as written: no error', () => {
    assert.deepEqual(lint({ path: 'about.md', text: fm('title: A\npermalink: /:foo/') }), []);
  });

  it('no leading `/`: the fix asks first, since the site’s templates may read the permalink as written', () => {
    const c = { text: fm('title: A\npermalink: a/'), templateKeys: ['permalink'] };
    const { finding } = one(c, NO_SLASH);
    assert.equal(finding.severity, 'info');
    assert.equal(finding.fixes?.[0].askFirst?.template, 'the site’s templates read `permalink` as written');
    assert.equal(fixed(c, finding), fm('title: A\npermalink: /a/'));
  });

  it('no leading `/` in a file linted with no site around it', () => {
    const config = readConfig('title: Test\n');
    const text = fm('title: A\npermalink: a/');
    const findings = lintDocument({ text, document: classifyPath(DEFAULT_POST, config)!, config }, { settings: { now: new Date('2026-11-26T12:00:00Z'), timezone: 'UTC', requiredKeys: [] } });
    assert.deepEqual(findings.filter((f) => f.rule === 'permalink-invalid').map((f) => f.message.template), [NO_SLASH]);
  });

  const NO_SLASH_SITE = {
    '_posts/2015-01-01-a.md': fm('title: A\npermalink: /a'),
    '_posts/2015-01-02-b.md': fm('title: B\npermalink: /b'),
    '_posts/2015-01-03-c.md': fm('title: C\npermalink: /c'),
  };

  it('a trailing `/` where the site’s other permalinks have none', () => {
    const c = { text: fm('title: D\npermalink: /d/'), others: NO_SLASH_SITE };
    const { finding, covers } = one(c, TRAILING);
    assert.equal(covers, '/');
    assert.equal(finding.range.start, c.text.indexOf('/d/') + 2);
    assert.equal(finding.fixes?.[0].title.template, 'Remove the trailing `/`');
    assert.equal(fixed(c, finding), fm('title: D\npermalink: /d'));
  });

  it('two trailing slashes: the fix removes both', () => {
    const c = { text: fm('title: D\npermalink: /d//'), others: NO_SLASH_SITE };
    assert.equal(fixed(c, one(c, TRAILING).finding), fm('title: D\npermalink: /d'));
  });
});
