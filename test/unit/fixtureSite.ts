import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MemoryFileSystem } from '../../src/core/fs';
import { lintText } from '../../src/core/lint/lintFile';
import { Finding } from '../../src/core/lint/types';
import { readConfig, SiteConfig } from '../../src/core/site/config';
import { parseFrontMatter } from '../../src/core/site/frontMatter';
import { effectiveFrontMatter } from '../../src/core/lint/lint';
import { classifyPath } from '../../src/core/site/post';
import { SiteFacts } from '../../src/core/site/siteFacts';
import { factsFromDocuments, FactsDocument, readRegistries } from '../../src/core/site/siteScan';

export const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures');
export const SITE_ROOT = '/site';

export interface FixtureSite {
  readonly name: string;
  readonly config: SiteConfig;
  /** Every file of the site, relative to its root. */
  readonly files: ReadonlyMap<string, string>;
  readonly posts: { relativePath: string; text: string }[];
  readonly fs: MemoryFileSystem;
}

function* walk(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** A fixture site read into memory. */
export function loadFixtureSite(name: string): FixtureSite {
  const dir = join(FIXTURES, name);
  const files = new Map<string, string>();
  for (const path of walk(dir)) files.set(relative(dir, path).split('\\').join('/'), readFileSync(path, 'utf8'));
  const config = readConfig(files.get('_config.yml'));
  const posts = [...files].filter(([p]) => classifyPath(p, config)?.kind === 'post').map(([relativePath, text]) => ({ relativePath, text }));
  const fs = new MemoryFileSystem(Object.fromEntries([...files].map(([p, t]) => [`${SITE_ROOT}/${p}`, t])));
  return { name, config, files, posts, fs };
}

/** Site facts for a fixture site plus extra files (the planned ones), as the CLI builds them. */
export async function factsWith(site: FixtureSite, extra: readonly { path: string; text: string }[]): Promise<SiteFacts> {
  const docs: FactsDocument[] = [];
  for (const { relativePath, text } of [...site.posts, ...extra.map((e) => ({ relativePath: e.path, text: e.text }))]) {
    const info = classifyPath(relativePath, site.config);
    if (!info) continue;
    const fm = parseFrontMatter(text);
    docs.push({ info, data: fm.data ? effectiveFrontMatter(info, site.config, fm) : undefined, own: fm.data });
  }
  return factsFromDocuments(docs, await readRegistries(site.fs, SITE_ROOT, site.config));
}

/** Lints a planned file as part of the fixture site. */
export async function lintPlanned(site: FixtureSite, file: { path: string; text: string }, all: readonly { path: string; text: string }[], now: Date): Promise<Finding[]> {
  const facts = await factsWith(site, all);
  return lintText(file.text, file.path, site.config, { site: facts, settings: { now, timezone: 'UTC' } });
}
