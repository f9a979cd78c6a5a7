import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lintDocument } from '../../src/core/lint/lint';
import { readConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';
import { applyEdits, slice } from './helpers';
import { DEFAULT_POST, lintCase, SiteCase } from './ruleCases';

// What jekyll 4.3.1 makes of these permalinks (a scratch site under /tmp, `{{ page.url }}` printed):
//   /why-node.js-rocks          → _site/why-node.js-rocks (no .html: `.js-rocks` is its output extension)
//   /e.html                     → _site/e.html
//   /:title:output_ext          → _site/p4.html
//   https://example.com/b/      → /https:/example.com/b/ (_site/https:/example.com/b/index.html)
//   /out/http://example.com/c   → /out/http:/example.com/c (_site/out/http:/example.com/c.html)
//   a page with permalink /     → _site/index.html
const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;
const RULE = 'permalink-invalid';
const ADD = 'Most of the site’s permalinks end with `/`; this one does not.';
const REMOVE = 'Most of the site’s permalinks do not end with `/`; this one does.';
const DOUBLED = 'This permalink has `//`; Jekyll squeezes it to `/`.';

function lint(c: SiteCase): { templates: string[]; covers: string[]; fixed: string[] } {
  const findings = lintCase(c, RULE);
  return {
    templates: findings.map((f) => f.message.template),
    covers: findings.map((f) => slice(c.text, f.range)),
    fixed: findings.map((f) => applyEdits(c.text, f.fixes?.[0]?.edits ?? [])),
  };
}

/** Other posts of the site: `slash` with a permalink ending in `/`, `none` without. */
function site(slash: number, none: number): Record<string, string> {
  const others: Record<string, string> = {};
  for (let i = 0; i < slash; i++) others[`_posts/2015-01-0${i + 1}-s${i}.md`] = fm(`title: S${i}\npermalink: /s${i}/`);
  for (let i = 0; i < none; i++) others[`_posts/2015-02-0${i + 1}-n${i}.md`] = fm(`title: N${i}\npermalink: /n${i}`);
  return others;
}

describe('permalink-invalid: the site’s trailing-slash habit', () => {
  it('three of four others end with `/` (75%): one without is told, and the fix adds it', () => {
    const text = fm('title: A\npermalink: /a');
    assert.deepEqual(lint({ text, others: site(3, 1) }), { templates: [ADD], covers: ['a'], fixed: [fm('title: A\npermalink: /a/')] });
  });
  it('three of four others end without `/` (75%): one with it is told, and the fix removes it', () => {
    const text = fm('title: A\npermalink: /a/');
    assert.deepEqual(lint({ text, others: site(1, 3) }), { templates: [REMOVE], covers: ['/'], fixed: [fm('title: A\npermalink: /a')] });
  });
  it('half and half: nothing either way', () => {
    assert.deepEqual(lint({ text: fm('title: A\npermalink: /a'), others: site(2, 2) }).templates, []);
    assert.deepEqual(lint({ text: fm('title: A\npermalink: /a/'), others: site(2, 2) }).templates, []);
  });
  it('a permalink that follows the habit: nothing', () => {
    assert.deepEqual(lint({ text: fm('title: A\npermalink: /a'), others: site(0, 4) }).templates, []);
    assert.deepEqual(lint({ text: fm('title: A\npermalink: /a/'), others: site(4, 0) }).templates, []);
  });
  it('the home page’s `/` on a site without trailing slashes: nothing (it cannot lose it)', () => {
    assert.deepEqual(lint({ path: 'index.md', text: fm('title: Home\npermalink: /'), others: site(0, 4) }).templates, []);
  });
  it('a permalink with an extension or `:output_ext` names a file: nothing on a site with trailing slashes', () => {
    for (const permalink of ['/e.html', '/:title:output_ext', '/feed.xml']) {
      assert.deepEqual(lint({ text: fm(`title: A\npermalink: ${permalink}`), others: site(4, 0) }).templates, [], permalink);
    }
  });
  it('a dot inside a word is no extension to this rule: `/why-node.js-rocks` (Jekyll writes it with no .html) is told', () => {
    const text = fm('title: A\npermalink: /why-node.js-rocks');
    assert.deepEqual(lint({ text, others: site(4, 0) }), { templates: [ADD], covers: ['s'], fixed: [fm('title: A\npermalink: /why-node.js-rocks/')] });
  });
  it('a file linted with no site around it: no habit to compare with, and no failure', () => {
    const config = readConfig('title: Test\n');
    const text = fm('title: A\npermalink: /a');
    const findings = lintDocument({ text, document: classifyPath(DEFAULT_POST, config)!, config }, { settings: { now: new Date('2026-11-26T12:00:00Z'), timezone: 'UTC', requiredKeys: [] } });
    assert.deepEqual(findings.filter((f) => f.rule === RULE || f.rule === 'internal-error').map((f) => f.rule), []);
  });
});

describe('permalink-invalid: `//`', () => {
  it('a whole URL written as the permalink is not told about its `//` (a single `/` would be no fix)', () => {
    assert.deepEqual(lint({ text: fm('title: A\npermalink: https://example.com/b/') }).templates.filter((t) => t === DOUBLED), []);
  });
  it('`//` after a scheme further in the path is squeezed by Jekyll: told', () => {
    const text = fm('title: A\npermalink: /out/http://example.com/c');
    const found = lintCase({ text }, RULE).filter((f) => f.message.template === DOUBLED);
    assert.deepEqual(found.map((f) => slice(text, f.range)), ['//']);
    assert.equal(applyEdits(text, found[0].fixes![0].edits), fm('title: A\npermalink: /out/http:/example.com/c'));
  });
});
