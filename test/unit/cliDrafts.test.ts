import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/** Every file of a folder with its bytes, to see that nothing changed. */
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

describe('jekyll-posts draft, publish and unpublish', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'jekyll-posts-drafts-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));
  let n = 0;
  const copy = (name: string): string => {
    const dir = join(scratch, `${name}-${n++}`);
    cpSync(join(fixtures, name), dir, { recursive: true });
    return dir;
  };

  it('draft writes the pair of drafts on the folder-per-language site and prints them with their --drafts URLs', () => {
    const site = copy('folder-per-language');
    const result = run(['draft', 'Spring news', '--lang', 'en', '--translation', 'fr:Nouvelles du printemps'], site);
    assert.equal(result.status, 0, result.stderr);
    const month = new Date().toISOString().slice(0, 7).replace('-', '/');
    assert.equal(result.stdout, `_drafts/en/spring-news.md\t/en/${month}/spring-news/\n_drafts/fr/spring-news.md\t/fr/${month}/spring-news/\n`);
    assert.equal(readFileSync(join(site, '_drafts/en/spring-news.md'), 'utf8'), '---\nlayout: post\ntitle: "Spring news"\nlang: en\npermalink: /en/:year/:month/:title/\n---\n\n');
    assert.equal(readFileSync(join(site, '_drafts/fr/spring-news.md'), 'utf8'), '---\nlayout: post\ntitle: "Nouvelles du printemps"\nlang: fr\npermalink: /fr/:year/:month/:title/\n---\n\n');
  });

  it('draft --translation alone writes the other language’s draft with a placeholder title (polyglot)', () => {
    const site = copy('polyglot');
    const result = run(['draft', 'Release notes', '--translation'], site);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '_drafts/release-notes.md\t/blog/release-notes/\n_drafts/release-notes-fr.md\t/blog/release-notes-fr/\n');
    assert.equal(readFileSync(join(site, '_drafts/release-notes-fr.md'), 'utf8'), "---\nlang: fr\ntitle: 'TODO: Release notes'\npage_id: release-notes\n---\n\n");
  });

  it('draft takes the title’s words unquoted, as jekyll draft does', () => {
    const site = copy('polyglot');
    const result = run(['draft', 'My', 'new', 'draft', '--lang', 'fr'], site);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(readFileSync(join(site, '_drafts/my-new-draft.md'), 'utf8'), "---\nlang: fr\ntitle: 'My new draft'\n---\n\n");
  });

  it('draft exits 1 and writes nothing when a draft exists', () => {
    const site = copy('bilingual');
    mkdirSync(join(site, '_drafts'));
    writeFileSync(join(site, '_drafts/summer-in-paris.md'), '---\ntitle: mine\n---\n');
    const before = snapshot(site);
    const result = run(['draft', 'Été à Paris', '--lang', 'fr', '--translation', 'en:Summer in Paris'], site);
    assert.equal(result.status, 1);
    assert.equal(result.stderr, 'jekyll-posts: _drafts/summer-in-paris.md already exists: nothing was written. Choose another slug or date.\n');
    assert.deepEqual(snapshot(site), before);
  });

  it('publish moves a draft to _posts with the date, writing `date:` the site’s way, and names the linked draft it leaves', () => {
    const site = copy('bilingual');
    assert.equal(run(['draft', 'Été à Paris', '--lang', 'fr', '--translation', 'en:Summer in Paris'], site).status, 0);
    const result = run(['publish', '_drafts/ete-a-paris.md', '--date', '2025-01-15 10:30'], site);
    // The bilingual site links its versions by nothing: publish finds no translation to name.
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout, '_posts/2025-01-15-ete-a-paris.md\t/fr/ete-a-paris/\n');
    assert.equal(result.stderr, '');
    assert.ok(!existsSync(join(site, '_drafts/ete-a-paris.md')));
    assert.equal(readFileSync(join(site, '_posts/2025-01-15-ete-a-paris.md'), 'utf8'), "---\ntitle: Été à Paris\nlang: fr\npermalink: /fr/ete-a-paris/\ndate: '2025-01-15 10:30:00 +0100'\n---\n\n");
  });

  it('publish --translation publishes the linked draft with it; without it, says which draft it leaves', () => {
    const site = copy('folder-per-language');
    assert.equal(run(['draft', 'Spring news', '--lang', 'en', '--translation', 'fr:Nouvelles du printemps'], site).status, 0);
    const alone = copy('folder-per-language');
    assert.equal(run(['draft', 'Spring news', '--lang', 'en', '--translation', 'fr:Nouvelles du printemps'], alone).status, 0);
    const one = run(['publish', '_drafts/en/spring-news.md', '-d', '2025-01-15'], alone);
    assert.equal(one.status, 0, one.stderr);
    assert.equal(one.stderr, 'jekyll-posts: _drafts/fr/spring-news.md, a draft of another language, is linked to it: add --translation to publish both.\n');
    assert.ok(existsSync(join(alone, '_drafts/fr/spring-news.md')));

    const both = run(['publish', '_drafts/en/spring-news.md', '--date', '2025-01-15 10:30', '--translation'], site);
    assert.equal(both.status, 0, both.stderr);
    assert.equal(both.stdout, '_posts/en/2025-01-15-spring-news.md\t/en/2025/01/spring-news/\n_posts/fr/2025-01-15-spring-news.md\t/fr/2025/01/spring-news/\n');
    assert.equal(readFileSync(join(site, '_posts/fr/2025-01-15-spring-news.md'), 'utf8'), '---\ntitle: "Nouvelles du printemps"\ndate: 2025-01-15 10:30:00 -0500\n---\n\n');
    assert.ok(!existsSync(join(site, '_drafts/fr/spring-news.md')));
  });

  it('publish exits 1 and moves nothing when a post is in the way, naming it', () => {
    const site = copy('folder-per-language');
    assert.equal(run(['draft', 'Hello world', '--lang', 'en', '--translation', 'fr:Bonjour'], site).status, 0);
    const before = snapshot(site);
    const result = run(['publish', '_drafts/en/hello-world.md', '--date', '2024-03-05', '--translation'], site);
    assert.equal(result.status, 1);
    assert.equal(result.stderr, 'jekyll-posts: _posts/en/2024-03-05-hello-world.md is in the way: nothing was moved.\n');
    assert.deepEqual(snapshot(site), before);
  });

  it('unpublish moves a post back to _drafts without its date, keeping CRLF and the BOM', () => {
    const site = copy('polyglot');
    const post = join(site, '_posts/2024-01-08-year-in-review.md');
    const text = readFileSync(post, 'utf8');
    writeFileSync(post, `\uFEFF${text.replace(/\n/g, '\r\n')}`);
    const result = run(['unpublish', '_posts/2024-01-08-year-in-review.md'], site);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stdout.split('\t')[0], '_drafts/year-in-review.md');
    assert.ok(!existsSync(post));
    const expected = `\uFEFF${text.replace(/^date:.*\n/m, '').replace(/\n/g, '\r\n')}`;
    assert.equal(readFileSync(join(site, '_drafts/year-in-review.md'), 'utf8'), expected);
    assert.notEqual(expected, `\uFEFF${text.replace(/\n/g, '\r\n')}`);
  });

  it('unpublish exits 1 and moves nothing when a draft is in the way', () => {
    const site = copy('polyglot');
    mkdirSync(join(site, '_drafts'));
    writeFileSync(join(site, '_drafts/year-in-review.md'), 'mine\n');
    const before = snapshot(site);
    const result = run(['unpublish', '_posts/2024-01-08-year-in-review.md'], site);
    assert.equal(result.status, 1);
    assert.equal(result.stderr, 'jekyll-posts: _drafts/year-in-review.md is in the way: nothing was moved.\n');
    assert.deepEqual(snapshot(site), before);
  });

  it('refuses what is not a draft or a post, in French when asked', () => {
    const site = copy('polyglot');
    const result = run(['publish', '_posts/2024-01-08-year-in-review.md'], site, { LANG: 'fr_FR.UTF-8' });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /n’est pas un brouillon/);
    assert.equal(run(['unpublish', '_config.yml'], site).status, 1);
  });

  it('exits 2 on usage errors, and prints each verb’s help', () => {
    const site = copy('polyglot');
    assert.equal(run(['publish'], site).status, 2);
    assert.equal(run(['unpublish', 'a', 'b'], site).status, 2);
    assert.equal(run(['publish', '_drafts/none.md'], site).status, 2);
    assert.equal(run(['draft'], site).status, 2);
    assert.equal(run(['draft', 'A', '--date', '2025-01-01'], site).status, 2);
    assert.equal(run(['unpublish', 'x', '--date', '2025-01-01'], site).status, 2);
    assert.match(run(['publish', '--help'], site).stdout, /^Usage: jekyll-posts publish DRAFT/);
    assert.match(run(['draft', '--help'], site).stdout, /^Usage: jekyll-posts draft TITLE/);
    assert.match(run(['--help'], site).stdout, /jekyll-posts unpublish POST/);
  });
});
