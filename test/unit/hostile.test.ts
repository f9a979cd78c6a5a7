import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { decodeFile } from '../../src/core/lint/lint';
import { lintText } from '../../src/core/lint/lintFile';
import { readConfig } from '../../src/core/site/config';
import { Finding } from '../../src/core/lint/types';

const POST = '_posts/2014-06-04-hostile.md';
const config = readConfig('timezone: Europe/Paris\n');
const settings = { now: new Date('2026-11-26T12:00:00Z'), timezone: 'Europe/Paris', requiredKeys: [] };
const rules = (findings: Finding[]): string[] => findings.map((f) => `${f.rule}:${f.severity}`);

const bomb = ['---', 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
for (let i = 0; i < 8; i++) {
  const name = String.fromCharCode(98 + i);
  const previous = String.fromCharCode(97 + i);
  bomb.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
}
bomb.push('---', '');

/** Each hostile input and what the linter must answer: a finding, never an exception or a hang. */
const table: { name: string; text: () => string; expect: string[] }[] = [
  { name: 'a YAML alias bomb (billion laughs)', text: () => bomb.join('\n'), expect: ['front-matter-syntax:error'] },
  { name: 'flow lists nested 10,000 deep', text: () => `---\ntitle: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n---\n`, expect: ['front-matter-syntax:error'] },
  { name: 'mappings indented 3,000 levels deep', text: () => `---\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} x\n---\n`, expect: ['front-matter-syntax:error'] },
  { name: 'a 10 MB post', text: () => `---\ntitle: Big\n---\n${'Lorem ipsum dolor sit amet. '.repeat(380_000)}`, expect: [] },
  { name: 'thousands of tags in one post', text: () => `---\ntitle: Tags\ntags:\n${Array.from({ length: 5000 }, (_, i) => `- tag${i}`).join('\n')}\n---\n`, expect: [] },
  { name: 'a thousand duplicate tags', text: () => `---\ntitle: Tags\ntags: [${Array(1000).fill('php').join(', ')}]\n---\n`, expect: Array(999).fill('tags-format:warning') },
  { name: 'a 200 kB single-line title', text: () => `---\ntitle: ${'a'.repeat(200_000)}\n---\n`, expect: ['seo-length:info'] },
  { name: 'control characters and lone surrogates', text: () => '---\ntitle: "\u0001\ud800"\n---\n', expect: [] },
];

describe('hostile input gets its expected finding, never an exception', () => {
  for (const c of table) {
    it(`answers ${c.name} with ${c.expect.length ? [...new Set(c.expect)].join(', ') : 'no finding'}`, () => {
      assert.deepEqual(rules(lintText(c.text(), POST, config, { settings })), c.expect);
    });
  }
  it('reads a 100 MB post’s front matter only, and says so', () => {
    const body = Buffer.alloc(100 * 1024 * 1024, 'a');
    const bytes = Buffer.concat([Buffer.from('---\ntitle: Huge\ndate: 2014-13-45\n---\n'), body]);
    const decoded = decodeFile(bytes);
    assert.ok(decoded.ok);
    assert.equal(decoded.truncated, true);
    assert.ok(decoded.text.length < 1024);
    assert.equal(decoded.notice?.severity, 'info');
    assert.deepEqual(rules(lintText(decoded.text, POST, config, { settings })), ['date-invalid:error']);
  });
  it('reports a binary file named .md', () => {
    const decoded = decodeFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    assert.ok(!decoded.ok && decoded.finding.rule === 'front-matter-syntax' && decoded.finding.severity === 'error');
  });
  it('reports invalid UTF-8', () => {
    const decoded = decodeFile(new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xc3, 0x28, 0x0a]));
    assert.ok(!decoded.ok && decoded.finding.rule === 'front-matter-syntax');
  });
  for (const [name, text] of [
    ['a list', '- a\n- b\n'],
    ['a string', 'just a string\n'],
    ['invalid YAML', 'title: [\n'],
    ['binary junk', '\u0000\u0001'],
  ]) {
    it(`lints with a _config.yml that is ${name}`, () => {
      const broken = readConfig(text);
      assert.ok(broken.problems.length > 0 || Object.keys(broken.raw).length === 0);
      assert.deepEqual(rules(lintText('---\ntitle: Fine\ndate: 2014-06-04\n---\n', POST, broken, { settings })), []);
    });
  }
});

describe('hostile sites on disk', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'jekyll-posts-hostile-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));
  const cli = join(__dirname, '..', '..', '..', 'dist', 'cli.js');

  it('lints a site whose _posts holds a symbolic link loop, without following it', () => {
    mkdirSync(join(scratch, 'loop', '_posts', 'sub'), { recursive: true });
    writeFileSync(join(scratch, 'loop', '_config.yml'), 'title: Loop\n');
    writeFileSync(join(scratch, 'loop', '_posts', '2014-06-04-ok.md'), '---\ntitle: Ok\n---\n');
    symlinkSync(join(scratch, 'loop', '_posts'), join(scratch, 'loop', '_posts', 'sub', 'again'));
    symlinkSync(join(scratch, 'loop', '_posts', 'self.md'), join(scratch, 'loop', '_posts', 'self.md'));
    const result = spawnSync(process.execPath, [cli, 'lint', join(scratch, 'loop'), '--format', 'json'], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), []);
  });
});
