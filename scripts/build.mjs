// Bundles the extension host entry and the CLI with esbuild.
// Usage: node scripts/build.mjs [--production] [--watch]
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  { ...common, entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, platform: 'browser', format: 'iife', target: 'es2022', entryPoints: ['src/webview/preview.mts'], outfile: 'dist/preview/preview.js' },
  // dart-sass for the preview's site look (issue 15): a file of its own, required only when a site has Sass (desktop).
  { ...common, sourcemap: false, minify: true, entryPoints: ['src/vscode/preview/sassEntry.ts'], outfile: 'dist/sass.js' },
  // VS Code for the Web (web worker extension host): same entry, no Node built-ins (packages' `browser` fields apply).
  { ...common, platform: 'browser', format: 'cjs', target: 'es2022', mainFields: ['browser', 'module', 'main'], entryPoints: ['src/vscode/extension.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] },
];

if (watch) {
  for (const options of builds) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  }
  console.log('esbuild: watching');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
