// Drafts, publish and unpublish against real Jekyll, on the three layouts "New bilingual post"
// knows (one folder with /fr/ permalinks, a folder per language, polyglot), each in a temporary
// copy: `jekyll-posts draft` writes a pair of drafts, which the linter reports nothing on and
// `jekyll build --drafts` writes at the URLs and outputs `jekyll-posts urls --drafts` computes
// (and `jekyll build` without --drafts does not write); `jekyll-posts publish --translation`
// moves them to _posts, and `jekyll build` writes them where `jekyll-posts urls` says;
// `jekyll-posts unpublish` moves one back, and the --drafts build agrees again. Called by
// run.mjs with its `check`; also runs alone:
//
//   node test/conformance/drafts.mjs
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listFiles } from './listFiles.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const cli = join(repo, 'dist', 'cli.js');

const LAYOUTS = [
  // Linked by `ref` (the site's own choice, saved in `jekyll_posts: new_post:`), so that publish finds the pair.
  { name: 'bilingual', first: 'fr', second: 'en', config: 'jekyll_posts:\n  new_post:\n    translation_key: ref\n' },
  { name: 'folder-per-language', first: 'en', second: 'fr' },
  // Built in --safe mode as the other sites: jekyll-polyglot is not loaded, and the core does not claim its URLs either.
  { name: 'polyglot', first: 'en', second: 'fr' },
];

export function draftChecks(check, { work = join(here, '.work', 'drafts'), filter } = {}) {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run node scripts/build.mjs first`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const env = { ...process.env, LANG: 'C', LC_ALL: '', TZ: 'UTC', JEKYLL_ENV: 'production' };
  const jp = (src, args) => spawnSync(process.execPath, [cli, ...args], { cwd: src, env, encoding: 'utf8' });
  const build = (src, drafts) => {
    rmSync(join(src, '_site'), { recursive: true, force: true });
    return spawnSync('jekyll', ['build', '--safe', '--quiet', ...(drafts ? ['--drafts'] : []), '--source', src, '--destination', join(src, '_site')], { cwd: src, env, encoding: 'utf8' });
  };
  const urls = (src, drafts) => {
    const r = jp(src, ['urls', src, '--format', 'json', ...(drafts ? ['--drafts'] : [])]);
    return r.status === 0 ? JSON.parse(r.stdout) : [];
  };
  /** Each file Jekyll must write, at the output the core computes, with its probe in it. */
  const agrees = (label, src, files, drafts) => {
    const result = build(src, drafts);
    check(label, '(site)', `jekyll build${drafts ? ' --drafts' : ''} succeeds ${result.stderr.trim().slice(0, 300)}`, 0, result.status);
    if (result.status !== 0) return [];
    const entries = urls(src, drafts);
    const out = [];
    for (const path of files) {
      const entry = entries.find((e) => e.file === path);
      const output = entry?.output ? join(src, '_site', entry.output) : undefined;
      const written = !!output && existsSync(output) && readFileSync(output, 'utf8').includes(`DRAFTS-PROBE ${probeOf(path)}`);
      check(label, path, `Jekyll${drafts ? ' --drafts' : ''} writes it at the output the core computes (${entry?.output}, URL ${entry?.url})`, true, written);
      out.push(entry);
    }
    return out;
  };
  const probeOf = (path) => path.split('/').pop().replace(/^\d{4}-\d{2}-\d{2}-/, '');
  for (const layout of LAYOUTS) {
    if (filter && !layout.name.includes(filter)) continue;
    const label = `drafts ${layout.name}`;
    const src = join(work, layout.name);
    cpSync(join(repo, 'test', 'fixtures', layout.name), src, { recursive: true });
    if (layout.config) appendFileSync(join(src, '_config.yml'), layout.config);

    // 1. Two drafts.
    const before = new Set(listFiles(src));
    const made = jp(src, ['draft', 'Premier essai été', '--lang', layout.first, '--translation', `${layout.second}:First summer try`]);
    check(label, '(site)', `jekyll-posts draft exits 0 (${made.stderr.trim()})`, 0, made.status);
    if (made.status !== 0) continue;
    const printed = made.stdout.trim().split('\n').map((l) => l.split('\t'));
    const drafts = listFiles(src).filter((f) => !before.has(f));
    check(label, '(site)', 'two drafts written in a _drafts folder, the ones it prints', JSON.stringify(printed.map(([p]) => p).sort()), JSON.stringify(drafts.sort()));
    check(label, '(site)', 'every new file is under _drafts/', true, drafts.length === 2 && drafts.every((d) => d.split('/').includes('_drafts')));
    for (const path of drafts) appendFileSync(join(src, path), `DRAFTS-PROBE ${probeOf(path)}\n`);
    const lint = jp(src, ['lint', src, '--format', 'json']);
    const findings = JSON.parse(lint.stdout || '[]').filter((f) => drafts.includes(f.file));
    check(label, '(site)', 'the linter reports no finding on the new drafts', '[]', JSON.stringify(findings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`)));
    const draftEntries = agrees(label, src, drafts, true);
    for (const [path, url] of printed) check(label, path, 'jekyll-posts draft prints the URL jekyll-posts urls --drafts gives', draftEntries.find((e) => e?.file === path)?.url, url);
    check(label, '(site)', 'the two drafts have different URLs', true, draftEntries.length === 2 && draftEntries[0]?.url !== draftEntries[1]?.url);
    // Without --drafts, Jekyll writes neither, and the core says so.
    if (build(src, false).status === 0) {
      const entries = urls(src, false);
      for (const path of drafts) {
        const entry = entries.find((e) => e.file === path);
        check(label, path, 'without --drafts: the core says it is not written', false, entry?.published);
        check(label, path, 'without --drafts: Jekyll does not write it', false, !!entry?.output && existsSync(join(src, '_site', entry.output)));
      }
    }

    // 2. Publish the pair.
    const firstDraft = printed[0][0];
    const published = jp(src, ['publish', firstDraft, '--date', '2025-06-01 10:00', '--translation']);
    check(label, '(site)', `jekyll-posts publish --translation exits 0 (${published.stderr.trim()})`, 0, published.status);
    if (published.status !== 0) continue;
    const posts = published.stdout.trim().split('\n').map((l) => l.split('\t')[0]);
    check(label, '(site)', 'both drafts moved: none left', JSON.stringify([]), JSON.stringify(drafts.filter((d) => existsSync(join(src, d)))));
    check(label, '(site)', 'two posts dated 2025-06-01 in a _posts folder', true, posts.length === 2 && posts.every((p) => p.split('/').includes('_posts') && p.split('/').pop().startsWith('2025-06-01-')));
    const postLint = jp(src, ['lint', src, '--format', 'json']);
    const postFindings = JSON.parse(postLint.stdout || '[]').filter((f) => posts.includes(f.file));
    check(label, '(site)', 'the linter reports no finding on the published pair', '[]', JSON.stringify(postFindings.map((f) => `${f.file}:${f.line} ${f.rule} ${f.message}`)));
    const postEntries = agrees(label, src, posts, false);
    check(label, '(site)', 'the published posts are dated 2025-06-01 as Jekyll reads them', true, postEntries.every((e) => e?.date?.startsWith('2025-06-01')));

    // 3. Unpublish one back to the drafts.
    const back = jp(src, ['unpublish', posts[1]]);
    check(label, '(site)', `jekyll-posts unpublish exits 0 (${back.stderr.trim()})`, 0, back.status);
    if (back.status !== 0) continue;
    const draft = back.stdout.trim().split('\t')[0];
    check(label, draft, 'unpublish moves it into a _drafts folder, without a date in its name', true, draft.split('/').includes('_drafts') && !/\/\d{4}-\d{2}-\d{2}-/.test(draft) && !existsSync(join(src, posts[1])));
    agrees(label, src, [draft], true);
    console.log(`${label}: ${drafts.join(', ')} -> ${posts.join(', ')}; ${posts[1]} -> ${draft}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let passed = 0;
  const failures = [];
  draftChecks((site, doc, rule, expected, actual) => {
    if (expected === actual) passed++;
    else failures.push(`[${site}] ${doc}: ${rule}\n    expected: ${JSON.stringify(expected)}\n    actual:   ${JSON.stringify(actual)}`);
  }, { filter: process.argv[2] });
  for (const f of failures) console.log(`FAIL ${f}`);
  console.log(`drafts: ${passed} passed, ${failures.length} failed`);
  process.exit(failures.length ? 1 : 0);
}
