#!/usr/bin/env node
// Checks the packaged extension as users get it: installs jekyll-posts.vsix (repo root, made
// by `npm run package`) into a fresh extensions dir with `code-server --install-extension`,
// then opens the seed post in code-server with the probe extension (test/harness/vsix-probe/)
// as the development extension; its tests module asserts that the INSTALLED copy activates.
// The workspace is left untrusted (Restricted Mode) unless VSIX_TRUSTED=1: the manifest
// declares untrustedWorkspaces support, so the extension must activate there too.
//
//   npm run package && node test/harness/run-vsix.mjs
//
// Last line: `vsix: N passed, N failed`; exit code 0 only when all passed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { install, REPO_ROOT } from './install.mjs';
import { installExtension, launch, createRun } from './codeServer.mjs';

const VSIX = path.join(REPO_ROOT, 'jekyll-posts.vsix');
const PROBE = path.join(REPO_ROOT, 'test', 'harness', 'vsix-probe');
const TIMEOUT_MS = Number(process.env.VSIX_TIMEOUT_MS) || 3 * 60_000;
const TRUSTED = process.env.VSIX_TRUSTED === '1';
const NOISE = [
  /^(Resolving|Resolved) connection token/, /^Creating a socket/, /^\[Service Worker\]/,
  /^ChatSessionStore:/, /additional builtin extensions/,
];

const run = createRun('vsix');
const finish = (code, reason) => run.finish(code, reason);

async function main() {
  if (!fs.existsSync(VSIX)) return finish(1, `${path.relative(process.cwd(), VSIX) || VSIX} is missing: run \`npm run package\` first`);
  await install();

  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'jekyll-posts-vsix-'));
  const extensionsDir = path.join(work, 'extensions');
  const workspace = path.join(work, 'bilingual');
  fs.cpSync(path.join(REPO_ROOT, 'test', 'fixtures', 'bilingual'), workspace, { recursive: true });
  let cs;
  run.cleanup = async () => {
    if (cs) await cs.stop();
    fs.rmSync(work, { recursive: true, force: true });
  };

  console.log(`[run-vsix] code-server --install-extension ${path.basename(VSIX)} (${Math.round(fs.statSync(VSIX).size / 1024)} KB)`);
  const out = await installExtension(VSIX, extensionsDir);
  for (const line of out.split('\n')) if (line.trim()) console.log(`[run-vsix]   ${line.trim()}`);
  const installed = fs.readdirSync(extensionsDir).filter((d) => d.startsWith('jekyll-posts.jekyll-posts-'));
  if (installed.length !== 1) return finish(1, `expected one jekyll-posts.jekyll-posts-* folder in ${extensionsDir}, found: ${fs.readdirSync(extensionsDir).join(', ') || 'none'}`);

  cs = await launch({
    workspace,
    extensionDevelopmentPath: PROBE,
    extensionTestsPath: path.join(PROBE, 'tests.js'),
    extensionsDir,
    trusted: TRUSTED,
    env: { VSIX_EXTENSIONS_DIR: extensionsDir, VSIX_TRUSTED: TRUSTED ? '1' : '0' },
    timeoutMs: TIMEOUT_MS,
    onLog: (line) => {
      const trimmed = line.trim();
      if (run.resultRe.test(trimmed)) run.resultLine = trimmed;
      if (process.env.INTEGRATION_VERBOSE || !NOISE.some((re) => re.test(trimmed))) console.log(line);
    },
  });
  let code;
  try {
    code = await cs.exitCode;
  } catch (e) {
    return finish(1, `host failed: ${e.message}`);
  }
  if (!run.resultLine) return finish(1, 'the probe printed no `vsix: N passed, N failed` line');
  return finish(code);
}

main().catch((e) => finish(1, e.stack || e.message));
