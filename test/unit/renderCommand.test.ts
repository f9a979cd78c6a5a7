import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

const root = join(__dirname, '..', '..', '..');
const cli = join(root, 'dist', 'cli.js');

function run(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Whitespace between tags only: the rest must be the same. */
function compact(html: string): string {
  return html.replace(/>\s+</g, '><').trim();
}

describe('jekyll-posts render', () => {
  const site = mkdtempSync(join(tmpdir(), 'jekyll-posts-render-'));
  after(() => rmSync(site, { recursive: true, force: true }));
  mkdirSync(join(site, '_posts'));
  writeFileSync(join(site, '_config.yml'), 'title: Carnet\n');
  const post = (name: string, text: string | Buffer): string => {
    writeFileSync(join(site, '_posts', name), text);
    return `_posts/${name}`;
  };

  it('prints the content Jekyll 4.3.1 writes for the post, and exits 0', () => {
    const file = post('2020-01-02-ete.md', '---\ntitle: Été\n---\n## Été 2014 : news !\n\n"Bonjour" -- {{ page.title }} et {{ site.title }}[^1].\n\n[^1]: Note.\n');
    const result = run(['render', file], site);
    assert.equal(result.status, 0, result.stderr);
    // `jekyll build` of this site, the post's `content` (test/conformance/render-plugin).
    const jekyll =
      '<h2 id="été-2014--news-">Été 2014 : news !</h2>\n\n<p>“Bonjour” – Été et Carnet<sup id="fnref:1" role="doc-noteref"><a href="#fn:1" class="footnote" rel="footnote">1</a></sup>.</p>\n\n<div class="footnotes" role="doc-endnotes">\n  <ol>\n    <li id="fn:1" role="doc-endnote">\n      <p>Note.\u00a0<a href="#fnref:1" class="reversefootnote" role="doc-backlink">&#8617;</a></p>\n    </li>\n  </ol>\n</div>\n';
    assert.equal(compact(result.stdout), compact(jekyll));
    assert.doesNotMatch(result.stdout, /data-line|jp-card/);
  });

  it('keeps what the preview would remove: render prints the post as Jekyll does', () => {
    const file = post('2020-01-03-script.md', '---\ntitle: s\n---\n<script>alert(1)</script>\n');
    const result = run(['render', file], site);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /<script>alert\(1\)<\/script>/);
  });

  it('exits 1 with file:line where Jekyll stops the build: a post_url to no post', () => {
    const file = post('2020-01-04-broken-link.md', '---\ntitle: x\n---\nText\n\n{% post_url 2020-01-01-nope %}\n');
    const result = run(['render', file], site);
    rmSync(join(site, file));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^_posts\/2020-01-04-broken-link\.md:6: .*post_url/m);
    assert.equal(result.stdout, '');
  });

  it('exits 1 with file:line on a Liquid syntax error (a block never closed)', () => {
    const file = post('2020-01-05-unclosed.md', '---\ntitle: x\n---\nText\n\n{% if x %}\nopen\n');
    const result = run(['render', file], site);
    rmSync(join(site, file));
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^_posts\/2020-01-05-unclosed\.md:6: /m);
  });

  it('exits 2 with a clear message for a binary file', () => {
    const file = post('2020-01-06-image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const result = run(['render', file], site);
    rmSync(join(site, file));
    assert.equal(result.status, 2);
    assert.match(result.stderr, /binary file, not a post/);
  });

  it('exits 2 for front matter Jekyll cannot read, naming its line', () => {
    const file = post('2020-01-07-yaml.md', '---\ntitle: x\ntags: [a, b\n---\nText\n');
    const result = run(['render', file], site);
    rmSync(join(site, file));
    assert.equal(result.status, 2);
    assert.match(result.stderr, /_posts\/2020-01-07-yaml\.md:\d+: Jekyll cannot read this front matter/);
  });

  it('exits 2 for a file that does not exist', () => {
    const result = run(['render', '_posts/nope.md'], site);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /cannot read '_posts\/nope\.md'/);
  });
});
