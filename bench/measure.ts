// One measurement in a fresh process (so that memory figures are its own). Used by index.bench.ts.
// Usage: node out/bench/measure.js read|readsync|index SITE
import { promises as fsp, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeFileSystem } from '../src/cli/nodeFs';
import { completeAt } from '../src/core/complete/completions';
import { lintText } from '../src/core/lint/lintFile';
import { readConfig } from '../src/core/site/config';
import { SiteIndex } from '../src/core/site/siteIndex';
import { buildSiteMap, siteMapFor } from '../src/core/site/siteMap';
import { buildOverview } from '../src/core/overview/overview';
import { linkCursor } from '../src/core/complete/linkContext';
import { linkCompletions } from '../src/core/complete/linkCompletions';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Every file under a folder, as a plain reader finds them. */
async function listAll(folder: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fsp.readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...(await listAll(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** Reads every file of the site through the same file system as the index, 32 at a time. */
async function readAll(site: string): Promise<number> {
  const files = await listAll(site);
  let bytes = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < files.length) {
        const read = await nodeFileSystem.readFile(files[next++]);
        bytes += read?.length ?? 0;
      }
    }),
  );
  return bytes;
}

/** The same files read one after the other with readFileSync: what reading costs without the asynchronous interface. */
function readAllSync(files: string[]): number {
  let bytes = 0;
  for (const file of files) bytes += readFileSync(file).length;
  return bytes;
}

async function main(): Promise<void> {
  const [mode, site] = process.argv.slice(2);
  const config = readConfig(readFileSync(join(site, '_config.yml'), 'utf8'));
  gc();
  const rss0 = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  if (mode === 'read') {
    await readAll(site);
    console.log(JSON.stringify({ ms: performance.now() - t0 }));
    return;
  }
  if (mode === 'readsync') {
    readAllSync(await listAll(site));
    console.log(JSON.stringify({ ms: performance.now() - t0 }));
    return;
  }
  const index = await SiteIndex.build(nodeFileSystem, site, config);
  const ms = performance.now() - t0;
  gc();
  const rssAddedMB = (process.memoryUsage().rss - rss0) / 1e6;
  const heapAddedMB = (process.memoryUsage().heapUsed - heap0) / 1e6;

  // Re-index after one file changes: the seed-like first post, its tags edited (the `tags:` line
  // and the list items below it, so that a block list does not leave items behind a flow list).
  const first = [...index.documents()].find((d) => d.info.kind === 'post')!;
  const original = readFileSync(first.path, 'utf8');
  const reindex: number[] = [];
  for (let i = 0; i < 200; i++) {
    const text = original.replace(/^tags:.*(?:\r?\n[ \t]*-(?: .*)?)*$/m, `tags: [edited-${i % 7}]`);
    const t = performance.now();
    index.update(first.path, text);
    reindex.push(performance.now() - t);
    if (i === 0 && index.document(first.path)?.tags.join() !== 'edited-0') throw new Error(`the edit did not set the tags of ${first.path}`);
  }
  index.update(first.path, original);

  // Tag completion in a new post (what a keystroke costs), with a typed prefix and without.
  const completion: number[] = [];
  const docs = ['---\ntitle: x\ntags:\n- \n---\n', '---\ntitle: x\ntags:\n- secu\n---\n', '---\ntags: [php, d]\n---\n'];
  for (let i = 0; i < 300; i++) {
    const text = docs[i % docs.length];
    const offset = i % 3 === 2 ? text.indexOf(']') : text.indexOf('\n---', 5);
    const t = performance.now();
    const result = completeAt({ text, offset, relativePath: '_posts/2030-01-01-new.md', config, site: index });
    completion.push(performance.now() - t);
    if (result.items.length === 0 && i < 3) throw new Error('no completion');
  }

  // Lint of the seed post with the index loaded.
  const seed = readFileSync(join(__dirname, '..', '..', 'test', 'fixtures', 'seed', '_posts', '2014-06-04-retours-sur-dotscale-2014.md'), 'utf8');
  const lint: number[] = [];
  for (let i = 0; i < 500; i++) {
    const t = performance.now();
    lintText(seed, '_posts/2014-06-04-retours-sur-dotscale-2014.md', config, { site: index });
    lint.push(performance.now() - t);
  }
  // The "site at a glance" views' model (posts by language and year, tags, categories, authors): the
  // first build pays for the documents' summaries the index defers; then one post edited, built again.
  const overviewOptions = { now: new Date(), machineZone: 'UTC' };
  let t1 = performance.now();
  const overview = buildOverview(index, overviewOptions);
  const overviewFirstMs = performance.now() - t1;
  if (overview.posts.count < 1) throw new Error('the overview has no posts');
  const overviewAfterEdit: number[] = [];
  // CPU time too: on a shared machine it says what the build costs when wall time says how busy the machine was.
  const overviewAfterEditCpu: number[] = [];
  for (let i = 0; i < 7; i++) {
    index.update(first.path, original.replace(/^title:.*$/m, `title: Edited ${i}`));
    t1 = performance.now();
    const cpu = process.cpuUsage();
    buildOverview(index, overviewOptions);
    const used = process.cpuUsage(cpu);
    overviewAfterEdit.push(performance.now() - t1);
    overviewAfterEditCpu.push((used.user + used.system) / 1000);
  }
  index.update(first.path, original);

  // The site map (every URL the site serves) from the index's documents and files: what the link
  // rules build once per version of the site. Summaries are computed first (the index defers them).
  const documents = index.siteDocuments;
  void documents.all.size;
  const siteMap: number[] = [];
  let urls = 0;
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    urls = buildSiteMap(documents.all.values(), documents.files, config).entries.length;
    siteMap.push(performance.now() - t);
  }
  // Link completion after `](` in a French post: the first request after a change of the site
  // builds the ranked items from the cached map; the next ones (typing on) reuse them.
  const linkText = `${seed}\nVoir [ici](`;
  const linkCursorAt = linkCursor(linkText, linkText.length)!;
  const titleOf = (source: string): string | undefined => {
    const title = index.document(join(site, source))?.data.title;
    return typeof title === 'string' ? title : undefined;
  };
  const linkSite = { map: siteMapFor(documents, config), titleOf, timezone: 'UTC' };
  let started = performance.now();
  const linkItems = linkCompletions(linkCursorAt, { text: linkText, source: '_posts/x.md', lang: 'fr' }, linkSite).items.length;
  const linkCompletionFirstMs = performance.now() - started;
  const linkAgain: number[] = [];
  for (let i = 0; i < 50; i++) {
    started = performance.now();
    linkCompletions(linkCursor(linkText, linkText.length)!, { text: linkText, source: '_posts/x.md', lang: 'fr' }, linkSite);
    linkAgain.push(performance.now() - started);
  }
  console.log(
    JSON.stringify({
      ms,
      linkCompletionItems: linkItems,
      linkCompletionFirstMs,
      linkCompletionMedianMs: median(linkAgain),
      siteMapMs: Math.min(...siteMap),
      overviewFirstMs,
      overviewAfterEditMedianMs: median(overviewAfterEdit),
      overviewAfterEditCpuMedianMs: median(overviewAfterEditCpu),
      overviewPosts: overview.posts.count,
      siteMapUrls: urls,
      rssAddedMB,
      heapAddedMB,
      documents: [...index.documents()].length,
      tags: index.tags.size,
      reindexOneMedianMs: median(reindex),
      reindexOneMaxMs: Math.max(...reindex.slice(10)),
      tagCompletionMedianMs: median(completion),
      tagCompletionP95Ms: [...completion].sort((a, b) => a - b)[Math.floor(completion.length * 0.95)],
      lintSeedMedianMs: median(lint.slice(50)),
    }),
  );
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
