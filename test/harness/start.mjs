#!/usr/bin/env node
// `npm start`: a real VS Code (code-server) on test/fixtures/bilingual with this repo loaded as
// the development extension. Prints the URL to open in a browser; Ctrl-C stops code-server.
//
//   node scripts/build.mjs && node test/harness/start.mjs [--port N] [--untrusted]
//
// Edits made in the browser change test/fixtures/bilingual itself (no copy). Rebuild
// (node scripts/build.mjs, or --watch) and run "Developer: Reload Window" to pick up changes.
import fs from 'node:fs';
import path from 'node:path';
import { install, REPO_ROOT } from './install.mjs';
import { launch } from './codeServer.mjs';

const argv = process.argv.slice(2);
const portArg = argv.indexOf('--port');
const port = Number(portArg >= 0 ? argv[portArg + 1] : process.env.JEKYLL_POSTS_PORT) || 0;
const trusted = !argv.includes('--untrusted');

if (!fs.existsSync(path.join(REPO_ROOT, 'dist', 'extension.js'))) {
  console.error('[start] dist/extension.js is missing: run node scripts/build.mjs first');
  process.exit(1);
}
await install();

const workspace = path.join(REPO_ROOT, 'test', 'fixtures', 'bilingual');
const cs = await launch({
  workspace,
  extensionDevelopmentPath: REPO_ROOT,
  browser: false,
  serverLog: true,
  trusted,
  port,
  onLog: (line) => console.log(line),
});

let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  console.log('\n[start] stopping code-server');
  await cs.stop();
  process.exit(code);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => shutdown(0));
cs.exitCode.catch((e) => { if (!stopping) { console.error(`[start] ${e.message}`); shutdown(1); } });

console.log(`
[start] code-server is running with the development extension (${trusted ? 'trusted' : 'Restricted Mode'}).
[start] Open this URL in a browser on this machine (or forward port ${cs.port}):

${cs.url}

[start] Press Ctrl-C to stop.`);
