/**
 * The preview page's own script (the only script the page runs; the post's never do). It patches
 * the content in place on each update (no reload, scroll kept), syncs scrolling with the editor
 * both ways through `data-line`, and turns clicks into messages for the host.
 */
import type { FromPreview, PreviewState, ToPreview } from './protocol.js';

interface VsCodeApi {
  postMessage(message: FromPreview): void;
  getState(): PreviewState | undefined;
  setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
let state: PreviewState = vscode.getState() ?? {};
const header = document.getElementById('jp-header')!;
const content = document.getElementById('jp-content')!;
/** Our bar (Site / Reading, notices) and footer: made here, so the page's shell stays as it was. */
const toolbar = document.createElement('div');
toolbar.id = 'jp-toolbar';
document.body.insertBefore(toolbar, document.body.firstChild);
const footer = document.createElement('footer');
footer.id = 'jp-footer';
content.after(footer);
const ownSheet = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"][href*="preview.css"]');
if (ownSheet) {
  const lookSheet = document.createElement('link');
  lookSheet.rel = 'stylesheet';
  lookSheet.href = new URL('preview.site.css', ownSheet.href).toString();
  document.head.appendChild(lookSheet);
}
let siteStylesKey = '';
let pair = false;
let currentUri: string | undefined = state.uri;
let lineElements: { line: number; element: HTMLElement }[] = [];
/** Programmatic scrolls in flight: their scroll events are not the user's. */
let ignoreScroll = 0;

function post(message: FromPreview): void {
  vscode.postMessage(message);
}

function collectLines(): void {
  lineElements = [];
  for (const element of Array.from(document.querySelectorAll<HTMLElement>('[data-line]'))) {
    const line = Number(element.dataset.line);
    if (!Number.isFinite(line)) continue;
    lineElements.push({ line, element });
  }
}

/** Replaces the children of `target` by those of `html`, keeping the unchanged ones (no image reload, no jump). */
function patch(target: HTMLElement, html: string): void {
  const template = document.createElement('template');
  template.innerHTML = html;
  const next = Array.from(template.content.childNodes);
  const old = Array.from(target.childNodes);
  let start = 0;
  while (start < old.length && start < next.length && old[start].isEqualNode(next[start])) start++;
  let oldEnd = old.length;
  let newEnd = next.length;
  while (oldEnd > start && newEnd > start && old[oldEnd - 1].isEqualNode(next[newEnd - 1])) {
    oldEnd--;
    newEnd--;
  }
  const anchor = old[oldEnd] ?? null;
  for (let i = start; i < oldEnd; i++) target.removeChild(old[i]);
  for (let i = start; i < newEnd; i++) target.insertBefore(next[i], anchor);
  // Unchanged nodes keep their data-line from the old render: copy the new numbers over.
  const oldLines = Array.from(target.querySelectorAll<HTMLElement>('[data-line]'));
  const fresh = document.createElement('template');
  fresh.innerHTML = html;
  const newLines = Array.from(fresh.content.querySelectorAll<HTMLElement>('[data-line]'));
  if (oldLines.length === newLines.length) oldLines.forEach((el, i) => (el.dataset.line = newLines[i].dataset.line));
}

/** The elements around an editor line. */
function elementsFor(line: number): { previous?: { line: number; element: HTMLElement }; next?: { line: number; element: HTMLElement } } {
  let previous: { line: number; element: HTMLElement } | undefined;
  for (const entry of lineElements) {
    if (entry.element.offsetParent === null && entry.element !== header.firstElementChild) continue;
    if (entry.line <= line) {
      if (!previous || entry.line >= previous.line) previous = entry;
    } else return { previous, next: entry };
  }
  return { previous };
}

/** How much of the view's top the sticky toolbar (Site / Reading) covers: scroll positions are measured below it. */
function topInset(): number {
  return toolbar.getBoundingClientRect().height;
}

function scrollToLine(line: number): void {
  const { previous, next } = elementsFor(line);
  if (!previous) return;
  const rect = previous.element.getBoundingClientRect();
  let top = rect.top;
  if (next && next.line !== previous.line) {
    const progress = (line - previous.line) / (next.line - previous.line);
    top += progress * (next.element.getBoundingClientRect().top - rect.top);
  } else {
    top += rect.height * (line - Math.floor(line));
  }
  ignoreScroll++;
  window.scrollTo(0, Math.max(0, window.scrollY + top - topInset()));
  setTimeout(() => ignoreScroll--, 50);
}

/** The editor line at the top of the page. */
function lineAtTop(): number | undefined {
  let previous: { line: number; top: number; height: number } | undefined;
  const inset = topInset();
  for (const { line, element } of lineElements) {
    const rect = element.getBoundingClientRect();
    if (rect.height === 0 && rect.width === 0) continue;
    if (rect.top > inset) {
      if (!previous) return line;
      const progress = previous.height > 0 ? Math.min(1, (inset - previous.top) / previous.height) : 0;
      return previous.line + (line - previous.line) * progress;
    }
    previous = { line, top: rect.top, height: rect.height };
  }
  return previous?.line;
}

function lineOf(element: Element | null): number | undefined {
  for (let e = element; e; e = e.parentElement) {
    const line = (e as HTMLElement).dataset?.line;
    if (line !== undefined) return Number(line);
  }
  return undefined;
}

function saveState(): void {
  const line = lineAtTop();
  state = { uri: currentUri, line };
  vscode.setState(state);
}

/** The site view wears the site's stylesheets and body class; the reading view, ours. */
function applyLook(message: Extract<ToPreview, { type: 'update' }>): void {
  const site = message.mode === 'site' ? message.site : undefined;
  if (ownSheet) ownSheet.disabled = !!site;
  document.body.className = site ? `jp-site ${site.bodyClass ?? ''}`.trim() : 'jp-preview';
  document.body.dataset.mode = message.mode ?? 'reading';
  toolbar.innerHTML = message.toolbarHtml ?? '';
  footer.innerHTML = message.footerHtml ?? '';
  pair = !!message.pair;
  const key = JSON.stringify(site ? [site.stylesheets, site.styles] : []);
  if (key === siteStylesKey) return;
  siteStylesKey = key;
  for (const old of Array.from(document.head.querySelectorAll('[data-jp-site]'))) old.remove();
  for (const href of site?.stylesheets ?? []) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.dataset.jpSite = '';
    document.head.appendChild(link);
  }
  for (const text of site?.styles ?? []) {
    const style = document.createElement('style');
    style.textContent = text;
    style.dataset.jpSite = '';
    document.head.appendChild(style);
  }
}

function headings(): HTMLElement[] {
  return Array.from(content.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6'));
}

/** Paired panels: the heading at the top of the view and how far the view is past it. */
function headingAtTop(): { index: number; progress: number } {
  const list = headings();
  const inset = topInset();
  let index = -1;
  for (let i = 0; i < list.length; i++) {
    if (list[i].getBoundingClientRect().top <= inset + 1) index = i;
    else break;
  }
  const from = index >= 0 ? list[index].getBoundingClientRect().top + window.scrollY : 0;
  const to = index + 1 < list.length ? list[index + 1].getBoundingClientRect().top + window.scrollY : document.body.scrollHeight;
  return { index, progress: to > from ? Math.min(1, Math.max(0, (window.scrollY + inset - from) / (to - from))) : 0 };
}

function scrollToHeading(index: number, progress: number): void {
  const list = headings();
  const at = Math.min(index, list.length - 1);
  const from = at >= 0 ? list[at].getBoundingClientRect().top + window.scrollY : 0;
  const to = at + 1 < list.length ? list[at + 1].getBoundingClientRect().top + window.scrollY : document.body.scrollHeight;
  ignoreScroll++;
  window.scrollTo(0, Math.max(0, from + progress * (to - from) - topInset()));
  setTimeout(() => ignoreScroll--, 50);
}

window.addEventListener('message', (event: MessageEvent<ToPreview>) => {
  const message = event.data;
  switch (message.type) {
    case 'update': {
      const sameDocument = message.uri === currentUri;
      currentUri = message.uri;
      const scrollY = window.scrollY;
      applyLook(message);
      header.innerHTML = message.headerHtml;
      patch(content, message.contentHtml);
      collectLines();
      document.body.dataset.uri = message.uri;
      document.body.classList.add('jp-ready');
      if (!sameDocument && message.line !== undefined) scrollToLine(message.line);
      else if (sameDocument) window.scrollTo(0, scrollY);
      saveState();
      break;
    }
    case 'scrollToLine':
      scrollToLine(message.line);
      saveState();
      break;
    case 'notice':
      header.textContent = message.text;
      break;
    case 'scrollToHeading':
      scrollToHeading(message.index, message.progress);
      break;
  }
});

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener(
  'scroll',
  () => {
    if (ignoreScroll > 0) return;
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(() => {
      if (pair) post({ type: 'headingAtTop', ...headingAtTop() });
      const line = lineAtTop();
      if (line !== undefined) post({ type: 'revealLine', line });
      saveState();
    }, 50);
  },
  { passive: true },
);

document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  const action = target?.closest<HTMLElement>('[data-action]');
  if (action) {
    event.preventDefault();
    if (action.dataset.action === 'openFile' && action.dataset.path) post({ type: 'openFile', path: action.dataset.path });
    if (action.dataset.action === 'createTranslation' && action.dataset.lang) post({ type: 'createTranslation', lang: action.dataset.lang });
    if (action.dataset.action === 'setMode' && (action.dataset.mode === 'site' || action.dataset.mode === 'reading')) post({ type: 'setMode', mode: action.dataset.mode });
    return;
  }
  const link = target?.closest<HTMLAnchorElement>('a[href]');
  if (!link) return;
  const href = link.getAttribute('href') ?? '';
  event.preventDefault();
  if (href.startsWith('#')) {
    const id = decodeURIComponent(href.slice(1));
    document.getElementById(id)?.scrollIntoView();
    return;
  }
  post({ type: 'openLink', href });
});

document.addEventListener('dblclick', (event) => {
  const line = lineOf(event.target as Element | null);
  if (line !== undefined) post({ type: 'doubleClick', line: Math.floor(line) });
});

post({ type: 'ready' });
