import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
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

  it('reports exactly one finding on the seed post, date-gmt-mismatch on its date_gmt line (information: nothing in that site reads date_gmt), and exits 0', () => {
    const result = run(['lint', join(fixtures, 'seed'), '--format', 'json']);
    assert.equal(result.status, 0, result.stderr);
    const findings = JSON.parse(result.stdout);
    assert.deepEqual(
      findings.map((f: Record<string, unknown>) => [f.file, f.rule, f.severity, f.line, f.column, f.endColumn]),
      [['_posts/2014-06-04-retours-sur-dotscale-2014.md', 'date-gmt-mismatch', 'info', 10, 11, 38]],
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

  it('fixes what can be fixed with --fix, byte for byte, leaves a fix that changes the tags to --fix=suggested, and reports what is left', () => {
    const site = join(scratch, 'fixable');
    mkdirSync(join(site, '_posts'), { recursive: true });
    writeFileSync(join(site, '_config.yml'), 'timezone: Europe/Paris\n');
    const post = join(site, '_posts', '2014-06-04-fix-me.md');
    writeFileSync(post, "\ufeff---\r\ntitle: Fix me # keep this comment\r\ndate: '2014-13-45'\r\ntags: php, symfony\r\ndate_gmt: '2014-06-04 13:27:59 +0200'\r\n---\r\nBody\r\n");
    const result = run(['lint', site, '--fix', '--format', 'json']);
    assert.equal(result.status, 0, result.stdout + result.stderr);
    // The date stopped the build: fixing it is safe. `php,` becoming `php` changes the site's tags: not without asking.
    // date_gmt, which nothing in this site reads, is not rewritten without asking either.
    assert.equal(
      readFileSync(post, 'utf8'),
      "\ufeff---\r\ntitle: Fix me # keep this comment\r\ndate: '2014-06-04'\r\ntags: php, symfony\r\ndate_gmt: '2014-06-04 13:27:59 +0200'\r\n---\r\nBody\r\n",
    );
    assert.deepEqual((JSON.parse(result.stdout) as { rule: string; line: number }[]).map((f) => [f.rule, f.line]), [['tags-format', 4], ['date-gmt-mismatch', 5]]);
    const suggested = run(['lint', site, '--fix=suggested', '--format', 'json']);
    assert.equal(suggested.status, 0, suggested.stdout + suggested.stderr);
    assert.equal(
      readFileSync(post, 'utf8'),
      "\ufeff---\r\ntitle: Fix me # keep this comment\r\ndate: '2014-06-04'\r\ntags: [php, symfony]\r\ndate_gmt: '2014-06-03 22:00:00 +0000'\r\n---\r\nBody\r\n",
    );
    assert.deepEqual(JSON.parse(suggested.stdout), []);
  });

  it('reports and fixes a file whose name holds a backslash under that very name', { skip: process.platform === 'win32' && 'no backslash in Windows file names' }, () => {
    const site = join(scratch, 'backslash');
    mkdirSync(join(site, 'notes'), { recursive: true });
    writeFileSync(join(site, '_config.yml'), 'timezone: UTC\n');
    const page = join(site, 'notes\\x.md');
    writeFileSync(page, '---\ntitle: X\npermalink: /Sub/X/\n---\n');
    const linted = run(['lint', site, '--format', 'json']);
    assert.deepEqual((JSON.parse(linted.stdout) as { file: string; rule: string }[]).map((f) => [f.file, f.rule]), [['notes\\x.md', 'permalink-invalid']]);
    // Lowercasing the permalink changes the URL: only when asked for by rule.
    const fixed = run(['lint', site, '--fix-rule', 'permalink-invalid', '--format', 'json']);
    assert.equal(fixed.status, 0, fixed.stdout + fixed.stderr);
    assert.equal(readFileSync(page, 'utf8'), '---\ntitle: X\npermalink: /sub/x/\n---\n');
  });

  it('renames a misnamed post with --fix-rule filename-invalid, and never over an existing file', () => {
    const site = join(scratch, 'rename');
    mkdirSync(join(site, '_posts'), { recursive: true });
    writeFileSync(join(site, '_config.yml'), 'timezone: UTC\n');
    writeFileSync(join(site, '_posts', '2020-01-02_hello.md'), '---\ntitle: Hello\n---\n');
    writeFileSync(join(site, '_posts', '2020-01-03_taken.md'), '---\ntitle: Taken\n---\n');
    writeFileSync(join(site, '_posts', '2020-01-03-taken.md'), '---\ntitle: Already here\n---\n');
    // Renaming publishes the post: plain --fix leaves both alone.
    const plain = run(['lint', site, '--fix']);
    assert.ok(existsSync(join(site, '_posts', '2020-01-02_hello.md')), plain.stdout + plain.stderr);
    const result = run(['lint', site, '--fix-rule', 'filename-invalid']);
    assert.ok(existsSync(join(site, '_posts', '2020-01-02-hello.md')), result.stdout + result.stderr);
    assert.ok(!existsSync(join(site, '_posts', '2020-01-02_hello.md')));
    assert.ok(existsSync(join(site, '_posts', '2020-01-03_taken.md')), 'not renamed over an existing file');
    assert.equal(readFileSync(join(site, '_posts', '2020-01-03-taken.md'), 'utf8'), '---\ntitle: Already here\n---\n');
    assert.match(result.stdout, /not renamed: '_posts\/2020-01-03-taken\.md' already exists/);
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

  it('exits 2 for an unreadable folder', { skip: process.getuid?.() === 0 && 'root reads everything (the next test runs as root too)' }, () => {
    const locked = join(scratch, 'locked');
    mkdirSync(locked, { mode: 0o000 });
    const result = run(['lint', locked]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /cannot read .*locked.*permission denied/);
  });

  it('exits 2 with a message, also as root, for a path it cannot read: a file used as a folder, a name too long, a FIFO', { skip: process.platform === 'win32' && 'no FIFO or ENOTDIR on Windows' }, () => {
    const faults = join(scratch, 'faults');
    mkdirSync(faults);
    writeFileSync(join(faults, 'a-file'), 'x');
    const fifo = join(faults, '2020-01-01-pipe.md');
    execFileSync('mkfifo', [fifo]);
    const cases: [string, RegExp][] = [
      [join(faults, 'a-file', '_posts'), /cannot read .*a-file\/_posts.*no such file or directory/], // ENOTDIR
      [join(faults, 'x'.repeat(300)), /cannot read .*xxxx.*no such file or directory/], // ENAMETOOLONG
      [fifo, /cannot read .*pipe\.md.*not a file or a folder/], // no writer: reading it would wait forever
    ];
    for (const [path, message] of cases) {
      const result = spawnSync(process.execPath, [cli, 'lint', path], { encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '' }, timeout: 20_000 });
      assert.equal(result.signal, null, `${path}: still running after 20 s`);
      assert.equal(result.status, 2, `${path}: ${result.stderr}`);
      assert.match(result.stderr, message);
      assert.doesNotMatch(result.stderr, /internal error/);
    }
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

describe('jekyll-posts lint: the jekyll_posts: block and --rule', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'jekyll-posts-cli-config-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));
  const site = (name: string, config: string, post = '---\ntitle: A\npermalnk: /a/\n---\n'): string => {
    const dir = join(scratch, name);
    mkdirSync(join(dir, '_posts'), { recursive: true });
    writeFileSync(join(dir, '_config.yml'), config);
    writeFileSync(join(dir, '_posts', '2020-01-01-a.md'), post);
    return dir;
  };
  const json = (args: string[]): { status: number | null; findings: { file: string; rule: string; severity: string; line: number; column: number; endColumn: number }[] } => {
    const result = run([...args, '--format', 'json']);
    return { status: result.status, findings: result.stdout ? JSON.parse(result.stdout) : [] };
  };

  it('takes rule severities from the site file, and --rule over them for one run', () => {
    const dir = site('severities', 'jekyll_posts:\n  rules:\n    key-typo: error\n');
    const fromSite = json(['lint', dir]);
    assert.deepEqual(fromSite.findings.map((f) => [f.rule, f.severity]), [['key-typo', 'error']]);
    assert.equal(fromSite.status, 1);
    const once = json(['lint', dir, '--rule', 'key-typo=info', '--rule=seo-length=off']);
    assert.deepEqual(once.findings.map((f) => [f.rule, f.severity]), [['key-typo', 'info']]);
    assert.equal(once.status, 0);
    assert.deepEqual(json(['lint', dir, '--rule', 'key-typo=off']).findings, []);
  });

  it('exits 2 naming the nearest rule or severity for an unknown one', () => {
    const dir = site('usage', 'title: x\n');
    const badId = run(['lint', dir, '--rule', 'key-typ=error']);
    assert.equal(badId.status, 2);
    assert.match(badId.stderr, /unknown rule 'key-typ'; did you mean 'key-typo'\?/);
    const badSeverity = run(['lint', dir, '--rule', 'key-typo=warn']);
    assert.equal(badSeverity.status, 2);
    assert.match(badSeverity.stderr, /did you mean 'warning'\?/);
    assert.equal(run(['lint', dir, '--rule', 'key-typo']).status, 2);
  });

  it('reports config-invalid on _config.yml at the key’s line and column, and --fix renames it', () => {
    const dir = site('invalid', 'title: x\njekyll_posts:\n  rules:\n    seo-lenght: off\n');
    const { findings } = json(['lint', dir]);
    assert.deepEqual(findings.map((f) => [f.file, f.rule, f.line, f.column, f.endColumn]), [['_config.yml', 'config-invalid', 4, 5, 15], ['_posts/2020-01-01-a.md', 'key-typo', 3, 1, 9]]);
    run(['lint', dir, '--fix']);
    assert.equal(readFileSync(join(dir, '_config.yml'), 'utf8'), 'title: x\njekyll_posts:\n  rules:\n    seo-length: off\n');
  });

  it('fixes config-invalid in a _config.yml with a BOM and CRLF line ends, byte for byte', () => {
    const config = '\ufeff# site\r\njekyll_posts:\r\n  rules:\r\n    key-typo: "warn" # team choice\r\n';
    const dir = site('bom', config);
    const { findings } = json(['lint', dir]);
    assert.deepEqual(findings.filter((f) => f.file === '_config.yml').map((f) => [f.line, f.column, f.endColumn]), [[4, 15, 21]]);
    run(['lint', dir, '--fix']);
    assert.equal(readFileSync(join(dir, '_config.yml'), 'utf8'), config.replace('"warn"', '"warning"'));
  });

  it('says where Jekyll stops reading a _config.yml saved with a byte order mark, and computes URLs as the build does', () => {
    // `jekyll build` 4.3.1 on this config writes /2020/01/01/a.html: the permalink line is never read.
    const dir = site('bom-cut', '\ufefftitle: x\npermalink: /blog/:title/\n');
    const { findings } = json(['lint', dir]);
    assert.deepEqual(findings.filter((f) => f.file === '_config.yml').map((f) => [f.rule, f.line, f.column, f.endColumn]), [['config-invalid', 2, 1, 25]]);
    assert.match(run(['urls', dir]).stdout, /\/2020\/01\/01\/a\.html/);
  });

  it('reads the block through a --config chain and reports each file’s own mistakes', () => {
    const dir = site('chain', 'jekyll_posts:\n  rules:\n    key-typo: error\n');
    writeFileSync(join(dir, '_config.ci.yml'), 'jekyll_posts:\n  rules:\n    key-typo: info\n    seo-lenght: off\n');
    const { findings } = json(['lint', dir, '--config', `${join(dir, '_config.yml')},${join(dir, '_config.ci.yml')}`]);
    assert.deepEqual(findings.map((f) => [f.file, f.rule, f.severity]), [['_config.ci.yml', 'config-invalid', 'warning'], ['_posts/2020-01-01-a.md', 'key-typo', 'info']]);
  });

  it('honours suppression comments and reports one that hides nothing', () => {
    const dir = site('suppress', 'title: x\n', '---\n# jekyll-posts-disable-next-line key-typo\npermalnk: /a/\n# jekyll-posts-disable seo-length\ntitle: A\n---\n');
    const { findings } = json(['lint', dir]);
    assert.deepEqual(findings.map((f) => [f.rule, f.severity, f.line]), [['unused-suppression', 'info', 4]]);
  });
});
