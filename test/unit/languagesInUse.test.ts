import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { MemoryFileSystem } from '../../src/core/fs';
import { effectiveFrontMatter, lintDocument, LintOptions } from '../../src/core/lint/lint';
import { Finding } from '../../src/core/lint/types';
import { formatMessage } from '../../src/core/messages';
import { readConfig } from '../../src/core/site/config';
import { parseFrontMatter } from '../../src/core/site/frontMatter';
import { classifyPath } from '../../src/core/site/post';
import { siteDocumentsFrom, factsFromDocuments } from '../../src/core/site/siteScan';
import { SiteIndex } from '../../src/core/site/siteIndex';
import { applyEdits } from './helpers';
import { assertTranslated } from './ruleCases';

// Where no language list is declared, lang-unknown compares a post's `lang` with the languages the
// rest of the site uses: the other documents' `lang` (each counted once, this one left out), the
// `lang` of `_config.yml` and of its defaults. An author sees it as whether `FR` is told it is
// written `fr` elsewhere, and which spelling the message and the first fix name (the most used).
const fm = (lines: string): string => `---\n${lines}\n---\n\nBody.\n`;
const NOW = new Date('2026-11-26T12:00:00Z');
const SETTINGS = { now: NOW, timezone: 'UTC', requiredKeys: [] };
const PATH = '_posts/2014-06-04-a.md';

interface Seen {
  readonly messages: string[];
  /** The first finding's fixes, as the file after each. */
  readonly fixed: string[];
}

function seen(findings: Finding[], text: string): Seen {
  for (const f of findings) assertTranslated(f);
  const crashed = findings.find((f) => f.rule === 'internal-error');
  if (crashed) throw new Error(formatMessage(crashed.message));
  const own = findings.filter((f) => f.rule === 'lang-unknown');
  return { messages: own.map((f) => formatMessage(f.message)), fixed: (own[0]?.fixes ?? []).map((f) => applyEdits(text, f.edits)) };
}

/** Lints `text` at PATH in a site of `files` (path → text, the linted file's saved text included when given). */
function lint(configText: string, files: Record<string, string>, text: string, how: 'documents' | 'facts only' | 'no site'): Seen {
  const config = readConfig(configText);
  const docs = Object.entries(files).map(([p, t]) => {
    const info = classifyPath(p, config)!;
    const parsed = parseFrontMatter(t);
    return { info, data: parsed.data ? effectiveFrontMatter(info, config, parsed) : undefined, own: parsed.data };
  });
  const facts = factsFromDocuments(docs, { authors: new Map(), hasAuthorRegistry: false, layouts: undefined });
  const texts = Object.entries(files).map(([p, t]) => ({ path: p, text: t }));
  const site = how === 'documents' ? { ...facts, siteDocuments: siteDocumentsFrom(texts, Object.keys(files), config, { now: NOW, drafts: false, machineZone: 'UTC' }) } : how === 'facts only' ? facts : undefined;
  const options: LintOptions = { site, settings: SETTINGS };
  return seen(lintDocument({ text, document: classifyPath(PATH, config)!, config }, options), text);
}

const elsewhere = (value: string, spelling: string): string => `\`${value}\` is written \`${spelling}\` elsewhere in the site: pages and lists that compare \`lang\` will not match this one.`;

describe('languages in use: where lang-unknown looks', () => {
  it('a lone file, linted with no site at all: a language’s name is still told, and fixed to its code', () => {
    const text = fm('title: A\nlang: English');
    assert.deepEqual(lint('title: T\n', {}, text, 'no site'), {
      messages: ['`English` is not a language code: write it as in `en`, `fr` or `pt-BR`.'],
      fixed: [fm('title: A\nlang: en')],
    });
  });

  it('a site known by its post counts only (no documents computed): its posts’ languages count', () => {
    const others = { '_posts/2015-01-01-b.md': fm('title: B\nlang: fr'), '_posts/2015-01-02-c.md': fm('title: C\nlang: fr') };
    const text = fm('title: A\nlang: FR');
    assert.deepEqual(lint('title: T\n', others, text, 'facts only'), { messages: [elsewhere('FR', 'fr')], fixed: [fm('title: A\nlang: fr')] });
  });

  it('a page’s lang counts as much as a post’s', () => {
    const files = { 'de/index.md': fm('title: Start\nlang: de'), '_posts/2015-01-01-b.md': fm('title: B\nlang: fr') };
    const text = fm('title: A\nlang: DE');
    assert.deepEqual(lint('title: T\n', { ...files, [PATH]: text }, text, 'documents').messages, [elsewhere('DE', 'de')]);
  });

  it('`_config.yml` defaults name a language no document uses yet: it counts', () => {
    const config = 'title: T\ndefaults:\n  - scope: {path: _posts/de}\n    values: {lang: de}\n';
    const text = fm('title: A\nlang: DE');
    assert.deepEqual(lint(config, { [PATH]: text }, text, 'documents').messages, [elsewhere('DE', 'de')]);
  });

  it('the site’s own `lang` adds no use to a spelling posts already count: the most used spelling is named first', () => {
    const files = { '_posts/2015-01-01-b.md': fm('title: B\nlang: fr'), '_posts/2015-01-02-c.md': fm('title: C\nlang: fr'), '_posts/2015-01-03-d.md': fm('title: D\nlang: Fr') };
    const text = fm('title: A\nlang: FR');
    const got = lint('title: T\nlang: fr\n', { ...files, [PATH]: text }, text, 'documents');
    assert.deepEqual(got, { messages: [elsewhere('FR', 'fr')], fixed: [fm('title: A\nlang: fr'), fm('title: A\nlang: Fr')] });
  });

  it('a `lang` in `_config.yml` that is not text (a list) names no language, and fails no rule', () => {
    const files = { '_posts/2015-01-01-b.md': fm('title: B\nlang: fr') };
    const text = fm('title: A\nlang: FR');
    assert.deepEqual(lint('title: T\nlang: [en, fr]\n', { ...files, [PATH]: text }, text, 'documents').messages, [elsewhere('FR', 'fr')]);
  });

  it('the post’s saved lang is left out of the counts, not counted twice: the other spelling, used more, comes first', () => {
    // On disk this post says `fr`, like one other post; two posts say `Fr`. The author is typing `FR`.
    const files = {
      [PATH]: fm('title: A\nlang: fr'),
      '_posts/2015-01-01-b.md': fm('title: B\nlang: fr'),
      '_posts/2015-01-02-c.md': fm('title: C\nlang: Fr'),
      '_posts/2015-01-03-d.md': fm('title: D\nlang: Fr'),
    };
    const text = fm('title: A\nlang: FR');
    assert.deepEqual(lint('title: T\n', files, text, 'documents').messages, [elsewhere('FR', 'Fr')]);
  });
});

describe('languages in use follow the site index as it changes', () => {
  it('a page given `lang: de` after a first lint: the next lint counts it', async () => {
    const fs = new MemoryFileSystem({
      '/s/_config.yml': 'title: T\n',
      '/s/_posts/2014-06-04-a.md': fm('title: A\nlang: fr'),
      '/s/_posts/2015-01-01-b.md': fm('title: B\nlang: fr'),
      '/s/de/index.md': fm('title: Start'),
    });
    const config = readConfig('title: T\n');
    const index = await SiteIndex.build(fs, '/s', config);
    const text = fm('title: A\nlang: DE');
    const lintNow = (): Seen => seen(lintDocument({ text, document: classifyPath(PATH, config)!, config }, { site: index, settings: SETTINGS }), text);
    // `DE` is a well-formed tag that no document writes otherwise: nothing to say yet.
    assert.deepEqual(lintNow().messages, []);
    index.update('/s/de/index.md', fm('title: Start\nlang: de'));
    assert.deepEqual(lintNow().messages, [elsewhere('DE', 'de')]);
    index.update('/s/de/index.md', fm('title: Start'));
    assert.deepEqual(lintNow().messages, []);
  });
});
