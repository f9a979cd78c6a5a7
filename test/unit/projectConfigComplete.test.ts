import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { completeProjectConfig, hoverProjectConfig } from '../../src/core/complete/projectConfigComplete';
import { Message, formatMessage } from '../../src/core/messages';

const describeRule = (id: string): string => `meaning of ${id}`;
/** The text with `|` marking the cursor. */
const at = (marked: string): [string, number] => [marked.replace('|', ''), marked.indexOf('|')];
const labels = (marked: string): string[] => completeProjectConfig(...at(marked), describeRule).map((i) => i.label);
const show = (parts: readonly (string | Message)[]): string[] => parts.map((p) => (typeof p === 'string' ? p : formatMessage(p)));

describe('completions in the jekyll_posts: block of _config.yml', () => {
  it('offers the block’s keys, with their meaning, under jekyll_posts:', () => {
    assert.deepEqual(labels('title: x\njekyll_posts:\n  |\n'), ['languages', 'translation_key', 'required_keys', 'rules', 'new_post', 'default_front_matter', 'images']);
    assert.deepEqual(labels('jekyll_posts:\n  languages: [fr]\n  tra|\n'), ['translation_key']);
    const [item] = completeProjectConfig(...at('jekyll_posts:\n  rul|\n'), describeRule);
    assert.equal(item.insertText, 'rules:');
    assert.match(show(item.documentation)[0], /severity per rule/);
  });

  it('offers rule ids with their meaning under rules:, and severities after a rule id', () => {
    const [text, offset] = at('jekyll_posts:\n  rules:\n    seo-length: off\n    key-t|\n');
    const items = completeProjectConfig(text, offset, describeRule);
    assert.deepEqual(items.map((i) => i.label), ['key-typo']);
    assert.deepEqual(show(items[0].documentation), ['meaning of key-typo', 'Default: `warning`.']);
    assert.deepEqual(items[0].range, { start: offset - 5, end: offset });
    assert.deepEqual(labels('jekyll_posts:\n  rules:\n    key-typo: |\n'), ['error', 'warning', 'info', 'off']);
    assert.deepEqual(labels('jekyll_posts:\n  rules:\n    key-typo: wa|\n'), ['warning']);
  });

  it('offers the jekyll_posts: block itself at the top level once a letter is typed', () => {
    assert.deepEqual(labels('title: x\njek|\n'), ['jekyll_posts']);
    assert.deepEqual(labels('title: x\n|\n'), []);
    assert.match(show(hoverProjectConfig('jekyll_posts:\n  rules: {}\n', 3, describeRule)!.contents)[0], /read alike by the editor and the `jekyll-posts` CLI/);
  });

  it('offers nothing elsewhere in the file', () => {
    assert.deepEqual(labels('title: x\ndefaults:\n  |\n'), []);
    assert.deepEqual(labels('jekyll_posts:\n  languages: |\n'), []);
    assert.deepEqual(labels('other:\n  rules:\n    |\n'), []);
    assert.deepEqual(labels('jekyll_posts:\n  # a comment |\n'), []);
  });
});

describe('hovers in the jekyll_posts: block', () => {
  it('explains a key, a rule id and a severity', () => {
    const text = 'jekyll_posts:\n  required_keys: [title]\n  rules:\n    seo-length: off\n';
    assert.match(show(hoverProjectConfig(text, text.indexOf('required'), describeRule)!.contents).join(' '), /every post must have/);
    const rule = hoverProjectConfig(text, text.indexOf('length'), describeRule)!;
    assert.deepEqual(show(rule.contents), ['`seo-length`', 'meaning of seo-length', 'Default: `info`.']);
    assert.deepEqual(rule.range, { start: text.indexOf('seo-length'), end: text.indexOf('seo-length') + 'seo-length'.length });
    assert.deepEqual(show(hoverProjectConfig(text, text.indexOf('off') + 1, describeRule)!.contents), ['Do not check.']);
    assert.equal(hoverProjectConfig('title: seo-length\n', 8, describeRule), undefined);
  });
});
