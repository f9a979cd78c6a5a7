// The link rules on test/fixtures/links (a site with `baseurl: /blog` and links of every form,
// sound and broken). Which targets real Jekyll's output serves is checked by the conformance run
// (test/conformance/siteMap.mjs, checkLinksFixture): the "Broken links" list is exactly what it
// finds broken, and this test holds the linter to reporting exactly those.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintPaths } from '../../src/cli/lintCommand';
import { syncNodeFileSystem } from '../../src/cli/nodeFs';
import { decodeForRules } from '../../src/core/lint/lint';
import { allRules } from '../../src/core/lint/rules';
import { formatMessage } from '../../src/core/messages';
import { findLinks, gfmId, headingIds, readTarget, resolveRelative } from '../../src/core/site/links';
import { LineIndex } from '../../src/core/text';
import { applyEdits } from './helpers';

const site = join(__dirname, '../../../test/fixtures/links');
const post = '_posts/2020-02-01-links.md';
const settings = { now: new Date('2026-11-26T12:00:00Z'), timezone: 'UTC' };
const LINK_RULES = new Set(['link-broken', 'link-baseurl-missing', 'image-missing', 'image-alt-missing']);

async function lintFixture() {
  const [result] = await lintPaths(syncNodeFileSystem, [site], site, { settings });
  return result.files;
}

test('the links fixture: exactly the broken links, images and missing alternative texts are reported, where they are written', async () => {
  const files = await lintFixture();
  const text = readFileSync(join(site, post), 'utf8');
  const lines = new LineIndex(text);
  const found = files.flatMap((f) =>
    f.findings.filter((x) => LINK_RULES.has(x.rule)).map((x) => {
      const p = lines.positionAt(x.range.start);
      return `${f.file}:${p.line + 1}:${p.character + 1} ${x.rule}`;
    }),
  );
  assert.deepEqual(found, [
    `${post}:5:8 image-missing`, // image: /assets/img/absent.png
    `${post}:33:3 image-alt-missing`, // ![](/blog/assets/img/photo.png)
    `${post}:37:10 link-broken`, // {{ site.baseurl }}/2020/01/01/targte/
    `${post}:38:23 link-broken`, // {{ '/abuot/' | relative_url }}
    `${post}:39:21 link-baseurl-missing`, // /about/
    `${post}:40:12 link-baseurl-missing`, // <a href="/fr/cible/">
    `${post}:41:25 link-broken`, // ../../../../2020/01/01/nothing/
    `${post}:43:21 link-broken`, // #no-such-heading
    `${post}:44:30 link-baseurl-missing`, // {{ site.url }}/about/
    `${post}:45:14 image-missing`, // ![Missing](.../missing.png)
    `${post}:46:3 image-alt-missing`, // <img src=".../nope.jpg">
    `${post}:46:13 image-missing`,
    `${post}:47:12 link-broken`, // /docs/guide.html: the page is served at /docs/guide/ (permalink: pretty)
    `${post}:48:18 link-broken`, // {% raw %}[raw](/nothing/){% endraw %}: still a Markdown link
    `${post}:57:12 link-broken`, // [nowhere]: {{ site.baseurl }}/fr/nulle-part/
  ]);
  // Every line of the "Broken links" list has its finding.
  const brokenList = text.split('\n').map((l, i) => [l, i + 1] as const).filter(([l, i]) => i > text.split('\n').indexOf('Broken links:') && l.startsWith('- '));
  for (const [, line] of brokenList) {
    if (line === 42) continue; // [reference broken][nowhere]: reported on its definition, line 57
    assert.ok(found.some((f) => f.startsWith(`${post}:${line}:`)), `line ${line}`);
  }
});

test('link fixes: the nearest URL in the link own style and {% post_url %}, never preferred; relative_url for a link without baseurl', async () => {
  const files = await lintFixture();
  const file = files.find((f) => f.file === post)!;
  const text = readFileSync(join(site, post), 'utf8');
  const at = (rule: string, written: string) => file.findings.find((x) => x.rule === rule && text.slice(x.range.start, x.range.end) === written)!;
  const typo = at('link-broken', '{{ site.baseurl }}/2020/01/01/targte/');
  assert.equal(formatMessage(typo.message), 'The site serves nothing at `/blog/2020/01/01/targte/`: this link is broken.');
  const replacements = (typo.fixes ?? []).map((f) => applyEdits(text, f.edits).slice(typo.range.start).split(')')[0]);
  assert.deepEqual(replacements.slice(0, 2), ['{{ site.baseurl }}/2020/01/01/target/', '{% post_url 2020-01-01-target %}']);
  assert.ok((typo.fixes ?? []).every((f) => !f.preferred));
  const page = at('link-broken', "{{ '/abuot/' | relative_url }}");
  assert.equal(applyEdits(text, page.fixes![0].edits).slice(page.range.start).split(')')[0], "{{ '/about/' | relative_url }}");
  assert.equal(applyEdits(text, page.fixes![1].edits).slice(page.range.start).split(')')[0], '{% link about.md %}');
  const missing = at('link-baseurl-missing', '/about/');
  assert.equal(applyEdits(text, missing.fixes![0].edits).slice(missing.range.start).split(')')[0], "{{ '/about/' | relative_url }}");
  assert.equal(missing.fixes![0].preferred, false);
  const absolute = at('link-baseurl-missing', '{{ site.url }}/about/');
  assert.equal(applyEdits(text, absolute.fixes![0].edits).slice(absolute.range.start).split(')')[0], "{{ '/about/' | absolute_url }}");
});

test('the link rules read a body only when it holds a link marker', () => {
  const rules = allRules.filter((r) => LINK_RULES.has(r.id));
  const enc = new TextEncoder();
  const plain = decodeForRules(enc.encode('---\ntitle: x\n---\nNo link here, only text.\n'), rules, isUtf8);
  assert.ok(plain.ok && plain.frontMatterOnly);
  for (const body of ['[a](/x/)', '[a]: /x/', '<a href="/x/">', '<img src="/x.png">']) {
    const decoded = decodeForRules(enc.encode(`---\ntitle: x\n---\n${body}\n`), rules, isUtf8);
    assert.ok(decoded.ok && !decoded.frontMatterOnly, body);
  }
});

test('links are found with their exact target ranges, code left out', () => {
  const text = "---\nt: 1\n---\n[a]({{ '/x/' | relative_url }} \"title\") `[b](/c/)`\n\n    [d](/e/)\n\n[ref]: <{{ site.baseurl }}/r/>\n<img alt='' src=\"/i.png\">\n";
  const links = findLinks(text, 12);
  assert.deepEqual(links.map((l) => [l.written, text.slice(l.start, l.end), l.syntax, l.image]), [
    ["{{ '/x/' | relative_url }}", "{{ '/x/' | relative_url }}", 'markdown', false],
    ['{{ site.baseurl }}/r/', '{{ site.baseurl }}/r/', 'reference', false],
    ['/i.png', '/i.png', 'html', true],
  ]);
  assert.deepEqual(readTarget("{{ '/x/#y' | relative_url }}"), { kind: 'site', style: 'relative_url', path: '/x/', relative: false, fragment: 'y' });
  assert.deepEqual(readTarget('{{site.url}}{{site.baseurl}}/a/?q=1'), { kind: 'site', style: 'baseurl', path: '/a/', relative: false, fragment: undefined });
  assert.equal(readTarget('https://example.com/').kind, 'external');
  assert.equal(readTarget('//cdn.example.com/x.js').kind, 'external');
  assert.equal(resolveRelative('/2020/02/01/links/', '../../../../2020/01/01/target/'), '/2020/01/01/target/');
  assert.equal(resolveRelative('/a/b.html', 'c.html'), '/a/c.html');
});

test("kramdown's GFM heading ids (as Jekyll 4.3.1 wrote them for the fixture and the seed)", () => {
  // `## Été 2020 : news !` became id="été-2020--news-" in the fixture's _site (conformance builds it).
  assert.equal(gfmId('Été 2020 : news !'), 'été-2020--news-');
  assert.equal(gfmId('Why use `json-server`?'), 'why-use-json-server');
  assert.equal(gfmId('日本語 タイトル'), '日本語-タイトル');
  const ids = headingIds('## A\n\n## A\n\nTitle\n=====\n\n### Custom {#custom-id}\n\n<a name="anchor"></a>\n```\n# not a heading\n```\n', 0);
  assert.deepEqual([...ids].sort(), ['a', 'a-1', 'anchor', 'custom-id', 'title']);
});
