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
//    test/fixtures/bilingual, as the integration stage uses.
// 3. Chromium opens `/?folder=…` with NO extensionDevelopmentPath in the payload; an init script
//    adds `developmentOptions: {extensions: [http://127.0.0.1:P/ext/], extensionTestsPath}` to
//    the workbench configuration (<meta id="vscode-workbench-web-configuration">) before the
//    workbench reads it. An http extension is "installed locally" (in the browser), so of its
//    kinds [workspace, web] only `web` is possible: it runs in the web worker host.
//    The context has bypassCSP: code-server's CSP does not allow fetching from another port.
// 4. The tests module is the integration suite (test/integration) bundled for the browser with
//    test/web/worker.test.ts, which checks where it runs; `run()` settling calls
//    window.codeAutomationExit. Test files that import Node built-ins are listed as skipped.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM, install, REPO_ROOT } from './install.mjs';
import { CHROMIUM_ARGS, formatLogArgs, launch } from './codeServer.mjs';

const TIMEOUT_MS = Number(process.env.WEB_WORKER_TIMEOUT_MS) || 8 * 60_000;
const VERBOSE = !!process.env.WEB_WORKER_VERBOSE;
const BUNDLE = path.join(REPO_ROOT, 'dist', 'web', 'extension.js');
const RESULT_RE = /^web-worker: (\d+) passed, (\d+) failed$/;
const TESTS_PREFIX = '/ext/.web-worker-tests/';

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

/** Node built-ins a test file may import; such a file cannot run in the browser and is listed as skipped. */
const NODE_ONLY = /from ['"](?:node:)?(fs|path|os|child_process|crypto|url|util|http|net|worker_threads)['"]/;

/**
 * The tests module, run by the web worker extension host: the integration suite (test/integration/*.test.ts)
 * and test/web/worker.test.ts, bundled for the browser with esbuild (`assert` mapped to test/web/assert.ts,
 * a BDD runner in test/web/bdd.ts instead of mocha's Node build). Returns the bundle and the files skipped.
 */
async function buildTestsModule() {
  const esbuild = await import('esbuild');
  const integration = path.join(REPO_ROOT, 'test', 'integration');
  const files = [path.join(REPO_ROOT, 'test', 'web', 'worker.test.ts'), ...fs.readdirSync(integration).filter((f) => f.endsWith('.test.ts')).sort().map((f) => path.join(integration, f))];
  const skipped = [];
  const included = [];
  for (const file of files) {
    const m = NODE_ONLY.exec(fs.readFileSync(file, 'utf8'));
    if (m) skipped.push(`${path.relative(REPO_ROOT, file)} (uses Node's ${m[1]})`);
    else included.push(file);
  }
  const contents = [`import { run } from ${JSON.stringify(path.join(REPO_ROOT, 'test', 'web', 'bdd.ts'))};`, ...included.map((f) => `import ${JSON.stringify(f)};`), 'export { run };'].join('\n');
  const result = await esbuild.build({
    stdin: { contents, resolveDir: integration, loader: 'ts', sourcefile: 'web-worker-tests.ts' },
    bundle: true, platform: 'browser', format: 'cjs', target: 'es2022', write: false, external: ['vscode'],
    alias: { assert: path.join(REPO_ROOT, 'test', 'web', 'assert.ts') },
    logLevel: 'warning',
  });
  return { code: result.outputFiles[0].text, included: included.map((f) => path.relative(REPO_ROOT, f)), skipped };
}
let TESTS_MODULE = '';

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

  const tests = await buildTestsModule();
  TESTS_MODULE = tests.code;
  console.log(`[run-web-worker] the integration suite, bundled for the browser: ${tests.included.join(', ')}`);
  for (const file of tests.skipped) console.log(`[run-web-worker] skipped, cannot run in a browser: ${file}`);

  // The same workspace as the integration stage: a temp copy of test/fixtures/bilingual.
  const fixture = fs.mkdtempSync(path.join(os.tmpdir(), 'jekyll-posts-web-'));
  fs.cpSync(path.join(REPO_ROOT, 'test', 'fixtures', 'bilingual'), fixture, { recursive: true });

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
