#!/usr/bin/env node
// The preview's site look against real Jekyll: each site of layout-sites/ is built with
// `jekyll build` (in a temp folder; `--drafts` where the site has drafts), then every post, draft,
// collection document and page is placed in its layouts by the
// preview's code (src/core/render/layout.ts, without data-line) and compared with the file Jekyll
// wrote, modulo whitespace; each `.scss` with front matter is compiled by the preview's Sass path
// (dart-sass) and compared with Jekyll's CSS (jekyll-sass-converter 2.2 on libsass), modulo
// whitespace, the source-map comment and a number's leading zero (libsass writes a computed 0.9em
// and keeps a literal .5em as written; dart-sass writes .9em and .5em in compressed style: the same CSS).
//
//   node test/conformance/layouts.mjs [--verbose]
//
// Ends with `layouts: N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureJekyll } from './jekyll.mjs';
import { listFiles } from './listFiles.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const verbose = process.argv.includes('--verbose');
const NOW = new Date('2026-01-01T00:00:00Z');
let passed = 0;
let failed = 0;

function check(name, ok, detail) {
  if (ok) passed++;
  else failed++;
  if (!ok || verbose) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${ok || !detail ? '' : `\n${detail}`}`);
}

/** Whitespace-insensitive form: runs of whitespace become one space, none between tags. */
export function squash(text) {
  return text.replace(/\s+/g, ' ').replace(/>\s+</g, '><').replace(/\s*([{};:,>])\s*/g, '$1').trim();
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `  at ${i}:\n  jekyll : ${JSON.stringify(a.slice(Math.max(0, i - 60), i + 80))}\n  preview: ${JSON.stringify(b.slice(Math.max(0, i - 60), i + 80))}`;
}

function model() {
  const { buildSync } = require('esbuild');
  const outfile = join(mkdtempSync(join(tmpdir(), 'jp-layouts-model-')), 'layoutModel.cjs');
  buildSync({ entryPoints: [join(here, 'layoutModel.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error', mainFields: ['module', 'main'], external: ['sass'], nodePaths: [join(here, '..', '..', 'node_modules')] });
  return require(outfile);
}

function outputFile(siteDir, url) {
  const path = join(siteDir, '_site', decodeURI(url));
  return url.endsWith('/') ? join(path, 'index.html') : path;
}

async function main() {
  console.log(`layouts: ${ensureJekyll()}`);
  const m = model();
  const sitesRoot = join(here, 'layout-sites');
  for (const name of listFiles(sitesRoot, '', {}).map((f) => f.split('/')[0]).filter((v, i, a) => a.indexOf(v) === i)) {
    const work = mkdtempSync(join(tmpdir(), `jp-layouts-${name}-`));
    try {
      cpSync(join(sitesRoot, name), work, { recursive: true });
      // A site with drafts is built with them (jekyll build --drafts), as the preview shows a draft.
      const build = spawnSync('jekyll', ['build', '--trace', ...(existsSync(join(work, '_drafts')) ? ['--drafts'] : [])], { cwd: work, encoding: 'utf8', env: { ...process.env, JEKYLL_ENV: 'development', TZ: 'UTC' } });
      check(`${name}: jekyll build`, build.status === 0, build.stderr);
      if (build.status !== 0) continue;
      const site = await m.openSite(work, NOW);
      const sources = listFiles(work, '', { skip: new Set(['_site', '.jekyll-cache']) });
      for (const file of sources.filter((f) => /\.(md|markdown|html)$/.test(f) && !/^_(layouts|includes|data|sass)\//.test(f))) {
        const path = join(work, file);
        const text = readFileSync(path, 'utf8');
        if (!text.startsWith('---')) continue;
        const look = await m.placeInLayouts(site, path);
        if (!look.url) {
          check(`${name}/${file}: a URL`, false, 'the preview computed no URL');
          continue;
        }
        const out = outputFile(work, look.url);
        if (!existsSync(out) || !statSync(out).isFile()) {
          check(`${name}/${file}: Jekyll wrote ${look.url}`, false, `${relative(work, out)} is missing`);
          continue;
        }
        const expected = squash(readFileSync(out, 'utf8'));
        const actual = squash(look.html);
        check(`${name}/${file} (${look.status}${look.layouts.length ? `: ${look.layouts.join(' → ')}` : ''})`, expected === actual, expected === actual ? '' : firstDifference(expected, actual));
      }
      for (const file of sources.filter((f) => /\.s[ac]ss$/.test(f) && !/^_/.test(f))) {
        const css = file.replace(/\.s[ac]ss$/, '.css');
        const out = join(work, '_site', css);
        if (!existsSync(out)) continue;
        const result = await m.sass(site, join(work, css), require('sass').compileStringAsync);
        const zeros = (css) => css.replace(/(^|[^\w.])0\.(\d)/g, '$1.$2');
        const expected = zeros(squash(readFileSync(out, 'utf8').replace(/\/\*# sourceMappingURL=[^*]*\*\/\s*$/, '')));
        const actual = zeros(squash(result.css ?? `error: ${result.error}`));
        check(`${name}/${file} → ${css}`, expected === actual, expected === actual ? '' : firstDifference(expected, actual));
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  console.log(`layouts: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  console.log(`layouts: ${passed} passed, ${failed + 1} failed`);
  process.exitCode = 1;
});
