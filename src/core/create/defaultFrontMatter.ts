/**
 * Front matter every new draft or post starts with, from `_config.yml`: jekyll-compose's
 * `jekyll_compose: default_front_matter: {drafts: {...}, posts: {...}}` and this project's
 * `jekyll_posts: default_front_matter:` in the same shape, ours winning key by key when both set
 * one. Values are written back as YAML the way the site writes lists; an empty value (`image:`)
 * stays an empty key for the author to fill.
 */
import { doubleQuoted, isSafePlain, singleQuoted } from '../lint/edits';
import { isMap, SiteConfig } from '../site/config';
import { PROJECT_KEY } from '../site/projectConfig';
import { JekyllValue } from '../site/scalars';
import { YamlTimestamp } from '../site/timestamp';

export type FrontMatterDefaults = Readonly<Record<string, JekyllValue>>;

export interface DefaultFrontMatter {
  readonly drafts: FrontMatterDefaults;
  readonly posts: FrontMatterDefaults;
}

function block(raw: Readonly<Record<string, JekyllValue>>, owner: string, kind: 'drafts' | 'posts'): Record<string, JekyllValue> {
  const top = raw[owner];
  const dfm = isMap(top) ? top.default_front_matter : undefined;
  const values = isMap(dfm) ? dfm[kind] : undefined;
  return isMap(values) ? values : {};
}

/** The defaults of both blocks, `jekyll_posts:` winning over `jekyll_compose:`. */
export function defaultFrontMatterOf(config: SiteConfig): DefaultFrontMatter {
  const raw = config.raw ?? {};
  const of = (kind: 'drafts' | 'posts'): Record<string, JekyllValue> => ({ ...block(raw, 'jekyll_compose', kind), ...block(raw, PROJECT_KEY, kind) });
  return { drafts: of('drafts'), posts: of('posts') };
}

function scalarText(value: string | number | boolean | YamlTimestamp): string {
  if (value instanceof YamlTimestamp) return value.source;
  if (typeof value !== 'string') return String(value);
  return isSafePlain(value) ? value : /['\n\r\t]/.test(value) ? doubleQuoted(value) : singleQuoted(value);
}

/**
 * What follows `key:` for a default value: ` value`, nothing for an empty one, a flow or block list
 * (`flowLists`), or a block map indented below the key.
 */
export function yamlValue(value: JekyllValue, flowLists: boolean, indent = ''): string {
  if (value === null) return '';
  if (Array.isArray(value)) {
    if (value.length === 0) return ' []';
    const scalars = value.every((v) => v !== null && (typeof v !== 'object' || v instanceof YamlTimestamp));
    if (scalars && flowLists) return ` [${value.map((v) => { const t = scalarText(v as string); return /[,[\]{}]/.test(t) && !/^['"]/.test(t) ? singleQuoted(String(v)) : t; }).join(', ')}]`;
    return value.map((v) => `\n${indent}- ${v !== null && typeof v === 'object' && !(v instanceof YamlTimestamp) ? JSON.stringify(v) : v === null ? '' : scalarText(v)}`).join('');
  }
  if (isMap(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) return ' {}';
    return keys.map((k) => `\n${indent}  ${isSafePlain(k) ? k : singleQuoted(k)}:${yamlValue(value[k], flowLists, `${indent}  `)}`).join('');
  }
  return ` ${scalarText(value)}`;
}
