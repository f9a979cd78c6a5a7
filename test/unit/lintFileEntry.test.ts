import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { MemoryFileSystem } from '../../src/core/fs';
import { isLintable, lintFile, lintText } from '../../src/core/lint/lintFile';
import { formatMessage } from '../../src/core/messages';
import { readConfig } from '../../src/core/site/config';
import { classifyPath } from '../../src/core/site/post';

/** Which files the linter looks at, and what it says of a file it cannot read. */
const config = readConfig('');
const settings = { settings: { now: new Date('2026-11-26T12:00:00Z'), timezone: 'UTC', requiredKeys: ['title'], titleMaxLength: 60, excerptMaxLength: 160 } };
const rules = (text: string, path: string): string[] => lintText(text, path, config, settings).map((f) => f.rule);

describe('lintText: the documents Jekyll reads', () => {
  it('Markdown and HTML pages, not other files', () => {
    const lintable = (path: string): boolean => isLintable(classifyPath(path, config)!, config);
    assert.equal(lintable('a.md'), true);
    assert.equal(lintable('a.html'), true);
    assert.equal(lintable('a.HTM'), true);
    assert.equal(lintable('a.txt'), false);
    assert.equal(lintable('a.html.txt'), false);
  });

  it('a post without front matter is a post; a page without front matter is a file Jekyll copies', () => {
    assert.deepEqual(rules('text\n', '_posts/2030-01-01-a.md'), ['date-future']);
    assert.deepEqual(rules('![](a.png)\n', '_posts/2020-01-01-a.md'), ['image-alt-missing']);
    assert.deepEqual(rules('![](a.png)\n', 'a.md'), []);
    assert.deepEqual(rules('---\ntitle: A\n---\n![](a.png)\n', 'a.md'), ['image-alt-missing']);
  });

  it('files Jekyll does not read give no finding', () => {
    assert.deepEqual(rules('---\ntitle: [\n---\n', '_includes/a.md'), []);
    assert.deepEqual(rules('---\ntitle: [\n---\n', 'a.md'), ['front-matter-syntax']);
  });
});

describe('lintFile: reading the file', () => {
  const big = `---\ntitle: A\n---\n${'x'.repeat(11 * 1024 * 1024)}\n`;
  const fs = new MemoryFileSystem({
    '/site/_posts/2020-01-01-a.md': '---\ntitle: A\n---\n![](a.png)\n',
    '/site/_posts/2020-01-02-bin.md': new Uint8Array([45, 45, 45, 10, 0, 1, 2]),
    '/site/_posts/2020-01-03-big.md': big,
  });

  it('a file that is gone: nothing to say', async () => {
    assert.deepEqual(await lintFile(fs, '/site', '/site/_posts/2020-01-09-gone.md', config, settings), { file: '_posts/2020-01-09-gone.md', text: undefined, findings: [] });
  });

  it('a readable file: its text and its findings', async () => {
    const result = await lintFile(fs, '/site', '/site/_posts/2020-01-01-a.md', config, settings);
    assert.equal(result.file, '_posts/2020-01-01-a.md');
    assert.equal(result.text, '---\ntitle: A\n---\n![](a.png)\n');
    assert.deepEqual(result.findings.map((f) => f.rule), ['image-alt-missing']);
  });

  it('a binary file: one finding, no text', async () => {
    const result = await lintFile(fs, '/site', '/site/_posts/2020-01-02-bin.md', config, settings);
    assert.equal(result.text, undefined);
    assert.deepEqual(result.findings.map((f) => [f.rule, formatMessage(f.message)]), [['front-matter-syntax', 'This file is not text (it holds NUL bytes); Jekyll cannot read it as a post.']]);
  });

  it('a file too large: a notice first, then the findings of its front matter', async () => {
    const result = await lintFile(fs, '/site', '/site/_posts/2020-01-03-big.md', config, settings);
    assert.equal(result.text, '---\ntitle: A\n---\n');
    assert.equal(formatMessage(result.findings[0].message), 'This file is 11 MB; only its front matter was checked.');
    assert.equal(result.findings.length, 1);
  });
});
