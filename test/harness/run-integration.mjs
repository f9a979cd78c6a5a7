#!/usr/bin/env node
// Runs the mocha integration suites (out/test/integration/index.js) inside a real VS Code
// (code-server + headless Chromium) on a temp copy of test/fixtures/bilingual.
//
//   node scripts/build.mjs && npx tsc -p tsconfig.json && node test/harness/run-integration.mjs
//
// Last line of output: `integration: N passed, N failed`. Exit code 0 only when all passed.
// Env: INTEGRATION_TIMEOUT_MS (default 300000), INTEGRATION_KEEP=1 keeps the fixture copy,
// INTEGRATION_VERBOSE=1 shows workbench chatter and code-server's own log.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { install, REPO_ROOT } from './install.mjs';
import { launch, createRun } from './codeServer.mjs';

const TIMEOUT_MS = Number(process.env.INTEGRATION_TIMEOUT_MS) || 5 * 60_000;
// Workbench chatter hidden unless INTEGRATION_VERBOSE=1.
const NOISE = [
  /^(Resolving|Resolved) connection token/, /^Creating a socket/, /^\[Service Worker\]/,
  /^ChatSessionStore:/, /additional builtin extensions/,
];
const VERBOSE = !!process.env.INTEGRATION_VERBOSE;

const run = createRun('integration');
const finish = (code, reason) => run.finish(code, reason);

async function main() {
  const started = Date.now();
  const required = [
    ['dist/extension.js', 'node scripts/build.mjs'],
    ['out/test/integration/index.js', 'npx tsc -p tsconfig.json'],
  ];
  for (const [file, cmd] of required) {
    if (!fs.existsSync(path.join(REPO_ROOT, file))) {
      return finish(1, `${file} is missing: build first (${cmd})`);
    }
  }
  await install();

  const fixture = fs.mkdtempSync(path.join(os.tmpdir(), 'jekyll-posts-fixture-'));
  fs.cpSync(path.join(REPO_ROOT, 'test', 'fixtures', 'bilingual'), fixture, { recursive: true });
  let cs;
  run.cleanup = async () => {
    if (cs) await cs.stop();
    if (!process.env.INTEGRATION_KEEP) fs.rmSync(fixture, { recursive: true, force: true });
  };

  console.log(`[run-integration] workspace ${fixture}`);
  cs = await launch({
    workspace: fixture,
    extensionDevelopmentPath: REPO_ROOT,
    extensionTestsPath: path.join(REPO_ROOT, 'out', 'test', 'integration', 'index.js'),
    env: { JEKYLL_POSTS_FIXTURE: fixture, ...(process.env.INTEGRATION_GREP ? { INTEGRATION_GREP: process.env.INTEGRATION_GREP } : {}) },
    timeoutMs: TIMEOUT_MS,
    serverLog: VERBOSE,
    onLog: (line) => {
      const trimmed = line.trim();
      if (run.resultRe.test(trimmed)) run.resultLine = trimmed;
      if (VERBOSE || !NOISE.some((re) => re.test(trimmed))) console.log(line);
    },
  });
  let code;
  try {
    code = await cs.exitCode;
  } catch (e) {
    return finish(1, `host failed: ${e.message}`);
  }
  console.log(`[run-integration] tests module settled with code ${code} after ${Math.round((Date.now() - started) / 1000)} s`);
  if (!run.resultLine) return finish(1, 'the tests module printed no `integration: N passed, N failed` line');
  return finish(code);
}

main().catch((e) => finish(1, e.stack || e.message));
