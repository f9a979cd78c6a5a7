// Runs everything: build, type check, unit tests, conformance against real Jekyll, the integration
// suite inside a real VS Code, and the packaged .vsix test. Ends with one line: `N passed, N failed`.
// Usage: node scripts/test.mjs [--only unit,conformance,render,grammar,integration,web-worker,browser,browser-newpost,browser-sitelook,browser-overview,start,vsix]
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const onlyArg = process.argv.find((a) => a.startsWith('--only='))?.slice(7) ?? (process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined);
const only = onlyArg !== undefined ? new Set(onlyArg.split(',')) : undefined;
const STAGES = ['unit', 'conformance', 'render', 'grammar', 'integration', 'web-worker', 'browser', 'browser-newpost', 'browser-sitelook', 'browser-overview', 'start', 'vsix'];
// A stage name that does not exist would run nothing and end green: refuse it before anything runs.
const unknown = only ? [...only].filter((name) => !STAGES.includes(name)) : [];
if (unknown.length || only?.size === 0) {
  console.error(`scripts/test.mjs: unknown stage ${unknown.map((n) => `'${n}'`).join(', ') || "''"} (stages: ${STAGES.join(', ')})`);
  process.exit(2);
}

/** Runs a command, streaming its output, and returns its exit code and the text it printed. */
function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' }, ...options });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      output += d;
      process.stderr.write(d);
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
    child.on('error', (error) => resolve({ code: 1, output: String(error) }));
  });
}

const npx = (bin) => join(root, 'node_modules', '.bin', bin);
const totals = { passed: 0, failed: 0 };
const failures = [];

async function step(name, command, args) {
  console.log(`\n=== ${name} ===`);
  const { code, output } = await run(command, args);
  if (code !== 0) failures.push(`${name} (exit ${code})`);
  return output;
}

/** Adds a stage's counts, read from its `label: N passed, N failed` line, or node's test runner summary. */
function count(name, output, code) {
  const line = [...output.matchAll(/^(?:[\w-]+: )?(\d+) passed, (\d+) failed/gm)].pop();
  const pass = [...output.matchAll(/^ℹ pass (\d+)/gm)].pop();
  const fail = [...output.matchAll(/^ℹ fail (\d+)/gm)].pop();
  let passed = 0;
  let failed = 0;
  if (line) [passed, failed] = [Number(line[1]), Number(line[2])];
  else if (pass && fail) [passed, failed] = [Number(pass[1]), Number(fail[1])];
  else failed = 1;
  if (code !== 0 && failed === 0) failed = 1;
  if (passed === 0 && failed === 0) {
    // A stage that ran no test proves nothing: it fails.
    console.log(`${name}: ran no test`);
    failed = 1;
  }
  totals.passed += passed;
  totals.failed += failed;
  console.log(`${name}: ${passed} passed, ${failed} failed`);
}

async function stage(name, command, args) {
  if (only && !only.has(name)) return;
  console.log(`\n=== ${name} ===`);
  const { code, output } = await run(command, args);
  count(name, output, code);
  if (code !== 0) failures.push(`${name} (exit ${code})`);
}

// Compiled tests whose sources were deleted must not run: start from an empty out/.
rmSync(join(root, 'out'), { recursive: true, force: true });
await step('build', process.execPath, [join(root, 'scripts', 'build.mjs')]);
await step('compile tests', npx('tsc'), ['-p', 'tsconfig.json']);
await step('type-check the webview', npx('tsc'), ['-p', 'src/webview/tsconfig.json']);
if (failures.length === 0) {
  await stage('unit', process.execPath, ['--test', '--test-reporter=spec', 'out/test/unit/']);
  await stage('conformance', process.execPath, [join(root, 'test', 'conformance', 'run.mjs')]);
  // Plain --fix leaves real Jekyll's output file list alone (issue 23).
  await stage('conformance', process.execPath, [join(root, 'test', 'conformance', 'fixBuild.mjs')]);
  // The preview's site look (layouts, includes, Sass) against real Jekyll (issue 15).
  await stage('conformance', process.execPath, [join(root, 'test', 'conformance', 'layouts.mjs')]);
  await stage('render', process.execPath, [join(root, 'test', 'conformance', 'render.mjs')]);
  await stage('grammar', process.execPath, [join(root, 'test', 'grammar', 'run.mjs')]);
  await stage('integration', process.execPath, [join(root, 'test', 'harness', 'run-integration.mjs')]);
  await stage('web-worker', process.execPath, [join(root, 'test', 'harness', 'run-web-worker.mjs')]);
  await stage('browser', process.execPath, [join(root, 'test', 'harness', 'run-browser.mjs')]);
  await stage('browser-newpost', process.execPath, [join(root, 'test', 'harness', 'run-browser-newpost.mjs')]);
  await stage('browser-sitelook', process.execPath, [join(root, 'test', 'harness', 'run-browser-sitelook.mjs')]);
  // The activity bar's Jekyll views, and Rename tag merging then undone (issue 14).
  await stage('browser-overview', process.execPath, [join(root, 'test', 'harness', 'run-browser-overview.mjs')]);
  await stage('start', process.execPath, [join(root, 'test', 'harness', 'run-start.mjs')]);
  if (!only || only.has('vsix')) {
    await step('package', 'npm', ['run', '--silent', 'package']);
    await stage('vsix', process.execPath, [join(root, 'test', 'harness', 'run-vsix.mjs')]);
  }
}
if (failures.length) {
  console.log(`\nFailed: ${failures.join(', ')}`);
  if (totals.failed === 0) totals.failed = failures.length;
}
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exitCode = totals.failed > 0 || failures.length > 0 ? 1 : 0;
