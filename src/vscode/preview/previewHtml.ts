import * as vscode from 'vscode';

/** A fresh nonce for the page's one script. */
export function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < 32; i++) out += chars[Math.floor(Math.random() * chars.length)];
  return out;
}

/** Where the page may load from: the site folder and the extension's media and webview bundle. */
export function previewRoots(extensionUri: vscode.Uri, siteRoot: vscode.Uri | undefined): vscode.Uri[] {
  const roots = [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist', 'preview')];
  if (siteRoot) roots.unshift(siteRoot);
  return roots;
}

/**
 * The page's shell. Its Content-Security-Policy allows one script, ours (by nonce): no inline
 * script, event handler or `javascript:` URL of the post can run, and no frame, object or
 * connection is allowed. Images and media load from the site folder (and https).
 */
export function previewShell(webview: vscode.Webview, extensionUri: vscode.Uri, language: string): string {
  const n = nonce();
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} https: data:`,
    `media-src ${webview.cspSource} https:`,
    `style-src ${webview.cspSource} 'unsafe-inline'`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${n}'`,
    "frame-src 'none'",
    "child-src 'none'",
    "object-src 'none'",
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  const css = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'preview.css'));
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'preview', 'preview.js'));
  return `<!DOCTYPE html>
<html lang="${language.replace(/[^\w-]/g, '')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${css}">
</head>
<body class="jp-preview">
<div id="jp-header"></div>
<main id="jp-content" class="jp-content"></main>
<script nonce="${n}" src="${script}"></script>
</body>
</html>`;
}
