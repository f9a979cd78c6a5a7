/**
 * Keeping an old URL alive after a rename: `redirect_from:` in the post's front matter, read by
 * the jekyll-redirect-from plugin, and whether the site loads that plugin.
 */
import { isMap, SiteConfig } from '../site/config';
import { parseFrontMatter } from '../site/frontMatter';
import { detectEol } from '../text';
import { flowList, insertLines, isSafePlain, singleQuoted } from '../lint/edits';
import { TextEdit } from '../lint/types';

export const REDIRECT_PLUGIN = 'jekyll-redirect-from';

/**
 * Where the site loads jekyll-redirect-from: `plugins:` (or the older `gems:`) in `_config.yml`,
 * or the Gemfile's `:jekyll_plugins` group (Bundler requires those before the build); undefined
 * when it does not.
 */
export function redirectPluginSource(config: SiteConfig, gemfile?: string): 'config' | 'gemfile' | undefined {
  for (const key of ['plugins', 'gems']) {
    const list = config.raw[key];
    if (Array.isArray(list) && list.includes(REDIRECT_PLUGIN)) return 'config';
  }
  if (gemfile && gemInPluginGroup(gemfile, REDIRECT_PLUGIN)) return 'gemfile';
  return undefined;
}

/** Whether a Gemfile lists `gem` in the `:jekyll_plugins` group (a `group ... do` block or a `group:` option). */
export function gemInPluginGroup(gemfile: string, gem: string): boolean {
  let depth = 0;
  let inPlugins = 0;
  const name = gem.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  const gemLine = new RegExp(`^\\s*gem\\s+["']${name}["']`);
  for (const raw of gemfile.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '');
    if (/^\s*group\b.*\bdo\s*$/.test(line)) {
      depth++;
      if (/:jekyll_plugins\b|["']jekyll_plugins["']/.test(line)) inPlugins = depth;
      continue;
    }
    if (/^\s*(if|unless|platforms|install_if)\b.*\bdo\s*$|^\s*\w+.*\bdo\s*(\|[^|]*\|)?\s*$/.test(line)) {
      depth++;
      continue;
    }
    if (/^\s*end\s*$/.test(line)) {
      if (inPlugins === depth) inPlugins = 0;
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (gemLine.test(line) && (inPlugins > 0 || /group:\s*(\[[^\]]*)?:jekyll_plugins/.test(line))) return true;
  }
  return false;
}

/**
 * The one edit that adds `url` to the post's `redirect_from` (a new key, an item of its list, or a
 * list made of its single value), touching no other byte; undefined when it is there already or
 * the front matter cannot take it (no front matter, a mapping under the key).
 */
export function addRedirectFrom(text: string, url: string): TextEdit | undefined {
  const parsed = parseFrontMatter(text);
  if (!parsed.block.closed || !parsed.data) return undefined;
  const field = parsed.fields.get('redirect_from');
  const item = isSafePlain(url) && !/[,[\]{}]/.test(url) ? url : singleQuoted(url);
  if (!field || field.style === 'empty' || field.value === null) {
    if (field) return { range: { start: field.afterColon, end: field.valueRange.end }, newText: ` ${flowList([url])}` };
    return insertLines(text, parsed, [`redirect_from: ${flowList([url])}`]);
  }
  const value = field.value;
  if (value === url || (Array.isArray(value) && value.includes(url))) return undefined;
  if (isMap(value)) return undefined;
  const items = field.items ?? [];
  if (field.style === 'flow-seq') {
    const last = items[items.length - 1];
    if (last) return { range: { start: last.range.end, end: last.range.end }, newText: `, ${item}` };
    const open = text.indexOf('[', field.valueRange.start);
    return { range: { start: open + 1, end: open + 1 }, newText: item };
  }
  if (field.style === 'block-seq' && items.length > 0) {
    // A new `- url` line under the last item, indented as it is.
    const last = items[items.length - 1];
    const lineStart = text.lastIndexOf('\n', last.range.start - 1) + 1;
    const indent = /^[ \t]*-?[ \t]*/.exec(text.slice(lineStart, last.range.start))![0].replace(/-[ \t]*$/, '');
    const eol = detectEol(text);
    const lineEnd = text.indexOf('\n', last.range.end);
    const at = lineEnd === -1 ? last.range.end : text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
    return { range: { start: at, end: at }, newText: `${eol}${indent}- ${item}` };
  }
  if (typeof value === 'string') {
    // The value as written stays when it can sit in a flow list.
    const keep = field.style === 'single' || field.style === 'double' || (field.style === 'plain' && !/[,[\]{}]/.test(field.written));
    return { range: field.valueRange, newText: keep ? `[${field.written}, ${item}]` : flowList([value, url]) };
  }
  return undefined;
}
