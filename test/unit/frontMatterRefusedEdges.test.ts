import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { MAX_ALIAS_EXPANSIONS, parseFrontMatter, parseFrontMatterData, parseYamlText } from '../../src/core/site/frontMatter';
import { slice } from './helpers';

// What front matter Jekyll 4.3.1 does not read, and where each refusal is reported. Expected values
// from Ruby 3.1 / Jekyll 4.3.1:
// - Jekyll::Document::YAML_FRONT_MATTER_REGEXP.match?(text) is false for a file without front
//   matter ("no front matter: here\n") and for one never closed ("---\ntitle: A\n"): no data.
// - Psych.safe_load("just text\n") is the String "just text": not a mapping (jekyll build: "could
//   not read file … undefined method `key?' for \"just text\":String"); "!!str\n" is "" (a String too).
// - Psych.safe_load is nil for "~", "null", "!!null", "! " and "&a" alone: jekyll build renders such
//   a post (Liquid and all) with no data of its own and no error.
// - Psych.safe_load(permitted_classes: [Date, Time], aliases: true) reads the alias texts below:
//   `a` a list of n items, `b` m lists that are `a` itself ([1281, 77] and [5262, 18]).
// - Psych.safe_load reads only the first document: "title: A\n--- x\n" and "title: A\n--- x\nb: [\n"
//   are {"title"=>"A"}, "a: 1\n--- [x\n" is {"a"=>1}; jekyll build renders a post with front matter
//   `title: A` then `--- x` with page.title A, and no error.
// The alias limit (MAX_ALIAS_EXPANSIONS values once aliases are expanded) and the nesting limit are
// guards of ours; their edges are ours.

const problemsOf = (text: string, problems: readonly { kind: string; range: { start: number; end: number }; detail: string }[]) =>
  problems.map((p) => [p.kind, slice(text, p.range), p.detail]);

/** `a: &a [x, …]` (n items), `b: [*a, …]` (m aliases): 4 + (n + 1)(m + 1) values once expanded. */
const aliases = (n: number, m: number) => `a: &a [${Array(n).fill('x').join(', ')}]\nb: [${Array(m).fill('*a').join(', ')}]\n`;

describe('front matter Jekyll does not read', () => {
  it('a file without front matter has no data and no problem; one never closed has no data and an `unclosed` problem on its fence', () => {
    const none = parseFrontMatter('no front matter: here\n');
    assert.equal(none.data, undefined);
    assert.deepEqual(none.problems, []);
    const text = '---\ntitle: A\n';
    const unclosed = parseFrontMatter(text);
    assert.equal(unclosed.data, undefined);
    assert.deepEqual(problemsOf(text, unclosed.problems), [['unclosed', '---', '']]);
    assert.equal(unclosed.fields.size, 0);
  });

  it('parseFrontMatterData: no data for a file without front matter or with front matter never closed', () => {
    assert.equal(parseFrontMatterData('no front matter: here\n'), undefined);
    assert.equal(parseFrontMatterData('---\ntitle: A\n'), undefined);
    assert.deepEqual({ ...parseFrontMatterData('---\ntitle: A\n---\n') }, { title: 'A' });
  });

  it('a single value instead of keys is refused as `not-mapping`, detail `scalar`, on the value', () => {
    const text = '---\njust text\n---\n';
    assert.deepEqual(problemsOf(text, parseFrontMatter(text).problems), [['not-mapping', 'just text', 'scalar']]);
  });

  it('a front matter that is only a null (`~`, `null`, `!!null`, a lone tag or anchor) is read as no keys, without a problem', () => {
    for (const yaml of ['~', 'null', 'NULL', '!!null', '! ', '&a']) {
      const parsed = parseFrontMatter(`---\n${yaml}\n---\nHello\n`);
      assert.deepEqual([{ ...parsed.data }, parsed.problems], [{}, []], yaml);
      assert.deepEqual({ ...parseFrontMatterData(`---\n${yaml}\n---\nHello\n`) }, {}, yaml);
    }
    // An empty text: Psych.safe_load("") is nil too, and Jekyll reads an empty _config.yml as no settings.
    for (const yaml of ['', '# only a comment\n', '\n\n']) {
      assert.deepEqual([{ ...parseYamlText(yaml).data }, parseYamlText(yaml).problems], [{}, []], JSON.stringify(yaml));
      assert.deepEqual([{ ...parseFrontMatter(`---\n${yaml}---\n`).data }, parseFrontMatter(`---\n${yaml}---\n`).problems], [{}, []], JSON.stringify(yaml));
    }
    const text = '---\n!!str\n---\n';
    assert.deepEqual(problemsOf(text, parseFrontMatter(text).problems).map(([kind, , detail]) => [kind, detail]), [['not-mapping', 'scalar']]);
  });

  it('a `--- x` line inside front matter starts a document Jekyll does not read: the first is the data, and no problem', () => {
    for (const [yaml, data] of [['title: A\n--- x\n', { title: 'A' }], ['title: A\n--- x\nb: [\n', { title: 'A' }], ['a: 1\n--- [x\n', { a: 1 }]] as const) {
      const text = `---\n${yaml}---\nHello\n`;
      const parsed = parseFrontMatter(text);
      assert.deepEqual([{ ...parsed.data }, parsed.problems, [...parsed.fields.keys()]], [data, [], Object.keys(data)], yaml);
      assert.deepEqual({ ...parseFrontMatterData(text) }, data, yaml);
    }
  });

  it('aliases expanding to exactly MAX_ALIAS_EXPANSIONS values are read as Psych reads them; one more is refused on the first alias', () => {
    assert.equal(MAX_ALIAS_EXPANSIONS, 100_000);
    const read = parseFrontMatter(`---\n${aliases(1281, 77)}---\n`); // 4 + 1282 × 78 = 100,000
    assert.deepEqual(read.problems, []);
    const data = read.data as { a: string[]; b: string[][] };
    assert.deepEqual([data.a.length, data.b.length, [...new Set(data.b.map((l) => l.length))]], [1281, 77, [1281]]);
    const text = `---\n${aliases(5262, 18)}---\n`; // 4 + 5263 × 19 = 100,001
    const refused = parseFrontMatter(text);
    assert.equal(refused.data, undefined);
    assert.deepEqual(problemsOf(text, refused.problems), [['alias-limit', '*a', '100000']]);
  });

  it('_config.yml of one line, without a line end, nested 65 levels: refused, reported on that line', () => {
    const text = `a: ${'['.repeat(65)}${']'.repeat(65)}`;
    assert.deepEqual(problemsOf(text, parseYamlText(text).problems), [['nesting-limit', text, '64']]);
  });
});
