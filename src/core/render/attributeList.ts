/**
 * kramdown attribute lists: `{: .class #id key="value" ref}` (IAL) and `{:ref: ...}` (ALD), as
 * kramdown's parser reads them (`parse_attribute_list`).
 */

export interface AttributeList {
  readonly classes: string[];
  id?: string;
  readonly attrs: [string, string][];
  /** Bare names: references to attribute list definitions, or `toc`. */
  readonly refs: string[];
}

const ITEM = /\s*(?:\.([^\s"'.#{}=]+)|#([^\s"'.#{}=]+)|([\w:-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^\s"'}]+))|([\w-]+))/y;

export function parseAttributeList(text: string): AttributeList {
  const list: AttributeList = { classes: [], attrs: [], refs: [] };
  ITEM.lastIndex = 0;
  let pos = 0;
  while (pos < text.length) {
    ITEM.lastIndex = pos;
    const m = ITEM.exec(text);
    if (!m) {
      pos++;
      continue;
    }
    pos = ITEM.lastIndex;
    if (m[1] !== undefined) list.classes.push(m[1]);
    else if (m[2] !== undefined) list.id = m[2];
    else if (m[3] !== undefined) {
      const value = (m[4] ?? m[5] ?? m[6] ?? '').replace(/\\(.)/g, '$1');
      if (m[3] === 'class') list.classes.push(...value.split(/\s+/).filter(Boolean));
      else if (m[3] === 'id') list.id = value;
      else list.attrs.push([m[3], value]);
    } else if (m[7] !== undefined) list.refs.push(m[7]);
  }
  return list;
}

/** One attribute list after another (ALD references first, as kramdown merges them). */
export function mergeAttributeLists(lists: readonly AttributeList[]): AttributeList {
  const out: AttributeList = { classes: [], attrs: [], refs: [] };
  for (const l of lists) {
    out.classes.push(...l.classes);
    if (l.id !== undefined) out.id = l.id;
    for (const [k, v] of l.attrs) {
      const i = out.attrs.findIndex(([key]) => key === k);
      if (i >= 0) out.attrs[i] = [k, v];
      else out.attrs.push([k, v]);
    }
    out.refs.push(...l.refs);
  }
  return out;
}

/** Resolves references to definitions (`{:name: ...}`), depth-limited against cycles. */
export function resolveReferences(list: AttributeList, definitions: ReadonlyMap<string, AttributeList>, depth = 0): AttributeList {
  if (depth > 8) return list;
  const parts: AttributeList[] = [];
  for (const ref of list.refs) {
    const def = definitions.get(ref);
    if (def) parts.push(resolveReferences(def, definitions, depth + 1));
  }
  parts.push({ ...list, refs: list.refs.filter((r) => !definitions.has(r)) });
  return mergeAttributeLists(parts);
}

/** The text inside `{:` ... `}` at `start` (which points at `{`), with the end offset; undefined when it is no attribute list. */
export function scanAttributeList(src: string, start: number, max = src.length): { body: string; end: number } | undefined {
  if (src.charCodeAt(start) !== 0x7b /* { */ || src.charCodeAt(start + 1) !== 0x3a /* : */) return undefined;
  let i = start + 2;
  let quote = 0;
  while (i < max) {
    const c = src.charCodeAt(i);
    if (c === 0x0a && !quote) return undefined;
    if (quote) {
      if (c === 0x5c /* \ */) i++;
      else if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x7d /* } */) return { body: src.slice(start + 2, i), end: i + 1 };
    i++;
  }
  return undefined;
}
