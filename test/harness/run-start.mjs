#!/usr/bin/env node
// `npm start`, tried as a user would: `npm start -- <a site>` and plain `npm start` (the sample site),
// each in a process group of its own as a terminal runs it. The test reads the URL it prints, opens
// it in headless Chromium, opens a post with Quick Open and waits for its diagnostic in the Problems
// count; in the sample, it types into the post and saves. Then it sends SIGINT to the group (what
// Ctrl-C does) and checks that npm, code-server and every process they started are gone within 5 s,
// that the scratch copy is deleted, and that `git status` of the repository is what it was.
//
//   node scripts/build.mjs && node test/harness/run-start.mjs
//
// Last line: `start: N passed, N failed`. Screenshots: test-results/start-*.png.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { install, REPO_ROOT, CHROMIUM } from './install.mjs';
import { CHROMIUM_ARGS } from './codeServer.mjs';

const RESULTS = path.join(REPO_ROOT, 'test-results');
let passed = 0;
let failed = 0;
const check = (name, ok, detail = '') => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${!ok && detail ? `: ${detail}` : ''}`);
  return ok;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function waitFor(what, fn, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const v = await fn();
    if (v) return v;
    await sleep(200);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Every process on the machine: pid, process group, command line. */
function processes() {
  const out = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] === 'Z') continue; // a zombie has exited
      const cmdline = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').replace(/\0/g, ' ');
      out.push({ pid: Number(name), pgid: Number(fields[2]), cmdline });
    } catch { /* gone meanwhile */ }
  }
  return out;
}

const gitStatus = () => execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: REPO_ROOT, encoding: 'utf8' });

async function session(label, args, { edit }) {
  const before = gitStatus();
  const child = spawn('npm', ['start', '--', ...args], { cwd: REPO_ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const exited = new Promise((r) => child.on('exit', (code, signal) => r(code ?? signal)));
  let browser;
  try {
    const url = await waitFor('the printed URL', () => /^(http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+)$/m.exec(output)?.[1], 180_000);
    check(`${label}: prints the URL`, true);
    const site = /Site: (?:a scratch copy[^:]*: )?(\S+)/.exec(output)?.[1];
    const workspace = decodeURIComponent(/[?&]folder=([^&]+)/.exec(url)[1]);
    if (args.length) check(`${label}: opens the site given, as it is`, workspace === path.resolve(args[0]), workspace);
    else check(`${label}: opens a scratch copy of the sample site, outside the repository`, !!site && workspace === site && !workspace.startsWith(REPO_ROOT) && fs.existsSync(path.join(workspace, '_config.yml')), `${workspace} / ${site}`);

    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000 });
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: 90_000 });
    await sleep(3000);
    await page.mouse.click(640, 400);
    const post = fs.readdirSync(path.join(workspace, '_posts')).sort().find((f) => f.endsWith('.md'));
    await page.keyboard.press('Control+P');
    await waitFor('Quick Open', () => page.evaluate(() => !!document.querySelector('.quick-input-widget .quick-input-box input')));
    await page.keyboard.type(post, { delay: 10 });
    // The file search answers once the remote file system is ready: wait for the post in the list.
    await waitFor(`${post} in Quick Open`, () => page.evaluate((name) => [...document.querySelectorAll('.quick-input-widget .monaco-list-row')].some((r) => r.textContent?.includes(name)), post), 60_000);
    await page.keyboard.press('Enter');
    await waitFor(`${post} open in an editor`, () => page.evaluate((name) => [...document.querySelectorAll('.tabs-container .tab')].some((t) => t.textContent?.includes(name)), post), 30_000);
    const problems = await waitFor('a diagnostic in the Problems count', async () => {
      const text = await page.evaluate(() => document.querySelector('#status\\.problems')?.textContent ?? document.querySelector('[id="status.problems"]')?.getAttribute('aria-label') ?? '');
      const counts = (text.match(/\d+/g) ?? []).map(Number);
      return counts.some((n) => n > 0) ? text : undefined;
    }, 90_000).catch(() => undefined);
    check(`${label}: a diagnostic on ${post} shows in the Problems count`, !!problems, problems);
    if (edit) {
      await page.click('.editor-instance .view-lines');
      await page.keyboard.press('Control+End');
      await page.keyboard.type('\nEdited in the browser.\n', { delay: 5 });
      await page.keyboard.press('Control+S');
      const saved = await waitFor('the edit saved to the copy', () => fs.readFileSync(path.join(workspace, '_posts', post), 'utf8').includes('Edited in the browser.'), 30_000).catch(() => false);
      check(`${label}: an edit is saved to the copy`, saved);
    }
    fs.mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: path.join(RESULTS, `start-${label}.png`) });
    await browser.close();
    browser = undefined;

    const serverPgids = new Set(processes().filter((p) => p.cmdline.includes('code-server') && p.cmdline.includes(workspace)).map((p) => p.pgid));
    check(`${label}: code-server runs`, serverPgids.size > 0);
    const groups = new Set([child.pid, ...serverPgids]);
    const t0 = Date.now();
    process.kill(-child.pid, 'SIGINT'); // Ctrl-C: the terminal signals the foreground process group
    const left = await waitFor('every process gone', () => {
      const alive = processes().filter((p) => groups.has(p.pgid) || p.cmdline.includes(workspace));
      return alive.length === 0 ? [] : undefined;
    }, 5000).catch(() => processes().filter((p) => groups.has(p.pgid) || p.cmdline.includes(workspace)));
    check(`${label}: Ctrl-C stops npm, code-server and their children within 5 s`, left.length === 0, `${left.length} left after ${Date.now() - t0} ms: ${left.map((p) => p.cmdline.slice(0, 80)).join(' | ')}`);
    const code = await Promise.race([exited, sleep(5000).then(() => 'still running')]);
    check(`${label}: npm start exits`, code !== 'still running', String(code));
    if (!args.length) check(`${label}: the scratch copy is deleted`, !fs.existsSync(workspace), workspace);
    check(`${label}: the repository is as it was (git status)`, gitStatus() === before, gitStatus());
  } catch (e) {
    check(`${label}: ${e.message}`, false, output.split('\n').slice(-15).join('\n'));
  } finally {
    if (browser) await browser.close().catch(() => {});
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
  }
}

async function main() {
  if (!fs.existsSync(path.join(REPO_ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run node scripts/build.mjs');
  await install();
  const own = fs.mkdtempSync(path.join(os.tmpdir(), 'jekyll-posts-own-site-'));
  fs.mkdirSync(path.join(own, '_posts'));
  fs.writeFileSync(path.join(own, '_config.yml'), 'title: My own blog\n');
  fs.writeFileSync(path.join(own, '_posts', '2024-03-01-first.md'), '---\ntitle: First\ntags: php, symfony\n---\nHello.\n');
  try {
    await session('own-site', [own], { edit: false });
    check('own-site: the site is left as it was', fs.readFileSync(path.join(own, '_posts', '2024-03-01-first.md'), 'utf8') === '---\ntitle: First\ntags: php, symfony\n---\nHello.\n');
    await session('sample', [], { edit: true });
  } finally {
    fs.rmSync(own, { recursive: true, force: true });
  }
}

main().catch((e) => check(`start: ${e.message}`, false)).finally(() => {
  console.log(`start: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
});
