// Extension tests module (run() like mocha's index) run by test/harness/run-vsix.mjs.
// Checks that the extension installed from jekyll-posts.vsix (not a development copy)
// activates when a post is opened. Prints `vsix: N passed, N failed` last.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');

const EXTENSION_ID = 'jekyll-posts.jekyll-posts';
const SEED_POST = ['_posts', '2014-06-04-retours-sur-dotscale-2014.md'];
const EXPECT_TRUSTED = process.env.VSIX_TRUSTED === '1';

async function waitFor(condition, timeoutMs) {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

const real = (p) => fs.realpathSync(p);
const inside = (child, parent) => {
  const rel = path.relative(real(parent), real(child));
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
};

const checks = [
  [EXPECT_TRUSTED ? 'the workspace is trusted' : 'the workspace is in Restricted Mode (installed extensions run only if they support it)', async () => {
    assert.strictEqual(vscode.workspace.isTrusted, EXPECT_TRUSTED);
  }],
  ['the seed post opens as markdown', async () => {
    const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
    assert.ok(folder, 'a workspace folder is open');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, ...SEED_POST));
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'markdown');
  }],
  [`${EXTENSION_ID} is installed from the VSIX (extensionPath inside the extensions dir)`, async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is known to the extension host`);
    const dir = process.env.VSIX_EXTENSIONS_DIR;
    assert.ok(dir, 'VSIX_EXTENSIONS_DIR is set');
    assert.ok(inside(ext.extensionPath, dir), `${ext.extensionPath} is inside ${dir}`);
    console.log(`  installed at ${ext.extensionPath} (version ${ext.packageJSON.version})`);
  }],
  [`${EXTENSION_ID} becomes active on the post`, async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    assert.ok(await waitFor(() => ext.isActive, 20000), `${EXTENSION_ID} became active within 20 s`);
  }],
];

exports.run = async function run() {
  let passed = 0;
  let failed = 0;
  for (const [name, fn] of checks) {
    try {
      await fn();
      passed++;
      console.log(`  ok   ${name}`);
    } catch (e) {
      failed++;
      console.log(`  FAIL ${name}\n       ${String((e && e.message) || e).replace(/\n/g, '\n       ')}`);
    }
  }
  console.log(`vsix: ${passed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} vsix check(s) failed`);
};
