#!/usr/bin/env node
// Runs the browser bundle (dist/web/extension.js) in VS Code's real **web worker** extension host
// (how vscode.dev / github.dev run extensions): code-server's workbench in headless Debian
// Chromium, with the extension under development given to the workbench as an embedder does
// (`developmentOptions.extensions` = an http URL), so only the web worker host can run it.
//
//   node scripts/build.mjs && node test/harness/run-web-worker.mjs
//
// Last line of output: `web-worker: N passed, N failed`. Exit code 0 only when all passed.
// Env: WEB_WORKER_TIMEOUT_MS (default 180000), WEB_WORKER_VERBOSE=1 (workbench chatter, HTTP log).
//
// How (see test/harness/README.md for code-server itself):
// 1. A small HTTP server on 127.0.0.1 serves the extension folder at /ext/ (with CORS) and the
//    tests module at /ext/.web-worker-tests/index.js (it must lie under the extension's location,
//    or the workbench finds no extension host to run it in).
// 2. code-server starts without a browser (launch({browser:false})) on a temp copy of
//    test/fixtures/bilingual plus a post with a YAML error.
// 3. Chromium opens `/?folder=…` with NO extensionDevelopmentPath in the payload; an init script
//    adds `developmentOptions: {extensions: [http://127.0.0.1:P/ext/], extensionTestsPath}` to
//    the workbench configuration (<meta id="vscode-workbench-web-configuration">) before the
//    workbench reads it. An http extension is "installed locally" (in the browser), so of its
//    kinds [workspace, web] only `web` is possible: it runs in the web worker host.
//    The context has bypassCSP: code-server's CSP does not allow fetching from another port.
// 4. The tests module (below, run in the worker) checks where it runs, opens posts and checks
//    the diagnostics; `run()` settling calls window.codeAutomationExit.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM, install, REPO_ROOT } from './install.mjs';
import { CHROMIUM_ARGS, formatLogArgs, launch } from './codeServer.mjs';

const TIMEOUT_MS = Number(process.env.WEB_WORKER_TIMEOUT_MS) || 3 * 60_000;
const VERBOSE = !!process.env.WEB_WORKER_VERBOSE;
const BUNDLE = path.join(REPO_ROOT, 'dist', 'web', 'extension.js');
const RESULT_RE = /^web-worker: (\d+) passed, (\d+) failed$/;
const TESTS_PREFIX = '/ext/.web-worker-tests/';
const BROKEN_POST = '_posts/2020-02-02-yaml-error.md';
const SEED_POST = '_posts/2014-06-04-retours-sur-dotscale-2014.md';

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++; else failed++;
  console.log(`  ${ok ? '✓' : '✗'} ${name}${!ok && detail ? `: ${detail}` : ''}`);
}

/** Node built-ins the bundle must not require (anything but `vscode` is suspect). */
function staticChecks() {
  if (!fs.existsSync(BUNDLE)) {
    check('dist/web/extension.js exists', false, 'build first: node scripts/build.mjs');
    return false;
  }
  const text = fs.readFileSync(BUNDLE, 'utf8');
  const required = [...new Set([...text.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]))]
    // a require() inside a comment (e.g. linkify-it's JSDoc example `require('tlds')`) is not a call
    .filter((name) => [...text.matchAll(new RegExp(`\\brequire\\(\\s*["'\`]${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`, 'g'))]
      .some((m) => !/^\s*(\*|\/\/)/.test(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index))));
  const others = required.filter((r) => r !== 'vscode');
  check('the browser bundle requires nothing but `vscode` (no Node built-ins)', others.length === 0, `requires ${others.join(', ')}`);
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  check('package.json `browser` points at dist/web/extension.js', manifest.browser === './dist/web/extension.js', String(manifest.browser));
  return true;
}

/** The tests module, run by the web worker extension host (CommonJS; only `vscode` can be required). */
const TESTS_MODULE = String.raw`
const vscode = require('vscode');
const EXTENSION_ID = 'jekyll-posts.jekyll-posts';
const tests = [];
function it(name, fn) { tests.push({ name, fn }); }
function assert(ok, message) { if (!ok) throw new Error(message); }
function code(d) { const c = d.code; return typeof c === 'object' && c !== null ? String(c.value) : c === undefined ? undefined : String(c); }
function describe(d) { return code(d) + '@' + d.range.start.line + ':' + d.range.start.character + '-' + d.range.end.line + ':' + d.range.end.character + '/' + d.severity; }
function siteUri(rel) { return vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, ...rel.split('/')); }
function ours(uri) { return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'jekyll-posts'); }
function diagnosticsWhere(uri, accept, timeoutMs = 15000) {
  return new Promise((resolve, reject) => {
    const check = () => { const cur = ours(uri); if (accept(cur)) { done(); resolve(cur); } };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => { if (e.uris.some((u) => u.toString() === uri.toString())) check(); });
    const timer = setTimeout(() => { done(); reject(new Error('timed out waiting for diagnostics on ' + uri.path + '; last: ' + JSON.stringify(ours(uri).map(describe)))); }, timeoutMs);
    function done() { sub.dispose(); clearTimeout(timer); }
    check();
  });
}
async function open(uri) { return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false }); }

let api;
it('runs in the web worker extension host, not in Node', async () => {
  assert(typeof process === 'undefined', 'process is defined: this is a Node extension host');
  assert(typeof importScripts === 'function' && typeof WorkerGlobalScope !== 'undefined', 'not a web worker');
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert(ext, EXTENSION_ID + ' is not known to this extension host');
  assert(ext.extensionKind === vscode.ExtensionKind.UI, 'extensionKind ' + ext.extensionKind + ' (expected UI = 1)');
  assert(ext.extensionUri.scheme === 'http', 'extension location ' + ext.extensionUri.toString());
  assert(vscode.env.uiKind === vscode.UIKind.Web, 'uiKind ' + vscode.env.uiKind);
});
it('activates from dist/web/extension.js and returns its API', async () => {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  api = await ext.activate();
  assert(ext.isActive, 'not active');
  assert(api && typeof api.whenIdle === 'function', 'no API returned');
});
it('reads the workspace through vscode.workspace.fs (a remote folder, not file:)', async () => {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  assert(folder, 'no workspace folder');
  assert(folder.uri.scheme === 'vscode-remote', 'folder scheme ' + folder.uri.scheme);
  const root = await api.siteRoot(siteUri(${JSON.stringify(SEED_POST)}));
  assert(root && root.toString() === folder.uri.toString(), 'site root ' + (root && root.toString()));
});
it('shows front-matter-syntax at the unclosed value of a post with title: [unclosed', async () => {
  const uri = siteUri(${JSON.stringify(BROKEN_POST)});
  await open(uri);
  const found = await diagnosticsWhere(uri, (d) => d.length > 0);
  assert(found.length === 1, 'diagnostics ' + JSON.stringify(found.map(describe)));
  const d = found[0];
  assert(code(d) === 'front-matter-syntax', 'code ' + code(d));
  assert(d.severity === vscode.DiagnosticSeverity.Error, 'severity ' + d.severity);
  const range = [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character].join(',');
  assert(range === '2,7,2,16', 'range ' + range + ' (expected line 2, characters 7-16)');
});
it('shows no error on the seed post (and does lint it: a typed duplicate key appears, then clears on undo)', async () => {
  const uri = siteUri(${JSON.stringify(SEED_POST)});
  const editor = await open(uri);
  await api.whenIdle();
  const before = ours(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
  assert(before.length === 0, 'errors ' + JSON.stringify(before.map(describe)));
  await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'lang: en\n'));
  await diagnosticsWhere(uri, (d) => d.some((x) => code(x) === 'duplicate-key'));
  await vscode.commands.executeCommand('undo');
  const after = await diagnosticsWhere(uri, (d) => !d.some((x) => code(x) === 'duplicate-key'));
  const errors = after.filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
  assert(errors.length === 0, 'errors ' + JSON.stringify(errors.map(describe)));
});

exports.run = async function run() {
  let passed = 0; let failed = 0;
  for (const t of tests) {
    try { await t.fn(); passed++; console.log('  \u2713 ' + t.name); }
    catch (e) { failed++; console.log('  \u2717 ' + t.name + ': ' + (e && e.message || e)); }
  }
  console.log('web-worker: ' + passed + ' passed, ' + failed + ' failed');
  if (failed) throw new Error(failed + ' failed');
};
`;

const MIME = { '.js': 'text/javascript', '.json': 'application/json', '.md': 'text/markdown', '.svg': 'image/svg+xml', '.png': 'image/png', '.css': 'text/css' };

/** Serves the extension folder read-only on 127.0.0.1 (no dot-folders, nothing outside it). */
function serveExtension() {
  const server = http.createServer((req, res) => {
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cache-Control', 'no-store');
    const { pathname } = new URL(req.url, 'http://127.0.0.1');
    if (VERBOSE) console.log(`[http] ${req.method} ${pathname}`);
    if (req.method !== 'GET' && req.method !== 'HEAD') { res.statusCode = 405; return res.end(); }
    if (pathname === `${TESTS_PREFIX}index.js`) {
      res.setHeader('Content-Type', 'text/javascript');
      return res.end(TESTS_MODULE);
    }
    let rel;
    try { rel = decodeURIComponent(pathname.slice('/ext/'.length)); } catch { rel = undefined; }
    const file = rel !== undefined && pathname.startsWith('/ext/') ? path.resolve(REPO_ROOT, rel) : undefined;
    const inside = file && file.startsWith(REPO_ROOT + path.sep) && !path.relative(REPO_ROOT, file).split(path.sep).some((s) => s.startsWith('.') || s === 'node_modules');
    if (!inside || !fs.existsSync(file) || !fs.statSync(file).isFile()) { res.statusCode = 404; return res.end(); }
    res.setHeader('Content-Type', MIME[path.extname(file)] ?? 'application/octet-stream');
    res.end(fs.readFileSync(file));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

const NOISE = [
  /^(Resolving|Resolved) connection token/, /^Creating a socket/, /^\[Service Worker\]/, /^ChatSessionStore:/,
  /additional builtin extensions/, /^Ignoring fetching additional builtin extensions/, /^Updating additional builtin extensions cache/,
];

let cleanup = async () => {};
let finishing = false;
async function finish(reason) {
  if (finishing) return;
  finishing = true;
  if (reason) { console.error(`[run-web-worker] ${reason}`); }
  try { await cleanup(); } catch (e) { console.error(`[run-web-worker] cleanup: ${e.message}`); }
  const ok = failed === 0 && passed > 0 && !reason;
  if (reason && failed === 0) failed = 1;
  console.log(`web-worker: ${passed} passed, ${failed} failed`);
  process.exit(ok ? 0 : 1);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => finish(`interrupted (${sig})`));

async function main() {
  const started = Date.now();
  if (!staticChecks()) return finish();
  await install();

  const fixture = fs.mkdtempSync(path.join(os.tmpdir(), 'jekyll-posts-web-'));
  fs.cpSync(path.join(REPO_ROOT, 'test', 'fixtures', 'bilingual'), fixture, { recursive: true });
  fs.writeFileSync(path.join(fixture, ...BROKEN_POST.split('/')), '---\nlayout: post\ntitle: [unclosed\nlang: en\n---\n\nBody.\n');

  let server; let cs; let browser;
  cleanup = async () => {
    if (browser) await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
    if (cs) await cs.stop();
    if (server) server.close();
    fs.rmSync(fixture, { recursive: true, force: true });
  };

  server = await serveExtension();
  const extBase = { scheme: 'http', authority: `127.0.0.1:${server.address().port}` };
  cs = await launch({ workspace: fixture, browser: false, serverLog: VERBOSE, timeoutMs: TIMEOUT_MS });

  const { chromium } = await import('playwright-core');
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jp-ww-chromium-'));
  const closeBrowser = cleanup;
  cleanup = async () => { await closeBrowser(); fs.rmSync(runDir, { recursive: true, force: true }); };
  browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000,
    handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false,
    env: { ...process.env, XDG_CONFIG_HOME: path.join(runDir, 'config'), XDG_CACHE_HOME: path.join(runDir, 'cache') },
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
  const page = await context.newPage();
  let resultLine;
  let settle;
  const exitCode = new Promise((resolve) => { settle = resolve; });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = formatLogArgs(args);
    const trimmed = line.trim();
    if (RESULT_RE.test(trimmed)) { resultLine = trimmed; return; }
    if (VERBOSE || (!NOISE.some((re) => re.test(trimmed)) && (/^\s+[✓✗]/.test(line) || type === 'error'))) console.log(type === 'error' ? `[${type}] ${line}` : line);
  });
  await page.exposeFunction('codeAutomationExit', (code) => settle(typeof code === 'number' ? code : Number(code) || 0));
  page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
  page.on('crash', () => settle('the workbench page crashed'));
  const developmentOptions = {
    extensions: [{ ...extBase, path: '/ext/' }],
    extensionTestsPath: { ...extBase, path: `${TESTS_PREFIX}index.js` },
  };
  await page.addInitScript((dev) => {
    const patch = () => {
      const el = document.getElementById('vscode-workbench-web-configuration');
      if (!el || el.dataset.jpPatched) return false;
      const config = JSON.parse(el.getAttribute('data-settings'));
      config.developmentOptions = { ...(config.developmentOptions ?? {}), ...dev };
      el.setAttribute('data-settings', JSON.stringify(config));
      el.dataset.jpPatched = '1';
      return true;
    };
    // The meta element is parsed before the workbench's module script runs.
    new MutationObserver((_, observer) => { if (patch()) observer.disconnect(); }).observe(document, { childList: true, subtree: true });
  }, developmentOptions);
  const payload = [['skipWelcome', 'true']];
  await page.goto(`http://127.0.0.1:${cs.port}/?folder=${encodeURIComponent(fixture)}&payload=${encodeURIComponent(JSON.stringify(payload))}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  const code = await Promise.race([exitCode, new Promise((r) => setTimeout(() => r(`timed out after ${Math.round(TIMEOUT_MS / 1000)} s`), TIMEOUT_MS))]);
  console.log(`[run-web-worker] tests module settled with ${code} after ${Math.round((Date.now() - started) / 1000)} s`);
  const m = resultLine && RESULT_RE.exec(resultLine);
  if (m) { passed += Number(m[1]); failed += Number(m[2]); }
  if (typeof code !== 'number') return finish(String(code));
  if (!m) return finish('the tests module printed no `web-worker: N passed, N failed` line');
  if (code !== 0 && Number(m[2]) === 0) return finish(`the tests module exited with ${code}`);
  return finish();
}

main().catch((e) => finish(e.stack || e.message));
