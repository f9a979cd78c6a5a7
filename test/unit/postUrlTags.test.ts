/**
 * `{% post_url %}` and `{% link %}` tags naming nothing: what the finding says, where, and the file
 * after its fix. Every "Jekyll builds" / "Jekyll stops" below was checked with jekyll 4.3.1 on a
 * scratch site holding the same files (`_posts/2015-01-02-b.md`, `_posts/fr/2015-01-05-e.md`,
 * `_posts/a.b/2015-01-06-dot.md`, `_posts/2015-01-03-v1.2.md`, a page `2015-01-02-c.md`, `about.md`,
 * `assets/x.png`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Finding } from '../../src/core/lint/types';
import { postUrlMatches, postUrlName } from '../../src/core/lint/rules/postUrlBroken';
import { lintCase } from './ruleCases';

const fm = (body: string): string => `---\ntitle: T\n---\n${body}\n`;
const OTHERS = {
  '_posts/2015-01-02-b.md': '---\ntitle: B\n---\nb\n',
  '_posts/fr/2015-01-05-e.md': '---\ntitle: E\n---\ne\n',
  '_posts/a.b/2015-01-06-dot.md': '---\ntitle: D\n---\nd\n',
  '_posts/2015-01-03-v1.2.md': '---\ntitle: V\n---\nv\n',
  '2015-01-02-c.md': '---\ntitle: C\n---\nc\n',
  'about.md': '---\ntitle: A\n---\na\n',
};
const FILES = ['assets/x.png'];

function lint(body: string): { text: string; findings: Finding[] } {
  const text = fm(body);
  return { text, findings: lintCase({ text, others: OTHERS, files: FILES }, 'post-url-broken') };
}

/** What a user sees of each finding: the text it covers, its message arguments, its fixes (value, preferred). */
function seen(body: string): { at: string; args: unknown[]; fixes: [string, boolean][] }[] {
  const { text, findings } = lint(body);
  return findings.map((f) => ({
    at: text.slice(f.range.start, f.range.end),
    args: [...f.message.args],
    fixes: (f.fixes ?? []).map((x) => {
      assert.equal(x.edits.length, 1);
      assert.deepEqual(x.edits[0].range, f.range);
      return [x.edits[0].newText, x.preferred ?? false] as [string, boolean];
    }),
  }));
}

test('post_url tags Jekyll 4.3.1 builds: no finding', () => {
  for (const body of [
    '{%post_url 2015-01-02-b%}',
    '{%  post_url  2015-01-02-b  %}',
    '{% post_url /2015-01-02-b %}',
    '{% post_url fr/2015-01-05-e %}',
    '{% post_url a.b/2015-01-06-dot %}',
    '{% post_url 2015-01-03-v1.2 %}',
    // Jekyll's fallback (deprecated) match by date and slug whatever the folder: a deprecation warning, the build goes on.
    '{% post_url 2015-01-05-e %}',
    '{% post_url zz/2015-01-02-b %}',
    // Inside raw or comment, a name of the right form is never looked up.
    '{%raw%}{% post_url 2015-01-02-bb %}{%endraw%}',
    '{% raw %} {% post_url 2015-01-02-bb %} {% endraw %}',
    '{%comment%}{% post_url 2015-01-02-bb %}{% link nope.md %}{%endcomment%}',
    '{% comment %} {% post_url 2015-01-02-bb %} {% endcomment %}',
  ]) {
    assert.deepEqual(seen(body), [], body);
  }
});

test('post_url naming no post: the name, one suggestion preferred, two suggestions neither preferred', () => {
  // Jekyll: Could not find post "2015-01-02-bb" in tag 'post_url'.
  assert.deepEqual(seen('{%post_url 2015-01-02-bb%}'), [{ at: '2015-01-02-bb', args: ['2015-01-02-bb'], fixes: [['2015-01-02-b', true]] }]);
  // The tag's spacing does not move the range; a raw block before it does not either.
  assert.deepEqual(seen('{% raw %}{{ x }}{% endraw %} {%  post_url  2015-01-02-bb  %}'), [{ at: '2015-01-02-bb', args: ['2015-01-02-bb'], fixes: [['2015-01-02-b', true]] }]);
  assert.deepEqual(seen('{% comment %} a {% endcomment %} {%post_url 2015-01-02-bb%}'), [{ at: '2015-01-02-bb', args: ['2015-01-02-bb'], fixes: [['2015-01-02-b', true]] }]);
  // A page named like a post is no post (Jekyll: Could not find post "2015-01-02-c").
  assert.deepEqual(seen('{% post_url 2015-01-02-c %}'), [{ at: '2015-01-02-c', args: ['2015-01-02-c'], fixes: [['2015-01-02-b', true]] }]);
  // post_url does not render Liquid: Jekyll 4.3.1 stops with "Could not parse name of post \"{{ page.x }}\"".
  assert.deepEqual(seen('{% post_url {{ page.x }} %}'), [{ at: '{{ page.x }}', args: ['{{ page.x }}'], fixes: [] }]);
  // Two posts as near: both offered, none applied by "fix all".
  assert.deepEqual(seen('{% post_url r/2015-01-05-b %}'), [{ at: 'r/2015-01-05-b', args: ['r/2015-01-05-b'], fixes: [['fr/2015-01-05-e', false], ['2015-01-02-b', false]] }]);
  // The distance allowed grows with the name: four edits on a 16-character name still suggest; a name far from all gets nothing.
  assert.deepEqual(seen('{% post_url 2015-01-02-bxxxx %}'), [{ at: '2015-01-02-bxxxx', args: ['2015-01-02-bxxxx'], fixes: [['2015-01-02-b', true]] }]);
  assert.deepEqual(seen('{% post_url 1999-12-31-nothing-alike-at-all %}'), [{ at: '1999-12-31-nothing-alike-at-all', args: ['1999-12-31-nothing-alike-at-all'], fixes: [] }]);
});

test('link naming no file: leading slash on a static file builds; the nearest file is offered', () => {
  // Jekyll builds all four.
  for (const body of ['{% link about.md %}', '{% link assets/x.png %}', '{% link /assets/x.png %}', '{% link _posts/2015-01-02-b.md %}']) assert.deepEqual(seen(body), [], body);
  // Jekyll: Could not find document 'abot.md' in tag 'link'.
  assert.deepEqual(seen('{%link abot.md%}'), [{ at: 'abot.md', args: ['abot.md'], fixes: [['about.md', true]] }]);
  // Jekyll renders Liquid in a link's argument: builds.
  assert.deepEqual(seen('{% link {{ page.x }} %}'), []);
  // The range is the argument, not the tag name it repeats (Jekyll: Could not find document 'link').
  const { text, findings } = lint('{% link link %}');
  assert.deepEqual(findings.map((f) => f.range.start), [text.indexOf('link %}')]);
  // Jekyll: Could not find document '/about.md' in tag 'link' (a page's relative path has no leading slash; a static file's has).
  assert.deepEqual(seen('{% link /about.md %}'), [{ at: '/about.md', args: ['/about.md'], fixes: [['about.md', true]] }]);
  assert.deepEqual(seen('{% link /_posts/2015-01-02-b.md %}'), [{ at: '/_posts/2015-01-02-b.md', args: ['/_posts/2015-01-02-b.md'], fixes: [['_posts/2015-01-02-b.md', true]] }]);
  assert.deepEqual(seen('{% link assets/nothing-alike-at-all.gif %}'), [{ at: 'assets/nothing-alike-at-all.gif', args: ['assets/nothing-alike-at-all.gif'], fixes: [] }]);
  assert.deepEqual(seen('{% link assets/xxxxx.png %}'), [{ at: 'assets/xxxxx.png', args: ['assets/xxxxx.png'], fixes: [['assets/x.png', true]] }]);
});

test('postUrlMatches is Jekyll\'s exact match (folder, date, slug); postUrlName is the name that matches', () => {
  const cases: [string, string, boolean][] = [
    ['2015-01-02-b', '_posts/2015-01-02-b.md', true],
    ['/2015-01-02-b', '_posts/2015-01-02-b.md', true],
    ['2015-01-02-bravo', '_posts/2015-01-02-bravo.md', true],
    ['fr/2015-01-05-e', '_posts/fr/2015-01-05-e.md', true],
    ['fr/2015-01-05-e', 'fr/_posts/2015-01-05-e.md', true],
    ['a.b/2015-01-06-dot', '_posts/a.b/2015-01-06-dot.md', true],
    ['2015-01-03-v1.2', '_posts/2015-01-03-v1.2.md', true],
    ['2015-01-03-v1x2', '_posts/2015-01-03-v1.2.md', false],
    ['2015-01-05-e', '_posts/fr/2015-01-05-e.md', false],
    ['zz/2015-01-02-b', '_posts/2015-01-02-b.md', false],
    ['2015-01-02-b', '_posts/2015-01-02-bb.md', false],
    ['nope', '_posts/nope.md', false],
  ];
  for (const [name, path, expected] of cases) assert.equal(postUrlMatches(name, path), expected, `${name} ${path}`);
  assert.equal(postUrlName('_posts/fr/2015-01-05-e.md'), 'fr/2015-01-05-e');
  assert.equal(postUrlName('en/_posts/2015-01-02-b.md'), 'en/2015-01-02-b');
  assert.equal(postUrlName('_posts/2015-01-03-v1.2.md'), '2015-01-03-v1.2');
});
