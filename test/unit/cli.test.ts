import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
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

  it('reports exactly one finding on the seed post, date-gmt-mismatch on its date_gmt line, and exits 0', () => {
    const result = run(['lint', join(fixtures, 'seed'), '--format', 'json']);
    assert.equal(result.status, 0, result.stderr);
    const findings = JSON.parse(result.stdout);
    assert.deepEqual(
      findings.map((f: Record<string, unknown>) => [f.file, f.rule, f.severity, f.line, f.column, f.endColumn]),
      [['_posts/2014-06-04-retours-sur-dotscale-2014.md', 'date-gmt-mismatch', 'warning', 10, 11, 38]],
    );
  });

  it('writes JSON that validates against docs/lint-output.schema.json', () => {
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(root, 'docs', 'lint-output.schema.json'), 'utf8')));
    for (const site of ['seed', 'broken', 'bilingual']) {
      const output = JSON.parse(run(['lint', join(fixtures, site), '--format', 'json']).stdout);
      assert.ok(validate(output), JSON.stringify(validate.errors));
    }
    assert.equal(validate([{ file: '/abs', line: 0 }]), false);
  });

  it('writes SARIF 2.1.0 that validates against the SARIF schema', () => {
    const validate = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false }).compile(JSON.parse(readFileSync(join(fixtures, 'schemas', 'sarif-2.1.0.json'), 'utf8')));
    const result = run(['lint', join(fixtures, 'broken'), '--format', 'sarif']);
    assert.equal(result.status, 1);
    const sarif = JSON.parse(result.stdout) as { version: string; runs: { results: never[] }[] };
    assert.ok(validate(sarif), JSON.stringify(validate.errors));
    assert.equal(sarif.version, '2.1.0');
    const results = sarif.runs[0].results;
    assert.deepEqual(
      results.map((r: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }) => [r.ruleId, r.level, r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region.startLine]),
      [
        ['front-matter-syntax', 'error', '_posts/2020-01-01-unclosed.md', 3],
        ['duplicate-key', 'warning', '_posts/2020-01-02-twice.md', 3],
      ],
    );
    assert.equal(validate({ version: '2.1.0' }), false);
  });

  it('fixes what can be fixed with --fix, byte for byte, and reports what is left', () => {
    const site = join(scratch, 'fixable');
    mkdirSync(join(site, '_posts'), { recursive: true });
    writeFileSync(join(site, '_config.yml'), 'timezone: Europe/Paris\n');
    const post = join(site, '_posts', '2014-06-04-fix-me.md');
    writeFileSync(post, "\ufeff---\r\ntitle: Fix me # keep this comment\r\ndate: '2014-13-45'\r\ntags: php, symfony\r\ndate_gmt: '2014-06-04 13:27:59 +0200'\r\n---\r\nBody\r\n");
    const result = run(['lint', site, '--fix', '--format', 'json']);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    assert.equal(
      readFileSync(post, 'utf8'),
      "\ufeff---\r\ntitle: Fix me # keep this comment\r\ndate: '2014-06-04'\r\ntags: [php, symfony]\r\ndate_gmt: '2014-06-03 22:00:00 +0000'\r\n---\r\nBody\r\n",
    );
    assert.deepEqual(JSON.parse(result.stdout), []);
  });

  it('reports and fixes a file whose name holds a backslash under that very name', { skip: process.platform === 'win32' && 'no backslash in Windows file names' }, () => {
    const site = join(scratch, 'backslash');
    mkdirSync(join(site, 'notes'), { recursive: true });
    writeFileSync(join(site, '_config.yml'), 'timezone: UTC\n');
    const page = join(site, 'notes\\x.md');
    writeFileSync(page, '---\ntitle: X\npermalink: /Sub/X/\n---\n');
    const linted = run(['lint', site, '--format', 'json']);
    assert.deepEqual((JSON.parse(linted.stdout) as { file: string; rule: string }[]).map((f) => [f.file, f.rule]), [['notes\\x.md', 'permalink-invalid']]);
    const fixed = run(['lint', site, '--fix', '--format', 'json']);
    assert.equal(fixed.status, 0, fixed.stdout + fixed.stderr);
    assert.equal(readFileSync(page, 'utf8'), '---\ntitle: X\npermalink: /sub/x/\n---\n');
  });

  it('renames a misnamed post with --fix, and never over an existing file', () => {
    const site = join(scratch, 'rename');
    mkdirSync(join(site, '_posts'), { recursive: true });
    writeFileSync(join(site, '_config.yml'), 'timezone: UTC\n');
    writeFileSync(join(site, '_posts', 'hello.md'), '---\ntitle: Hello\ndate: 2020-01-02\n---\n');
    writeFileSync(join(site, '_posts', 'taken.md'), '---\ntitle: Taken\ndate: 2020-01-03\n---\n');
    writeFileSync(join(site, '_posts', '2020-01-03-taken.md'), '---\ntitle: Already here\n---\n');
    const result = run(['lint', site, '--fix']);
    assert.ok(existsSync(join(site, '_posts', '2020-01-02-hello.md')));
    assert.ok(!existsSync(join(site, '_posts', 'hello.md')));
    assert.ok(existsSync(join(site, '_posts', 'taken.md')), 'not renamed over an existing file');
    assert.equal(readFileSync(join(site, '_posts', '2020-01-03-taken.md'), 'utf8'), '---\ntitle: Already here\n---\n');
    assert.match(result.stderr, /not renamed: '_posts\/2020-01-03-taken\.md' already exists/);
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
    assert.match(result.stdout, /^\d+ problems \(1 errors, \d+ warnings, \d+ info\)$/m);
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

  it('lists the seed post’s URL, output file, language and date with `urls`', () => {
    const result = run(['urls', join(fixtures, 'seed'), '--format', 'json'], { TZ: 'Europe/Paris' });
    assert.equal(result.status, 0, result.stderr);
    assert.deepEqual(JSON.parse(result.stdout), [
      {
        file: '_posts/2014-06-04-retours-sur-dotscale-2014.md',
        url: '/fr/retours-sur-dotscale-2014/',
        output: 'fr/retours-sur-dotscale-2014/index.html',
        lang: 'fr',
        date: '2014-06-04T15:27:59+02:00',
        published: true,
        kind: 'post',
      },
    ]);
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
