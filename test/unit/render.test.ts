import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { MemoryFileSystem } from '../../src/core/fs';
import { buildCatalog } from '../../src/core/render/catalog';
import { RenderSite } from '../../src/core/render/liquid';
import { renderMarkdown } from '../../src/core/render/markdown';
import { renderPreview } from '../../src/core/render/page';
import { sanitize } from '../../src/core/render/sanitize';
import { extractExcerpt } from '../../src/core/render/excerpt';
import { readConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';

const CONFIG = `title: Le blog
url: https://blog.example.com
baseurl: /blog
timezone: Europe/Paris
languages: [fr, en]
permalink: /:year/:month/:day/:title/
`;

const files: Record<string, string> = {
  '/site/_config.yml': CONFIG,
  '/site/_includes/note.html': '<aside class="note">{{ include.text }}</aside>',
  '/site/_includes/nested/card.html': '<b>{{ include.who | upcase }}</b>',
  '/site/_posts/2014-06-04-retours.md': '---\ntitle: Retours\nlang: fr\npermalink: /fr/retours/\n---\nBody',
  '/site/_posts/2015-01-01-other-post.md': '---\ntitle: Other\ntags: [a, b]\n---\nOther body',
  '/site/about.md': '---\npermalink: /about-us/\n---\nAbout',
  '/site/_posts/sibling.txt': 'relative include',
  '/secret.txt': 'TOP SECRET',
};

function site(): RenderSite {
  const config = readConfig(CONFIG);
  const fs = new MemoryFileSystem(files);
  const docs = Object.keys(files)
    .filter((p) => p.startsWith('/site/_posts/') && p.endsWith('.md'))
    .map((path) => {
      const rel = path.slice('/site/'.length);
      const text = files[path];
      const data: Record<string, string | string[]> = {};
      for (const m of text.matchAll(/^(\w+): (.*)$/gm)) data[m[1]] = m[2].startsWith('[') ? m[2].slice(1, -1).split(', ') : m[2];
      return { path, info: classifyPath(rel, config)!, data };
    });
  return { root: '/site', fs, config, timezone: 'Europe/Paris', data: { menu: [{ name: 'Home', url: '/' }] }, catalog: buildCatalog(docs, config, 'Europe/Paris'), now: new Date('2020-01-01T00:00:00Z') };
}

const FRONT = "---\ntitle: Le titre\nlang: fr\ndate: '2014-06-04 15:27:59 +0200'\ntags: [dotScale, conf]\n---\n";

async function render(body: string): Promise<{ html: string; findings: readonly { rule: string; message: { template: string } }[] }> {
  const r = await renderPreview({ text: FRONT + body, path: '/site/_posts/2014-06-04-le-titre.md', site: site() });
  return { html: r.contentHtml.trim(), findings: r.findings };
}

/** Liquid cases: [name, body, expected HTML (exact) or a RegExp it must match]. */
const LIQUID_CASES: [string, string, string | RegExp][] = [
  ['raw keeps Liquid as written', '{% raw %}{{ page.title }}{% endraw %}', '<p data-line="6">{{ page.title }}</p>'],
  ['page variables', '{{ page.title }} / {{ page.url }} / {{ page.lang }}', '<p data-line="6">Le titre / /2014/06/04/le-titre/ / fr</p>'],
  ['site variables from _config.yml and _data', '{{ site.title }} {{ site.data.menu[0].name }}', '<p data-line="6">Le blog Home</p>'],
  ['highlight', '{% highlight ruby %}\ndef x; end\n{% endhighlight %}', /^<figure data-line="6" class="highlight"><pre><code class="language-ruby" data-lang="ruby"><span class="k">def<\/span>/], // Rouge's class for `def`, as Jekyll writes it
  ['highlight with linenos', '{% highlight js linenos %}\na;\nb;\n{% endhighlight %}', /<table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">1\n2\n<\/pre><\/td><td class="code"><pre>/],
  ['include with parameters', '{% include note.html text="Hello" %}', '<aside class="note">Hello</aside>'],
  ['include from a folder, with a variable parameter', '{% include nested/card.html who=page.lang %}', '<p data-line="6"><b>FR</b></p>'],
  ['include refuses paths that leave _includes', '{% include ../../secret.txt %}', /jp-notice-error[^>]*>Liquid error: Invalid syntax for include tag\. File contains invalid characters or sequences: \.\.\/\.\.\/secret\.txt/],
  ['include_relative', '{% include_relative sibling.txt %}', '<p data-line="6">relative include</p>'],
  ['link', "{% link about.md %} {% link _posts/2014-06-04-retours.md %}", '<p data-line="6">/blog/about-us/ /blog/fr/retours/</p>'],
  ['post_url', '{% post_url 2015-01-01-other-post %}', '<p data-line="6">/blog/2015/01/01/other-post/</p>'],
  ['post_url of a missing post', '{% post_url 2099-01-01-nope %}', /jp-notice-error[^>]*>Liquid error: Could not find post "2099-01-01-nope" in tag 'post_url'/],
  ['relative_url', "{{ '/assets/a b.png' | relative_url }}", '<p data-line="6">/blog/assets/a%20b.png</p>'],
  ['absolute_url', "{{ 'x/' | absolute_url }}", '<p data-line="6">https://blog.example.com/blog/x/</p>'],
  ['date_to_string', '{{ page.date | date_to_string }} | {{ page.date | date_to_string: "ordinal", "US" }}', '<table data-line="6">\n<tbody>\n<tr data-line="6">\n<td>04 Jun 2014</td>\n<td>Jun 4th, 2014</td>\n</tr>\n</tbody>\n</table>'], // a line with | is a kramdown table (Jekyll 4.3.1)
  ['date_to_long_string', '{{ page.date | date_to_long_string: "ordinal" }}', '<p data-line="6">4th June 2014</p>'],
  ['date_to_xmlschema', '{{ page.date | date_to_xmlschema }}', '<p data-line="6">2014-06-04T15:27:59+02:00</p>'],
  ['date_to_rfc822', '{{ page.date | date_to_rfc822 }}', '<p data-line="6">Wed, 04 Jun 2014 15:27:59 +0200</p>'],
  ['date with Ruby strftime in the site zone', '{{ page.date | date: "%-d %B %Y %H:%M" }} {{ "2014-06-04T13:27:59Z" | date: "%H:%M" }}', '<p data-line="6">4 June 2014 15:27 13:27</p>'], // Jekyll 4.3.1: a string keeps its own offset (13:27)
  ['page.date prints as Ruby Time#to_s', '{{ page.date }}', '<p data-line="6">2014-06-04 15:27:59 +0200</p>'],
  ['xml_escape', '{{ "a & <b>" | xml_escape }}', '<p data-line="6">a &amp; &lt;b&gt;</p>'],
  ['cgi_escape and uri_escape', '{{ "a b&c" | cgi_escape }} {{ "é è" | uri_escape }}', '<p data-line="6">a+b%26c %C3%A9%20%C3%A8</p>'],
  ['markdownify', '{{ "**bold**" | markdownify }}', '<p><strong>bold</strong></p>'],
  ['slugify', '{{ "Été à Paris!" | slugify }} {{ "Été à Paris!" | slugify: "latin" }}', '<p data-line="6">été-à-paris ete-a-paris</p>'],
  ['where', '{{ site.posts | where: "title", "Other" | map: "title" | join: "," }}', '<p data-line="6">Other</p>'],
  ['where_exp', '{{ site.posts | where_exp: "p", "p.title contains \'Ret\'" | map: "url" | join: "," }}', '<p data-line="6">/fr/retours/</p>'],
  ['group_by', '{% assign g = page.tags | group_by: "size" %}{{ g | size }} {{ g[0].size }}', '<p data-line="6">1 2</p>'],
  ['jsonify', '`{{ page.tags | jsonify }}`', '<p data-line="6"><code class="language-plaintext highlighter-rouge">["dotScale","conf"]</code></p>'],
  ['number_of_words', '{{ "un deux  trois" | number_of_words }}', '<p data-line="6">3</p>'],
  ['array_to_sentence_string', '{{ page.tags | array_to_sentence_string }}', '<p data-line="6">dotScale and conf</p>'],
  ['normalize_whitespace', '{{ "a \n  b" | normalize_whitespace }}', '<p data-line="6">a b</p>'],
  ['smartify', '{{ "wait..." | smartify }}', '<p data-line="6">wait…</p>'],
  ['to_integer, sample, push, pop, inspect', '{{ "42" | to_integer | plus: 1 }} {{ page.tags | push: "x" | last }} {{ page.tags | pop | size }}', '<p data-line="6">43 x 1</p>'],
  ['site.tags from the catalog', '{{ site.tags.a | size }}', '<p data-line="6">1</p>'],
  ['an unknown tag is a notice at its spot; the rest renders', 'Before {% nope %} after {{ page.lang }}', /^<p data-line="6">Before <span class="jp-notice jp-notice-error" data-notice="0" role="note">Unknown Liquid tag `nope`: Jekyll stops the build here\.<\/span> after fr<\/p>$/],
  ['an unknown filter is a notice', '{{ page.title | shout }} ok', /jp-notice-warning[^>]*>Unknown Liquid filter `shout`.*<\/span> ok<\/p>$/],
  ['an unclosed block is a notice', 'A {% if true %} B', /Liquid block \{% if true %\} is never closed\./],
  ['a huge range is stopped by the limits', '{% for i in (1..100000000) %}x{% endfor %}done', /Liquid stopped: memory alloc limit exceeded.*done<\/p>$/],
];

describe('Liquid as Jekyll renders it', () => {
  for (const [name, body, expected] of LIQUID_CASES) {
    it(name, async () => {
      const { html } = await render(body);
      if (typeof expected === 'string') assert.equal(html, expected);
      else assert.match(html, expected);
    });
  }

  it('reports Liquid problems as findings at their place in the document', async () => {
    const body = 'Text {% nope %} and {{ x | shout }}';
    const { findings } = await render(body);
    assert.deepEqual(
      findings.map((f) => [f.rule, f.message.template.slice(0, 20)]),
      [
        ['liquid', 'Unknown Liquid tag `'],
        ['liquid', 'Unknown Liquid filte'],
      ],
    );
    const r = await renderPreview({ text: FRONT + body, path: '/site/_posts/2014-06-04-le-titre.md', site: site() });
    assert.equal((FRONT + body).slice(r.findings[0].range.start, r.findings[0].range.end), '{% nope %}');
    assert.equal((FRONT + body).slice(r.findings[1].range.start, r.findings[1].range.end), '{{ x | shout }}');
  });
});

/**
 * kramdown cases: Markdown (no Liquid) to HTML; `data-line` is the input line. Each expected body is
 * what Jekyll 4.3.1 writes for it (`jekyll build`, the post's content) with the preview's `data-line`
 * added; test/conformance/render.mjs checks the same constructs against a build on every run.
 */
const KRAMDOWN_CASES: [string, string, string][] = [
  ['span IAL on a link', '[Consul](http://www.consul.io/){:rel="nofollow noreferrer"}- un outil', '<p data-line="0"><a href="http://www.consul.io/" rel="nofollow noreferrer">Consul</a>- un outil</p>'],
  ['span IAL with a space and a class', '*a*{: .x}', '<p data-line="0"><em class="x">a</em></p>'],
  ['block IAL after a paragraph', 'Para\n{: .lead #intro}', '<p class="lead" id="intro" data-line="0">Para</p>'],
  ['block IAL before a paragraph', '{: .before}\nPara', '<p class="before" data-line="1">Para</p>'],
  ['ALD reference', '{:hint: .note title="x"}\nPara\n{: hint}', '<p class="note" title="x" data-line="1">Para</p>'],
  ['header ids as kramdown makes them', '## Été 2014: news!\n\n## Été 2014: news!', '<h2 id="été-2014-news" data-line="0">Été 2014: news!</h2>\n<h2 id="été-2014-news-1" data-line="2">Été 2014: news!</h2>'],
  ['header id syntax', '## Title {#custom}', '<h2 id="custom" data-line="0">Title</h2>'],
  ['toc', '* TOC\n{:toc}\n\n## One\n\n### Two\n\n## Skip\n{: .no_toc}', '<ul id="markdown-toc" data-line="0">\n<li><a href="#one" id="markdown-toc-one">One</a><ul>\n<li><a href="#two" id="markdown-toc-two">Two</a></li>\n</ul>\n</li>\n</ul>\n<h2 id="one" data-line="3">One</h2>\n<h3 id="two" data-line="5">Two</h3>\n<h2 class="no_toc" id="skip" data-line="7">Skip</h2>'],
  ['footnotes', 'Text[^1]\n\n[^1]: Note.', '<p data-line="0">Text<sup id="fnref:1" role="doc-noteref"><a href="#fn:1" class="footnote" rel="footnote">1</a></sup></p>\n<div class="footnotes" role="doc-endnotes">\n<ol>\n<li id="fn:1" role="doc-endnote"><p data-line="2">Note.\u00a0<a href="#fnref:1" class="reversefootnote" role="doc-backlink">&#8617;</a></p>\n</li>\n</ol>\n</div>'],
  ['definition lists', 'Term\n: Definition', '<dl data-line="0">\n<dt data-line="0">Term</dt>\n<dd data-line="1">Definition</dd>\n</dl>'],
  ['abbreviations', '*[HTML]: Hyper Text Markup Language\n\nHTML here', '<p data-line="2"><abbr title="Hyper Text Markup Language">HTML</abbr> here</p>'],
  ['markdown="1" in an HTML block', '<div class="box" markdown="1">\n**bold**\n</div>', '<div class="box">\n<p data-line="1"><strong>bold</strong></p>\n</div>'],
  ['fenced code with colours', '```ruby\nputs 1\n```', '<div class="language-ruby highlighter-rouge" data-line="0"><div class="highlight"><pre class="highlight"><code>puts <span class="mi">1</span>\n</code></pre></div></div>'], // Rouge's `mi` for the integer; Rouge also classes `puts` (nb), highlight.js does not
  ['comment extension', 'a {::comment}hidden{:/comment} b', '<p data-line="0">a <!-- hidden --> b</p>'],
  ['nomarkdown extension', '{::nomarkdown}<b>raw</b>{:/nomarkdown}', '<b>raw</b>'],
  ['nomarkdown extension in a paragraph', 'a {::nomarkdown}<b>raw</b>{:/nomarkdown}', '<p data-line="0">a <b>raw</b></p>'],
  ['options extension', '{::options auto_ids="false" /}\nText', '<p data-line="1">Text</p>'],
  ['block IAL on a table', '| a |\n|---|\n| 1 |\n{: .t}', '<table class="t" data-line="0">\n<thead>\n<tr data-line="0">\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr data-line="2">\n<td>1</td>\n</tr>\n</tbody>\n</table>'],
];

describe('kramdown Markdown with markdown-it', () => {
  for (const [name, markdown, expected] of KRAMDOWN_CASES) {
    it(name, () => {
      assert.equal(renderMarkdown(markdown, (l) => l).html.trim(), expected);
    });
  }
  it('never lets attribute list text into the page', () => {
    const html = renderMarkdown('A [b](c){:rel="x"} d\n{: .p}\n\n* TOC\n{:toc}\n\n{:ref: .r}\n> q\n{: ref}\n\n![i](j.png){: width="3"}').html;
    assert.doesNotMatch(html, /\{:/);
  });
});

describe('sanitized: no script of the post survives', () => {
  const cases: [string, string][] = [
    ['<script>alert(1)</script>ok', 'ok'],
    ['<img src="x.png" onerror="alert(1)">', '<img src="x.png" />'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<iframe srcdoc="<script>alert(1)</script>"></iframe>', '<div class="jp-embed"></div>'],
    ['<svg><script>alert(1)</script><rect width="1"></rect></svg>', '<svg><rect width="1"></rect></svg>'],
    ['<svg onload="alert(1)"></svg>', '<svg></svg>'],
    ['<details open ontoggle="alert(1)">d</details>', '<details open>d</details>'],
    ['<object data="x"></object><embed src="y">', '<div class="jp-embed"></div><div class="jp-embed"></div>'],
    ['<style>body{display:none}</style>s', 's'],
    ['<meta http-equiv="refresh" content="0;url=javascript:alert(1)">m', 'm'],
  ];
  for (const [input, expected] of cases) {
    it(input, () => assert.equal(sanitize(input), expected));
  }
  it('rewrites site paths of images to what the host gives', () => {
    assert.equal(sanitize('<img src="/assets/a.png">', { resolveUrl: (u) => `https://res.invalid${u}` }), '<img src="https://res.invalid/assets/a.png" />');
  });
});

describe('the preview of a post', () => {
  it('renders the seed-like post with its card: title, date, URL ok, tags, reading time, excerpt', async () => {
    const text = "---\ntitle: Retours sur dotScale 2014\nlang: fr\npermalink: /fr/retours-sur-dotscale-2014/\ndate: '2014-06-04 15:27:59 +0200'\ncategories:\n- Non classé\ntags:\n- dotScale\n---\n\nLe lundi 19 mai.\n\nSuite [ici](http://x.example/){:rel=\"nofollow noreferrer\"}.\n";
    const r = await renderPreview({ text, path: '/site/_posts/2014-06-04-retours-sur-dotscale-2014.md', site: site(), locale: 'en' });
    assert.equal(r.header.title, 'Retours sur dotScale 2014');
    assert.equal(r.header.date?.text, '4 June 2014');
    assert.deepEqual(r.header.url, { status: 'ok', url: '/fr/retours-sur-dotscale-2014/' });
    assert.deepEqual([r.header.tags, r.header.categories, r.header.lang, r.header.readingMinutes], [['dotScale'], ['Non classé'], 'fr', 1]);
    assert.equal(r.header.excerpt, 'Le lundi 19 mai.');
    assert.match(r.contentHtml, /<a href="http:\/\/x\.example\/" rel="nofollow noreferrer">ici<\/a>/);
    assert.match(r.headerHtml, /data-status="ok"/);
    const fr = await renderPreview({ text, path: '/site/_posts/2014-06-04-retours-sur-dotscale-2014.md', site: site(), locale: 'fr' });
    assert.equal(fr.header.date?.text, '4 juin 2014');
  });

  it('shows a draft as a draft, at the URL `jekyll build --drafts` gives it: dated by the file’s time when it has no date', async () => {
    const text = '---\ntitle: Brouillon\n---\nx';
    // 2019-03-07 10:00 UTC, the file's modification time.
    const r = await renderPreview({ text, path: '/site/_drafts/brouillon.md', site: site(), mtimeSeconds: 1551952800 });
    assert.equal(r.header.draft, true);
    assert.deepEqual(r.header.url, { status: 'ok', url: '/2019/03/07/brouillon/', message: { template: 'Draft: only `jekyll build --drafts` (or `jekyll serve --drafts`) writes it, at this URL.', args: [] } });
    assert.match(r.headerHtml, /<span class="jp-draft">Draft<\/span>/);
    const dated = await renderPreview({ text: "---\ntitle: B\ndate: '2018-02-03 10:00'\n---\nx", path: '/site/_drafts/b.md', site: site(), mtimeSeconds: 1551952800 });
    assert.equal(dated.header.url.url, '/2018/02/03/b/');
  });

    it('marks a URL another post already has as a conflict, naming the other file', async () => {
    const text = '---\ntitle: Copie\nlang: fr\npermalink: /fr/retours/\n---\nx';
    const r = await renderPreview({ text, path: '/site/_posts/2016-01-01-copie.md', site: site() });
    assert.deepEqual(r.header.url.status, 'conflict');
    assert.deepEqual(r.header.url.others, ['_posts/2014-06-04-retours.md']);
  });

  it('marks a language prefix that contradicts lang', async () => {
    const r = await renderPreview({ text: '---\ntitle: X\nlang: en\npermalink: /fr/x/\n---\nx', path: '/site/_posts/2016-01-01-x.md', site: site() });
    assert.equal(r.header.url.status, 'lang-mismatch');
  });

  it('marks a permalink Jekyll cannot compute as invalid', async () => {
    const r = await renderPreview({ text: '---\ntitle: X\npermalink: /:nope/\n---\nx', path: '/site/_posts/2016-01-01-x.md', site: site() });
    assert.equal(r.header.url.status, 'invalid');
  });

  it('finds the other-language version by translation key, or offers to create it', async () => {
    const s = site();
    const docs = [
      { path: '/site/_posts/2014-06-05-feedback.md', info: classifyPath('_posts/2014-06-05-feedback.md', s.config)!, data: { title: 'Feedback', lang: 'en', ref: 'dotscale' } },
    ];
    const knowledge = { authors: new Map(), hasAuthorRegistry: false, languages: ['fr', 'en'], documents: docs };
    const withKey = await renderPreview({ text: '---\ntitle: Retours\nlang: fr\nref: dotscale\n---\nx', path: '/site/_posts/2014-06-04-retours.md', site: s, knowledge });
    assert.deepEqual(withKey.header.translations, [{ lang: 'en', status: 'found', path: '/site/_posts/2014-06-05-feedback.md', relativePath: '_posts/2014-06-05-feedback.md', title: 'Feedback', via: 'ref' }]);
    const without = await renderPreview({ text: '---\ntitle: Retours\nlang: fr\n---\nx', path: '/site/_posts/2014-06-04-retours.md', site: s, knowledge });
    assert.deepEqual(without.header.translations, [{ lang: 'en', status: 'missing' }]);
    assert.match(without.headerHtml, /data-action="createTranslation" data-lang="en"/);
  });

  it('maps data-line to the editor line through Liquid that adds lines', async () => {
    const r = await renderPreview({ text: `${FRONT}{% for i in (1..3) %}\nline {{ i }}\n\n{% endfor %}\nLast`, path: '/site/_posts/2014-06-04-le-titre.md', site: site() });
    assert.match(r.contentHtml, /<p data-line="10">Last<\/p>/);
  });

  it('loads images relative to the site root from the workspace', async () => {
    const r = await renderPreview({ text: `${FRONT}![a](/blog/assets/a.png) ![b](b.png)`, path: '/site/_posts/2014-06-04-le-titre.md', site: site(), resourceUri: (p) => `https://res.invalid${p}` });
    assert.match(r.contentHtml, /src="https:\/\/res\.invalid\/site\/assets\/a\.png"/);
    assert.match(r.contentHtml, /src="https:\/\/res\.invalid\/site\/2014\/06\/04\/le-titre\/b\.png"/);
  });
});

describe('the excerpt as Jekyll computes it', () => {
  it('cuts at the separator, closes open Liquid blocks and keeps the link definitions it uses', () => {
    assert.equal(extractExcerpt('\nFirst [x][1] {% if a %}\n\nRest\n\n[1]: http://x', '\n\n'), '\nFirst [x][1] {% if a %}\n{% endif %}\n\n[1]: http://x');
    assert.equal(extractExcerpt('No separator', '<!--more-->'), 'No separator');
  });
});

describe('includes through symbolic links', () => {
  /** A memory file system where `_includes/out.html` is a link to a file outside the site. */
  class LinkedFileSystem extends MemoryFileSystem {
    async realPath(path: string): Promise<string | undefined> {
      if (path === '/site/_includes/out.html') return '/elsewhere/out.html';
      return (await this.stat(path)) ? path : undefined;
    }
  }
  const renderWith = async (safe: boolean): Promise<string> => {
    const config = readConfig(`${CONFIG}${safe ? 'safe: true\n' : ''}`);
    const fs = new LinkedFileSystem({ ...files, '/site/_includes/out.html': 'INC-OUT', '/site/_includes/in.html': 'INC-IN' });
    const r = await renderPreview({ text: `${FRONT}{% include in.html %} {% include out.html %}\n`, path: '/site/_posts/2014-06-04-le-titre.md', site: { root: '/site', fs, config, timezone: 'Europe/Paris', data: {} } });
    return `${r.contentHtml} ${r.findings.map((f) => JSON.stringify(f.message)).join(' ')}`;
  };

  it('follows a link leading outside the site, as Jekyll does outside safe mode', async () => {
    const html = await renderWith(false);
    assert.match(html, /INC-IN INC-OUT/);
  });

  it('refuses it in safe mode, as jekyll 4.3.1 does ("not allowed in safe mode"), and still reads the include inside', async () => {
    const html = await renderWith(true);
    assert.doesNotMatch(html, /INC-OUT/);
    assert.match(html, /in safe mode, Jekyll does not follow a symbolic link that leads outside it/);
  });
});
