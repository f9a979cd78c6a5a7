// `jekyll-posts rename` on a copy of test/fixtures/rename: the files it writes, byte for byte, what
// it prints, and its refusals (exit 1, nothing written).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';

const root = join(__dirname, '..', '..', '..');
const cli = join(root, 'dist', 'cli.js');
const fixture = join(root, 'test', 'fixtures', 'rename');

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', TZ: 'UTC', ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file of a folder with its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p).split('\\').join('/')] = readFileSync(p, 'latin1');
    }
  };
  walk(dir);
  return out;
}

describe('jekyll-posts rename', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'jekyll-posts-rename-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));
  let n = 0;
  const copy = (): string => {
    const dir = join(scratch, `site-${n++}`);
    cpSync(fixture, dir, { recursive: true });
    return dir;
  };

  it('renames the file, rewrites the references in the other posts and the page, adds redirect_from, and prints each change', () => {
    const site = copy();
    const before = snapshot(site);
    const result = run(['rename', '_posts/2020-03-01-first-steps.md', 'getting-started', '--redirect'], site);
    assert.equal(result.status, 0, result.stderr);
    const lines = result.stdout.trimEnd().split('\n');
    assert.equal(lines[0], '_posts/2020-03-01-first-steps.md: _posts/2020-03-01-first-steps.md → _posts/2020-03-01-getting-started.md');
    assert.ok(lines.includes('about.md:6: /2020/03/01/first-steps/ → /2020/03/01/getting-started/'), result.stdout);
    assert.ok(lines.includes('_posts/2020-04-01-more.md:13: ../../../03/01/first-steps/ → ../../../03/01/getting-started/'), result.stdout);
    assert.ok(lines.includes('_drafts/next-steps.md:6: 2020-03-01-first-steps → 2020-03-01-getting-started'), result.stdout);
    assert.ok(lines.includes('_posts/2020-03-01-first-steps.md:6:  → redirect_from: /2020/03/01/first-steps/'), result.stdout);
    assert.equal(lines.at(-2), '/2020/03/01/first-steps/ → /2020/03/01/getting-started/: 15 changes made.');
    assert.match(lines.at(-1)!, /^The site does not load jekyll-redirect-from/);
    const now = snapshot(site);
    assert.equal(now['_posts/2020-03-01-first-steps.md'], undefined);
    assert.equal(now['_posts/2020-03-01-getting-started.md'], before['_posts/2020-03-01-first-steps.md'].replace('ref: first-steps\n', 'ref: first-steps\nredirect_from: [/2020/03/01/first-steps/]\n'));
    // The CRLF post with a BOM: its bytes stay, but for the two references.
    assert.equal(now['_posts/2020-03-01-premiers-pas.md'], before['_posts/2020-03-01-premiers-pas.md'].replace('post_url 2020-03-01-first-steps', 'post_url 2020-03-01-getting-started').replace('"/2020/03/01/first-steps/"', '"/2020/03/01/getting-started/"'));
    assert.ok(now['_posts/2020-03-01-premiers-pas.md'].startsWith('\xef\xbb\xbf---\r\n'));
    const changed = Object.keys(now).filter((f) => now[f] !== before[f]).sort();
    assert.deepEqual(changed, ['_drafts/next-steps.md', '_posts/2020-03-01-getting-started.md', '_posts/2020-03-01-premiers-pas.md', '_posts/2020-04-01-more.md', 'about.md']);
  });

  it('without --redirect, says the old URL was published and how to keep it', () => {
    const site = copy();
    const result = run(['rename', '_posts/2020-03-01-first-steps.md', 'getting-started'], site);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /\/2020\/03\/01\/first-steps\/ was published: add --redirect to keep it alive with redirect_from\.\n$/);
    assert.doesNotMatch(readFileSync(join(site, '_posts/2020-03-01-getting-started.md'), 'utf8'), /redirect_from/);
  });

  it('a new permalink (NEW starting with /) keeps the file', () => {
    const site = copy();
    const result = run(['rename', '_posts/2020-03-01-first-steps.md', '/en/first-steps/'], site);
    assert.equal(result.status, 0, result.stderr);
    assert.ok(existsSync(join(site, '_posts/2020-03-01-first-steps.md')));
    assert.match(readFileSync(join(site, '_posts/2020-03-01-first-steps.md'), 'utf8'), /\npermalink: \/en\/first-steps\/\n---/);
    assert.match(readFileSync(join(site, 'about.md'), 'utf8'), /\{\{ "\/en\/first-steps\/" \| relative_url \}\}/);
  });

  it('NEW may be the new path, read from the current folder as OLD is', () => {
    const site = copy();
    const result = run(['rename', '2020-03-01-first-steps.md', '2020-03-01-getting-started.md'], join(site, '_posts'));
    assert.equal(result.status, 0, result.stderr);
    assert.ok(existsSync(join(site, '_posts/2020-03-01-getting-started.md')));
    assert.ok(!existsSync(join(site, '_posts/2020-03-01-first-steps.md')));
  });

  it('--dry-run prints the same changes and writes nothing', () => {
    const site = copy();
    const before = snapshot(site);
    const result = run(['rename', '_posts/2020-03-01-first-steps.md', 'getting-started', '--dry-run', '--redirect'], site);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^_posts\/2020-03-01-first-steps\.md: _posts\/2020-03-01-first-steps\.md → _posts\/2020-03-01-getting-started\.md\n/);
    assert.match(result.stdout, /15 changes would be made \(nothing written\)\./);
    assert.deepEqual(snapshot(site), before);
  });

  it('exits 1 and writes nothing when the target file exists or another document serves the new URL', () => {
    const site = copy();
    const before = snapshot(site);
    const exists = run(['rename', '_posts/2020-03-01-first-steps.md', 'premiers-pas', '--redirect'], site);
    assert.equal(exists.status, 1);
    assert.equal(exists.stderr, 'jekyll-posts: Not renamed: `_posts/2020-03-01-premiers-pas.md` already exists.\n');
    assert.equal(exists.stdout, '');
    const taken = run(['rename', '_posts/2020-03-01-first-steps.md', '/about/'], site);
    assert.equal(taken.status, 1);
    assert.equal(taken.stderr, 'jekyll-posts: Not renamed: `about.md` already serves `/about/`.\n');
    assert.deepEqual(snapshot(site), before);
  });

  it('usage errors exit 2; the French user reads French', () => {
    const site = copy();
    assert.equal(run(['rename', '_posts/2020-03-01-first-steps.md'], site).status, 2);
    assert.equal(run(['rename', 'nothing.md', 'x'], site).status, 2);
    assert.equal(run(['rename', 'a', 'b', '--force'], site).status, 2);
    const fr = run(['rename', '_posts/2020-03-01-first-steps.md', 'premiers-pas'], site, { LANG: 'fr_FR.UTF-8' });
    assert.equal(fr.status, 1);
    assert.equal(fr.stderr, 'jekyll-posts: Pas de renommage : `_posts/2020-03-01-premiers-pas.md` existe déjà.\n');
  });
});
