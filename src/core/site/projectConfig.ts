/**
 * The `jekyll_posts:` block of `_config.yml`: what a site tells the linter, read the same way by the
 * editor and the CLI (from SiteConfig.raw, so a `--config a.yml,b.yml` chain is merged as Jekyll
 * merges it). Jekyll ignores keys it does not know, so the block is safe to keep in the site.
 */
import { isMap, SiteConfig } from './config';
import { JekyllValue } from './scalars';
import type { SeveritySetting } from '../lint/types';

/** The key of the block in `_config.yml` (plugins name theirs after themselves: `jekyll_compose:`). */
export const PROJECT_KEY = 'jekyll_posts';

/** The keys the block takes, in the order the docs list them. */
export const PROJECT_KEYS = ['languages', 'translation_key', 'required_keys', 'rules', 'new_post', 'default_front_matter', 'images'] as const;
export type ProjectKey = (typeof PROJECT_KEYS)[number];

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'off'];

/** What the block says, typed; what it does not say is undefined. */
export interface ProjectConfig {
  readonly languages?: readonly string[];
  readonly translationKey?: string;
  readonly requiredKeys?: readonly string[];
  /** Rule id → severity (`off` included); `true` (`on`, `yes`) stands for the rule's default and is left out. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  /** Passed through as written, for the new-post command (not read yet). */
  readonly newPost?: JekyllValue;
  /** Passed through as written, in jekyll-compose's shape (not read yet). */
  readonly defaultFrontMatter?: JekyllValue;
  /** `images: { folder: assets/images/:slug/ }`: where pasted and dropped images go. */
  readonly images?: { readonly folder?: string };
}

const EMPTY: ProjectConfig = Object.freeze({ rules: Object.freeze({}) });

/**
 * A severity as written: one of the four names (any case), or a YAML boolean: `off`/`no`/`false`
 * are read by Jekyll's loader as false (the rule off), `on`/`yes`/`true` as true (its default).
 */
export function severityOf(value: JekyllValue | undefined): SeveritySetting | 'default' | undefined {
  if (value === false) return 'off';
  if (value === true) return 'default';
  if (typeof value !== 'string') return undefined;
  const lower = value.toLowerCase();
  return (SEVERITY_SETTINGS as readonly string[]).includes(lower) ? (lower as SeveritySetting) : undefined;
}

function stringList(value: JekyllValue | undefined): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((v): v is string => typeof v === 'string' && v !== '');
}

/** Reads the block from raw configuration data (unknown keys and values are left out; see checkProjectConfig). */
export function projectConfigFromData(raw: Readonly<Record<string, JekyllValue>>): ProjectConfig {
  const block = raw[PROJECT_KEY];
  if (!isMap(block)) return EMPTY;
  const rules: Record<string, SeveritySetting> = {};
  if (isMap(block.rules)) {
    for (const id in block.rules) {
      const severity = severityOf(block.rules[id]);
      if (severity && severity !== 'default') rules[id] = severity;
    }
  }
  const languages = stringList(block.languages);
  const requiredKeys = stringList(block.required_keys);
  return {
    languages: languages?.length ? languages : undefined,
    translationKey: typeof block.translation_key === 'string' && block.translation_key ? block.translation_key : undefined,
    requiredKeys,
    rules,
    newPost: block.new_post ?? undefined,
    defaultFrontMatter: block.default_front_matter ?? undefined,
    images: isMap(block.images) && typeof block.images.folder === 'string' && block.images.folder.trim() ? { folder: block.images.folder.trim() } : undefined,
  };
}

const cache = new WeakMap<SiteConfig, ProjectConfig>();

/** The site's `jekyll_posts:` block, read once per configuration. */
export function projectConfig(config: SiteConfig): ProjectConfig {
  let found = cache.get(config);
  if (!found) cache.set(config, (found = config.raw ? projectConfigFromData(config.raw) : EMPTY));
  return found;
}
