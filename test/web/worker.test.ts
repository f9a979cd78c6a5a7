// Checks of the web worker host itself, run first in the web-worker stage only
// (test/harness/run-web-worker.mjs); the rest of that stage is the integration suite, test/integration.
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXTENSION_ID = 'jekyll-posts.jekyll-posts';

describe('the web worker extension host (vscode.dev, github.dev)', () => {
  it('runs the extension in a web worker, not in Node', () => {
    const g = globalThis as Record<string, unknown>;
    assert.equal(typeof g.process, 'undefined', 'process is defined: this is a Node extension host');
    assert.equal(typeof g.importScripts, 'function', 'not a web worker');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not known to this extension host`);
    assert.equal(ext.extensionKind, vscode.ExtensionKind.UI);
    assert.equal(ext.extensionUri.scheme, 'http');
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
  });

  it('activates from dist/web/extension.js and reads the workspace through vscode.workspace.fs (a remote folder)', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    await ext.activate();
    assert.ok(ext.isActive);
    assert.equal(vscode.workspace.workspaceFolders?.[0].uri.scheme, 'vscode-remote');
  });
});
