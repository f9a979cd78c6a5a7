#!/usr/bin/env node
// One real-browser test of "Jekyll: New bilingual post", driven by the keyboard only: F1 opens the
// command palette, the quick-input flow is filled step by step, and the test ends on the two new
// posts open side by side. Runs code-server + headless Chromium (codeServer.mjs) on a temp copy of
// test/fixtures/bilingual, with the development extension (dist/ must be built).
//
//   node scripts/build.mjs && node test/harness/run-browser-newpost.mjs
//
// Screenshots: test-results/browser-newpost-*.png (git-ignored). With --readme, the final one is
// also copied to docs/images/new-bilingual-post.png. Last line: `browser-newpost: N passed, N failed`;
// exit code 0 only when all passed. Env: BROWSER_NEWPOST_TIMEOUT_MS (default 240000).
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './install.mjs';
import { RESULTS, quickInput, runBrowserSession, until } from './browserSession.mjs';

const TIMEOUT_MS = Number(process.env.BROWSER_NEWPOST_TIMEOUT_MS) || 240_000;
const README_IMAGE = path.join(REPO_ROOT, 'docs', 'images', 'new-bilingual-post.png');
const FR_FILE = '_posts/2025-01-15-bonjour-le-navigateur.md';
const EN_FILE = '_posts/2025-01-15-hello-from-the-browser.md';

/** This flow's waits: every 100 ms, and an error while reading the page ends the wait. */
const waitFor = (what, fn, timeoutMs = 30_000) => until(fn, what, timeoutMs, { intervalMs: 100, rethrow: true });

/** Waits for step `n` of the flow (its title reads `New bilingual post (n/N)`), then returns what it shows. */
async function step(page, n, timeoutMs = 30_000) {
  return waitFor(`step ${n}`, async () => {
    const q = await quickInput(page);
    return q && /New bilingual post/.test(q.title) && q.title.includes(`(${n}/`) ? q : undefined;
  }, timeoutMs);
}

await runBrowserSession({
  label: 'browser-newpost',
  tag: 'browser-newpost',
  requires: ['dist/extension.js'],
  fixtures: ['bilingual'],
  tmpPrefix: 'jekyll-posts-browser-',
  timeoutMs: TIMEOUT_MS,
  launch: {
    viewport: { width: 1400, height: 820 },
    settings: { 'workbench.colorTheme': 'Default Light Modern', 'window.commandCenter': false, 'workbench.activityBar.location': 'default', 'editor.minimap.enabled': false, 'chat.commandCenter.enabled': false },
    onLog: (line) => {
      if (process.env.BROWSER_NEWPOST_VERBOSE || /\[error\]|jekyll/i.test(line)) console.log(`  [workbench] ${line}`);
    },
  },
  workbench: { timeoutMs: 60_000, selectors: ['.part.editor'], statusbar: true },
  onError: { name: 'the flow runs to the end', screenshot: 'browser-newpost-failure.png' },
}, async ({ page, workspace, verify }) => {
  // Let the workbench settle (extensions registered) before the palette is opened.
  await new Promise((r) => setTimeout(r, 3000));
  await page.mouse.click(700, 400); // focus the workbench window, not an element of it

  // The command palette, by keyboard.
  await page.keyboard.press('F1');
  await waitFor('the command palette', async () => (await quickInput(page))?.value.startsWith('>'));
  await page.keyboard.type('Jekyll: New bilingual post', { delay: 20 });
  const palette = await waitFor('the command in the palette', async () => {
    const q = await quickInput(page);
    return q?.rows.some((r) => r.includes('Jekyll: New bilingual post')) ? q : undefined;
  });
  verify('the command palette lists "Jekyll: New bilingual post"', palette.rows[0]?.includes('Jekyll: New bilingual post'), palette.rows.join(' | '));
  await page.keyboard.press('Enter');

  // 1. The conventions the post will follow, each with where it was read; Enter follows them.
  const s0 = await step(page, 1);
  verify('step 1 shows the conventions with their sources', s0.rows.some((r) => /Languages: fr, en/.test(r)) && s0.rows.some((r) => /from _config\.yml/.test(r)) && s0.rows.some((r) => /No key links translations/.test(r)), s0.rows.join(' | '));
  await page.screenshot({ path: path.join(RESULTS, 'browser-newpost-conventions.png') });
  await page.keyboard.press('Enter');

  // 2. French title, 3. English title.
  const s1 = await step(page, 2);
  verify('step 2 asks the French title, with no error before anything is typed', /French|français/i.test(s1.message) && !/cannot/.test(s1.message), s1.message);
  await page.keyboard.type('Bonjour le navigateur', { delay: 10 });
  await page.keyboard.press('Enter');
  const s2 = await step(page, 3);
  verify('step 3 asks the English title, or translate later', /English|anglais/i.test(s2.message) && /later|plus tard/i.test(s2.message), s2.message);
  await page.keyboard.type('Hello from the browser', { delay: 10 });
  await page.keyboard.press('Enter');

  // 4, 5. Slugs pre-filled by slugify; go back once to check back navigation keeps the title.
  const s3 = await step(page, 4);
  verify('step 4 pre-fills the French slug', s3.value === 'bonjour-le-navigateur', s3.value);
  await page.keyboard.press('Control+Alt+Minus'); // workbench.action.quickInputBack on Linux
  const back = await step(page, 3, 8000).catch(() => undefined);
  verify('back navigation returns to step 3 with its value', back?.value === 'Hello from the browser', JSON.stringify(back ?? (await quickInput(page))));
  if (back) {
    await page.keyboard.press('Enter');
    await step(page, 4);
  }
  await page.keyboard.press('Enter');
  const s4 = await step(page, 5);
  verify('step 5 pre-fills the English slug', s4.value === 'hello-from-the-browser', s4.value);
  await page.keyboard.press('Enter');

  // 6. Date, validated as it is typed.
  await step(page, 6);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('2025-13-45', { delay: 10 });
  const invalid = await waitFor('the date validation', async () => {
    const q = await quickInput(page);
    return q && /cannot read|ne sait pas lire/.test(q.message) ? q : undefined;
  }, 10_000).catch(() => undefined);
  verify('an impossible date is refused as it is typed', !!invalid, (await quickInput(page))?.message);
  await page.keyboard.press('Control+a');
  await page.keyboard.type('2025-01-15 10:30', { delay: 10 });
  await page.keyboard.press('Enter');

  // 7. Authors (multi-pick), 8. tags with a new one, 9. categories.
  await step(page, 7);
  await page.keyboard.press('Enter');
  const s7 = await step(page, 8);
  verify('step 8 lists the site’s tags', s7.rows.some((r) => r.includes('php')), s7.rows.join(' | '));
  await page.keyboard.type('navigateur', { delay: 10 });
  await page.keyboard.press('Enter'); // adds the new tag and selects it
  await waitFor('the new tag', async () => (await quickInput(page))?.rows.some((r) => r.includes('navigateur')));
  await page.keyboard.press('Enter');
  await step(page, 9);
  await page.keyboard.press('Enter');

  // 10. Summary of the two files.
  const s9 = await step(page, 10);
  verify('the summary lists both files', s9.rows.some((r) => r.includes(FR_FILE)) && s9.rows.some((r) => r.includes(EN_FILE)), s9.rows.join(' | '));
  await page.screenshot({ path: path.join(RESULTS, 'browser-newpost-summary.png') });
  await page.keyboard.press('Enter');

  // The two editors, side by side.
  const tabs = await waitFor('two editors', async () => {
    const state = await page.evaluate(() => ({
      groups: document.querySelectorAll('.editor-group-container').length,
      tabs: [...document.querySelectorAll('.tab .label-name')].map((t) => t.textContent),
    }));
    return state.groups >= 2 && state.tabs.includes(path.basename(FR_FILE)) && state.tabs.includes(path.basename(EN_FILE)) ? state : undefined;
  });
  verify('both new posts are open in two editor groups', tabs.groups >= 2, JSON.stringify(tabs));
  await new Promise((r) => setTimeout(r, 1500)); // let the editors paint before the screenshot
  const shot = path.join(RESULTS, 'browser-newpost-editors.png');
  await page.screenshot({ path: shot });
  console.log(`[browser-newpost] screenshots in ${path.relative(REPO_ROOT, RESULTS)}/`);
  if (process.argv.includes('--readme')) {
    fs.mkdirSync(path.dirname(README_IMAGE), { recursive: true });
    fs.copyFileSync(shot, README_IMAGE);
    console.log(`[browser-newpost] copied to ${path.relative(REPO_ROOT, README_IMAGE)}`);
  }

  const fr = fs.readFileSync(path.join(workspace, FR_FILE), 'utf8');
  const en = fs.readFileSync(path.join(workspace, EN_FILE), 'utf8');
  // The site links its versions by no key: none is invented.
  verify('the French post is written with its language and permalink, and no invented key', /\nlang: fr\npermalink: \/fr\/bonjour-le-navigateur\//.test(fr) && !/\nref:/.test(fr), fr);
  verify('the English post has its language, the new tag and no invented key', /\nlang: en\n/.test(en) && !/\nref:/.test(en) && /- navigateur\n/.test(en), en);
});
