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

/** `runs` runs of each command, interleaved so that both see the same machine; the fastest of each. */
function interleaved(runs: number, commands: string[][]): { ms: number; peakMB: number; status: number | null }[] {
  const all = commands.map(() => [] as { ms: number; peakMB: number; status: number | null }[]);
  for (let i = 0; i < runs; i++) commands.forEach((args, k) => all[k].push(processRun(args)));
  return all.map((list) => best(list, 'ms'));
}

function main(): void {
  const sizes = process.argv.slice(2).map(Number).filter(Boolean);
  // BENCH_CLI_MAX=N runs the CLI only on sites up to N posts (0 skips it).
  const cliMax = Number(process.env.BENCH_CLI_MAX ?? Infinity);
  const results: Record<string, unknown>[] = [];
  for (const posts of sizes.length ? sizes : [1000, 10000, 50000]) {
    const site = ensureSite(posts);
    const info = JSON.parse(readFileSync(join(site, '.generated.json'), 'utf8'));
    const runs = posts >= 50000 ? 2 : 3;
    const read = best(Array.from({ length: runs }, () => measure('read', site)), 'ms');
    const readSync = best(Array.from({ length: runs }, () => measure('readsync', site)), 'ms');
    const index = best(Array.from({ length: runs }, () => measure('index', site)), 'ms');
    const withCli = posts <= cliMax;
    const [cli, reader] = withCli
      ? interleaved(runs, [
          [join(repo, 'dist', 'cli.js'), 'lint', site, '--format', 'json'],
          [join(repo, 'bench', 'reader.mjs'), site],
        ])
      : [undefined, undefined];
    results.push({
      posts,
      megabytes: info.bytes / 1e6,
      readFilesMs: read.ms,
      readFilesSyncMs: readSync.ms,
      coldIndexMs: index.ms,
      indexOverRead: index.ms / read.ms,
      indexRssAddedMB: index.rssAddedMB,
      indexHeapAddedMB: index.heapAddedMB,
      reindexOneMedianMs: index.reindexOneMedianMs,
      reindexOneMaxMs: index.reindexOneMaxMs,
      tagCompletionMedianMs: index.tagCompletionMedianMs,
      tagCompletionP95Ms: index.tagCompletionP95Ms,
      lintSeedMedianMs: index.lintSeedMedianMs,
      siteMapMs: index.siteMapMs,
      overviewFirstMs: index.overviewFirstMs,
      overviewAfterEditMedianMs: index.overviewAfterEditMedianMs,
      overviewAfterEditCpuMedianMs: index.overviewAfterEditCpuMedianMs,
      overviewPosts: index.overviewPosts,
      siteMapUrls: index.siteMapUrls,
      linkCompletionItems: index.linkCompletionItems,
      linkCompletionFirstMs: index.linkCompletionFirstMs,
      linkCompletionMedianMs: index.linkCompletionMedianMs,
      tags: index.tags,
      cliLintMs: cli?.ms,
      cliLintPeakMB: cli?.peakMB,
      cliExitStatus: cli?.status,
      readerProcessMs: reader?.ms,
      readerProcessPeakMB: reader?.peakMB,
      cliOverReader: cli && reader ? cli.ms / reader.ms : undefined,
    });
  }
  // How cost per post grows with the site (1.0: linear).
  const first = results[0];
  const growth = results.slice(1).map((r) => {
    const scale = (r.posts as number) / (first.posts as number);
    const ratio = (key: string): number | undefined => (typeof r[key] === 'number' && typeof first[key] === 'number' ? (r[key] as number) / (first[key] as number) / scale : undefined);
    return { from: first.posts, to: r.posts, coldIndexPerPost: ratio('coldIndexMs'), cliLintPerPost: ratio('cliLintMs'), readFilesPerPost: ratio('readFilesMs') };
  });
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGB: totalmem() / 2 ** 30, node: process.version, platform: process.platform };
  console.log(JSON.stringify(round({ machine, results, growth }), null, 2));
}

main();
