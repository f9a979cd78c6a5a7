// The CLI lints most files on their front matter alone (decodeForRules). These tests hold it to
// the same findings as linting the whole text, and every rule that does not say it reads the body
// to not depend on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isUtf8 } from 'node:buffer';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { lintPaths } from '../../src/cli/lintCommand';
import { syncNodeFileSystem } from '../../src/cli/nodeFs';
import { decodeFile, decodeForRules, lintDocument } from '../../src/core/lint/lint';
import { allRules } from '../../src/core/lint/rules';
import { parseFrontMatter } from '../../src/core/site/frontMatter';
import { classifyPath } from '../../src/core/site/post';
import { markdownFiles } from './helpers';

const fixtures = join(__dirname, '../../../test/fixtures');
const settings = { now: new Date('2026-11-26T12:00:00Z'), timezone: 'Europe/Paris' };
const enc = new TextEncoder();

test('a front matter without body-reading rules is decoded alone; the body is decoded when a rule reads it', () => {
  const text = '\ufeff---\r\ntitle: Été\r\ntags: [a, b]\r\n---\r\n\r\n\r\nBody with é.\n';
  const bytes = enc.encode(text);
  const alone = decodeForRules(bytes, allRules, isUtf8);
  assert.ok(alone.ok && alone.frontMatterOnly);
  assert.equal(alone.ok && alone.text, '\ufeff---\r\ntitle: Été\r\ntags: [a, b]\r\n---\r\n');
  const withTag = enc.encode('---\ntitle: x\n---\nSee {% post_url 2014-06-04-a %}.\n');
  const whole = decodeForRules(withTag, allRules, isUtf8);
  assert.ok(whole.ok && !whole.frontMatterOnly);
  assert.equal(whole.ok && whole.text, '---\ntitle: x\n---\nSee {% post_url 2014-06-04-a %}.\n');
  // Without the rule that reads `{%`, the tag does not matter.
  const noLiquidRule = allRules.filter((rule) => rule.readsBody === undefined);
  assert.ok(noLiquidRule.length < allRules.length);
  const decoded = decodeForRules(withTag, noLiquidRule, isUtf8);
  assert.ok(decoded.ok && decoded.frontMatterOnly);
  // Bytes that are not UTF-8, anywhere, give decodeFile's finding.
  const broken = new Uint8Array([...enc.encode('---\ntitle: x\n---\nbody '), 0xc3, 0x28, 10]);
  const bad = decodeForRules(broken, allRules, isUtf8);
  assert.equal(bad.ok, false);
  assert.deepEqual(bad, decodeFile(broken));
  // No front matter, or nothing after it: the whole file.
  for (const other of ['just text {% x %}\n', '---\ntitle: x\n---\n', '---\ntitle: x\n', '----\ntitle: x\n---\nbody\n']) {
    const result = decodeForRules(enc.encode(other), allRules, isUtf8);
    assert.ok(result.ok && !result.frontMatterOnly && result.text === other, other);
  }
});

test('rules that do not declare readsBody give the same findings on the front matter alone, on every fixture post', () => {
  const rules = allRules.filter((rule) => rule.readsBody === undefined);
  const config = { raw: {}, collections: new Map(), defaults: [], exclude: [], include: [] };
  let compared = 0;
  for (const path of markdownFiles(fixtures)) {
    const bytes = readFileSync(path);
    const whole = decodeFile(bytes);
    const alone = decodeForRules(bytes, rules, isUtf8);
    if (!whole.ok || !alone.ok || !alone.frontMatterOnly) continue;
    const site = path.slice(0, path.lastIndexOf('/_posts/') + 1 || path.lastIndexOf('/') + 1);
    const document = classifyPath(relative(site, path), config as never) ?? classifyPath('_posts/2014-06-04-x.md', config as never)!;
    const lint = (text: string) => lintDocument({ text, document, config: config as never, frontMatter: parseFrontMatter(text) }, { ruleSet: rules, settings });
    assert.deepEqual(lint(alone.text), lint(whole.text), path);
    compared++;
  }
  assert.ok(compared >= 20, `only ${compared} fixture files compared`);
});

test('jekyll-posts lint finds on each file what linting its whole text finds, Liquid tags included', async () => {
  const scratch = mkdtempSync(join(tmpdir(), 'jekyll-posts-fm-only-'));
  try {
    cpSync(join(fixtures, 'bilingual'), join(scratch, 'site'), { recursive: true });
    const posts = join(scratch, 'site', '_posts');
    writeFileSync(join(posts, '2024-01-02-links.md'), '---\ntitle: Links\nlang: en\ntags: php, symfony\n---\n\nSee {% post_url 2014-01-01-nothing %} and {% link missing.md %}.\n');
    writeFileSync(join(posts, '2024-01-03-raw.md'), '---\ntitle: Raw\nlang: en\ndate: 2024-01-04\n---\n{% raw %}{% post_url nowhere %}{% endraw %}\n');
    const [site] = await lintPaths(syncNodeFileSystem, [join(scratch, 'site')], scratch, { settings });
    assert.ok(site.files.length >= 5);
    // Documents past the number kept parsed between the passes are read again: same findings.
    for (const kept of [0, 3]) assert.deepEqual((await lintPaths(syncNodeFileSystem, [join(scratch, 'site')], scratch, { settings }, undefined, kept))[0].files, site.files, `${kept} kept`);
    const rules = new Set(site.files.flatMap((f) => f.findings.map((finding) => finding.rule)));
    assert.ok(rules.has('post-url-broken') && rules.has('tags-format'), [...rules].join(' '));
    for (const file of site.files) {
      const bytes = readFileSync(join(scratch, 'site', file.file));
      const decoded = decodeFile(bytes);
      assert.ok(decoded.ok);
      // Where it has findings, the text they need: the whole text, or its front matter alone.
      if (file.findings.length === 0) assert.equal(file.text, undefined, file.file);
      else if (file.frontMatterOnly) assert.ok(file.text && decoded.text.startsWith(file.text) && file.text.length < decoded.text.length, file.file);
      else assert.equal(file.text, decoded.text, file.file);
      const document = classifyPath(file.file, site.config)!;
      const expected = lintDocument({ text: decoded.text, document, config: site.config }, { site: site.facts, siteDocumentsCurrent: true, settings });
      assert.deepEqual(file.findings, expected, file.file);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

test('the CLI file system reads each file whole into its reused buffer, growing it for large files', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'jekyll-posts-scratch-'));
  try {
    const read = syncNodeFileSystem.readFileScratch!.bind(syncNodeFileSystem);
    // Around the buffer's first size (64 KB), and past twice that.
    for (const size of [0, 1, 4095, 65535, 65536, 65537, 200_001, 3]) {
      const path = join(scratch, `f${size}.md`);
      const bytes = Buffer.alloc(size);
      for (let i = 0; i < size; i++) bytes[i] = (i * 7 + size) % 251;
      writeFileSync(path, bytes);
      const got = read(path);
      assert.ok(got, `${size} bytes`);
      assert.equal(Buffer.compare(Buffer.from(got.buffer, got.byteOffset, got.byteLength), bytes), 0, `${size} bytes`);
      assert.deepEqual(syncNodeFileSystem.readFileNow!(path), readFileSync(path));
    }
    assert.equal(read(join(scratch, 'missing.md')), undefined);
    assert.equal(read(scratch), undefined, 'a folder');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
