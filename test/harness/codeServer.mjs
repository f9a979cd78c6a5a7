// Starts a real VS Code (code-server, installed by install.mjs) and, unless told not to, a
// headless Debian Chromium on its workbench through playwright-core.
//
//   const cs = await launch({ workspace, extensionDevelopmentPath, extensionTestsPath });
//   try { const code = await cs.exitCode; } finally { await cs.stop(); }
//
// Without extensionTestsPath, exitCode never settles and the caller drives `cs.page`.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { CHROMIUM, CODE_SERVER_ENTRY } from './install.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Every launch not yet stopped, so a signal or a process exit still kills what it started. */
const live = new Set();
let hooksInstalled = false;
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
function installProcessHooks() {
  if (hooksInstalled) return;
  hooksInstalled = true;
  // Last resort (synchronous): callers must `await stop()` in a finally. Playwright kills its
  // browser on exit by itself.
  process.on('exit', () => { for (const l of live) l.killSync(); });
  // Signals: stop everything gracefully. When the caller has its own handler, it decides when
  // to exit (its stop() calls share the same promise); otherwise exit as the signal would.
  for (const [sig, code] of Object.entries(SIGNAL_EXIT)) {
    const handler = () => {
      const all = Promise.all([...live].map((l) => l.stop().catch(() => {})));
      if (process.listenerCount(sig) === 1) all.then(() => process.exit(code));
    };
    process.on(sig, handler);
  }
}

/** Kills a process group (detached child) or, failing that, the process alone. */
function killTree(pid, signal) {
  try { process.kill(-pid, signal); return; } catch { /* not a group leader or gone */ }
  try { process.kill(pid, signal); } catch { /* gone */ }
}

function httpOk(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => { res.resume(); resolve(res.statusCode === 200); });
    req.on('error', () => resolve(false));
    req.setTimeout(2000, () => { req.destroy(); resolve(false); });
  });
}

/** The workbench passes console arguments as given (format string first): format like console.log. */
export function formatLogArgs(args) {
  if (!Array.isArray(args)) args = [args];
  return util.format(...args).replace(/\s+$/, '');
}


/**
 * @param {object} o
 * @param {string} o.workspace folder to open (absolute or relative to cwd)
 * @param {string|string[]} [o.extensionDevelopmentPath] development extension folder(s)
 * @param {string} [o.extensionTestsPath] tests module exporting run(); enables exitCode
 * @param {string} [o.extensionsDir] installed-extensions folder (default: a fresh empty one)
 * @param {Record<string,string>} [o.env] extra environment for code-server (reaches the extension host)
 * @param {number} [o.timeoutMs] startup limit and, with extensionTestsPath, the limit for the tests to settle
 * @param {(line: string) => void} [o.onLog] workbench/extension-host console lines (default: console.log)
 * @param {boolean} [o.trusted] workspace trusted (default true); false leaves it in Restricted Mode
 * @param {object} [o.settings] extra user settings
 * @param {boolean} [o.browser] start Chromium and open the page (default true)
 * @param {boolean} [o.serverLog] also pass code-server's own stdout/stderr to onLog (default false)
 * @param {boolean} [o.keepUserData] keep the temp user-data folder after stop() (default false)
 * @param {{width:number,height:number}} [o.viewport]
 * @param {number} [o.port] port on 127.0.0.1 (default 0: any free port, reported by code-server)
 */
export async function launch(o) {
  const {
    extensionsDir,
    env = {},
    timeoutMs = 5 * 60_000,
    onLog = (line) => console.log(line),
    trusted = true,
    settings = {},
    browser: withBrowser = true,
    serverLog = false,
    keepUserData = false,
    viewport = { width: 1280, height: 800 },
    port: wantedPort = 0,
  } = o;
  if (!o.workspace) throw new Error('launch: workspace is required');
  if (!fs.existsSync(CODE_SERVER_ENTRY)) throw new Error(`code-server is not installed (${CODE_SERVER_ENTRY}); run node test/harness/install.mjs`);
  const workspace = path.resolve(o.workspace);
  const devPaths = [o.extensionDevelopmentPath ?? []].flat().map((p) => path.resolve(p));
  const testsPath = o.extensionTestsPath ? path.resolve(o.extensionTestsPath) : undefined;
  installProcessHooks();

  // Short temp path: code-server puts a unix socket in the user-data-dir (108-byte limit).
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jp-cs-'));
  const userDataDir = path.join(runDir, 'user-data');
  const extDir = extensionsDir ? path.resolve(extensionsDir) : path.join(runDir, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extDir, { recursive: true });
  const tmpDir = path.join(runDir, 'tmp');
  fs.mkdirSync(tmpDir);
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify({
    'security.workspace.trust.enabled': !trusted,
    'security.workspace.trust.startupPrompt': 'never',
    'security.workspace.trust.banner': 'never',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.openRepositoryInParentFolders': 'never',
    ...settings,
  }, null, 2));
  const configFile = path.join(runDir, 'config.yaml');
  fs.writeFileSync(configFile, 'auth: none\ncert: false\n');

  const args = [
    CODE_SERVER_ENTRY,
    '--config', configFile,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${wantedPort}`, // with 0, code-server reports the port it got: no race
    '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extDir,
  ];
  if (trusted) args.push('--disable-workspace-trust');
  args.push(workspace);

  const serverLines = [];
  let stopped = false;
  let server;
  let browser;
  let exitCodeSettled = false;
  let settle; let fail;
  const exitCode = new Promise((resolve, reject) => { settle = resolve; fail = reject; });
  exitCode.catch(() => {}); // callers that never await it (no tests path) must not crash the process
  const finish = (fn, v) => { if (!exitCodeSettled) { exitCodeSettled = true; fn(v); } };
  let timer;

  const handle = {
    killSync() {
      if (server?.pid && server.exitCode === null && server.signalCode === null) killTree(server.pid, 'SIGKILL');
    },
  };

  let stopping;
  const stop = () => (stopping ??= (async () => {
    stopped = true;
    clearTimeout(timer);
    finish(fail, new Error('stopped'));
    if (browser) await Promise.race([browser.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
    if (server?.pid && server.exitCode === null && server.signalCode === null) {
      const gone = new Promise((r) => server.once('exit', r));
      killTree(server.pid, 'SIGTERM');
      const ok = await Promise.race([gone.then(() => true), new Promise((r) => setTimeout(() => r(false), 4000))]);
      if (!ok) { killTree(server.pid, 'SIGKILL'); await Promise.race([gone, new Promise((r) => setTimeout(r, 2000))]); }
    }
    // Children of code-server (extension host, pty host, watchers) share its process group.
    if (server?.pid) killTree(server.pid, 'SIGKILL');
    live.delete(handle);
    if (!keepUserData) fs.rmSync(runDir, { recursive: true, force: true });
  })());
  handle.stop = stop;
  live.add(handle);

  try {
    server = spawn(process.execPath, args, {
      cwd: workspace,
      detached: true, // own process group, so stop() reaches its children too
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        XDG_CONFIG_HOME: path.join(runDir, 'xdg-config'), // keep code-server's config/logs out of $HOME
        XDG_DATA_HOME: path.join(runDir, 'xdg-data'),
        EXTENSIONS_GALLERY: '{}', // no marketplace (offline): no failing open-vsx.org queries
        TMPDIR: tmpDir, // the extension host's temp files (e.g. the git extension's sockets) go with runDir
        ...env,
      },
    });
    const port = await new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`code-server did not start within ${timeoutMs} ms:\n${serverLines.join('\n')}`)), Math.min(timeoutMs, 60_000));
      const onLine = (line) => {
        serverLines.push(line);
        if (serverLines.length > 200) serverLines.shift();
        if (serverLog) onLog(`[code-server] ${line}`);
        const m = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(line);
        if (m) { clearTimeout(t); resolve(Number(m[1])); }
      };
      for (const stream of [server.stdout, server.stderr]) {
        let buf = '';
        stream.setEncoding('utf8');
        stream.on('data', (d) => {
          buf += d;
          let i;
          while ((i = buf.indexOf('\n')) >= 0) { onLine(buf.slice(0, i)); buf = buf.slice(i + 1); }
        });
      }
      server.once('exit', (code, signal) => {
        clearTimeout(t);
        const msg = `code-server exited (${code ?? signal}):\n${serverLines.slice(-30).join('\n')}`;
        reject(new Error(msg));
        if (!stopped) finish(fail, new Error(msg));
      });
      server.once('error', (e) => { clearTimeout(t); reject(e); });
    });
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 30_000;
    while (!(await httpOk(`${base}/healthz`))) {
      if (Date.now() > deadline) throw new Error(`code-server on ${base} does not answer HTTP`);
      await new Promise((r) => setTimeout(r, 100));
    }

    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [
      ...devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]),
      ...(testsPath ? [['extensionTestsPath', remote(testsPath)]] : []),
      ['skipWelcome', 'true'],
    ];
    const url = `${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

    let page;
    let context;
    if (withBrowser) {
      if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing; run node test/harness/install.mjs`);
      const { chromium } = await import('playwright-core');
      browser = await chromium.launch({
        executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, timeout: 60_000,
        handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false, // ours stop code-server too
        // Chromium's crash-report database and caches go with runDir instead of ~/.config/chromium.
        env: { ...process.env, XDG_CONFIG_HOME: path.join(runDir, 'chromium-config'), XDG_CACHE_HOME: path.join(runDir, 'chromium-cache'), TMPDIR: tmpDir },
      });
      context = await browser.newContext({ viewport });
      page = await context.newPage();
      await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
        const line = formatLogArgs(logArgs);
        onLog(type === 'error' || type === 'warn' || type === 'warning' ? `[${type}] ${line}` : line);
      });
      await page.exposeFunction('codeAutomationExit', (code) => {
        finish(settle, typeof code === 'number' ? code : Number(code) || 0);
      });
      page.on('pageerror', (e) => onLog(`[page error] ${e.message}`));
      page.on('crash', () => finish(fail, new Error('the workbench page crashed')));
      browser.on('disconnected', () => { if (!stopped) finish(fail, new Error('the browser disconnected')); });
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: Math.min(timeoutMs, 60_000) });
      if (testsPath) {
        timer = setTimeout(() => {
          const e = new Error(`the tests did not finish within ${Math.round(timeoutMs / 1000)} s`);
          e.code = 'TIMEOUT';
          finish(fail, e);
        }, timeoutMs);
      }
    }
    return {
      page, browser, context, url, port, exitCode, stop,
      userDataDir, extensionsDir: extDir,
      serverPid: server.pid,
      serverLog: () => serverLines.slice(),
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

/**
 * Installs a .vsix (or an extension id, offline only from a vsix) into extensionsDir with
 * code-server's CLI. Returns the CLI output.
 */
export async function installExtension(vsix, extensionsDir) {
  if (!fs.existsSync(CODE_SERVER_ENTRY)) throw new Error(`code-server is not installed (${CODE_SERVER_ENTRY}); run node test/harness/install.mjs`);
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jp-cs-cli-'));
  fs.mkdirSync(extensionsDir, { recursive: true });
  try {
    const configFile = path.join(runDir, 'config.yaml');
    fs.writeFileSync(configFile, 'auth: none\ncert: false\n');
    const child = spawn(process.execPath, [
      CODE_SERVER_ENTRY, '--config', configFile, '--user-data-dir', path.join(runDir, 'user-data'),
      '--extensions-dir', path.resolve(extensionsDir), '--force', '--install-extension', path.resolve(vsix),
    ], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, XDG_CONFIG_HOME: path.join(runDir, 'xdg-config'), XDG_DATA_HOME: path.join(runDir, 'xdg-data'), EXTENSIONS_GALLERY: '{}' },
    });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { out += d; });
    const code = await new Promise((resolve) => {
      const t = setTimeout(() => { killTree(child.pid, 'SIGKILL'); resolve('timeout'); }, 120_000);
      child.on('exit', (c, s) => { clearTimeout(t); resolve(c ?? s); });
    });
    if (code !== 0 || !/successfully installed/i.test(out)) {
      throw new Error(`code-server --install-extension ${vsix} failed (${code}):\n${out}`);
    }
    return out.trim();
  } finally {
    fs.rmSync(runDir, { recursive: true, force: true });
  }
}

/**
 * How a runner ends: once, after its cleanup, printing the suite's own `LABEL: N passed, N failed`
 * line when it counted anything, else `LABEL: 0 passed, 1 failed`; and the same on a signal.
 * Set `run.cleanup` and `run.resultLine` as the run goes.
 */
export function createRun(label) {
  const resultRe = new RegExp(`^${label}: (\\d+) passed, (\\d+) failed$`);
  let finishing = false;
  const run = {
    resultRe,
    resultLine: undefined,
    cleanup: async () => {},
    async finish(code, reason) {
      if (finishing) return;
      finishing = true;
      if (reason) console.error(`[run-${label}] ${reason}`);
      try {
        await run.cleanup();
      } catch (e) {
        console.error(`[run-${label}] cleanup: ${e.message}`);
      }
      const m = run.resultLine && resultRe.exec(run.resultLine);
      const ok = code === 0 && m && m[2] === '0' && Number(m[1]) > 0;
      // The suite's own line when it counted failures (or passed); otherwise the host failed.
      console.log(ok || (m && m[2] !== '0') ? run.resultLine : `${label}: 0 passed, 1 failed`);
      process.exit(ok ? 0 : 1);
    },
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => run.finish(1, `interrupted (${sig})`));
  return run;
}
