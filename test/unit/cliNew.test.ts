import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';

const root = join(__dirname, '..', '..', '..');
const cli = join(root, 'dist', 'cli.js');
const fixtures = join(root, 'test', 'fixtures');

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', TZ: 'UTC', ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

describe('jekyll-posts new', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'jekyll-posts-new-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));
  const copy = (name: string): string => {
    const dir = join(scratch, name);
    cpSync(join(fixtures, name), dir, { recursive: true });
    return dir;
  };

  it('writes the pair on the collection layout, as the planner plans it, and prints paths and URLs', () => {
    const site = copy('newpost-collection');
    const result = run(['new', 'First summer try', '--lang', 'en', '--translation', 'zh:第一次夏天的尝试', '--date', '2026-06-01 10:00', '--tags', 'jekyll,i18n', '--categories', 'notes'], site);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '_posts/2026-06-01-first-summer-try.md\t/en/first-summer-try/\n_cn/first-summer-try.md\t/cn/first-summer-try/\n');
    assert.equal(readFileSync(join(site, '_cn/first-summer-try.md'), 'utf8'), '---\narticle_num: 223\ntitle: 第一次夏天的尝试\nlang: zh\ndate: 2026-06-01 10:00:00 +0200\ncategories: [notes]\ntags: [jekyll, i18n]\n---\n\n');
    assert.equal(readFileSync(join(site, '_posts/2026-06-01-first-summer-try.md'), 'utf8'), '---\narticle_num: 223\ntitle: First summer try\nlang: en\ndate: 2026-06-01 10:00:00 +0200\ncategories: [notes]\ntags: [jekyll, i18n]\n---\n\n');
  });

  it('exits 1 and writes nothing when a file exists, never overwriting it', () => {
    const site = copy('newpost-one-folder');
    const before = files(site);
    const taken = join(site, '_posts/2024-03-02-retour-de-conference.md');
    const text = readFileSync(taken, 'utf8');
    const result = run(['new', 'Retour de conférence', '--lang', 'fr', '--translation', 'en:Back again', '--date', '2024-03-02 09:30'], site);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /already exists: nothing was written/);
    assert.deepEqual(files(site), before);
    assert.equal(readFileSync(taken, 'utf8'), text);
  });

  it('exits 1 and writes nothing when the new post would take another post’s URL, naming the rule', () => {
    const site = copy('newpost-one-folder');
    const before = files(site);
    const result = run(['new', 'Retour de conférence', '--lang', 'fr', '--translation', 'en:Back again', '--date', '2024-03-20 09:30'], site);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /nothing was written: the new files would break the site/);
    assert.match(result.stderr, /_posts\/2024-03-20-retour-de-conference\.md: .*\(permalink-conflict\)/);
    assert.deepEqual(files(site), before);
  });

  it('refuses a language the site does not use, in French when asked', () => {
    const site = copy('newpost-slug-suffix');
    const result = run(['new', 'Erster Versuch', '--lang', 'de'], site, { LANG: 'fr_FR.UTF-8' });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /`de` n’est pas une des langues du site \(ko, en\)/);
    assert.ok(!existsSync(join(site, '_posts/de')));
  });

  it('exits 2 on a usage error', () => {
    assert.equal(run(['new', 'A', '--translation', 'nolang'], scratch).status, 2);
    assert.equal(run(['new'], scratch).status, 2);
  });
});
