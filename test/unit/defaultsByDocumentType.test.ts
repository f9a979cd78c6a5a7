// `_config.yml` defaults scoped by `type` reach a page, a post and a collection document as they do
// in Jekyll. The expected languages come from a `jekyll build` of this very site (Jekyll 4.3.1,
// `{{ page.lang }}` printed on each): about.md → fr, _posts/2024-01-01-x.md → de,
// _recipes/soup.md → en.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lintDocument } from '../../src/core/lint/lint';
import { formatMessage } from '../../src/core/messages';
import { readConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';

const CONFIG = `collections:
  recipes:
    output: true
defaults:
  - scope: {path: "", type: pages}
    values: {lang: fr}
  - scope: {path: "", type: posts}
    values: {lang: de}
  - scope: {path: "", type: recipes}
    values: {lang: en}
jekyll_posts:
  languages: [en, fr, de]
`;

const settings = { now: new Date('2026-11-26T12:00:00Z'), timezone: 'UTC' };

function mismatch(path: string, text: string): [string, number, number, string][] {
  const config = readConfig(CONFIG);
  const document = classifyPath(path, config)!;
  return lintDocument({ text, document, config }, { settings })
    .filter((f) => f.rule === 'permalink-lang-mismatch')
    .map((f) => [f.severity, f.range.start, f.range.end, formatMessage(f.message)]);
}

describe('type-scoped defaults give each kind of document its own language', () => {
  it('a page takes the `type: pages` default (fr)', () => {
    const text = '---\npermalink: /en/about/\n---\n{{ page.lang }}\n';
    const at = text.indexOf('en/');
    assert.deepEqual(mismatch('about.md', text), [['warning', at, at + 2, 'This fr post’s permalink starts with `/en/`.']]);
  });

  it('a post takes the `type: posts` default (de), not the pages one', () => {
    const text = '---\npermalink: /en/x/\n---\n{{ page.lang }}\n';
    const at = text.indexOf('en/');
    assert.deepEqual(mismatch('_posts/2024-01-01-x.md', text), [['warning', at, at + 2, 'This de post’s permalink starts with `/en/`.']]);
  });

  it('a collection document takes its collection’s default (en)', () => {
    const text = '---\npermalink: /fr/soup/\n---\n{{ page.lang }}\n';
    const at = text.indexOf('fr/');
    assert.deepEqual(mismatch('_recipes/soup.md', text), [['warning', at, at + 2, 'This en post’s permalink starts with `/fr/`.']]);
  });
});
