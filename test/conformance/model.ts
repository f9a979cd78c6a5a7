/**
 * What the core says about every document of a site, for the conformance run (bundled on the fly
 * by run.mjs with esbuild). It only composes core functions; the rules live in src/core.
 */
import { readConfig, configFromData, deepMerge, SiteConfig } from '../../src/core/site/config';
import { documentVerdict, findConflicts, DocVerdict } from '../../src/core/site/siteModel';
import { xmlschema } from '../../src/core/site/strftime';
import { slugify } from '../../src/core/site/slugify';
import type { JekyllValue } from '../../src/core/site/scalars';

export { slugify, xmlschema };

export interface SiteFileInput {
  readonly path: string;
  readonly text: string;
  /** Modification time, epoch seconds (drafts without a date use it). */
  readonly mtime: number;
}

export interface ModelOptions {
  readonly now: Date;
  /** `--drafts` */
  readonly drafts: boolean;
  /** The zone Jekyll runs in when the site sets no `timezone` (the TZ the build gets). */
  readonly machineZone: string;
  /** `--config a.yml,b.yml`: later files win (default `_config.yml`). */
  readonly configFiles?: readonly string[];
}

export interface SiteVerdict {
  readonly docs: (DocVerdict & { title?: JekyllValue })[];
  /** Output paths written by more than one document. */
  readonly conflicts: Map<string, string[]>;
  readonly fatal: string[];
  readonly timezone: string;
}

export function modelSite(files: readonly SiteFileInput[], options: ModelOptions): SiteVerdict {
  let raw: Record<string, JekyllValue> = {};
  for (const name of options.configFiles ?? ['_config.yml']) {
    const text = files.find((f) => f.path === name)?.text;
    raw = deepMerge(raw, readConfig(text).raw);
  }
  const config: SiteConfig = configFromData(raw);
  const docs: SiteVerdict['docs'] = [];
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : 1))) {
    const verdict = documentVerdict(file.path, file.text, config, options, file.mtime);
    // Drafts are not read at all without --drafts.
    if (!verdict || verdict.reason === 'draft') continue;
    docs.push({ ...verdict, title: verdict.data?.title });
  }
  const fatal = docs.flatMap((d) => (d.fatal ? [d.fatal] : []));
  return { docs, conflicts: findConflicts(docs), fatal, timezone: config.timezone ?? options.machineZone };
}
