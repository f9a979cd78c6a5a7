import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { effectiveFrontMatter, lintDocument } from '../../src/core/lint/lint';
import { Finding } from '../../src/core/lint/types';
import { readConfig } from '../../src/core/site/config';
import { parseFrontMatter } from '../../src/core/site/frontMatter';
import { classifyPath } from '../../src/core/site/post';
import { factsFromDocuments, siteDocumentsFrom } from '../../src/core/site/siteScan';
import { slice } from './helpers';
import { assertTranslated } from './ruleCases';

const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;

interface Case {
  readonly config?: string;
  /** The document in the editor. */
  readonly path: string;
  readonly text: string;
  /** The site as last scanned: path → text (the editor's document may be absent, or older). */
  readonly site: Readonly<Record<string, string>>;
  /** The host says the site's documents were computed from this very text (the CLI does). */
  readonly current?: boolean;
}

function lint(c: Case): Finding[] {
  const config = readConfig(c.config ?? 'title: Test\n');
  const now = new Date('2026-11-26T12:00:00Z');
  const texts = Object.entries(c.site).map(([path, text]) => ({ path, text }));
  const docs = texts.map(({ path, text }) => {
    const info = classifyPath(path, config)!;
    const parsed = parseFrontMatter(text);
    return { info, data: parsed.data ? effectiveFrontMatter(info, config, parsed) : undefined, own: parsed.data };
  });
  const site = {
    ...factsFromDocuments(docs, { authors: new Map(), hasAuthorRegistry: false, layouts: undefined }),
    siteDocuments: siteDocumentsFrom(texts, texts.map((t) => t.path), config, { now, drafts: false, machineZone: 'UTC' }),
  };
  const findings = lintDocument({ text: c.text, document: classifyPath(c.path, config)!, config }, { site, siteDocumentsCurrent: c.current, settings: { now, timezone: 'UTC', requiredKeys: [] } });
  const crashed = findings.find((f) => f.rule === 'internal-error');
  if (crashed) throw new Error(`a rule failed: ${crashed.message.args.join(' ')}`);
  const own = findings.filter((f) => f.rule === 'permalink-conflict');
  for (const f of own) assertTranslated(f);
  return own;
}

function ranges(c: Case): string[] {
  return lint(c).map((f) => slice(c.text, f.range));
}

const A = fm('title: A\npermalink: /a/');

describe('permalink-conflict: two documents at one URL, as Jekyll 4.3.1 builds them', () => {
  // jekyll 4.3.1, three posts with `permalink: /same/`: _site/same/index.html holds one of them.
  it('three posts at one URL: the message and the related places name both others', () => {
    const text = fm('title: C\npermalink: /same/');
    const c: Case = {
      path: '_posts/2020-01-03-c.md',
      text,
      site: { '_posts/2020-01-01-a.md': fm('title: A\npermalink: /same/'), '_posts/2020-01-02-b.md': fm('title: B\npermalink: /same/'), '_posts/2020-01-03-c.md': text },
      current: true,
    };
    const [finding] = lint(c);
    assert.equal(finding.severity, 'error');
    assert.equal(slice(text, finding.range), '/same/');
    assert.deepEqual(finding.message.args, ['same/index.html', '_posts/2020-01-01-a.md, _posts/2020-01-02-b.md']);
    assert.deepEqual(finding.related?.map((r) => [r.file, r.range]), [['_posts/2020-01-01-a.md', { start: 0, end: 0 }], ['_posts/2020-01-02-b.md', { start: 0, end: 0 }]]);
  });

  it('a new post, not yet in the scanned site, at the URL of one post', () => {
    const c: Case = { path: '_posts/2020-01-02-b.md', text: fm('title: B\npermalink: /a/'), site: { '_posts/2020-01-01-a.md': A } };
    assert.deepEqual(ranges(c), ['/a/']);
  });

  it('a new post at a URL of its own, not yet in the scanned site: nothing', () => {
    assert.deepEqual(ranges({ path: '_posts/2020-01-02-b.md', text: fm('title: B\npermalink: /b/'), site: { '_posts/2020-01-01-a.md': A } }), []);
  });

  it('URLs differing only by case, in a site the CLI scanned from these very texts', () => {
    const text = fm('title: B\npermalink: /A/');
    const [finding] = lint({ path: '_posts/2020-01-02-b.md', text, site: { '_posts/2020-01-01-a.md': A, '_posts/2020-01-02-b.md': text }, current: true });
    assert.equal(finding.severity, 'warning');
    assert.equal(slice(text, finding.range), '/A/');
    assert.deepEqual(finding.message.args, ['/A/', '/a/', '_posts/2020-01-01-a.md']);
    assert.deepEqual(finding.related?.map((r) => [r.file, r.range, r.message.args]), [['_posts/2020-01-01-a.md', { start: 0, end: 0 }, ['/a/']]]);
  });

  it('a new post whose URL differs only by case from a post of a site with no such pair yet', () => {
    assert.deepEqual(ranges({ path: '_posts/2020-01-02-b.md', text: fm('title: B\npermalink: /A/'), site: { '_posts/2020-01-01-a.md': A } }), ['/A/']);
  });

  it('a permalink whose case the author is changing: the scanned old version of the same file is no other document', () => {
    assert.deepEqual(ranges({ path: '_posts/2020-01-01-a.md', text: A, site: { '_posts/2020-01-01-a.md': fm('title: A\npermalink: /A/') } }), []);
    const [finding] = lint({ path: '_posts/2020-01-01-a.md', text: A, site: { '_posts/2020-01-01-a.md': fm('title: A\npermalink: /A/'), '_posts/2020-01-02-b.md': fm('title: B\npermalink: /A/') } });
    assert.deepEqual(finding.message.args, ['/a/', '/A/', '_posts/2020-01-02-b.md']);
    assert.deepEqual(finding.related?.map((r) => r.file), ['_posts/2020-01-02-b.md']);
  });
});

// jekyll-polyglot 1.5.1 on jekyll 4.3.1, languages ["en", "zh-CN", "fr", "zh-Hant"], default_lang en,
// with `lang_from_path: true` (documents without `lang`, each pair at one permalink):
//   _posts/2020-01-01-a.md + _posts/zh-Hant/2020-01-01-a.md → _site/a/ has the first, _site/zh-Hant/a/ the second
//   _posts/2020-01-02-b.md + _posts/fr/2020-01-02-b.md      → _site/b/ the first, _site/fr/b/ the second
//   _posts/2020-01-03-c.md + _posts/news/2020-01-03-c.md    → only the first, in every language (news is no language)
//   about.md + zh-CN/about.md                               → _site/about/ the first, _site/zh-CN/about/ the second
// Without `lang_from_path`, every pair is one language: one document of each pair is never written
// (_site/about/ holds zh-CN/about.md). With default_lang fr, a `lang: fr` post and a post without
// `lang` at one URL: only the first is written; with no default_lang, the same with `lang: en`.
// Same languages and lang_from_path, with a `docs` collection (output: true):
//   _posts/2020-01-01-a.md + _posts/2020-01-02-b.md (lang: en) → only the first (both English)
//   about.md + docs/fr/about.md → only docs/fr/about.md (a folder below the top names no language)
//   x.md + _docs/fr (a document without extension) → only _docs/fr (its name is no folder)
const LANGUAGES = 'plugins: [jekyll-polyglot]\nlanguages: ["en", "zh-CN", "fr", "zh-Hant"]\n';
const FROM_PATH = `${LANGUAGES}default_lang: en\nlang_from_path: true\n`;
const NOT_FROM_PATH = `${LANGUAGES}default_lang: en\n`;

function pair(config: string, first: string, second: string, permalink: string): string[] {
  const a = fm(`title: A\npermalink: ${permalink}`);
  const b = fm(`title: B\npermalink: ${permalink}`);
  return ranges({ config, path: second, text: b, site: { [first]: a, [second]: b }, current: true });
}

describe('permalink-conflict on a jekyll-polyglot site: one URL may hold one document per language', () => {
  it('lang_from_path: a post in _posts/zh-Hant/ is Traditional Chinese, beside the English one', () => {
    assert.deepEqual(pair(FROM_PATH, '_posts/2020-01-01-a.md', '_posts/zh-Hant/2020-01-01-a.md', '/a/'), []);
  });
  it('lang_from_path: a post in _posts/fr/ is French', () => {
    assert.deepEqual(pair(FROM_PATH, '_posts/2020-01-02-b.md', '_posts/fr/2020-01-02-b.md', '/b/'), []);
  });
  it('lang_from_path: _posts/news/ names no language, so both posts are English and collide', () => {
    assert.deepEqual(pair(FROM_PATH, '_posts/2020-01-03-c.md', '_posts/news/2020-01-03-c.md', '/c/'), ['/c/']);
  });
  it('lang_from_path: a page in zh-CN/ is Chinese', () => {
    assert.deepEqual(pair(FROM_PATH, 'about.md', 'zh-CN/about.md', '/about/'), []);
  });
  it('lang_from_path: a post outside any language folder is in default_lang, like a `lang: en` post', () => {
    const text = fm('title: B\npermalink: /a/\nlang: en');
    const site = { '_posts/2020-01-01-a.md': fm('title: A\npermalink: /a/'), '_posts/2020-01-02-b.md': text };
    assert.deepEqual(ranges({ config: FROM_PATH, path: '_posts/2020-01-02-b.md', text, site, current: true }), ['/a/']);
  });
  it('lang_from_path: only the top folder of a page names a language (docs/fr/ does not)', () => {
    assert.deepEqual(pair(FROM_PATH, 'about.md', 'docs/fr/about.md', '/about/'), ['/about/']);
  });
  it('lang_from_path: the name of a document directly in a collection folder is no language folder', () => {
    assert.deepEqual(pair(`${FROM_PATH}collections:\n  docs:\n    output: true\n`, 'x.md', '_docs/fr', '/x/'), ['/x/']);
  });
  it('without lang_from_path the folders say nothing: the pairs collide', () => {
    assert.deepEqual(pair(NOT_FROM_PATH, '_posts/2020-01-02-b.md', '_posts/fr/2020-01-02-b.md', '/b/'), ['/b/']);
    assert.deepEqual(pair(NOT_FROM_PATH, 'about.md', 'zh-CN/about.md', '/about/'), ['/about/']);
  });
  it('a post without lang is in default_lang: it collides with a `lang: fr` post when default_lang is fr', () => {
    const text = fm('title: B\npermalink: /a/');
    const site = { '_posts/2020-01-01-a.md': fm('title: A\npermalink: /a/\nlang: fr'), '_posts/2020-01-02-b.md': text };
    assert.deepEqual(ranges({ config: `${LANGUAGES}default_lang: fr\n`, path: '_posts/2020-01-02-b.md', text, site, current: true }), ['/a/']);
  });
  it('without default_lang the language is en', () => {
    const text = fm('title: B\npermalink: /a/');
    const site = { '_posts/2020-01-01-a.md': fm('title: A\npermalink: /a/\nlang: en'), '_posts/2020-01-02-b.md': text };
    assert.deepEqual(ranges({ config: LANGUAGES, path: '_posts/2020-01-02-b.md', text, site, current: true }), ['/a/']);
  });
  it('the same URL in another language is no case collision either', () => {
    const text = fm('title: B\npermalink: /a/\nlang: fr');
    const site = { '_posts/2020-01-01-a.md': fm('title: A\npermalink: /a/'), '_posts/2020-01-02-b.md': text, '_posts/2020-01-03-c.md': fm('title: C\npermalink: /A/') };
    assert.deepEqual(ranges({ config: NOT_FROM_PATH, path: '_posts/2020-01-02-b.md', text, site, current: true }), []);
  });
});
