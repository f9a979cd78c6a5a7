#!/usr/bin/env node
// The GitHub Action's entry (action.yml): runs `jekyll-posts lint` on the inputs GitHub passes as
// INPUT_* variables, from GITHUB_WORKSPACE. Without SARIF, each finding becomes a workflow command
// (`::error file=…,line=…::…`), which GitHub shows as an annotation on the pull request; with SARIF,
// the report is written to a file named in the step's `sarif-file` output for the upload step.
// Outputs (GITHUB_OUTPUT): errors, warnings, sarif-file. Exit status: 1 when a finding reaches
// `fail-on`, 2 when the lint itself could not run.
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');
const env = process.env;
const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
const paths = (env.INPUT_PATH || '.').split(/\s+/).filter(Boolean);
const sarif = (env.INPUT_SARIF || 'false').trim().toLowerCase() === 'true';
const failOn = (env.INPUT_FAIL_ON || 'error').trim().toLowerCase();
const ranks = { info: 0, warning: 1, error: 2 };
if (!(failOn in ranks) && failOn !== 'never') {
  console.log(`::error title=jekyll-posts::fail-on must be error, warning, info or never, not '${failOn}'`);
  process.exit(2);
}

function output(name, value) {
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `${name}=${value}\n`);
}
/** Workflow command escaping: properties escape `,` and `:` too. */
const data = (s) => String(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (s) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

function lint(format) {
  const args = [cli, 'lint', ...paths, '--format', format];
  if (env.INPUT_CONFIG) args.push('--config', env.INPUT_CONFIG);
  const run = spawnSync(process.execPath, args, { cwd: workspace, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.status === 2 || run.error) {
    console.log(`::error title=jekyll-posts::${data((run.stderr || String(run.error)).trim())}`);
    process.exit(2);
  }
  return run.stdout;
}

const findings = JSON.parse(lint('json'));
// Files are named relative to their site root; a single site root given as the path names them.
const siteRoot = paths.length === 1 ? resolve(workspace, paths[0]) : workspace;
const count = (severity) => findings.filter((f) => f.severity === severity).length;
output('errors', count('error'));
output('warnings', count('warning'));
if (sarif) {
  const file = join(env.RUNNER_TEMP || mkdtempSync(join(tmpdir(), 'jekyll-posts-')), 'jekyll-posts.sarif');
  writeFileSync(file, lint('sarif'));
  output('sarif-file', file);
  console.log(`jekyll-posts: ${findings.length} findings written to ${file}`);
} else {
  output('sarif-file', '');
  const command = { error: 'error', warning: 'warning', info: 'notice' };
  for (const f of findings) {
    const file = relative(workspace, resolve(siteRoot, f.file)).split('\\').join('/');
    console.log(`::${command[f.severity]} file=${property(file)},line=${f.line},col=${f.column},endLine=${f.endLine},endColumn=${f.endColumn},title=${property(f.rule)}::${data(f.message)}`);
  }
  console.log(`jekyll-posts: ${findings.length} findings (${count('error')} errors, ${count('warning')} warnings, ${count('info')} info)`);
}
const failing = failOn === 'never' ? [] : findings.filter((f) => ranks[f.severity] >= ranks[failOn]);
process.exit(failing.length > 0 ? 1 : 0);
