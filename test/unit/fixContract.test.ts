import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { lintPaths } from '../../src/cli/lintCommand';
import { nodeFileSystem } from '../../src/cli/nodeFs';
import { MemoryFileSystem } from '../../src/core/fs';
import { fixChange, planSafeFixes } from '../../src/core/lint/fixSafety';
import { readConfig } from '../../src/core/site/config';
import { Rule } from '../../src/core/lint/types';
import { allRules } from '../../src/core/lint/rules';
import { replaceValue } from '../../src/core/lint/edits';
import { formatMessage, msg } from '../../src/core/messages';

const root = join(__dirname, '..', '..', '..');
const cli = join(root, 'dist', 'cli.js');
const contract = join(root, 'test', 'fixtures', 'fix-contract');
const now = new Date('2026-11-26T12:00:00Z');
const model = { now, drafts: false, machineZone: 'UTC' };

function run(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', TZ: 'UTC' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(relative(dir, path), readFileSync(path).toString('base64'));
    }
  };
  walk(dir);
  return out;
}

/** Lints a site held in memory: `files` relative to its root. */
async function lintSite(files: Record<string, string>, rules?: readonly Rule[]) {
  const fs = new MemoryFileSystem(Object.fromEntries(Object.entries(files).map(([p, t]) => [`/site/${p}`, t])));
  const [site] = await lintPaths(fs, ['/site'], '/', { settings: { now, timezone: 'UTC' }, ruleSet: rules });
  return site;
}

/** What the model makes of each preferred fix of one file: `rule: applied` or `rule: refused (reason)`. */
async function verdicts(files: Record<string, string>, file: string, rules?: readonly Rule[]): Promise<string[]> {
  const site = await lintSite(files, rules);
  const linted = site.files.find((f) => f.file === file);
  assert.ok(linted?.text !== undefined, `${file} has findings`);
  const out: string[] = [];
  for (const finding of linted.findings) {
    if (!finding.fixes?.some((f) => f.preferred)) continue;
    const plan = planSafeFixes([finding], { path: file, text: linted.text }, { config: site.config, model });
    out.push(plan.refused.length ? `${finding.rule}: refused (${formatMessage(plan.refused[0].reason)})` : `${finding.rule}: applied`);
  }
  return out;
}

const post = (lines: string[]): string => `---\n${lines.join('\n')}\n---\nBody.\n`;

describe('a fix applied without asking leaves the site as Jekyll builds it (fixSafety)', () => {
  it('applies fixes that change nothing Jekyll builds: a duplicate key, date_gmt, a quoted `title: No`, a misspelt `tittle`', async () => {
    // The site's layout reads date_gmt: only then is its fix applied without asking (date-gmt-mismatch).
    const files = { '_config.yml': 'timezone: UTC\n', '_layouts/post.html': '<time>{{ page.date_gmt }}</time>{{ content }}', '_posts/2014-06-04-a.md': post(['title: A', 'title: B', "date: '2014-06-04 15:27:59 +0200'", "date_gmt: '2014-06-04 13:27:59 +0200'"]) };
    assert.deepEqual(await verdicts(files, '_posts/2014-06-04-a.md'), ['duplicate-key: applied', 'date-gmt-mismatch: applied']);
    // Where nothing reads it, the rewrite waits to be asked for.
    const { '_layouts/post.html': _layout, ...unread } = files;
    assert.deepEqual(await verdicts(unread, '_posts/2014-06-04-a.md'), ['duplicate-key: applied', 'date-gmt-mismatch: refused (nothing in the site reads `date_gmt`)']);
    // `title: No` is false: quoting it (and adding a title) changes no URL, date, tag or state.
    const typed = { '_config.yml': 'timezone: UTC\n', '_posts/2014-06-04-a.md': post(['title: No']) };
    assert.deepEqual(await verdicts(typed, '_posts/2014-06-04-a.md'), ['required-key: applied', 'yaml-type-surprise: applied']);
    const typo = { '_config.yml': 'timezone: UTC\n', '_posts/2014-06-04-a.md': post(['tittle: x']) };
    assert.deepEqual(await verdicts(typo, '_posts/2014-06-04-a.md'), ['required-key: applied', 'key-typo: applied']);
  });

  it('refuses the leading `/` of a permalink the site’s templates read as written (jekyll-polyglot’s sidebar compares `node.permalink == "about/"`)', async () => {
    const files = { '_config.yml': 'timezone: UTC\n', '_includes/sidebar.html': '{% if node.permalink == "about/" %}active{% endif %}', 'about.md': post(['title: About', 'permalink: about/']) };
    assert.deepEqual(await verdicts(files, 'about.md'), ['permalink-invalid: refused (the site’s templates read `permalink` as written)']);
  });

  it('refuses fixes that change tags, the URL, the published state or the layout', async () => {
    const files = {
      '_config.yml': 'timezone: UTC\n',
      '_layouts/post.html': '{{ content }}',
      '_posts/2014-06-04-a.md': post(['title: A', 'tags: php, symfony', 'permalink: /Blog/A/', 'published: "false"', 'layout: pots']),
    };
    assert.deepEqual(await verdicts(files, '_posts/2014-06-04-a.md'), [
      'tags-format: refused (it would change tags: ["php,","symfony"] → ["php","symfony"])',
      'permalink-invalid: refused (it would change url: /Blog/A/ → /blog/a/)',
      'yaml-type-surprise: refused (it would change published: true → false (`published` is false))',
      'layout-unknown: refused (it would change layout: pots → post)',
    ]);
    const typo = { '_config.yml': 'timezone: UTC\n', '_posts/2014-06-04-a.md': post(['title: A', 'permalnk: /a/']) };
    assert.deepEqual(await verdicts(typo, '_posts/2014-06-04-a.md'), ['key-typo: refused (it would change url: /2014/06/04/a.html → /a/)']);
  });

  it('lets a document that stopped the build be made to build, its data and permalink kept', async () => {
    const files = { '_config.yml': 'timezone: UTC\n', '_posts/2014-06-04-a.md': post(['title: A', "date: '2014-13-45'", 'tags: php, symfony']) };
    assert.deepEqual(await verdicts(files, '_posts/2014-06-04-a.md'), ['date-invalid: applied', 'tags-format: refused (it would change tags: ["php,","symfony"] → ["php","symfony"])']);
    // An unpublished post with a date Jekyll cannot read: once the date is fixed it is still unpublished, as written.
    const unpublished = { '_config.yml': 'timezone: UTC\n', '_posts/2014-06-04-a.md': post(['title: A', "date: '2014-13-45'", 'published: false']) };
    assert.deepEqual(await verdicts(unpublished, '_posts/2014-06-04-a.md'), ['date-invalid: applied']);
    const permalink = { '_config.yml': 'timezone: UTC\n', '_posts/2014-06-04-a.md': post(['title: A', "date: '2014-13-45'", 'permalink: /Blog/A/']) };
    assert.deepEqual(await verdicts(permalink, '_posts/2014-06-04-a.md'), ['date-invalid: applied', 'permalink-invalid: refused (it would change permalink: /Blog/A/ → /blog/a/)']);
    // An unknown placeholder stops the build too: fixes that keep the data still apply.
    const placeholder = { '_config.yml': 'timezone: UTC\n', '_posts/2014-06-04-a.md': post(['title: A', 'title: B', 'permalink: /:year/:titel/']) };
    assert.deepEqual(await verdicts(placeholder, '_posts/2014-06-04-a.md'), ['duplicate-key: applied']);
  });

  it('checks every rule: one cannot opt out by calling its fix preferred', async () => {
    const sneaky: Rule = {
      id: 'sneaky',
      defaultSeverity: 'warning',
      check(context, report) {
        const f = context.frontMatter.fields.get('lang');
        if (f) report({ range: f.valueRange, message: msg('x'), fixes: [{ title: msg('x'), edits: [replaceValue(f, 'en')], preferred: true }] });
      },
    };
    const files = { '_config.yml': 'timezone: UTC\n', '_cn/a.md': post(['title: A', 'lang: zh']), '_posts/2014-06-04-a.md': post(['title: A', 'lang: zh']) };
    assert.deepEqual(await verdicts(files, '_posts/2014-06-04-a.md', [...allRules, sneaky]), ['sneaky: refused (it would change lang: zh → en)']);
  });

  it('decides as the README says for authors, per-language prefixes and category lists', async () => {
    const files = {
      // Jekyll reads `_authors/` only as a collection.
      '_config.yml': 'timezone: UTC\ncollections:\n  authors:\n    output: false\n',
      '_authors/marie.md': '---\nlogin: marie\n---\n',
      '_posts/2014-06-04-a.md': post(['title: A', 'lang: fr', 'authors: [marei]', 'permalink: /en/a/', 'categories: [web, web]']),
      '_posts/2014-06-05-b.md': post(['title: B', 'lang: fr', 'authors: [marie]', 'permalink: /fr/b/']),
      '_posts/2014-06-05-c.md': post(['title: C', 'lang: en', 'authors: [marie]', 'permalink: /en/c/']),
    };
    // Jekyll keeps each category once: the duplicate's removal changes nothing. A login is a guess: who
    // wrote the post changes on the page, so its correction waits for the author.
    assert.deepEqual(await verdicts(files, '_posts/2014-06-04-a.md'), [
      'author-unknown: refused (it would change authors: [[],["marei"]] → [[],["marie"]])',
      'permalink-lang-mismatch: refused (it would change url: /en/a/ → /fr/a/)',
      'categories-format: applied',
    ]);
    // `authors` written as a string names the same author as a list of one: writing it as a list is safe.
    const single = { ...files, '_posts/2014-06-04-a.md': post(['title: A', 'lang: fr', 'authors: marie', 'permalink: /fr/a/']) };
    assert.deepEqual(await verdicts(single, '_posts/2014-06-04-a.md'), ['author-unknown: applied']);
    const commas = { '_config.yml': 'timezone: UTC\n', '_posts/2014-06-04-a.md': post(['title: A', 'categories: web, dev']) };
    assert.deepEqual(await verdicts(commas, '_posts/2014-06-04-a.md'), ['categories-format: refused (it would change url: /web,/dev/2014/06/04/a.html → /web/dev/2014/06/04/a.html)']);
  });

  it('refuses a rename that makes Jekyll read a file it skipped, one that changes the URL, one that moves a file Jekyll copies', async () => {
    const skipped = { '_config.yml': 'timezone: UTC\n', '_posts/2014-06-04_a.md': post(['title: A']) };
    assert.deepEqual(await verdicts(skipped, '_posts/2014-06-04_a.md'), ['filename-invalid: refused (Jekyll would read a file it skips today)']);
    const mover = (to: string): Rule => ({
      id: 'mover',
      defaultSeverity: 'warning',
      check(context, report) {
        report({ range: { start: 0, end: 0 }, message: msg('x'), fixes: [{ title: msg('x'), edits: [], rename: { from: context.document.relativePath, to }, preferred: true }] });
      },
    });
    const dated = { '_config.yml': 'timezone: UTC\n', '_posts/2014-06-04-a.md': post(['title: A']) };
    assert.deepEqual(await verdicts(dated, '_posts/2014-06-04-a.md', [mover('_posts/2014-06-05-a.md')]), ['mover: refused (it would change url: /2014/06/04/a.html → /2014/06/05/a.html)']);
    // Same day, same slug, in a subfolder of _posts: Jekyll writes the same post.
    assert.deepEqual(await verdicts(dated, '_posts/2014-06-04-a.md', [mover('_posts/2014/2014-06-04-a.md')]), ['mover: applied']);
    const page = { '_config.yml': 'timezone: UTC\n', 'notes.md': '---\ntitle: Notes\n---\n' };
    assert.deepEqual(await verdicts(page, 'notes.md', [mover('docs/notes.md')]), ['mover: refused (it would change url: /notes.html → /docs/notes.html)']);
    // A page without front matter is a static file, copied where it lies: moving it moves it on the site. A file Jekyll skips may move among skipped names.
    const context = { config: readConfig('timezone: UTC\n'), model };
    assert.equal(formatMessage(fixChange({ path: 'notes.md', text: 'Plain.\n' }, [], { from: 'notes.md', to: 'docs/notes.md' }, context)!), 'it would move a file Jekyll copies to the site');
    assert.equal(fixChange({ path: '_posts/notes.md', text: 'Plain.\n' }, [], { from: '_posts/notes.md', to: '_posts/old-notes.md' }, context), undefined);
  });
});

describe('the three cases of issue 23 (test/fixtures/fix-contract)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'jekyll-posts-contract-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('plain --fix changes nothing there, byte for byte, and says what it refused', () => {
    const site = join(scratch, 'plain');
    cpSync(contract, site, { recursive: true });
    const before = snapshot(site);
    const result = run(['lint', '.', '--fix'], site);
    assert.deepEqual(snapshot(site), before, result.stdout);
    assert.match(result.stdout, /^files changed: 0, fixes refused: \d+$/m);
    // No line reports a change: only refusals.
    assert.doesNotMatch(result.stdout, /^\S+:\d+ [a-z-]+: (?!not applied)/m);
  });

  it('offers each choice as a quick fix, none preferred: a date from front matter or _drafts/, each spelling of a tag', async () => {
    const [site] = await lintPaths(nodeFileSystem, [contract], root, { settings: { now, timezone: 'UTC' } });
    const choices = (file: string, rule: string): string[] =>
      site.files.find((f) => f.file === file)!.findings.filter((f) => f.rule === rule).flatMap((f) => (f.fixes ?? []).map((x) => `${formatMessage(x.title)}${x.preferred ? ' (preferred)' : ''}${x.rename ? ` [${x.rename.to}]` : ''}`));
    assert.deepEqual(choices('_posts/half-written.md', 'filename-invalid'), [
      'Rename the file to 2024-04-03-half-written.md [_posts/2024-04-03-half-written.md]',
      'Move it to `_drafts/` (not published) [_drafts/half-written.md]',
    ]);
    assert.deepEqual(choices('_posts/unfinished-idea.md', 'filename-invalid'), [
      'Rename the file to 2026-11-26-unfinished-idea.md (today’s date: it will be published) [_posts/2026-11-26-unfinished-idea.md]',
      'Move it to `_drafts/` (not published) [_drafts/unfinished-idea.md]',
    ]);
    assert.deepEqual(choices('_posts/2024-03-06-spring-data.md', 'tag-near-duplicate'), ['Use `jpa`']);
    // `zh` is the language of the site's `cn` collection: lang-unknown no longer speaks there (#16), and
    // had it spoken, the model would refuse to change a post's language without asking (tested above).
    const cn = site.files.find((f) => f.file === '_cn/jpa-entities.md');
    assert.deepEqual(cn?.findings.filter((f) => f.rule === 'lang-unknown') ?? [], []);
  });
});

describe('jekyll-posts lint --fix says what it changes', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'jekyll-posts-fixout-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));
  const make = (name: string): string => {
    const site = join(scratch, name);
    mkdirSync(join(site, '_posts'), { recursive: true });
    writeFileSync(join(site, '_config.yml'), 'timezone: UTC\n');
    writeFileSync(join(site, '_posts', '2014-06-04-a.md'), "---\ntitle: No\ntitle: A\ndate: '2014-13-45'\ntags: php, symfony\n---\nBody\n");
    writeFileSync(join(site, '_posts', '2014-06-05_b.md'), '---\ntitle: B\n---\n');
    return site;
  };

  it('--fix prints each change as file:line rule: before → after, each refusal with why, and a summary', () => {
    const site = make('plain');
    const result = run(['lint', '.', '--fix'], site);
    assert.equal(
      result.stdout,
      [
        '_posts/2014-06-04-a.md:2 duplicate-key: title: No → (nothing)',
        "_posts/2014-06-04-a.md:4 date-invalid: date: '2014-13-45' → date: '2014-06-04'",
        '_posts/2014-06-04-a.md:4 tags-format: not applied, it would change tags: ["php,","symfony"] → ["php","symfony"] (a suggested fix: --fix=suggested or --fix-rule tags-format applies it)',
        '_posts/2014-06-05_b.md:1 filename-invalid: not applied, Jekyll would read a file it skips today (a suggested fix: --fix=suggested or --fix-rule filename-invalid applies it)',
        'files changed: 1, fixes refused: 2',
        '_posts/2014-06-04-a.md:4:7: warning Jekyll splits `tags` on spaces, so the commas stay: it reads `php,`, `symfony`. [tags-format]',
        '_posts/2014-06-05_b.md:1:1: warning Jekyll skips this file: a post’s name must be `YYYY-MM-DD-title.ext`, and `2014-06-05_b.md` is not. [filename-invalid]',
        '2 problems (0 errors, 2 warnings, 0 info)',
        '',
      ].join('\n'),
    );
    assert.equal(readFileSync(join(site, '_posts', '2014-06-04-a.md'), 'utf8'), "---\ntitle: A\ndate: '2014-06-04'\ntags: php, symfony\n---\nBody\n");
  });

  it('--fix=suggested also applies the preferred fixes that change the site, renames shown as renames', () => {
    const site = make('suggested');
    const result = run(['lint', '.', '--fix=suggested', '--format', 'json'], site);
    assert.deepEqual(JSON.parse(result.stdout), []);
    assert.equal(readFileSync(join(site, '_posts', '2014-06-04-a.md'), 'utf8'), "---\ntitle: A\ndate: '2014-06-04'\ntags: [php, symfony]\n---\nBody\n");
    assert.ok(existsSync(join(site, '_posts', '2014-06-05-b.md')) && !existsSync(join(site, '_posts', '2014-06-05_b.md')));
    assert.match(result.stderr, /^_posts\/2014-06-05_b\.md:1 filename-invalid: rename _posts\/2014-06-05_b\.md → _posts\/2014-06-05-b\.md$/m);
    assert.match(result.stderr, /^files changed: 2, fixes refused: 0$/m);
  });

  it('--fix-rule ID applies that rule’s preferred fix as well as the safe ones, and no other', () => {
    const site = make('rule');
    run(['lint', '.', '--fix-rule', 'tags-format'], site);
    assert.equal(readFileSync(join(site, '_posts', '2014-06-04-a.md'), 'utf8'), "---\ntitle: A\ndate: '2014-06-04'\ntags: [php, symfony]\n---\nBody\n");
    assert.ok(existsSync(join(site, '_posts', '2014-06-05_b.md')), 'filename-invalid was not named');
  });

  it('--dry-run prints a unified diff, renames as renames, and writes nothing', () => {
    const site = make('dry');
    const before = snapshot(site);
    const result = run(['lint', '.', '--fix=suggested', '--dry-run', '--format', 'json'], site);
    assert.deepEqual(snapshot(site), before);
    assert.equal(
      result.stderr,
      [
        'diff --git a/_posts/2014-06-04-a.md b/_posts/2014-06-04-a.md',
        '--- a/_posts/2014-06-04-a.md',
        '+++ b/_posts/2014-06-04-a.md',
        '@@ -1,7 +1,6 @@',
        ' ---',
        '-title: No',
        ' title: A',
        "-date: '2014-13-45'",
        '-tags: php, symfony',
        "+date: '2014-06-04'",
        '+tags: [php, symfony]',
        ' ---',
        ' Body',
        'diff --git a/_posts/2014-06-05_b.md b/_posts/2014-06-05-b.md',
        'rename from _posts/2014-06-05_b.md',
        'rename to _posts/2014-06-05-b.md',
        'files that would change: 2, fixes refused: 0',
        '',
      ].join('\n'),
    );
    // What is left once the fixes are made, as --fix would leave it.
    assert.deepEqual(JSON.parse(result.stdout), []);
  });

  it('--dry-run alone, an unknown fix mode and an unknown rule are usage errors', () => {
    const site = make('usage');
    const alone = run(['lint', '.', '--dry-run'], site);
    assert.equal(alone.status, 2);
    assert.match(alone.stderr, /--dry-run goes with --fix, --fix=suggested or --fix-rule/);
    assert.equal(run(['lint', '.', '--fix=maybe'], site).status, 2);
    assert.equal(run(['lint', '.', '--fix-rule', 'no-such-rule'], site).status, 2);
  });
});
