// Front matter parsing: the full YAML parse against parseFrontMatter (line scanner fast path, parser
// fallback) over every post of a generated site. Prints one JSON document.
// Usage: node out/bench/frontMatter.bench.js [SITE]   (default /tmp/fp10k, from
// `node bench/generate-site.mjs 10000 /tmp/fp10k`; compile with `npx tsc -p tsconfig.json`)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontMatter, parseFrontMatterFast, parseFrontMatterFull, ParsedFrontMatter } from '../src/core/site/frontMatter';

const site = process.argv[2] ?? '/tmp/fp10k';
const ROUNDS = Number(process.env.ROUNDS ?? 7);

function* posts(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* posts(path);
    else if (/(^|\/)_(posts|drafts)\//.test(path) && /\.(md|markdown|html)$/.test(entry.name)) yield path;
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const texts = [...posts(site)].map((p) => readFileSync(p, 'utf8'));
if (texts.length === 0) throw new Error(`no posts under ${site}`);

function time(parse: (text: string) => ParsedFrontMatter): number {
  const t = performance.now();
  let keys = 0;
  for (const text of texts) keys += parse(text).fields.size;
  const ms = performance.now() - t;
  if (keys < 0) console.log(keys); // keep the work observable
  return ms;
}

// Alternate the two paths, after one warm-up round each, and keep the medians.
time(parseFrontMatterFull);
time(parseFrontMatter);
const full: number[] = [];
const fast: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  full.push(time(parseFrontMatterFull));
  fast.push(time(parseFrontMatter));
}
const fastPathPosts = texts.filter((t) => parseFrontMatterFast(t) !== undefined).length;
const fullMs = median(full);
const newMs = median(fast);
console.log(
  JSON.stringify({
    site,
    posts: texts.length,
    fastPathPosts,
    fallbackPosts: texts.length - fastPathPosts,
    rounds: ROUNDS,
    fullMs: Math.round(fullMs * 10) / 10,
    parseFrontMatterMs: Math.round(newMs * 10) / 10,
    speedup: Math.round((fullMs / newMs) * 10) / 10,
    fullUsPerPost: Math.round((fullMs * 1000) / texts.length),
    parseFrontMatterUsPerPost: Math.round((newMs * 1000) / texts.length),
  }),
);
