import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { lintDocument } from '../../src/core/lint/lint';
import { Finding } from '../../src/core/lint/types';
import { ignoreForPostFix, ignoreOnLineFix } from '../../src/core/lint/suppressions';
import { readConfig } from '../../src/core/site/config';
import { parseFrontMatter } from '../../src/core/site/frontMatter';
import { classifyPath } from '../../src/core/site/post';
import { applyEdits, slice } from './helpers';

const NOW = new Date('2026-11-26T12:00:00Z');
const POST = '_posts/2014-06-04-a-post.md';
const LONG = 'A title that goes on and on well past what search engines show in results';

function lint(text: string, rules: Record<string, 'error' | 'warning' | 'info' | 'off'> = {}, configText = 'title: x\n'): Finding[] {
  const config = readConfig(configText);
  return lintDocument({ text, document: classifyPath(POST, config)!, config }, { rules, settings: { now: NOW, timezone: 'UTC' } });
}

const seen = (text: string, findings: readonly Finding[]): string[] => findings.map((f) => `${f.rule} ${slice(text, f.range)}`);

describe('suppression comments in front matter', () => {
  it('`# jekyll-posts-disable-next-line` hides that rule on the next line only', () => {
    const text = '---\ntitle: A\n# jekyll-posts-disable-next-line key-typo\npermalnk: /a/\nautors: x\n---\n';
    assert.deepEqual(seen(text, lint(text)), ['key-typo autors']);
  });

  it('`# jekyll-posts-disable` hides the rules it names in the whole post', () => {
    const text = `---\n# jekyll-posts-disable key-typo, seo-length -- imported posts\ntitle: ${LONG}\npermalnk: /a/\nautors: x\n---\n`;
    const plain = text.replace(/# jekyll.*\n/, '');
    assert.deepEqual(seen(plain, lint(plain)), [`seo-length ${LONG}`, 'key-typo permalnk', 'key-typo autors']);
    assert.deepEqual(seen(text, lint(text)), []);
  });

  it('without rule ids hides every rule', () => {
    const text = `---\n#jekyll-posts-disable\ntitle: ${LONG}\npermalnk: /a/\n---\n`;
    assert.deepEqual(lint(text), []);
  });

  it('reports a suppression that hides nothing, with a fix that removes it', () => {
    const text = '---\n# jekyll-posts-disable seo-length, key-typo\ntitle: A\npermalnk: /a/\n---\n';
    const findings = lint(text);
    assert.deepEqual(seen(text, findings), ['unused-suppression seo-length']);
    assert.equal(findings[0].severity, 'info');
    assert.equal(applyEdits(text, findings[0].fixes![0].edits), '---\n# jekyll-posts-disable key-typo\ntitle: A\npermalnk: /a/\n---\n');
    // Its only id unused: the fix removes the whole line.
    const alone = '---\n# jekyll-posts-disable-next-line key-typo\ntitle: A\n---\n';
    const [unused] = lint(alone);
    assert.equal(unused.rule, 'unused-suppression');
    assert.equal(applyEdits(alone, unused.fixes![0].edits), '---\ntitle: A\n---\n');
  });

  it('reports an id that names no rule, offering the nearest one', () => {
    const text = '---\n# jekyll-posts-disable key-typ\ntitle: A\npermalnk: /a/\n---\n';
    const findings = lint(text);
    assert.deepEqual(seen(text, findings), ['unused-suppression key-typ', 'key-typo permalnk']);
    assert.deepEqual(findings[0].message.args, ['key-typ', 'key-typo']);
    assert.equal(applyEdits(text, findings[0].fixes![0].edits), text.replace('key-typ\n', 'key-typo\n'));
  });

  it('follows the unused-suppression severity setting, off included', () => {
    const text = '---\n# jekyll-posts-disable seo-length\ntitle: A\n---\n';
    assert.deepEqual(lint(text, { 'unused-suppression': 'off' }), []);
    assert.equal(lint(text, { 'unused-suppression': 'warning' })[0].severity, 'warning');
    // A rule turned off leaves its suppression with nothing to hide.
    assert.equal(lint(text, {}, 'jekyll_posts:\n  rules:\n    seo-length: off\n').length, 1);
  });

  it('is not fooled by a `#` line inside a block scalar, or by another word', () => {
    const text = '---\ntitle: A\ndescription: |\n  # jekyll-posts-disable key-typo\n  text\npermalnk: /a/\n# jekyll-posts-disabled key-typo\n---\n';
    assert.deepEqual(seen(text, lint(text)), ['key-typo permalnk']);
  });
});

describe('the fix "Ignore <rule> for this post"', () => {
  const fix = (text: string, rule: string) => ignoreForPostFix(text, parseFrontMatter(text), rule);

  it('writes a comment as the first front matter line, with the file’s line ends and its BOM kept', () => {
    const text = '\ufeff---\r\ntitle: A # a comment\r\npermalnk: /a/\r\n---\r\nBody\r\n';
    const after = applyEdits(text, fix(text, 'key-typo')!.edits);
    assert.equal(after, '\ufeff---\r\n# jekyll-posts-disable key-typo\r\ntitle: A # a comment\r\npermalnk: /a/\r\n---\r\nBody\r\n');
    assert.deepEqual(lint(after.replace(/^\ufeff/, '')).filter((f) => f.rule === 'key-typo'), []);
  });

  it('adds the rule to an existing comment, before its reason', () => {
    const text = '---\ntitle: A\n# jekyll-posts-disable seo-length -- old posts\npermalnk: /a/\n---\n';
    assert.equal(applyEdits(text, fix(text, 'key-typo')!.edits), '---\ntitle: A\n# jekyll-posts-disable seo-length, key-typo -- old posts\npermalnk: /a/\n---\n');
  });

  it('is not offered when the post ignores the rule already, or has no closed front matter', () => {
    assert.equal(fix('---\n# jekyll-posts-disable key-typo\ntitle: A\n---\n', 'key-typo'), undefined);
    assert.equal(fix('---\n# jekyll-posts-disable\ntitle: A\n---\n', 'key-typo'), undefined);
    assert.equal(fix('---\ntitle: A\n', 'key-typo'), undefined);
  });
});

describe('the fix "Ignore <rule> on this line"', () => {
  it('writes a next-line comment above the finding, indented as its line', () => {
    const text = '---\ntitle: A\nseo:\n  titel: x\npermalnk: /a/\n---\n';
    const finding = lint(text).find((f) => f.rule === 'key-typo')!;
    const after = applyEdits(text, ignoreOnLineFix(text, parseFrontMatter(text), finding)!.edits);
    assert.equal(after, '---\ntitle: A\nseo:\n  titel: x\n# jekyll-posts-disable-next-line key-typo\npermalnk: /a/\n---\n');
    assert.deepEqual(lint(after), []);
  });

  it('adds the rule to a next-line comment already above the line, and is not offered inside a multi-line value', () => {
    const text = '---\ntitle: A\n# jekyll-posts-disable-next-line seo-length\npermalnk: /a/\ndescription: |\n  tittle: x\n---\n';
    const frontMatter = parseFrontMatter(text);
    const at = text.indexOf('permalnk');
    assert.equal(applyEdits(text, ignoreOnLineFix(text, frontMatter, { rule: 'key-typo', range: { start: at, end: at + 8 } })!.edits), text.replace('seo-length\n', 'seo-length, key-typo\n'));
    const inside = text.indexOf('tittle');
    assert.equal(ignoreOnLineFix(text, frontMatter, { rule: 'key-typo', range: { start: inside, end: inside + 6 } }), undefined);
  });
});
