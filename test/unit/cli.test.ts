import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const root = join(__dirname, '..', '..', '..');
const cli = join(root, 'dist', 'cli.js');
const fixtures = join(root, 'test', 'fixtures');

function run(args: string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('jekyll-posts lint', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'jekyll-posts-cli-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('is built', () => assert.ok(existsSync(cli), 'run node scripts/build.mjs first'));

  it('reports no error on the seed post and exits 0', () => {
    const result = run(['lint', join(fixtures, 'seed'), '--format', 'json']);
    assert.equal(result.status, 0, result.stderr);
    const findings = JSON.parse(result.stdout) as { severity: string }[];
    assert.deepEqual(findings.filter((f) => f.severity === 'error'), []);
  });

  const shared = join(root, '..', 'shared', 'corpora', 'seed');
  it('reports no error on the shared seed corpus when it is there', { skip: !existsSync(shared) && 'shared/ not present' }, () => {
    const result = run(['lint', shared, '--format', 'json']);
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual((JSON.parse(result.stdout) as { severity: string }[]).filter((f) => f.severity === 'error'), []);
  });

  it('gives front-matter-syntax at the line of `title: [unclosed` and exits 1', () => {
    const result = run(['lint', join(fixtures, 'broken'), '--format', 'json']);
    assert.equal(result.status, 1);
    const findings = JSON.parse(result.stdout);
    const syntax = findings.find((f: { rule: string }) => f.rule === 'front-matter-syntax');
    assert.deepEqual(syntax, {
      file: '_posts/2020-01-01-unclosed.md',
      line: 3,
      column: 8,
      endLine: 3,
      endColumn: 17,
      severity: 'error',
      rule: 'front-matter-syntax',
      message: syntax.message,
    });
    assert.match(syntax.message, /not valid YAML/);
  });

  it('lints a single file, naming it relative to its site root', () => {
    const result = run(['lint', join(fixtures, 'broken', '_posts', '2020-01-02-twice.md'), '--format', 'json']);
    assert.equal(result.status, 0);
    assert.deepEqual(
      JSON.parse(result.stdout).map((f: { file: string; rule: string; line: number }) => [f.file, f.rule, f.line]),
      [['_posts/2020-01-02-twice.md', 'duplicate-key', 3]],
    );
  });

  it('prints text with a summary by default', () => {
    const result = run(['lint', join(fixtures, 'broken')]);
    assert.equal(result.status, 1);
    assert.match(result.stdout, /^_posts\/2020-01-01-unclosed\.md:3:8: error .*\[front-matter-syntax\]$/m);
    assert.match(result.stdout, /^2 problems \(1 errors, 1 warnings, 0 info\)$/m);
  });

  it('speaks French when the locale is French', () => {
    const result = run(['lint', join(fixtures, 'broken')], { LANG: 'fr_FR.UTF-8' });
    assert.match(result.stdout, /erreur L’en-tête n’est pas du YAML valide/);
  });

  it('exits 2 with a message for a path that does not exist', () => {
    const result = run(['lint', join(scratch, 'nope')]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /cannot read .*nope.*no such file or directory/);
  });

  it('exits 2 for an unknown format or option', () => {
    assert.equal(run(['lint', '--format', 'xml']).status, 2);
    assert.equal(run(['lint', '--frobnicate']).status, 2);
    assert.equal(run(['frobnicate']).status, 2);
  });

  it('exits 2 for an unreadable folder', { skip: process.getuid?.() === 0 && 'root reads everything' }, () => {
    const locked = join(scratch, 'locked');
    mkdirSync(locked, { mode: 0o000 });
    assert.equal(run(['lint', locked]).status, 2);
  });

  it('reports a binary file named .md as an error instead of crashing', () => {
    const site = join(scratch, 'binary');
    mkdirSync(join(site, '_posts'), { recursive: true });
    writeFileSync(join(site, '_config.yml'), 'title: x\n');
    writeFileSync(join(site, '_posts', '2020-01-01-image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const result = run(['lint', site, '--format', 'json']);
    assert.equal(result.status, 1);
    assert.deepEqual(JSON.parse(result.stdout).map((f: { rule: string; line: number }) => [f.rule, f.line]), [['front-matter-syntax', 1]]);
  });

  it('lints a site whose _config.yml is missing or broken without failing', () => {
    const site = join(scratch, 'badconfig');
    mkdirSync(join(site, '_posts'), { recursive: true });
    writeFileSync(join(site, '_config.yml'), '- just\n- a list\n');
    writeFileSync(join(site, '_posts', '2020-01-01-ok.md'), '---\ntitle: Fine\n---\n');
    const result = run(['lint', site, '--format', 'json']);
    assert.equal(result.status, 0, result.stderr);
  });
});
