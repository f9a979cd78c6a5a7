import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const root = join(__dirname, '..', '..', '..');
const cli = join(root, 'dist', 'cli.js');
const fixture = join(root, 'test', 'fixtures', 'overview');

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', TZ: 'UTC', ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('jekyll-posts tags', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'jekyll-posts-tags-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));
  const copy = (name: string): string => {
    const dir = join(scratch, name);
    cpSync(fixture, dir, { recursive: true });
    return dir;
  };

  it('lists tags and categories with post counts per language, near-duplicates grouped', () => {
    const result = run(['tags'], fixture);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(
      result.stdout,
      [
        'Tags: 5 (2 near-duplicate groups)',
        '  java / Java\t4\tnear-duplicates',
        '    java\t3\tfr 2, en 1',
        '    Java\t1\ten 1',
        '  jpa / JPA\t4\tnear-duplicates',
        '    jpa\t3\ten 2, fr 1',
        '    JPA\t2\ten 2',
        '  spring\t4\ten 2, fr 2',
        'Categories: 2 (0 near-duplicate groups)',
        '  Java\t3\ten 2, fr 1',
        '  Spring\t2\ten 1, fr 1',
        '',
      ].join('\n'),
    );
  });

  it('--format json: every spelling with its counts, and the near-duplicate groups', () => {
    const result = run(['tags', '.', '--format', 'json'], fixture);
    assert.equal(result.status, 0, result.stderr);
    const json = JSON.parse(result.stdout);
    assert.deepEqual(json.tags.nearDuplicates, [
      { spellings: ['java', 'Java'], posts: 4 },
      { spellings: ['jpa', 'JPA'], posts: 4 },
    ]);
    assert.deepEqual(json.tags.terms.find((t: { name: string }) => t.name === 'JPA'), { name: 'JPA', posts: 2, languages: { en: 2 }, noLanguage: 0 });
    assert.deepEqual(json.categories.terms.map((t: { name: string; posts: number }) => `${t.name} ${t.posts}`), ['Java 3', 'Spring 2']);
  });

  it('speaks French with LANG=fr_FR', () => {
    const result = run(['tags'], fixture, { LANG: 'fr_FR.UTF-8' });
    assert.match(result.stdout, /^Étiquettes : 5 \(2 groupes presque identiques\)\n/);
  });

  it('tags rename merges JPA into jpa: prints each change, writes only those bytes (BOM, quotes, comments kept)', () => {
    const site = copy('merge');
    const before = (p: string): string => readFileSync(join(fixture, p), 'utf8');
    const result = run(['tags', 'rename', 'JPA', 'jpa'], site);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '_posts/2024-01-10-jpa-entities.md:7 tags: JPA → jpa\n_posts/2024-03-06-spring-data.md:7 tags: JPA removed (the post already has `jpa`)\nfiles changed: 2\n');
    assert.equal(readFileSync(join(site, '_posts/2024-01-10-jpa-entities.md'), 'utf8'), before('_posts/2024-01-10-jpa-entities.md').replace('[java, JPA] #', '[java, jpa] #'));
    const bytes = readFileSync(join(site, '_posts/2024-03-06-spring-data.md'));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the BOM stays');
    assert.equal(bytes.toString('utf8'), before('_posts/2024-03-06-spring-data.md').replace(`tags: [spring, "JPA", 'jpa']`, `tags: [spring, 'jpa']`));
    // Nothing else changed; the site now has one spelling.
    assert.equal(readFileSync(join(site, '_posts/2024-01-11-entites-jpa.md'), 'utf8'), before('_posts/2024-01-11-entites-jpa.md'));
    assert.match(run(['tags'], site).stdout, /^ {2}jpa\t4\ten 3, fr 1$/m);
  });

  it('tags rename --category --dry-run prints the changes (CRLF file included) and writes nothing', () => {
    const site = copy('dry');
    const result = run(['tags', 'rename', 'Java', 'Dev', '--category', '--dry-run'], site);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '_posts/2024-01-10-jpa-entities.md:6 categories: Java → Dev\n_posts/2024-01-11-entites-jpa.md:8 categories: Java → Dev\n_posts/2024-02-07-jpa-queries.md:6 categories: Java → Dev\nfiles that would change: 3\n');
    for (const p of ['_posts/2024-01-10-jpa-entities.md', '_posts/2024-01-11-entites-jpa.md', '_posts/2024-02-07-jpa-queries.md']) assert.equal(readFileSync(join(site, p), 'utf8'), readFileSync(join(fixture, p), 'utf8'));
    const written = run(['tags', 'rename', 'Java', 'Dev', '--category'], site);
    assert.equal(written.status, 0);
    assert.equal(readFileSync(join(site, '_posts/2024-01-11-entites-jpa.md'), 'utf8'), readFileSync(join(fixture, '_posts/2024-01-11-entites-jpa.md'), 'utf8').replace('  - Java\r\n', '  - Dev\r\n'));
  });

  it('exits 1 when no post has the old name, 2 on a usage error', () => {
    const missing = run(['tags', 'rename', 'nope', 'x'], fixture);
    assert.equal(missing.status, 1);
    assert.equal(missing.stderr, 'jekyll-posts: no post has the tag `nope`\n');
    const usage = run(['tags', 'rename', 'JPA'], fixture);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /^jekyll-posts: tags rename takes OLD NEW and, optionally, SITE\nUsage: jekyll-posts tags/);
    assert.equal(run(['tags', 'rename', 'JPA', ' '], fixture).status, 2);
  });

  it('is in the unified usage', () => {
    const result = run(['--help'], fixture);
    assert.match(result.stdout, /^ {7}jekyll-posts tags rename OLD NEW \[SITE\] \[--category\] \[--dry-run\]$/m);
  });
});
