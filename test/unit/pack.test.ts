import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const root = join(__dirname, '..', '..', '..');

describe('npx jekyll-posts from the packed tarball, installed into an empty folder', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'jekyll-posts-pack-'));
  const project = join(scratch, 'project');
  let files: string[] = [];
  const npx = (...args: string[]) => spawnSync('npx', ['--no-install', 'jekyll-posts', ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  before(() => {
    // dist/ is built by the test run already: skip `prepare`, which would build it again.
    const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], { cwd: root, encoding: 'utf8' });
    assert.equal(pack.status, 0, pack.stderr);
    const [info] = JSON.parse(pack.stdout);
    files = info.files.map((f: { path: string }) => f.path);
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{ "name": "a-blog", "private": true }\n');
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, info.filename)], { cwd: project, encoding: 'utf8' });
    assert.equal(install.status, 0, install.stderr);
    cpSync(join(root, 'test', 'fixtures', 'broken'), join(project, 'site'), { recursive: true });
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('ships the CLI, its translations and docs, and nothing else', () => {
    assert.deepEqual(files.filter((f) => !/^(dist\/cli\.js|l10n\/bundle\.l10n(\.fr)?\.json|package\.nls(\.fr)?\.json|package\.json|README\.md|LICENSE|CHANGELOG\.md)$/.test(f)), []);
    assert.ok(files.includes('dist/cli.js') && files.includes('l10n/bundle.l10n.fr.json'), files.join(' '));
  });

  it('prints its version and its help', () => {
    const version = npx('--version');
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
    const help = npx('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: jekyll-posts lint/);
  });

  it('lints a site, in French with LANG=fr_FR.UTF-8, and exits 1 on its error', () => {
    const lint = spawnSync('npx', ['--no-install', 'jekyll-posts', 'lint', 'site', '--format', 'json'], { cwd: project, encoding: 'utf8', env: { ...process.env, LANG: 'fr_FR.UTF-8' } });
    assert.equal(lint.status, 1, lint.stderr);
    const findings = JSON.parse(lint.stdout);
    const twice = findings.find((f: { rule: string }) => f.rule === 'duplicate-key');
    assert.equal(twice.file, '_posts/2020-01-02-twice.md');
    assert.match(twice.message, /plus d’une fois|plusieurs fois/);
  });
});
