import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadRenderSite } from '../../src/cli/renderCommand';
import { MemoryFileSystem } from '../../src/core/fs';
import { liquidEngine, RenderSite } from '../../src/core/render/liquid';
import { markPluginTags, renderSiteLook } from '../../src/core/render/layout';
import { CompileStringAsync, compileSiteSass, rewriteCssUrls } from '../../src/core/render/sass';
import { readConfig } from '../../src/core/site/config';
import { renderPreview } from '../../src/core/render/page';
import { splitSiteDocument } from '../../src/core/render/siteDocument';

interface Case {
  readonly name: string;
  readonly files: Record<string, string>;
  readonly post?: string;
  readonly css?: string;
  /** What real Jekyll 4.3.1 wrote (test/conformance/siteLookCases.mjs). */
  readonly expected: string;
}

const table = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'test', 'unit', 'fixtures', 'site-look-cases.json'), 'utf8')) as { cases: Case[] };
const NOW = new Date('2026-01-01T00:00:00Z');

async function siteOf(files: Record<string, string>): Promise<RenderSite> {
  const fs = new MemoryFileSystem(Object.fromEntries(Object.entries(files).map(([p, t]) => [`/site/${p}`, t])));
  return loadRenderSite(fs, '/site', readConfig(files['_config.yml']), { now: NOW, machineZone: 'UTC' });
}

/** Jekyll's page modulo whitespace between tags and at the ends. */
function squash(html: string): string {
  return html.replace(/>\s+</g, '><').trim();
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const compile = (require('sass') as { compileStringAsync: CompileStringAsync }).compileStringAsync;

describe('the site look places a post in its layouts as Jekyll does (expected: real Jekyll 4.3.1)', () => {
  for (const c of table.cases) {
    it(c.name, async () => {
      const site = await siteOf(c.files);
      if (c.css) {
        const out = await compileSiteSass(site, `/site/${c.css}`, compile);
        assert.equal(out.error, undefined);
        // libsass (Jekyll's) puts a blank line between a rule and its nested rules, dart-sass not: blank lines aside, equal.
        const lines = (css: string): string => css.replace(/\/\*# sourceMappingURL=[^*]*\*\/\s*$/, '').replace(/\n\s*\n/g, '\n').trim();
        assert.equal(lines(out.css ?? ''), lines(c.expected));
        return;
      }
      const look = await renderSiteLook({ text: c.files[c.post!], path: `/site/${c.post}`, site }, false);
      assert.equal(squash(look.html), squash(c.expected));
    });
  }
});

describe('the site look where Jekyll would not build or the preview cannot', () => {
  const base = { '_config.yml': 'title: T\n', '_posts/2020-01-02-a.md': '---\ntitle: A\nlayout: default\n---\nHi.\n' };

  it('shows a plugin tag of a layout or an include as a placeholder naming it, and says which ran not', async () => {
    const site = await siteOf({
      ...base,
      '_includes/head.html': '<head>{% seo title=false %}{% feed_meta %}</head>',
      '_layouts/default.html': '{% include head.html %}<body>{% mastodon_embed %}x{% endmastodon_embed %}{{ content }}{% raw %}{% keep %}{% endraw %}</body>',
    });
    const look = await renderSiteLook({ text: base['_posts/2020-01-02-a.md'], path: '/site/_posts/2020-01-02-a.md', site }, false);
    assert.equal(look.status, 'layout');
    assert.deepEqual([...look.pluginTags].sort(), ['feed_meta', 'mastodon_embed', 'seo']);
    assert.match(look.html, /<span class="jp-plugin-tag" data-tag="seo" title="The plugin tag `seo` is not run by the preview.">\{% seo %\}<\/span>/);
    assert.match(look.html, /data-tag="mastodon_embed"[^>]*>\{% mastodon_embed %\}<\/span>x<p>Hi.<\/p>/);
    assert.match(look.html, /\{% keep %\}<\/body>/);
    assert.deepEqual(look.problems, []);
  });

  it('says the layout is missing, and renders the content alone, as Jekyll does after its warning', async () => {
    const site = await siteOf(base);
    const look = await renderSiteLook({ text: base['_posts/2020-01-02-a.md'], path: '/site/_posts/2020-01-02-a.md', site }, false);
    assert.equal(look.status, 'layout-missing');
    assert.equal(look.missing, 'default');
    assert.equal(look.html.trim(), '<p>Hi.</p>');
  });

  it('names the theme whose gem holds the layout when the workspace does not', async () => {
    const site = await siteOf({ ...base, '_config.yml': 'title: T\ntheme: minima\n' });
    const look = await renderSiteLook({ text: base['_posts/2020-01-02-a.md'], path: '/site/_posts/2020-01-02-a.md', site }, false);
    assert.equal(look.status, 'theme-missing');
    assert.equal(look.theme, 'minima');
  });

  it('keeps the content’s data-line marks inside the layout for scroll sync', async () => {
    const site = await siteOf({ ...base, '_layouts/default.html': '<main>{{ content }}</main>' });
    const look = await renderSiteLook({ text: base['_posts/2020-01-02-a.md'], path: '/site/_posts/2020-01-02-a.md', site });
    assert.match(look.html, /^<main><p data-line="4">Hi.<\/p>/);
  });

  it('reports a Liquid error of a layout and still renders the rest', async () => {
    const site = await siteOf({ ...base, '_layouts/default.html': '<main>{% if %}{{ content }}</main>' });
    const look = await renderSiteLook({ text: base['_posts/2020-01-02-a.md'], path: '/site/_posts/2020-01-02-a.md', site }, false);
    assert.equal(look.problems.length, 1);
    assert.match(look.problems[0], /^_layouts\/default.html: /);
    assert.match(look.html, /<p>Hi.<\/p>/);
  });
});

describe('plugin tags and stylesheet URLs', () => {
  it('marks only tags no engine knows, with their end tags', () => {
    const liquid = liquidEngine(readConfig('title: T\n'));
    assert.equal(markPluginTags('{% if a %}{% seo %}{% endif %}{% gist 1 %}{% include x.html %}', liquid), '{% if a %}{%jp_plugin seo%}{% endif %}{%jp_plugin gist%}{% include x.html %}');
    assert.equal(markPluginTags('{%- tabs x -%}a{%- endtabs -%}', liquid), '{%jp_plugin tabs%}a');
  });

  it('points relative url() of a compiled stylesheet at the site files', () => {
    const css = rewriteCssUrls('a{background:url(../img/a.png)}b{src:url("/fonts/f.woff")}c{background:url(data:x)}d{background:url(https://e.x/y.png)}', '/site/assets/css/main.css', '/site', (p) => `vscode://${p}`);
    assert.equal(css, 'a{background:url("vscode:///site/assets/img/a.png")}b{src:url("vscode:///site/fonts/f.woff")}c{background:url(data:x)}d{background:url(https://e.x/y.png)}');
  });

  it('leaves a .css that has no Sass source to the site', async () => {
    const site = await siteOf({ '_config.yml': 'title: T\n', 'assets/plain.css': 'a{}', 'assets/nofm.scss': 'a{b:c}' });
    assert.deepEqual(await compileSiteSass(site, '/site/assets/plain.css', compile), {});
    assert.deepEqual(await compileSiteSass(site, '/site/assets/nofm.css', compile), {});
  });

  it('reports a Sass error instead of throwing', async () => {
    const site = await siteOf({ '_config.yml': 'title: T\n', 'assets/bad.scss': '---\n---\n@import "missing";\n' });
    const out = await compileSiteSass(site, '/site/assets/bad.css', compile);
    assert.match(out.error ?? '', /Can't find stylesheet to import/);
  });
});

describe('the page taken apart for the preview frame', () => {
  it('finds the stylesheets in order, the inline styles, the body class and the scripts', () => {
    const doc = splitSiteDocument('<!DOCTYPE html><html lang="fr"><head><link rel="stylesheet" href="/a.css"><link rel="alternate stylesheet" href="/alt.css"><!-- <link rel="stylesheet" href="/commented.css"> --><link href=\'/b.css\' rel=stylesheet><style>p{color:red}</style><script src="/x.js"></script></head><body class="home page"><p>Hi</p><script>run()</script></body></html>');
    assert.deepEqual(doc.stylesheets, ['/a.css', '/b.css']);
    assert.deepEqual(doc.styles, ['p{color:red}']);
    assert.equal(doc.bodyClass, 'home page');
    assert.equal(doc.lang, 'fr');
    assert.equal(doc.scripts, 2);
    assert.equal(doc.body, '<p>Hi</p><script>run()</script>');
  });

  it('takes a layout without <body> whole, less its head', () => {
    assert.equal(splitSiteDocument('<head><title>x</title></head><main>m</main>').body, '<main>m</main>');
  });
});

describe('a post shown beside its translation', () => {
  it('dates its card in its own language while the rest of the card stays in the UI’s', async () => {
    const site = await siteOf({ '_config.yml': 'title: T\ntimezone: Europe/Paris\nlanguages: [fr, en]\n', '_posts/2014-06-04-a.md': '---\ntitle: A\nlang: fr\n---\nCorps.\n' });
    const text = '---\ntitle: A\nlang: fr\n---\nCorps.\n';
    const own = await renderPreview({ text, path: '/site/_posts/2014-06-04-a.md', site, locale: 'en', dateLocale: 'fr' });
    assert.equal(own.header.date?.text, '4 juin 2014');
    const ui = await renderPreview({ text, path: '/site/_posts/2014-06-04-a.md', site, locale: 'en' });
    assert.equal(ui.header.date?.text, '4 June 2014');
  });
});
