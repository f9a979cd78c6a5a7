/**
 * The excerpt as Jekyll 4.3 computes it (Jekyll::Excerpt): the content up to the first
 * `excerpt_separator` (front matter, else `_config.yml`, else a blank line), with unclosed Liquid
 * blocks closed and the link reference definitions it uses appended.
 */
const BLOCK_TAGS = ['if', 'unless', 'for', 'case', 'capture', 'highlight', 'raw', 'comment', 'tablerow'];

/** Excerpt#sanctify_liquid_tags: closes the Liquid blocks the cut left open. */
export function sanctifyLiquidTags(head: string): string {
  let out = head;
  const open: string[] = [];
  for (const m of head.matchAll(/\{%-?\s*(end)?(\w+)[^%]*?-?%\}/g)) {
    const name = m[2];
    if (!BLOCK_TAGS.includes(name)) continue;
    if (m[1]) {
      const i = open.lastIndexOf(name);
      if (i >= 0) open.splice(i, 1);
    } else open.push(name);
  }
  for (const name of open.reverse()) out += `\n{% end${name} %}`;
  return out;
}

/** Excerpt#extract_excerpt. */
export function extractExcerpt(content: string, separator: string): string {
  if (separator === '') return content;
  const i = content.indexOf(separator);
  if (i < 0) return content;
  let head = content.slice(0, i);
  const tail = content.slice(i + separator.length);
  if (tail === '') return head;
  if (head.includes('{%')) head = sanctifyLiquidTags(head);
  const definitions: string[] = [];
  for (const m of tail.matchAll(/^ {0,3}\[([^\]]+)\]:[ \t]*(?:\S.*)?$/gm)) {
    if (head.includes(`[${m[1]}]`)) definitions.push(m[0].trim());
  }
  return definitions.length ? `${head}\n\n${definitions.join('\n')}` : head;
}

/** The separator that applies to a document. */
export function excerptSeparator(data: Readonly<Record<string, unknown>>, configSeparator: string): string {
  const own = data.excerpt_separator;
  return own !== undefined && own !== null ? String(own) : configSeparator;
}
