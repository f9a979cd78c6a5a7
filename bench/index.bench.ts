// The site index and CLI benchmarks. Prints one JSON document.
// Usage: node out/bench/index.bench.js [POSTS...]   (default 1000 10000 50000; needs `node scripts/build.mjs` and `tsc`)
// Sites come from bench/generate-site.mjs into bench/out/ (git-ignored), generated once per size.
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const repo = join(__dirname, '..', '..');
const node = process.execPath;

function ensureSite(posts: number): string {
  const out = join(repo, 'bench', 'out', `site-${posts}`);
  const script = `import(${JSON.stringify(join(repo, 'bench', 'generate-site.mjs'))}).then((m) => m.ensureSite(${posts}, ${JSON.stringify(out)}))`;
  const r = spawnSync(node, ['--input-type=module', '-e', script], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('site generation failed');
  return out;
}

function measure(mode: string, site: string): Record<string, number> {
  const r = spawnSync(node, ['--expose-gc', join(repo, 'out', 'bench', 'measure.js'), mode, site], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`measure ${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

/** Wall time and peak RSS of a whole process, start to exit. */
function processRun(args: string[]): { ms: number; peakMB: number; status: number | null } {
  const peakFile = join(repo, 'bench', 'out', `peak-${process.pid}.txt`);
  const t = performance.now();
  const r = spawnSync(node, ['--require', join(repo, 'bench', 'peak.cjs'), ...args], { env: { ...process.env, PEAK_FILE: peakFile }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const ms = performance.now() - t;
  const peakMB = existsSync(peakFile) ? Number(readFileSync(peakFile, 'utf8')) / 1024 : NaN;
  rmSync(peakFile, { force: true });
  return { ms, peakMB, status: r.status };
}

function best<T>(runs: T[], key: keyof T): T {
  return runs.reduce((a, b) => ((b[key] as number) < (a[key] as number) ? b : a));
}

function round(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * 100) / 100;
  if (Array.isArray(value)) return value.map(round);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round(v)]));
  return value;
}

function main(): void {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  // The CLI runs on sizes up to this (the target is stated for 10,000 posts); BENCH_CLI_MAX=0 skips it.
  const cliMax = Number(process.env.BENCH_CLI_MAX ?? 10000);
  const results: Record<string, unknown>[] = [];
  for (const posts of sizes.length ? sizes : [1000, 10000, 50000]) {
    const site = ensureSite(posts);
    const info = JSON.parse(readFileSync(join(site, '.generated.json'), 'utf8'));
    const runs = posts >= 50000 ? 2 : 3;
    const read = best(Array.from({ length: runs }, () => measure('read', site)), 'ms');
    const index = best(Array.from({ length: runs }, () => measure('index', site)), 'ms');
    const withCli = posts <= cliMax;
    const cli = withCli ? best(Array.from({ length: 1 }, () => processRun([join(repo, 'dist', 'cli.js'), 'lint', site, '--format', 'json'])), 'ms') : undefined;
    const reader = withCli ? best(Array.from({ length: 2 }, () => processRun([join(repo, 'out', 'bench', 'measure.js'), 'readall', site])), 'ms') : undefined;
    results.push({
      posts,
      megabytes: info.bytes / 1e6,
      readFilesMs: read.ms,
      coldIndexMs: index.ms,
      indexOverRead: index.ms / read.ms,
      indexRssAddedMB: index.rssAddedMB,
      indexHeapAddedMB: index.heapAddedMB,
      reindexOneMedianMs: index.reindexOneMedianMs,
      reindexOneMaxMs: index.reindexOneMaxMs,
      tagCompletionMedianMs: index.tagCompletionMedianMs,
      tagCompletionP95Ms: index.tagCompletionP95Ms,
      lintSeedMedianMs: index.lintSeedMedianMs,
      tags: index.tags,
      cliLintMs: cli?.ms,
      cliLintPeakMB: cli?.peakMB,
      cliExitStatus: cli?.status,
      readerProcessMs: reader?.ms,
      readerProcessPeakMB: reader?.peakMB,
      cliOverReader: cli && reader ? cli.ms / reader.ms : undefined,
    });
  }
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGB: totalmem() / 2 ** 30, node: process.version, platform: process.platform };
  console.log(JSON.stringify(round({ machine, results }), null, 2));
}

main();
