// What findLinks, readTarget, resolveRelative and bodyAnchors read out of a post's Markdown: the
// links users see checked (link-broken, image-missing, post-url-broken) and the #fragment targets.
// Every "is a link / is code / href / id" expectation below was checked against a real `jekyll
// build` (4.3.1, kramdown 2.4) of the same Markdown: the href or id kramdown wrote is the one named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bodyAnchors, findLinks, mayLinkToSite, readTarget, resolveRelative } from '../../src/core/site/links';

const FM = '---\ntitle: t\n---\n';

/** The links of a body as [written target, syntax, image, alt, whole construct], checking the ranges. */
function found(body: string): Array<[string, string, boolean, string | undefined, string]> {
  const text = FM + body;
  return findLinks(text, FM.length).map((l) => {
    assert.equal(text.slice(l.start, l.end), l.written, `range of ${l.written}`);
    return [l.written, l.syntax, l.image, l.alt, text.slice(l.whole.start, l.whole.end)];
  });
}

test('Markdown inline links: the target kramdown links to, and where it is written', () => {
  const cases: Array<[string, Array<[string, string, boolean, string | undefined, string]>]> = [
    ['P [a [bc] d](/nested/ "t") end', [['/nested/', 'markdown', false, undefined, '[a [bc] d](/nested/ "t")']]],
    ['[e](</with space/>)', [['/with space/', 'markdown', false, undefined, '[e](</with space/>)']]],
    ['[f](/p(12)/x)', [['/p(12)/x', 'markdown', false, undefined, '[f](/p(12)/x)']]],
    ["[g](/sq 'single title')", [['/sq', 'markdown', false, undefined, "[g](/sq 'single title')"]]],
    ['[h](/two  "t")', [['/two', 'markdown', false, undefined, '[h](/two  "t")']]],
    ['[j](/sp "t" )', [['/sp', 'markdown', false, undefined, '[j](/sp "t" )']]],
    ['[l](  /lead/)', [['/lead/', 'markdown', false, undefined, '[l](  /lead/)']]],
    ['[see (this)](/t/) ![a (b)](/i.png)', [['/t/', 'markdown', false, undefined, '[see (this)](/t/)'], ['/i.png', 'markdown', true, 'a (b)', '![a (b)](/i.png)']]],
    ['![an image](/img.png)', [['/img.png', 'markdown', true, 'an image', '![an image](/img.png)']]],
    ['![](<b c.png>)', [['b c.png', 'markdown', true, '', '![](<b c.png>)']]],
    ['[k]({% link _posts/2020-01-01-p.md %})', [['{% link _posts/2020-01-01-p.md %}', 'markdown', false, undefined, '[k]({% link _posts/2020-01-01-p.md %})']]],
    ['[m]({{ site.baseurl }}/bu/)', [['{{ site.baseurl }}/bu/', 'markdown', false, undefined, '[m]({{ site.baseurl }}/bu/)']]],
  ];
  for (const [body, expected] of cases) assert.deepEqual(found(body), expected, body);
});

test('kramdown has no (parenthesised) link titles: [i](/pt (paren title)) does not link to /pt', () => {
  // Jekyll writes href="/pt (paren title)"; reading /pt out of it would check the wrong page.
  assert.deepEqual(found('[i](/pt (paren title))').map((l) => l[0]).filter((w) => w === '/pt'), []);
});

test('reference definitions: at most 3 spaces of indent, a space after the colon optional', () => {
  const body = '[ref1]:/nospace/\n   [ref2]: /indented/\nsee [ref3]: /notref/\n[ref4]: </ref four/>\n[ref5]: {% link _posts/2020-01-01-p.md %}\n';
  assert.deepEqual(found(body), [
    ['/nospace/', 'reference', false, undefined, '[ref1]:/nospace/'],
    ['/indented/', 'reference', false, undefined, '   [ref2]: /indented/'],
    ['/ref four/', 'reference', false, undefined, '[ref4]: </ref four/>'],
    ['{% link _posts/2020-01-01-p.md %}', 'reference', false, undefined, '[ref5]: {% link _posts/2020-01-01-p.md %}'],
  ]);
});

test('HTML href and src, spaces around =, single quotes, alt in every form; all links in text order', () => {
  const body = '<a href = "/spaced/">x</a> [md](/md/) <a href=\'/single/\' class="c">y</a> <img src="/i.png" alt = "two words"> <img src="/j.png" alt=bare> <IMG SRC="/k.png" ALT=\'sq alt\'> <img src="/n.png">';
  assert.deepEqual(found(body), [
    ['/spaced/', 'html', false, undefined, '<a href = "/spaced/">'],
    ['/md/', 'markdown', false, undefined, '[md](/md/)'],
    ['/single/', 'html', false, undefined, '<a href=\'/single/\' class="c">'],
    ['/i.png', 'html', true, 'two words', '<img src="/i.png" alt = "two words">'],
    ['/j.png', 'html', true, 'bare', '<img src="/j.png" alt=bare>'],
    ['/k.png', 'html', true, 'sq alt', "<IMG SRC=\"/k.png\" ALT='sq alt'>"],
    ['/n.png', 'html', true, undefined, '<img src="/n.png">'],
  ]);
});

test('code is not linked: fences, indented code, inline code, highlight, comments (links around them are)', () => {
  const body = [
    '{%highlight ruby%}\n[hl](/hl/)\n{%endhighlight%}',
    '{% comment %}[cm](/cm/){% endcomment %} <!-- [hc](/hc/) -->',
    '```\n[bt](/bt/)\n```',
    '`a` then [l1](/l1/)',
    '~ [t](/t/)',
    '~~~ruby\n[in1](/in1/)\n~~~',
    '~~~\nx ~~~\n[in2](/in2/)\n~~~ \n[after](/after/)',
    '    x [ic](/ic/)\n    y [ic2](/ic2/)',
    '``a`b`` [l2](/l2/) `c`',
    '`see [x](/x/) here`',
    '    x [e](/e/)',
  ].join('\n\n');
  assert.deepEqual(found(body).map((l) => l[0]), ['/l1/', '/t/', '/after/', '/l2/']);
  // Indented code at the very start of the body, and a ~~~ fence alone (no backticks anywhere).
  assert.deepEqual(found('    x [s](/s/)\n\n[y](/y/)'), [['/y/', 'markdown', false, undefined, '[y](/y/)']]);
  assert.deepEqual(found('~~~\n[z](/z/)\n~~~\n\n[w](/w/)').map((l) => l[0]), ['/w/']);
  // A fence never closed is no fence for kramdown: its lines are a paragraph, links and all.
  assert.deepEqual(found('Text.\n\n~~~\n[open](/open/)\n').map((l) => l[0]), ['/open/']);
  // A fence opens only at a line's start and closes only on a line of fence characters; one space of indent is no code.
  assert.deepEqual(found(' [sp](/sp/)\n\nx ~~~ y\n[f1](/f1/)\n\n~~~\n~~~x\n[in](/in/)\n~~~\n\n    code').map((l) => l[0]), ['/sp/', '/f1/']);
});

test('mayLinkToSite: only links and references that may name a page of the site', () => {
  const cases: Array<[string, boolean]> = [
    ['[a](https://x.org/) [b](http://x.org/) [c](mailto:a@b.c)', false],
    ['[a](<https://x.org/>) [b](  http://x.org/)', false],
    ['[a](/page/)', true],
    ['[a]( <x.html>)', true],
    ['[a](  /x/)', true],
    ['   [rr]: /x/', true],
    ['    [rr]: /x/', false],
    ['[a]', false],
    ['<a href = "/x/">', true],
    ['<a href= https://x.org/>', false],
    ['<a href="https://x.org/">', false],
    ["<a href='mailto:a@b.c'>", false],
    ['<a href="/x/">', true],
    ['<a src=\'/x/\'>', true],
    ['x<a href="http://x">', false],
  ];
  for (const [body, expected] of cases) assert.equal(mayLinkToSite(FM + body, FM.length), expected, body);
});

test('readTarget: the site path a target names, with the Liquid that makes it', () => {
  const cases: Array<[string, unknown]> = [
    ['{{site.baseurl}}/x/', { kind: 'site', style: 'baseurl', path: '/x/', relative: false, fragment: undefined }],
    ['{{- site.baseurl -}}/x/', { kind: 'site', style: 'baseurl', path: '/x/', relative: false, fragment: undefined }],
    ['a{{ site.baseurl }}/y', { kind: 'tag' }],
    ['/a/{{ site.url }}', { kind: 'tag' }],
    ["{{'/x/'|relative_url}}", { kind: 'site', style: 'relative_url', path: '/x/', relative: false, fragment: undefined }],
    ["x{{ '/a' | relative_url }}", { kind: 'tag' }],
    ['{{ "x" | absolute_url }}#f', { kind: 'site', style: 'absolute_url', path: '/x', relative: false, fragment: 'f' }],
    ['{{ site.url }}/p/', { kind: 'site', style: 'site_url', path: '/p/', relative: false, fragment: undefined }],
    ['{{ site.url }}{{ site.baseurl }}/p/', { kind: 'site', style: 'baseurl', path: '/p/', relative: false, fragment: undefined }],
    ['{{ site.url }}p', { kind: 'unknown' }],
    ['/a/{{ page.x }}', { kind: 'tag' }],
    ['{% link a.md %}', { kind: 'tag' }],
    ['https://x.org/', { kind: 'external' }],
    ['mailto:a@b.c', { kind: 'external' }],
    ['//cdn.x/a', { kind: 'external' }],
    ['/a/b:c', { kind: 'site', style: 'plain', path: '/a/b:c', relative: false, fragment: undefined }],
    [' /x/ ', { kind: 'site', style: 'plain', path: '/x/', relative: false, fragment: undefined }],
    ['/p/?q=1#frag', { kind: 'site', style: 'plain', path: '/p/', relative: false, fragment: 'frag' }],
    ['#top', { kind: 'site', style: 'plain', path: '', relative: false, fragment: 'top' }],
    ['', { kind: 'unknown' }],
    ['?q=1', { kind: 'unknown' }],
    ['sub/page.html', { kind: 'site', style: 'plain', path: 'sub/page.html', relative: true, fragment: undefined }],
  ];
  for (const [written, expected] of cases) assert.deepEqual(readTarget(written), expected, written);
});

test('resolveRelative: as a browser resolves a relative href against the page URL', () => {
  const cases: Array<[string, string, string]> = [
    ['/a/b/', 'c', '/a/b/c'],
    ['/a/b/', 'c/', '/a/b/c/'],
    ['/a/b.html', 'c.html', '/a/c.html'],
    ['/a/b/', '.', '/a/b/'],
    ['/a/b/', './', '/a/b/'],
    ['/a/b/', '..', '/a/'],
    ['/a/b/', 'x/.', '/a/b/x/'],
    ['/a/b/', 'x/..', '/a/b/'],
    ['/a/', '../../..', '/'],
    ['/a/', '../../x', '/x'],
    ['/a/b/', '../c', '/a/c'],
  ];
  for (const [base, relative, expected] of cases) assert.equal(resolveRelative(base, relative), expected, `${base} + ${relative}`);
});

test('bodyAnchors: the ids kramdown gives headings, block attribute lists and HTML elements', () => {
  const body = [
    '## Title ##',
    '## A # B',
    '## Title  ##',
    '## Link [the docs](/d/) now',
    '## <em>Big</em> deal',
    '## snake_case and *bold*',
    '## Curly {#my-id}',
    '## Colon {: #colon-id}',
    '## Klass {#kid .cls}',
    '## Mid {#x} more',
    '##  Two spaces',
    'Setext two\n--',
    'Setext trail\n===  ',
    'Trail spaces \n===',
    '- a\n- b\n---',
    '1. num\n---',
    'x - y\n---',
    '10. ten\n---',
    '-  two\n---',
    'a ## b',
    '   \n---',
    'Para\nx ===',
    'Para2\n--- x',
    'Para one.\n{:#ab .cls}',
    'Para two.\n{: #cd}',
    'Para three.\n{: #ef}  ',
    'Para four.\n{: #gh} tail',
    '<div id = "z">q</div>',
    'Para five.\n{: #ij}',
  ].join('\n\n');
  const text = FM + body;
  const anchors = bodyAnchors(text, FM.length);
  assert.deepEqual(anchors.map((a) => [a.id, a.text]), [
    ['title', 'Title'],
    ['a--b', 'A # B'],
    ['title-1', 'Title'],
    ['link-the-docs-now', 'Link [the docs](/d/) now'],
    ['big-deal', '<em>Big</em> deal'],
    ['snake_case-and-bold', 'snake_case and *bold*'],
    ['my-id', 'Curly'],
    ['colon--colon-id', 'Colon {: #colon-id}'],
    ['klass-kid-cls', 'Klass {#kid .cls}'],
    ['mid-x-more', 'Mid {#x} more'],
    ['two-spaces', 'Two spaces'],
    ['setext-two', 'Setext two'],
    ['setext-trail', 'Setext trail'],
    ['trail-spaces', 'Trail spaces'],
    ['b', 'b'],
    ['num', 'num'],
    ['x---y', 'x - y'],
    ['ten', 'ten'],
    ['two', 'two'],
    ['ab', undefined],
    ['cd', undefined],
    ['ef', undefined],
    ['ij', undefined],
    ['z', undefined],
  ]);
  for (const a of anchors) {
    const at = text.slice(a.offset);
    assert.ok(a.text === undefined ? /^(\{:|\s(id|name))/.test(at) : at.includes(a.text.split('\n')[0]), `offset of ${a.id}`);
  }
  assert.equal(anchors.find((a) => a.id === 'z')!.offset, text.indexOf(' id = "z"'));
  assert.equal(anchors.find((a) => a.id === 'num')!.offset, text.indexOf('1. num'));
});
