#!/usr/bin/env node
// The "Jekyll" activity bar views in a real browser: code-server + headless Chromium on a temp copy
// of test/fixtures/overview, with the development extension (dist/ must be built). The test clicks
// the Jekyll icon of the activity bar, expands a year of the Posts view, and reads the rows as they
// are drawn: posts with date, status and translation status; the near-duplicate tag group; the
// unknown author; then "Rename tag" from a near-duplicate group's context menu merges JPA into jpa
// and one Undo ("Undo in 2 Files") takes it back in both files. Screenshot: test-results/browser-overview.png (git-ignored); with --readme it is
// also copied to docs/images/site-at-a-glance.png.
//
//   node scripts/build.mjs && node test/harness/run-browser-overview.mjs [--readme]
//
// Last line: `browser-overview: N passed, N failed`; exit code 0 only when all passed.
// Env: BROWSER_OVERVIEW_TIMEOUT_MS (default 240000), BROWSER_OVERVIEW_VERBOSE=1.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './install.mjs';
import { RESULTS, quickInput, runBrowserSession, until } from './browserSession.mjs';

const TIMEOUT_MS = Number(process.env.BROWSER_OVERVIEW_TIMEOUT_MS) || 240_000;
const README_IMAGE = path.join(REPO_ROOT, 'docs', 'images', 'site-at-a-glance.png');

/** This harness's waits: an error while reading the page counts as "not yet". */
const waitFor = (what, fn, timeoutMs = 30_000) => until(() => fn().catch(() => undefined), what, timeoutMs);

/** The rows a view pane shows: `label — description`, in order. */
async function paneRows(page, title) {
  return page.evaluate((title) => {
    const panes = [...document.querySelectorAll('.part.sidebar .pane')];
    const pane = panes.find((p) => (p.querySelector('.pane-header .title')?.textContent ?? '').trim().toLowerCase() === title.toLowerCase());
    if (!pane) return undefined;
    return [...pane.querySelectorAll('.monaco-list-row')].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top).map((row) => {
      const label = row.querySelector('.label-name')?.textContent ?? '';
      const description = row.querySelector('.label-description')?.textContent ?? '';
      return description ? `${label} — ${description}` : label;
    });
  }, title);
}

/**
 * Clicks the row whose label is `text`, at a point where that row is drawn at the moment of the
 * click. The list draws its rows in recycled elements and redraws them while the site is indexed,
 * so an element found first can hold another row by the time it is clicked (seen: the click meant
 * for "2024" opened "fr"). Rows are taken in the order they are drawn, top to bottom (the
 * elements' order in the page is not that order once they are recycled).
 */
async function clickRow(page, title, text, options = {}) {
  const point = await waitFor(`the row "${text}" of ${title}`, () => page.evaluate(({ title, text }) => {
    const panes = [...document.querySelectorAll('.part.sidebar .pane')];
    const pane = panes.find((p) => (p.querySelector('.pane-header .title')?.textContent ?? '').trim().toLowerCase() === title.toLowerCase());
    const row = [...(pane?.querySelectorAll('.monaco-list-row') ?? [])].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top).find((r) => (r.querySelector('.label-name')?.textContent ?? '') === text);
    const box = row?.querySelector('.label-name')?.getBoundingClientRect();
    if (!box || box.width === 0) return undefined;
    const x = box.left + Math.min(box.width / 2, 20);
    const y = box.top + box.height / 2;
    const under = document.elementFromPoint(x, y)?.closest('.monaco-list-row');
    return under === row ? { x, y } : undefined;
  }, { title, text }));
  await page.mouse.click(point.x, point.y, options);
}

/** Expands the row whose label is `text`: clicked until the list says it is expanded. */
async function expandRow(page, title, text) {
  await waitFor(`the row "${text}" of ${title} expanded`, async () => {
    const expanded = await page.evaluate(({ title, text }) => {
      const panes = [...document.querySelectorAll('.part.sidebar .pane')];
      const pane = panes.find((p) => (p.querySelector('.pane-header .title')?.textContent ?? '').trim().toLowerCase() === title.toLowerCase());
      const row = [...(pane?.querySelectorAll('.monaco-list-row') ?? [])].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top).find((r) => (r.querySelector('.label-name')?.textContent ?? '') === text);
      return row?.getAttribute('aria-expanded');
    }, { title, text });
    if (expanded === 'true') return true;
    if (expanded === 'false') await clickRow(page, title, text);
    await new Promise((r) => setTimeout(r, 400));
    return undefined;
  });
}

/** The text of the active editor, as Monaco draws its lines. */
async function editorText(page) {
  return page.evaluate(() => [...document.querySelectorAll('.editor-group-container.active .view-lines .view-line')]
    .map((l) => ({ top: parseFloat(l.style.top), text: (l.textContent ?? '').replace(/\u00a0/g, ' ') }))
    .sort((a, b) => a.top - b.top)
    .map((l) => l.text)
    .join('\n'));
}

/** The label of the row that has the focus in a view pane. */
async function focusedRow(page, title) {
  return page.evaluate((title) => {
    const panes = [...document.querySelectorAll('.part.sidebar .pane')];
    const pane = panes.find((p) => (p.querySelector('.pane-header .title')?.textContent ?? '').trim().toLowerCase() === title.toLowerCase());
    return pane?.querySelector('.monaco-list-row.focused .label-name')?.textContent ?? '';
  }, title);
}

async function openFile(page, name) {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(name, { delay: 10 });
  await page.waitForSelector(`.quick-input-list .monaco-list-row.focused[aria-label*="${name}"]`, { timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tab.active[aria-label*="${name}"]`, { timeout: 15_000 });
}

await runBrowserSession({
  label: 'browser-overview',
  tag: 'browser-overview',
  requires: ['dist/extension.js'],
  fixtures: ['overview'],
  tmpPrefix: 'jekyll-posts-browser-overview-',
  timeoutMs: TIMEOUT_MS,
  launch: {
    viewport: { width: 1280, height: 760 },
    settings: { 'workbench.colorTheme': 'Default Light Modern', 'window.commandCenter': false, 'workbench.activityBar.location': 'default', 'editor.minimap.enabled': false, 'chat.commandCenter.enabled': false, 'workbench.startupEditor': 'none' },
    onLog: (line) => {
      if (process.env.BROWSER_OVERVIEW_VERBOSE || /\[error\].*jekyll/i.test(line)) console.log(`  [workbench] ${line}`);
    },
  },
  workbench: { timeoutMs: 60_000, statusbar: true },
  onError: { name: 'the views are shown', screenshot: 'browser-overview-failure.png' },
}, async ({ page, verify }) => {
  // The Jekyll icon of the activity bar opens the container with its three views.
  const icon = await waitFor('the Jekyll icon in the activity bar', () => page.$('.part.activitybar .action-item a[aria-label^="Jekyll"], .part.activitybar .action-item [aria-label^="Jekyll"]'), 60_000);
  verify('the activity bar has the Jekyll icon', !!icon);
  await icon.click();
  const titles = await waitFor('the three views', async () => {
    const t = await page.evaluate(() => [...document.querySelectorAll('.part.sidebar .pane-header .title')].map((e) => (e.textContent ?? '').trim()));
    return t.length >= 3 ? t : undefined;
  });
  verify('the container shows Posts, Tags and categories, Authors', ['posts', 'tags and categories', 'authors'].every((v) => titles.map((t) => t.toLowerCase()).includes(v)), titles.join(' | '));

  // The site is indexed in the background: the languages appear, then a year is expanded.
  const languages = await waitFor('the languages of the Posts view', async () => {
    const rows = await paneRows(page, 'Posts');
    return rows && rows.includes('en — 4 posts') ? rows : undefined;
  }, 60_000);
  verify('the Posts view shows the languages and years', languages.includes('fr — 4 posts') && languages.includes('2024 — 3 posts'), languages.join(' | '));
  await expandRow(page, 'Posts', '2024');
  const posts = await waitFor('the posts of 2024', async () => {
    const rows = await paneRows(page, 'Posts');
    return rows?.some((r) => r.startsWith('JPA entities')) ? rows : undefined;
  });
  verify('a year lists its posts with date and translation status', posts.includes('JPA entities — 2024-01-10 · fr version') && posts.includes('JPA queries — 2024-02-07 · no fr version'), posts.join(' | '));
  const tags = await waitFor('the tags', async () => {
    const rows = await paneRows(page, 'Tags and categories');
    return rows?.some((r) => r.startsWith('jpa / JPA')) ? rows : undefined;
  });
  verify('the Tags view groups jpa / JPA with per-language counts', tags.includes('jpa / JPA — 4 posts · near-duplicates') && tags.includes('JPA — 2 posts · en 2'), tags.join(' | '));
  const authors = await waitFor('the authors', async () => {
    const rows = await paneRows(page, 'Authors');
    return rows?.length ? rows : undefined;
  });
  verify('the Authors view flags the unknown login first', authors[0] === 'bob — unknown login · 1 post', authors.join(' | '));

  // For the picture: notifications cleared, the side bar widened so descriptions are not cut.
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type('Clear All Notifications', { delay: 10 });
  await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 15_000 });
  await page.keyboard.press('Enter');
  const sidebar = await page.evaluate(() => {
    const r = document.querySelector('.part.sidebar')?.getBoundingClientRect();
    return r ? { right: r.right, top: r.top, height: r.height } : undefined;
  });
  if (sidebar) {
    await page.mouse.move(sidebar.right + 1, sidebar.top + sidebar.height / 2);
    await page.mouse.down();
    await page.mouse.move(sidebar.right + 140, sidebar.top + sidebar.height / 2, { steps: 8 });
    await page.mouse.up();
  }
  await page.mouse.move(1000, 150);
  await new Promise((r) => setTimeout(r, 1200)); // let the rows paint
  const shot = path.join(RESULTS, 'browser-overview.png');
  await page.screenshot({ path: shot });
  verify('a screenshot of the views is saved under test-results/', fs.statSync(shot).size > 10_000);
  console.log(`[browser-overview] screenshot ${path.relative(REPO_ROOT, shot)}`);
  if (process.argv.includes('--readme')) {
    fs.mkdirSync(path.dirname(README_IMAGE), { recursive: true });
    fs.copyFileSync(shot, README_IMAGE);
    console.log(`[browser-overview] copied to ${path.relative(REPO_ROOT, README_IMAGE)}`);
  }

  // Merge from the Tags view's context menu, then one Undo takes it back in both files.
  const MENU_ITEM = '.monaco-menu .action-item a[aria-label*="Rename tag"], .monaco-menu .action-label[aria-label*="Rename tag"]';
  // The menu must belong to the group: opened again (after Escape) if it came up on another row.
  const menuOn = await waitFor('the context menu of "jpa / JPA"', async () => {
    await clickRow(page, 'Tags and categories', 'jpa / JPA', { button: 'right' });
    await waitFor('the context menu', () => page.$(MENU_ITEM), 10_000);
    const on = await focusedRow(page, 'Tags and categories'); // the row the menu belongs to
    if (on === 'jpa / JPA') return on;
    console.log(`[browser-overview] the context menu came up on "${on}"; opening it again`);
    await page.keyboard.press('Escape');
    return undefined;
  });
  // The item is chosen with the keyboard, as a click can be lost: VS Code's menu items listen for
  // the mouse only 100 ms after they are drawn (menu.ts), a timer a loaded machine delays, and a
  // click before it does nothing (the menu stays open; seen in CI). Keys work from the start.
  await waitFor('"Rename tag" focused in the menu', async () => {
    const focused = await page.evaluate(() => {
      const hosts = [document, ...[...document.querySelectorAll('.shadow-root-host')].map((h) => h.shadowRoot).filter(Boolean)];
      const item = hosts.map((root) => root.querySelector('.monaco-menu .action-item.focused')).find(Boolean);
      return item?.textContent ?? '';
    });
    if (focused.includes('Rename tag')) return true;
    await page.keyboard.press('ArrowDown');
    return undefined;
  }, 10_000);
  await page.keyboard.press('Enter');
  // Whatever the command asks is read and named: on a group, which spelling to keep; "Which tag?"
  // when it got no item from the view; an input box when it got a single tag.
  const question = await waitFor('the question of Rename tag', async () => {
    const q = await quickInput(page);
    return q && !q.value.startsWith('>') && ((q.placeholder && q.rows.length > 0) || q.message) ? q : undefined;
  }).catch(async (e) => {
    throw new Error(`${e.message} (the context menu was opened on "${menuOn}"; the quick input: ${JSON.stringify(await quickInput(page).catch(() => undefined))})`);
  });
  const seen = `asked "${question.placeholder || question.message}" with ${question.rows.join(' | ') || 'no rows'}, from the context menu of "${menuOn}"`;
  // A wrong question ends the flow here: the steps below would act on it.
  if (!verify('"Rename tag" on the group asks which spelling to keep', /spelling/.test(question.placeholder) && question.rows[0]?.startsWith('jpa') && question.rows[1]?.startsWith('JPA'), seen)) return;
  await page.keyboard.press('Enter');
  const merged = await waitFor('the merged group', async () => {
    const rows = await paneRows(page, 'Tags and categories');
    return rows?.some((r) => r.startsWith('jpa — 4 posts')) ? rows : undefined;
  });
  verify('the Tags view follows the edit: one jpa, 4 posts', !merged.some((r) => r.startsWith('JPA')), merged.join(' | '));
  await openFile(page, '2024-01-10-jpa-entities.md');
  const edited = await waitFor('the edited text', async () => ((await editorText(page)).includes('tags: [java, jpa]') ? editorText(page) : undefined));
  verify('the editor shows the merged tag', edited.includes('tags: [java, jpa] # how the first posts wrote them'), edited);
  await page.mouse.click(900, 300); // the editor has the focus
  await page.keyboard.press('Control+Z');
  // One Undo takes the WorkspaceEdit back in every file (VS Code may ask first: "Undo in 2 Files").
  const asked = await waitFor('the undo dialog or the undone text', async () => {
    const dialog = await page.$('.monaco-dialog-box');
    if (dialog) return { dialog, message: await dialog.evaluate((d) => d.textContent ?? '') };
    return (await editorText(page)).includes('tags: [java, JPA]') ? { dialog: undefined, message: '' } : undefined;
  }, 15_000);
  if (asked.dialog) {
    verify('the undo dialog offers both files', /Undo in 2 Files/.test(asked.message), asked.message);
    const all = await asked.dialog.$('.monaco-button:has-text("Undo in 2 Files")');
    await all.click();
  }
  const undone = await waitFor('the undone text', async () => ((await editorText(page)).includes('tags: [java, JPA]') ? editorText(page) : undefined));
  verify('one Undo restores the first file', undone.includes('tags: [java, JPA] # how the first posts wrote them'), undone);
  await openFile(page, '2024-03-06-spring-data.md');
  const spring = await waitFor('the second file', async () => ((await editorText(page)).includes('tags:') ? editorText(page) : undefined));
  verify('Undo restores the second file (the removed "JPA" is back)', spring.includes(`tags: [spring, "JPA", 'jpa']`), spring);
  const restored = await waitFor('the group back', async () => {
    const rows = await paneRows(page, 'Tags and categories');
    return rows?.some((r) => r.startsWith('jpa / JPA')) ? rows : undefined;
  });
  verify('the Tags view shows the two spellings again', !!restored);
  await page.screenshot({ path: path.join(RESULTS, 'browser-overview-undo.png') });
});
