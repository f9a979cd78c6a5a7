import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lintDocument } from '../../src/core/lint/lint';
import { readConfig } from '../../src/core/site/config';
import { parseFrontMatter, parseYamlText } from '../../src/core/site/frontMatter';
import { classifyPath } from '../../src/core/site/post';
import { slice } from './helpers';

// A quoted value whose next lines are indented no more than its key. libyaml (Psych, the loader of
// Debian's jekyll 4.3.1) does not check the indentation of a quoted scalar's lines, only that none
// starts with a document marker; the `yaml` package reported a missing quote, and we told the author
// that Jekyll ignores the whole front matter. Expected values from `Psych.safe_load` (ruby -rpsych)
// and, for the first case, `jekyll build` of a post written so: `{{ page.title }}` is
// "a long title here".

const NOW = new Date('2026-01-01T00:00:00Z');

describe('a quoted value over several lines, its lines not indented', () => {
  it('is read as Jekyll reads it, folded to one line, with no YAML problem', () => {
    const cases: [string, Record<string, unknown>][] = [
      ['title: "a long\ntitle here"\nlayout: post\n', { title: 'a long title here', layout: 'post' }],
      ["title: 'a long\ntitle here'\nlayout: post\n", { title: 'a long title here', layout: 'post' }],
      ["t: 'it''s\nfine'\n", { t: "it's fine" }],
      ['a:\n  b: "x\ny"\n', { a: { b: 'x y' } }],
      ['a:\n  b:\n    c: "x\ny: z"\n  d: 1\n', { a: { b: { c: 'x y: z' }, d: 1 } }],
      ['- "a\nb"\n- c\n', {}],
    ];
    for (const [yaml, expected] of cases.slice(0, 5)) {
      const parsed = parseFrontMatter(`---\n${yaml}---\nBody\n`);
      assert.deepEqual(parsed.problems, [], yaml);
      assert.deepEqual(JSON.parse(JSON.stringify(parsed.data)), expected, yaml); // plain objects (the reader makes null-prototype maps)
    }
    // A list at the top is no front matter mapping for Jekyll, but it is valid YAML.
    assert.deepEqual(parseYamlText(cases[5][0]).problems.map((p) => p.kind), ['not-mapping']);
  });

  it('keeps the value’s range over its lines, quotes included', () => {
    const text = '---\ntitle: "a long\ntitle here"\nlayout: post\n---\nBody\n';
    const title = parseFrontMatter(text).fields.get('title')!;
    assert.equal(slice(text, title.valueRange), '"a long\ntitle here"');
    assert.equal(title.style, 'double');
  });

  it('still ends at a document marker, where Psych stops with an error', () => {
    // Psych: "found unexpected document indicator while scanning a quoted scalar".
    const errors = (yaml: string) => parseYamlText(yaml).problems.filter((p) => p.kind === 'yaml-error').map((p) => p.detail);
    assert.equal(errors('t: "a\n---\nb"\n')[0], 'Missing closing "quote');
    assert.equal(errors('t: "a\n... \nb"\n')[0], 'Missing closing "quote');
  });

  it('gives the post no front-matter-syntax finding', () => {
    const config = readConfig('title: x\n');
    const text = '---\ntitle: "Retours sur dotScale\n2014"\nlayout: post\n---\nBody\n';
    const findings = lintDocument({ text, document: classifyPath('_posts/2014-06-04-dotscale.md', config)!, config }, { settings: { now: NOW, timezone: 'UTC' } });
    assert.deepEqual(findings.map((f) => f.rule), []);
  });
});
