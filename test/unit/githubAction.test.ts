import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const root = join(__dirname, '..', '..', '..');
const entry = join(root, 'action', 'entry.mjs');

/** Runs the action's entry as GitHub would: inputs as INPUT_* variables, outputs to a GITHUB_OUTPUT file. */
function runAction(workspace: string, inputs: Record<string, string>) {
  const outputFile = join(workspace, '..', `output-${Math.random().toString(36).slice(2)}`);
  writeFileSync(outputFile, '');
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, GITHUB_WORKSPACE: workspace, GITHUB_OUTPUT: outputFile, RUNNER_TEMP: join(workspace, '..'), LANG: 'C' };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] = value;
  const run = spawnSync(process.execPath, [entry], { cwd: workspace, env, encoding: 'utf8' });
  const outputs = Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, outputs };
}

describe('the GitHub Action (action.yml) entry script', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'jekyll-posts-action-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));
  const repo = join(scratch, 'repo');
  cpSync(join(root, 'test', 'fixtures', 'broken'), join(repo, 'blog'), { recursive: true });

  it('annotates each finding with its file relative to the repository, its range and rule, and fails on an error', () => {
    const run = runAction(repo, { path: 'blog', sarif: 'false', 'fail-on': 'error' });
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stdout.split('\n').filter((l) => l.startsWith('::'));
    assert.ok(lines.includes('::error file=blog/_posts/2020-01-01-unclosed.md,line=3,col=8,endLine=3,endColumn=17,title=front-matter-syntax::Front matter is not valid YAML, so Jekyll ignores all of it: Flow sequence in block collection must be sufficiently indented and end with a ]'), lines.join('\n'));
    assert.ok(lines.includes('::warning file=blog/_posts/2020-01-02-twice.md,line=3,col=1,endLine=3,endColumn=6,title=duplicate-key::`title` is set more than once; Jekyll keeps only the last value.'), lines.join('\n'));
    assert.equal(run.outputs.errors, String(lines.filter((l) => l.startsWith('::error ')).length));
    assert.equal(run.outputs.warnings, String(lines.filter((l) => l.startsWith('::warning ')).length));
    assert.equal(run.outputs['sarif-file'], '');
  });

  it('passes with fail-on: never, and names an unknown fail-on as an error', () => {
    assert.equal(runAction(repo, { path: 'blog', 'fail-on': 'never' }).status, 0);
    const wrong = runAction(repo, { path: 'blog', 'fail-on': 'sometimes' });
    assert.equal(wrong.status, 2);
    assert.match(wrong.stdout, /^::error title=jekyll-posts::fail-on must be error, warning, info or never, not 'sometimes'$/m);
  });

  it('writes SARIF 2.1.0 for the upload step and names it in the sarif-file output', () => {
    const run = runAction(repo, { path: 'blog', sarif: 'true' });
    assert.equal(run.status, 1, run.stderr);
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file'], 'utf8'));
    assert.equal(sarif.version, '2.1.0');
    const rules = sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId);
    assert.ok(rules.includes('front-matter-syntax') && rules.includes('duplicate-key'), rules.join());
    assert.ok(!run.stdout.includes('::error file='), 'no annotations in SARIF mode');
  });

  it('reports a path that does not exist as an error of the step (exit 2)', () => {
    const run = runAction(repo, { path: 'no-such-folder' });
    assert.equal(run.status, 2);
    assert.match(run.stdout, /^::error title=jekyll-posts::/m);
  });
});

describe('the pre-commit hook (.pre-commit-hooks.yaml → action/pre-commit.sh)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'jekyll-posts-hook-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('runs the entry the manifest names on the files a commit touches, the whole site read, and fails on an error', () => {
    const manifest = readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8');
    const entry = /^\s*entry:\s*(\S+)\s*$/m.exec(manifest)?.[1];
    assert.equal(entry, 'action/pre-commit.sh');
    assert.match(manifest, /^\s*language:\s*script\s*$/m);
    // Without a built CLI the hook runs `npm ci` in this checkout, which replaces node_modules (through
    // a symlink, the folder it points to): the test refuses to start instead.
    assert.ok(existsSync(join(root, 'dist', 'cli.js')), 'dist/cli.js is missing: run `node scripts/build.mjs` first (the hook would run npm ci in this checkout)');
    cpSync(join(root, 'test', 'fixtures', 'bilingual'), scratch, { recursive: true });
    writeFileSync(join(scratch, '_posts', '2014-01-01-bad.md'), '---\ntitle: Bad\nlang: fr\ntags: php, symfony\ndate: 2014-13-45\n---\nx\n');
    // As pre-commit runs it: from the user's repository, with the paths of the files to check.
    const run = spawnSync(join(root, entry!), ['_posts/2014-01-01-bad.md', '_posts/2015-03-10-symfony-et-php7.md'], { cwd: scratch, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^_posts\/2014-01-01-bad\.md:5:7: error Jekyll cannot read the date `2014-13-45` and stops the whole build\. \[date-invalid\]$/m);
    assert.match(run.stdout, /^_posts\/2014-01-01-bad\.md:4:7: warning .*\[tags-format\]$/m);
    assert.doesNotMatch(run.stdout, /symfony-et-php7/);
  });
});
