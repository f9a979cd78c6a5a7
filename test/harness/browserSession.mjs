// What the four browser harnesses (run-browser*.mjs) share: check the build, copy the fixtures to a
// temp workspace, start code-server and Chromium on it (codeServer.mjs), wait for the workbench,
// count the checks, end on one `LABEL: N passed, N failed` line with exit code 0 only when every
// check passed and at least one ran, and stop everything (code-server, Chromium, the workspace) on
// the way out, on an error, on the run's time limit and on a signal. Each harness keeps only its
// own checks.
//
//   await runBrowserSession({ label: 'browser', fixtures: ['bilingual'], ... }, async (s) => {
//     await s.check('does X', async () => { ... });   // `  ✓ does X (12 ms)` / `  ✗ does X` + stack
//     s.verify('does Y', ok, detail);                  // `ok   does Y` / `FAIL does Y: detail`
//   });
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { install, REPO_ROOT } from './install.mjs';
import { launch } from './codeServer.mjs';

export const RESULTS = path.join(REPO_ROOT, 'test-results');

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

/**
 * Polls `fn` until it returns something truthy and returns that. An error thrown by `fn` is retried
 * and named in the timeout message, unless `rethrow` (then it ends the wait at once).
 */
export async function until(fn, what, timeoutMs = 30_000, { intervalMs = 150, rethrow = false } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      if (rethrow) throw e;
      last = e;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
}

/** Runs a command from the command palette (F1), once its row is listed. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(title);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${title.replace(/"/g, '\\"')}"]`, { timeout: 15_000 });
  await page.keyboard.press('Enter');
}

/**
 * Opens a workspace file with Quick Open (Ctrl+P). Quick open filters as it is typed: Enter is
 * pressed only once the focused row is this file, and it is tried again (3 times in all) if the
 * editor did not open (a busy machine can drop the first Enter).
 */
export async function openFile(page, name) {
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
    await page.keyboard.type(name);
    await page.waitForSelector(`.quick-input-list .monaco-list-row.focused[aria-label*="${name}"]`, { timeout: 30_000 });
    await page.keyboard.press('Enter');
    try {
      await page.waitForSelector(`.tab.active[aria-label*="${name}"]`, { timeout: 15_000 });
      return;
    } catch (e) {
      if (attempt >= 3) throw e;
      await page.keyboard.press('Escape');
    }
  }
}

/** What the quick input (a quick pick or an input box) shows now, or undefined when it is hidden. */
export async function quickInput(page) {
  return page.evaluate(() => {
    const widget = document.querySelector('.quick-input-widget');
    if (!widget || widget.style.display === 'none' || widget.offsetParent === null) return undefined;
    const input = widget.querySelector('.quick-input-box input');
    return {
      title: widget.querySelector('.quick-input-title')?.textContent ?? '',
      message: (widget.querySelector('.quick-input-message')?.textContent ?? '').trim(),
      placeholder: input?.getAttribute('placeholder') ?? '',
      value: input?.value ?? '',
      rows: [...widget.querySelectorAll('.monaco-list-row')].map((r) => r.textContent ?? ''),
    };
  });
}

/**
 * @param {object} o
 * @param {string} o.label the result line's label (`browser` → `browser: N passed, N failed`)
 * @param {string} o.tag prefix of the harness's own messages (`[run-browser] ...`)
 * @param {string[]} o.requires built files the run needs (relative to the repository)
 * @param {string[]} o.fixtures folders of test/fixtures copied, in order, into the temp workspace
 * @param {string} o.tmpPrefix the temp workspace's name prefix
 * @param {boolean} [o.announceWorkspace] print `[tag] workspace DIR`
 * @param {object} o.launch options for codeServer.launch (viewport, settings, keepUserData, onLog...)
 * @param {{timeoutMs:number, selectors?:string[], statusbar?:boolean}} o.workbench what "the workbench
 *   is up" means: `.monaco-workbench`, then each selector, then the status bar, each within timeoutMs
 * @param {number} [o.timeoutMs] a limit for the whole run: past it, `LABEL: 0 passed, 1 failed`, exit 1
 * @param {{name?:string, screenshot:string}} o.onError an error thrown out of the run is one failed
 *   check named `name` (a `FAIL` line), or without a name, printed as `[tag] stack`; the page is saved
 *   to test-results/`screenshot`
 * @param {string} [o.checkFailureScreenshot] prefix: a failed `check` saves test-results/PREFIX-N.png
 * @param {(s: object) => Promise<void>} body the harness's checks; gets
 *   `{ page, cs, workspace, logLines, check, verify }`
 */
export async function runBrowserSession(o, body) {
  const logLines = [];
  let passed = 0;
  let failed = 0;
  let cs;
  let workspace;

  /** A check written as a function: it passes when the function resolves. */
  async function check(name, fn) {
    const started = Date.now();
    try {
      await fn();
      passed++;
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed++;
      if (o.checkFailureScreenshot && cs?.page) await cs.page.screenshot({ path: path.join(RESULTS, `${o.checkFailureScreenshot}-${passed + failed}.png`) }).catch(() => {});
      console.log(`  ✗ ${name}\n    ${String(e && e.stack ? e.stack : e).split('\n').slice(0, 6).join('\n    ')}`);
    }
  }

  /** A check written as a condition, with what was seen when it is false. */
  function verify(name, ok, detail = '') {
    if (ok) passed++;
    else failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${!ok && detail ? `: ${detail}` : ''}`);
    return ok;
  }

  let stopping;
  const stop = () => (stopping ??= (async () => {
    if (cs) await cs.stop();
    if (workspace) fs.rmSync(workspace, { recursive: true, force: true });
  })());
  const onSignal = () => stop().finally(() => process.exit(1));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, onSignal);
  const timer = o.timeoutMs && setTimeout(() => {
    console.error(`[${o.label}] no result within ${o.timeoutMs / 1000} s`);
    console.log(`${o.label}: 0 passed, 1 failed`);
    stop().finally(() => process.exit(1));
  }, o.timeoutMs);

  try {
    for (const file of o.requires) {
      if (!fs.existsSync(path.join(REPO_ROOT, file))) throw new Error(`${file} is missing: run node scripts/build.mjs first`);
    }
    await install();
    fs.mkdirSync(RESULTS, { recursive: true });
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), o.tmpPrefix));
    for (const fixture of o.fixtures) fs.cpSync(path.join(REPO_ROOT, 'test', 'fixtures', fixture), workspace, { recursive: true });
    if (o.announceWorkspace) console.log(`[${o.tag}] workspace ${workspace}`);
    const onLog = o.launch.onLog;
    cs = await launch({
      workspace,
      extensionDevelopmentPath: REPO_ROOT,
      ...o.launch,
      onLog: (line) => {
        logLines.push(line);
        onLog?.(line);
      },
    });
    if (o.launch.keepUserData) console.log(`[${o.tag}] user data ${cs.userDataDir}`);
    const page = cs.page;
    await page.waitForSelector('.monaco-workbench', { timeout: o.workbench.timeoutMs });
    for (const selector of o.workbench.selectors ?? []) await page.waitForSelector(selector, { timeout: o.workbench.timeoutMs });
    if (o.workbench.statusbar) await page.waitForSelector('.statusbar', { state: 'attached', timeout: o.workbench.timeoutMs });
    await body({ page, cs, workspace, logLines, check, verify });
  } catch (e) {
    if (o.onError.name) verify(o.onError.name, false, e.message);
    else {
      console.error(`[${o.tag}] ${e.stack || e.message}`);
      failed++;
    }
    if (cs?.page) await cs.page.screenshot({ path: path.join(RESULTS, o.onError.screenshot) }).catch(() => {});
  } finally {
    clearTimeout(timer);
    await stop();
  }
  console.log(`${o.label}: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
}
