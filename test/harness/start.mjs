#!/usr/bin/env node
// `npm start`: a real VS Code (code-server) with this repo loaded as the development extension.
// Prints the URL to open in a browser; Ctrl-C stops code-server and everything it started.
//
//   npm start                 a scratch copy of the sample bilingual site (test/fixtures/bilingual);
//                             edits go to the copy, which is deleted when you stop
//   npm start -- PATH         your own site, opened as it is (edits are saved to it)
//   npm start -- [PATH] --port N --untrusted
//
// Rebuild (node scripts/build.mjs, or --watch) and run "Developer: Reload Window" to pick up changes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { install, REPO_ROOT } from './install.mjs';
import { launch } from './codeServer.mjs';

const argv = process.argv.slice(2);
const portArg = argv.indexOf('--port');
const port = Number(portArg >= 0 ? argv[portArg + 1] : process.env.JEKYLL_POSTS_PORT) || 0;
const trusted = !argv.includes('--untrusted');
const positional = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--port');
if (positional.length > 1) {
  console.error(`[start] one site folder at most, got: ${positional.join(' ')}`);
  process.exit(2);
}

if (!fs.existsSync(path.join(REPO_ROOT, 'dist', 'extension.js'))) {
  console.error('[start] dist/extension.js is missing: run node scripts/build.mjs first');
  process.exit(1);
}

let workspace;
let scratch;
if (positional.length === 1) {
  workspace = path.resolve(positional[0]);
  if (!fs.existsSync(workspace) || !fs.statSync(workspace).isDirectory()) {
    console.error(`[start] not a folder: ${workspace}`);
    process.exit(2);
  }
} else {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'jekyll-posts-sample-'));
  fs.cpSync(path.join(REPO_ROOT, 'test', 'fixtures', 'bilingual'), scratch, { recursive: true });
  workspace = scratch;
}
const removeScratch = () => { if (scratch) fs.rmSync(scratch, { recursive: true, force: true }); };

await install();
let cs;
try {
  cs = await launch({
    workspace,
    extensionDevelopmentPath: REPO_ROOT,
    browser: false,
    serverLog: true,
    trusted,
    port,
    onLog: (line) => console.log(line),
  });
} catch (e) {
  removeScratch();
  console.error(`[start] ${e.message}`);
  process.exit(1);
}

let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  console.log('\n[start] stopping code-server');
  await cs.stop();
  removeScratch();
  process.exit(code);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => shutdown(0));
cs.exitCode.catch((e) => { if (!stopping) { console.error(`[start] ${e.message}`); shutdown(1); } });

console.log(`
[start] code-server is running with the development extension (${trusted ? 'trusted' : 'Restricted Mode'}).
[start] ${scratch ? `Site: a scratch copy of the sample bilingual site, deleted when you stop: ${scratch}` : `Site: ${workspace} (edits are saved to it)`}
[start] Open this URL in a browser on this machine (or forward port ${cs.port}):

${cs.url}

[start] Press Ctrl-C to stop.`);
