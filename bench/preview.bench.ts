// The preview's rendering benchmarks. Prints one JSON document.
// Usage: node out/bench/preview.bench.js   (after `npx tsc -p tsconfig.json`)
//
// - coldFirstRenderMs: the very first render in a fresh process (module initialisation, markdown-it,
//   liquidjs and highlight.js set up, JIT cold): what opening the first preview of a session costs.
// - firstRenderMs: opening the preview on the seed post once the engines exist (median of runs,
//   each with a fresh site context: no cached includes or data).
// - largeFirstRenderMs: the same for a generated 5,000-line post (headings, lists, code, links
//   with IALs, Liquid outputs and tags).
// - updateMs: an update while typing on the seed (one character more each time).
// - siteLook: the seed post in its site's layouts (test/fixtures/bilingual with test/fixtures/site-look
//   over it: post → default layouts, an include, a plugin tag; files read from memory): the first
//   render with a fresh site context (nothing cached: layouts, includes) once the engines exist, and
//   an update while typing; the Sass stylesheet's first compilation (dart-sass cold) and a later one.
// - ...CpuMs: the same runs in CPU time of this process (user + system, GC threads included): on a
//   shared machine the wall time also counts the time other processes held the cores.
// First renders start with no highlighted block kept from a run before (clearHighlightCache).
// Targets (issue #6): first render < 30 ms, 5,000 lines < 300 ms, update < 50 ms; issue 15: site
// look first render < 100 ms, update < 50 ms.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { loadRenderSite } from '../src/cli/renderCommand';
import { renderSiteLook } from '../src/core/render/layout';
import { CompileStringAsync, compileSiteSass } from '../src/core/render/sass';
import { sanitize } from '../src/core/render/sanitize';
import { splitSiteDocument } from '../src/core/render/siteDocument';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { MemoryFileSystem } from '../src/core/fs';
import { RenderSite } from '../src/core/render/liquid';
import { renderPreview } from '../src/core/render/page';
import { clearHighlightCache } from '../src/core/render/highlight';
import { readConfig } from '../src/core/site/config';

const repo = join(__dirname, '..', '..');
const fixture = join(repo, 'test', 'fixtures', 'bilingual');
const seedPath = '_posts/2014-06-04-retours-sur-dotscale-2014.md';
const seed = readFileSync(join(fixture, seedPath), 'utf8');
const config = readConfig(readFileSync(join(fixture, '_config.yml'), 'utf8'));

function site(): RenderSite {
  return { root: '/site', fs: new MemoryFileSystem({ '/site/_includes/note.html': '<aside>{{ include.text }}</aside>' }), config, timezone: 'Europe/Paris', data: {}, includeCache: new Map() };
}

function largePost(lines: number): string {
  const out = ['---', 'title: A long post', 'lang: en', "date: '2020-01-01 10:00:00 +0100'", '---', ''];
  let i = 0;
  while (out.length < lines) {
    i++;
    out.push(`## Section ${i}`, '', `Paragraph ${i} with a [link](https://example.com/${i}){:rel="nofollow noreferrer"}, *emphasis* and \`code\`. {{ page.title | upcase }}`, 'A second line of the same paragraph, long enough to look like prose that people write.', '');
    out.push('- item one', '- item two with **bold**', '- item three', '', '```ruby', `def method_${i}(x)`, '  x * 2', 'end', '```', '');
    if (i % 10 === 0) out.push(`{% include note.html text="note ${i}" %}`, '', '{% highlight js linenos %}', `const x${i} = ${i};`, '{% endhighlight %}', '', 'Term', ': Definition', '');
  }
  return out.join('\n');
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return Math.round(s[Math.floor(s.length / 2)] * 10) / 10;
}

const cpu: number[] = [];

/** Wall time of fn, in ms; its CPU time is pushed on `cpu`. */
async function time(fn: () => Promise<unknown>): Promise<number> {
  const c = process.cpuUsage();
  const t = performance.now();
  await fn();
  const wall = performance.now() - t;
  const used = process.cpuUsage(c);
  cpu.push((used.user + used.system) / 1000);
  return wall;
}

/** The CPU times of the runs since `from`. */
const cpuSince = (from: number): number[] => cpu.slice(from);

/** The files of a folder, by their path under `/site`. */
function filesOf(dir: string, into: Record<string, string> = {}, rel = ''): Record<string, string> {
  for (const name of readdirSync(join(dir, rel))) {
    const r = rel ? `${rel}/${name}` : name;
    if (statSync(join(dir, r)).isDirectory()) filesOf(dir, into, r);
    else into[`/site/${r}`] = readFileSync(join(dir, r), 'utf8');
  }
  return into;
}

async function siteLookFigures(): Promise<Record<string, unknown>> {
  const files = filesOf(join(repo, 'test', 'fixtures', 'site-look'), filesOf(fixture));
  const lookConfig = readConfig(files['/site/_config.yml']);
  const fresh = (): Promise<RenderSite> => loadRenderSite(new MemoryFileSystem(files), '/site', lookConfig, { now: new Date(), machineZone: 'UTC' });
  const path = `/site/${seedPath}`;
  // What the preview does for the site view: the layouts, then the page taken apart and its body sanitized.
  const look = async (text: string, site: RenderSite): Promise<string> => {
    const page = await renderSiteLook({ text, path, site });
    if (page.status !== 'layout' || !page.html.includes('site-header')) throw new Error(`the seed post was not placed in its layouts (${page.status})`);
    return sanitize(splitSiteDocument(page.html).body);
  };
  const setUp = await time(async () => look(seed, await fresh()));
  const first: number[] = [];
  for (let i = 0; i < 15; i++) {
    const s = await fresh();
    first.push(await time(() => look(seed, s)));
  }
  const s = await fresh();
  await look(seed, s);
  const updates: number[] = [];
  let text = seed;
  for (let i = 0; i < 30; i++) {
    text += 'x';
    updates.push(await time(() => look(text, s)));
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const compile = (require('sass') as { compileStringAsync: CompileStringAsync }).compileStringAsync;
  const sassCold = await time(() => compileSiteSass(s, '/site/assets/css/site.css', compile));
  const sassWarm: number[] = [];
  for (let i = 0; i < 10; i++) sassWarm.push(await time(() => compileSiteSass(s, '/site/assets/css/site.css', compile)));
  return { oneTimeSetUpMs: Math.round(setUp), firstRenderMs: median(first), updateMs: median(updates), sassFirstCompileMs: Math.round(sassCold), sassCompileMs: median(sassWarm), targets: { firstRenderMs: 100, updateMs: 50 } };
}

async function main(): Promise<void> {
  const path = `/site/${seedPath}`;
  const cold = await time(() => renderPreview({ text: seed, path, site: site() }));
  const first: number[] = [];
  let mark = cpu.length;
  for (let i = 0; i < 15; i++) {
    clearHighlightCache();
    first.push(await time(() => renderPreview({ text: seed, path, site: site() })));
  }
  const firstCpu = cpuSince(mark);
  const s = site();
  mark = cpu.length;
  const updates: number[] = [];
  let text = seed;
  for (let i = 0; i < 30; i++) {
    text += 'x';
    updates.push(await time(() => renderPreview({ text, path, site: s })));
  }
  const updateCpu = cpuSince(mark);
  const large = largePost(5000);
  const largeRuns: number[] = [];
  mark = cpu.length;
  for (let i = 0; i < 5; i++) {
    clearHighlightCache();
    largeRuns.push(await time(() => renderPreview({ text: large, path: '/site/_posts/2020-01-01-long.md', site: site() })));
  }
  const largeCpu = cpuSince(mark);
  mark = cpu.length;
  const largeUpdate: number[] = [];
  const ls = site();
  let lt = large;
  for (let i = 0; i < 5; i++) {
    lt += 'y';
    largeUpdate.push(await time(() => renderPreview({ text: lt, path: '/site/_posts/2020-01-01-long.md', site: ls })));
  }
  console.log(
    JSON.stringify(
      {
        seed: { lines: seed.split('\n').length, coldFirstRenderMs: Math.round(cold), firstRenderMs: median(first), firstRenderCpuMs: median(firstCpu), updateMs: median(updates), updateCpuMs: median(updateCpu), targets: { firstRenderMs: 30, updateMs: 50 } },
        large: { lines: large.split('\n').length, firstRenderMs: median(largeRuns), firstRenderCpuMs: median(largeCpu), updateMs: median(largeUpdate), updateCpuMs: median(cpuSince(mark)), target: { firstRenderMs: 300 } },
        loadAverage: loadavg().map((l) => Math.round(l * 10) / 10),
        siteLook: await siteLookFigures(),
        node: process.version,
      },
      null,
      2,
    ),
  );
}

void main();
