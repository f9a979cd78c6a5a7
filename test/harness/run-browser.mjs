#!/usr/bin/env node
// The preview in the real browser: code-server + headless Chromium driven with Playwright from
// Node (no extension tests module). On a temp copy of test/fixtures/bilingual plus the posts of
// test/fixtures/preview, it opens the preview with the command palette and reads the webview's
// frames: the seed post's title, date, URL status, links and no `{:` text; a permalink conflict;
// a broken link marked where it is clicked (test-results/preview-broken-link.png);
// twelve XSS payloads that must not run (after a positive control is seen through the same channels). Screenshots go to test-results/.
//
//   node scripts/build.mjs && node test/harness/run-browser.mjs
//
// Last line: `browser: N passed, N failed`; exit code 0 only when all passed.
// Env: BROWSER_VERBOSE=1 (workbench log), PREVIEW_README_SCREENSHOT=1 (also writes docs/images/preview.png),
// BROWSER_KEEP=1 (keeps code-server's user data, logs included, and prints where).
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './install.mjs';
import { RESULTS, assert, runBrowserSession, until, runCommand, openFile } from './browserSession.mjs';

const VERBOSE = !!process.env.BROWSER_VERBOSE;

/** The webview frame that shows the preview card (webviews are nested iframes). */
async function previewFrame(page) {
  for (const frame of page.frames()) {
    try {
      if (await frame.evaluate(() => !!document.querySelector('#jp-header .jp-card'))) return frame;
    } catch {
      // detached or not ready
    }
  }
  return undefined;
}

async function previewShowing(page, title) {
  return until(async () => {
    const frame = await previewFrame(page);
    if (!frame) return undefined;
    const shown = await frame.evaluate(() => document.querySelector('.jp-title')?.textContent ?? '');
    return shown === title ? frame : undefined;
  }, `the preview of "${title}"`);
}

await runBrowserSession({
  label: 'browser',
  tag: 'run-browser',
  requires: ['dist/extension.js', 'dist/preview/preview.js'],
  fixtures: ['bilingual', 'preview'],
  tmpPrefix: 'jekyll-posts-browser-',
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
  onError: { screenshot: 'browser-failure.png' },
}, async ({ page, logLines, check }) => {
  let seed;
  await check('the command opens the preview of the seed post beside it, with its title', async () => {
    await openFile(page, '2014-06-04-retours-sur-dotscale-2014.md');
    // The editor-title button appears once the extension knows the file is a post of a Jekyll site.
    await page.waitForSelector('.editor-actions [aria-label*="Jekyll: Open Preview to the Side"]', { timeout: 60_000 });
    await runCommand(page, 'Jekyll: Open Preview to the Side');
    seed = await previewShowing(page, 'Retours sur dotScale 2014');
  });

  await check('the card shows the date as Jekyll reads it: 4 June 2014', async () => {
    const date = await seed.evaluate(() => document.querySelector('.jp-date')?.textContent ?? '');
    assert(/4 June 2014|4 juin 2014/.test(date), `date shown: ${date}`);
  });

  await check('the card shows /fr/retours-sur-dotscale-2014/ marked ok', async () => {
    const url = await seed.evaluate(() => {
      const el = document.querySelector('.jp-url');
      return { status: el?.getAttribute('data-status'), value: el?.querySelector('.jp-url-value')?.textContent };
    });
    assert(url.value === '/fr/retours-sur-dotscale-2014/', `URL shown: ${url.value}`);
    assert(url.status === 'ok', `status: ${url.status}`);
  });

  await check('links keep rel="nofollow noreferrer" and no `{:` text is left anywhere', async () => {
    const facts = await seed.evaluate(() => ({
      rel: document.querySelectorAll('#jp-content a[rel="nofollow noreferrer"]').length,
      text: document.body.innerText,
      html: document.body.innerHTML,
    }));
    assert(facts.rel === 4, `links with rel="nofollow noreferrer": ${facts.rel}`);
    assert(!facts.text.includes('{:') && !facts.html.includes('{:'), 'an attribute list leaked into the page');
  });

  await check('the page runs under a nonce CSP with no frame, object or inline script allowed', async () => {
    const csp = await seed.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
    assert(/script-src 'nonce-[A-Za-z0-9]+'/.test(csp) && !/unsafe-eval|script-src[^;]*unsafe-inline/.test(csp), `CSP: ${csp}`);
    assert(/frame-src 'none'/.test(csp) && /object-src 'none'/.test(csp), `CSP: ${csp}`);
  });

  await check('a screenshot of the preview is saved under test-results/', async () => {
    const file = path.join(RESULTS, 'preview-seed.png');
    await page.screenshot({ path: file });
    assert(fs.statSync(file).size > 10_000, 'screenshot too small');
    if (process.env.PREVIEW_README_SCREENSHOT) {
      fs.mkdirSync(path.join(REPO_ROOT, 'docs', 'images'), { recursive: true });
      fs.copyFileSync(file, path.join(REPO_ROOT, 'docs', 'images', 'preview.png'));
    }
  });

  await check('typing updates the preview in place, without reloading the page', async () => {
    await seed.evaluate(() => {
      window.__jpMarker = 'kept';
    });
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n\nLive **update** typed in the editor.');
    await until(async () => seed.evaluate(() => document.querySelector('#jp-content')?.textContent?.includes('Live update typed in the editor.')), 'the typed text in the preview', 10_000);
    const kept = await seed.evaluate(() => window.__jpMarker);
    assert(kept === 'kept', 'the page was reloaded');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Z');
  });

  await check('the preview follows the active post and shows a permalink conflict with the other file', async () => {
    await openFile(page, '2015-01-01-doublon-a.md');
    const frame = await previewShowing(page, 'Doublon A');
    const url = await frame.evaluate(() => {
      const el = document.querySelector('.jp-url');
      return { status: el?.getAttribute('data-status'), value: el?.querySelector('.jp-url-value')?.textContent, others: el?.querySelector('.jp-url-others')?.textContent };
    });
    assert(url.status === 'conflict', `status: ${url.status}`);
    assert(url.value === '/fr/doublon/', `URL: ${url.value}`);
    assert(url.others?.includes('_posts/2015-01-02-doublon-b.md'), `other file: ${url.others}`);
    await page.screenshot({ path: path.join(RESULTS, 'preview-conflict.png') });
  });

  await check('a broken link is marked in the preview where it is clicked, with the finding as its tooltip', async () => {
    await openFile(page, '2015-03-03-lien-casse.md');
    const frame = await previewShowing(page, 'Un lien cassé');
    // The marks need the site index; the preview renders again once it is built.
    const marked = await until(async () => {
      const found = await frame.evaluate(() =>
        [...document.querySelectorAll('#jp-content a.jp-broken-link')].map((a) => ({ href: a.getAttribute('href'), title: a.getAttribute('title'), text: a.textContent, decoration: getComputedStyle(a).textDecorationStyle })),
      );
      return found.length ? found : undefined;
    }, 'a link marked broken in the preview');
    assert(marked.length === 1, `marked: ${JSON.stringify(marked)}`);
    assert(marked[0].href === '/fr/retours-sur-dotscale-201/' && marked[0].text === 'le billet sur dotScale', `marked: ${JSON.stringify(marked[0])}`);
    assert(/(serves nothing at|ne sert rien à) \/fr\/retours-sur-dotscale-201\//.test(marked[0].title ?? ''), `title: ${marked[0].title}`);
    assert(marked[0].decoration === 'wavy', `the preview's CSS styles it: text-decoration-style ${marked[0].decoration}`);
    const sound = await frame.evaluate(() => document.querySelector('#jp-content a[href="/fr/retours-sur-dotscale-2014/"]')?.className);
    assert(sound === '', `the sound link is not marked: class "${sound}"`);
    await frame.hover('#jp-content a.jp-broken-link');
    const file = path.join(RESULTS, 'preview-broken-link.png');
    await page.screenshot({ path: file });
    assert(fs.statSync(file).size > 10_000, 'screenshot too small');
  });

  await check('a post with XSS payloads runs none of them', async () => {
    const nonce = Date.now();
    await openFile(page, '2015-02-02-xss-payloads.md');
    const frame = await previewShowing(page, 'Twelve XSS payloads');
    // Positive control: code run in the preview's frame, the way a payload would run, sets a global
    // and calls codeAutomationLog as the payloads do. Both must be observed by the very scans
    // below, or "no payload ran" proves nothing.
    await frame.evaluate((n) => {
      window[`__xssControl${n}`] = 1;
      codeAutomationLog('log', [`XSS-RAN control ${n}`]);
    }, nonce);
    await until(async () => logLines.some((l) => l.includes(`XSS-RAN control ${nonce}`)), 'the control log line from the preview frame', 10_000);
    // ...then give the payloads time, click the links, and look in every frame.
    await frame.evaluate(() => {
      for (const a of document.querySelectorAll('#jp-content a')) a.click();
      for (const d of document.querySelectorAll('details')) d.open = !d.open;
    });
    await new Promise((r) => setTimeout(r, 1500));
    const globals = [];
    for (const f of page.frames()) {
      if (f.isDetached()) continue;
      try {
        globals.push(...(await f.evaluate(() => Object.keys(window).filter((k) => k.startsWith('__xss')))));
      } catch (e) {
        // A frame that went away between the listing and the evaluation; anything else breaks the observation.
        if (!/detached|Execution context was destroyed|navigat/i.test(String(e?.message))) throw new Error(`evaluating in frame ${f.url()}: ${e?.message}`);
      }
    }
    assert(globals.includes(`__xssControl${nonce}`), `the control's global was not seen by the frame scan (saw: ${globals.join(', ') || 'nothing'})`);
    const payloadGlobals = globals.filter((g) => !g.startsWith('__xssControl'));
    assert(payloadGlobals.length === 0, `payload globals set: ${payloadGlobals.join(', ')}`);
    const ran = logLines.filter((l) => l.includes('XSS-RAN') && !l.includes('XSS-RAN control'));
    assert(ran.length === 0, `payloads ran: ${ran.join(' | ')}`);
    const inPage = await frame.evaluate(() => ({ scripts: document.querySelectorAll('#jp-content script, #jp-content iframe, #jp-content object, #jp-content embed').length, handlers: [...document.querySelectorAll('#jp-content *')].some((e) => [...e.attributes].some((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value))) }));
    assert(inPage.scripts === 0 && !inPage.handlers, `dangerous markup left: ${JSON.stringify(inPage)}`);
    await page.screenshot({ path: path.join(RESULTS, 'preview-xss.png') });
  });
});
