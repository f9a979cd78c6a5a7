#!/usr/bin/env node
// The preview's site look in the real browser (issue 15): code-server + headless Chromium with
// Playwright. On a temp copy of test/fixtures/bilingual with test/fixtures/site-look over it (a
// layout chain, an include, a `{% seo %}` plugin tag, Sass with a partial, a plain stylesheet and a
// layout <script>), it opens the seed post's preview, switches it to "Site" with the preview's own
// button and reads the frame: the site's header, the colours of both stylesheets (computed style),
// the layout's script not run (after a positive control seen by the same channel), the footer's
// word on scripts; then "Preview both versions" on a French post: two panels, the French card's
// date in French while the workbench is in English, and scrolling one panel moves the other to the
// same heading. Screenshots go to test-results/ (PREVIEW_README_SCREENSHOT=1: also docs/images/).
//
//   node scripts/build.mjs && node test/harness/run-browser-sitelook.mjs
//
// Last line: `browser-sitelook: N passed, N failed`; exit code 0 only when all passed.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './install.mjs';
import { RESULTS, assert, runBrowserSession, until, runCommand, openFile } from './browserSession.mjs';

const VERBOSE = !!process.env.BROWSER_VERBOSE;

/** Preview frames (webviews are nested iframes) whose page satisfies `test`. */
async function framesWhere(page, test, arg) {
  const out = [];
  for (const frame of page.frames()) {
    try {
      if (await frame.evaluate(test, arg)) out.push(frame);
    } catch {
      // detached or not ready
    }
  }
  return out;
}

/** Gives the keyboard back to the text editor (a click in a webview keeps it). */
async function focusEditor(page) {
  await page.click('.editor-group-container.active .monaco-editor .view-lines, .monaco-editor .view-lines');
}

function screenshot(page, name) {
  const file = path.join(RESULTS, name);
  return page.screenshot({ path: file }).then(() => {
    assert(fs.statSync(file).size > 10_000, `${name}: screenshot too small`);
    if (process.env.PREVIEW_README_SCREENSHOT) {
      fs.mkdirSync(path.join(REPO_ROOT, 'docs', 'images'), { recursive: true });
      fs.copyFileSync(file, path.join(REPO_ROOT, 'docs', 'images', name));
    }
  });
}

await runBrowserSession({
  label: 'browser-sitelook',
  tag: 'run-browser-sitelook',
  requires: ['dist/extension.js', 'dist/preview/preview.js', 'dist/sass.js'],
  fixtures: ['bilingual', 'site-look'],
  tmpPrefix: 'jekyll-posts-sitelook-',
  announceWorkspace: true,
  launch: {
    viewport: { width: 1400, height: 900 },
    keepUserData: !!process.env.BROWSER_KEEP,
    settings: { 'workbench.colorTheme': 'Default Dark Modern', 'window.commandCenter': false, 'workbench.editor.enablePreview': false },
    onLog: (line) => {
      if (VERBOSE) console.log(line);
    },
  },
  workbench: { timeoutMs: 120_000, selectors: ['.explorer-folders-view, .monaco-workbench .part.sidebar'] },
  onError: { screenshot: 'sitelook-failure.png' },
  checkFailureScreenshot: 'sitelook-failure',
}, async ({ page, logLines, check }) => {
  let frame;
  await check('the preview of the seed post opens in the reading view, with the Site / Reading switch', async () => {
    await openFile(page, '2014-06-04-retours-sur-dotscale-2014.md');
    await page.waitForSelector('.editor-actions [aria-label*="Jekyll: Open Preview to the Side"]', { timeout: 60_000 });
    await runCommand(page, 'Jekyll: Open Preview to the Side');
    [frame] = await until(async () => {
      const found = await framesWhere(page, () => document.querySelector('.jp-title')?.textContent === 'Retours sur dotScale 2014' && !!document.querySelector('#jp-toolbar [data-mode="site"]'));
      return found.length ? found : undefined;
    }, 'the reading view with the switch');
    await screenshot(page, 'preview-reading.png');
  });

  await check('"Site" shows the post in its layouts: the site header from the include, the title from the post layout', async () => {
    await frame.click('#jp-toolbar [data-mode="site"]');
    await until(async () => frame.evaluate(() => document.body.dataset.mode === 'site' && !!document.querySelector('.site-header')), 'the site view');
    const facts = await frame.evaluate(() => ({
      header: document.querySelector('.site-header .site-title')?.textContent,
      title: document.querySelector('article.post .post-title')?.textContent,
      bodyClass: document.body.className,
      card: !!document.querySelector('.jp-card'),
      seo: document.querySelector('.jp-plugin-tag')?.getAttribute('data-tag') ?? null,
    }));
    assert(facts.header === 'Le blog technique', `header: ${facts.header}`);
    assert(facts.title === 'Retours sur dotScale 2014', `title: ${facts.title}`);
    assert(/\blang-fr\b/.test(facts.bodyClass), `body class: ${facts.bodyClass}`);
    assert(!facts.card, 'the card is still shown');
  });

  await check('the stylesheets apply: Sass compiled from assets/css/site.scss and the plain assets/print.css (computed style)', async () => {
    const colours = await until(async () => {
      const c = await frame.evaluate(() => ({
        header: getComputedStyle(document.querySelector('.site-header')).backgroundColor,
        body: getComputedStyle(document.body).backgroundColor,
        title: getComputedStyle(document.querySelector('.post-title')).color,
        meta: getComputedStyle(document.querySelector('.post-meta')).color,
      }));
      return c.header === 'rgb(179, 38, 30)' && c.meta === 'rgb(0, 128, 0)' ? c : undefined;
    }, 'the site colours', 20_000);
    assert(colours.body === 'rgb(255, 253, 245)', `body background: ${colours.body}`);
    assert(colours.title === 'rgb(135, 29, 23)', `title colour (darken(#b3261e, 10%)): ${colours.title}`);
  });

  await check('the layout’s <script> does not run (a control run in the same frame is seen), and the footer says so', async () => {
    const nonce = Date.now();
    await frame.evaluate((n) => {
      document.body.dataset.controlRan = String(n);
      codeAutomationLog('log', [`LAYOUT-CONTROL ${n}`]);
    }, nonce);
    await until(async () => logLines.some((l) => l.includes(`LAYOUT-CONTROL ${nonce}`)), 'the control log line', 10_000);
    const seen = await frame.evaluate(() => ({ control: document.body.dataset.controlRan, ran: document.body.dataset.layoutScriptRan ?? null, scripts: document.querySelectorAll('#jp-content script').length, footer: document.querySelector('#jp-footer')?.textContent ?? '' }));
    assert(seen.control === String(nonce), 'the control was not seen');
    assert(seen.ran === null && !logLines.some((l) => l.includes('LAYOUT-SCRIPT-RAN')), 'the layout script ran');
    assert(seen.scripts === 0, `scripts left in the page: ${seen.scripts}`);
    assert(/Scripts of the site do not run/.test(seen.footer), `footer: ${seen.footer}`);
    assert(/seo/.test(seen.footer), `footer does not name the seo plugin tag: ${seen.footer}`);
    await screenshot(page, 'preview-site.png');
  });

  await check('typing updates the site view in place', async () => {
    await focusEditor(page);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n\nLive **site** update.');
    await until(async () => frame.evaluate(() => document.querySelector('article.post')?.textContent?.includes('Live site update.') && !!document.querySelector('.site-header')), 'the typed text inside the layout', 15_000);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Z');
  });

  await check('"Preview both versions" opens the post and its translation side by side, each card dated in its own language', async () => {
    await frame.click('#jp-toolbar [data-mode="reading"]');
    await until(async () => frame.evaluate(() => document.body.dataset.mode === 'reading'), 'the reading view again');
    await focusEditor(page);
    await openFile(page, '2016-03-04-deux-titres.md');
    await runCommand(page, 'Jekyll: Preview Both Versions');
    const [fr, en] = await until(async () => {
      const a = await framesWhere(page, () => document.querySelector('.jp-title')?.textContent === 'Deux titres');
      const b = await framesWhere(page, () => document.querySelector('.jp-title')?.textContent === 'Two headings');
      return a.length && b.length ? [a[a.length - 1], b[b.length - 1]] : undefined;
    }, 'both panels', 60_000).catch(async (e) => {
      const seen = [];
      for (const f of page.frames()) seen.push(await f.evaluate(() => `${location.pathname.slice(-40)} ${document.body?.dataset.mode ?? '-'} ${(document.body?.innerText ?? '').slice(0, 60).replace(/\s+/g, ' ')}`).catch(() => 'detached'));
      throw new Error(`${e.message}; frames: ${seen.join(' | ')}`);
    });
    const frDate = await fr.evaluate(() => document.querySelector('.jp-date')?.textContent ?? '');
    const enDate = await en.evaluate(() => document.querySelector('.jp-date')?.textContent ?? '');
    assert(/4 mars 2016/.test(frDate), `French card date: ${frDate}`);
    assert(/4 March 2016|March 4, 2016/.test(enDate), `English card date: ${enDate}`);
    await screenshot(page, 'preview-both.png');

    // Scroll the French panel to its second heading, just under the sticky Site / Reading toolbar:
    // the English one follows to its own, placed under its toolbar too (not hidden behind it).
    const inset = () => document.getElementById('jp-toolbar')?.getBoundingClientRect().height ?? 0;
    await fr.evaluate(`(${(insetFn) => {
      const h = document.querySelectorAll('#jp-content h2')[1];
      window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - insetFn() + 2);
    }})(${inset})`);
    await until(async () => en.evaluate(`(${(insetFn) => {
      const h = document.querySelectorAll('#jp-content h2')[1];
      const top = h.getBoundingClientRect().top - insetFn();
      return window.scrollY > 0 && top <= 4 && top > -40;
    }})(${inset})`), 'the English panel at its second heading, under the toolbar', 10_000);
  });
});
